"""A place's terrain, how far a place lies in time, enclaves, and who stood with a speaker (places35; docs/api.md
"Terrain, enclaves, boundaries along a feature, travel time, a speaker's company").

- place gains `terrain` (a JSON list of terrains terms: "a mountain village"): null for every existing place, read as
  none said (an empty list), as a source's contributors are.
- place_relation gains `travel_time` (JSON: amount or a vague magnitude, and a unit: "several days' walk") and
  `travel_mode` (a travel_means term, VARCHAR(80) as every open vocabulary's column): null for every existing
  relation, whose distance was given in kilometres or not at all.
- statement_companion is new and starts empty: the actors standing with a statement's speaker ("flanked by the army
  chief"), rows so that such an actor cannot be deleted; no existing statement's reporting was read for it.

The new terms (place kind enclave, place relations enclave_in and runs_along) are values of columns that exist
(VARCHAR(80) since 0105). All nullable, so that SQLite adds the columns without rebuilding the place table. Old
revisions stay valid input: every new field has a default. down() drops what up() added. Migrations import nothing
but peewee (and the standard library).
"""
from peewee import CharField, ForeignKeyField, IntegerField, Model, TextField


def _added():
    """(table, column, field) of every plain column up() adds."""
    return (("place", "terrain", TextField(null=True)), ("place_relation", "travel_time", TextField(null=True)),
            ("place_relation", "travel_mode", CharField(max_length=80, null=True)))


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _companion(db):
    statement_t, actor_t = _frozen(db, "statement"), _frozen(db, "actor")

    class StatementCompanion(Model):
        statement = ForeignKeyField(statement_t, on_delete="CASCADE", index=False, field=statement_t._meta.primary_key)
        actor = ForeignKeyField(actor_t, on_delete="RESTRICT", field=actor_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "statement_companion"
            legacy_table_names = False
            indexes = ((("statement", "actor"), True),)

    return StatementCompanion


def up(migrator, db):
    if "terrain" not in {column.name for column in db.get_columns("place")}:
        migrator.migrate(*[migrator.add_column(table, name, field) for table, name, field in _added()])
    db.create_tables([_companion(db)], safe=True)


def down(migrator, db):
    db.drop_tables([_companion(db)], safe=True)
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in _added()])
