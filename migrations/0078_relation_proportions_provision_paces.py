"""How much of a group a community accounts for, how fast a provision is carried out, and how many members a body
has (issue 10, mending
round 5, mend-agree4; trials t25 #23 "the Seleka alliance ... mostly Muslim", t24 #58 "a senior Sunni member",
t25 #41 "foreign troops would gradually leave"; docs/api.md "Handovers, terms of office, pace; communities, appointed
bodies, strained ties, colonial powers").

- actor_relation gains `proportion` (the figures' proportion terms: all, most, ...), with the new relation
  from_community: null for every existing relation (no proportion said, as it was read).
- provision gains `pace` (immediate, gradual, phased): null for every existing provision (not said).
- actor gains `member_count` and `member_count_as_of` (trial t25 #31 "the 10-nation ECCAS"), as a person's age
  and age_as_of (0067): null for every existing actor (not said).
- treaty_status_change gains `occasion_timing` (trial t24 #45 "the halt ... coincided with the first
  anniversary of the fall of Baghdad"), JSON as a statement's and an event's: null for every existing entry.
All nullable, so that SQLite adds them without rebuilding the tables.

The new vocabulary terms of the round (provision types weapons_handover, persons_handover, army_integration,
term_of_office; provision actor role subject; actor relations appointed_by, strained_ties_with, from_community,
colonial_power_of; the statement treaty link alleges_unfulfilled; the treaty status change fraying; the provision object action enables) need no column: they are values of existing
ones. Old revisions stay valid input: the fields default to null. down() drops the columns.
"""
from peewee import CharField, DateField, IntegerField, TextField

ADDED = (("actor_relation", "proportion", lambda: CharField(max_length=12, null=True)),
         ("provision", "pace", lambda: CharField(max_length=12, null=True)),
         ("actor", "member_count", lambda: IntegerField(null=True)),
         ("actor", "member_count_as_of", lambda: DateField(null=True)),
         ("treaty_status_change", "occasion_timing", lambda: TextField(null=True)))


def up(migrator, db):
    missing = [migrator.add_column(table, name, make()) for table, name, make in ADDED
               if name not in {column.name for column in db.get_columns(table)}]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
