"""Unidentified actors and hedged relations (issue 10, vocabulary round).

- actor gains `unidentified` (false for every existing actor: each was coded as a named one; indexed for
  unidentified=): "unidentified gunmen", "residents", "settlers" are actors the reporting does not name.
- actor_relation and place_relation gain the claims' `attribution` (named, source, unnamed) and
  `verification` (the VERIFICATIONS terms, indexed for relation_verification=), so that "allegedly backed by"
  and "reportedly allied with" are stored as hedged. Existing relations read as they did: `named` where they
  name a claimant, `source` where claimant_id is null (as migrations/0016 did for claims); no verification.
- actor_membership gains `verification` ("reportedly part of"); null for every existing membership.
- actor_position (+ its sources) is new and starts empty: dated positions of people ("then defence
  minister", "former commander"), each a claim; an existing actor's `role_title` stays its undated summary and
  is not turned into a position (it has no date and no source that a position would need).
- statement_claim (+ its sources) is new and starts empty: how a statement was made, as each outlet or
  claimant says (one says a TV interview, another a Telegram post); an existing statement's `medium` stays
  the curators' reading and claims nothing.

- treaty gains `phases` ('[]' for every existing treaty: no phases recorded) and provision `phase` (null:
  in no phase), for an agreement carried out in phases ("phase one: 42 days").

Old revisions stay valid input: every new field has a default (false, the attribution derived from
claimant_id, null).
"""
from peewee import (SQL, AutoField, BooleanField, CharField, DateField, ForeignKeyField, IntegerField, Model,
                    NodeList, SqliteDatabase, TextField)

RELATIONS = ("actor_relation", "place_relation")


def _claim_tables(db):
    """Frozen copies of the statement claim and actor position tables (api/models/claims.py as of this migration)."""
    class StableIdField(AutoField):   # never reused: AUTOINCREMENT on SQLite
        def ddl(self, ctx):
            node = super().ddl(ctx)
            return NodeList((node, SQL("AUTOINCREMENT"))) if isinstance(db, SqliteDatabase) else node

    def frozen(name):
        return type(name, (Model,), {"id": StableIdField(), "__module__": __name__,
                                     "Meta": type("Meta", (), {"database": db, "table_name": name})})

    actor_t, source_t, statement_t = frozen("actor"), frozen("source"), frozen("statement")

    class StatementClaim(Model):
        id = StableIdField()
        statement = ForeignKeyField(statement_t, on_delete="CASCADE", index=False)
        medium = CharField(max_length=20)
        claimant = ForeignKeyField(actor_t, null=True, on_delete="RESTRICT")
        attribution = CharField(max_length=10, default="source")
        rank = CharField(max_length=12, default="normal")
        qualifier = CharField(max_length=12, null=True)
        as_of = DateField(null=True)
        note = TextField(null=True)
        position = IntegerField()

        class Meta:
            database = db
            legacy_table_names = False   # index names as the models make them
            table_name = "statement_claim"
            indexes = ((("statement", "position", "id"), False), (("medium",), False))

    class StatementClaimSource(Model):
        claim = ForeignKeyField(StatementClaim, on_delete="CASCADE")
        source = ForeignKeyField(source_t, on_delete="RESTRICT")
        position = IntegerField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "statement_claim_source"
            indexes = ((("claim", "source"), True),)

    class ActorPosition(Model):
        id = StableIdField()
        actor = ForeignKeyField(actor_t, on_delete="CASCADE", index=False, backref="+")
        title = TextField()
        of_actor = ForeignKeyField(actor_t, null=True, on_delete="RESTRICT", backref="+")
        since = TextField(null=True)
        until = TextField(null=True)
        claimant = ForeignKeyField(actor_t, null=True, on_delete="RESTRICT", backref="+")
        attribution = CharField(max_length=10, default="source")
        rank = CharField(max_length=12, default="normal")
        qualifier = CharField(max_length=12, null=True)
        as_of = DateField(null=True)
        note = TextField(null=True)
        position = IntegerField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "actor_position"
            indexes = ((("actor", "position", "id"), False),)

    class ActorPositionSource(Model):
        claim = ForeignKeyField(ActorPosition, on_delete="CASCADE")
        source = ForeignKeyField(source_t, on_delete="RESTRICT")
        position = IntegerField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "actor_position_source"
            indexes = ((("claim", "source"), True),)

    return [StatementClaim, StatementClaimSource, ActorPosition, ActorPositionSource]


def up(migrator, db):
    operations = [migrator.add_column("actor", "unidentified", BooleanField(default=False)),
                  migrator.add_index("actor", ("unidentified",), False),
                  migrator.add_column("actor_membership", "verification", CharField(max_length=20, null=True)),
                  migrator.add_column("treaty", "phases", TextField(default="[]")),
                  migrator.add_column("provision", "phase", CharField(max_length=40, null=True))]
    for table in RELATIONS:
        operations += [migrator.add_column(table, "attribution", CharField(max_length=10, default="source")),
                       migrator.add_column(table, "verification", CharField(max_length=20, null=True)),
                       migrator.add_index(table, ("verification",), False)]
    migrator.migrate(*operations)
    for table in RELATIONS:
        db.execute_sql(f"UPDATE {table} SET attribution = 'named' WHERE claimant_id IS NOT NULL")
    db.create_tables(_claim_tables(db))


def down(migrator, db):
    db.drop_tables(_claim_tables(db))
    operations = [migrator.drop_index("actor", "actor_unidentified"),
                  migrator.drop_column("actor", "unidentified"),
                  migrator.drop_column("actor_membership", "verification"),
                  migrator.drop_column("treaty", "phases"),
                  migrator.drop_column("provision", "phase")]
    for table in RELATIONS:
        operations += [migrator.drop_index(table, f"{table}_verification"),
                       migrator.drop_column(table, "attribution"),
                       migrator.drop_column(table, "verification")]
    migrator.migrate(*operations)
