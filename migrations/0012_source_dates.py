"""A source's publication date as reported, and parts of the day (mending round of issue 10).

- source gains published_end (null), published_precision ('day': every existing source was dated to the day,
  or not at all), published_bound (null) and published_edtf: the EDTF form of its existing published_date
  (its day, YYYY-MM-DD), null where published_date is null. published_date keeps its meaning (the day, now
  also the first day of a bracket).
- The time columns (event.time_start, time_end; statement.time; treaty.signed_time, ...) may now hold a part
  of the day (morning, midday, pm, evening, night): each fits their 8 characters, so they are unchanged.

Existing rows keep their meaning and IDs; migrations import nothing but peewee.
"""
from peewee import CharField, DateField, Table

TIMES = (("event", "time_start"), ("event", "time_end"), ("statement", "time"), ("treaty", "signed_time"),
         ("treaty", "in_force_time"), ("treaty", "ended_time"))


def _columns(db, table):
    return {column.name for column in db.get_columns(table)}


def up(migrator, db):
    if "published_edtf" in _columns(db, "source"):
        return   # applied, but not recorded
    migrator.migrate(
        migrator.add_column("source", "published_end", DateField(null=True)),
        migrator.add_column("source", "published_bound", CharField(max_length=20, null=True)),
        migrator.add_column("source", "published_edtf", CharField(max_length=100, null=True)),
    )
    db.execute_sql('ALTER TABLE "source" ADD COLUMN "published_precision" VARCHAR(10) NOT NULL DEFAULT \'day\'')
    source = Table("source", ("id", "published_date", "published_edtf")).bind(db)
    for ident, day in list(source.select(source.id, source.published_date).tuples()):
        if day is not None:
            source.update(published_edtf=str(day)[:10]).where(source.id == ident).execute()


def down(migrator, db):
    """Back to one day per source (a bracket keeps its first day; a bound, its date) and HH:MM:SS times (a
    part of the day is lost: set to null)."""
    placeholders = ", ".join(f"'{part}'" for part in ("morning", "midday", "pm", "evening", "night"))
    for table, column in TIMES:
        db.execute_sql(f'UPDATE "{table}" SET "{column}" = NULL WHERE "{column}" IN ({placeholders})')
    for name in ("published_edtf", "published_bound", "published_precision", "published_end"):
        db.execute_sql(f'ALTER TABLE "source" DROP COLUMN "{name}"')   # SQLite 3.35+: no table rebuild
