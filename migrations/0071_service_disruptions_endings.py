"""An event's effects on services, and how it ended against its plan (issue 10, mending round 3, mend-acts3;
trial t20 #27 "communications in the area have been largely cut since the attack began"; docs/api.md "How acts
were done, what they seized, cut or occupied").

- event gains `service_disruptions` (a JSON list of {service, extent, timing, as_of, restored, words}): null for
  every existing event, read as [] (nullable, as travel_means in 0067, so that SQLite adds it without rebuilding
  the event table and its rollup triggers); their reporting was not read for it.
- event gains `ending` (cut_short, as_planned, extended; trial t21 #41 "cut short a visit to Moscow"): null for
  every existing event (not said).

The new vocabulary terms of the round (modes raid, arson, occupy, checkpoint; site categories prisons,
commercial_sites; equipment kinds small_arms, explosive_device; travel means land, for events and for the
figures' travel_means of 0070; figure place role at) need no column: they are values of existing ones.

Old revisions stay valid input: the new fields have defaults ([], null). down() drops them.
"""
from peewee import CharField, TextField

ADDED = (("event", "service_disruptions", lambda: TextField(null=True)),   # null (read as []): no table rebuild
         ("event", "ending", lambda: CharField(max_length=12, null=True)))


def up(migrator, db):
    present = {column.name for column in db.get_columns("event")}
    missing = [migrator.add_column(table, name, make()) for table, name, make in ADDED if name not in present]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
