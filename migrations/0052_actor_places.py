"""Where an actor is based, as claimed (issue 10, mending round mend-between; docs/api.md "Places between,
coasts, airspace, where actors are based").

- actor_place is new and starts empty: an actor's places, {place, relation (based_in, operates_in), since,
  until, claimant, attribution, verification, note} ("Pakistan-based militants"); every existing actor has none,
  its seat (seat_id) stays as it was.
- actor_place_source is new and starts empty: the sources that report each.

New terms need no storage: event place role between (the main place may now be listed again in other_places
with another role than at), place relation on_coast_of (its side as on_bank_of's), place kinds airspace and
territorial_waters; a presence claim's place_id says where the actor was (a rule, no storage). Old revisions
stay valid input: an actor's places default to []. down() drops the two tables.
"""
from peewee import CharField, ForeignKeyField, IntegerField, Model, TextField


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    actor_t, place_t, source_t = _frozen(db, "actor"), _frozen(db, "place"), _frozen(db, "source")

    class ActorPlace(Model):
        subject = ForeignKeyField(actor_t, on_delete="CASCADE", index=False, field=actor_t._meta.primary_key)
        place = ForeignKeyField(place_t, on_delete="RESTRICT", index=False, field=place_t._meta.primary_key)
        relation = CharField(max_length=20)
        since = TextField(null=True)
        until = TextField(null=True)
        position = IntegerField()
        claimant = ForeignKeyField(actor_t, null=True, on_delete="RESTRICT", field=actor_t._meta.primary_key)
        attribution = CharField(max_length=10, default="source")
        verification = CharField(max_length=20, null=True)
        note = TextField(null=True)

        class Meta:
            database = db
            table_name = "actor_place"
            legacy_table_names = False
            indexes = ((("subject", "position"), False), (("place", "relation"), False))

    class ActorPlaceSource(Model):
        relation = ForeignKeyField(ActorPlace, on_delete="CASCADE", index=False)
        source = ForeignKeyField(source_t, on_delete="RESTRICT", field=source_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "actor_place_source"
            legacy_table_names = False
            indexes = ((("relation", "source"), True),)

    return [ActorPlace, ActorPlaceSource]


def up(migrator, db):
    db.create_tables(_tables(db), safe=True)


def down(migrator, db):
    db.drop_tables(list(reversed(_tables(db))))
