"""Where a statement's act is to be done and with what (issue 10, acts28; notes/trials t39 #5, #56 "to send troops
to X", "to return to X", t39 #3 "to send armour"): an act item's places, each with its part (to, from, at, via),
declared as an event's further places and a provision's places are (schemas/relations.py PlaceRefMixin), and the
equipment it names, as a presence claim's equipment is (schemas/claim_parts.py EquipmentIn: kind, model, maker
country, count). Declared last in ActIn (schemas/statement_acts.py); stored whole with the item, as JSON."""
from marshmallow import ValidationError, fields, post_load, validate

from . import vocabularies as vocab
from .agreement_terms import TermIn
from .claim_parts import EquipmentIn
from .common import StrictSchema, one_of
from .place_parts import DistanceMixin, VagueDistanceMixin, distance_fields
from .relations import PlaceRefMixin, places_once


class ActPlaceIn(PlaceRefMixin, DistanceMixin, VagueDistanceMixin, StrictSchema):   # distances: agree33
    role = one_of(vocab.ACT_PLACE_ROLES, required=True, error_messages={
        "required": "Missing: the place's part in the act, one of " + ", ".join(vocab.ACT_PLACE_ROLES) + "."},
        metadata={"description": "The part the place plays in the act (see /v1/vocabularies act_place_roles): to "
                                 "('to send troops to Chad', 'to return to Kabul'), from ('to withdraw from the "
                                 "town'), at ('talks in Geneva'), via ('through the Rafah crossing')."})
    distance_km, distance_qualifier = distance_fields()   # agree33: "within five km of its barracks"


def named_places(item):
    """The places an act item names by ID: its places' place_id and relative_to_id."""
    return [ident for place in item.get("places") or [] for ident in (place.get("place_id"),
                                                                        place.get("relative_to_id"))
            if ident is not None]


def act_detail_fields():
    """An act item's places and equipment, declared last in ActIn (items stored before read them empty)."""
    places = fields.List(fields.Nested(ActPlaceIn), load_default=list,
                         validate=[validate.Length(max=20), places_once], metadata={
        "description": "Where the act is to be done, with each place's part (see /v1/vocabularies "
                       "act_place_roles): 'announced it would send troops to Chad': an announcement, action "
                       "deployment, places [{place_id Chad, role to}]; 'will withdraw from the town': withdrawal, "
                       "[{the town, from}]; 'talks in Geneva': [{Geneva, at}]. Each is named (place_id), described "
                       "relative to a named place (relation, relative_to_id), or not named (place_id null, unknown, "
                       "words: 'their barracks'), as an event's other_places. A place named here (place_id or "
                       "relative_to_id) must also be among the statement's about_place_ids (a 422 naming this field "
                       "otherwise: about_place= then finds it, and the place cannot be deleted while named). Empty "
                       "when no place is said; items stored before read empty. Filter: act_place=.",
        "shown": {"description": "Where the act is to be done, each with its role (the place's ID); empty when "
                                 "not said."}})
    equipment = fields.List(fields.Nested(EquipmentIn), load_default=list, validate=validate.Length(max=20),
                            metadata={
        "description": "The equipment the act is about, each {kind, model, maker_country, count, qualifier} as a "
                       "presence claim's equipment (kind from /v1/vocabularies equipment_kinds): 'will send armour': "
                       "action deployment, [{kind armoured_vehicle}] (count null: no number said, and no figure "
                       "is needed); 'pledged to deliver 30 Leopard tanks': [{tank, Leopard, count 30}]. Empty "
                       "when the act names no equipment; items stored before read empty. Filter: act_equipment=."})
    return places, equipment


def act_phase_field():
    """acts29 (notes/trials t41 #43, #46, t42 #46): an act's time said as when it begins or as when it is complete
    stored alike without it. The terms are a provision deadline's milestones (one vocabulary for "when it begins"
    and "when it is done"). Declared after places and equipment; items stored before read null."""
    return one_of(vocab.DEADLINE_MILESTONES, allow_none=True, load_default=None, metadata={
        "description": "Which point of the act its date or within gives (see /v1/vocabularies deadline_milestones, "
                       "as a provision deadline's milestone): start ('Soviet troops would begin withdrawing on "
                       "15 May': action withdrawal, date 1988-05-15, phase start), completion ('the withdrawal "
                       "would be complete within nine months': within {amount 9, unit months, qualifier "
                       "at_most}, phase completion; 'the last troops out by 15 February': date 1989-02-15, bound "
                       "on_or_before, phase completion). Needs date or within. Null when the reporting does not "
                       "say which (the act as a whole: 'will withdraw next week'); items stored before read null. "
                       "Filter: act_phase=."})


class ActTermIn(TermIn):
    """A provision's term (the same fields and rules) stored whole with the act item: an item's objects read back
    as stored, so every field is kept, null when not given (a provision's term is completed when read instead)."""

    @post_load
    def _every_field(self, data, **kwargs):
        return {name: data.get(name) for name in self.fields}


def act_term_field():
    """agree32 (notes/trials t53 #86): how long the act is to last, "a mission to serve for an initial 60 days",
    as a provision's term says it (schemas/agreement_terms.py, the same declaration). Declared last in ActIn;
    items stored before read null."""
    return fields.Nested(ActTermIn, allow_none=True, load_default=None, metadata={
        "description": "How long the act is to last once begun, as the statement says, in a provision's term "
                       "{duration {amount, unit}, initial, renewable, renewal, permanent, ends_with, note}: "
                       "'pledged to serve for an initial 60 days': a pledge, action monitoring, term {duration "
                       "{amount 60, unit days}, initial true}; 'a truce for 72 hours, renewable': {duration {72, "
                       "hours}, renewable true}. When it is to begin or be done is date or within. Null when not "
                       "said; items stored before read null. Filter: act_term=.",
        "shown": {"description": "How long the act is to last (a provision's term); null when not said."}})


def act_primary_field():
    """agree33 (notes/trials t58 #15 "his main demand"): the act the reporting calls the speaker's main one among a
    list's items. Declared last in ActIn; items stored before read null (false)."""
    return fields.Boolean(load_default=False, allow_none=True, metadata={
        "description": "true for the act the reporting calls the main or chief one of its list ('his main demand "
                       "is the withdrawal of foreign troops': the request, action withdrawal, primary true; the "
                       "other requests false); at most one item of each list. false (the default) otherwise; "
                       "items stored before read null, which means false. Filter: act_primary= (with an action "
                       "filter: statements whose main act is one of those actions).",
        "shown": {"description": "true for the main act of its list ('his main demand'); false or null (stored "
                                 "before) otherwise."}})


def one_primary(items):
    """At most one item of a list of acts is its main one."""
    if sum(1 for item in items if item.get("primary")) > 1:
        raise ValidationError("Marks more than one item primary: the main act of a list is one item (the others "
                              "false).")
