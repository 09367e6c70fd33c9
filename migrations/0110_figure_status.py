"""A figure's status in its publisher's revision cycle (figs32; trial t55 #30 "the toll is provisional"; docs/api.md
"Figures: status, deaths in captivity, equipment losses' cause, counts of different things").

- figure gains `status` (preliminary, provisional, final, revised: vocabulary figure_statuses, closed), indexed
  for figure_status=: null for every existing figure, whose reporting was not read for it; nullable, so that
  SQLite adds it without rebuilding the figure table (which would drop the rollups' triggers on figure,
  migrations/0050, 0051).

The rest of figs32 needs no column: held_as on deaths, cause on equipment losses and counts of different things
told apart by their counted words are rules on values already stored. Old revisions stay valid input: the field
defaults to null. down() drops the index and the column. Migrations import nothing but peewee (and the standard
library).
"""
from peewee import CharField


def up(migrator, db):
    if "status" in {column.name for column in db.get_columns("figure")}:
        return   # applied, but not recorded
    migrator.migrate(migrator.add_column("figure", "status", CharField(max_length=12, null=True)),
                     migrator.add_index("figure", ("status",), False))


def down(migrator, db):
    migrator.migrate(migrator.drop_index("figure", "figure_status"),
                     migrator.drop_column("figure", "status"))
