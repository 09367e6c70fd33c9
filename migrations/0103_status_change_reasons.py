"""Why a treaty's status changed, whom it blames, and who says so when no record names them (issue 10, round 30,
cond30; notes/trials t49 #11 and doc 2; docs/api.md "Treaty structure over time").

- treaty_status_change gains `reason` (status_change_reasons), `reason_words`, `blamed_actor_ids` and
  `cited_event_ids` (JSON lists of IDs, checked when written, as a condition's parties are), and `claimant_words`,
  `claimant_kind`, `claimant_country` (unnamed claimants, as implementation entries have them: migrations/0100):
  null for every existing entry, read as no reason given, no one blamed, no words said. Nullable, so that SQLite
  adds them without rebuilding the table.
- a condition's `connective` and an act item's `condition_indexes` are stored inside existing JSON columns:
  stored values without them read them as null (meaning if) and empty, so nothing is rewritten.

Old revisions stay valid input: every new field has a default (null, []). down() drops what up() added.
Migrations import nothing but peewee (and the standard library).
"""
from peewee import CharField, TextField

ADDED = (("treaty_status_change", "reason", lambda: CharField(max_length=80, null=True)),   # 80: local terms
         ("treaty_status_change", "reason_words", lambda: TextField(null=True)),
         ("treaty_status_change", "blamed_actor_ids", lambda: TextField(null=True)),
         ("treaty_status_change", "cited_event_ids", lambda: TextField(null=True)),
         ("treaty_status_change", "claimant_words", lambda: TextField(null=True)),
         ("treaty_status_change", "claimant_kind", lambda: CharField(max_length=40, null=True)),
         ("treaty_status_change", "claimant_country", lambda: CharField(max_length=3, null=True)))


def up(migrator, db):
    present = {column.name for column in db.get_columns("treaty_status_change")}
    missing = [migrator.add_column(table, name, make()) for table, name, make in ADDED if name not in present]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
