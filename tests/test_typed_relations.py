"""Typed relations through HTTP (issue 10): refusals name the field, filters and routes answer, CSV and
NDJSON carry them."""
import csv
import io

from helpers import BODIES, problem


def _event(client, **extra):
    return client.post("/v1/events", json={**BODIES["events"], **extra}).get_json()["id"]


def _statement(client, **extra):
    return client.post("/v1/statements", json={**BODIES["statements"], **extra}).get_json()["id"]


def test_event_relations_refuse_self_cycles_and_part_of(client):
    a = _event(client)
    b = _event(client, relations=[{"event_id": a, "relation": "follows"}])
    errors = problem(client.patch(f"/v1/events/{a}", json={"relations": [{"event_id": b, "relation": "follows"}]}),
                     422)["errors"]
    assert "cycle" in errors["relations"]["0"]["event_id"][0]
    errors = problem(client.patch(f"/v1/events/{a}", json={"relations": [{"event_id": a, "relation": "ends"}]}),
                     422)["errors"]
    assert errors["relations"]["0"]["event_id"] == ["A event cannot be related to itself."]
    errors = problem(client.patch(f"/v1/events/{a}", json={"relations": [{"event_id": b, "relation": "part_of"}]}),
                     422)["errors"]
    assert "parent_id" in errors["relations"]["0"]["relation"][0]
    # a cycle of another term is not one: a ends b, b follows a
    assert client.patch(f"/v1/events/{a}", json={"relations": [{"event_id": b, "relation": "ends"}]}).status_code == 200


def test_event_relation_filters_route_and_exports(client):
    a = _event(client)
    b = _event(client, relations=[{"event_id": a, "relation": "in_response_to"}], other_places=[
        {"place_id": 5, "location_precision": "near"}])
    ids = lambda path: [item["id"] for item in client.get(path).get_json()["items"]]  # noqa: E731
    assert ids(f"/v1/events/{a}/related") == [b]
    assert ids(f"/v1/events?related_to={a}&relation=ends") == []
    assert b in ids("/v1/events?relation=in_response_to")
    assert b in ids("/v1/events?place=5&limit=500") and b in ids("/v1/places/5/events?limit=500")
    rows = list(csv.DictReader(io.StringIO(client.get(f"/v1/events?related_to={a}&format=csv").get_data(as_text=True))))
    assert rows[0]["relations"] == f"{a}:in_response_to" and rows[0]["other_place_ids"] == "5"
    line = client.get(f"/v1/events?related_to={a}&format=ndjson").get_data(as_text=True).splitlines()[0]
    assert '"relation":"in_response_to"' in line and '"location_precision":"near"' in line
    problem(client.get("/v1/events?relation=part_of"), 400)
    errors = problem(client.patch(f"/v1/events/{b}", json={"place_id": 5}), 422)["errors"]
    assert list(errors["other_places"]["0"]) == ["place_id"]


def test_statement_relations_speakers_and_about(client):
    first = _statement(client)
    second = _statement(client, relations=[{"statement_id": first, "relation": "retracts"}], other_speaker_ids=[2],
                        other_addressee_ids=[1], about_actor_ids=[1], about_place_ids=[3])
    errors = problem(client.patch(f"/v1/statements/{first}", json={
        "relations": [{"statement_id": second, "relation": "retracts"}]}), 422)["errors"]
    assert "cycle" in errors["relations"]["0"]["statement_id"][0]
    ids = lambda path: [item["id"] for item in client.get(path).get_json()["items"]]  # noqa: E731
    assert ids(f"/v1/statements/{first}/statements?relation=retracts") == [second]
    assert ids(f"/v1/statements?related_to={first}") == [second]
    assert second in ids("/v1/statements?speaker=2&limit=500") and second in ids("/v1/actors/2/statements?limit=500")
    assert second in ids("/v1/statements?addressee=1&limit=500")
    assert ids("/v1/statements?about_actor=1") == [second] and ids("/v1/places/3/statements") == [second]
    record = client.get(f"/v1/statements/{second}").get_json()
    assert record["other_speakers"][0]["id"] == 2 and record["relations"][0]["statement"]["id"] == first
    speaker = record["speaker"]["id"]
    errors = problem(client.patch(f"/v1/statements/{second}", json={"other_speaker_ids": [speaker]}), 422)["errors"]
    assert list(errors) == ["other_speaker_ids"]
    problem(client.post("/v1/statements", json={**BODIES["statements"], "relations": [
        {"statement_id": first, "relation": "agrees"}]}), 422)


def test_memberships_and_seat(client):
    body = client.post("/v1/actors", json={**BODIES["actors"], "seat_id": 1}).get_json()["id"]
    member = client.post("/v1/actors", json={**BODIES["actors"], "member_of": [
        {"actor_id": body, "joined": {"edtf": "1993-09"}, "left": {"date": "1999-04-02"}}]}).get_json()
    assert member["member_of"][0]["joined"]["precision"] == "month"
    assert [a["id"] for a in client.get(f"/v1/actors/{body}/members").get_json()["items"]] == [member["id"]]
    assert [a["id"] for a in client.get("/v1/actors?seat=1").get_json()["items"]] == [body]
    errors = problem(client.patch(f"/v1/actors/{body}", json={"member_of": [{"actor_id": member["id"]}]}), 422)
    assert "cycle" in errors["errors"]["member_of"]["0"]["actor_id"][0]
    errors = problem(client.patch(f"/v1/actors/{member['id']}", json={"member_of": [
        {"actor_id": body, "joined": {"date": "2000-01-01"}, "left": {"date": "1999-01-01"}}]}), 422)["errors"]
    assert list(errors["member_of"]["0"]) == ["left"]
    problem(client.delete(f"/v1/actors/{body}"), 409)


def test_aliases_take_both_forms_and_refuse_bad_languages(client):
    place = client.post("/v1/places", json={**BODIES["places"], "aliases": ["Shushi", {"name": "Şuşa", "language": "az"}]})
    assert [(a["name"], a["language"], a["attribution"]) for a in place.get_json()["aliases"]] == [
        ("Shushi", None, "source"), ("Şuşa", "az", "source")]   # no one said to use them (figs32)
    errors = problem(client.post("/v1/places", json={**BODIES["places"], "aliases": [{"name": "X", "language": "xx"}]}),
                     422)["errors"]
    assert list(errors["aliases"]["0"]) == ["language"]
    assert place.get_json()["id"] in [p["id"] for p in client.get("/v1/places?q=Shushi").get_json()["items"]]


def _restores(client, kind, record_id, field, emptied):
    """Version 1 of a record comes back, `field` and all, after a PATCH emptied it."""
    first = client.get(f"/v1/{kind}/{record_id}?include=").get_json()
    assert client.patch(f"/v1/{kind}/{record_id}", json={field: emptied}).status_code == 200
    restored = client.post(f"/v1/{kind}/{record_id}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    again = client.get(f"/v1/{kind}/{record_id}?include=").get_json()
    assert {k: v for k, v in again.items() if k not in ("version", "updated_at")} == {
        k: v for k, v in first.items() if k not in ("version", "updated_at")}


def test_every_new_structure_is_revised_and_restored(client):
    a = _event(client)
    b = _event(client, relations=[{"event_id": a, "relation": "follows"}], other_places=[{"place_id": 5}])
    _restores(client, "events", b, "relations", [])
    _restores(client, "events", b, "other_places", [])
    problem(client.delete(f"/v1/events/{a}"), 409)
    s1 = _statement(client)
    s2 = _statement(client, relations=[{"statement_id": s1, "relation": "denies"}], about_place_ids=[3],
                    about_actor_ids=[1], other_speaker_ids=[2], other_addressee_ids=[1])
    for field in ("relations", "about_place_ids", "about_actor_ids", "other_speaker_ids", "other_addressee_ids"):
        _restores(client, "statements", s2, field, [])
    problem(client.delete(f"/v1/statements/{s1}"), 409)
    body = client.post("/v1/actors", json=BODIES["actors"]).get_json()["id"]
    member = client.post("/v1/actors", json={**BODIES["actors"], "seat_id": 3, "aliases": [
        {"name": "Hayastan", "language": "hy"}], "member_of": [{"actor_id": body, "joined": {"edtf": "1992"}}]}).get_json()
    for field, emptied in (("member_of", []), ("aliases", []), ("seat_id", None)):
        _restores(client, "actors", member["id"], field, emptied)
    place = client.post("/v1/places", json={**BODIES["places"], "aliases": [{"name": "Şuşa", "language": "az"}]})
    _restores(client, "places", place.get_json()["id"], "aliases", [])


def test_new_structures_match_the_response_schemas(client):
    from schemas.arguments import OUTPUT_SCHEMAS

    a = _event(client)
    _event(client, relations=[{"event_id": a, "relation": "ends"}], other_places=[{"place_id": 5}])
    s1 = _statement(client)
    _statement(client, relations=[{"statement_id": s1, "relation": "confirms"}], about_place_ids=[3],
               about_actor_ids=[1], other_speaker_ids=[2], other_addressee_ids=[1])
    body = client.post("/v1/actors", json={**BODIES["actors"], "seat_id": 3}).get_json()["id"]
    client.post("/v1/actors", json={**BODIES["actors"], "member_of": [{"actor_id": body, "joined": {"edtf": "1992"}}]})
    client.post("/v1/places", json={**BODIES["places"], "aliases": [{"name": "Şuşa", "language": "az"}]})
    for kind in ("actors", "places", "events", "statements"):
        schema = OUTPUT_SCHEMAS[kind]()
        for include in ("", "&include="):
            for item in client.get(f"/v1/{kind}?limit=500{include}").get_json()["items"]:
                schema.load(item)
