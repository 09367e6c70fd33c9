"""A registry of properties, and the values records hold of them (issue 10, props: fourteen trials of unseen
reports stayed at 57-79% faithful, each report bringing facts of kinds no field declared: a share of revenue in a
peace deal, a group's founder, exile, martial law; docs/api.md "Properties").

- `property` is new and starts empty: the registry admins keep (POST /v1/properties): name, label,
  description, the kinds it applies to (JSON), its value type, and the terms of a term property (JSON).
- `property_value` is new and starts empty: one row per value, whichever of actor_id, place_id, event_id,
  treaty_id, statement_id is set naming its owner; the value whole as JSON and in typed columns (value_record,
  value_text, value_bool, value_number, value_low, value_high, value_unit, value_first, value_last) the filters
  compare; its claimant, rank, as_of, note.
- `property_value_source` is new: the sources each value cites.

No existing table changes, so no trigger is touched. Old revisions stay valid input (properties defaults to []).
down() drops the three tables.
"""
from peewee import (SQL, AutoField, BooleanField, CharField, DateField, DateTimeField, DoubleField, ForeignKeyField,
                    IntegerField, Model, NodeList, SqliteDatabase, TextField)


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    owners = {name: _frozen(db, name) for name in ("actor", "place", "event", "treaty", "statement", "source")}

    class StableIdField(AutoField):   # as api/models/base.py: an ID never reused
        def ddl(self, ctx):
            node = super().ddl(ctx)
            return NodeList((node, SQL("AUTOINCREMENT"))) if isinstance(db, SqliteDatabase) else node

    def owner(name):
        return ForeignKeyField(owners[name], on_delete="CASCADE", null=True, index=False,
                               field=owners[name]._meta.primary_key)

    class Property(Model):
        id = StableIdField()
        name = CharField(max_length=60, unique=True)
        label = TextField()
        description = TextField()
        applies_to = TextField()
        value_type = CharField(max_length=12)
        terms = TextField(null=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = "property"
            legacy_table_names = False

    class PropertyValue(Model):
        id = StableIdField()
        actor = owner("actor")
        place = owner("place")
        event = owner("event")
        treaty = owner("treaty")
        statement = owner("statement")
        property = CharField(max_length=60)
        value = TextField()
        value_record = IntegerField(null=True)
        value_text = TextField(null=True)
        value_bool = BooleanField(null=True)
        value_number = DoubleField(null=True)
        value_low = DoubleField(null=True)
        value_high = DoubleField(null=True)
        value_unit = CharField(max_length=10, null=True)
        value_first = DateField(null=True)
        value_last = DateField(null=True)
        claimant = ForeignKeyField(owners["actor"], null=True, on_delete="RESTRICT", field=owners["actor"]._meta.primary_key)
        attribution = CharField(max_length=10, default="source")
        claimant_words = TextField(null=True)
        claimant_kind = CharField(max_length=40, null=True)
        claimant_country = CharField(max_length=3, null=True)
        rank = CharField(max_length=12, default="normal")
        as_of = DateField(null=True)
        note = TextField(null=True)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "property_value"
            legacy_table_names = False
            indexes = ((("actor", "position", "id"), False), (("place", "position", "id"), False),
                       (("event", "position", "id"), False), (("treaty", "position", "id"), False),
                       (("statement", "position", "id"), False), (("property", "value_record"), False),
                       (("property", "value_text"), False))

    class PropertyValueSource(Model):
        claim = ForeignKeyField(PropertyValue, on_delete="CASCADE", index=False)
        source = ForeignKeyField(owners["source"], on_delete="RESTRICT", field=owners["source"]._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "property_value_source"
            legacy_table_names = False
            indexes = ((("claim", "source"), True),)

    return [Property, PropertyValue, PropertyValueSource]


def up(migrator, db):
    db.create_tables(_tables(db), safe=True)


def down(migrator, db):
    db.drop_tables(list(reversed(_tables(db))))
