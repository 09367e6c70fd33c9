"""The figures a statement is about, how its speaker hedges it, and the places a source's other reporting came from
(issue 10, claims26, migrations/0091; notes/trials t32 #45 "Human Rights Watch said the figure appeared
exaggerated", t34 #3 "additional reporting from Brussels, The Hague and New York")."""
from peewee import CharField, IntegerField

from .base import BaseModel
from .figures import Figure
from .records import Place, Source, Statement, owned_by, refers_to

Statement._meta.add_field("speaker_hedge", CharField(max_length=12, null=True))   # appears, believed, ...
Statement._meta.add_field("recurrence", CharField(max_length=12, null=True))   # repeated, daily, ... (acts29, 0101)


class StatementFigure(BaseModel):
    """A figure a statement is about (doubts, confirms, denies): a figure of any record, by its stable ID. A
    figure named here cannot be removed from its record (a 422 says which statement names it)."""

    statement = owned_by(Statement, "about_figure_rows", index=False)
    figure = refers_to(Figure, "statements_about_figure")
    position = IntegerField()

    class Meta:
        indexes = ((("statement", "figure"), True),)


class SourceReportingPlace(BaseModel):
    """A place reporting for a source came from beyond its dateline ("additional reporting from Brussels, The Hague
    and New York")."""

    source = owned_by(Source, "reporting_place_rows", index=False)
    place = refers_to(Place, "sources_reported_from")
    position = IntegerField()

    class Meta:
        indexes = ((("source", "place"), True),)


MODELS = [StatementFigure, SourceReportingPlace]
