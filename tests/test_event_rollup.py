"""The events' rollup (migrations/0050, docs/api.md "Aggregates"): every aggregate it serves is what summing the
events gives, asked both ways on the same generated data, after creates, edits, deletions, undeletions, a
place's new parent or country and figures changed; a brute-force sum agrees too (tests/test_event_stats.py).
An `as_of` read sums the events as they were; a write made outside a write transaction is never read half-summed;
`db rebuild-rollup` sums it again and `--check` compares it with a fresh sum."""
import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from api import cli, db
from api.models import (EventRollup, EventRollupActor, EventRollupActorMember, EventRollupCountry, EventRollupMember,
                        EventRollupType)
from api.services import rollup, rollup_keys, rollup_upkeep
from schemas.stats import ADMIN_LEVELS, DEATH_CATEGORIES, EventsStatsQuery

from suites import examples
import test_event_stats
from test_event_stats import SUMS, brute_force, events, figures, key_of

ROLLED = ["type", "quad_class", "country", "place", "time", *ADMIN_LEVELS]
admin_places = test_event_stats.admin_places   # the fixture: a region, a district in it, a town in that
GROUPS = st.lists(st.sampled_from(ROLLED), min_size=1, max_size=2, unique=True)


def ask(client, params, rollup_allowed=True):
    """GET /v1/events/stats, from the rollup where it answers (or, not allowed, from the events); summed on every
    ask, never the bytes of an earlier one kept by the page cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(client.application.extensions, "page_cache", None)
        if not rollup_allowed:
            patch.setattr(rollup, "answers", lambda args: False)
        response = client.get(f"/v1/events/stats?{params}")
    assert response.status_code == 200, (params, response.get_json())
    return response.get_json()


def served_from_rollup(app, params):
    args = EventsStatsQuery().load(dict(p.split("=") for p in params.split("&")))
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        return rollup.answers(args)


def rollup_is_a_fresh_sum(app):
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        assert rollup_upkeep.differences() == ([], 0)


def both_ways_agree(client, app, group_by, interval):
    params = f"group_by={','.join(group_by)}" + (f"&interval={interval}" if "time" in group_by else "")
    assert served_from_rollup(app, params)
    answer = ask(client, params)
    assert answer == ask(client, params, rollup_allowed=False)
    expected, totals, imprecise = brute_force(client, "", EventsStatsQuery().load(dict(
        p.split("=") for p in params.split("&"))))
    got = {key_of(b, group_by): {n: b[n] for n in SUMS} for b in answer["buckets"] + answer["imprecise"] if b["events"]}
    assert got == expected and answer["totals"] == totals and answer["imprecise_events"] == imprecise


def change(client, admin, places, event_ids, deleted, step):
    """One write of a generated kind, on a generated event or place."""
    what, pick, payload = step
    if what == "place" and places:
        place = places[pick % len(places)]
        parent = payload["parent"] if payload["parent"] != place else None
        body = {"country": payload["country"], "parent_id": parent}
        assert client.patch(f"/v1/places/{place}", json=body).status_code in (200, 422)
        return
    if not event_ids:
        return
    event = event_ids[pick % len(event_ids)]
    if what == "delete" and event not in deleted:
        assert client.delete(f"/v1/events/{event}").status_code == 204
        deleted.add(event)
    elif what == "undelete" and event in deleted:
        assert admin.post(f"/v1/events/{event}/restore").status_code == 200
        deleted.discard(event)
    elif event not in deleted:
        body = {"figures": payload["figures"]} if what == "figures" else \
            {"occurrence": payload["occurrence"]} if what == "occurrence" else {
            "type": payload["type"], "place_id": payload["place"], "date_start": payload["when"]["date_start"],
            "date_end": payload["when"]["date_end"], "date_precision": payload["when"]["date_precision"]}
        response = client.patch(f"/v1/events/{event}", json=body)
        assert response.status_code == 200, response.get_json()


def steps(places):
    from test_event_stats import TYPES, dates
    payload = st.fixed_dictionaries({
        "type": st.sampled_from(TYPES), "when": dates(), "place": st.sampled_from([None, 2, 3, *places]),
        "figures": figures(), "country": st.sampled_from(["AZE", "ARM", "UKR"]),
        "parent": st.sampled_from([None, 1, *places]),
        "occurrence": st.sampled_from(["occurred", "alleged", "planned", "did_not_occur"])})   # migrations/0068
    kinds = ["edit", "figures", "delete", "undelete", "place", "place", "occurrence"]
    return st.tuples(st.sampled_from(kinds), st.integers(0, 99), payload)


def test_the_rollup_answers_as_the_events_do_after_every_kind_of_write(client, admin, app, admin_places):
    event_ids, deleted = [], set()

    @settings(max_examples=examples(40), deadline=None, suppress_health_check=list(HealthCheck),
              phases=[Phase.explicit, Phase.reuse, Phase.generate])
    @given(new=st.lists(events(admin_places), max_size=3), writes=st.lists(steps(admin_places), max_size=4),
           group_by=GROUPS, interval=st.sampled_from(["month", "quarter", "year"]))
    def check(new, writes, group_by, interval):
        for body in new:
            response = client.post("/v1/events", json=body)
            assert response.status_code == 201, response.get_json()
            event_ids.append(response.get_json()["id"])
        for step in writes:
            change(client, admin, admin_places, event_ids, deleted, step)
        rollup_is_a_fresh_sum(app)
        both_ways_agree(client, app, group_by, interval)
    check()


@pytest.mark.parametrize("params, served", [
    ("group_by=country,time&interval=month", True),
    ("group_by=admin1,type&format=csv", True),
    ("group_by=place,time&interval=year", True),
    ("group_by=quad_class,time&interval=quarter", True),
    ("group_by=time,type&interval=year", True),
    ("group_by=type", True),
    ("group_by=time&interval=week", False),
    ("group_by=time&interval=day", False),
    ("group_by=actor", False),
    ("group_by=treaty,type", False),
    ("group_by=country&type=FIGHT", False),
    ("group_by=country&claimant=1", False),
    ("group_by=country&date_from=2020-01-01", False),
    ("group_by=country&occurrence=any", False),   # the rollup sums occurred and alleged events (0068)
])
def test_only_the_asks_it_answers_exactly_are_served_from_the_rollup(client, app, params, served):
    assert served_from_rollup(app, params) is served
    assert ask(client, params) == ask(client, params, rollup_allowed=False)


def test_a_places_new_country_or_parent_moves_its_events(client, app, admin_places):
    region, district, town = admin_places
    body = {"title": "In the town", "type": "FIGHT", "date_start": "2032-03-03", "date_end": "2032-03-03",
            "date_precision": "day", "place_id": town, "source_ids": [1],
            "figures": [{"quantity": "deaths", "best": 12, "unit": "people", "source_ids": [1]}]}
    assert client.post("/v1/events", json=body).status_code == 201
    for patch in ({"country": "ARM", "parent_id": None}, {"country": "AZE", "parent_id": region},
                  {"country": "AZE", "parent_id": district}):
        assert client.patch(f"/v1/places/{town}", json=patch).status_code == 200
        rollup_is_a_fresh_sum(app)
        for group_by in (["country", "time"], ["country"], ["admin1"], ["admin2", "time"], ["place", "type"]):
            both_ways_agree(client, app, group_by, "month")
    answer = ask(client, "group_by=country,time&interval=year")
    assert {b["country"]: b["deaths"] for b in answer["buckets"] if b["time"] == "2032-01-01" and b["events"]} == {
        "AZE": 12}


def latest_change(client):
    """The change feed's cursor now: an as_of moment that counts every change made so far."""
    body, cursor = client.get("/v1/changes?limit=500").get_json(), None
    while True:
        cursor = body["cursor"]
        if not body["next"]:
            return cursor
        body = client.get(body["next"]).get_json()


def test_an_as_of_read_sums_the_events_as_they_were(client, app):
    params = "group_by=country,time&interval=month"
    before, moment = ask(client, params), latest_change(client)
    created = client.post("/v1/events", json={
        "title": "Later", "type": "FIGHT", "date_start": "2031-05-01", "date_end": "2031-05-01",
        "date_precision": "day", "place_id": 1, "source_ids": [1],
        "figures": [{"quantity": "deaths", "best": 7, "unit": "people", "source_ids": [1]}]})
    assert created.status_code == 201
    assert client.patch("/v1/events/1", json={"place_id": 2}).status_code == 200
    now = ask(client, params)
    assert now["totals"]["events"] == before["totals"]["events"] + 1 and now != before
    as_of = client.get(f"/v1/events/stats?{params}&as_of={moment}")
    assert as_of.status_code == 200, as_of.get_json()
    assert as_of.get_json() == before
    assert ask(client, params) == now   # the read rolled back what it put back, the rollup's keys too
    assert served_from_rollup(app, params)
    rollup_is_a_fresh_sum(app)


def test_a_write_outside_a_write_transaction_is_not_read_until_summed(client, app):
    params = "group_by=type"
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        db.database.execute_sql("UPDATE event SET type = 'AGREE' WHERE id = 1")   # marks its key stale
    assert not served_from_rollup(app, params)
    stale = ask(client, params)
    assert stale == ask(client, params, rollup_allowed=False)
    assert client.patch("/v1/events/2", json={"type": "FIGHT"}).status_code == 200   # a write sums what is stale
    assert served_from_rollup(app, params)
    assert ask(client, params) == ask(client, params, rollup_allowed=False)
    rollup_is_a_fresh_sum(app)


@pytest.mark.parametrize("params", ["group_by=country", "group_by=admin0,type", "group_by=type,time"])
def test_rebuild_rollup_sums_it_again_and_check_finds_a_difference(app, client, capsys, monkeypatch, params):
    monkeypatch.setenv("DATABASE_URL", app.config["DATABASE_URL"])
    right = ask(client, params)
    assert cli.main(["db", "rebuild-rollup", "--check"]) == 0
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        for table in ("event_rollup", "event_rollup_country", "event_rollup_type"):   # wrong on purpose
            db.database.execute_sql(f"UPDATE {table} SET events = events + 1")
    assert ask(client, params) != right   # (it is what the aggregates read)
    capsys.readouterr()
    assert cli.main(["db", "rebuild-rollup", "--check"]) == 1
    assert "differ from a fresh sum" in capsys.readouterr().out
    assert cli.main(["db", "rebuild-rollup"]) == 0
    assert capsys.readouterr().out.startswith("summed the events into ")
    assert cli.main(["db", "rebuild-rollup", "--check"]) == 0
    assert ask(client, params) == right


def test_the_rollup_models_are_the_migrated_tables_column_for_column(app):
    # The sums are declared once (api/models/rollup.py) for three tables: each table's columns, as its migration
    # made them, in order.
    with app.app_context():
        for model in (EventRollup, EventRollupCountry, EventRollupType, EventRollupActor, EventRollupMember,
                      EventRollupActorMember):
            migrated = [column.name for column in db.database.get_columns(model._meta.table_name)]
            assert migrated == [field.column_name for field in model._meta.sorted_fields]


def test_the_rollup_has_a_deaths_column_for_every_category():
    columns = set(EventRollup._meta.fields)
    assert {name for name in SUMS} <= columns
    assert {f"deaths_{category}" for category in DEATH_CATEGORIES} == {c for c in columns if c.startswith("deaths_")} - {
        "deaths_low", "deaths_best", "deaths_high"}


@pytest.mark.parametrize("chunk, whole", [(2, 10 ** 9), (100, 0)])
def test_many_stale_keys_are_summed_in_chunks_or_all_at_once(client, app, monkeypatch, chunk, whole):
    """Every key marked stale and every row made wrong: the next write's commit sums them all again, a few keys
    per statement, or (more than `WHOLE` keys, and most of the rollup) every event at once."""
    monkeypatch.setattr(rollup_upkeep, "CHUNK", chunk)
    monkeypatch.setattr(rollup_keys.MemberTable, "CHUNK", chunk)
    monkeypatch.setattr(rollup_upkeep, "WHOLE", whole)
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        db.database.execute_sql("INSERT INTO event_rollup_stale SELECT DISTINCT place_key, month_key FROM event_rollup")
        for table in ("event_rollup", "event_rollup_country", "event_rollup_type"):
            db.database.execute_sql(f"UPDATE {table} SET events = events + 5, deaths = deaths + 1")
    assert client.patch("/v1/events/1", json={"title": "Renamed"}).status_code == 200
    rollup_is_a_fresh_sum(app)
    both_ways_agree(client, app, ["country", "time"], "quarter")
    both_ways_agree(client, app, ["quad_class", "time"], "year")


def test_a_batch_an_import_and_a_restored_revision_keep_it_exact(app, client, tmp_path, monkeypatch, capsys):
    from dataset_imports import cli_importer
    from test_batch import CAPTURED_TOWN
    from test_ged_import import sample_rows, write_ged
    from test_import_releases import more_deaths

    assert client.post("/v1/batch", json=CAPTURED_TOWN).status_code == 200
    rollup_is_a_fresh_sum(app)
    columns, rows = sample_rows(3)
    importer = cli_importer("ucdp-ged", client, monkeypatch, capsys)
    assert importer(write_ged(tmp_path / "ged.csv", columns, rows))[0] == 0
    rollup_is_a_fresh_sum(app)
    code, summary, _ = importer(write_ged(tmp_path / "ged2.csv", columns, [more_deaths(rows[0]), *rows[1:]]))
    assert code == 0 and summary["updated"] == 1
    rollup_is_a_fresh_sum(app)
    assert client.patch("/v1/events/1", json={"type": "AGREE", "date_start": "2001-01-01"}).status_code == 200
    etag = client.get("/v1/events/1").headers["ETag"]
    version = client.get("/v1/events/1").get_json()["version"]
    assert client.post(f"/v1/events/1/revisions/{version - 1}/restore", headers={"If-Match": etag}).status_code == 200
    rollup_is_a_fresh_sum(app)
    for group_by in (["country", "time"], ["type"], ["admin0", "time"]):
        both_ways_agree(client, app, group_by, "year")


@pytest.mark.parametrize("params, table", [
    ("group_by=country,time&interval=month", "event_rollup_country"),
    ("group_by=type,time&interval=year", "event_rollup_type"),
    ("group_by=quad_class", "event_rollup_type"),
    ("group_by=type,country", "event_rollup"),
])
def test_each_aggregate_reads_the_smallest_rows_that_answer_it(client, app, params, table):
    # By country or by type (with or without a period), the rollup's rows summed again per country or per type
    # (some thousands at a million events, not hundreds of thousands): what the query reads is that table.
    args = EventsStatsQuery().load(dict(p.split("=") for p in params.split("&")))
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        sql, _ = rollup.grouped_query(args, SUMS).sql()
    assert f'FROM "{table}"' in sql
    assert ask(client, params) == ask(client, params, rollup_allowed=False)
