"""Credentials that expire, redactable revisions, unique token names and the key behind public pseudonyms.

- token.expires_at: null (never) for every existing token.
- revision.redacted_at, redacted_by_token_id, redacted_by, redaction_reason: null (not redacted).
- token.name becomes unique. Existing duplicates are renamed deterministically: in ID order, the first
  token of a name keeps it, the next ones become "name (2)", "name (3)", ... (skipping names already
  taken), and the revisions they made follow their new name, so the audit view tells them apart.
- service_secret: one row, `pseudonym_key`, 32 random bytes (hex, made by the engine: 2 random UUIDs, 244
  random bits, on PostgreSQL) that key the hash turning a token ID
  into the pseudonym the public sees instead of the token's name.
"""
from peewee import CharField, DateTimeField, IntegerField, Model, SqliteDatabase, Table, TextField

# 32 random bytes as hex, from each engine's strong random source (migrations import nothing but peewee).
RANDOM_KEY_SQL = {
    "sqlite": "SELECT lower(hex(randomblob(32)))",
    "postgresql": "SELECT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')",
}


def _rename_duplicates(db):
    token = Table("token", ("id", "name")).bind(db)
    revision = Table("revision", ("token_id", "token_name")).bind(db)
    rows = list(token.select(token.id, token.name).order_by(token.id).tuples())
    taken = {name for _, name in rows}
    kept = set()
    for token_id, name in rows:
        if name not in kept:
            kept.add(name)
            continue
        number = 2
        while f"{name} ({number})" in taken:
            number += 1
        new_name = f"{name} ({number})"
        taken.add(new_name)
        token.update(name=new_name).where(token.id == token_id).execute()
        revision.update(token_name=new_name).where(revision.token_id == token_id).execute()


def up(migrator, db):
    _rename_duplicates(db)
    migrator.migrate(
        migrator.add_column("token", "expires_at", DateTimeField(null=True)),
        migrator.add_index("token", ("name",), True),
        migrator.add_column("revision", "redacted_at", DateTimeField(null=True)),
        migrator.add_column("revision", "redacted_by_token_id", IntegerField(null=True)),
        migrator.add_column("revision", "redacted_by", TextField(null=True)),
        migrator.add_column("revision", "redaction_reason", TextField(null=True)),
    )

    class ServiceSecret(Model):
        name = CharField(max_length=50, primary_key=True)
        value = TextField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "service_secret"

    db.create_tables([ServiceSecret])
    engine = "sqlite" if isinstance(db, SqliteDatabase) else "postgresql"
    key = db.execute_sql(RANDOM_KEY_SQL[engine]).fetchone()[0]
    ServiceSecret.insert(name="pseudonym_key", value=key).execute()


def down(migrator, db):
    db.execute_sql('DROP TABLE "service_secret"')
    migrator.migrate(
        migrator.drop_column("revision", "redaction_reason"),
        migrator.drop_column("revision", "redacted_by"),
        migrator.drop_column("revision", "redacted_by_token_id"),
        migrator.drop_column("revision", "redacted_at"),
        migrator.drop_index("token", "token_name"),
        migrator.drop_column("token", "expires_at"),
    )
