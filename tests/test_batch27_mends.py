"""Round 27 (batch27) mends through HTTP: a siege's besieger, a part given with one month, a treaty with no dates,
the statement medium broadcast, a group of people a provision covers (trials t35, t37)."""
from helpers import BODIES, COVERED_NO_ISSUER, STATEMENT, problem


def _event(**more):
    event = {key: value for key, value in BODIES["events"].items() if key not in ("date_start", "date_end")}
    return {**event, **more}


def test_a_siege_without_its_besieger_asks_for_the_besieger(client, dump):
    before = dump()
    claim = {"control": "besieged", "control_of_id": 6, "as_of": "2020-10-28", "source_ids": [1]}
    body = problem(client.post("/v1/events", json=_event(date_start="2020-10-28", claims=[claim])), 422)
    message = body["errors"]["claims"]["0"]["controlled_by_id"][0]
    assert message.startswith("A control claim needs the besieger, the actor whose forces are said to besiege")
    assert "unidentified true" in message
    assert dump() == before
    held = {**claim, "control": "full"}
    body = problem(client.post("/v1/events", json=_event(date_start="2020-10-28", claims=[held])), 422)
    assert body["errors"]["claims"]["0"]["controlled_by_id"] == ["A control claim needs the actor said to hold it."]


def test_a_besieger_not_named_is_an_unidentified_actor(client):
    forces = client.post("/v1/actors", json={"name": "Forces besieging the town", "kind": "armed_force",
                                             "unidentified": True}).get_json()["id"]
    claim = {"control": "besieged", "controlled_by_id": forces, "control_of_id": 6, "as_of": "2020-10-28",
             "source_ids": [1]}
    response = client.post("/v1/events", json=_event(date_start="2020-10-28", claims=[claim]))
    assert response.status_code == 201, response.get_json()
    assert [p["id"] for p in client.get(f"/v1/places?besieged_by={forces}").get_json()["items"]] == [6]


def test_a_part_with_one_month_says_a_month_was_given(client):
    event = {key: value for key, value in _event().items() if key != "date_precision"}
    body = problem(client.post("/v1/events", json={**event, "date_edtf": "1998-12", "date_part": "early"}), 422)
    message = body["errors"]["date_part"][0]
    assert message.startswith("1998-12 is one month, and a part at precision month is a part of a year")
    assert "date 1998-12-01 and date_end 1998-12-10" in message and "1998-01-01" not in message


def test_a_treaty_with_no_dates_reads_no_precision(client):
    treaty = {key: value for key, value in BODIES["treaties"].items() if key != "signed_date"}
    created = client.post("/v1/treaties", json=treaty)
    assert created.status_code == 201, created.get_json()
    record = client.get(created.headers["Location"]).get_json()
    assert (record["signed_date"], record["ended_date"], record["date_precision"]) == (None, None, None)
    said = client.post("/v1/treaties", json={**treaty, "date_precision": "unknown"}).get_json()
    assert said["date_precision"] == "unknown"
    dated = client.patch(record["href"], json={"signed_date": "2020-10-10"}).get_json()
    assert (dated["signed_date"], dated["date_precision"]) == ("2020-10-10", "day")
    undated = client.patch(record["href"], json={"signed_date": None}).get_json()
    assert undated["date_precision"] is None
    body = problem(client.post("/v1/treaties", json={**treaty, "date_precision": "daily"}), 422)
    assert "date_precision" in body["errors"]


def test_a_statement_broadcast_on_radio(client):
    created = client.post("/v1/statements", json={**STATEMENT, "medium": "broadcast", "platform": "radio"})
    assert created.status_code == 201, created.get_json()
    assert client.get(created.headers["Location"]).get_json()["medium"] == "broadcast"
    found = client.get("/v1/statements?medium=broadcast").get_json()["items"]
    assert [s["id"] for s in found] == [created.get_json()["id"]]


def test_a_provision_covers_a_group_of_people(client, dump):
    covered = {"item": "civilians", "kind": "people", "group": "civilians"}
    provision = {"type": "demobilisation", "summary": "Militias and armed civilians are to be disarmed.", "covers": [covered]}
    created = client.post("/v1/treaties", json={**BODIES["treaties"], "provisions": [provision]})
    assert created.status_code == 201, created.get_json()
    record = client.get(created.headers["Location"]).get_json()
    assert record["provisions"][0]["covers"] == [{**covered, "excluded": False, **COVERED_NO_ISSUER}]
    assert [t["id"] for t in client.get("/v1/treaties?provision_covered_group=civilians").get_json()["items"]] \
        == [record["id"]]
    assert client.get("/v1/treaties?provision_covered_group=children").get_json()["items"] == []
    before = dump()
    wrong = {**provision, "covers": [{**covered, "kind": "weapons"}]}
    body = problem(client.post("/v1/treaties", json={**BODIES["treaties"], "provisions": [wrong]}), 422)
    assert body["errors"]["provisions"]["0"]["covers"]["0"]["group"] == ["A group of people goes with kind people."]
    body = problem(client.post("/v1/treaties", json={**BODIES["treaties"], "provisions": [
        {**provision, "covers": [{**covered, "group": "aliens"}]}]}), 422)
    assert "group" in body["errors"]["provisions"]["0"]["covers"]["0"]
    assert dump() == before
    problem(client.get("/v1/treaties?provision_covered_group=aliens"), 400)
