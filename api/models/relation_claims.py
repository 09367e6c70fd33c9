"""Who says a relation between records holds, from which sources, and how far it holds (rel31, migrations/0106;
schemas/relation_claims.py): the claim columns of every relation row, and a table of each relation's sources.

Actor and place relations took most of the claim before (migrations/0024, 0027, 0035, 0065) and keep their own
declarations of those columns (ActorRelation, PlaceRelation, with their sources' tables); every other relation
gains them here, and each relation gains what it lacked. The columns sit at the end of their tables."""
from peewee import CharField, IntegerField, TextField

from .base import BaseModel
from .cross_relations import EventStatementRelation, StatementEventRelation
from .records import Actor, Source, owned_by, refers_to
from .relations import (ActorRelation, ActorRelationSource, EventRelation, PlaceRelation, PlaceRelationSource,
                        StatementRelation)
from .treaty_structure import TreatyRelation

# column -> a new field for the relations named `name` (its backrefs): the claim, as every relation stores it
COLUMNS = {
    "claimant": lambda name: refers_to(Actor, f"claimed_{name}s", null=True),   # who says so
    "attribution": lambda name: CharField(max_length=10, default="source"),   # named, source, unnamed
    "verification": lambda name: CharField(max_length=20, null=True),   # how sure: unverified...
    "note": lambda name: TextField(null=True),
    "claimant_words": lambda name: TextField(null=True),   # an unnamed claimant in words (schemas/unnamed.py)
    "claimant_kind": lambda name: CharField(max_length=80, null=True),   # 80: local terms (0105)
    "claimant_country": lambda name: CharField(max_length=3, null=True),
    "degree": lambda name: CharField(max_length=10, null=True),   # entirely, largely, partly, slightly
}


def sources_of(model, name):
    """The table of the sources that report the relations of `model`, as ActorRelationSource's (0024)."""
    meta = type("Meta", (), {"indexes": ((("relation", "source"), True),)})
    return type(f"{model.__name__}Source", (BaseModel,), {
        "__module__": __name__, "__doc__": f"A source that reports a relation of {name} (migrations/0106).",
        "relation": owned_by(model, "source_rows", index=False),
        "source": refers_to(Source, f"{name}_citations"), "position": IntegerField(), "Meta": meta})


# Every relation between records, by the name its table and backrefs take.
CLAIMED = {"event_relation": EventRelation, "statement_relation": StatementRelation,
           "treaty_relation": TreatyRelation, "event_statement_relation": EventStatementRelation,
           "statement_event_relation": StatementEventRelation, "actor_relation": ActorRelation,
           "place_relation": PlaceRelation}
for _name, _model in CLAIMED.items():
    for _column, _make in COLUMNS.items():
        if _column not in _model._meta.fields:
            _model._meta.add_field(_column, _make(_name))

EventRelationSource = sources_of(EventRelation, "event_relation")
StatementRelationSource = sources_of(StatementRelation, "statement_relation")
TreatyRelationSource = sources_of(TreatyRelation, "treaty_relation")
EventStatementRelationSource = sources_of(EventStatementRelation, "event_statement_relation")
StatementEventRelationSource = sources_of(StatementEventRelation, "statement_event_relation")
MODELS = [EventRelationSource, StatementRelationSource, TreatyRelationSource, EventStatementRelationSource,
          StatementEventRelationSource]
# relation model -> the model of its sources, for every relation (the representations and filters read them)
SOURCES = {model.relation.rel_model: model for model in MODELS}
SOURCES.update({ActorRelation: ActorRelationSource, PlaceRelation: PlaceRelationSource})
del _name, _model, _column, _make
