"""Each kind's CSV columns (api/formats.COLUMNS) as Frictionless Table Schema fields: name, type, description.

A release's datapackage.json (services/release_files.py) describes its CSV files with these. A column that is
a declared field (schemas/: the input declaration, or the response schema derived from it) takes its type and
description from there. The few columns api/formats.py computes (a linked record's name, a count, a figure's
bound) are described below, since nothing else declares them; tests/test_releases.py checks that every
column of every kind has a type and a description, so a new computed column cannot go undescribed.
"""
import functools

from marshmallow import fields

from schemas import INPUT_SCHEMAS
from schemas.actors import ActorOut
from schemas.events import EventOut
from schemas.places import PlaceOut
from schemas.sources import SourceOut
from schemas.statements import StatementOut
from schemas.treaties import TreatyOut

from .formats import COLUMNS

OUTPUT_SCHEMAS = {"sources": SourceOut, "actors": ActorOut, "places": PlaceOut, "events": EventOut,
                  "treaties": TreatyOut, "statements": StatementOut}

JOINED = "In CSV, the items are joined by '|'."

# (type, description) of the columns api/formats.py computes from a record, by column name.
COMPUTED = {
    "parent_name": ("string", "The name of the parent record (parent_id)."),
    "place_name": ("string", "The name of the event's place (place_id)."),
    "speaker_name": ("string", "The name of the speaker (speaker_id)."),
    "said_at_name": ("string", "The name of the place where the statement was made (said_at_id)."),
    "latitude": ("number", "Latitude of the place (WGS 84 degrees)."),
    "longitude": ("number", "Longitude of the place (WGS 84 degrees)."),
    "wikidata": ("string", "The Wikidata QID, if any."),
    "cites_source_ids": ("string", f"The IDs of the sources the source carries ('Reuters, citing SANA'). {JOINED}"),
    "cites_in_part_source_ids": ("string", "The IDs of the sources the source carries for some of its facts "
                                           f"('a statement carried by MAP'). {JOINED}"),
    "other_dateline_place_ids": ("string", f"The further places of a dateline of several ('BANGKOK/PHNOM PENH': "
                                           f"Phnom Penh), after dateline_place_id. {JOINED}"),
    "member_of_ids": ("string", f"The IDs of the bodies the actor is or was a member of. {JOINED}"),
    "figure_count": ("integer", "How many figures the record holds (the figures themselves: the NDJSON file)."),
    "treaty_ids": ("string", f"The IDs of the treaties the event is linked to. {JOINED}"),
    "deaths_low": ("number", "The low bound of the event's deaths total: its preferred deaths figure of "
                             "category total (a count, published, no subset), else the first not deprecated."),
    "deaths_best": ("number", "The best estimate of the event's deaths total (the figure deaths_low reads)."),
    "deaths_high": ("number", "The high bound of the event's deaths total (the figure deaths_low reads)."),
    "other_place_ids": ("string", f"The event's further places (an unnamed one by its unknown term). {JOINED}"),
    "other_place_roles": ("string", f"Each further place's role, in the order of other_place_ids. {JOINED}"),
    "participants_on_behalf_of": ("string", f"actor_id:on_behalf_of_id for participants that say. {JOINED}"),
    "legal_status": ("string", "A legal action's status (charged, sentenced...); empty for other events."),
    "charges": ("string", f"A legal action's charges. {JOINED}"),
    "penalty": ("string", "A legal action's penalty: its type, then its amount and unit or currency."),
    "in_absentia": ("boolean", "Whether a legal action was in absentia; empty when not said."),
    "party_ids": ("string", f"The IDs of the treaty's parties. {JOINED}"),
    "obligations": ("string", f"The type of each provision, in order. {JOINED}"),
    "provision_types": ("string", f"The distinct types of the treaty's provisions. {JOINED}"),
    "party_roles": ("string", f"actor_id:role for each entry of the treaty's parties. {JOINED}"),
    "signed_by_ids": ("string", f"actor_id:person_id for each party that names who signed for it. {JOINED}"),
    "agreed_by_ids": ("string", f"actor_id:person_id for each party that names who agreed for it without a "
                                f"signature. {JOINED}"),
    "status_changes": ("integer", "How many entries the treaty's status history has."),
    "about_treaty_ids": ("string", f"The IDs of the treaties the statement is about. {JOINED}"),
    "about_provision_ids": ("string", f"The IDs of the provisions the statement invokes. {JOINED}"),
    "about_statement_ids": ("string", f"The IDs of the statements it refers to. {JOINED}"),
    "requested_actions": ("string", f"The action of each of the statement's requests, in order. {JOINED}"),
    "offered_actions": ("string", f"The action of each of the statement's offers, in order. {JOINED}"),
    # issue 10, props (migrations/0086): one cell for the values of every property of the registry
    "properties": ("string", "The record's property values as JSON text, {property: [value, ...]}: each property's "
                             "preferred values, or its normal ones when none is preferred (never deprecated ones); "
                             "empty when it holds none. Their claimants and sources: the NDJSON file."),
}

# marshmallow field classes -> Table Schema types (the first that the field is an instance of).
TYPES = ((fields.Boolean, "boolean"), (fields.Integer, "integer"), (fields.Float, "number"),
         (fields.Decimal, "number"), (fields.Number, "number"), (fields.DateTime, "datetime"),
         (fields.Date, "date"))


def _type(field):
    """The Table Schema type of a declared field's CSV cell: a list or an object is flattened to text."""
    if isinstance(field, (fields.List, fields.Nested, fields.Dict)):
        return "string"
    return next((name for cls, name in TYPES if isinstance(field, cls)), "string")


def _declared(kind, name):
    """The declared field behind column `name`: the input declaration's, else the response schema's."""
    for schema in (INPUT_SCHEMAS[kind], OUTPUT_SCHEMAS[kind]):
        field = schema._declared_fields.get(name)
        if field is not None and field.metadata.get("description"):
            return field
    return None


@functools.cache
def table_schema(kind):
    """The Table Schema of the kind's CSV: its columns in order, each with type and description."""
    columns = []
    for name, _ in COLUMNS[kind]:
        if name in COMPUTED:
            kind_of, description = COMPUTED[name]
        else:
            field = _declared(kind, name)
            if field is None:
                raise LookupError(f"{kind}.{name}: a CSV column with no declaration and no entry in COMPUTED")
            kind_of, description = _type(field), field.metadata["description"]
            if isinstance(field, fields.List):
                description = f"{description} {JOINED}"
        columns.append({"name": name, "type": kind_of, "description": description})
    return {"fields": columns, "primaryKey": ["id"], "missingValues": [""]}
