"""The identifier schemes of other datasets: declared once, here.

Each scheme says what its identifiers look like and which kinds of record they identify. From this one
list come: the `external_ids` field of each kind (which schemes it takes, each value checked against its
pattern), the references by external ID that every ID field accepts ("actor_id": "wikidata:Q399"; api/services/
references.py), the filters (?external_id=ucdp-ged:12345 and ?wikidata=Q399, and ?actor=wikidata:Q399), the
OpenAPI document of all of these and the schemes table of docs/vocabularies.md.

Within one kind, an identifier names one record: a second record claiming an identifier another live record
of its kind holds is refused (api/services/rules.py), so a reference by external ID is never ambiguous on
data written since (migration 0018); older duplicates are reported with their candidates.
"""
import re
from dataclasses import dataclass

from marshmallow import ValidationError, fields, validate

ALL_KINDS = ("sources", "actors", "places", "events", "treaties", "statements")


@dataclass(frozen=True)
class Scheme:
    name: str
    description: str
    pattern: str          # a whole identifier (re.fullmatch)
    message: str          # what a value that does not match is told
    kinds: tuple          # the kinds of record it identifies
    example: str


SCHEMES = {scheme.name: scheme for scheme in (
    Scheme("wikidata", "A Wikidata item, for example Q399 (Armenia): any kind of record may have one.",
           r"Q[1-9][0-9]*", "Must be a Wikidata item id such as Q399.", ALL_KINDS, "Q399"),
    Scheme("iso3166", "An ISO 3166-1 alpha-3 or ISO 3166-2 code: a country or a subdivision, as an actor (the "
           "state) or a place (its territory).",
           r"[A-Z]{2,3}(-[A-Z0-9]{1,3})?", "Must be an ISO 3166 code such as ARM or AZ-SUS.", ("actors", "places"),
           "ARM"),
    Scheme("geonames", "A GeoNames feature id.", r"[0-9]+", "Must be a GeoNames numeric id.", ("places",),
           "174982"),
    Scheme("ucdp", "A UCDP actor (side) id, as in GED's side_a_new_id and side_b_new_id and UCDP's actor list.",
           r"[0-9]+", "Must be a UCDP numeric actor id.", ("actors",), "118"),
    Scheme("ucdp-conflict", "A UCDP conflict id (GED's conflict_new_id): the conflict as an event that the "
           "conflict's events are part of. UCDP dyads are not records here.",
           r"[1-9][0-9]*", "Must be a UCDP numeric conflict id.", ("events",), "299"),
    Scheme("ucdp-ged", "A UCDP GED event id (GED's id column).",
           r"[1-9][0-9]*", "Must be a UCDP GED numeric event id.", ("events",), "300380"),
    Scheme("acled", "An ACLED event (its event_id_cnty, such as UGA7752). ACLED's actor names are names, not "
           "identifiers: give them as aliases.",
           r"[A-Z]{2,4}[0-9]+", "Must be an ACLED event_id_cnty such as UGA7752.", ("events",), "UGA7752"),
    # issue 10, agree28 (notes/trials t38 #27): "under Security Council resolution 1701"
    Scheme("un-symbol", "A UN document symbol, as the UN's Official Document System gives it: a Security Council "
           "resolution's (S/RES/1701 (2006)) or a General Assembly resolution's (A/RES/ES-11/1), for a treaty of "
           "kind resolution (or a mandate set by one).",
           r"[A-Z]{1,4}(/[A-Z0-9.-]+)+( \([0-9]{4}\))?", "Must be a UN document symbol such as S/RES/1701 (2006).",
           ("treaties",), "S/RES/1701 (2006)"),
)}

# "scheme:value", as a reference or a filter gives an external ID.
REFERENCE_PATTERN = r"([a-z][a-z0-9-]*):(.+)"


def schemes_of(kind):
    """The schemes that identify records of `kind`, in declaration order."""
    return tuple(name for name, scheme in SCHEMES.items() if kind in scheme.kinds)


def reference_pattern(kind):
    """A regular expression (for the OpenAPI document) of the external IDs that identify a record of `kind`."""
    return "^(" + "|".join(f"{name}:{SCHEMES[name].pattern}" for name in schemes_of(kind)) + ")$"


def check_value(scheme, value):
    """None if `value` is an identifier of `scheme`, else the message saying what one looks like."""
    if not isinstance(value, str) or not re.fullmatch(SCHEMES[scheme].pattern, value):
        return SCHEMES[scheme].message
    return None


def parse(text, kind, what, numeric=True):
    """"scheme:value" naming a record of `kind` -> (scheme, value), or ValidationError saying what is wrong
    (`what` names the field: "actor_id takes an actor"; `numeric`: the field takes a plain ID as well)."""
    match = re.fullmatch(REFERENCE_PATTERN, text) if isinstance(text, str) else None
    known = schemes_of(kind)
    if match is None or match.group(1) not in SCHEMES:
        ways = "by its ID (a whole number) or by an external ID" if numeric else "as scheme:value"
        raise ValidationError(f"'{text}' is no ID: {what}, {ways} "
                              f"({', '.join(f'{name}:...' for name in known) or 'none for this kind'}).")
    scheme, value = match.group(1), match.group(2)
    if scheme not in known:
        takes = ", ".join(SCHEMES[scheme].kinds)
        raise ValidationError(f"{scheme} identifies {takes}, not {kind}: {what} ({', '.join(known)}).")
    problem = check_value(scheme, value)
    if problem:
        raise ValidationError(f"'{text}': {problem}")
    return scheme, value


class ExternalIds(fields.Dict):
    """A map of identifier scheme to identifier, each checked against its scheme's format; only the schemes
    that identify records of `kind`."""

    def __init__(self, kind, rows=None, **kwargs):
        known = schemes_of(kind)
        self.kind = kind
        super().__init__(
            keys=fields.String(validate=validate.OneOf(known)),
            values=fields.String(),
            metadata={"description": "Identifiers in other datasets, by scheme: " + ", ".join(known) + " (each "
                      "names one record of this kind; see docs/vocabularies.md).",
                      "example": {known[0]: SCHEMES[known[0]].example}, **({"rows": rows} if rows else {})},
            **kwargs,
        )

    def _deserialize(self, value, attr, data, **kwargs):
        result = super()._deserialize(value, attr, data, **kwargs)
        errors = {scheme: [problem] for scheme, ident in result.items()
                  if (problem := check_value(scheme, ident))}
        if errors:
            raise ValidationError(errors)
        return result
