"""Parents never form a cycle, however deep the hierarchy, and a cycle already in the data cannot hang a
query (issue 8, M3)."""
import pytest

from api import db
from api.models import Actor, Event, Place

from helpers import BODIES, problem

# Longer than the 1,000 steps the cycle check used to walk up before giving up and letting the write in.
CHAIN = 1_005
MODELS = {"places": Place, "actors": Actor, "events": Event}
COLUMNS = {"places": {"name": "Ward", "kind": "district"}, "actors": {"name": "Unit", "kind": "armed_group"},
           "events": {"title": "Clash", "type": "ASSAULT", "date_start": "2020-10-01", "date_precision": "day"}}


def chain_below(kind_name, root_id, length=CHAIN):
    """Records of kind_name, each the child of the one before, under root_id; returns the deepest's ID."""
    model, parent = MODELS[kind_name], root_id
    with db.database.connection_context(), db.database.atomic():
        for _ in range(length):
            parent = model.insert(parent=parent, **COLUMNS[kind_name]).execute()
    return parent


def create(client, kind_name, **changes):
    response = client.post(f"/v1/{kind_name}", json={**BODIES[kind_name], **changes})
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


@pytest.mark.parametrize("kind_name", sorted(MODELS))
def test_a_cycle_through_a_chain_longer_than_the_old_walk_is_refused(client, dump, kind_name):
    root = create(client, kind_name)
    deepest = chain_below(kind_name, root)
    before = dump()
    put = client.put(f"/v1/{kind_name}/{root}", json={**BODIES[kind_name], "parent_id": deepest})
    assert "its own ancestor" in problem(put, 422)["errors"]["parent_id"][0]
    patch = client.patch(f"/v1/{kind_name}/{root}", json={"parent_id": deepest})
    assert "its own ancestor" in problem(patch, 422)["errors"]["parent_id"][0]
    assert dump() == before


@pytest.mark.parametrize("kind_name", sorted(MODELS))
def test_a_record_cannot_be_its_own_parent(client, kind_name):
    record = create(client, kind_name)
    response = client.patch(f"/v1/{kind_name}/{record}", json={"parent_id": record})
    assert "its own ancestor" in problem(response, 422)["errors"]["parent_id"][0]


@pytest.mark.parametrize("kind_name", ["places", "actors"])
def test_restoring_a_revision_that_would_close_a_cycle_is_refused(client, kind_name):
    a = create(client, kind_name, parent_id=None)
    b = create(client, kind_name, parent_id=None)
    assert client.patch(f"/v1/{kind_name}/{a}", json={"parent_id": b}).status_code == 200       # a's version 2
    assert client.patch(f"/v1/{kind_name}/{a}", json={"parent_id": None}).status_code == 200
    assert client.patch(f"/v1/{kind_name}/{b}", json={"parent_id": a}).status_code == 200
    response = client.post(f"/v1/{kind_name}/{a}/revisions/2/restore", headers={"If-Match": "*"})
    assert "its own ancestor" in problem(response, 422)["errors"]["parent_id"][0]


def test_a_cycle_already_in_the_data_does_not_hang_place_queries(client):
    """Written behind the service's back (an old version, a hand edit): reads and writes still answer."""
    root = create(client, "places", parent_id=None)
    deepest = chain_below("places", root)
    with db.database.connection_context():
        Place.update(parent=deepest).where(Place.id == root).execute()
    event = create(client, "events", place_id=deepest)
    within = client.get(f"/v1/events?place={root}")
    assert within.status_code == 200 and [e["id"] for e in within.get_json()["items"]] == [event]
    places = client.get(f"/v1/places?within={root}&limit=1&count=true")
    assert places.status_code == 200 and places.get_json()["total"] == CHAIN
    # A write whose parent is in the cycle walks it to the end, and answers.
    assert client.post("/v1/places", json={**BODIES["places"], "parent_id": deepest}).status_code == 201
    response = client.patch(f"/v1/places/{deepest}", json={"parent_id": root})
    assert "its own ancestor" in problem(response, 422)["errors"]["parent_id"][0]
