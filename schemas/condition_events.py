"""A condition on how an event turns out (issue 10, mend-announce, migrations/0077; notes/trials t24 #52 "they could
finish the operation if talks failed", #73 "Marines would resume full-scale operations if the talks collapsed"): a
statement's or a provision's condition of type event_outcome names the event (talks, a mediation, a truce's
operation) and the outcome it hangs on, a term of the events' own outcome vocabulary (schemas/vocab_outcomes.py).
Declared here and placed in schemas/provisions.py ConditionIn, which is near its size limit."""
from . import vocabularies as vocab
from .common import one_of, reference


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
