"""Why a provision was not carried out, or was held up (issue 10, mending round 4, mend-agree3; trial t23 #68 "the
vote has never been held, as the two sides failed to agree on who could take part"; docs/api.md "Agreements that
ended wars, breaches by a state of affairs, mandates, referendums").

- implementation gains `reason` (implementation_reasons: disagreement, obstruction, insecurity, resources,
  political, precondition_unmet, other): null for every existing entry (not said; the words, if any, stay in
  its note). Nullable, so that SQLite adds it without rebuilding the table.

The round's other terms (treaty links ended_by and alleges_breach, treaty kind mandate, provision types
referendum, autonomy, ransom, actions medical_care and family_reunification, stances concern and thank, media
decree and telephone_call) need no column: they are values of existing ones.

Old revisions stay valid input: the new field defaults to null. down() drops it.
"""
from peewee import CharField

ADDED = (("implementation", "reason", lambda: CharField(max_length=20, null=True)),)


def up(migrator, db):
    present = {column.name for column in db.get_columns("implementation")}
    missing = [migrator.add_column(table, name, make()) for table, name, make in ADDED if name not in present]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
