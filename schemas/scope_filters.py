"""The filters on what places34 added (migrations/0117): a named craft's name and flag in an event claim's equipment,
the action an event agreed, conceded, refused or asked, a zone's declarer, and who gathered a source's material. schemas/event_arguments.py and
schemas/arguments.py put them into the events', places' and sources' parameters; api/services/scope_filters.py says what each
means. (A relation's place, relation_place=, sits with the actor relations' filters in schemas/link_filters.py.)
And places35's (migrations/0119): a place's terrain, a place relation's travel mode, a statement's companions."""
from marshmallow import fields

from . import vocabularies as vocab
from .common import Terms, country, text
from .id_filters import id_filter as _ids
from .parameters import CommaList

EVENT_SCOPE_FILTERS = {
    "action": CommaList(fields.String(validate=Terms(vocab.REQUESTED_ACTIONS)), metadata={
        "description": "Events whose action (agreed, conceded, refused or asked: an AGREE, CONCEDE, REJECT or "
                       "REQUEST event's) is one of these requested_actions terms: action=resignation,ceasefire."}),
    "equipment_name": text(200, metadata={
        "description": "Events with a claim (not deprecated) naming an equipment item of this name, in "
                       "equipment or more_equipment (the whole name, any case): equipment_name=Oriana."}),
    "equipment_flag": country(metadata={
        "description": "Events with a claim (not deprecated) naming an equipment item flying this state's flag "
                       "or operated by its forces (flag_country, ISO 3166-1 alpha-3): equipment_flag=GBR."}),
}

SOURCE_SCOPE_FILTERS = {
    "contributor": text(200, metadata={
        "description": "Sources whose contributors include exactly these words (any case): contributor=pool "
                       "reporters."}),
}

PLACE_SCOPE_FILTERS = {
    "declared_by": _ids("Places (zones) this actor declared or controls as such (declared_by_id): "
                        "?kind=declared_zone&declared_by=<the state>."),
    "terrain": CommaList(fields.String(validate=Terms(vocab.TERRAINS)), metadata={
        "description": "Places whose terrain includes one of these terrains terms: terrain=mountain,jungle."}),
    "relation_travel_mode": CommaList(fields.String(validate=Terms(vocab.TRAVEL_MEANS)), metadata={
        "description": "Places with a relation whose travel_time is travelled by one of these "
                       "travel_means (travel_mode): relation_travel_mode=foot, places a walk away from another."}),
}

STATEMENT_COMPANY_FILTERS = {
    "accompanied_by": _ids("Statements whose speaker this actor stood with (accompanied_by_actor_ids)."),
}
