"""Imports that resume and find their sources fast (issue 12).

import_run: one row per dataset import (`conflict-facts import --format ...`): the file's SHA-256 and format,
the release it is of, the last line whose chunk committed and the counts so far, updated in each chunk's own
transaction, so that running a killed import again starts after the last committed chunk. A finished import
has `finished_at`; it is never resumed (running it again reads every row, and changes nothing).

An index on source(title): an import finds each source it cites by its fields, the title first; unindexed,
that lookup read every source for every new one.
"""
from peewee import *
from peewee import SQL, NodeList


def _table(db):
    class StableIdField(AutoField):
        def ddl(self, ctx):
            node = super().ddl(ctx)
            return NodeList((node, SQL("AUTOINCREMENT"))) if isinstance(db, SqliteDatabase) else node

    class ImportRun(Model):
        id = StableIdField()
        format = CharField(max_length=20)
        file_hash = CharField(max_length=64)
        file_name = TextField()
        release = CharField(max_length=40, null=True)
        last_line = IntegerField(default=0)
        created = IntegerField(default=0)
        updated = IntegerField(default=0)
        unchanged = IntegerField(default=0)
        rejected = IntegerField(default=0)
        rejections = TextField(default="[]")
        started_at = DateTimeField()
        finished_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "import_run"
            legacy_table_names = False
            indexes = ((("format", "file_hash"), False),)

    return ImportRun


def up(migrator, db):
    db.create_tables([_table(db)])
    migrator.migrate(migrator.add_index("source", ("title",), False))


def down(migrator, db):
    migrator.migrate(migrator.drop_index("source", "source_title"))
    db.drop_tables([_table(db)])
