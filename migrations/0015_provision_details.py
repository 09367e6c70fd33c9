"""Provision details and extensions (issue 10, mending round).

- provision gains `site_categories` ('[]': the existing provisions named no category of site; their places
  stay in provision_place).
- treaty_status_change gains `until` (null: the reported new end of an `extended` or `in_force` entry;
  none was reported before) and `until_day` (its plain date for in_force_on; null).

The new parts inside JSON columns (a figure's actor_id, a term's renewal_requires, ends_with and
ends_with_event_id) need no column: stored forms without them read back with nulls.
"""
from peewee import DateField, TextField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("provision", "site_categories", TextField(default="[]")),
        migrator.add_column("treaty_status_change", "until", TextField(null=True)),
        migrator.add_column("treaty_status_change", "until_day", DateField(null=True)),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_column("treaty_status_change", "until_day"),
        migrator.drop_column("treaty_status_change", "until"),
        migrator.drop_column("provision", "site_categories"),
    )
