"""The lie of the land and how far a place lies in time, and who stood with a speaker (places35, migrations/0119):
a place's terrain (schemas/places.py), a place relation's travel time and mode (schemas/travel_time.py), a
statement's companions (schemas/statement_company.py). Columns at the end of their tables; the terrain a JSON list
of terms (null, read as none, for places stored before: no table rebuild on SQLite), the travel time JSON as a
relation's since and until."""
from peewee import CharField, IntegerField, TextField

from .base import BaseModel, owned_by, refers_to
from .records import Actor, Place, Statement
from .relations import PlaceRelation

Place._meta.add_field("terrain", TextField(null=True))   # JSON list of terms; null before 0119: none said
PlaceRelation._meta.add_field("travel_time", TextField(null=True))
PlaceRelation._meta.add_field("travel_mode", CharField(max_length=80, null=True))   # travel_means (open: 80)


class StatementCompanion(BaseModel):
    """An actor standing with a statement's speaker ("flanked by the army chief"): rows, so that it cannot be
    deleted while named."""

    statement = owned_by(Statement, "companion_rows", index=False)
    actor = refers_to(Actor, "statements_accompanied")
    position = IntegerField()

    class Meta:
        indexes = ((("statement", "actor"), True),)
