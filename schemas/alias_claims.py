"""An other name of an actor or a place with who uses it (figs32, migrations/0110; trial t55 #90: "state media
call the north the 'occupied zone'"): the name's claimant, named or in words, and its sources, as every relation's
claim (schemas/relation_claims.py: SourcedMixin and the unnamed claimant's fields, reused whole). Events' and
treaties' aliases stay {name, language} (schemas/relations.py)."""
from marshmallow import ValidationError, fields, validate

from .common import reference
from .relation_claims import SourcedMixin
from .relations import AliasIn, AliasItem
from .unnamed import UnnamedClaimantFields

# What tells two aliases of one record apart: the same name may be one side's and another's.
ALIAS_KEYS = ("name", "language", "claimant_id", "claimant_words")


class ClaimedAliasIn(SourcedMixin, UnnamedClaimantFields, AliasIn):
    """An other name, and who uses it: claimant_id, attribution, the unnamed claimant in words, verification, note
    and source_ids, as a relation's claim."""

    claimant_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "Who uses the name, when the reporting says so: ID of an actor ('the government calls the "
                       "north the occupied zone': the government); for voices not named, attribution unnamed with "
                       "claimant_words ('state media'). Null when the name is in common use (no one is said to use "
                       "it). Filter: alias_claimant=.",
        "shown": {"description": "Who uses the name (its ID); null when no one is said to."}})


def unique_aliases(items):
    """The same name in the same language is listed once per claimant (or per claimant's words)."""
    seen = set()
    for item in items:
        key = tuple(item.get(k) for k in ALIAS_KEYS)
        if key in seen:
            raise ValidationError("Lists the same name, language and claimant (claimant_id, "
                                  "claimant_words) twice: list it once, with all its sources.")
        seen.add(key)


def claimed_aliases(what):
    """An actor's or a place's aliases, each with who uses it (rows alias_rows, with their sources)."""
    return fields.List(AliasItem(ClaimedAliasIn), load_default=list,
                       validate=[validate.Length(max=50), unique_aliases], metadata={
        "description": f"Other names and spellings of the {what}, searched with the name: objects {{name, "
                       "language}, and who uses the name when the reporting says so (claimant_id, or attribution "
                       "unnamed with claimant_words: 'state media call it the occupied zone'), from which sources "
                       "(source_ids). A plain string is still accepted as input (a name in no stated language, "
                       "used by no one in particular).", "rows": "alias_rows"})
