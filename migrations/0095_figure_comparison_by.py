"""The size of a figure's difference from the one it is compared with (issue 10, figures27; trial t35 #40
"thousands more than it has declared"; docs/api.md "Figures as reported").

- figure gains `comparison_by` (a number in the figure's unit: "2,000 more than the army's count") and
  `comparison_by_vague` (a vague magnitude: "thousands more than"): null for every existing figure (not said);
  nullable, so that SQLite adds them without rebuilding the figure table.
- figure gains `as_of_time` (a time HH:MM:SS or a part of the day, as an event's times: "by Friday evening",
  trial t35 #21): null for every existing figure.
- treaty_status_change gains `de_facto` (the status holds in fact, not formally: "dead in all but name", trial
  t37 #27): null for every existing entry, read as false.

The new figure certainties (expected, not_given) need no column: they are values of `certainty` (10
characters). Old revisions stay valid input: both default to null. down() drops them.
"""
from peewee import BooleanField, CharField, DoubleField


ADDED = (("figure", "comparison_by", DoubleField(null=True)),
         ("figure", "comparison_by_vague", CharField(max_length=24, null=True)),
         ("figure", "as_of_time", CharField(max_length=8, null=True)),
         ("treaty_status_change", "de_facto", BooleanField(null=True)))   # nullable: no table rebuild


def up(migrator, db):
    missing = [migrator.add_column(table, name, field)
               for table, name, field in ADDED if name not in {column.name for column in db.get_columns(table)}]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
