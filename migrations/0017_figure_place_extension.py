"""Where a figure's people were (issue 10, mending round).

- figure gains `place_id` (a place: where the counted people were, or what the figure is about: "108 of
  them were defenders of the Azovstal steel works"), indexed for figure_place=, RESTRICT like every other
  link so a place a figure names cannot be deleted. Null for every existing figure: none named a place.

Old revisions (figures without place_id) stay valid input: the field defaults to null.
"""
from peewee import ForeignKeyField, Model


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    class Meta:
        database = db
        table_name = name

    return type(name, (Model,), {"Meta": Meta})


def up(migrator, db):
    place = _frozen(db, "place")
    migrator.migrate(
        migrator.add_column("figure", "place_id", ForeignKeyField(place, null=True, on_delete="RESTRICT",
                                                                  field=place._meta.primary_key)),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("figure", "figure_place_id"),
        migrator.drop_column("figure", "place_id"),
    )
