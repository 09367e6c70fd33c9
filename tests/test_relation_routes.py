"""Each relation route answers what its equivalent collection filter answers, with the same plan.

/v1/actors/9/events is /v1/events?actor=9, /v1/treaties/1/statements is /v1/statements?about_treaty=1, and so
on (api/services/filters.py: RELATIONS), checked for every record of the example data. /v1/places/3/events
lists the events at the place itself, while ?place=3 takes in the places inside it too (docs/api.md), and
/v1/statements/5/statements has no query parameter: both are checked against the records themselves.
"""
from urllib.parse import parse_qs, urlsplit

import pytest

from api.services import pages

# (owner kind, route) -> the equivalent collection query's path and parameter (None: no parameter)
ROUTES = {
    ("actors", "events"): ("/v1/events", "actor"),
    ("actors", "statements"): ("/v1/statements", "speaker"),
    ("places", "events"): ("/v1/events", None),
    ("events", "sub-events"): ("/v1/events", "parent"),
    ("events", "statements"): ("/v1/statements", "about_event"),
    ("treaties", "events"): ("/v1/events", "treaty"),
    ("treaties", "statements"): ("/v1/statements", "about_treaty"),
    ("statements", "statements"): ("/v1/statements", None),
    ("events", "related"): ("/v1/events", "related_to"),
    ("actors", "members"): ("/v1/actors", "member_of"),
    ("actors", "related"): ("/v1/actors", "related_to"),
    ("places", "statements"): ("/v1/statements", "about_place"),
    ("treaties", "related"): ("/v1/treaties", "relates_to"),
}


def everything(client, path):
    body = client.get(path + ("&" if "?" in path else "?") + "limit=500").get_json()
    assert body["next"] is None
    return body["items"]


def _linked_id(value):
    return value["id"] if isinstance(value, dict) else value


def by_itself(owner_kind, record_id, items):
    """What a route without a query parameter lists, read from the records."""
    if owner_kind == "places":
        return [item for item in items if _linked_id(item["place"]) == record_id
                or record_id in [_linked_id(other["place"]) for other in item["other_places"]]]
    return [item for item in items if record_id in [_linked_id(other["statement"]) for other in item["relations"]]]


def test_every_route_is_covered():
    from api.services.filters import RELATIONS
    assert set(RELATIONS) == set(ROUTES)


@pytest.mark.parametrize("owner_kind, route", sorted(ROUTES))
def test_a_route_answers_what_its_filter_answers(client, owner_kind, route):
    collection, parameter = ROUTES[(owner_kind, route)]
    owners = [item["id"] for item in everything(client, f"/v1/{owner_kind}")]
    whole = everything(client, collection) if parameter is None else None
    for record_id in owners:
        listed = everything(client, f"/v1/{owner_kind}/{record_id}/{route}")
        expected = (everything(client, f"{collection}?{parameter}={record_id}") if parameter
                    else by_itself(owner_kind, record_id, whole))
        assert listed == expected, (owner_kind, record_id, route)


def test_sub_places_are_in_the_filter_not_in_the_route(client):
    """Place 1 of the example data has places inside it with events: ?place= counts them, the route does not."""
    inside = [item for item in everything(client, "/v1/events?place=1") if _linked_id(item["place"]) != 1]
    assert inside, "the example data should have events at places inside place 1"
    assert not [item for item in everything(client, "/v1/places/1/events") if _linked_id(item["place"]) != 1]


@pytest.mark.parametrize("route, query", [
    ("/v1/actors/9/events?limit=1", "/v1/events?actor=9&limit=1"),
    ("/v1/treaties/1/events?limit=1&sort=-date_start", "/v1/events?treaty=1&limit=1&sort=-date_start"),
])
def test_a_route_pages_with_the_cursors_of_its_filter(client, route, query):
    def cursors(path):
        found = []
        while path:
            body = client.get(path).get_json()
            found.append([item["id"] for item in body["items"]])
            path = body["next"]
            if path:
                found.append(parse_qs(urlsplit(path).query)["cursor"][0])
        return found

    assert cursors(route) == cursors(query)


def test_the_events_of_an_actor_walk_the_participant_index(client, monkeypatch):
    """/v1/actors/9/events gets the plan ?actor=9 gets: a join walking participant's (actor_id, event_id) index."""
    planned = []
    original = pages.plan

    def spy(*args, **kwargs):
        planned.append(original(*args, **kwargs))
        return planned[-1]

    monkeypatch.setattr(pages, "plan", spy)
    assert client.get("/v1/actors/9/events").status_code == 200
    assert client.get("/v1/events?actor=9").status_code == 200
    route, query = planned
    assert route.ordered is not None and query.ordered is not None
    assert route.ordered.sql() == query.ordered.sql()


def test_a_filter_of_the_same_name_narrows_the_route(client):
    """/v1/actors/9/events?actor=10 lists the events both actors take part in, as it always has."""
    both = {item["id"] for item in everything(client, "/v1/events?actor=9")} & {
        item["id"] for item in everything(client, "/v1/events?actor=10")}
    assert {item["id"] for item in everything(client, "/v1/actors/9/events?actor=10")} == both
    assert everything(client, "/v1/events/1/sub-events?parent=2") == []
