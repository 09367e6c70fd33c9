"""Each event's share of the rollups (migrations/0125, api/services/rollup_members.py, rollup_deltas.py) on the
engine under test: a write sums again only the events it changed and changes their rows by the difference (so a
row made wrong beforehand stays off by as much, which `db rebuild-rollup --check` finds); a fraction of a death
has the rows summed again from their members instead; and the migration fills every member, down and up again.
(That the rollups stay a fresh sum after every kind of write: tests/test_event_rollup.py and the others it names.)"""
import pytest

from api import cli, db
from api.models import EventRollupActorMember, EventRollupMember
from api.services import migrations, rollup_actors, rollup_members, rollup_upkeep
from databases import ENGINE
from helpers import BODIES, created

MONTH = "2020-10"


def event(best, actors=(9, 10)):
    """An event in one place and month, with deaths and two participants."""
    return {**BODIES["events"], "parent_id": None,
            "participants": [{"actor_id": actor, "role": "initiator"} for actor in actors],
            "figures": [{"quantity": "deaths", "best": best, "unit": "people", "as_of": "2020-10-28",
                         "source_ids": [1]}]}


def rows(app, table, key_column, key):
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        return db.database.execute_sql(
            f"SELECT SUM(events), SUM(deaths) FROM {table} WHERE {key_column} = ? AND month_key = ?"
            .replace("?", "%s" if not db.is_sqlite() else "?"), (key, MONTH)).fetchone()


def spoil(app, table, key_column, key):
    """Make a row of one key wrong by 7 events, as no write would: what a write then adds shows."""
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context(), db.write_transaction():
        db.database.execute_sql(f"UPDATE {table} SET events = events + 7 WHERE id = (SELECT MIN(id) FROM {table} "
                                f"WHERE {key_column} = ? AND month_key = ?)"
                                .replace("?", "%s" if not db.is_sqlite() else "?"), (key, MONTH))


def differences(app):
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        return rollup_upkeep.differences()


def test_a_create_changes_its_rows_by_its_own_share_only(client, app, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", app.config["DATABASE_URL"])
    for best in (3, 4):
        created(client, "events", event(best))
    before = rows(app, "event_rollup", "place_key", 6), rows(app, "event_rollup_actor", "actor_id", 9)
    spoil(app, "event_rollup", "place_key", 6)
    spoil(app, "event_rollup_actor", "actor_id", 9)
    created(client, "events", event(5))
    # the rows changed by the new event's share: the 7 events no write made are still there
    assert rows(app, "event_rollup", "place_key", 6) == (before[0][0] + 7 + 1, before[0][1] + 5)
    assert rows(app, "event_rollup_actor", "actor_id", 9) == (before[1][0] + 7 + 1, before[1][1] + 5)
    assert differences(app)[0]
    capsys.readouterr()
    assert cli.main(["db", "rebuild-rollup", "--check"]) == 1
    assert "differ from a fresh sum" in capsys.readouterr().out
    assert cli.main(["db", "rebuild-rollup"]) == 0
    assert differences(app) == ([], 0)


@pytest.mark.parametrize("best", [2.5, 0.1])
def test_a_fraction_of_a_death_has_the_rows_summed_again(client, app, best):
    created(client, "events", event(3))
    spoil(app, "event_rollup", "place_key", 6)
    spoil(app, "event_rollup_actor", "actor_id", 9)
    made = created(client, "events", event(best))
    assert differences(app) == ([], 0)   # summed from the members: the spoilt rows are right again
    assert client.patch(f"/v1/events/{made['id']}", json={"figures": event(1)["figures"]}).status_code == 200
    assert client.delete(f"/v1/events/{made['id']}").status_code == 204
    assert differences(app) == ([], 0)


def test_an_edit_moves_an_events_share_between_rows(client, app):
    made = created(client, "events", event(6))
    created(client, "events", event(2, actors=(9,)))
    patch = {"place_id": 2, "date_start": "2020-11-02", "date_end": "2020-11-02",
             "participants": [{"actor_id": 10, "role": "target"}, {"actor_id": 1, "role": "initiator"}]}
    assert client.patch(f"/v1/events/{made['id']}", json=patch).status_code == 200
    assert differences(app) == ([], 0)
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        assert EventRollupMember.get_by_id(made["id"]).month_key == "2020-11"
        assert sorted(m.actor_id for m in EventRollupActorMember.select().where(
            EventRollupActorMember.event_id == made["id"])) == [1, 10]


def test_the_migration_fills_every_member_down_and_up_again(client, app):
    for best in (3, 2.5):
        created(client, "events", event(best))
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        members = EventRollupMember.select().count(), EventRollupActorMember.select().count()
        assert members[0] >= 2 and members[1] >= 4
        migrations.runner().down(target="0125_rollup_members")
        assert "event_rollup_member" not in db.database.obj.get_tables()
        db.database.execute_sql("UPDATE event SET type = 'FIGHT'")   # no trigger left behind
        assert migrations.upgrade() == ["0125_rollup_members"]
        assert (EventRollupMember.select().count(), EventRollupActorMember.select().count()) == members
        assert rollup_upkeep.differences() == ([], 0)
    created(client, "events", event(4))
    assert differences(app) == ([], 0)


@pytest.mark.skipif(ENGINE != "sqlite", reason="SQLite's planner: PostgreSQL plans the same query its own way")
def test_summing_every_member_reads_each_events_deaths_by_index(app):
    """A rebuild sums every event's member at once (a migration's first upkeep too): SQLite must look each event's
    deaths up, not read all of them for every event. With the place joined for its country it did read them all
    (hours at a million events); the country is looked up per event instead."""
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        for query in (rollup_members.summed_query([], per_event=True),
                      rollup_actors.summed_query([], per_event=True)):
            sql, params = query.sql()
            plan = [row[3] for row in db.database.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
            assert not [step for step in plan if step.startswith("SCAN event_deaths")], plan
