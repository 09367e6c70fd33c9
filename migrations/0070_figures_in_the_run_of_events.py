"""A figure in the run of events, counts in households or families, and a control claim's share (issue 10,
mending round 3, mend-figs3; trials t20 "close to 700,000 displaced before the Palma attack", "many fled into
the bush on foot", t21 "19, up after eight bodies were found", "cleared about 90 percent of the city", "about
11,000 families"; docs/api.md "Figures in the run of events").

- figure gains `revised_after_event_id` (an event, RESTRICT): the event after which the figure was given or
  revised; null for every existing figure (the link was in a note, if anywhere).
- figure gains `period_until_event_id` (an event, RESTRICT): a span that ends when that event began; null for
  every existing figure.
- figure gains `travel_means` (a JSON list of travel_means terms, '[]' as other_subsets): '[]' for every existing
  figure, whose reporting was not read for it.
- event_claim gains `control_share` (a number, percent): null for every existing claim (a share was in
  control_part's words).
- The units `households` and `families` are new terms of a text column: no change to the tables.

Old revisions stay valid input: the new fields default to null or []. down() drops them.
"""
from peewee import DoubleField, ForeignKeyField, Model


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def up(migrator, db):
    event = _frozen(db, "event")
    present = {column.name for column in db.get_columns("figure")}
    added = []
    for name in ("revised_after_event_id", "period_until_event_id"):
        if name not in present:
            added.append(migrator.add_column("figure", name, ForeignKeyField(
                event, null=True, on_delete="RESTRICT", field=event._meta.primary_key)))
    if "travel_means" not in present:
        # Plain SQL with its default: peewee's add_column of a NOT NULL column rebuilds the table on SQLite, which
        # drops the rollups' triggers on figure (migrations/0050, 0051), and the rollups would go stale.
        db.execute_sql("ALTER TABLE figure ADD COLUMN travel_means TEXT NOT NULL DEFAULT '[]'")
    if "control_share" not in {column.name for column in db.get_columns("event_claim")}:
        added.append(migrator.add_column("event_claim", "control_share", DoubleField(null=True)))
    if added:
        migrator.migrate(*added)


def down(migrator, db):
    migrator.migrate(migrator.drop_index("figure", "figure_revised_after_event_id"),
                     migrator.drop_index("figure", "figure_period_until_event_id"),
                     migrator.drop_column("figure", "revised_after_event_id"),
                     migrator.drop_column("figure", "period_until_event_id"),
                     migrator.drop_column("figure", "travel_means"),
                     migrator.drop_column("event_claim", "control_share"))
