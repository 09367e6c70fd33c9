"""What a statement gives as reasons, what it predicts, how new it is said to be, and the part of a month or year it
was made in (issue 10, stmt30; trials t47 #15 #58 #67, t48, t49: a reason given for a refusal or a gesture, a statement
marked first, rare or repeated, a warning of what may happen, a statement in a part of a month).

- statement gains `reasons` and `predictions` (JSON lists): null for every existing statement, read as [] (nullable,
  as an event's covers in 0099, so that SQLite adds them without rebuilding the table); their reporting was not read
  for them.
- statement gains `novelty` (first, rare, repeated, first_in_period), `novelty_words` and `date_part` (early, mid,
  late, as an event's): null for every existing statement.
- an act item's `reasons` live in the statement's stored act lists (JSON): items stored before read them empty.

Old revisions stay valid input: the new fields have defaults ([], null). down() drops the columns. Migrations import
nothing but peewee (and the standard library).
"""
from peewee import CharField, TextField

ADDED = (("statement", "reasons", lambda: TextField(null=True)),
         ("statement", "predictions", lambda: TextField(null=True)),
         ("statement", "novelty", lambda: CharField(max_length=16, null=True)),
         ("statement", "novelty_words", lambda: TextField(null=True)),
         ("statement", "date_part", lambda: CharField(max_length=5, null=True)))


def up(migrator, db):
    present = {column.name for column in db.get_columns("statement")}
    missing = [migrator.add_column(table, name, make()) for table, name, make in ADDED if name not in present]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
