"""Why a treaty's status changed, as the one who changed it or a claimant says, and who says so when no record
names them (issue 10, round 30, cond30; trial t49 #11, doc 2: an accord ended "blaming" a neighbour's hostile acts
and the other signatories' failure to keep their commitments; "could no longer be applied"; status entries said by
"officials in the capital"). Declared last in StatusChangeIn (schemas/treaty_structure.py); stored in columns of
treaty_status_change (migrations/0103).

The reasons follow the grounds the Vienna Convention on the Law of Treaties (1969) gives for ending or suspending
a treaty (art. 54 consent, 59 a later treaty, 60 material breach, 61 supervening impossibility, 62 fundamental
change of circumstances) and add the reasons reporting gives for ceasefires and accords (hostile acts, a purpose
achieved). The actors blamed and the events cited are IDs, checked when written, as a condition's parties are.
"""
from marshmallow import validate

from . import vocabularies as vocab
from .common import one_of, references, text
from .unnamed import claimant_country, claimant_kind, claimant_words


def status_reason_fields():
    """StatusChangeIn's reason, reason_words, blamed_actor_ids, cited_event_ids and its unnamed claimant's three."""
    reason = one_of(vocab.STATUS_CHANGE_REASONS, allow_none=True, load_default=None, metadata={
        "description": "Why the status changed, as the claimant (or whoever made the change) says (see "
                       "/v1/vocabularies status_change_reasons): breach ('ended the accord over the other side's "
                       "failure to keep its commitments'), hostility ('citing hostile acts'), inapplicable ('could "
                       "no longer be applied'), changed_circumstances, superseded, consent, fulfilled, other (say it "
                       "in reason_words). Null when no reason is given. Filter treaties: status_reason=."})
    reason_words = text(2000, allow_none=True, load_default=None, metadata={
        "description": "The reason in the reporting's words, beside reason ('blaming the rebels' failure to "
                       "disarm'); null when none is given."})
    blamed_actor_ids = references("actor", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "The actors the change is blamed on, as the reason says ('blaming the neighbour's hostile "
                       "acts and the armed groups' failure to keep their commitments': the neighbour and the "
                       "groups); IDs of actors, checked when written. Empty when no one is blamed. Filter "
                       "treaties: status_blamed=.",
        "shown": {"description": "The actors the change is blamed on (IDs); empty when no one is blamed."}})
    cited_event_ids = references("event", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "The events the reason cites, when recorded ('after the attack on the base': that "
                       "event); IDs of events, checked when written. Empty when none is cited.",
        "shown": {"description": "The events the reason cites (IDs); empty when none."}})
    return reason, reason_words, blamed_actor_ids, cited_event_ids, claimant_words(), claimant_kind(), \
        claimant_country()
