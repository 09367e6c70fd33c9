"""Unidentified actors and hedged relations (issue 10, vocabulary round).

- actor gains `unidentified` (false for every existing actor: each was coded as a named one; indexed for
  unidentified=): "unidentified gunmen", "residents", "settlers" are actors the reporting does not name.
- actor_relation and place_relation gain the claims' `attribution` (named, source, unnamed) and
  `verification` (the VERIFICATIONS terms, indexed for relation_verification=), so that "allegedly backed by"
  and "reportedly allied with" are stored as hedged. Existing relations read as they did: `named` where they
  name a claimant, `source` where claimant_id is null (as migrations/0016 did for claims); no verification.
- actor_membership gains `verification` ("reportedly part of"); null for every existing membership.

Old revisions stay valid input: every new field has a default (false, the attribution derived from
claimant_id, null).
"""
from peewee import BooleanField, CharField

RELATIONS = ("actor_relation", "place_relation")


def up(migrator, db):
    operations = [migrator.add_column("actor", "unidentified", BooleanField(default=False)),
                  migrator.add_index("actor", ("unidentified",), False),
                  migrator.add_column("actor_membership", "verification", CharField(max_length=20, null=True))]
    for table in RELATIONS:
        operations += [migrator.add_column(table, "attribution", CharField(max_length=10, default="source")),
                       migrator.add_column(table, "verification", CharField(max_length=20, null=True)),
                       migrator.add_index(table, ("verification",), False)]
    migrator.migrate(*operations)
    for table in RELATIONS:
        db.execute_sql(f"UPDATE {table} SET attribution = 'named' WHERE claimant_id IS NOT NULL")


def down(migrator, db):
    operations = [migrator.drop_index("actor", "actor_unidentified"),
                  migrator.drop_column("actor", "unidentified"),
                  migrator.drop_column("actor_membership", "verification")]
    for table in RELATIONS:
        operations += [migrator.drop_index(table, f"{table}_verification"),
                       migrator.drop_column(table, "attribution"),
                       migrator.drop_column(table, "verification")]
    migrator.migrate(*operations)
