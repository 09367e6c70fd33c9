"""The faster forms of some collection queries give what the general form gives.

- `actor=` sorted by ID is a join on participant walking its (actor_id, event_id) index, one row per event
  however many roles the actor has in it;
- a search by relevance alone is ranked and cut inside the search index before records are read;
- an export selects the matching IDs once per many records and reads the records by ID, a batch at a time;
- rows are read without peewee's conversion, and cursors stay the same strings.
"""
import datetime
import json

import pytest
from peewee import SQL, Select, fn

from api import db
from api.models import Statement
from api.models.base import utcnow
from api.services import cursors, exports, pages, stored

from helpers import BODIES, EVENT, STATEMENT


def all_pages(client, path):
    """Every record, following next links; no page but the last is short."""
    seen, url, pages = [], path, []
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.get_json()
        body = response.get_json()
        pages.append(len(body["items"]))
        seen += body["items"]
        url = body["next"]
    assert all(size == body["limit"] for size in pages[:-1]), pages
    return seen


def export(client, path):
    response = client.get(path)
    assert response.status_code == 200 and response.is_streamed
    return [json.loads(line) for line in response.get_data(as_text=True).splitlines()]


# --- actor= as a join on participant -------------------------------------------------------------------------

ACTOR = 9   # in events 1, 3 and 4 of the example data


@pytest.fixture
def roles(client):
    """Events in which actor 9 has one, two or three roles (some by themselves, some with others), one of
    them deleted; returns {event id: roles of actor 9} for the live events it takes part in."""
    plans = [["initiator", "target"], ["side_a"], ["initiator", "participant", "target"], [], ["side_a", "side_b"],
             ["target"], ["initiator", "target"], ["participant", "side_b"]]
    expected = {1: {"side_a"}, 3: {"initiator"}, 4: {"initiator"}}
    for n, plan in enumerate(plans):
        participants = [{"actor_id": ACTOR, "role": role} for role in plan] + [{"actor_id": 10, "role": "target"}]
        created = client.post("/v1/events", json={**EVENT, "title": f"Event {n}", "participants": participants})
        assert created.status_code == 201, created.get_json()
        if plan:
            expected[created.get_json()["id"]] = set(plan)
    deleted = max(ident for ident, plan in expected.items() if len(plan) > 1)
    assert client.delete(f"/v1/events/{deleted}").status_code == 204
    del expected[deleted]
    return expected


@pytest.mark.parametrize("limit", [1, 2, 3, 50])
def test_actor_pages_give_each_event_once_in_id_order(client, roles, limit):
    for sort in ("", "&sort=id"):
        paged = all_pages(client, f"/v1/events?actor={ACTOR}&limit={limit}{sort}")
        assert [r["id"] for r in paged] == sorted(roles)
    paged = all_pages(client, f"/v1/events?actor={ACTOR}&limit={limit}&sort=-id")
    assert [r["id"] for r in paged] == sorted(roles, reverse=True)
    for record in paged:   # every participant of the event is there, not only the row that matched
        mine = {p["role"] for p in record["participants"] if p["actor"]["id"] == ACTOR}
        assert mine == roles[record["id"]]


@pytest.mark.parametrize("role", ["initiator", "target", "side_b", "participant"])
def test_actor_in_a_role_pages(client, roles, role):
    expected = sorted(ident for ident, plan in roles.items() if role in plan)
    assert [r["id"] for r in all_pages(client, f"/v1/events?actor={ACTOR}&role={role}&limit=2")] == expected


def test_actor_join_agrees_with_the_general_form(client, roles):
    """Other filters, the count, and other sorts (which keep `id IN (SELECT ...)`) give the same events."""
    by_id = all_pages(client, f"/v1/events?actor={ACTOR}&type=FIGHT&date_from=2020-10-01&limit=2")
    by_date = all_pages(client, f"/v1/events?actor={ACTOR}&type=FIGHT&date_from=2020-10-01&sort=date_start&limit=500")
    assert [r["id"] for r in by_id] == sorted(r["id"] for r in by_date)
    body = client.get(f"/v1/events?actor={ACTOR}&count=true&limit=2").get_json()
    assert body["total"] == len(roles) and len(body["items"]) == 2
    assert client.get(f"/v1/events?actor={ACTOR}&role=target&count=true").get_json()["total"] == len(
        [plan for plan in roles.values() if "target" in plan])


def test_actor_cursor_is_the_cursor_of_an_id_sort(client, roles):
    """The join form's cursor is the same string the general form gives for the same position."""
    first = client.get(f"/v1/events?actor={ACTOR}&limit=2").get_json()
    cursor = first["next"].split("cursor=")[1]
    assert cursor == cursors.encode([cursors.SortKey("id", False)], {"id": first["items"][-1]["id"]})
    second = client.get(f"/v1/events?actor={ACTOR}&limit=2&cursor={cursor}").get_json()
    assert [r["id"] for r in first["items"] + second["items"]] == sorted(roles)[:4]


def test_actor_listing_walks_the_index_in_order(app, engine):
    """The page's query reads participant's (actor_id, event_id) index from the cursor on, without a sort."""
    if engine != "sqlite":
        pytest.skip("SQLite's EXPLAIN QUERY PLAN")
    from schemas.arguments import QUERY_SCHEMAS
    args = QUERY_SCHEMAS["events"]().load({"actor": "9", "date_from": "2020-01-01", "limit": "50"})
    with app.app_context(), db.database.connection_context():
        p = pages.plan("events", args)
        sql, params = pages.ordered(p, [3]).limit(51).sql()
        steps = [row[3] for row in db.database.execute_sql("EXPLAIN QUERY PLAN " + sql, params)]
    assert any("participant_actor_id_event_id (actor_id=? AND event_id>?)" in step for step in steps), steps
    assert not any("TEMP B-TREE" in step for step in steps), steps


def test_an_events_links_are_read_from_covering_indexes(client, app, engine, monkeypatch):
    """A page's participants and its links given as IDs come from (event_id, position, ...) indexes alone,
    in order: no visit to the link tables' rows, no sort (migrations/0005). Assembled, as when no stored form
    serves them (a read as of a past moment, a form not yet stored): stored forms are not read here."""
    if engine != "sqlite":
        pytest.skip("SQLite's EXPLAIN QUERY PLAN")
    from api import representations
    monkeypatch.setattr(stored, "bodies", lambda *args, **kwargs: {})
    run, original = [], representations.sql.rows
    monkeypatch.setattr(representations.sql, "rows", lambda text, params=(): (run.append((text, params)),
                                                                              original(text, params))[1])
    # Embedded participants (with their actors' names); treaties, figures and sources as IDs.
    assert client.get("/v1/events?limit=5&include=participants").status_code == 200
    link_tables = ("participant", "event_treaty", "figure", "event_source")
    with app.app_context(), db.database.connection_context():
        plans = [[row[3] for row in db.database.execute_sql("EXPLAIN QUERY PLAN " + text, params)]
                 for text, params in run if any(f'"{table}"' in text for table in link_tables)]
    read = [step for steps in plans for step in steps if step.startswith("SEARCH")]
    for table in link_tables:
        assert any(f"USING COVERING INDEX {table}_event_id_position" in step for step in read), (table, read)
    assert not any("TEMP B-TREE" in step for steps in plans for step in steps), plans


# --- counting from the partial index of live records ----------------------------------------------------------

@pytest.mark.parametrize("kind", ["sources", "actors", "places", "events", "treaties", "statements"])
def test_count_leaves_tombstones_out(client, admin, kind):
    everything = all_pages(client, f"/v1/{kind}?limit=500")
    assert client.get(f"/v1/{kind}?count=true").get_json()["total"] == len(everything)
    created = client.post(f"/v1/{kind}", json=BODIES[kind]).get_json()
    assert client.get(f"/v1/{kind}?count=true").get_json()["total"] == len(everything) + 1
    assert client.delete(f"/v1/{kind}/{created['id']}").status_code == 204
    assert client.get(f"/v1/{kind}?count=true").get_json()["total"] == len(everything)
    assert admin.post(f"/v1/{kind}/{created['id']}/restore").status_code == 200
    assert client.get(f"/v1/{kind}?count=true").get_json()["total"] == len(everything) + 1


def test_count_reads_the_live_index(app, engine):
    if engine != "sqlite":
        pytest.skip("SQLite's EXPLAIN QUERY PLAN")
    from schemas.arguments import QUERY_SCHEMAS
    with app.app_context(), db.database.connection_context():
        for kind in ("events", "statements"):
            query = pages.plan(kind, QUERY_SCHEMAS[kind]().load({})).query
            counting = Select([query.order_by().alias("_wrapped")], [fn.COUNT(SQL("1"))])   # as query.count()
            sql, params = counting.sql()
            steps = [row[3] for row in db.database.execute_sql("EXPLAIN QUERY PLAN " + sql, params)]
            assert any(f"{kind[:-1]}_live" in step for step in steps), steps


# --- search by relevance, limited inside the index -------------------------------------------------------------

WORD = "quagmire"


@pytest.fixture
def statements(client):
    """12 statements on WORD, more relevant the more often they say it, in an order unlike their IDs."""
    made = []
    for n in [3, 7, 1, 9, 5, 11, 2, 8, 4, 12, 6, 10]:
        body = {**STATEMENT, "quote": f"{WORD} " * n + "and other words " * 5}
        made.append(client.post("/v1/statements", json=body).get_json()["id"])
    return made


def _search(client, limit, extra=""):
    return [r["id"] for r in all_pages(client, f"/v1/statements?q={WORD}&limit={limit}{extra}")]


@pytest.mark.parametrize("limit", [1, 2, 5, 12, 20])
def test_search_pages_with_deleted_records(client, admin, statements, limit):
    full = _search(client, 100)
    assert sorted(full) == sorted(statements)
    # The same order as the general form (a filter every one of them passes keeps the join-then-sort form).
    assert _search(client, limit, "&language=en") == full
    gone = [full[0], full[limit % len(full)], full[-1], full[len(full) // 2]]
    for ident in set(gone):
        assert client.delete(f"/v1/statements/{ident}").status_code == 204
    live = [ident for ident in full if ident not in gone]
    assert _search(client, limit) == live
    assert _search(client, limit, "&language=en") == live
    assert client.get(f"/v1/statements?q={WORD}&count=true&limit={limit}").get_json()["total"] == len(live)
    assert admin.post(f"/v1/statements/{gone[0]}/restore").status_code == 200
    assert _search(client, limit) == [ident for ident in full if ident == gone[0] or ident in live]


def test_search_page_stays_whole_when_a_hit_has_no_live_record(client, app, statements):
    """Should the index still hold a record that is gone, the page is read the long way rather than short."""
    full = _search(client, 100)
    with app.app_context(), db.database.connection_context():
        (Statement.update(deleted_at=utcnow(), deleted_by="test")
         .where(Statement.id.in_([full[1], full[2]])).execute())   # behind the index's back
    live = [ident for ident in full if ident not in (full[1], full[2])]
    for limit in (1, 2, 3, 4, 50):
        assert _search(client, limit) == live


def test_search_cursor_continues_the_general_form(client, statements):
    """A cursor from the fast form works with the general form's query and the other way round: same sort."""
    fast = client.get(f"/v1/statements?q={WORD}&limit=4").get_json()
    general = client.get(f"/v1/statements?q={WORD}&limit=4&language=en").get_json()
    assert fast["next"].split("cursor=")[1] == general["next"].split("cursor=")[1]


# --- exports ----------------------------------------------------------------------------------------------------

@pytest.fixture
def small_batches(monkeypatch):
    """Batches of 2 records, the IDs selected 5 at a time, and a count of the time-limit renewals."""
    from api import timeouts
    monkeypatch.setattr(exports, "EXPORT_BATCH", 2)
    monkeypatch.setattr(exports, "EXPORT_KEYS_BATCH", 5)
    renewals = []
    original = timeouts.renew
    monkeypatch.setattr(timeouts, "renew", lambda: (renewals.append(1), original())[1])
    return renewals


@pytest.mark.parametrize("query", ["", "sort=-id", "sort=-date_start,title", "sort=created_at", f"actor={ACTOR}",
                                   f"actor={ACTOR}&sort=-id", "type=FIGHT,ASSAULT&sort=type,-id"])
def test_export_is_complete_across_batches(client, roles, small_batches, query):
    paged = all_pages(client, f"/v1/events?{query}&limit=3")
    assert len(paged) > 5   # more than one selection of IDs, several batches each
    exported = export(client, f"/v1/events?{query}&format=ndjson")
    assert [r["id"] for r in exported] == [r["id"] for r in paged]
    assert exported == paged   # the same records, whole
    batches = -(-len(paged) // 2)
    assert len(small_batches) >= 2 * batches   # the time limit renewed for each batch's query and records


def test_export_of_a_search_by_relevance(client, statements, small_batches):
    assert client.delete(f"/v1/statements/{statements[4]}").status_code == 204
    paged = [r["id"] for r in all_pages(client, f"/v1/statements?q={WORD}&limit=3")]
    assert [r["id"] for r in export(client, f"/v1/statements?q={WORD}&format=ndjson")] == paged
    assert len(paged) == len(statements) - 1


def test_export_of_everything(client, small_batches):
    everything = [r["id"] for r in all_pages(client, "/v1/actors?limit=500")]
    assert [r["id"] for r in export(client, "/v1/actors?format=ndjson")] == everything
    assert export(client, "/v1/events?country=FRA&format=ndjson") == []


def test_export_skips_records_deleted_while_it_runs(client, roles, small_batches, monkeypatch):
    """A record deleted after its ID was selected, before its batch was read, is not exported (deleted as a
    delete does it: its row marked, its stored forms forgotten, in one transaction)."""
    from api.models import Event
    from api.services.kinds import KINDS
    deleted, original = [], exports._sort_values

    def select_then_delete(p, after, limit):
        ids, last = original(p, after, limit)
        if len(ids) > 3 and not deleted:
            deleted.append(ids[3])
            Event.update(deleted_at=utcnow(), deleted_by="test").where(Event.id == ids[3]).execute()
            stored.forget(KINDS["events"], ids[3])
        return ids, last

    everything = [r["id"] for r in all_pages(client, "/v1/events?limit=500")]
    monkeypatch.setattr(exports, "_sort_values", select_then_delete)
    got = [r["id"] for r in export(client, "/v1/events?format=ndjson")]
    assert deleted and got == [ident for ident in everything if ident != deleted[0]]


# --- rows read raw, cursors unchanged ------------------------------------------------------------------------

@pytest.mark.parametrize("stored, value", [
    ("2024-01-01 12:00:00.123456", datetime.datetime(2024, 1, 1, 12, 0, 0, 123456)),
    ("2024-01-01 12:00:00", datetime.datetime(2024, 1, 1, 12, 0, 0)),
    ("2024-01-01T12:00:00.000100", datetime.datetime(2024, 1, 1, 12, 0, 0, 100)),
])
def test_a_cursor_is_the_same_from_a_timestamp_or_its_stored_text(stored, value):
    for spec in (["created_at", "id"], ["-updated_at", "id"]):
        keys = [cursors.SortKey(name.lstrip("-"), name.startswith("-")) for name in spec]
        name = keys[0].name
        from_text = cursors.encode(keys, {name: stored, "id": 7})
        assert from_text == cursors.encode(keys, {name: value, "id": 7})
        from api.models import Event
        columns = {"id": Event.id, name: getattr(Event, name)}
        assert cursors.decode(from_text, keys, columns) == [value, 7]


def test_a_cursor_is_the_same_from_a_date_or_its_stored_text():
    keys = [cursors.SortKey("date_start", False), cursors.SortKey("id", False)]
    assert (cursors.encode(keys, {"date_start": "2020-10-01", "id": 3})
            == cursors.encode(keys, {"date_start": datetime.date(2020, 10, 1), "id": 3}))


def test_text_sort_values_that_look_like_timestamps_stay_text(client):
    """Only timestamp columns are read as timestamps: a title is compared as the text it is."""
    titles = ["2024-01-01 12:00:00", "2024-01-01 12:00:00.5", "2024-01-01T12:00:00", "2024-01-01 12:00:01"]
    made = [client.post("/v1/events", json={**EVENT, "title": title}).get_json()["id"] for title in titles]
    paged = all_pages(client, "/v1/events?sort=title&limit=1")
    mine = [r["id"] for r in paged if r["id"] in made]
    assert mine == [made[i] for i in sorted(range(len(titles)), key=lambda i: titles[i])]


def test_rows_read_raw_look_as_before(client):
    """Timestamps, dates, references and numbers come out in the same form in a page, an export and a GET."""
    page = client.get("/v1/events?limit=500").get_json()["items"]
    exported = export(client, "/v1/events?format=ndjson")
    assert exported == page
    for record in page:
        assert client.get(f"/v1/events/{record['id']}").get_json() == record
    places = client.get("/v1/places?limit=500").get_json()["items"]
    for record in places:
        assert client.get(f"/v1/places/{record['id']}").get_json() == record
    assert all(record["created_at"].endswith("Z") and "T" in record["created_at"] for record in page)
