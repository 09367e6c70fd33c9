"""A figure's owners beside an event, and its claimants (migrations/0026, issue 10: figures as reported).

A statement's figures ("a spokesman said 40 were killed") and a place's (its population, the people displaced
there as of a day) are rows of the same table as an event's: one figure ID space, one set of columns and
rows (sources, sufferers, claimants), and the owner is whichever of event, statement and owner_place is set.
The columns are added to Figure here because Statement is declared after it.
"""
from peewee import ForeignKeyField, IntegerField

from .base import BaseModel
from .records import Actor, Figure, Place, Statement, owned_by, refers_to

Figure._meta.add_field("statement", ForeignKeyField(Statement, backref="figure_rows", on_delete="CASCADE",
                                                    null=True, index=False))
Figure._meta.add_field("owner_place", ForeignKeyField(Place, backref="figure_rows", on_delete="CASCADE",
                                                      null=True, index=False))
Figure.add_index(Figure.statement, Figure.position, Figure.id)
Figure.add_index(Figure.owner_place, Figure.position, Figure.id)

# The column each kind's figures hang on.
OWNER_COLUMNS = {"events": "event", "statements": "statement", "places": "owner_place"}


class FigureClaimant(BaseModel):
    """Every claimant of a figure, in order; Figure.claimant keeps the first (what clients before 0026 read)."""

    figure = owned_by(Figure, "claimant_rows", index=False)
    actor = refers_to(Actor, "claimed_figures_jointly")
    position = IntegerField()

    class Meta:
        indexes = ((("figure", "actor"), True),)
