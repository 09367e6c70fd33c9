"""Who says a relation between records holds, from which sources, and how far it holds.

Places' and actors' relations said who claims them from mend10c on (migrations/0024, 0027, 0065). rel31
(migrations/0106; docs/api.md "Relations as claims") gives every relation between records the same claim: event ->
event, statement -> statement, treaty -> treaty, event -> statement, statement -> event, actor -> actor and place ->
place. "The new accord is based largely on the earlier protocol, the mediators said" is a treaty relation builds_on
with degree largely, said by unnamed voices (attribution unnamed, claimant_words "the mediators"), with its sources.
Each relation item schema mixes RelationClaimMixin in (before StrictSchema); its filters are claim_filters()
(schemas/relation_claim_filters.py)."""
import json

from marshmallow import ValidationError, validate, validates_schema

from . import vocabularies as vocab
from .claims import AttributionMixin
from .common import one_of, reference, references, text
from .unnamed import UnnamedClaimantFields
from .verification import verification   # the events' and claims' vocabulary, not a second one for hedges


class SourcedMixin(AttributionMixin):
    """Who says a relation holds and from which sources (issue 10, mending round mend10c, migrations/0024):
    "15 km north of Donetsk (Reuters)" and "less than 10 km north (AFP)" are two relations, each with its
    sources. Mixed into a relation item schema before StrictSchema. The hedges ("allegedly backed by",
    "reportedly allied with") are the claims' own fields (migrations/0027): `attribution` (unnamed: alleged by
    someone not named) and `verification` (unverified: relayed without confirming)."""

    claimant_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "Who says the relation holds: ID of an actor ('Moscow-backed, Kyiv says': Ukraine); null "
                       "when no one is named (the source's own voice, or the curators' reading).",
        "shown": {"description": "Who says the relation holds (its ID); null when no one is named."}})
    source_ids = references("source", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "IDs of the sources that report the relation (0 to 50); empty when none is cited.",
        "rows": "source_rows", "shown": {"description": "The sources that report the relation (IDs)."}})
    verification = verification()
    note = text(2000, allow_none=True, load_default=None, metadata={   # migrations/0035
        "description": "What more the reporting says of the relation, in a sentence (how the backing was "
                       "given, what the sources disagree on); null when nothing. Not a substitute for a field."})


# The terms a degree cannot qualify, and why: an order in time holds or not, an absence is no link, and two
# relations measure how much with a field of their own.
UNDEGREED = {
    **dict.fromkeys(("after", "before", "simultaneous", "follows", "precedes", "ended_after"),
                    "is an order in time, which holds or not"),
    "no_known_link": "is an absence reported, not a link",
    "denies": "says how much of the other it rejects with extent (whole, part, scale)",
    "contradicts": "says how much of the other it rejects with extent (whole, part, scale)",
    "from_community": "says how much of the membership the community accounts for with proportion",
}


class RelationClaimMixin(SourcedMixin, UnnamedClaimantFields):
    """The claim every relation between records carries: claimant_id, attribution, verification, source_ids,
    note (SourcedMixin), an unnamed claimant in words (schemas/unnamed.py), and the degree it holds to."""

    degree = one_of(vocab.RELATION_DEGREES, allow_none=True, load_default=None, metadata={
        "description": "How far the relation holds, as the reporting hedges it: entirely, largely, partly, slightly "
                       "('based largely on the earlier protocol': builds_on, largely; 'stalled partly over the "
                       "demands': over, partly; see /v1/vocabularies relation_degrees). Null when not said: the "
                       "relation holds, to no degree said. Not with an order in time (after, before, follows...). "
                       "Filter with relation_degree= (and the other lists' own, statement_relation_degree=...)."})

    @validates_schema(skip_on_field_errors=True)
    def _degree_fits(self, data, **kwargs):
        why = UNDEGREED.get(data.get("relation"))
        if data.get("degree") is not None and why is not None:
            raise ValidationError({"degree": [f"{data['relation']} takes no degree: it {why}."]})


CLAIM_KEYS = ("claimant_id", "claimant_words", "degree")   # what a claim says beyond its sources


def relations_once(*keys):
    """A list validator: the same relation may be listed twice when what is said differs (a distance, a
    qualifier, the claimant, the degree, the sources), never twice alike."""
    def check(items):
        seen = set()
        for item in items:
            said = [item.get(k) for k in keys + CLAIM_KEYS] + [sorted(item.get("source_ids") or [])]
            key = json.dumps(said, sort_keys=True, default=str)   # reported dates are objects
            if key in seen:
                raise ValidationError(f"Lists the same {', '.join(keys)} twice with the same claimant_id, "
                                      "claimant_words, degree and source_ids: list it once, or say what differs.")
            seen.add(key)
    return check
