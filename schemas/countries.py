"""Country codes: ISO 3166-1 alpha-3 (ARM), Kosovo's user-assigned XKX, and the ISO 3166-3 codes of former
countries (YUG, SUN, CSK...), the one check of a country code wherever one is given."""
import pycountry

# Codes in the user-assigned range that conflict data needs and ISO 3166 lacks: Kosovo's XKX, as the European
# Commission, the World Bank and IOM write it (UCDP and ACLED report events in Kosovo).
USER_ASSIGNED_COUNTRIES = {"XKX": "Kosovo"}

# claims26 (trial t34, doc problem 1: "the Federal Republic of Yugoslavia", 1999): states that no longer exist keep
# the alpha-3 code ISO 3166-3 lists them under (YUG Yugoslavia to 2003, SCG Serbia and Montenegro, SUN the USSR,
# CSK Czechoslovakia, DDR East Germany, YMD South Yemen, ZAR Zaire...), pycountry's historic_countries.
FORMER_COUNTRIES = {c.alpha_3: c.name for c in pycountry.historic_countries
                    if pycountry.countries.get(alpha_3=c.alpha_3) is None}


def country_problem(value):
    """None for a country code this project takes (upper-case, three letters), else the message saying why not."""
    if value in USER_ASSIGNED_COUNTRIES or value in FORMER_COUNTRIES:
        return None
    if pycountry.countries.get(alpha_3=value) is not None:
        return None
    return (f"'{value}' is not an ISO 3166-1 alpha-3 country code, nor a former country's ISO 3166-3 code (YUG, "
            "SUN, CSK...).")
