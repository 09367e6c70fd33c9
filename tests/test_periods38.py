"""Periods with a qualifier (periods38): "within about a month", "for at least six months", "for no longer than 30
days", on every period a record stores ({amount, unit}: deadlines, terms, conditions, phases, extensions, acts' terms,
travel times), read back exactly (JSON and NDJSON), revised, refused with a problem naming the field (between, a
word not of the vocabulary) without a change; a period stored before reads qualifier null. Also the claims the docs
make for this round: a deadline takes a date or a period, a JSON Patch adding date_end to an event whose date_edtf
was derived, an act's actors among the statement's about_actor_ids, and a treaty signed on different days found by
its signing date."""
import json

import pytest

from helpers import PLACE, STATEMENT, TREATY, problem
from schemas.agreement_terms import period_as_shown, term_as_shown

ABOUT_A_MONTH = {"amount": 1, "unit": "months", "qualifier": "about"}
AT_LEAST_SIX = {"amount": 6, "unit": "months", "qualifier": "at_least"}
AT_MOST_30 = {"amount": 30, "unit": "days", "qualifier": "at_most"}
PLAIN = {"amount": 14, "unit": "days", "qualifier": None}

PROVISION = {"type": "withdrawal", "summary": "Forces withdraw within about a month.",
             "deadlines": [{"milestone": "completion", "period": ABOUT_A_MONTH, "relation": "within",
                            "relative_to": "signing"},
                           {"milestone": "start", "period": {"amount": 14, "unit": "days"}, "relation": "within",
                            "relative_to": "signing"}],
             "term": {"duration": AT_LEAST_SIX, "renewable": True, "renewal": AT_MOST_30,
                      "notice": {"amount": 15, "unit": "days", "qualifier": "exactly"}},
             "conditions": [{"type": "calm_period", "period": {"amount": 7, "unit": "days", "qualifier": "more_than"},
                             "description": "if violence falls"},
                            {"type": "other", "description": "if the assembly ratifies it",
                             "within": {"amount": 10, "unit": "days", "qualifier": "fewer_than"}}]}


def _etag(client, href):
    return client.get(href).headers["ETag"]


def _treaty(client, **fields):
    response = client.post("/v1/treaties", json={**TREATY, **fields})
    assert response.status_code == 201, response.get_json().get("errors")
    return response.get_json()


def _ids(client, query, kind="treaties"):
    response = client.get(f"/v1/{kind}?{query}&limit=500&fields=id")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def _ndjson(client, kind, record_id):
    response = client.get(f"/v1/{kind}?format=ndjson&limit=500")
    assert response.status_code == 200
    return next(item for item in map(json.loads, response.get_data(as_text=True).splitlines())
                if item["id"] == record_id)


def test_qualified_periods_of_a_provision_read_back_exactly(client):
    treaty = _treaty(client, provisions=[PROVISION])
    provision = treaty["provisions"][0]
    assert [d["period"] for d in provision["deadlines"]] == [ABOUT_A_MONTH, PLAIN]
    term = provision["term"]
    assert (term["duration"], term["renewal"], term["notice"]) == (
        AT_LEAST_SIX, AT_MOST_30, {"amount": 15, "unit": "days", "qualifier": "exactly"})
    calm, ratified = provision["conditions"]
    assert calm["period"] == {"amount": 7, "unit": "days", "qualifier": "more_than"}
    assert ratified["within"] == {"amount": 10, "unit": "days", "qualifier": "fewer_than"}
    assert client.get(treaty["href"]).get_json() == treaty
    assert _ndjson(client, "treaties", treaty["id"])["provisions"] == treaty["provisions"]
    # revised: the qualifier replaced, then taken away (null: the text does not qualify it)
    deadlines = [{**PROVISION["deadlines"][0], "period": {**ABOUT_A_MONTH, "qualifier": "at_most"}}]
    patched = client.patch(treaty["href"], headers={"If-Match": _etag(client, treaty["href"])},
                           json={"provisions": [{**PROVISION, "deadlines": deadlines}]})
    assert patched.status_code == 200, patched.get_json()
    assert patched.get_json()["provisions"][0]["deadlines"][0]["period"]["qualifier"] == "at_most"
    deadlines = [{**PROVISION["deadlines"][0], "period": {"amount": 1, "unit": "months"}}]
    patched = client.patch(treaty["href"], headers={"If-Match": _etag(client, treaty["href"])},
                           json={"provisions": [{**PROVISION, "deadlines": deadlines}]})
    assert patched.get_json()["provisions"][0]["deadlines"][0]["period"] == {"amount": 1, "unit": "months",
                                                                            "qualifier": None}


def test_a_phase_an_extension_and_an_act_take_a_qualified_period(client):
    treaty = _treaty(client, status="in_force", phases=[{"key": "one", "duration": ABOUT_A_MONTH}],
                     status_history=[{"status": "in_force", "date": {"date": "2024-03-01"}, "source_ids": [1]},
                                     {"status": "extended", "date": {"date": "2024-03-20"}, "source_ids": [1],
                                      "extension": {"amount": 2, "unit": "weeks", "qualifier": "about"}}])
    assert treaty["phases"][0]["duration"] == ABOUT_A_MONTH
    shown = client.get(f"{treaty['href']}?include=status_history").get_json()
    assert shown["status_history"][1]["extension"] == {"amount": 2, "unit": "weeks", "qualifier": "about"}
    assert client.get(treaty["href"]).get_json() == treaty
    # in_force_on reads the reported dates alone: the qualified extension changes nothing
    assert treaty["id"] in _ids(client, "in_force_on=2024-05-01")
    pledge = {"action": "elections", "term": {"duration": AT_LEAST_SIX, "initial": True}}
    response = client.post("/v1/statements", json={**STATEMENT, "stance": "pledge", "pledges": [pledge]})
    assert response.status_code == 201, response.get_json().get("errors")
    statement = response.get_json()
    assert statement["pledges"][0]["term"]["duration"] == AT_LEAST_SIX
    assert client.get(statement["href"]).get_json() == statement
    assert _ndjson(client, "statements", statement["id"])["pledges"] == statement["pledges"]
    assert statement["id"] in _ids(client, "act_term=true", "statements")


def test_a_travel_time_takes_a_qualifier_with_a_number_only(client):
    relation = {"place_id": 3, "relation": "distance_from", "source_ids": [1], "travel_mode": "road",
                "travel_time": {"amount": 2, "unit": "hours", "qualifier": "about"}}
    response = client.post("/v1/places", json={**PLACE, "name": "A village", "kind": "site", "relations": [relation]})
    assert response.status_code == 201, response.get_json().get("errors")
    place = response.get_json()
    shown = client.get(f"{place['href']}?include=relations").get_json()["relations"][0]
    assert shown["travel_time"] == {"amount": 2, "vague": None, "unit": "hours", "qualifier": "about"}
    vague = {**relation, "travel_time": {"vague": "several", "unit": "hours", "qualifier": "about"}}
    body = problem(client.post("/v1/places", json={**PLACE, "name": "B", "kind": "site", "relations": [vague]}), 422)
    assert body["errors"]["relations"]["0"]["travel_time"]["qualifier"]


@pytest.mark.parametrize("qualifier", ["between", "nearly", "roughly", 3])
def test_a_qualifier_not_of_one_amount_is_refused_and_nothing_is_written(client, qualifier):
    before = _ids(client, "")
    deadlines = [{**PROVISION["deadlines"][0], "period": {**ABOUT_A_MONTH, "qualifier": qualifier}}]
    body = problem(client.post("/v1/treaties", json={**TREATY, "provisions": [{**PROVISION, "deadlines": deadlines}]}),
                   422)
    messages = body["errors"]["provisions"]["0"]["deadlines"]["0"]["period"]["qualifier"]
    if qualifier == "between":
        assert "about, at_least or at_most" in messages[0]
    assert _ids(client, "") == before


def test_a_period_stored_before_reads_qualifier_null():
    assert period_as_shown({"amount": 14, "unit": "days"}) == PLAIN
    assert period_as_shown(None) is None
    assert period_as_shown(ABOUT_A_MONTH) == ABOUT_A_MONTH
    term = {"duration": {"amount": 60, "unit": "days"}, "initial": True, "renewal": None, "notice": None}
    assert term_as_shown(term) == {**term, "duration": {"amount": 60, "unit": "days", "qualifier": None}}


def test_stored_periods_without_a_qualifier_read_null(client, app):
    """Rows written before periods38 hold no qualifier key: an assembled read shows null."""
    from api import db
    treaty = _treaty(client, status="in_force", phases=[{"key": "one", "duration": ABOUT_A_MONTH}],
                     status_history=[{"status": "in_force", "date": {"date": "2024-03-01"}, "source_ids": [1]},
                                     {"status": "extended", "date": {"date": "2024-03-20"}, "source_ids": [1],
                                      "extension": {"amount": 2, "unit": "weeks"}}])
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        param = db.database.obj.param
        db.database.execute_sql(f"UPDATE treaty SET phases = {param} WHERE id = {param}",
                                (json.dumps([{"key": "one", "duration": {"amount": 1, "unit": "months"}}]),
                                 treaty["id"]))
        db.database.execute_sql(f"UPDATE treaty_status_change SET extension = {param} WHERE treaty_id = {param}",
                                (json.dumps({"amount": 2, "unit": "weeks"}), treaty["id"]))
    shown = client.get(f"{treaty['href']}?include=status_history&fields=phases,status_history").get_json()
    assert shown["phases"][0]["duration"] == {"amount": 1, "unit": "months", "qualifier": None}
    assert shown["status_history"][1]["extension"] == {"amount": 2, "unit": "weeks", "qualifier": None}


# --- the docs' claims (item 2) ----------------------------------------------------------------------------------

def test_a_deadline_takes_a_date_or_a_period_not_both(client):
    both = {**PROVISION["deadlines"][0], "date": {"date": "2024-03-10"}}
    body = problem(client.post("/v1/treaties", json={**TREATY, "provisions": [{**PROVISION, "deadlines": [both]}]}),
                   422)
    assert "one of them" in body["errors"]["provisions"]["0"]["deadlines"]["0"]["date"][0]


def test_a_json_patch_adding_date_end_replaces_the_derived_edtf(client):
    event = client.post("/v1/events", json={"title": "Talks", "type": "CONSULT", "date_start": "2024-03-01",
                                            "date_precision": "day", "source_ids": [1]})
    assert event.status_code == 201, event.get_json().get("errors")
    event = event.get_json()
    assert event["date_edtf"] == "2024-03-01/"
    patched = client.patch(event["href"], headers={"If-Match": _etag(client, event["href"]),
                                                   "Content-Type": "application/json-patch+json"},
                           data=json.dumps([{"op": "add", "path": "/date_end", "value": "2024-03-03"}]))
    assert patched.status_code == 200, patched.get_json()
    assert (patched.get_json()["date_end"], patched.get_json()["date_edtf"]) == ("2024-03-03", "2024-03-01/2024-03-03")
    patched = client.patch(event["href"], headers={"If-Match": patched.headers["ETag"],
                                                   "Content-Type": "application/json-patch+json"},
                           data=json.dumps([{"op": "replace", "path": "/date_edtf", "value": "2024-03-01/2024-03-04"}]))
    assert patched.status_code == 200, patched.get_json()
    assert patched.get_json()["date_end"] == "2024-03-04"
    both = [{"op": "replace", "path": "/date_edtf", "value": "2024-03-01/2024-03-05"},
            {"op": "replace", "path": "/date_end", "value": "2024-03-06"}]
    body = problem(client.patch(event["href"], headers={"If-Match": patched.headers["ETag"],
                                                        "Content-Type": "application/json-patch+json"},
                                data=json.dumps(both)), 422)
    assert body["errors"]["date_edtf"]
    assert client.get(event["href"]).get_json()["date_end"] == "2024-03-04"


def test_an_acts_actors_must_be_among_the_statements_about_actor_ids(client):
    request = {"action": "withdrawal", "about_actor_ids": [2]}
    body = problem(client.post("/v1/statements", json={**STATEMENT, "requests": [request]}), 422)
    assert body["errors"]["requests"]["0"]["about_actor_ids"]
    response = client.post("/v1/statements", json={**STATEMENT, "requests": [request], "about_actor_ids": [2]})
    assert response.status_code == 201, response.get_json().get("errors")


def test_a_treaty_signed_on_different_days_is_found_by_its_first_signing(client):
    treaty = _treaty(client, name="Signed apart", status="signed", signed_date="2024-03-01",
                     parties=[{"actor_id": 1, "joined": "2024-03-01"}, {"actor_id": 2, "joined": "2024-03-05"}])
    assert treaty["signed_date"] == "2024-03-01"
    assert treaty["id"] in _ids(client, "signed_from=2024-03-01&signed_to=2024-03-01")
    assert treaty["id"] in _ids(client, "signed_to=2024-03-03")
    assert treaty["id"] not in _ids(client, "signed_from=2024-03-02")
    assert treaty["id"] not in _ids(client, "signed_to=2024-02-29")
    assert treaty["id"] not in _ids(client, "party=2&party_on=2024-03-03")   # the second party had not signed
    assert treaty["id"] in _ids(client, "party=2&party_on=2024-03-05")
    assert problem(client.get("/v1/treaties?signed_from=March"), 400)["errors"]["signed_from"]
