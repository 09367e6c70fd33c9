"""What a statement announces, pledges or threatens the speaker will do, and what it says another actor intends
(issue 10, mending round 5, mend-announce; trials t25 #11-#14 "announced he was dissolving the National Assembly
... would rule by decree during a transition that would lead to elections in three years", t24 #52 #73 "would resume
full-scale operations if the talks collapsed", #61 "threatened to resign", t25 #54 "seeking power by force"; docs/api.md
"Announced, pledged, threatened, intended; conditions on an event's outcome; relative dates").

- statement gains `announcements`, `pledges`, `threats` and `intentions` (JSON lists of the shape of `requests`):
  '[]' for every existing statement, whose reporting was not read for them (the words were in its summary). Plain
  SQL with a default, as migrations/0068 and 0071 advise: no table rebuild on SQLite.
- event and statement gain `date_relative` (their flat dates placed against another record or the report, JSON):
  null for every existing record; nullable, so that SQLite adds it without rebuilding the event table and its
  rollup triggers.
- the items of every act list may now carry `about_actor_ids`; a condition (statements' and provisions') may be of
  type event_outcome with `event_id` and `outcome`; a reported date may carry `relative` (a time against another
  record). All stored inside existing JSON columns: stored values without them read them as empty/null, so
  nothing is rewritten.

Old revisions stay valid input: the new fields default to [] or null. down() drops the columns.
"""
from peewee import TextField

ADDED = ("announcements", "pledges", "threats", "intentions")
RELATIVE = ("event", "statement")   # date_relative


def up(migrator, db):
    present = {column.name for column in db.get_columns("statement")}
    for name in ADDED:
        if name not in present:
            db.execute_sql(f"ALTER TABLE statement ADD COLUMN {name} TEXT NOT NULL DEFAULT '[]'")
    missing = [migrator.add_column(table, "date_relative", TextField(null=True)) for table in RELATIVE
               if "date_relative" not in {column.name for column in db.get_columns(table)}]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column("statement", name) for name in ADDED],
                     *[migrator.drop_column(table, "date_relative") for table in RELATIVE])
