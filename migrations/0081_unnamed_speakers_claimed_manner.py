"""Who within a statement's speaker spoke, when the reporting names no one (issue 10, mend-stmt5;
notes/trials t26 #15 "government officials said ... they did not know where he was"; docs/api.md "Unnamed
speakers, acts not to be done, an act on a part of an actor").

- statement gains `speaker_words` (the reporting's words: "government officials") and `speaker_part` (a term of
  actor_parts: officials, leadership, members, supporters): null for every existing statement (not said);
  nullable, so that SQLite adds them without a rebuild (and keeps every trigger).

- event_claim gains `manner` and `targeted_groups` (JSON lists of terms: t27 #47 "fired on without warning", #53
  "denied that civilians had been deliberately targeted", #13 "troops had not fired on women or children"): '[]'
  for every existing claim (not said), added by plain SQL with their default, without a table rebuild.

The new participant role `commander` (t27 #52 "he had not ordered troops to fire") needs no column. The acts' new `refrain` and `actor_part` (t27 #69 "should not interfere", t26 #34 "the RUF leadership would be held
accountable") and the new requested actions need no column: acts are stored whole as JSON.
"""
from peewee import CharField, TextField


JSON_LISTS = ("manner", "targeted_groups")


def up(migrator, db):
    present = {column.name for column in db.get_columns("event_claim")}
    for column in JSON_LISTS:
        if column not in present:
            db.execute_sql(f"ALTER TABLE event_claim ADD COLUMN {column} TEXT NOT NULL DEFAULT '[]'")
    if "speaker_words" not in {column.name for column in db.get_columns("statement")}:
        migrator.migrate(migrator.add_column("statement", "speaker_words", TextField(null=True)),
                         migrator.add_column("statement", "speaker_part", CharField(max_length=12, null=True)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("statement", "speaker_words"),
                     migrator.drop_column("statement", "speaker_part"),
                     *[migrator.drop_column("event_claim", column) for column in JSON_LISTS])
