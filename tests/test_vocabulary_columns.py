"""Every term of a vocabulary fits the column that stores it. SQLite does not enforce a VARCHAR's length and
PostgreSQL does: a term longer than its column is accepted by the schema and stored on SQLite, and a 500 on
PostgreSQL (`pledged_allegiance_to`, 21 characters in a column of 20, did that). Checked for every relation column
against its vocabulary, read from the models' declarations."""
import pytest

from api import models
from schemas import vocabularies

COLUMNS = {   # model.field: the vocabulary (schemas/vocabularies.py ALL) of the terms stored in it
    "ActorRelation.relation": "actor_relations",
    "ActorPlace.relation": "actor_place_relations",
    "EventRelation.relation": "event_relations",
    "StatementRelation.relation": "statement_relations",
    "PlaceRelation.relation": "place_relations",
    "EventStatementRelation.relation": "event_statement_relations",
    "StatementEventRelation.relation": "statement_event_relations",
    "Actor.kind": "actor_kinds",
    "Treaty.kind": "treaty_kinds",
    "Statement.medium": "statement_media",
    "Statement.stance": "stances",
    # every relation's degree (rel31, migrations/0106)
    **{f"{model}.degree": "relation_degrees" for model in ("EventRelation", "StatementRelation", "TreatyRelation",
                                                           "EventStatementRelation", "StatementEventRelation",
                                                           "ActorRelation", "PlaceRelation")},
    "TreatyRelation.relation": "treaty_relations",
    # open31 (migrations/0105): the other columns of the vocabularies it opens
    "Place.kind": "place_kinds", "Participant.role": "participant_roles", "TreatyParty.role": "party_roles",
    "ProvisionActor.role": "provision_actor_roles", "TreatyRelation.relation": "treaty_relations",
    "Figure.cause": "figure_causes", "Figure.subset": "figure_subsets", "Figure.place_relation": "place_relations",
    "EventClaim.role": "participant_roles", "EventClaim.relation": "event_relations",
    "EventClaim.cause": "figure_causes", "EventClaim.claimant_kind": "actor_kinds",
    # an unnamed claimant's kind where rel31 (0106) and acts31 (0107) added one: actor_kinds is open (0105)
    "Provision.claimant_kind": "actor_kinds", "EventTreaty.claimant_kind": "actor_kinds",
    # figs33 (migrations/0113): what the people hit were doing, the kind of site a further place is
    "Figure.activity_when_hit": "activities_when_hit", "Figure.independent_count": "independent_counts",
    "EventPlace.site_category": "site_categories", "FigurePlace.site_category": "site_categories",
    **{f"{model}.claimant_kind": "actor_kinds" for model in ("EventRelation", "StatementRelation", "TreatyRelation",
                                                              "EventStatementRelation", "StatementEventRelation",
                                                              "ActorRelation", "PlaceRelation")},
}
LOCAL_TERM_LENGTH = 80   # the longest local term, local: included (schemas/vocabulary_terms.py)


@pytest.mark.parametrize("column, vocabulary", sorted(COLUMNS.items()))
def test_every_term_fits_its_column(column, vocabulary):
    model, field = column.split(".")
    length = getattr(getattr(models, model), field).max_length
    terms = vocabularies.ALL[vocabulary]
    too_long = [term for term in terms if len(term) > length]
    assert not too_long, f"{column} holds {length} characters: {too_long}"


@pytest.mark.parametrize("column, vocabulary",
                         sorted((c, v) for c, v in COLUMNS.items() if v in vocabularies.OPEN))
def test_a_column_of_an_open_vocabulary_holds_a_local_term(column, vocabulary):
    """On PostgreSQL a longer value is an error (a 500 when a local term is written): every column holding a term
    of an open vocabulary is as wide as the longest local term."""
    model, field = column.split(".")
    assert getattr(getattr(models, model), field).max_length >= LOCAL_TERM_LENGTH, column
