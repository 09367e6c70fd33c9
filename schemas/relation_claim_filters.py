"""The filters on a relation's claim (schemas/relation_claims.py; rel31, migrations/0106): the relations an actor
says hold (…_claimant=), that a source reports (…_source=), that hold to a degree (…_degree=). Each list of
relations has the three, named after the filter on its terms: relation_ for `relations` (beside related_to= and
relation=; relates_to= on treaties), statement_relation_ for an event's `statement_relations` (beside
related_statement=), event_relation_ for a statement's `event_relations` (beside related_event=). Given together,
a list's filters read one relation item: api/services/sourced_relation_filters.py."""
from marshmallow import fields

from . import vocabularies as vocab
from .common import Terms
from .id_filters import id_filter as _ids
from .parameters import CommaList

# kind -> {the prefix of a list's filters: (the list, the filters naming its other record and its terms)}
LISTS = {
    "actors": {"relation": ("relations", "related_to=, relation=")},
    "places": {"relation": ("relations", "related_to=, relation=")},
    "events": {"relation": ("relations", "related_to=, relation="),
               "statement_relation": ("statement_relations", "related_statement=, statement_relation=")},
    "statements": {"relation": ("relations", "related_to=, relation="),
                   "event_relation": ("event_relations", "related_event=, event_relation=")},
    "treaties": {"relation": ("relations", "relates_to=, relation=")},
}


def claim_filters(kind):
    """The claim filters of each list of relations of `kind`."""
    found = {}
    for prefix, (field, beside) in LISTS[kind].items():
        which = f"{kind.capitalize()} with a {field} item"
        same = f"with {beside} or another {prefix}_ filter, the same item."
        found[f"{prefix}_claimant"] = _ids(f"{which} this actor says holds (its claimant_id); {same}")
        found[f"{prefix}_source"] = _ids(f"{which} citing this source (its source_ids); {same}")
        found[f"{prefix}_degree"] = CommaList(fields.String(validate=Terms(vocab.RELATION_DEGREES)), metadata={
            "description": f"{which} holding to one of these degrees (relation_degrees: entirely, largely, partly, "
                           f"slightly; a relation with no degree said matches none); {same}"})
    return found
