"""What a claim or a statement rests on, and whom a statement is addressed to in words (agree33; notes/trials t57
#60 "intercepted radio messages suggested", t58 #67 "he told reporters"; docs/api.md "Evidence").

- event_claim, figure and statement gain `evidence` (JSON list of {kind, words}, kinds from evidence_kinds): null
  for every existing record, read as [] (nullable, so that SQLite adds them without rebuilding a table: figure
  carries the rollups' triggers, migrations/0050, 0051); their reporting was not read for it.
- event gains `responsibility` (responsibility_claims: claimed, not_claimed, several_claims; 'there was no
  immediate claim of responsibility'): null for every existing event.
- statement gains `addressee_words` (whom it is addressed to when no actor record fits: 'reporters'): null for
  every existing statement.

The rest of agree33 needs no column: an act item's primary, its places' distances and a not_said item's action
live in the statement's stored JSON lists (items stored before read them false or null); the statement medium
remarks_to_reporters is a value no longer than its column. Old revisions stay valid input: every new field has a
default. down() drops the columns. Migrations import nothing but peewee (and the standard library).
"""
from peewee import CharField, TextField

ADDED = (("event_claim", "evidence"), ("figure", "evidence"), ("statement", "evidence"),
         ("statement", "addressee_words"), ("event", "responsibility"))


def up(migrator, db):
    missing = []
    for table, name in ADDED:
        if name not in {column.name for column in db.get_columns(table)}:
            field = CharField(max_length=16, null=True) if name == "responsibility" else TextField(null=True)
            missing.append(migrator.add_column(table, name, field))
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name in ADDED])
