"""Filters on who says so (issue 10, mending round mend-actors, migrations/0049): unnamed claimants said in words,
the event a statement was made at, how sure the reporting is that it was made, a source's country and owner.
schemas/arguments.py puts them into each collection's parameters; api/services/who_filters.py applies them."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import Terms, country
from .id_filters import id_filter as _ids
from .parameters import CommaList


def unnamed_claimant_filters(holders):
    """claimant_kind= and claimant_country=, on the claims of a kind that take an unnamed claimant in words
    (schemas/unnamed.py)."""
    return {
        "claimant_kind": CommaList(fields.String(validate=Terms(vocab.ACTOR_KINDS)), metadata={   # open (open31)
            "description": f"{holders} whose unnamed claimant is said in words of one of these kinds "
                           "(claimant_kind: civil_society for 'Pakistani media')."}),
        "claimant_country": country(metadata={
            "description": f"{holders} whose unnamed claimant is said in words of this country (claimant_country: "
                           "PAK for 'Pakistani media')."})}


WHO_FILTERS = {
    "events": {
        **unnamed_claimant_filters("Events with a figure, a claim or a treaty link"),   # treaty links: acts31 (0107)
        # issue 10, mend-claims (migrations/0059)
        "treaty_link_claimant": _ids("Events with a treaty link this actor says holds ('the army said the strike "
                                     "breached the ceasefire'); with treaty= or treaty_link=, that link."),
        "treaty_link_source": _ids("Events with a treaty link this source reports; with treaty=, treaty_link= or "
                                   "treaty_link_claimant=, that link."),
        "rests_on": _ids("Events citing this source, or citing a source that carries it (cites_source_ids: "
                         "'Reuters, citing SANA' rests on SANA), in their own source_ids or in those of one of "
                         "their figures or claims (a carried source cited on the fact it gives)."),
    },
    "statements": {
        "rests_on": _ids("Statements citing this source, or citing a source that carries it (cites_source_ids), "
                         "in their own source_ids or in those of one of their figures or claims."),
        "said_during": _ids("Statements made at or during this event (said_during_event_id): a conference, "
                            "a summit."),
        "verification": CommaList(fields.String(validate=validate.OneOf(list(vocab.VERIFICATIONS))), metadata={
            "description": "Statements the reporting is this sure were made (verification): unverified for "
                           "'was reported to have claimed'."}),
        # claims26 (migrations/0091): "HRW said the figure appeared exaggerated"
        "about_figure": _ids("Statements about this figure (about_figure_ids): a doubt aimed at a figure."),
        "speaker_hedge": CommaList(fields.String(validate=validate.OneOf(list(vocab.CLAIMANT_HEDGES))), metadata={
            "description": "Statements whose speaker hedges what it says so (speaker_hedge, claimant_hedges): "
                           "appears for 'said the figure appeared exaggerated'."}),
    },
    # acts31 (migrations/0107): "diplomats said the deal provides for", beside entries' words (0100, 0103)
    "treaties": unnamed_claimant_filters("Treaties with a provision, one of its deadlines, implementation entries "
                                         "or other actors (claims34), or a status history entry"),
    "sources": {
        "country": country(metadata={"description": "Sources whose publisher is of this country (country)."}),
        "owner": _ids("Sources whose publisher this actor owns or runs (owner_id): a state's media."),
        "cites": _ids("Sources that carry this source (cites_source_ids), or carry it for some of their facts "
                      "(cites_in_part_source_ids): 'Reuters, citing SANA' for SANA."),
        "reporting_place": _ids("Sources with further reporting from this place (reporting_place_ids: 'additional "
                                "reporting from Brussels'; claims26)."),
    },
}
