"""Terms curators needed when coding real reports (notes/trials t1-t3): each is stored, read back and filtered
by through HTTP, and a term that is not in the vocabulary is still refused naming the field."""
from helpers import PLACE, STATEMENT, TREATY, created, ids, problem


def treaty(status, **extra):
    return {**TREATY, "status": status, "signed_date": None, **extra}


def test_a_proposed_a_rejected_and_an_agreed_treaty_are_stored_and_filtered(client):
    proposed = created(client, "treaties", treaty("proposed", status_history=[
        {"status": "proposed", "date": {"date": "2022-10-01"}, "source_ids": [1]}]))
    rejected = created(client, "treaties", treaty("rejected", status_history=[
        {"status": "proposed", "date": {"date": "2022-09-20"}, "source_ids": [1]},
        {"status": "rejected", "date": {"date": "2022-10-02"}, "source_ids": [1]}]))
    agreed = created(client, "treaties", treaty("agreed", status_history=[
        {"status": "agreed", "date": {"date": "2023-12-07"}, "source_ids": [1]}]))
    assert client.get(f"/v1/treaties/{rejected['id']}").get_json()["status"] == "rejected"
    assert [entry["status"] for entry in rejected["status_history"]] == ["proposed", "rejected"]
    assert ids(client, "/v1/treaties?status=proposed,agreed") == [proposed["id"], agreed["id"]]
    # None of them is in force on any day, by its history or by its dates.
    dated = created(client, "treaties", treaty("agreed", signed_date="2023-12-07"))
    in_force = ids(client, "/v1/treaties?in_force_on=2023-12-08&limit=500")
    assert not {proposed["id"], rejected["id"], agreed["id"], dated["id"]} & set(in_force)
    found = problem(client.post("/v1/treaties", json=treaty("draft")), 422)
    assert "status" in found["errors"]
    found = problem(client.post("/v1/treaties", json=treaty("proposed", status_history=[
        {"status": "drafted", "date": None, "source_ids": [1]}])), 422)
    assert "status" in found["errors"]["status_history"]["0"]


def test_an_event_accepting_a_treaty_without_signing_it(client):
    truce = created(client, "treaties", treaty("agreed"))
    event = created(client, "events", {"title": "The parties accept the truce", "type": "AGREE",
                                       "date_start": "2022-04-01", "date_precision": "day",
                                       "treaties": [{"treaty_id": truce["id"], "link": "accepts"}],
                                       "source_ids": [1]})
    assert event["treaties"][0]["link"] == "accepts"
    assert event["id"] in ids(client, f"/v1/events?treaty={truce['id']}")


def test_the_new_provision_types_and_implementation_statuses(client):
    types = ["confidence_building", "normalisation", "political_support", "salaries_and_pensions"]
    body = treaty("agreed", provisions=[{"type": kind, "summary": kind} for kind in types])
    body["provisions"][3]["implementation"] = [
        {"date": {"date": "2022-05-01"}, "status": "delayed", "source_ids": [1]},
        {"date": {"date": "2022-06-01"}, "status": "obstructed", "claimant_id": 3,
         "note": "Fuel ships held up by the coalition.", "source_ids": [1]}]
    made = created(client, "treaties", body)
    read = client.get(f"/v1/treaties/{made['id']}").get_json()
    assert [provision["type"] for provision in read["provisions"]] == types
    assert [entry["status"] for entry in read["provisions"][3]["implementation"]] == ["delayed", "obstructed"]
    for kind in types:
        assert made["id"] in ids(client, f"/v1/treaties?provision_type={kind}")
    found = problem(client.post("/v1/treaties", json=treaty("agreed", provisions=[
        {"type": "goodwill", "summary": "x"}])), 422)
    assert "type" in found["errors"]["provisions"]["0"]
    found = problem(client.post("/v1/treaties", json=treaty("agreed", provisions=[
        {"type": "ceasefire", "summary": "x", "implementation": [
            {"date": {"date": "2022-05-01"}, "status": "late", "source_ids": [1]}]}])), 422)
    assert "status" in found["errors"]["provisions"]["0"]["implementation"]["0"]


def test_an_audio_message_expressing_regret(client):
    made = created(client, "statements", {**STATEMENT, "medium": "audio_message", "stance": "regret"})
    read = client.get(f"/v1/statements/{made['id']}").get_json()
    assert (read["medium"], read["stance"]) == ("audio_message", "regret")
    assert ids(client, "/v1/statements?medium=audio_message") == [made["id"]]
    assert ids(client, "/v1/statements?stance=regret") == [made["id"]]
    assert "medium" in problem(client.post("/v1/statements", json={**STATEMENT, "medium": "voice_note"}),
                               422)["errors"]
    assert "stance" in problem(client.post("/v1/statements", json={**STATEMENT, "stance": "deplore"}),
                               422)["errors"]
    assert "stance" in problem(client.get("/v1/statements?stance=deplore"), 400)["errors"]


def test_an_event_investigating_another(client):
    withdrawal = created(client, "events", {"title": "Withdrawal from Wad Madani", "type": "RETREAT",
                                            "date_start": "2023-12-18", "date_precision": "day",
                                            "source_ids": [1]})
    inquiry = created(client, "events", {"title": "Inquiry into the withdrawal", "type": "INVESTIGATE",
                                         "date_start": "2023-12-20", "date_precision": "day", "source_ids": [1],
                                         "relations": [{"event_id": withdrawal["id"],
                                                        "relation": "investigates"}]})
    read = client.get(f"/v1/events/{inquiry['id']}").get_json()
    assert [(r["event"]["id"], r["relation"]) for r in read["relations"]] \
        == [(withdrawal["id"], "investigates")]
    assert ids(client, f"/v1/events?related_to={withdrawal['id']}&relation=investigates") == [inquiry["id"]]
    found = problem(client.post("/v1/events", json={**{k: v for k, v in inquiry.items() if k in (
        "title", "type", "date_start", "date_precision")}, "source_ids": [1],
        "relations": [{"event_id": withdrawal["id"], "relation": "probes"}]}), 422)
    assert "relation" in found["errors"]["relations"]["0"]


def test_a_border_place(client):
    border = created(client, "places", {**PLACE, "name": "Armenia-Azerbaijan border", "kind": "border",
                                        "country": None, "parent_id": None})
    assert client.get(f"/v1/places/{border['id']}").get_json()["kind"] == "border"
    assert ids(client, "/v1/places?kind=border") == [border["id"]]
    assert "kind" in problem(client.post("/v1/places", json={**PLACE, "kind": "frontier"}), 422)["errors"]


def test_a_permanent_cessation_of_hostilities(client):
    """Pretoria, 2022-11-02: "a permanent cessation of hostilities" (trial t4): the term says it has no end, which
    is not the same as a term the text is silent on; a permanent term with a duration is refused."""
    ceasefire = {"type": "ceasefire", "summary": "A permanent cessation of hostilities.", "term": {"permanent": True}}
    made = created(client, "treaties", treaty("signed", signed_date="2022-11-02", provisions=[
        ceasefire, {"type": "humanitarian_access", "summary": "Unhindered humanitarian access."}]))
    term, silent = (provision["term"] for provision in made["provisions"])
    assert term["permanent"] is True and term["duration"] is None and silent is None
    assert client.get(made["href"]).get_json()["provisions"][0]["term"] == term
    found = problem(client.post("/v1/treaties", json=treaty("signed", provisions=[
        {**ceasefire, "term": {"permanent": True, "duration": {"amount": 60, "unit": "days"}}}])), 422)
    assert "permanent" in found["errors"]["provisions"]["0"]["term"]


def test_kosovo_has_a_country_code(client):
    """Banjska, 2023-09-24 (trial t5): ISO 3166 has no code for Kosovo; XKX, the user-assigned code the European
    Commission, the World Bank and IOM use, is accepted and filtered by; other codes ISO lacks are still refused."""
    police = created(client, "actors", {"name": "Kosovo Police", "kind": "government_body", "country": "XKX"})
    assert ids(client, "/v1/actors?country=XKX") == [police["id"]]
    assert "country" in problem(client.post("/v1/actors", json={"name": "Nowhere", "kind": "state",
                                                                "country": "XKY"}), 422)["errors"]
