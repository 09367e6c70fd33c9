"""Control of places, claimed reasons, whom an actor fought for, places not named, place relations (issue 10,
mending round: mend10a).

- participant gains `on_behalf_of_id` (an actor: "Wagner fighters, fighting for Russia"); null for every
  existing participant: none said. The covering index a page reads participants from (migrations/0005)
  gains the column, so that the page still reads them from the index alone.
- event_claim gains `on_behalf_of_id`, the control parts (`control`, `controlled_by_id`, `control_of_id`,
  `control_part`: who holds a place as of the claim's as_of) and a claimed relation (`related_event_id`,
  `relation`: "Hamas said the attack was in response to ..."); all null for every existing claim, which said
  none of these.
- event_place's `place_id` may be null, with `unknown` (unknown or undisclosed) saying why: "evacuated to an
  unknown location". Every existing further place names its place, so `unknown` is null for all.
- place_relation is new and starts empty: `subject` <relation> `place` (and `and_place`), with a distance.

Old revisions stay valid input: every new field has a default (null, or [] for a place's relations).
"""
from peewee import CharField, FloatField, ForeignKeyField, IntegerField, Model, TextField


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    class Meta:
        database = db
        table_name = name

    return type(name, (Model,), {"Meta": Meta})


def _link(target, null=True):
    return ForeignKeyField(target, null=null, on_delete="RESTRICT", field=target._meta.primary_key)


def _tables(db):
    place_t = _frozen(db, "place")

    class PlaceRelation(Model):
        subject = ForeignKeyField(place_t, on_delete="CASCADE", index=False, field=place_t._meta.primary_key)
        place = ForeignKeyField(place_t, on_delete="RESTRICT", field=place_t._meta.primary_key,
                                backref="related_from")
        relation = CharField(max_length=20)
        and_place = ForeignKeyField(place_t, null=True, on_delete="RESTRICT", field=place_t._meta.primary_key,
                                    backref="related_from_second")
        distance_km = FloatField(null=True)
        qualifier = CharField(max_length=12, null=True)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "place_relation"
            legacy_table_names = False
            indexes = ((("subject", "place", "relation"), True), (("place", "relation"), False))

    return [PlaceRelation]


COVERING = ("event_id", "position", "actor_id", "role")   # participant's covering index before (0005)
CLAIM_COLUMNS = ("on_behalf_of_id", "control", "controlled_by_id", "control_of_id", "control_part",
                 "related_event_id", "relation")


def up(migrator, db):
    actor, place, event = _frozen(db, "actor"), _frozen(db, "place"), _frozen(db, "event")
    migrator.migrate(
        migrator.add_column("participant", "on_behalf_of_id", _link(actor)),
        migrator.add_column("event_claim", "on_behalf_of_id", _link(actor)),
        migrator.add_column("event_claim", "control", CharField(max_length=12, null=True)),
        migrator.add_column("event_claim", "controlled_by_id", _link(actor)),
        migrator.add_column("event_claim", "control_of_id", _link(place)),
        migrator.add_column("event_claim", "control_part", TextField(null=True)),
        migrator.add_column("event_claim", "related_event_id", _link(event)),
        migrator.add_column("event_claim", "relation", CharField(max_length=20, null=True)),
        migrator.add_column("event_place", "unknown", CharField(max_length=12, null=True)),
        migrator.drop_not_null("event_place", "place_id"),
        migrator.add_index("participant", COVERING + ("on_behalf_of_id",), False),
        migrator.drop_index("participant", "_".join(("participant",) + COVERING)),
    )
    db.create_tables(_tables(db))


def down(migrator, db):
    db.drop_tables(_tables(db))
    # A further place not named cannot go back to the old shape (its place was required): such rows go.
    db.execute_sql("DELETE FROM event_place WHERE place_id IS NULL")
    operations = [migrator.add_not_null("event_place", "place_id"), migrator.drop_column("event_place", "unknown")]
    for column in CLAIM_COLUMNS:
        if column.endswith("_id"):
            operations.append(migrator.drop_index("event_claim", f"event_claim_{column}"))
        operations.append(migrator.drop_column("event_claim", column))
    operations += [migrator.add_index("participant", COVERING, False),
                   migrator.drop_index("participant", "_".join(("participant",) + COVERING + ("on_behalf_of_id",))),
                   migrator.drop_index("participant", "participant_on_behalf_of_id"),
                   migrator.drop_column("participant", "on_behalf_of_id")]
    migrator.migrate(*operations)
