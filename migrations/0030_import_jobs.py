"""Imports over HTTP (issue 12): import_job records each file posted to POST /v1/imports, its state
(queued, running, done, failed), its progress, its summary or error, and who posted it. New and empty: no
import was posted before.
"""
from peewee import (SQL, AutoField, BigIntegerField, BooleanField, CharField, DateTimeField, IntegerField, Model,
                    NodeList, SqliteDatabase, TextField)


def _model(db):
    class StableIdField(AutoField):
        def ddl(self, ctx):
            node = super().ddl(ctx)
            return NodeList((node, SQL("AUTOINCREMENT"))) if isinstance(db, SqliteDatabase) else node

    class ImportJob(Model):
        id = StableIdField()
        format = CharField(max_length=20)
        file_name = TextField()
        size = BigIntegerField()
        sha256 = CharField(max_length=64)
        strict = BooleanField(default=False)
        state = CharField(max_length=10, default="queued", index=True)
        done = IntegerField(default=0)
        total = IntegerField(null=True)
        summary = TextField(null=True)
        error = TextField(null=True)
        token_id = IntegerField(null=True)
        token_name = TextField(null=True)
        spool_name = CharField(max_length=64)
        host = TextField()
        created_at = DateTimeField()
        started_at = DateTimeField(null=True)
        finished_at = DateTimeField(null=True)
        heartbeat_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "import_job"
            legacy_table_names = False

    return ImportJob


def up(migrator, db):
    db.create_tables([_model(db)])


def down(migrator, db):
    db.drop_tables([_model(db)])
