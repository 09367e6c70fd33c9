"""Figure details (issue 10, mending round): the people's nationality, the span a figure counts over, and
a figure that is part of another.

- figure gains `country` (ISO 3166-1 alpha-3, indexed for figure_country=), `period` (a reported date as
  JSON), `key`, `part_of_id` and `part_of_key`, all null for every existing figure: none was said before, so
  old figures keep their meaning (a state at `as_of`, or undated; not a part of another).
- The new quantity `casualties` and the wider use of category/suffered_by/subset (every figure in unit
  people) need no change to stored data: existing `count` figures in people keep a null category.
"""
from peewee import CharField, IntegerField, TextField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("figure", "country", CharField(max_length=3, null=True)),
        migrator.add_column("figure", "period", TextField(null=True)),
        migrator.add_column("figure", "key", CharField(max_length=40, null=True)),
        migrator.add_column("figure", "part_of_id", IntegerField(null=True)),
        migrator.add_column("figure", "part_of_key", CharField(max_length=40, null=True)),
        migrator.add_index("figure", ("country",), False),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("figure", "figure_country"),
        *(migrator.drop_column("figure", name) for name in ("part_of_key", "part_of_id", "key", "period",
                                                              "country")),
    )
