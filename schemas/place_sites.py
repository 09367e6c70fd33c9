"""The kind of site at a further place of an event or a figure (figs33, migrations/0113; trial t56 #46, a
destination): what is there, as the reporting says, whatever part the place plays (a destination, a start, a place
passed). What an event hit stays its site_categories; this says what kind of site a place item is."""
from . import vocabularies as vocab
from .common import one_of


def site_category():
    return one_of(vocab.SITE_CATEGORIES, allow_none=True, load_default=None, metadata={
        "description": "The kind of site this place is, as the reporting says, whatever its role: 'flown to "
                       "hospitals abroad' (role to, the country's place, hospitals), 'from a police post' "
                       "(police_sites) (see /v1/vocabularies site_categories, open to local terms). Not what was "
                       "hit (site_categories). Null when not said. Filter: place_site_category=."})
