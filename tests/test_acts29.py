"""Acts and figures, round 29 (issue 10, acts29; migrations/0101), through HTTP: an act whose date or within is when
it begins or when it is complete ("would begin withdrawing on 15 May", "the withdrawal would be complete within nine
months": the Soviet withdrawal from Afghanistan, 1988); a figure's verification with the source that gives it ("the
toll could not be independently verified by AFP"), as an event's; a number added to what is there ("more than
20,000 additional troops": Iraq, January 2007), on every holder of figures and on a provision's. Written, read back
equal, filtered; bad input is a problem naming the field and changes nothing."""
import pytest

from helpers import BODIES, problem, created as post

STATEMENT = {k: v for k, v in BODIES["statements"].items() if k != "figures"}
EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}
TREATY = BODIES["treaties"]
HOLDERS = {"events": EVENT, "statements": STATEMENT, "places": BODIES["places"],
           "actors": {**BODIES["actors"], "name": "A coalition force", "kind": "armed_force"}}


def found(client, kind, query):
    response = client.get(f"/v1/{kind}?{query}&limit=500&fields=id")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def test_an_act_begun_on_a_day_and_one_complete_within_a_time(client):
    """ "Soviet troops would begin withdrawing on 15 May"; "the withdrawal would be complete within nine months"."""
    said = post(client, "statements", {**STATEMENT, "pledges": [
        {"action": "withdrawal", "date": {"date": "1988-05-15"}, "phase": "start"},
        {"action": "withdrawal", "within": {"amount": 9, "unit": "months", "qualifier": "at_most"},
         "phase": "completion"}]})
    assert [item["phase"] for item in said["pledges"]] == ["start", "completion"]
    assert (said["pledges"][1]["within"]["amount"], said["pledges"][1]["within"]["unit"]) == (9, "months")
    assert client.get(said["href"]).get_json() == said
    plain = post(client, "statements", {**STATEMENT, "announcements": [
        {"action": "withdrawal", "date": {"date": "1988-05-15"}}]})
    assert plain["announcements"][0]["phase"] is None   # not said which: the act as a whole
    assert said["id"] in found(client, "statements", "act_phase=start")
    assert said["id"] in found(client, "statements", "act_phase=completion")
    assert plain["id"] not in found(client, "statements", "act_phase=start,completion")
    assert said["id"] in found(client, "statements", "act_phase=completion&pledged_action=withdrawal")
    # a JSON Patch takes the phase off one item
    etag = client.get(said["href"]).headers["ETag"]
    response = client.patch(said["href"], data='[{"op": "remove", "path": "/pledges/0/phase"}]',
                            headers={"If-Match": etag, "Content-Type": "application/json-patch+json"})
    assert response.status_code == 200, response.get_json()
    assert [item["phase"] for item in response.get_json()["pledges"]] == [None, "completion"]


@pytest.mark.parametrize("item", [
    {"action": "withdrawal", "date": {"date": "1988-05-15"}, "phase": "end"},
    {"action": "withdrawal", "phase": "start"},   # no date or within to say the point of
    {"action": "withdrawal", "date": {"date": "1988-05-15"}, "phase": ["start"]},
])
def test_a_bad_phase_is_a_problem_naming_it(client, item):
    before = found(client, "statements", "")
    body = problem(client.post("/v1/statements", json={**STATEMENT, "pledges": [item]}), 422)
    assert "phase" in str(body["errors"]["pledges"]), body["errors"]
    assert found(client, "statements", "") == before
    assert problem(client.get("/v1/statements?act_phase=end"), 400)["errors"]["act_phase"]


def troops(**fields):
    return {"quantity": "troops", "unit": "people", "low": 20000, "qualifier": "more_than", "source_ids": [1],
            **fields}


@pytest.mark.parametrize("kind", sorted(HOLDERS))
def test_a_figure_verified_by_a_source_and_a_number_added(client, kind):
    """ "More than 20,000 additional troops", which AFP "could not independently verify"; beside it a whole count."""
    record = post(client, kind, {**HOLDERS[kind], "figures": [
        troops(additional=True, verification="could_not_verify", verification_source_id=1),
        troops(low=130000)]})
    got = client.get(f"{record['href']}?include=figures").get_json()["figures"]
    assert [(f["additional"], f["verification"], f["verification_source"]) for f in got] == [
        (True, "could_not_verify", 1), (False, None, None)]
    assert client.get(f"{record['href']}?include=figures").get_json()["figures"] == got   # read back equal
    assert record["id"] in found(client, kind, "figure_additional=true")
    assert record["id"] in found(client, kind, "figure_additional=false")   # the whole count
    assert record["id"] in found(client, kind, "figure_verification_source=1")
    assert record["id"] in found(client, kind, "figure_verification_source=1&figure_additional=true")
    plain = post(client, kind, {**HOLDERS[kind], "figures": [troops(low=130000)]})
    assert plain["id"] not in found(client, kind, "figure_additional=true")
    assert plain["id"] in found(client, kind, "figure_additional=false")
    assert plain["id"] not in found(client, kind, "figure_verification_source=1")
    assert problem(client.get(f"/v1/{kind}?figure_additional=maybe"), 400)["errors"]["figure_additional"]
    assert problem(client.get(f"/v1/{kind}?figure_verification_source=x"), 400)["errors"][
        "figure_verification_source"]


def test_a_source_named_by_a_figure_cannot_be_deleted(client):
    source = post(client, "sources", {**BODIES["sources"], "title": "AFP wire"})
    event = post(client, "events", {**EVENT, "figures": [
        troops(verification="could_not_verify", verification_source_id=source["id"])]})
    assert event["id"] in found(client, "events", f"figure_verification_source={source['id']}")
    etag = client.get(source["href"]).headers["ETag"]
    assert client.delete(source["href"], headers={"If-Match": etag}).status_code == 409


@pytest.mark.parametrize("bad, field", [
    ({"verification_source_id": 1}, "verification_source_id"),   # with no verification
    ({"verification": "could_not_verify", "verification_source_id": 999999}, "verification_source_id"),
    ({"additional": "sometimes"}, "additional"),
])
def test_bad_figure_fields_are_a_problem_naming_them(client, bad, field):
    for kind in ("events", "statements"):
        before = found(client, kind, "")
        body = problem(client.post(f"/v1/{kind}", json={**HOLDERS[kind], "figures": [troops(**bad)]}), 422)
        assert field in str(body["errors"]), body["errors"]
        assert found(client, kind, "") == before


def test_a_provisions_figure_may_be_additional(client):
    """ "A further 2,000 observers will be deployed": a provision's figure added to those there."""
    treaty = post(client, "treaties", {**TREATY, "provisions": [
        {"type": "monitoring", "summary": "A further 2,000 observers.", "figures": [
            {"quantity": "troops", "unit": "people", "best": 2000, "additional": True}]},
        {"type": "non_aggression", "summary": "Stop fighting.", "figures": [
            {"quantity": "troops", "unit": "people", "best": 500}]}]})
    read = client.get(f"{treaty['href']}?include=provisions").get_json()["provisions"]
    assert [p["figures"][0]["additional"] for p in read] == [True, False]
    body = problem(client.post("/v1/treaties", json={**TREATY, "provisions": [
        {"type": "monitoring", "figures": [{"quantity": "troops", "unit": "people", "best": 1,
                                            "additional": "more"}]}]}), 422)
    assert "additional" in str(body["errors"]), body["errors"]


def test_a_position_repeated_since_a_day(client):
    """ "Ukraine has demanded the withdrawal of Russian troops from Crimea ever since its annexation": one
    statement, a request repeated from 18 March 2014 to the report's day."""
    held = post(client, "statements", {**STATEMENT, "date": "2014-03-18", "date_end": "2015-03-18",
                                       "stance": "request", "recurrence": "repeated",
                                       "requests": [{"action": "withdrawal"}]})
    assert (held["recurrence"], held["date"], held["date_end"]) == ("repeated", "2014-03-18", "2015-03-18")
    assert client.get(held["href"]).get_json() == held
    once = post(client, "statements", STATEMENT)
    assert once["recurrence"] is None
    assert held["id"] in found(client, "statements", "recurrence=repeated,daily")
    assert once["id"] not in found(client, "statements", "recurrence=repeated")
    csv = client.get("/v1/statements?format=csv").get_data(as_text=True)
    assert "recurrence" in csv.splitlines()[0] and ",repeated" in csv
    before = found(client, "statements", "")
    body = problem(client.post("/v1/statements", json={**STATEMENT, "recurrence": "always"}), 422)
    assert "recurrence" in body["errors"], body["errors"]
    assert found(client, "statements", "") == before
    assert problem(client.get("/v1/statements?recurrence=always"), 400)["errors"]["recurrence"]
