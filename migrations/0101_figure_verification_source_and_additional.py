"""A figure's source of verification, a number added to what is there, a statement repeated over a span (issue
10, acts29; notes/trials t41, t42 doc: figures took verification but not verification_source_id; t43 #7, t44 #7:
reinforcements; t41 #35, t42 #33: a position held since a day; docs/api.md "Acts begun or complete, figures
verified by a source, numbers added to what is there").

- figure gains `verification_source_id` (a source, RESTRICT, indexed by add_column: who says how sure the
  reporting is of the figure, as an event's, a claim's and a statement's): null for every existing figure.
- figure gains `additional` (true: the number is added to what is already there, reinforcements): null for every
  existing figure, read as false; nullable, so that SQLite adds it without rebuilding the figure table (which would
  drop the rollups' triggers on figure, migrations/0050, 0051).
- statement gains `recurrence` (an event_recurrences term: a position repeated or kept up over the statement's
  dates, "has demanded ever since"): null for every existing statement (one
  utterance); nullable, so SQLite adds it by a plain ALTER TABLE.

An act item's `phase` (start, completion) needs no column: act items are stored whole, as JSON, and items stored
before read it null. Old revisions stay valid input: the new fields default to null and false. down() drops the
columns. Migrations import nothing but peewee (and the standard library).
"""
from peewee import BooleanField, CharField, ForeignKeyField, Model


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def up(migrator, db):
    if "verification_source_id" in {column.name for column in db.get_columns("figure")}:
        return   # applied, but not recorded
    source = _frozen(db, "source")
    migrator.migrate(
        migrator.add_column("figure", "verification_source_id", ForeignKeyField(
            source, null=True, on_delete="RESTRICT", field=source._meta.primary_key)),
        migrator.add_column("figure", "additional", BooleanField(null=True)),
        migrator.add_column("statement", "recurrence", CharField(max_length=12, null=True)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("statement", "recurrence"),
                     migrator.drop_column("figure", "additional"),
                     migrator.drop_index("figure", "figure_verification_source_id"),
                     migrator.drop_column("figure", "verification_source_id"))
