"""Provisions of every kind (issue 10): a provision's `obligation` becomes its `type` (the ATOP terms stay terms
of the wider vocabulary, so every stored value keeps its meaning), and it gains a key, figures, deadlines and a
term (JSON text, descriptive), plus rows for the records it names: obliged actors, other actors with their role,
places, and its implementation record with the sources of each entry. An event's treaty link may name the
provision it carries out or breaches; a statement may carry conditions. Existing conditions ({type,
description}) are already in the new shape and stay as they are.

Frozen copies of the tables, never the live models (tests/test_migrations.py).
"""
from peewee import *
from peewee import SQL, NodeList


def stable_id_field(db):
    class StableIdField(AutoField):
        def ddl(self, ctx):
            node = super().ddl(ctx)
            return NodeList((node, SQL("AUTOINCREMENT"))) if isinstance(db, SqliteDatabase) else node

    return StableIdField


def _stub(db, name):
    """A table that exists already, for foreign keys to point at."""
    class Meta:
        database = db
        table_name = name
    return type(name.title().replace("_", ""), (Model,), {"id": AutoField(), "Meta": Meta})


def up(migrator, db):
    StableIdField = stable_id_field(db)
    migrator.migrate(
        migrator.drop_index("provision", "provision_obligation"),
        migrator.rename_column("provision", "obligation", "type"),
        migrator.add_index("provision", ("type",), False),
        migrator.add_column("provision", "key", CharField(max_length=40, null=True)),
        migrator.add_column("provision", "figures", TextField(default="[]")),
        migrator.add_column("provision", "deadlines", TextField(default="[]")),
        migrator.add_column("provision", "term", TextField(null=True)),
        migrator.add_column("statement", "conditions", TextField(default="[]")),
    )
    # A longer type than ATOP's (return_of_displaced, constitutional_reform) needs room: varchar(20) -> (30).
    migrator.migrate(migrator.alter_column_type("provision", "type", CharField(max_length=30)))
    Provision, Actor, Place, Source = (_stub(db, n) for n in ("provision", "actor", "place", "source"))
    migrator.migrate(
        migrator.add_column("event_treaty", "provision_id",
                            ForeignKeyField(Provision, null=True, on_delete="RESTRICT", field=Provision.id)),
        migrator.drop_index("event_treaty", "event_treaty_event_id_treaty_id_link"),
        migrator.add_index("event_treaty", ("event_id", "treaty_id", "link", "provision_id"), True),
    )

    def meta(name, indexes=()):
        return type("Meta", (), {"database": db, "legacy_table_names": False, "table_name": name,
                                 "indexes": indexes})

    class ProvisionObliged(Model):
        provision = ForeignKeyField(Provision, on_delete="CASCADE", index=False)
        actor = ForeignKeyField(Actor, on_delete="RESTRICT")
        position = IntegerField()
        Meta = meta("provision_obliged", ((("provision", "actor"), True),))

    class ProvisionActor(Model):
        provision = ForeignKeyField(Provision, on_delete="CASCADE", index=False)
        actor = ForeignKeyField(Actor, on_delete="RESTRICT")
        role = CharField(max_length=20)
        position = IntegerField()
        Meta = meta("provision_actor", ((("provision", "actor", "role"), True), (("actor", "role"), False)))

    class ProvisionPlace(Model):
        provision = ForeignKeyField(Provision, on_delete="CASCADE", index=False)
        place = ForeignKeyField(Place, on_delete="RESTRICT")
        position = IntegerField()
        Meta = meta("provision_place", ((("provision", "place"), True),))

    class Implementation(Model):
        id = StableIdField()
        provision = ForeignKeyField(Provision, on_delete="CASCADE")
        date = TextField()
        status = CharField(max_length=20, index=True)
        claimant = ForeignKeyField(Actor, null=True, on_delete="RESTRICT")
        note = TextField(null=True)
        position = IntegerField()
        Meta = meta("implementation")

    class ImplementationSource(Model):
        implementation = ForeignKeyField(Implementation, on_delete="CASCADE", index=False)
        source = ForeignKeyField(Source, on_delete="RESTRICT")
        position = IntegerField()
        Meta = meta("implementation_source", ((("implementation", "source"), True),))

    db.create_tables([ProvisionObliged, ProvisionActor, ProvisionPlace, Implementation, ImplementationSource])


def down(migrator, db):
    db.execute_sql('DROP TABLE IF EXISTS "implementation_source"')
    for table in ("implementation", "provision_place", "provision_actor", "provision_obliged"):
        db.execute_sql(f'DROP TABLE IF EXISTS "{table}"')
    migrator.migrate(
        migrator.drop_index("event_treaty", "event_treaty_event_id_treaty_id_link_provision_id"),
        migrator.drop_index("event_treaty", "event_treaty_provision_id"),
        migrator.drop_column("event_treaty", "provision_id"),
        migrator.add_index("event_treaty", ("event_id", "treaty_id", "link"), True),
        migrator.drop_column("statement", "conditions"),
        migrator.drop_column("provision", "term"),
        migrator.drop_column("provision", "deadlines"),
        migrator.drop_column("provision", "figures"),
        migrator.drop_column("provision", "key"),
        migrator.drop_index("provision", "provision_type"),
        migrator.rename_column("provision", "type", "obligation"),
        migrator.add_index("provision", ("obligation",), False),
    )
