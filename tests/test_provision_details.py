"""Provision details and extensions (issue 10, mending round), through HTTP: the new provision types, site
categories, a figure's actor, a term's renewal consent and ending event, the `extended` status with `until`,
what an undated status entry does to in_force_on, and claimant= on treaties (docs/api.md, "Provisions" and
"Treaty structure over time"). Bad input gets a problem+json naming the field."""
import pytest

from helpers import TREATY, problem


def actor(client, name):
    return client.post("/v1/actors", json={"name": name, "kind": "state"}).get_json()["id"]


def treaty(client, **fields):
    response = client.post("/v1/treaties", json={**TREATY, **fields})
    assert response.status_code == 201, response.get_json()
    return client.get(response.get_json()["href"]).get_json()


def ids(client, query):
    body = client.get(f"/v1/treaties?{query}&limit=500").get_json()
    assert "items" in body, body
    return sorted(item["id"] for item in body["items"])


def on(client, record, day):
    """Whether in_force_on=day finds this treaty (the example data holds others)."""
    return record["id"] in ids(client, f"in_force_on={day}")


def change(status, day, rank="normal", **more):
    return {"status": status, "date": {"date": day} if day else None, "source_ids": [1], "rank": rank, **more}


def test_new_types_site_categories_figure_actors_and_term_read_back(client):
    saudi = actor(client, "Saudi Arabia")
    record = treaty(client, provisions=[
        {"type": "civilian_protection", "summary": "Withdraw from hospitals and essential public facilities.",
         "site_categories": ["hospitals", "public_facilities"]},
        {"type": "military_restraint", "summary": "Refrain from seeking military advantage."},
        {"type": "third_country_custody", "summary": "The commanders stay in Turkey until the end of the war.",
         "term": {"ends_with": "the end of the war", "ends_with_event_id": 1}},
        {"type": "monitoring", "summary": "A committee.", "figures": [
            {"quantity": "representatives", "qualifier": "exactly", "best": 3, "unit": "people", "actor_id": saudi},
            {"quantity": "members", "best": 12, "unit": "people"}],
         "term": {"duration": {"amount": 7, "unit": "days"}, "renewable": True, "renewal_requires": "all_parties"}}])
    protect, restraint, custody, monitoring = record["provisions"]
    assert protect["site_categories"] == ["hospitals", "public_facilities"] and restraint["site_categories"] == []
    assert custody["term"]["ends_with"] == "the end of the war" and custody["term"]["ends_with_event_id"] == 1
    assert monitoring["figures"][0]["actors"] == [saudi] and monitoring["figures"][1]["actors"] == []
    assert monitoring["term"]["renewal_requires"] == "all_parties" and monitoring["term"]["ends_with"] is None
    assert ids(client, "provision_type=military_restraint") == [record["id"]]
    # a PATCH of another field keeps them all
    patched = client.patch(record["href"], json={"summary": "Changed."})
    assert patched.status_code == 200, patched.get_json()
    assert client.get(record["href"]).get_json()["provisions"] == record["provisions"]


BAD = [
    ({"site_categories": ["hospital"]}, ("site_categories", "0")),
    ({"site_categories": ["schools", "schools"]}, ("site_categories",)),
    ({"figures": [{"quantity": "representatives", "best": 3, "unit": "people", "actor_ids": [999]}]},
     ("figures", "0", "actor_ids")),
    ({"term": {"ends_with_event_id": 1}}, ("term", "ends_with")),
    ({"term": {"ends_with": "the end of the war", "ends_with_event_id": 999}}, ("term", "ends_with_event_id")),
    ({"term": {"renewal_requires": "both"}}, ("term", "renewal_requires")),
]


@pytest.mark.parametrize("fields, path", BAD, ids=[".".join(path) for _, path in BAD])
def test_bad_provision_details_are_refused_naming_the_field(client, fields, path):
    body = {**TREATY, "provisions": [{"type": "civilian_protection", "summary": "S.", **fields}]}
    found = problem(client.post("/v1/treaties", json=body), 422)
    errors = found["errors"]["provisions"]["0"]
    for key in path:
        assert key in errors, (path, found["errors"])
        errors = errors[key]


def test_an_extension_keeps_it_in_force_until_its_end(client):
    record = treaty(client, status="in_force", status_history=[
        change("in_force", "2023-05-22", until={"date": "2023-05-29"}),
        change("extended", "2023-05-29", until={"date": "2023-06-03"}, note="by five days")])
    assert record["status_history"][1]["until"]["date"] == "2023-06-03"
    assert record["status_history"][0]["until"]["edtf"] == "2023-05-29"
    for day, expected in (("2023-05-21", False), ("2023-05-25", True), ("2023-06-03", True),
                          ("2023-06-04", False)):
        assert on(client, record, day) == expected, day
    # without the extension the first entry's end holds
    client.patch(record["href"], json={"status_history": [change("in_force", "2023-05-22",
                                                                 until={"date": "2023-05-29"})]})
    assert not on(client, record, "2023-05-30")


@pytest.mark.parametrize("entry, field", [
    (change("signed", "2023-05-20", until={"date": "2023-05-29"}), "until"),
    (change("in_force", "2023-05-22", until={"date": "2023-05-21"}), "until"),
    (change("extended", "2023-05-22", until={"date": "29 May"}), "until"),
])
def test_bad_until_is_refused(client, entry, field):
    body = {**TREATY, "status": None, "status_history": [entry]}
    body.pop("status")
    found = problem(client.post("/v1/treaties", json=body), 422)
    assert field in found["errors"]["status_history"]["0"], found["errors"]


def test_an_undated_entry_takes_effect_after_the_dated_entry_before_it(client):
    record = treaty(client, status="collapsed", status_history=[
        change("in_force", "2023-05-22"), change("collapsed", None)])
    assert not on(client, record, "2023-05-21")
    assert on(client, record, "2023-05-22")   # the dated entry's own day
    assert not on(client, record, "2023-05-23")               # from the day after: collapsed
    # a later dated entry supersedes it
    client.patch(record["href"], json={"status": "in_force", "status_history": [
        change("in_force", "2023-05-22"), change("collapsed", None), change("resumed", "2023-06-10")]})
    assert not on(client, record, "2023-06-01") and on(client, record, "2023-06-10")
    # an undated entry before every dated one has no effect
    client.patch(record["href"], json={"status": "in_force", "status_history": [
        change("suspended", None), change("in_force", "2023-05-22")]})
    assert not on(client, record, "2023-05-21") and on(client, record, "2023-05-23")


def test_claimant_finds_treaties_by_their_status_and_implementation_claims(client):
    a, b, c = actor(client, "A"), actor(client, "B"), actor(client, "C")
    by_status = treaty(client, status="in_force", status_history=[change("in_force", "2023-05-22", claimant_id=a)])
    by_implementation = treaty(client, provisions=[{"type": "ceasefire", "summary": "S.", "implementation": [
        {"date": {"date": "2023-05-23"}, "status": "breached", "claimant_id": b, "source_ids": [1]}]}])
    assert ids(client, f"claimant={a}") == [by_status["id"]]
    assert ids(client, f"claimant={b}") == [by_implementation["id"]]
    assert ids(client, f"claimant={c}") == []
    problem(client.get("/v1/treaties?claimant=x"), 400)
