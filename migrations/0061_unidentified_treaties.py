"""Unidentified agreements (issue 10, mending round mend-agree; notes/trials t16 #40, t17 #34).

- treaty gains `unidentified` (false for every existing treaty: each was coded as an identified one; indexed for
  unidentified=): "in breach of an earlier understanding", "previous agreements had not been implemented" refer
  to agreements the reporting does not name. The record stands for what the reporting refers to, as an
  unidentified actor does ("unidentified gunmen"); its name gives the reporting's words.

New terms (no storage): treaty relation builds_on, treaty link aimed_at_by, provision type economic_cooperation,
provision actor roles meeting_body and host, condition type unconditional, deadline anchor
provision_first_occurrence.
"""
from peewee import BooleanField


def up(migrator, db):
    migrator.migrate(migrator.add_column("treaty", "unidentified", BooleanField(default=False)),
                     migrator.add_index("treaty", ("unidentified",), False))


def down(migrator, db):
    migrator.migrate(migrator.drop_index("treaty", "treaty_unidentified"),
                     migrator.drop_column("treaty", "unidentified"))
