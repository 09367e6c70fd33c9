"""What an event covers (issue 10, events28; trial t40 #58 "a ban on its diamond exports": a SANCTION event could
not name the goods; docs/api.md "Events28: ...").

- event gains `covers` (a JSON list of {item, kind, excluded, group}, as a provision's covers): null for every
  existing event, read as [] (nullable, as service_disruptions in 0071, so that SQLite adds it without rebuilding
  the event table and its rollup triggers); their reporting was not read for it.

- a legal action's `in_force_as_of_precision` and `in_force_as_of_bound` (t39 #58 "the order remained in force",
  said on a day not reported) live in the event's stored `legal` JSON: every existing one gains them, day when it
  has an in_force_as_of, else null (and in_force_as_of null where 0094's writes had not added it), so that it reads
  as a new one does. legal_in_force_as_of keeps the day: a day alone is its own first day.

The other terms of the round (participant roles charterer and transporter, the actor relation ruling_party_of) need
no column: they are values of existing ones.

Old revisions stay valid input: the new fields have defaults ([], null). down() drops the column and the keys.
Migrations import nothing but peewee (and the standard library).
"""
import json

from peewee import TextField

ADDED = (("event", "covers", lambda: TextField(null=True)),)   # null (read as []): no table rebuild


IN_FORCE = ("in_force_as_of_precision", "in_force_as_of_bound")


def _rewrite_legal(db, change):
    rows = db.execute_sql("SELECT id, legal FROM event WHERE legal IS NOT NULL").fetchall()
    for event_id, text in rows:
        legal = json.loads(text)
        if isinstance(legal, dict) and change(legal):
            db.execute_sql(f"UPDATE event SET legal = {db.param} WHERE id = {db.param}",
                           (json.dumps(legal, ensure_ascii=False, separators=(",", ":")), event_id))


def _add_in_force(legal):
    if all(key in legal for key in IN_FORCE):
        return False
    legal.setdefault("in_force_as_of", None)
    legal.setdefault("in_force_as_of_precision", "day" if legal["in_force_as_of"] is not None else None)
    legal.setdefault("in_force_as_of_bound", None)
    return True


def _drop_in_force(legal):
    return [legal.pop(key) for key in IN_FORCE if key in legal] != []


def up(migrator, db):
    present = {column.name for column in db.get_columns("event")}
    missing = [migrator.add_column(table, name, make()) for table, name, make in ADDED if name not in present]
    if missing:
        migrator.migrate(*missing)
    _rewrite_legal(db, _add_in_force)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
    _rewrite_legal(db, _drop_in_force)
