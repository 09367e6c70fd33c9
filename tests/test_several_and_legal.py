"""What curator trials still bent (issue 10, mend10b): a figure of several actors' losses ("300 Russian and
Wagner fighters"), a source published jointly ("AP and Reuters"), a legal action's status, charges and
penalty ("sentenced in absentia to 15 years for treason"), and a superlative claim ("the deadliest single
attack since the war began"). Each is written, read, filtered, exported, revised and restored through HTTP;
bad input is a 422 naming the field; the old single forms still work."""
import csv
import io

import pytest

from helpers import EVENT, SOURCE, problem


def actor(client, name, kind="state"):
    response = client.post("/v1/actors", json={"name": name, "kind": kind})
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def created(response):
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def ids(client, url):
    return {item["id"] for item in client.get(url).get_json()["items"]}


def losses(best, **more):
    return {"quantity": "deaths", "category": "side_a", "unit": "people", "best": best, "source_ids": [1], **more}


def test_a_figure_of_several_actors_losses(client):
    russia, wagner = actor(client, "Russia (test)"), actor(client, "Wagner (test)", "non_state_armed_group")
    participants = [{"actor_id": russia, "role": "side_a"}, {"actor_id": wagner, "role": "side_a"}]
    event = created(client.post("/v1/events", json={**EVENT, "participants": participants, "figures": [
        losses(300, sufferer_ids=[russia, wagner]), losses(120, suffered_by_id=russia)]}))
    read = client.get(event["href"] + "?include=figures").get_json()
    jointly, alone = read["figures"]
    assert [a["id"] for a in jointly["sufferers"]] == [russia, wagner] and jointly["suffered_by"] is None
    assert alone["suffered_by"]["id"] == russia and alone["sufferers"] == []   # the old single form, as it was
    # suffered_by= finds either form
    assert event["id"] in ids(client, f"/v1/events?suffered_by={wagner}&limit=100")
    assert event["id"] in ids(client, f"/v1/events?suffered_by={russia}&limit=100")
    # an actor a figure names cannot be deleted
    problem(client.delete(f"/v1/actors/{wagner}", headers={"If-Match": "*"}), 409)
    # revise: the figure loses Wagner, becomes Russia's alone; restore brings the pair back, same figure ID
    kept = {**losses(300, suffered_by_id=russia), "id": jointly["id"]}
    revised = client.patch(event["href"], json={"figures": [kept, {**losses(120, suffered_by_id=russia),
                                                                   "id": alone["id"]}]})
    assert revised.status_code == 200, revised.get_json()
    assert event["id"] not in ids(client, f"/v1/events?suffered_by={wagner}&limit=100")
    restored = client.post(event["href"] + "/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    figure = client.get(event["href"] + "?include=figures").get_json()["figures"][0]
    assert figure["id"] == jointly["id"] and [a["id"] for a in figure["sufferers"]] == [russia, wagner]


def test_several_sufferers_refused_where_they_mean_nothing(client):
    russia, wagner = actor(client, "Russia (t2)"), actor(client, "Wagner (t2)")
    for figure, message in ((losses(1, sufferer_ids=[russia]), "two or more"),
                            (losses(1, sufferer_ids=[russia, wagner], suffered_by_id=russia), "not both"),
                            (losses(1, sufferer_ids=[russia, wagner], category="total"), "total"),
                            (losses(1, sufferer_ids=[russia, 999999]), None)):
        body = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)
        assert "sufferer_ids" in body["errors"]["figures"]["0"], body
        if message:
            assert message in str(body["errors"]["figures"]["0"]["sufferer_ids"])


def test_several_sufferers_say_their_category(client):
    russia, wagner = actor(client, "Russia (t4)"), actor(client, "Wagner (t4)")
    figure = {**losses(1, sufferer_ids=[russia, wagner])}
    del figure["category"]
    body = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)
    assert "category" in body["errors"]["figures"]["0"], body


def test_a_source_published_jointly(client):
    joint = created(client.post("/v1/sources", json={**SOURCE, "url": "https://example.org/joint",
                                                     "publisher": None, "publishers": ["AP", "Reuters"]}))
    single = created(client.post("/v1/sources", json={**SOURCE, "url": "https://example.org/single",
                                                      "publisher": "Reuters"}))
    assert joint["publishers"] == ["AP", "Reuters"] and joint["publisher"] is None
    assert single["publishers"] == [] and single["publisher"] == "Reuters"
    assert ids(client, "/v1/sources?publisher=reuters&limit=100") >= {joint["id"], single["id"]}
    assert joint["id"] in ids(client, "/v1/sources?publisher=AP&limit=100")
    assert single["id"] not in ids(client, "/v1/sources?publisher=AP&limit=100")
    assert joint["id"] in ids(client, "/v1/sources?q=Reuters&limit=100")   # searched as its publisher
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/sources?format=csv&limit=500").get_data(as_text=True))))
    assert {r["id"]: r["publishers"] for r in rows}[str(joint["id"])] == "AP|Reuters"
    # embedded where a record cites it
    event = created(client.post("/v1/events", json={**EVENT, "source_ids": [joint["id"]], "figures": []}))
    cited = client.get(event["href"] + "?include=sources").get_json()["sources"][0]
    assert cited["publishers"] == ["AP", "Reuters"] and cited["publisher"] is None
    # revise and restore
    revised = client.patch(joint["href"], json={"publishers": ["AP", "Reuters", "BBC"]})
    assert revised.get_json()["publishers"] == ["AP", "Reuters", "BBC"]
    restored = client.post(joint["href"] + "/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200 and restored.get_json()["publishers"] == ["AP", "Reuters"]
    for bad in ({"publishers": ["AP"]}, {"publisher": "AP", "publishers": ["AP", "Reuters"]},
                {"publisher": None, "publishers": ["AP", "AP"]}):
        assert "publishers" in problem(client.post("/v1/sources", json={**SOURCE, **bad}), 422)["errors"]


SENTENCE = {"status": "sentenced", "charges": [{"charge": "treason", "article": "Criminal Code of Ukraine, art. 111"}],
            "penalty": {"type": "imprisonment", "amount": 15, "unit": "years", "currency": None, "words": None},
            "in_absentia": True, "in_force_as_of": None,   # in_force_as_of: events27 (migrations/0094)
            "in_force_as_of_precision": None, "in_force_as_of_bound": None,   # events28 (migrations/0099)
            "issued_on": None, "issued_on_precision": None}   # vocab34 (migrations/0116)


def legal_action(client, legal, title="Court sentences X"):
    court, accused = actor(client, f"Court ({title})", "court"), actor(client, f"X ({title})", "person")
    return accused, created(client.post("/v1/events", json={
        **EVENT, "title": title, "type": "COERCE", "figures": [], "legal": legal,
        "participants": [{"actor_id": court, "role": "initiator"}, {"actor_id": accused, "role": "accused"}]}))


def test_a_legal_action_is_stored_found_and_exported(client):
    accused, event = legal_action(client, SENTENCE)
    assert event["legal"] == SENTENCE
    _, warrant = legal_action(client, {"status": "warrant_issued", "charges": [
        {"charge": "unlawful_deportation", "article": "Rome Statute, art. 8(2)(a)(vii)"}]}, "ICC warrant")
    assert warrant["legal"]["penalty"] is None and warrant["legal"]["in_absentia"] is None
    assert ids(client, "/v1/events?legal_status=sentenced&limit=100") == {event["id"]}
    assert ids(client, "/v1/events?charge=treason,war_crimes&limit=100") == {event["id"]}
    assert ids(client, "/v1/events?charge=unlawful_deportation&limit=100") == {warrant["id"]}
    assert ids(client, f"/v1/events?actor={accused}&role=accused&limit=100") == {event["id"]}
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/events?format=csv&legal_status=sentenced")
                                           .get_data(as_text=True))))
    assert (rows[0]["legal_status"], rows[0]["charges"], rows[0]["penalty"], rows[0]["in_absentia"]) == (
        "sentenced", "treason", "imprisonment 15 years", "True")
    # revise (overturned on appeal), then restore
    revised = client.patch(event["href"], json={"legal": {**SENTENCE, "status": "overturned"}})
    assert revised.status_code == 200, revised.get_json()
    assert ids(client, "/v1/events?legal_status=sentenced&limit=100") == set()
    restored = client.post(event["href"] + "/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200 and restored.get_json()["legal"] == SENTENCE
    assert ids(client, "/v1/events?legal_status=sentenced&limit=100") == {event["id"]}
    problem(client.get("/v1/events?charge=jaywalking"), 400)


def test_bad_legal_actions_name_the_field(client):
    for legal, path in (({"status": "jailed"}, ("status",)),
                        ({"status": "charged", "charges": [{"charge": "other"}]}, ("charges", "0", "article")),
                        ({"status": "charged", "penalty": {"type": "death"}}, ("penalty",)),
                        ({"status": "sentenced", "penalty": {"type": "death", "amount": 1, "unit": "years"}},
                         ("penalty", "amount")),
                        ({"status": "sentenced", "penalty": {"type": "imprisonment", "amount": 15}},
                         ("penalty", "unit")),
                        ({"status": "sentenced", "penalty": {"type": "fine", "amount": 5, "unit": "money"}},
                         ("penalty", "currency"))):
        errors = problem(client.post("/v1/events", json={**EVENT, "type": "COERCE", "legal": legal}), 422)["errors"]
        found = errors["legal"]
        for key in path:
            found = found[key]
        assert found, errors


def test_a_superlative_claim(client):
    war = client.get("/v1/events/1").get_json()
    claimant = actor(client, "Ukraine (superlative test)")
    superlative = {"measure": "deadliest", "among": "single attack", "scope": "parent_event",
                   "since": {"date": war["date_start"]}}
    event = created(client.post("/v1/events", json={**EVENT, "claims": [
        {"superlative": superlative, "claimant_id": claimant, "source_ids": [1]}]}))
    claim = client.get(event["href"] + "?include=claims").get_json()["claims"][0]
    assert claim["superlative"]["measure"] == "deadliest" and claim["superlative"]["since"]["date"] == war["date_start"]
    assert claim["claimant"]["id"] == claimant
    assert event["id"] in ids(client, "/v1/events?superlative=deadliest&limit=100")
    assert event["id"] not in ids(client, "/v1/events?superlative=largest&limit=100")
    revised = client.patch(event["href"], json={"claims": [{"id": claim["id"], "claimant_id": claimant, "source_ids": [1],
                                                            "superlative": {**superlative, "measure": "largest"}}]})
    assert revised.status_code == 200, revised.get_json()
    assert event["id"] in ids(client, "/v1/events?superlative=largest&limit=100")
    restored = client.post(event["href"] + "/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert event["id"] in ids(client, "/v1/events?superlative=deadliest&limit=100")
    bad = problem(client.post("/v1/events", json={**EVENT, "claims": [
        {"superlative": {"measure": "bloodiest"}, "source_ids": [1]}]}), 422)
    assert "measure" in bad["errors"]["claims"]["0"]["superlative"]


def test_each_of_several_sufferers_takes_part_in_the_side_counted(client):
    russia, wagner = actor(client, "Russia (t3)"), actor(client, "Wagner (t3)")
    body = problem(client.post("/v1/events", json={**EVENT, "participants": [{"actor_id": russia, "role": "side_a"}],
                                                   "figures": [losses(300, sufferer_ids=[russia, wagner])]}), 422)
    assert "1" in body["errors"]["figures"]["0"]["sufferer_ids"], body


def test_a_batch_names_several_sufferers_and_a_joint_source_by_ref(client):
    response = client.post("/v1/batch", json={"operations": [
        {"op": "create", "kind": "sources", "ref": "joint",
         "data": {**SOURCE, "url": "https://example.org/batch-joint", "publisher": None,
                  "publishers": ["AP", "Reuters"]}},
        {"op": "create", "kind": "actors", "ref": "russia", "data": {"name": "Russia (batch)", "kind": "state"}},
        {"op": "create", "kind": "actors", "ref": "wagner", "data": {"name": "Wagner (batch)", "kind": "state"}},
        {"op": "create", "kind": "events", "ref": "war", "data": {
            **EVENT, "source_ids": ["@joint"], "participants": [{"actor_id": "@russia", "role": "side_a"},
                                                                 {"actor_id": "@wagner", "role": "side_a"}],
            "figures": [{**losses(300, sufferer_ids=["@russia", "@wagner"]), "source_ids": ["@joint"]}]}}]})
    assert response.status_code == 200, response.get_json()
    results = response.get_json()["results"]
    event = client.get(f"/v1/events/{results[3]['id']}?include=figures").get_json()
    assert [a["id"] for a in event["figures"][0]["sufferers"]] == [results[1]["id"], results[2]["id"]]


@pytest.mark.parametrize("currency", ["usd", "XYZ"])
def test_a_penalty_currency_is_checked_as_a_figures_is(client, currency):
    """One ISO 4217 check for every amount of money: a fine in 'usd' or 'XYZ' is refused like a figure's."""
    body = {"title": "Fine", "type": "COERCE", "date_start": "2023-05-01", "date_precision": "day",
            "source_ids": [1], "legal": {"status": "sentenced", "charges": [{"charge": "treason"}],
                                         "penalty": {"type": "fine", "amount": 1000, "unit": "money",
                                                     "currency": currency}}}
    errors = problem(client.post("/v1/events", json=body), 422)["errors"]
    assert "ISO 4217" in errors["legal"]["penalty"]["currency"][0]


@pytest.mark.parametrize("currency", ["usd", "XYZ"])
def test_a_figures_currency_is_an_upper_case_iso_code(client, currency):
    figure = {"quantity": "damage", "best": 20, "unit": "money", "currency": currency, "source_ids": [1]}
    body = {**EVENT, "figures": [figure]}
    errors = problem(client.post("/v1/events", json=body), 422)["errors"]
    assert "ISO 4217" in str(errors["figures"]), errors
