"""Several claimants of one claim (issue 10, mend-claims4, migrations/0079; notes/trials t24 #53: "Fighters and
residents said gunmen still controlled most of the city"). A figure had `claimant_ids` since migrations/0026; an
event claim had one `claimant_id`. Both now take the same declaration: `claimant_ids`, every claimant named, in the
reporting's order, claimant_id the first of them; unnamed claimants beside them go in claimant_words
(schemas/unnamed.py: attribution named with words: "fighters and residents said" is claimant_ids [the fighters],
claimant_words "residents")."""
from marshmallow import ValidationError, pre_load, validate, validates_schema

from .common import references


def claimant_ids(what):
    """The field, declared once for every list of claims that keeps its claimants in rows ("claimant_rows")."""
    return references("actor", load_default=list, validate=validate.Length(max=20), metadata={
        "description": f"Every claimant of the {what}, in the reporting's order, when several say it ('both the UN "
                       "and the ministry said ...'; 'fighters and residents said ...': the fighters here, the "
                       "residents, named by no record, in claimant_words): claimant_id is the first of them (give "
                       "either; both must agree). Empty when no one is named. Filters by claimant match any of them.",
        "rows": "claimant_rows",
        "shown": {"description": f"Every claimant of the {what} (IDs, or the actors when embedded), claimant the "
                                 "first of them; empty when no one is named."}})


def order_problems(data):
    """(field, message) when claimant_id is not the first of claimant_ids."""
    several = data.get("claimant_ids") or []
    if several and data.get("claimant_id") is not None and several[0] != data["claimant_id"]:
        yield "claimant_ids", (f"claimant_id ({data['claimant_id']}) is the first of claimant_ids: give them in that "
                               "order, or leave claimant_ids out to name one claimant.")


class ClaimantsMixin:
    """claimant_id is the first of claimant_ids: either may be given alone (an old client's claimant_id is one
    claimant), and the other follows. Mixed into a claim schema (before StrictSchema) that declares both."""

    CHECK_CLAIMANT_ORDER = True   # a figure checks the order with its other problems (schemas/figure_reporting.py)

    @pre_load
    def _claimants(self, data, **kwargs):
        if not isinstance(data, dict):
            return data
        several, one = data.get("claimant_ids"), data.get("claimant_id")
        if isinstance(several, list) and several and one is None:
            return {**data, "claimant_id": several[0]}
        if one is not None and several in (None, []):
            return {**data, "claimant_ids": [one]}
        return data

    @validates_schema(skip_on_field_errors=True)
    def _claimants_in_order(self, data, **kwargs):
        if not self.CHECK_CLAIMANT_ORDER:
            return
        for field, message in order_problems(data):
            raise ValidationError({field: [message]})
