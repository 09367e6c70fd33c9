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
}


@pytest.mark.parametrize("column, vocabulary", sorted(COLUMNS.items()))
def test_every_term_fits_its_column(column, vocabulary):
    model, field = column.split(".")
    length = getattr(getattr(models, model), field).max_length
    terms = vocabularies.ALL[vocabulary]
    too_long = [term for term in terms if len(term) > length]
    assert not too_long, f"{column} holds {length} characters: {too_long}"
