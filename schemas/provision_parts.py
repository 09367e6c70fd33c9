"""The parts of a treaty provision that name other things: its key and the way other parts name a provision of
the same treaty (provision_id or provision_key), its links to other provisions (in exchange for, on the basis
of), its places with their part (from, to, via...), and its scope and covered items (issue 10, mend-provisions:
what reporting on ceasefires says that conditions, place_ids and the summary could only bend).
"""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .act_targets import TARGET_GROUPS
from .common import StrictSchema, one_of, reference, unique
from .lexical import FullMatch

KEY = r"^[a-z0-9][a-z0-9_.-]{0,39}$"


def provision_key(**kwargs):
    return fields.String(validate=FullMatch(KEY, error="Must be 1 to 40 lower-case letters, digits, '_', '.' or "
                                                       "'-', starting with a letter or digit."), **kwargs)


def provision_link(what):
    """The two ways to name another provision of the same treaty."""
    return (reference("provision of this treaty", link="provisions", allow_none=True, metadata={
                "description": f"{what}: ID of a provision of the same treaty.",
                "shown": {"description": f"{what} (its ID); null when named by provision_key or not at all."}}),
            provision_key(allow_none=True, metadata={
                "description": f"{what}: the key of a provision of the same treaty (usable before it has an ID)."}))



class RatioIn(StrictSchema):
    """So many of one thing for each so many of another (mend-equip, trial t11): "three prisoners for each
    hostage" is amount 3, for_each 1; "one extra day for every 10 additional hostages" is amount 1 (renewal),
    for_each 10."""

    amount = fields.Float(required=True, allow_nan=False, validate=validate.Range(min=0, min_inclusive=False),
                          metadata={"description": "How many of this provision's (or, on a term, how many "
                                                   "renewals): 3 in 'three prisoners for each hostage'."})
    for_each = fields.Float(required=True, allow_nan=False, validate=validate.Range(min=0, min_inclusive=False),
                            metadata={"description": "For each how many of the other: 1 in 'three prisoners for "
                                                     "each hostage', 10 in 'for every 10 additional hostages'."})
    counted = fields.String(validate=validate.Length(min=1, max=200), allow_none=True, load_default=None,
                            metadata={"description": "What for_each counts, in the text's words ('hostages', "
                                                     "'additional hostages released'); null when the linked "
                                                     "provision says it."})


class ProvisionLinkIn(StrictSchema):
    """How the provision stands to another of the same treaty, beside conditions (which say when it applies)."""

    relation = one_of(vocab.PROVISION_LINKS, required=True, metadata={
        "description": "in_exchange_for, on_the_basis_of, reciprocal_of, simultaneous_with, in_step_with ('at "
                       "the same pace as the withdrawal'), implements, other or a local term (see /v1/vocabularies, "
                       "provision_links). Filter treaties with provision_link=."})
    provision_id, provision_key = provision_link("The other provision")
    ratio = fields.Nested(RatioIn, allow_none=True, load_default=None, metadata={
        "description": "With in_exchange_for or reciprocal_of: the rate of the exchange, {amount, for_each} of "
                       "this provision's for the other's ('three Palestinian prisoners for each hostage': 3 for "
                       "each 1); null when the text gives none ('all for all' is a note)."})
    note = fields.String(validate=validate.Length(max=2000), allow_none=True, metadata={
        "description": "The words of the text: 'on the basis of all for all'."})

    @validates_schema(skip_on_field_errors=True)
    def _named(self, data, **kwargs):
        if not (data.get("provision_id") or data.get("provision_key")):
            raise ValidationError({"provision_id": ["Give provision_id or provision_key."]})
        if data.get("provision_id") and data.get("provision_key"):
            raise ValidationError({"provision_key": ["Give provision_id or provision_key, not both."]})


class ScopeIn(StrictSchema):
    domains = fields.List(one_of(vocab.SCOPE_DOMAINS), load_default=list, validate=[validate.Length(max=5), unique()],
                          metadata={"description": "The domains it covers: land, air, sea, cyber, space; empty "
                                                   "when the text does not limit it to some."})
    operations = one_of(vocab.SCOPE_OPERATIONS, allow_none=True, metadata={
        "description": "Which operations it covers: all, offensive only, strikes only, movements only (see "
                       "/v1/vocabularies, scope_operations); null when not said."})
    cross_border_only = fields.Boolean(allow_none=True, metadata={
        "description": "true when it covers only cross-border fire or operations; false when the text says "
                       "all; null when not said."})
    note = fields.String(validate=validate.Length(max=2000), allow_none=True, metadata={
        "description": "What the text says of its scope, when the fields leave something out."})


class CoveredItemIn(StrictSchema):
    item = fields.String(required=True, validate=validate.Length(min=1, max=500), metadata={
        "description": "One item the provision covers, in the text's words: 'tanks', 'artillery over 100 mm', "
                       "'fuel'."})
    kind = one_of(vocab.COVERED_ITEM_KINDS, required=True, metadata={
        "description": "What the item is: weapons, goods, people, vehicles, facilities or other (see "
                       "/v1/vocabularies, covered_item_kinds)."})
    excluded = fields.Boolean(load_default=False, metadata={
        "description": "true when the text names the item as left out ('except small arms'); false (the "
                       "default) when it is covered."})
    # batch27 (trial t37 #45 "the disarming of civilians"): the people covered, as a group
    # figs32 (trial t53, t54 doc problems): the same terms as an act's target_groups, so that "captured military
    # personnel" is prisoners_of_war here as there (figure_held_as terms name who people are held as)
    group = one_of(TARGET_GROUPS, allow_none=True, load_default=None, metadata={
        "description": "With kind people: the group the item is, as a term (see /v1/vocabularies targeted_groups, "
                       "and figure_held_as for people held, as an act's target_groups): 'armed civilians are to be "
                       "disarmed' is {item: 'armed civilians', kind: people, group: civilians} of a demobilisation "
                       "provision; 'foreign fighters' foreign_nationals; 'captured military personnel are to be "
                       "released' prisoners_of_war. item keeps the words. Null when the item is no group of people "
                       "or none fits. Filter: provision_covered_group=."})

    # events33 (migrations/0112; trial t56 #62 "the clothing their captors had issued to them")
    issued_by_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "The actor that had issued, supplied or given the item, when the reporting says and it is "
                       "not plain from the record ('threw away the uniforms the guards had handed out': the guards; "
                       "'rejected aid sent by the government'); null when not said. Filter (events): "
                       "covered_issued_by=.", "shown": {"description": "The actor that had issued the item (its "
                                                                      "ID); null when not said."}})

    @validates_schema(skip_on_field_errors=True)
    def _group_of_people(self, data, **kwargs):
        if data.get("group") is not None and data.get("kind") != "people":
            raise ValidationError({"group": ["A group of people goes with kind people."]})


class ProvisionObjectIn(StrictSchema):
    """What a provision is about when that is no record of the treaty's own: a candidacy, a body to be created, an
    agreement to be negotiated, an area not named (mend-figures, migrations/0040; notes/trials t6, t7)."""

    kind = one_of(vocab.PROVISION_OBJECT_KINDS, required=True, metadata={
        "description": "What it is: candidacy, body, event, agreement, area or other (see /v1/vocabularies "
                       "provision_object_kinds)."})
    action = one_of(vocab.PROVISION_OBJECT_ACTIONS, allow_none=True, load_default=None, metadata={
        "description": "What the provision does with it: backs, withdraws, creates, negotiates, applies_in, "
                       "enables (its purpose: 'to allow talks') (see "
                       "/v1/vocabularies provision_object_actions); null when not said."})
    name = fields.String(required=True, validate=validate.Length(min=1, max=500), metadata={
        "description": "It in the text's words: 'bid to host COP29', 'Joint Implementation Centre', 'a peace "
                       "treaty', 'agreed areas'."})
    criterion = fields.String(allow_none=True, load_default=None, validate=validate.Length(min=1, max=1000),
                              metadata={"description": "What defines it when it is not named ('where the mainstream "
                                                       "opposition is present'); null when not said."})
    actor_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "The actor it belongs to or is: the candidate of a candidacy, the body once it is recorded "
                       "as an actor; null when none. An actor named cannot be deleted.",
        "shown": {"description": "The actor it belongs to or is (its ID, or the actor with include=provisions); "
                                 "null when none."}})
    event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "The event it is, or is about, once recorded (a conference); null when none. An event named "
                       "cannot be deleted.", "shown": {"description": "The event it is about (its ID); null when "
                                                                     "none."}})

    @validates_schema(skip_on_field_errors=True)
    def _criterion(self, data, **kwargs):
        if data["kind"] == "area" and not data.get("criterion") and data.get("action") != "applies_in":
            raise ValidationError({"criterion": ["An area the text does not name is defined by a criterion: say "
                                                 "it ('where the mainstream opposition is present')."]})


class PaceMixin:
    """How fast the provision is to be carried out, when the text says (issue 10, mend-agree4, migrations/0078;
    notes/trials t25 #41 "foreign troops would gradually leave")."""

    pace = one_of(vocab.PROVISION_PACES, allow_none=True, load_default=None, metadata={
        "description": "How it is to be carried out over time, as the text says: immediate ('an immediate "
                       "withdrawal'), gradual ('would gradually leave'), phased ('in stages'; the stages, when "
                       "recorded, are the treaty's phases) (see /v1/vocabularies provision_paces); null when not "
                       "said. Filter with provision_pace=."})
