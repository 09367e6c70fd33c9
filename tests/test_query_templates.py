"""api/query_templates.py on the engine under test: a statement's text composed once per shape and run again with
other values answers what peewee composing it anew answers; a shape it cannot keep (a value with no stand-in) is
composed every time; and the rollups' upkeep keeps its statements' text after a write through HTTP. (That the
rollups stay exact after every kind of write: tests/test_event_rollup.py, test_event_rollup_actor.py.)"""
import datetime

from api import db
from api.models import Event
from api.query_templates import Templates
from api.services import rollup_actors, rollup_deltas, rollup_members, rollup_upkeep
from helpers import BODIES, created as post


def _ids(cursor):
    return sorted(row[0] for row in cursor.fetchall())


def _query(values):
    ids, day = values[:-1], values[-1]
    return Event.select(Event.id).where(Event.id.in_(ids) & ((Event.date_start >= day) | Event.date_start.is_null()))


def test_a_kept_shape_answers_as_peewee_does_with_other_values(app, client):
    made = [post(client, "events", {**BODIES["events"], "date_start": f"2021-0{n}-01", "date_end": None})["id"]
            for n in (1, 2, 3)]
    templates = Templates()
    with db.database.connection_context():
        for values in ([made[0], made[1], datetime.date(2021, 1, 15)], [made[1], made[2], datetime.date(2020, 1, 1)],
                       [made[2], made[0], datetime.date(2021, 3, 2)]):
            assert _ids(templates.execute("two", _query, values)) == _ids(db.database.execute_sql(*_query(values).sql()))
        assert list(templates._kept.values()) != [False]
        # None has no stand-in: the shape is not kept, and peewee composes it each time
        assert _ids(templates.execute("none", lambda v: Event.select(Event.id).where(Event.id.in_(v)), [made[0], None]))\
            == [made[0]]
        assert templates._kept[(db.is_sqlite(), "none")] is False
        # many values (an import's batch of keys): composed each time, never kept
        many = made * 20 + [datetime.date(2020, 1, 1)]
        assert _ids(templates.execute("many", _query, many)) == sorted(made)
        assert (db.is_sqlite(), "many") not in templates._kept


def test_the_rollups_keep_their_statements_after_a_write(client):
    post(client, "events", {**BODIES["events"], "date_start": "2022-05-03", "date_end": None})
    post(client, "events", {**BODIES["events"], "date_start": "2022-05-03", "date_end": "2022-05-04"})   # (a date key)
    post(client, "events", {**BODIES["events"], "date_start": "2022-05-03", "date_end": "2022-05-04"})
    for templates, names in ((rollup_upkeep.TEMPLATES, ("pending", "changed", "stale", "clear")),
                             (rollup_members.TEMPLATES, ("current",)), (rollup_actors.TEMPLATES, ("current",)),
                             (rollup_members.PLACES.templates, ("members of", "unmember", "members")),
                             (rollup_actors.ACTORS.templates, ("members of", "unmember", "members")),
                             (rollup_deltas.TEMPLATES, ("add",))):
        kept = {key[1][0]: bool(value) for key, value in templates._kept.items()}
        assert all(kept.get(name) for name in names) and all(kept.values()), kept
