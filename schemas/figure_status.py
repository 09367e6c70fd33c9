"""Where a figure stands in its publisher's revision cycle (figs32, migrations/0110; trial t55 #30 "the toll is
provisional"): OCHA and health ministries publish counts as preliminary or provisional, then revise or close them.
Mixed into FigureIn (schemas/figure_input.py) before StrictSchema; the rule yields (field, message) so that a 422
names the field."""
from marshmallow import validates_schema

from . import vocabularies as vocab
from .rule_errors import raise_problems
from .common import one_of


class FigureStatusMixin:
    """A figure's status as its publisher gives it."""

    status = one_of(vocab.FIGURE_STATUSES, allow_none=True, load_default=None, metadata={
        "description": "Where the figure stands in its publisher's revision cycle, as the reporting says: "
                       "preliminary ('initial reports say'), provisional ('the toll is provisional'), final ('the "
                       "final toll'), revised ('the revised toll'; the event it was revised after is "
                       "revised_after_event_id) (see /v1/vocabularies figure_statuses; UN OCHA's and health "
                       "ministries' usage). How sure the claimant or the reporting is stays certainty, "
                       "claimant_hedge and verification. Not for a figure not published or not known (no count to "
                       "revise). Null when not said. Filter: figure_status=."})

    @validates_schema(skip_on_field_errors=True)
    def _status(self, data, **kwargs):
        raise_problems(status_problems(data))


def status_problems(data):
    """(field, message) of a status given to a figure that has no count to revise."""
    if data.get("status") is None:
        return
    if not data.get("published", True):
        yield "status", "A figure not published has no count to be preliminary, provisional, final or revised."
    elif data.get("certainty") == "not_known":
        yield "status", "A figure not known has no count to be preliminary, provisional, final or revised."
