"""Kinds of site an event happened near, not said to be hit (issue 10, events30, migrations/0104; notes/trials t49
#63: a strike reported "near a school and a vacated U.N. camp"). An event's site_categories say what kinds of site
it hit; a curator who put the school there said more than the reporting. sites_near holds the same vocabulary
(site_categories) for the sites the reporting places the event near. Stored whole as a JSON list in the event's
sites_near column (null, read as [], for older events) and found by ?site_near= (api/services/act_filters.py).
Declared once here, on schemas/events.py's EventIn."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .claim_parts import _unique_terms
from .common import one_of


def sites_near():
    return fields.List(one_of(vocab.SITE_CATEGORIES), load_default=list, validate=[validate.Length(max=20), _unique_terms], metadata={
        "description": "Kinds of site the event happened near, not said to be hit ('struck near a school': "
                       "[schools]), from /v1/vocabularies site_categories; what it hit is site_categories. A site "
                       "no longer in use ('a vacated U.N. camp') keeps its kind (military_sites), the reporting's "
                       "words in the summary. Empty when not said. Filter: site_near=."})
