"""An implementation entry said by unnamed voices, at places not named (issue 10, agree28; notes/trials t40 #55:
"the rebels never left their positions in the hills, diplomats say"; docs/api.md "Who says so").

- implementation gains `claimant_words`, `claimant_kind` and `claimant_country`, as figures (migrations/0049),
  deadlines and relations (0065) have them: null for every existing entry, read as no words said.
- implementation_place_as_reported is new and starts empty: an entry's places not named ("their positions") or
  described relative to a named place ("in the hills of a region"), as a provision's place_roles are (0090),
  without a role.

implementation carries no triggers (migrations/0050, 0051): adding columns loses none. Old revisions stay valid
input: every new field has a default (null, []). down() drops what up() added. Migrations import nothing but
peewee (and the standard library).
"""
from peewee import BooleanField, CharField, ForeignKeyField, IntegerField, Model, TextField

PLAIN = (("implementation", "claimant_words", lambda: TextField(null=True)),
         ("implementation", "claimant_kind", lambda: CharField(max_length=40, null=True)),
         ("implementation", "claimant_country", lambda: CharField(max_length=3, null=True)))


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _places_as_reported(db):
    implementation_t, place_t = _frozen(db, "implementation"), _frozen(db, "place")

    class ImplementationPlaceAsReported(Model):
        implementation = ForeignKeyField(implementation_t, on_delete="CASCADE", index=False,
                                         field=implementation_t._meta.primary_key)
        place = ForeignKeyField(place_t, on_delete="RESTRICT", null=True, field=place_t._meta.primary_key)
        position = IntegerField()
        unknown = CharField(max_length=12, null=True)
        relation = CharField(max_length=20, null=True)
        words = TextField(null=True)
        with_surroundings = BooleanField(default=False)
        relative_to = ForeignKeyField(place_t, on_delete="RESTRICT", null=True, field=place_t._meta.primary_key,
                                      backref="+")

        class Meta:
            database = db
            table_name = "implementation_place_as_reported"
            legacy_table_names = False
            indexes = ((("implementation", "position"), False),)

    return ImplementationPlaceAsReported


def up(migrator, db):
    if "claimant_words" in {column.name for column in db.get_columns("implementation")}:
        return
    migrator.migrate(*[migrator.add_column(table, column, make()) for table, column, make in PLAIN])
    db.create_tables([_places_as_reported(db)], safe=True)


def down(migrator, db):
    db.drop_tables([_places_as_reported(db)])
    migrator.migrate(*[migrator.drop_column(table, column) for table, column, _ in PLAIN])
