"""Circumstances of a figure (figs33, migrations/0113): whether a count by anyone other than the claimant exists
(trial t57 #26 "there was no independent count") and what the people killed or injured were doing when hit (trial
t58 #56 "while out walking"). Mixed into FigureIn (schemas/figure_input.py) before StrictSchema; the rule yields
(field, message) so that a 422 names the field."""
from marshmallow import validates_schema

from . import vocabularies as vocab
from .common import one_of
from .rule_errors import raise_problems

# The people a figure counts as hit: killed, injured, their sum, or gone missing (not equipment: cause covers that).
HIT = ("deaths", "injured", "casualties", "missing")


class FigureCircumstancesMixin:
    """Whether the count has an independent counterpart, and the activity of those hit."""

    independent_count = one_of(vocab.INDEPENDENT_COUNTS, allow_none=True, load_default=None, metadata={
        "description": "Whether a count by a third party (monitors, a UN body, a casualty recorder) exists besides "
                       "this figure's claimant's, as the reporting says: none ('there was no independent count'), "
                       "exists, under_way (see /v1/vocabularies independent_counts). Not verification, which says "
                       "how sure the reporting is of this number (unverified, could_not_verify). Null when not "
                       "said. Filter: figure_independent_count=."})
    activity_when_hit = one_of(vocab.ACTIVITIES_WHEN_HIT, allow_none=True, load_default=None, metadata={
        "description": "What the people counted were doing when killed, injured or taken ('killed while out "
                       "walking': walking; at_home, travelling, working, seeking_aid...: see /v1/vocabularies "
                       "activities_when_hit, open to local terms), for deaths, injured, casualties and missing "
                       "only. One figure per activity. Null when not said. Filter: figure_activity_when_hit=."})

    @validates_schema(skip_on_field_errors=True)
    def _circumstances(self, data, **kwargs):
        raise_problems(circumstance_problems(data))


def circumstance_problems(data):
    """(field, message) of an activity given to a figure that counts no people hit."""
    if data.get("activity_when_hit") is not None and data.get("quantity") not in HIT:
        yield "activity_when_hit", (f"Says what the people hit were doing: for {', '.join(HIT)}, not "
                                    f"{data.get('quantity')}.")
