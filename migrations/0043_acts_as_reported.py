"""What actors do and say, as reported (issue 10, mend-acts; docs/api.md "Requests, offers, platforms and
channels"; notes/trials t6-t8).

- statement gains `platform` (statement_platforms, indexed for platform=), `channel_id` (the actor whose
  account or outlet carried it, indexed for channel=, an actor that cannot be deleted while named),
  `channel_name` (the account in words), `requests` and `offers` (JSON lists, '[]' for every existing
  statement): null and empty for every existing statement, whose reporting was not read for them.
- treaty gains `text_published` (text_publications, indexed for text_published=) and `text_published_as_of`:
  null for every existing treaty.
- implementation_actor is new and starts empty: whose keeping or breaking of a provision an implementation
  entry is about, rows so that an actor named there cannot be deleted; every existing entry is about the
  provision as a whole, as before.

New terms need no storage: the documented event modes (an event's mode stays free text), stance offer, claimed
reason protection, implementation status partial, figure proportion many. A penalty's `words` is stored whole
with its legal action (JSON). Old revisions stay valid input: every new field has a default. down() drops them.
"""
from peewee import CharField, DateField, ForeignKeyField, IntegerField, Model, TextField

STATEMENT_TEXT = ("channel_name",)
STATEMENT_LISTS = ("requests", "offers")


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    implementation_t, actor_t = _frozen(db, "implementation"), _frozen(db, "actor")

    class ImplementationActor(Model):
        implementation = ForeignKeyField(implementation_t, on_delete="CASCADE", index=False,
                                         field=implementation_t._meta.primary_key)
        actor = ForeignKeyField(actor_t, on_delete="RESTRICT", field=actor_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "implementation_actor"
            legacy_table_names = False
            indexes = ((("implementation", "actor"), True),)

    return [ImplementationActor]


def up(migrator, db):
    if "platform" not in {column.name for column in db.get_columns("statement")}:
        actor = _frozen(db, "actor")
        # add_column indexes a foreign key itself (statement_channel_id)
        migrator.migrate(migrator.add_column("statement", "platform", CharField(max_length=20, null=True)),
                         migrator.add_index("statement", ("platform",), False),
                         migrator.add_column("statement", "channel_id", ForeignKeyField(
                             actor, null=True, on_delete="RESTRICT", field=actor._meta.primary_key)),
                         *[migrator.add_column("statement", name, TextField(null=True)) for name in STATEMENT_TEXT],
                         *[migrator.add_column("statement", name, TextField(default="[]"))
                           for name in STATEMENT_LISTS])
    if "text_published" not in {column.name for column in db.get_columns("treaty")}:
        migrator.migrate(migrator.add_column("treaty", "text_published", CharField(max_length=20, null=True)),
                         migrator.add_index("treaty", ("text_published",), False),
                         migrator.add_column("treaty", "text_published_as_of", DateField(null=True)))
    db.create_tables(_tables(db), safe=True)


def down(migrator, db):
    db.drop_tables(_tables(db))
    migrator.migrate(migrator.drop_index("statement", "statement_platform"),
                     migrator.drop_column("statement", "platform"),
                     migrator.drop_index("statement", "statement_channel_id"),
                     migrator.drop_column("statement", "channel_id"),
                     *[migrator.drop_column("statement", name) for name in STATEMENT_TEXT + STATEMENT_LISTS],
                     migrator.drop_index("treaty", "treaty_text_published"),
                     migrator.drop_column("treaty", "text_published_as_of"),
                     migrator.drop_column("treaty", "text_published"))
