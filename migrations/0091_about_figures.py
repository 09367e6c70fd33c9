"""The figures a statement is about, its speaker's hedge, and the places a source's other reporting came from (issue
10, claims26; trials t32 #45 "Human Rights Watch said the figure appeared exaggerated", t34 #3 "Reporting by Reuters
correspondents in Pristina and Belgrade; additional reporting from Brussels, The Hague and New York").

- statement gains `speaker_hedge` (appears, believed, probable, possible: the claimant_hedges): null for every
  existing statement. Nullable and added by a plain ALTER TABLE, so SQLite adds it without rebuilding the table.
- statement_figure is new and starts empty: the figures (of any record, by their stable IDs) a statement is about,
  rows so that a figure named cannot be removed from its record.
- source_reporting_place is new and starts empty: the places reporting came from beyond the dateline, rows so
  that a place named cannot be deleted (as source_dateline_place, migrations/0067).

Old revisions stay valid input: the new fields have defaults ([], null). down() drops them. Migrations import
nothing but peewee (and the standard library).
"""
from peewee import ForeignKeyField, IntegerField, Model

TABLE, COLUMN = "statement", "speaker_hedge"


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    statement_t, figure_t, source_t, place_t = (_frozen(db, name) for name in ("statement", "figure", "source", "place"))

    class StatementFigure(Model):
        statement = ForeignKeyField(statement_t, on_delete="CASCADE", index=False, field=statement_t._meta.primary_key)
        figure = ForeignKeyField(figure_t, on_delete="RESTRICT", field=figure_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "statement_figure"
            legacy_table_names = False
            indexes = ((("statement", "figure"), True),)

    class SourceReportingPlace(Model):
        source = ForeignKeyField(source_t, on_delete="CASCADE", index=False, field=source_t._meta.primary_key)
        place = ForeignKeyField(place_t, on_delete="RESTRICT", field=place_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "source_reporting_place"
            legacy_table_names = False
            indexes = ((("source", "place"), True),)

    return [StatementFigure, SourceReportingPlace]


def up(migrator, db):
    db.create_tables(_tables(db), safe=True)
    if COLUMN not in {column.name for column in db.get_columns(TABLE)}:
        db.execute_sql(f"ALTER TABLE {TABLE} ADD COLUMN {COLUMN} VARCHAR(12)")


def down(migrator, db):
    db.drop_tables(_tables(db))
    migrator.migrate(migrator.drop_column(TABLE, COLUMN))
