"""What an event's reporting marks it as (issue 10, events32; notes/trials t53 #9 "after a delay of most of the day",
#11 "the first releases under the agreement", t55 #88 "declared maximum alert"; docs/api.md "Events32: ...").

- event gains `novelty` and `novelty_words` (as statements have since 0102), `alert_level` and `alert_level_words`:
  null for every existing event, read as not said; their reporting was not read for them.
- event_claim gains `delay` (JSON {amount, amount_max, unit, nearness, qualifier, words}): null, no delay claimed.

All nullable, so that SQLite adds them without rebuilding the event table and its rollup triggers. The other terms of
the round (participant role supporting, event type LOSS, modes aerial, destroy_equipment, manhunt, fire_direction,
alert, craft_lost, people_missing, relations delays and obstructs, claimed reason navigation_error, presence
concealed, actor_part ministers) need no column: they are values of existing ones (open ones VARCHAR(80) since 0105;
presence's 20 and actor_part's 12 hold the new terms).

Old revisions stay valid input: the new fields default to null. down() drops the columns. Migrations import nothing
but peewee (and the standard library).
"""
from peewee import CharField, TextField

ADDED = (("event", "novelty", lambda: CharField(max_length=16, null=True)),
         ("event", "novelty_words", lambda: TextField(null=True)),
         ("event", "alert_level", lambda: CharField(max_length=12, null=True)),
         ("event", "alert_level_words", lambda: TextField(null=True)),
         ("event_claim", "delay", lambda: TextField(null=True)))


def up(migrator, db):
    present = {table: {column.name for column in db.get_columns(table)} for table in ("event", "event_claim")}
    missing = [migrator.add_column(table, name, make()) for table, name, make in ADDED if name not in present[table]]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
