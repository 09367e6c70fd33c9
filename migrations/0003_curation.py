"""Curation: tombstones on records, who changed what in the history, API tokens, idempotency keys and
rate-limit counters."""
from peewee import *
from peewee import SQL, NodeList

RECORD_TABLES = ("source", "actor", "place", "event", "treaty", "statement")


def stable_id_field(db):
    """An integer primary key never reused: AUTOINCREMENT on SQLite (PostgreSQL sequences never reuse)."""

    class StableIdField(AutoField):
        def ddl(self, ctx):
            node = super().ddl(ctx)
            return NodeList((node, SQL("AUTOINCREMENT"))) if isinstance(db, SqliteDatabase) else node

    return StableIdField


def up(migrator, db):
    StableIdField = stable_id_field(db)
    operations = []
    for table in RECORD_TABLES:
        operations.append(migrator.add_column(table, "deleted_at", DateTimeField(null=True)))
        operations.append(migrator.add_column(table, "deleted_by", TextField(null=True)))
    operations += [
        migrator.add_column("revision", "token_id", IntegerField(null=True)),
        migrator.add_column("revision", "token_name", TextField(null=True)),
        migrator.add_column("revision", "note", TextField(null=True)),
        migrator.add_index("revision", ("token_name",), False),
    ]
    migrator.migrate(*operations)

    class Token(Model):
        id = StableIdField()
        name = TextField()
        role = CharField(max_length=10)
        secret_hash = CharField(max_length=64)
        created_at = DateTimeField()
        revoked_at = DateTimeField(null=True)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "token"

    class IdempotencyKey(Model):
        id = StableIdField()
        token_id = IntegerField()
        key = CharField(max_length=255)
        path = TextField()
        body_hash = CharField(max_length=64)
        status = IntegerField()
        response = TextField()
        location = TextField(null=True)
        created_at = DateTimeField(index=True)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "idempotency_key"
            indexes = ((("token_id", "key"), True),)

    class RateLimit(Model):
        key = CharField(max_length=255, primary_key=True)
        count = IntegerField()
        expiry = DoubleField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "rate_limit"

    db.create_tables([Token, IdempotencyKey, RateLimit])


def down(migrator, db):
    for table in ("rate_limit", "idempotency_key", "token"):
        db.execute_sql(f'DROP TABLE "{table}"')
    operations = [migrator.drop_index("revision", "revision_token_name"),
                  migrator.drop_column("revision", "note"), migrator.drop_column("revision", "token_name"),
                  migrator.drop_column("revision", "token_id")]
    for table in RECORD_TABLES:
        operations += [migrator.drop_column(table, "deleted_by"), migrator.drop_column(table, "deleted_at")]
    migrator.migrate(*operations)
