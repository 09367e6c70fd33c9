"""What the reporting says is not so, and treaties' other names and place of signing (issue 10, mend-not;
docs/api.md "What the reporting says is not so: non-parties, provisions not in the text, denied relations;
treaties' other names and where they were signed").

- treaty gains `signed_at_id` (the place where it was signed, "signed in Washington", indexed for signed_at=,
  a place that cannot be deleted while named): null for every existing treaty, whose reporting was not read
  for it.
- treaty_alias is new and starts empty: a treaty's other names ("the Washington Accords"), each with its
  language, as actor_alias and place_alias hold an actor's and a place's. They are searched (q=) in the name's
  column of treaty_search, so that table keeps its columns; every existing treaty has none.
- actor_relation_denial is new and starts empty: the statements that deny an actor relation ("Rwanda denied
  backing M23"), rows so that a statement named there cannot be deleted; no existing relation has any.
- statement_not_named is new and starts empty: the actors a statement is reported not to name ("without naming
  Russia"), rows so that such an actor cannot be deleted; no existing statement's reporting was read for it.

New terms need no storage: the party roles not_party, not_signatory, not_named (a party entry's role is free
text in its column) and the provision modality not_provided (stored with the provision). Old revisions stay
valid input: every new field has a default. down() drops them.
"""
from peewee import SQL, AutoField, CharField, ForeignKeyField, IntegerField, Model, NodeList, SqliteDatabase, TextField


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    treaty_t = _frozen(db, "treaty")

    class StableIdField(AutoField):   # as api/models/base.py: an ID never reused
        def ddl(self, ctx):
            node = super().ddl(ctx)
            return NodeList((node, SQL("AUTOINCREMENT"))) if isinstance(db, SqliteDatabase) else node

    class TreatyAlias(Model):
        id = StableIdField()
        treaty = ForeignKeyField(treaty_t, on_delete="CASCADE", field=treaty_t._meta.primary_key)
        name = TextField()
        language = CharField(max_length=2, null=True)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "treaty_alias"
            legacy_table_names = False

    actor_relation_t, statement_t = _frozen(db, "actor_relation"), _frozen(db, "statement")

    class ActorRelationDenial(Model):
        relation = ForeignKeyField(actor_relation_t, on_delete="CASCADE", index=False,
                                   field=actor_relation_t._meta.primary_key)
        statement = ForeignKeyField(statement_t, on_delete="RESTRICT", field=statement_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "actor_relation_denial"
            legacy_table_names = False
            indexes = ((("relation", "statement"), True),)

    actor_t = _frozen(db, "actor")

    class StatementNotNamed(Model):
        statement = ForeignKeyField(statement_t, on_delete="CASCADE", index=False, field=statement_t._meta.primary_key)
        actor = ForeignKeyField(actor_t, on_delete="RESTRICT", field=actor_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "statement_not_named"
            legacy_table_names = False
            indexes = ((("statement", "actor"), True),)

    return [TreatyAlias, ActorRelationDenial, StatementNotNamed]


def up(migrator, db):
    if "signed_at_id" not in {column.name for column in db.get_columns("treaty")}:
        place = _frozen(db, "place")
        # add_column indexes a foreign key itself (treaty_signed_at_id)
        migrator.migrate(migrator.add_column("treaty", "signed_at_id", ForeignKeyField(
            place, null=True, on_delete="RESTRICT", field=place._meta.primary_key)))
    db.create_tables(_tables(db), safe=True)


def down(migrator, db):
    db.drop_tables(_tables(db))
    migrator.migrate(migrator.drop_index("treaty", "treaty_signed_at_id"),
                     migrator.drop_column("treaty", "signed_at_id"))
