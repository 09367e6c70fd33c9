"""A condition on how an event turns out (issue 10, mend-announce, migrations/0077; notes/trials t24 #52 "they could
finish the operation if talks failed", #73 "Marines would resume full-scale operations if the talks collapsed"): a
statement's or a provision's condition of type event_outcome names the event (talks, a mediation, a truce's
operation) and the outcome it hangs on, a term of the events' own outcome vocabulary (schemas/vocab_outcomes.py).
Declared here and placed in schemas/provisions.py ConditionIn, which is near its size limit; so are the types
settlement and pledge_kept (agree28, below)."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import one_of, reference, references


def event_condition_fields():
    """ConditionIn's event_id and outcome."""
    return (reference("event", allow_none=True, load_default=None, metadata={
        "description": "With type event_outcome: the event whose outcome the act or provision hangs on ('if the "
                       "talks collapsed': the talks); null otherwise.",
        "shown": {"description": "The event whose outcome it hangs on (its ID); null for none."}}),
        one_of(vocab.EVENT_OUTCOMES, allow_none=True, load_default=None, metadata={
            "description": "With type event_outcome: the outcome it hangs on (see /v1/vocabularies event_outcomes): "
                           "failed ('if the talks collapsed', 'if talks failed'), succeeded ('once the mediation "
                           "succeeds'), partly_succeeded; null otherwise."}))


def event_condition_problems(data):
    """field -> messages: event_id and outcome go together, and with type event_outcome only."""
    if data.get("type") == "event_outcome" and (data.get("event_id") is None or data.get("outcome") is None):
        return {"event_id": ["Give event_id and outcome with type event_outcome ('if the talks collapsed': the "
                             "talks event, outcome failed)."]}
    if data.get("type") != "event_outcome":
        for name in ("event_id", "outcome"):
            if data.get(name) is not None:
                return {name: ["Goes with type event_outcome."]}
    return {}


# issue 10, agree28 (notes/trials t39 #43 "release them only as part of a negotiated settlement", t38 #35 "if
# Iraq kept its word"): a condition that is an outcome of several parties, and one that is a statement's pledge kept
PLEDGE_LISTS = ("announcements", "pledges", "offers", "threats")
PARTY_CONDITIONS = ("settlement", "pledge_kept")


class AgreementConditionMixin:
    """ConditionIn's fields for types settlement (the parties, the agreement) and pledge_kept (the statement, its
    act). Stored whole with the conditions (JSON), their IDs checked when written. Mixed in before StrictSchema."""

    between_actor_ids = references("actor", load_default=list, validate=validate.Length(max=20), metadata={
        "description": "With type settlement: the parties between which the settlement or agreement is to be "
                       "reached, when named ('only as part of a negotiated settlement' with the rebels: the "
                       "government and the rebels); IDs of actors, checked when written. Empty when not named. "
                       "Filter treaties with condition_between=.",
        "shown": {"description": "The parties to the settlement (IDs); empty when not named."}})
    for_treaty_id = reference("treaty", allow_none=True, load_default=None, metadata={
        "description": "With type settlement: the agreement to be reached, when recorded as a treaty (a draft in "
                       "status proposed, talks' outcome under negotiation); null when not recorded or not said.",
        "shown": {"description": "The agreement to be reached (its ID); null when not recorded."}})
    statement_id = reference("statement", allow_none=True, load_default=None, metadata={
        "description": "With type pledge_kept: the statement in which the pledge to be kept was made ('if Moscow keeps "
                       "its word': the statement in which Russia pledged it); checked when written. Filter treaties "
                       "and statements with condition_statement=.",
        "shown": {"description": "The statement whose pledge must be kept (its ID); null for none."}})
    act_list = fields.String(allow_none=True, load_default=None, validate=validate.OneOf(PLEDGE_LISTS), metadata={
        "description": "With statement_id: the statement's list holding the pledge (announcements, pledges, offers "
                       "or threats); null for everything the statement commits the speaker to."})
    act_index = fields.Integer(strict=True, allow_none=True, load_default=None, validate=validate.Range(min=0, max=19),
                               metadata={"description": "With act_list: the pledge's position in that list, from 0; "
                                                        "checked against the statement when written. Null for the "
                                                        "whole list."})

    @validates_schema(skip_on_field_errors=True)
    def _agreement_condition(self, data, **kwargs):
        kind = data.get("type")
        given = lambda names: [name for name in names if data.get(name) not in (None, [])]   # noqa: E731
        if kind != "settlement" and given(("between_actor_ids", "for_treaty_id")):
            raise ValidationError({given(("between_actor_ids", "for_treaty_id"))[0]: ["Goes with type settlement."]})
        if kind != "pledge_kept" and given(("statement_id", "act_list", "act_index")):
            raise ValidationError({given(("statement_id", "act_list", "act_index"))[0]: [
                "Goes with type pledge_kept."]})
        if kind == "pledge_kept" and data.get("statement_id") is None:
            raise ValidationError({"statement_id": ["Give statement_id with type pledge_kept: the statement in "
                                                    "which the pledge was made."]})
        if data.get("act_index") is not None and data.get("act_list") is None:
            raise ValidationError({"act_list": ["Give act_list with act_index: the list the pledge is in."]})
