"""How people held were treated, as a claimant says (issue 10, events33, migrations/0112; notes/trials t56 #52 "their
guards treated them fairly"; also "ill-treated", "tortured", "denied medical care"). A claim of the event that holds
them (a detention, a captivity, an exchange: COERCE arrest, or the event their captivity is part of), with its
claimant, sources, hedge and as_of as every claim; actor_id names the people held when the claim is about some of
them, and the event's initiator is who held them. Stored as a JSON list of terms in event_claim.treatment (null,
read as [], for older claims), found by ?claimed_treatment= (api/services/control_filters.py). Declared once here,
on schemas/events.py's EventClaimIn."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .claim_parts import _unique_terms
from .common import one_of, text


def treatment():
    return fields.List(one_of(vocab.HELD_TREATMENTS), load_default=list,
                       validate=[validate.Length(max=10), _unique_terms], metadata={
        "description": "How the claimant says the people held in the event were treated (see /v1/vocabularies "
                       "held_treatments, after the Third Geneva Convention): humane ('the guards treated the "
                       "captives well'), ill_treatment, torture, denied_medical_care, forced_labour, poor_conditions, "
                       "humiliation, incommunicado. With actor_id, the people held it is about (took_part and role "
                       "may be left out). Empty when the claim is not about treatment. Filter: claimed_treatment=."})


def treatment_words():
    return text(1000, allow_none=True, load_default=None, metadata={
        "description": "With treatment: the treatment in the reporting's words ('treated well once in the "
                       "camps'); null when not said."})


def treatment_problems(claim):
    """[(field, message)] of one claim's treatment."""
    if claim.get("treatment_words") is not None and not claim.get("treatment"):
        return [("treatment_words", "Goes with treatment: give its terms (other when none fits).")]
    return []
