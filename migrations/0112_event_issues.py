"""What an event is over, how people held were treated, and the rest of round events33 (issue 10; notes/trials t56
#8 #52 #61 #62 #64 #70, t57 #8; docs/api.md "Events33: ...").

- event gains `issues` (JSON [{type, words}]): null for every existing event, read as [] (not said; its reporting
  was not read for it).
- event_claim gains `treatment` (JSON list of held_treatments terms), read as [] when null, and `treatment_words`.

All nullable, so that SQLite adds them without rebuilding the event table and its rollup triggers. The round's
other changes need no column: a covers item's issued_by_id and a relation's elapsed counted_from and counted_to live
in JSON already stored (an elapsed without them reads start, start: what it meant before); PLOVER's PROTEST modes
and reject_items are values of mode (VARCHAR(80) since 0105); presences whereabouts_unknown and whereabouts_disputed
fit presence's 20 characters.

Old revisions stay valid input: the new fields default to empty or null. down() drops the columns. Migrations
import nothing but peewee (and the standard library).
"""
from peewee import TextField

ADDED = (("event", "issues"),
         ("event_claim", "treatment"),
         ("event_claim", "treatment_words"))


def up(migrator, db):
    present = {table: {column.name for column in db.get_columns(table)} for table in ("event", "event_claim")}
    missing = [migrator.add_column(table, name, TextField(null=True)) for table, name in ADDED
               if name not in present[table]]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name in ADDED])
