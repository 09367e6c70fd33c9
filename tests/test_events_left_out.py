"""An events list says what the default occurrence rule leaves out (batch31): without occurrence= it reads only the
events reported to have happened, and curators read a planned event missing from the list as data lost. The JSON
page's `left_out` names the occurrences and the query that reads them; how many, when the page is empty or the
client asked for a count (X-Left-Out-Count too), never at the cost of a query on a common page."""
import pytest

from api.services import occurrence_filters, pages

from helpers import BODIES, created as post

BASE = {k: v for k, v in BODIES["events"].items() if k not in ("parent_id", "figures")}
LEFT_OUT = ["planned", "threatened", "prevented", "suspended", "cancelled", "did_not_occur"]


@pytest.fixture
def planner(client):
    """An actor whose only events are a planned attack and a foiled one, in 2021."""
    actor = post(client, "actors", {"name": "A planning cell", "kind": "non_state_armed_group"})["id"]
    for occurrence in ("planned", "prevented"):
        post(client, "events", {**BASE, "date_start": "2021-03-01", "date_end": None, "occurrence": occurrence,
                                "participants": [{"actor_id": actor, "role": "initiator"}]})
    return actor


@pytest.fixture
def counted(monkeypatch):
    """The queries of what is left out, as run (each is one COUNT)."""
    calls = []
    real = pages.left_out

    def spy(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(pages, "left_out", spy)
    return calls


def test_the_left_out_occurrences_are_every_one_but_those_counted():
    assert list(occurrence_filters.NOT_COUNTED) == LEFT_OUT


def test_an_empty_list_says_how_many_it_leaves_out_and_where_they_are(client, planner):
    response = client.get(f"/v1/events?actor={planner}&limit=5")
    body = response.get_json()
    assert body["items"] == []
    assert body["left_out"]["occurrences"] == LEFT_OUT and body["left_out"]["count"] == 2
    assert response.headers["X-Left-Out-Count"] == "2"
    href = body["left_out"]["href"]
    assert href.startswith("/v1/events?") and f"actor={planner}" in href and "limit=5" in href
    shown = client.get(href).get_json()
    assert sorted(e["occurrence"] for e in shown["items"]) == ["planned", "prevented"]
    assert "left_out" not in shown   # occurrence= given: nothing is left out by the default
    assert "X-Left-Out-Count" not in client.get(href).headers


def test_a_records_neighbourhood_says_so_too(client, planner):
    body = client.get(f"/v1/actors/{planner}/events").get_json()
    assert body["items"] == [] and body["left_out"]["count"] == 2
    assert body["left_out"]["href"].startswith(f"/v1/actors/{planner}/events?occurrence=")
    assert len(client.get(body["left_out"]["href"]).get_json()["items"]) == 2


def test_a_page_with_events_names_the_rule_without_counting(client, planner, counted, monkeypatch):
    post(client, "events", {**BASE, "date_start": "2021-03-02", "date_end": None,
                            "participants": [{"actor_id": planner, "role": "initiator"}]})
    monkeypatch.setitem(client.application.extensions, "page_cache", None)
    response = client.get(f"/v1/events?actor={planner}&date_from=2021-01-01&date_to=2021-12-31&limit=50"
                          "&include=participants")
    body = response.get_json()
    assert len(body["items"]) == 1
    assert body["left_out"]["count"] is None and "X-Left-Out-Count" not in response.headers
    assert counted == []   # the benchmark's list (an actor's events in a year) pays no query for it
    response = client.get(f"/v1/events?actor={planner}&count=true")
    body = response.get_json()
    assert (body["total"], body["left_out"]["count"]) == (1, 2)
    assert response.headers["X-Left-Out-Count"] == "2" and len(counted) == 1


def test_a_cursor_is_dropped_from_the_href(client, planner):
    first = client.get("/v1/events?limit=1").get_json()
    assert first["left_out"]["count"] is None
    later = client.get(first["next"]).get_json()
    assert "cursor" not in later["left_out"]["href"] and "limit=1" in later["left_out"]["href"]


def test_other_kinds_and_formats(client, planner):
    assert "left_out" not in client.get("/v1/actors?limit=1").get_json()
    csv = client.get(f"/v1/events?actor={planner}&format=csv")
    assert csv.status_code == 200 and csv.headers["X-Left-Out-Count"] == "2"
    assert client.get(f"/v1/events?actor={planner}&occurrence=any").get_json()["items"]


def test_the_page_schema_documents_it(anonymous):
    schemas = anonymous.get("/openapi.json").get_json()["components"]["schemas"]
    assert "left_out" in schemas["EventOutPage"]["properties"]
    assert "left_out" not in schemas["ActorOutPage"]["properties"]
    assert set(schemas["LeftOut"]["properties"]) == {"occurrences", "count", "href", "by_occurrence", "hint"}
