"""When a statement was made relative to an occasion that is neither an event nor a treaty's point (issue 10,
mend-dates2, migrations/0063; notes/trials t18 #44: "Erdogan said after Friday prayers"). The shape of a treaty
link's timing with point occasion (schemas/cross_relations.py), without the treaty: a relation, the occasion in
the reporting's words, its date when given, and the time elapsed. Stored whole as JSON with the statement."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import StrictSchema, one_of
from .cross_relations import ElapsedRule, elapsed
from .dates import ReportedDateIn


class OccasionTimingIn(ElapsedRule, StrictSchema):
    relation = one_of(vocab.TIME_RELATIONS, required=True, metadata={
        "description": "after, before or simultaneous: when it was made relative to the occasion (see "
                       "/v1/vocabularies time_relations)."})
    occasion = fields.String(required=True, validate=validate.Length(min=1, max=200), metadata={
        "description": "The occasion in the reporting's words ('Friday prayers', 'Eid al-Fitr')."})
    occasion_date = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "The occasion's date when the reporting gives one, a reported date object (docs/api.md, "
                       "Dates as reported: {\"date\": \"2004-04-09\"}, or {\"edtf\": \"2004-04\"}), not text; "
                       "null otherwise."})
    elapsed = elapsed()
    # figs33 (migrations/0113; trial t56 #50 "in winter", year not given)
    season = one_of(vocab.SEASONS, allow_none=True, load_default=None, metadata={
        "description": "When the occasion is a season: spring, summer, autumn, winter, dry_season, rainy_season... "
                       "(see /v1/vocabularies seasons, open to local terms); 'in winter': {relation: simultaneous, "
                       "occasion: 'winter', season: winter}. A year, when given, is occasion_date ({edtf: '1952'}); "
                       "none is invented. Null when the occasion is no season. Filter: occasion_season=."})


def occasion_timing():
    return fields.Nested(OccasionTimingIn, allow_none=True, load_default=None, metadata={
        "description": "When it was made relative to an occasion that is not an event ('after Friday prayers': "
                       "{relation: after, occasion: 'Friday prayers'}; 'shortly after': elapsed {nearness: "
                       "shortly}); null when not said. Do not code the occasion as an event."})
