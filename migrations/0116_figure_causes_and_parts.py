"""Terms missing from closed vocabularies, and what they need stored (vocab34; notes/trials t59, t60, t61; docs/api.md
"Vocab34: messages, miles, officers, arrests, unsealed indictments, several causes, deprivation").

- figure gains `other_causes` (JSON, a list of figure_causes terms beside cause: t60 #46 "killed by bombing and
  shelling") and `lacked` (JSON, a list of disrupted_services terms: what the people of the new quantity deprived
  went without, t59 #64 "went days without food"): null for every existing figure, read as [] (nullable, as
  other_inflicted_with in 0110, so that SQLite adds them without rebuilding the table).
- a legal action's `issued_on` and `issued_on_precision` (t61 #58 "made public an indictment": the day it was issued,
  apart from the event's date, the day it was made public) live in the event's stored `legal` JSON: every existing
  one gains them null, so that it reads as a new one does.
- the actor_parts officers, commanders and rank_and_file: rank_and_file (13 characters) is longer than the 12 of
  participant.actor_part and statement.speaker_part, which become VARCHAR(20) on PostgreSQL (a wider VARCHAR
  rewrites no rows; SQLite does not enforce a VARCHAR's length).

The other new terms (statement_media message, figure_units mi and nmi, the figure quantity deprived, figure_subsets
young and trapped, legal_statuses made_public, the event mode arrest, provision_types transitional_government) are
values of existing columns, each within its width. Old revisions stay valid input: every new field has a default.
down() drops the columns and the keys and narrows the parts again (PostgreSQL refuses while a longer value is stored:
then rank_and_file must go first). Migrations import nothing but peewee (and the standard library).
"""
import json

from peewee import CharField, SqliteDatabase, TextField

ADDED = ("other_causes", "lacked")
ISSUED = ("issued_on", "issued_on_precision")
PARTS = (("participant", "actor_part"), ("statement", "speaker_part"))


def _rewrite_legal(db, change):
    """Each stored legal action passed through `change` (as migrations/0099 rewrote them: a migration is frozen and
    imports no other module of the project, another migration included, so the few lines are its own)."""
    rows = db.execute_sql("SELECT id, legal FROM event WHERE legal IS NOT NULL").fetchall()
    for event_id, text in rows:
        legal = json.loads(text)
        if isinstance(legal, dict) and change(legal):
            db.execute_sql(f"UPDATE event SET legal = {db.param} WHERE id = {db.param}",
                           (json.dumps(legal, ensure_ascii=False, separators=(",", ":")), event_id))


def _add_issued(legal):
    if all(key in legal for key in ISSUED):
        return False
    for key in ISSUED:
        legal.setdefault(key, None)
    return True


def _drop_issued(legal):
    return [legal.pop(key) for key in ISSUED if key in legal] != []


def _widths(migrator, db, width):
    if not isinstance(db, SqliteDatabase):
        migrator.migrate(*[migrator.alter_column_type(table, column, CharField(max_length=width, null=True))
                           for table, column in PARTS])


def up(migrator, db):
    if "other_causes" not in {column.name for column in db.get_columns("figure")}:
        migrator.migrate(*[migrator.add_column("figure", name, TextField(null=True)) for name in ADDED])
    _widths(migrator, db, 20)
    _rewrite_legal(db, _add_issued)


def down(migrator, db):
    _rewrite_legal(db, _drop_issued)
    _widths(migrator, db, 12)
    migrator.migrate(*[migrator.drop_column("figure", name) for name in ADDED])
