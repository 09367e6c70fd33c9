"""A membership's dated changes (issue 10, mend-acts4, migrations/0076; notes/trials t25 #3 "the African Union
suspended the country", t24 #62 "suspended their participation in protest"): suspended, reinstated, expelled,
withdrew, each dated as reported, with who made it and the event that was it. Declared once, on
schemas/relations.py's MembershipIn, as a treaty party's participation changes are on its entry."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import StrictSchema, one_of, reference, text
from .dates import ReportedDateIn


class MembershipChangeIn(StrictSchema):
    change = one_of(vocab.MEMBERSHIP_CHANGES, required=True, metadata={
        "description": "What changed: suspended, reinstated, expelled, withdrew, withdrawal_decided (a decision "
                       "or notice to leave, not yet in effect) (see /v1/vocabularies membership_changes)."})
    date = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "When, as reported (a reported date); null when not said."})
    by_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "Who made the change: the body or its organ ('the AU's Peace and Security Council "
                       "suspended the country'), or the member itself ('suspended their participation'); null "
                       "when not said.", "shown": {"description": "Who made the change (its ID); null when not said."}})
    event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "The event that is the change, when recorded (a SANCTION event mode suspend_membership, its "
                       "initiator the body, its target the member); null when none is.",
        "shown": {"description": "The event that is the change (its ID); null when none."}})
    note = text(500, allow_none=True, load_default=None, metadata={
        "description": "How it happened, in a few words as reported ('from all AU activities'); null when not "
                       "said."})


def changes():
    return fields.List(fields.Nested(MembershipChangeIn), load_default=list, validate=validate.Length(max=50), metadata={
        "description": "The membership's dated changes, as reported: suspended ('the African Union suspended the "
                       "country'), reinstated, expelled, withdrew, withdrawal_decided ('voted to leave the CIS'), "
                       "each with its date, who made it (by_id) and the event that was it (event_id). Empty when "
                       "none is reported. Filter with member_change= "
                       "(with member_of=, in that body)."})
