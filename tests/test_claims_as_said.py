"""Claims as said (issue 10, mend-claims2; notes/trials t18, t19): a provision's deadline (or figure) found by
who claims it with /v1/treaties?claimant=, the stances doubt and not_acknowledged, and an unnamed claimant said
in words on a deadline. Written, read back, filtered through HTTP; bad input is a 422 naming the field."""
from helpers import STATEMENT, TREATY, created, ids, problem


def _treaty_with_claimed_deadline(client, claimant, **words):
    return created(client, "treaties", {**TREATY, "provisions": [
        {"type": "ceasefire", "summary": "A 90-day ceasefire.", "deadlines": [
            {"milestone": "start", "date": {"date": "2020-10-11"}, "claimant_id": claimant, "source_ids": [1],
             **words}]}]})


def test_a_deadline_claimant_finds_its_treaty(client):
    # "The LNA says the three months started on signing" (t18 doc problem 1): api.md says a provision's claimant
    # works "as for its deadlines"; claimant= reads the deadlines' and figures' claimants too.
    actors = [created(client, "actors", {"name": f"Claimant {n}", "kind": "armed_force"}) for n in range(12)]
    first, twelfth = actors[0], actors[11]
    treaty = _treaty_with_claimed_deadline(client, twelfth["id"])
    figured = created(client, "treaties", {**TREATY, "provisions": [
        {"type": "withdrawal", "summary": "Troops withdraw.", "figures": [
            {"quantity": "troops", "unit": "people", "best": 8600, "claimant_id": first["id"],
             "source_ids": [1]}]}]})
    read = client.get(treaty["href"]).get_json()
    assert read["provisions"][0]["deadlines"][0]["claimant"] == twelfth["id"]
    assert ids(client, f"/v1/treaties?claimant={twelfth['id']}&limit=500") == [treaty["id"]]
    assert ids(client, f"/v1/treaties?claimant={first['id']}&limit=500") == [figured["id"]]   # not 12's
    assert ids(client, f"/v1/treaties?claimant={actors[1]['id']}&limit=500") == []


def test_an_unnamed_deadline_claimant_in_words(client):
    # "a GNA official who attended the talks said the 90 days start on signing" (t18 #8)
    words = {"attribution": "unnamed", "claimant_words": "a GNA official who attended the talks",
             "claimant_kind": "government_body", "claimant_country": "LBY"}
    treaty = _treaty_with_claimed_deadline(client, None, **words)
    deadline = client.get(treaty["href"]).get_json()["provisions"][0]["deadlines"][0]
    assert {k: deadline[k] for k in words} == words
    bad = {**TREATY, "provisions": [{"type": "ceasefire", "summary": "x", "deadlines": [
        {"milestone": "start", "date": {"date": "2020-10-11"}, "claimant_words": "an official"}]}]}
    errors = problem(client.post("/v1/treaties", json=bad), 422)["errors"]
    assert "claimant_words" in errors["provisions"]["0"]["deadlines"]["0"]


def test_doubt_and_not_acknowledged_stances(client):
    # "Haftar's spokesman cast doubt on the deal"; "Turkey has not acknowledged sending fighters" (t18)
    doubt = created(client, "statements", {**STATEMENT, "stance": "doubt", "quote": None,
                                           "summary": "Cast doubt on the deal."})
    silent = created(client, "statements", {**STATEMENT, "stance": "not_acknowledged", "quote": None,
                                            "summary": "Has not acknowledged sending fighters."})
    assert client.get(doubt["href"]).get_json()["stance"] == "doubt"
    assert ids(client, "/v1/statements?stance=doubt&limit=500") == [doubt["id"]]
    assert ids(client, "/v1/statements?stance=not_acknowledged,no_response&limit=500") == [silent["id"]]
    terms = {item["term"] for item in client.get("/v1/vocabularies").get_json()["vocabularies"]["stances"]}
    assert {"doubt", "not_acknowledged"} <= terms
    assert "stance" in problem(client.post("/v1/statements", json={**STATEMENT, "stance": "cast_doubt"}), 422)["errors"]


def test_an_unnamed_relation_claimant_in_words(client):
    # "Western governments say Turkey backs the GNA" (t18 #8): no group actor invented for the words
    from helpers import ACTOR
    words = {"attribution": "unnamed", "claimant_words": "Western governments", "claimant_kind": "state"}
    actor = created(client, "actors", {**ACTOR, "name": "Turkey (backer)", "relations": [
        {"actor_id": 1, "relation": "backed_by", "source_ids": [1], **words}]})
    relation = client.get(f"{actor['href']}?include=relations").get_json()["relations"][0]
    assert {k: relation[k] for k in words} == {**words} and relation["claimant_country"] is None
    assert actor["id"] in ids(client, "/v1/actors?related_to=1&relation_attribution=unnamed&limit=500")
    bad = {**ACTOR, "name": "Bad", "relations": [{"actor_id": 1, "relation": "backed_by", "claimant_kind": "state"}]}
    errors = problem(client.post("/v1/actors", json=bad), 422)["errors"]
    assert "claimant_kind" in errors["relations"]["0"]


def test_a_claim_giving_another_type_for_the_event(client):
    # "the two were shot while trying to surrender" (ASSAULT) against the Defence Ministry: "killed in combat"
    # (FIGHT) (t19 #35 #37): the event stored as one side reports it, the other's type a claim.
    from helpers import EVENT
    event = created(client, "events", {**EVENT, "type": "ASSAULT", "claims": [
        {"type": "FIGHT", "claimant_id": 2, "source_ids": [1], "note": "killed 'in combat' while trying to flee"},
        {"type": "ASSAULT", "mode": "execution-style killing", "claimant_id": 1, "source_ids": [1]}]})
    other = created(client, "events", {**EVENT, "type": "FIGHT"})
    claims = client.get(f"{event['href']}?include=claims").get_json()["claims"]
    assert [(c["type"], c["mode"]) for c in claims] == [("FIGHT", None), ("ASSAULT", "execution-style killing")]
    assert ids(client, "/v1/events?claimed_type=FIGHT&limit=500") == [event["id"]]
    fights = ids(client, "/v1/events?type=FIGHT&limit=500")
    assert other["id"] in fights and event["id"] not in fights
    assert "claimed_type" in problem(client.get("/v1/events?claimed_type=BATTLE"), 400)["errors"]
    for claim, field in (({"type": "BATTLE", "claimant_id": 2}, "type"),
                         ({"type": "FIGHT", "claimant_id": 2, "rank": "preferred"}, "rank"),
                         ({"type": "ASSAULT", "mode": "advance", "claimant_id": 2}, "mode")):
        body = {**EVENT, "type": "ASSAULT", "claims": [{**claim, "source_ids": [1]}]}
        errors = problem(client.post("/v1/events", json=body), 422)["errors"]
        assert field in errors["claims"]["0"], (claim, errors)


def test_a_claimants_own_hedge(client):
    # "the army said Prabhakaran appears to have been killed" (t19 #20): the speaker's hedge, not the reporting's
    from helpers import EVENT
    claim = {"dates": {"date": "2020-10-28", "precision": "day"}, "claimant_id": 2, "claimant_hedge": "appears",
             "source_ids": [1]}
    event = created(client, "events", {**EVENT, "claims": [claim]})
    read = client.get(f"{event['href']}?include=claims").get_json()["claims"][0]
    assert (read["claimant_hedge"], read["verification"]) == ("appears", None)
    assert ids(client, "/v1/events?claimant_hedge=appears,believed&limit=500") == [event["id"]]
    assert ids(client, "/v1/events?claimant_hedge=possible&limit=500") == []
    terms = {item["term"] for item in client.get("/v1/vocabularies").get_json()["vocabularies"]["claimant_hedges"]}
    assert terms == {"appears", "believed", "probable", "possible"}
    errors = problem(client.post("/v1/events", json={**EVENT, "claims": [{**claim, "claimant_hedge": "seems"}]}),
                     422)["errors"]
    assert "claimant_hedge" in errors["claims"]["0"]
