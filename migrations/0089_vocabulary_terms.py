"""Local terms of the open vocabularies (issue 10, terms: curators coding unseen reports stayed at 79-83% faithful,
half of what was bent a term missing from a vocabulary that exists: rail among disrupted services, discrimination
among charges; docs/api.md "Local terms").

- `vocabulary_term` is new and starts empty: the terms admins register (POST /v1/vocabularies/{name}/terms), one
  row each: the vocabulary, the term (local:<snake_case>, unique in its vocabulary), its description, the standard
  term it narrows (broader), a citation (source), whether it is deprecated, and `change`, the registry's own change
  counter (each insert or update takes the next number), which workers compare to know their copy is current.

Records keep the terms they hold as the strings they are: no existing table changes, no trigger is touched.
down() drops the table.
"""
from peewee import SQL, AutoField, BooleanField, CharField, DateTimeField, IntegerField, Model, NodeList, SqliteDatabase, TextField


def _table(db):
    class StableIdField(AutoField):   # as api/models/base.py: an ID never reused
        def ddl(self, ctx):
            node = super().ddl(ctx)
            return NodeList((node, SQL("AUTOINCREMENT"))) if isinstance(db, SqliteDatabase) else node

    class VocabularyTerm(Model):
        id = StableIdField()
        vocabulary = CharField(max_length=60)
        term = CharField(max_length=80)
        description = TextField()
        broader = CharField(max_length=80, null=True)
        source = TextField(null=True)
        deprecated = BooleanField(default=False)
        change = IntegerField(unique=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = "vocabulary_term"
            legacy_table_names = False
            indexes = ((("vocabulary", "term"), True),)

    return VocabularyTerm


def up(migrator, db):
    db.create_tables([_table(db)], safe=True)


def down(migrator, db):
    db.drop_tables([_table(db)])
