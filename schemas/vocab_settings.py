"""Events that are the setting of a conflict, not an interaction between its actors (fixes25, trial t29): the 2004
tsunami behind the Aceh talks, an election a ceasefire was timed around. Reporting gives them as context, and
curators could not store them: an event's `type` is required and PLOVER's types are all interactions (verbal or
material, cooperation or conflict). Types of this project's own (DISASTER, ELECTION; ECONOMIC, vocab26), each
with modes from a cited classification, and a fifth quad class saying that they are none of PLOVER's four. Published with the rest by
schemas/vocabularies.py (EVENT_TYPES, QUAD_CLASSES) and schemas/vocab_acts.py (EVENT_MODES).
"""

OURS = " (this project's extension)"

SETTING_QUAD_CLASSES = {
    "setting": "Not an interaction between actors: the setting conflict events happen in, a natural disaster, "
               "an election, a currency floated" + OURS + "; PLOVER's four quad classes are interactions.",
}

SETTING_EVENT_TYPES = {
    "DISASTER": ("setting", "A natural or technological disaster: an earthquake, a tsunami, a flood, a storm, a "
                            "drought, an epidemic (EM-DAT's disaster classification, CRED; the hazard is the "
                            "mode)" + OURS + ". Harm done by people in a conflict is not one: an attack is "
                            "ASSAULT or FIGHT, a siege's famine a figure of the siege."),
    "ELECTION": ("setting", "An election or a referendum held: voting, its day or days, and its result when "
                            "reported (NELDA's national elections, Hyde and Marinov; the kind is the mode)" + OURS +
                            ". Campaigning, a boycott or a rally is PROTEST or a statement; a result disputed, "
                            "statements; violence at the polls, its own ASSAULT or FIGHT event."),
    # vocab26 (notes/trials t33 #73 "the central bank floated it in December", t32 #64 "BP shut the Baku-Supsa oil
    # pipeline ... as a precaution"): economic acts that are the setting, not an interaction between the sides
    "ECONOMIC": ("setting", "An economic or monetary act or shock of the setting, not aimed at an adversary: a "
                            "currency floated or devalued by its central bank, an operator's shutdown of a pipeline "
                            "or a plant (the kind is the mode; the IMF's classification of exchange rate "
                            "arrangements, AREAER, for the currency)" + OURS + ". Sanctions and embargoes are "
                            "SANCTION; aid, AID; a blockade, COERCE."),
    # events30 (notes/trials t47 #71, a funeral): PLOVER and CAMEO have no type
    "COMMEMORATE": ("setting", "A funeral, a burial or a ceremony of mourning or remembrance (modes funeral, "
                               "memorial)" + OURS + ": PLOVER and CAMEO have no type for it, and it is no "
                               "interaction between the sides. A funeral or vigil that presses a demand is PROTEST; "
                               "a day of mourning declared, a statement."),
}

# The documented modes of these types, as EVENT_MODES has them: mode -> (types it goes with, meaning).
# DISASTER: the disaster types of EM-DAT (CRED, UCLouvain), natural and technological groups, snake_case.
EM_DAT = " (EM-DAT disaster type"
SETTING_EVENT_MODES = {
    "earthquake": (("DISASTER",), "An earthquake: ground shaking, the ground moved" + EM_DAT + " Earthquake)."),
    "tsunami": (("DISASTER",), "A tsunami: waves set off by an earthquake or a slide under the sea (EM-DAT's "
                               "subtype of Earthquake, Tsunami)."),
    "volcanic_activity": (("DISASTER",), "An eruption: ash, lava, gas" + EM_DAT + " Volcanic activity)."),
    "mass_movement": (("DISASTER",), "A landslide, mudslide, rockfall or avalanche" + EM_DAT + "s Mass movement, "
                                     "dry and wet)."),
    "storm": (("DISASTER",), "A storm: a cyclone, hurricane or typhoon, a tornado, a blizzard" + EM_DAT + " Storm)."),
    "flood": (("DISASTER",), "A flood: a river, a flash flood, the sea over the coast" + EM_DAT + " Flood)."),
    "extreme_temperature": (("DISASTER",), "A heat wave or a cold wave" + EM_DAT + " Extreme temperature)."),
    "drought": (("DISASTER",), "A drought: a lasting lack of rain" + EM_DAT + " Drought)."),
    "wildfire": (("DISASTER",), "A wildfire: forest or land burning, not set as an act of war" + EM_DAT +
                                " Wildfire)."),
    "epidemic": (("DISASTER",), "An epidemic: an outbreak of disease, cholera, Ebola" + EM_DAT + " Epidemic)."),
    "industrial_accident": (("DISASTER",), "An industrial accident: an explosion, a fire, a leak at a plant or a "
                                           "depot, not an attack" + EM_DAT + " Industrial accident)."),
    "transport_accident": (("DISASTER",), "A crash of a plane, a ship, a train or a road vehicle, not an "
                                          "attack" + EM_DAT + " Transport accident)."),
    # ELECTION: NELDA's kinds of national election; a referendum, International IDEA's Direct Democracy database.
    "legislative": (("ELECTION",), "An election of a parliament or assembly (NELDA: legislative)."),
    "executive": (("ELECTION",), "An election of a president or another head of the executive (NELDA: "
                                 "executive)."),
    "constituent_assembly": (("ELECTION",), "An election of an assembly to write a constitution (NELDA: "
                                            "constituent assembly)."),
    "referendum": (("ELECTION",), "A referendum or plebiscite: a vote on a question, not for people "
                                  "(International IDEA, Direct Democracy database)."),
    "local": (("ELECTION",), "An election of a region's, a province's or a town's council or governor" + OURS +
                             ": NELDA counts national elections only."),
    # ECONOMIC: a currency's exchange rate arrangement, after the IMF's Annual Report on Exchange Arrangements and
    # Exchange Restrictions (AREAER): floating and free floating arrangements, a conventional peg and its devaluation.
    "currency_float": (("ECONOMIC",), "A currency floated: its exchange rate left to the market, a peg or an official "
                                      "rate given up ('the central bank floated it in December'; IMF AREAER: floating "
                                      "and free floating arrangements); the value it lost is a figure."),
    "devaluation": (("ECONOMIC",), "A currency's official or pegged rate lowered by the authorities (IMF AREAER: a "
                                   "conventional peg's devaluation); a floating currency's fall is no act, a figure."),
    "shutdown": (("ECONOMIC",), "An operator shuts or suspends infrastructure it runs: a pipeline, a refinery, a "
                                "mine, a plant, a port ('BP shut the Baku-Supsa oil pipeline'): the operator is the "
                                "initiator, what was cut the event's service_disruptions, 'as a precaution' a "
                                "claim's reason precaution; an outage done to an adversary is SANCTION, an attack's "
                                "damage the attack's" + OURS + "."),
}
