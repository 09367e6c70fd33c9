"""Whom an act is aimed at, a condition's actor described, and unnamed claimants of provisions and treaty links
(issue 10, acts31: "threatened to kill the hostages", "vowed to punish those responsible"; "any freed prisoner who
returns to violence will be re-arrested"; "diplomats said the deal provides for", "officials said the shelling broke
the truce"; docs/api.md "Whom an act is aimed at, a condition's actor described, unnamed claimants of provisions and
treaty links").

- provision and event_treaty gain `claimant_words`, `claimant_kind` and `claimant_country`, as figures
  (migrations/0049), deadlines and relations (0065), implementation entries (0100) and status history entries (0103)
  have them: null for every existing provision and treaty link, read as no words said.
- an act item's `target_actor_ids`, `target_groups` and `target_words` live in the statement's stored act lists, and
  a condition's `actor_words` in the stored conditions (JSON, of provisions and statements): items stored before read
  them empty or null, and need no column.

Neither table carries triggers (migrations/0050, 0051): adding columns loses none. Old revisions stay valid input:
the new fields default to null and []. down() drops the columns. Migrations import nothing but peewee (and the
standard library).
"""
from peewee import CharField, TextField

ADDED = tuple((table, name, make) for table in ("provision", "event_treaty") for name, make in (
    ("claimant_words", lambda: TextField(null=True)),
    ("claimant_kind", lambda: CharField(max_length=80, null=True)),
    ("claimant_country", lambda: CharField(max_length=3, null=True))))


def up(migrator, db):
    present = {table: {column.name for column in db.get_columns(table)} for table in ("provision", "event_treaty")}
    missing = [migrator.add_column(table, name, make()) for table, name, make in ADDED if name not in present[table]]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
