"""A figure given as possible or as not known, and a span that is an event's own (issue 10, mending round of stop
24, mend-figs2; trials t18 and t19: "there are no reliable figures for the dead", "the toll could now be above
7,000", "in the last phase of the war"; docs/api.md "Figures as reported").

- figure gains `certainty` (vocabulary figure_certainties: possible, not_known): how certain the figure itself is
  as the reporting gives it; null (given as a figure) for every existing figure.

- figure gains `period_event_id` (an event): the figure counts over that event's span; null for every existing
  figure, whose span was in `period`, `period_since_event_id` or a note.

Old revisions stay valid input: the new fields default to null. down() drops them.
"""
from peewee import CharField, ForeignKeyField, Model


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def up(migrator, db):
    if "certainty" in {column.name for column in db.get_columns("figure")}:
        return   # applied, but not recorded
    event = _frozen(db, "event")
    migrator.migrate(
        migrator.add_column("figure", "certainty", CharField(max_length=10, null=True)),
        migrator.add_index("figure", ("certainty",), False),
        migrator.add_column("figure", "period_event_id", ForeignKeyField(
            event, null=True, on_delete="RESTRICT", field=event._meta.primary_key)))


def down(migrator, db):
    migrator.migrate(migrator.drop_index("figure", "figure_certainty"),
                     migrator.drop_index("figure", "figure_period_event_id"),
                     migrator.drop_column("figure", "certainty"),
                     migrator.drop_column("figure", "period_event_id"))
