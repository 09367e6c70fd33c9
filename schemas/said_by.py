"""Who says a part of a record, and from which sources, when the part is no claim list of its own (issue 10,
figures as reported; claims34, migrations/0115): a provision's figure, deadline, the provision itself, a treaty's
party entry (migrations/0049), a provision's other actors ("the mediators said he would not be included"), an
event's service disruptions ("refugees said there was no water"). Declared once here; each item schema mixes it in
before StrictSchema, with schemas/unnamed.py UnnamedClaimantFields where claimants not named are said in words.
Stored whole with the part (JSON, the IDs checked when written) or in columns of its own."""
from marshmallow import validate

from . import vocabularies as vocab
from .claims import AttributionMixin
from .common import one_of, reference, references


class SaidByMixin(AttributionMixin):
    """claimant_id, attribution, source_ids and rank of a part of a record."""

    claimant_id = reference("actor", allow_none=True, metadata={
        "description": "Who says it: ID of an actor ('the ministry said the deal allows 8,600 troops'; 'Trump "
                       "credited US mediation': who says an actor had a role; 'the mediators said he would not be "
                       "part of it': who says an actor is barred; 'the agency said its clinics could not reach the "
                       "area': who says a service was cut); null when the source (or a treaty's text itself) "
                       "says it, or with attribution unnamed and claimant_words for people not named ('residents "
                       "said').",
        "shown": {"description": "Who says it (its ID); null when the source or the text itself says it."}})
    source_ids = references("source", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "IDs of the sources that report it, when not only the record's own (0 to 50); checked when "
                       "written.", "shown": {"description": "The sources that report it (IDs); empty when only "
                                                            "the record's."}})
    # issue 10, mend-actors (migrations/0049; notes/trials t10 #64, t11 #35 #37): a claimed role, a provision one
    # side says the deal holds, a start date first expected and then superseded
    rank = one_of(vocab.CLAIM_RANKS, allow_none=True, load_default=None, metadata={
        "description": "preferred, normal or deprecated (a start date first expected, then superseded), as for "
                       "any claim; null reads as normal (everything stored before it)."})
