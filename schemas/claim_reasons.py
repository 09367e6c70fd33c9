"""Whom or what a claimed reason is for (issue 10, mend-claims4, migrations/0079; notes/trials t25 #74: France
reinforced its troops "to protect French and other foreign nationals"). An event claim's `reason` (protection,
liberation, humanitarian, ...) names the purpose; these say for whom, as the claimant gives it: an actor when one
is recorded (a community, a state's citizens as the state), the reporting's words always welcome beside it. With
punishment, who is punished ("amounted to punishing all of Fallujah's people", t24 #60)."""
from .common import reference, text


def reason_for():
    return reference("actor", allow_none=True, load_default=None, metadata={
        "description": "With reason: the actor the reason is for, whom the claimant says the event protects, "
                       "frees, helps or punishes ('to protect the Yazidi community': the community, a group "
                       "actor); null when not said or no actor is recorded for them (reason_for_words). Filter: "
                       "reason_for=.",
        "shown": {"description": "The actor the claimed reason is for (its ID, or the actor when embedded); null "
                                 "when not said."}})


def reason_for_words():
    return text(300, allow_none=True, load_default=None, metadata={
        "description": "With reason: for whom or what, in the reporting's words ('French and other foreign "
                       "nationals', 'the citizens'; with punishment, who is punished: 'all of Fallujah's "
                       "people'); beside reason_for_id or alone. Null when not said."})


def reason_for_problems(claim):
    """(field, message) when a claim says for whom without the reason it is for."""
    for name in ("reason_for_id", "reason_for_words"):
        if claim.get(name) is not None and claim.get("reason") is None:
            yield name, ("Says whom a reason is for: give the reason too (protection, liberation, humanitarian...; "
                         "see /v1/vocabularies claimed_reasons).")
