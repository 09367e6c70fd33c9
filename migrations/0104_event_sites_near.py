"""Kinds of site an event happened near (issue 10, events30; trial t49 #63 "hit near a school and a vacated U.N. camp":
site_categories say a site was hit, more than the reporting said; docs/api.md "Events30: ...").

- event gains `sites_near` (a JSON list of site_categories terms): null for every existing event, read as []
  (nullable, as covers in 0099, so that SQLite adds it without rebuilding the event table and its rollup
  triggers); their reporting was not read for it.

The other terms of the round (event type COMMEMORATE, modes summon_diplomat, funeral and memorial, body_recovery with
RETREAT and CONCEDE, the figure quantity remains_returned) need no column: they are values of existing ones.

Old revisions stay valid input: the new field defaults to []. down() drops the column.
Migrations import nothing but peewee (and the standard library).
"""
from peewee import TextField

ADDED = (("event", "sites_near", lambda: TextField(null=True)),)   # null (read as []): no table rebuild


def up(migrator, db):
    present = {column.name for column in db.get_columns("event")}
    missing = [migrator.add_column(table, name, make()) for table, name, make in ADDED if name not in present]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
