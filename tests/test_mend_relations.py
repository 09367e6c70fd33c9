"""The mending round's relations area (migrations/0014) through HTTP: typed actor relations with their inverse
route and filters, new actor kinds, place descriptions, roles of an event's further places, people released
or exchanged as participants, statements that supplement others, bulletins."""
import csv
import io

from helpers import BODIES, problem


def _ids(client, path):
    return [item["id"] for item in client.get(path).get_json()["items"]]


def _actor(client, **extra):
    response = client.post("/v1/actors", json={**BODIES["actors"], "external_ids": {}, **extra})
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()


def test_actor_relations_round_trip_inverse_route_filters_and_csv(client):
    russia = _actor(client, name="Russia", kind="state")["id"]
    dpr = _actor(client, name="Donetsk People's Republic", kind="de_facto_authority", relations=[
        {"actor_id": russia, "relation": "backed_by", "since": {"edtf": "2014-04"}}])
    shown = dpr["relations"][0]
    assert shown["actor"]["id"] == russia and shown["relation"] == "backed_by" and shown["until"] is None
    assert dpr["relations"][0]["since"]["precision"] == "month"
    court = _actor(client, name="Supreme Court of the DPR", kind="court", parent_id=dpr["id"])
    assert court["kind"] == "court" and court["relations"] == []
    friend = _actor(client, name="Viktor Medvedchuk", kind="person",
                    relations=[{"actor_id": russia, "relation": "associate_of"}])["id"]
    assert sorted(_ids(client, f"/v1/actors/{russia}/related")) == sorted([dpr["id"], friend])
    assert _ids(client, f"/v1/actors/{russia}/related?relation=backed_by") == [dpr["id"]]
    assert _ids(client, f"/v1/actors?related_to={russia}&relation=associate_of") == [friend]
    assert dpr["id"] in _ids(client, "/v1/actors?relation=backed_by&limit=500")
    embedded = client.get(f"/v1/actors/{dpr['id']}?include=relations").get_json()
    assert embedded["relations"][0]["actor"]["name"] == "Russia"
    rows = list(csv.DictReader(io.StringIO(client.get(f"/v1/actors?related_to={russia}&relation=backed_by"
                                                      "&format=csv").get_data(as_text=True))))
    assert rows[0]["relations"] == f"{russia}:backed_by"
    # the actor named cannot be deleted while a relation names it
    problem(client.delete(f"/v1/actors/{russia}"), 409)


def test_actor_relations_refused_with_the_field_named(client):
    a = _actor(client)["id"]
    errors = problem(client.patch(f"/v1/actors/{a}", json={"relations": [{"actor_id": a, "relation": "opposes"}]}),
                     422)["errors"]
    assert errors["relations"]["0"]["actor_id"] == ["An actor cannot be related to itself."]
    errors = problem(client.patch(f"/v1/actors/{a}", json={"relations": [
        {"actor_id": 1, "relation": "allied_with", "since": {"date": "2020-01-01"}, "until": {"date": "2019-01-01"}}]}),
        422)["errors"]
    assert list(errors["relations"]["0"]) == ["until"]
    errors = problem(client.patch(f"/v1/actors/{a}", json={"relations": [{"actor_id": 1, "relation": "member_of"}]}),
                     422)["errors"]
    assert list(errors["relations"]["0"]) == ["relation"]
    problem(client.get("/v1/actors?relation=friend"), 400)
    problem(client.get("/v1/actors/999999/related"), 404)
    # two allies may name each other
    b = _actor(client, relations=[{"actor_id": a, "relation": "allied_with"}])["id"]
    assert client.patch(f"/v1/actors/{a}", json={"relations": [{"actor_id": b, "relation": "allied_with"}]}).status_code == 200


def test_new_actor_kinds(client):
    for kind in ("court", "company", "joint_body"):
        assert _actor(client, kind=kind)["kind"] == kind
    assert _ids(client, "/v1/actors?kind=joint_body")


def test_place_description(client):
    place = client.post("/v1/places", json={**BODIES["places"], "name": "Soledar",
                                            "description": "A salt-mining town north of Bakhmut."}).get_json()
    assert place["description"] == "A salt-mining town north of Bakhmut."
    assert client.post("/v1/places", json=BODIES["places"]).get_json()["description"] is None
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/places?q=Soledar&format=csv").get_data(as_text=True))))
    assert rows[0]["description"] == "A salt-mining town north of Bakhmut."
    assert _ids(client, "/v1/places?q=salt-mining") == [place["id"]]   # q= searches the description too
    problem(client.post("/v1/places", json={**BODIES["places"], "description": "x" * 5001}), 422)


def test_event_place_roles_and_filter(client):
    event = client.post("/v1/events", json={**BODIES["events"], "type": "RETREAT", "participants": [
        {"actor_id": 9, "role": "initiator"}, {"actor_id": 10, "role": "released"}], "figures": [],
        "other_places": [{"place_id": 3, "role": "to"}, {"place_id": 5}]}).get_json()
    assert [(p["place"]["id"], p["role"]) for p in event["other_places"]] == [(3, "to"), (5, "at")]
    ids = lambda path: _ids(client, path + "&limit=500")  # noqa: E731
    assert event["id"] in ids("/v1/events?place=3&place_role=to")
    assert event["id"] not in ids("/v1/events?place=3&place_role=from,via")
    assert event["id"] in ids("/v1/events?place=6&place_role=at")     # the main place reads as at
    assert event["id"] not in ids("/v1/events?place=6&place_role=to")
    assert event["id"] in ids("/v1/events?actor=10&role=released")
    errors = problem(client.get("/v1/events?place_role=to"), 400)
    assert "place_role" in str(errors)
    problem(client.patch(f"/v1/events/{event['id']}", json={"other_places": [{"place_id": 3, "role": "into"}]}), 422)
    rows = list(csv.DictReader(io.StringIO(client.get(f"/v1/events?place=3&place_role=to&format=csv&limit=500")
                                           .get_data(as_text=True))))
    row = next(r for r in rows if r["id"] == str(event["id"]))
    assert row["other_place_ids"] == "3|5" and row["other_place_roles"] == "to|at"


def test_released_people_with_figures_and_claims(client):
    event = client.post("/v1/events", json={**BODIES["events"], "type": "RETREAT", "participants": [
        {"actor_id": 1, "role": "side_a"}, {"actor_id": 2, "role": "side_b"}, {"actor_id": 9, "role": "exchanged"}],
        "figures": [{"quantity": "prisoners_exchanged", "best": 2, "unit": "people", "category": "side_a",
                     "suffered_by_id": 1, "claimant_id": 1, "source_ids": [1]}],
        "claims": [{"claimant_id": 2, "actor_id": 9, "role": "released", "took_part": True, "source_ids": [1]}]})
    assert event.status_code == 201, event.get_data(as_text=True)
    body = event.get_json()
    assert body["claims"][0]["role"] == "released" and body["figures"][0]["category"] == "side_a"


def test_supplements_and_bulletin(client):
    first = client.post("/v1/statements", json={**BODIES["statements"], "medium": "bulletin"}).get_json()
    assert first["medium"] == "bulletin"
    second = client.post("/v1/statements", json={**BODIES["statements"], "relations": [
        {"statement_id": first["id"], "relation": "supplements"}]}).get_json()
    assert _ids(client, f"/v1/statements?related_to={first['id']}&relation=supplements") == [second["id"]]
    assert first["id"] in _ids(client, "/v1/statements?medium=bulletin&limit=500")


def test_vocabularies_published(client):
    vocabularies = client.get("/v1/vocabularies").get_json()
    text = str(vocabularies)
    for term in ("backed_by", "joint_body", "released", "supplements", "bulletin", "via"):
        assert term in text
