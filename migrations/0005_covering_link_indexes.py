"""Indexes that answer an event's links from the index alone.

A page or an export batch reads the participants, treaty links, figures and sources of its events by event
ID, in position order, with a few columns each (api/representations.py). An index on (event_id, position,
and those columns) gives SQLite and PostgreSQL all of it in order without visiting the table's rows: on a
1,000,000-event file the links of 1,000 events went from 9.9 to 6.6 ms (docs/performance.md).

Each replaces an index that only the new one's first column needed (event_id alone), and
participant(actor_id) goes too: participant(actor_id, event_id) serves every lookup it served. The tables
keep as many indexes as before, so writes do no more work.
"""

COVERING = (
    ("participant", ("event_id", "position", "actor_id", "role"), "participant_event_id"),
    ("event_treaty", ("event_id", "position", "treaty_id", "link"), "event_treaty_event_id"),
    ("figure", ("event_id", "position", "id"), "figure_event_id"),
    ("event_source", ("event_id", "position", "source_id"), "event_source_event_id"),
)
REDUNDANT = (("participant", "participant_actor_id", ("actor_id",)),)


def up(migrator, db):
    operations = []
    for table, columns, replaced in COVERING:
        operations.append(migrator.add_index(table, columns, False))
        operations.append(migrator.drop_index(table, replaced))
    for table, name, _ in REDUNDANT:
        operations.append(migrator.drop_index(table, name))
    migrator.migrate(*operations)


def down(migrator, db):
    operations = []
    for table, columns, replaced in COVERING:
        operations.append(migrator.add_index(table, (columns[0],), False))
        operations.append(migrator.drop_index(table, "_".join((table,) + columns)))
    for table, _, columns in REDUNDANT:
        operations.append(migrator.add_index(table, columns, False))
    migrator.migrate(*operations)
