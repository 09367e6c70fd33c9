"""Where a figure's people were; who made a treaty status change and by how much an extension extended the
term (issue 10, mending round).

- figure gains `place_id` (a place: where the counted people were, or what the figure is about: "108 of
  them were defenders of the Azovstal steel works"), indexed for figure_place=, RESTRICT like every other
  link so a place a figure names cannot be deleted. Null for every existing figure: none named a place.
- treaty_status_change gains `extension` (JSON {amount, unit}: "extended by five days"; null for every
  existing entry: none was said).
- treaty_status_change_actor is new and starts empty: the actors who made a change ("the parties agreed"),
  rows (not JSON) so that an actor named there cannot be deleted.

Old revisions (figures without place_id, status changes without actor_ids or extension) stay valid input:
the new fields default to null and [].
"""
from peewee import ForeignKeyField, IntegerField, Model, TextField


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    class Meta:
        database = db
        table_name = name

    return type(name, (Model,), {"Meta": Meta})


def _tables(db):
    change_t, actor_t = _frozen(db, "treaty_status_change"), _frozen(db, "actor")

    class TreatyStatusChangeActor(Model):
        change = ForeignKeyField(change_t, on_delete="CASCADE", index=False, field=change_t._meta.primary_key)
        actor = ForeignKeyField(actor_t, on_delete="RESTRICT", field=actor_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "treaty_status_change_actor"
            legacy_table_names = False
            indexes = ((("change", "actor"), True),)

    return [TreatyStatusChangeActor]


def up(migrator, db):
    place = _frozen(db, "place")
    migrator.migrate(
        migrator.add_column("figure", "place_id", ForeignKeyField(place, null=True, on_delete="RESTRICT",
                                                                  field=place._meta.primary_key)),
        migrator.add_column("treaty_status_change", "extension", TextField(null=True)),
    )
    db.create_tables(_tables(db))


def down(migrator, db):
    db.drop_tables(_tables(db))
    migrator.migrate(
        migrator.drop_column("treaty_status_change", "extension"),
        migrator.drop_index("figure", "figure_place_id"),
        migrator.drop_column("figure", "place_id"),
    )
