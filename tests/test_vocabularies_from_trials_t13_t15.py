"""Terms the curators of trials t13-t15 lacked (notes/trials t13.md, t14.md, t15.md; mend-terms), and the rules
whose docs they found contradicted by the service. Through HTTP: each term is published, stored, read back,
filtered, exported and restored; a term out of place is a problem naming the field; and what api.md now says
of other_stances, a count's category, treaty relations and claimant= on treaties is what the service does."""
import csv
import io

import pytest

from helpers import PLACE, SOURCE, STATEMENT, TREATY, problem, created as post
from schemas import vocabularies as vocab

MERGE = "application/merge-patch+json"
EVENT = {"title": "An event", "type": "RETREAT", "date_start": "2024-01-04", "date_precision": "day",
         "place_id": 6, "location_precision": "exact", "participants": [{"actor_id": 9, "role": "initiator"}],
         "source_ids": [1]}
# Each new term, the vocabulary it is in, and the filter that finds a record using it.
NEW_TERMS = {
    "figure_quantities": (("surrendered", "escaped"), "figure_quantity"),
    "figure_subsets": (("officers", "family_members"), "figure_subset"),
    "claimed_reasons": (("compliance", "diplomatic"), "claimed_reason"),
    "statement_media": (("video_link",), "medium"),
    "event_modes": (("prison_escape", "sexual_violence"), "mode"),
    "participant_roles": (("observer",), "actor=10&role"),
}


def found(client, kind, query):
    response = client.get(f"/v1/{kind}?{query}&limit=500&fields=id")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def event_using(name, term):
    """An event body that uses `term` of vocabulary `name`, generated from the vocabulary's declaration."""
    if name == "figure_quantities":
        return {**EVENT, "figures": [{"quantity": term, "unit": "people", "best": 40, "source_ids": [1]}]}
    if name == "figure_subsets":
        return {**EVENT, "figures": [{"quantity": "surrendered", "unit": "people", "best": 6, "subset": term,
                                      "source_ids": [1]}]}
    if name == "claimed_reasons":
        return {**EVENT, "claims": [{"reason": term, "claimant_id": 9, "source_ids": [1]}]}
    if name == "participant_roles":
        return {**EVENT, "type": "CONSULT", "participants": [*EVENT["participants"], {"actor_id": 10, "role": term}]}
    return {**EVENT, "type": vocab.EVENT_MODES[term][0][0], "mode": term}


@pytest.mark.parametrize("name,term", [(name, term) for name, (terms, _) in NEW_TERMS.items() for term in terms])
def test_each_new_term_is_published_stored_and_found_by_its_filter(client, name, term):
    published = {item["term"]: item["description"]
                 for item in client.get("/v1/vocabularies").get_json()["vocabularies"][name]}
    assert published[term] == vocab.ALL[name][term]
    kind = "statements" if name == "statement_media" else "events"
    body = {**STATEMENT, "medium": term} if kind == "statements" else event_using(name, term)
    made = post(client, kind, body)
    assert made["id"] in found(client, kind, f"{NEW_TERMS[name][1]}={term}")


def test_a_surrender_and_its_counts(client):
    """t15 #48-50: 'the MNDAA said 2,389 soldiers had given themselves up, including six brigadier generals, and
    1,601 family members'."""
    body = {**EVENT, "title": "The Laukkai garrison surrenders", "mode": "disarm", "figures": [
        {"key": "soldiers", "quantity": "surrendered", "unit": "people", "best": 2389, "qualifier": "exactly",
         "category": "initiator", "suffered_by_id": 9, "claimant_id": 10, "source_ids": [1]},
        {"quantity": "surrendered", "unit": "people", "best": 6, "subset": "officers", "part_of_key": "soldiers",
         "counted": "brigadier generals", "claimant_id": 10, "source_ids": [1]},
        {"quantity": "surrendered", "unit": "people", "best": 1601, "subset": "family_members",
         "counted": "the soldiers' family members", "claimant_id": 10, "source_ids": [1]}]}
    made = post(client, "events", body)
    figures = client.get(f"{made['href']}?include=figures").get_json()["figures"]
    assert [(f["quantity"], f["best"], f["subset"], f["category"]) for f in figures] == [
        ("surrendered", 2389, None, "initiator"), ("surrendered", 6, "officers", "total"),
        ("surrendered", 1601, "family_members", "total")]
    assert made["id"] in found(client, "events", "figure_quantity=surrendered&figure_subset=officers")
    assert made["id"] not in found(client, "events", "figure_quantity=detained")
    rows = list(csv.DictReader(io.StringIO(client.get(
        "/v1/events?figure_quantity=surrendered&format=csv").get_data(as_text=True))))
    assert [row["id"] for row in rows] == [str(made["id"])]
    # Surrendered people are people: a unit of items is refused, naming the unit.
    bad = {**body, "figures": [{**body["figures"][0], "unit": "items"}]}
    assert "unit" in problem(client.post("/v1/events", json=bad), 422)["errors"]["figures"]["0"]


def test_a_prison_escape_as_goma_fell_and_its_restoration(client):
    """t14 #48: 'thousands of inmates escaped from Munzenze prison on 27 January, as Goma fell'."""
    prison = post(client, "places", {**PLACE, "name": "Munzenze prison", "kind": "site"})
    made = post(client, "events", {**EVENT, "title": "Inmates escape from Munzenze prison", "type": "FIGHT",
                                   "mode": "prison_escape", "place_id": prison["id"], "figures": [
                                       {"quantity": "escaped", "unit": "people", "vague": "thousands",
                                        "counted": "inmates", "source_ids": [1]}]})
    assert made["id"] in found(client, "events", "mode=prison_escape&figure_quantity=escaped")
    changed = client.patch(made["href"], content_type=MERGE, json={"type": "CRIME", "mode": "sexual_violence"})
    assert "mode" in problem(changed, 422)["errors"]   # sexual violence goes with ASSAULT only
    changed = client.patch(made["href"], content_type=MERGE, json={"mode": "raid"})
    assert changed.status_code == 200, changed.get_json()
    assert made["id"] not in found(client, "events", "mode=prison_escape")
    restored = client.post(f"{made['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert made["id"] in found(client, "events", "mode=prison_escape")
    wrong = problem(client.post("/v1/events", json={**EVENT, "type": "ASSAULT", "mode": "prison_escape"}), 422)
    assert "mode" in wrong["errors"]


def test_a_briefing_by_video_link_and_reasons_of_compliance_and_diplomacy(client):
    """t14 #22 'she told reporters by video from Goma'; t15 #27 'to comply with the truce', #53 'relations with
    China'."""
    briefing = post(client, "statements", {**STATEMENT, "medium": "video_link", "said_at_id": 6})
    assert client.get(briefing["href"]).get_json()["medium"] == "video_link"
    assert found(client, "statements", "medium=video_link") == {briefing["id"]}
    withdrawal = post(client, "events", {**EVENT, "title": "Forces withdraw from the town", "claims": [
        {"reason": "compliance", "claimant_id": 9, "note": "to comply with the truce", "source_ids": [1]},
        {"reason": "diplomatic", "claimant_id": 10, "note": "relations with China", "source_ids": [1]}]})
    reasons = [claim["reason"] for claim in client.get(f"{withdrawal['href']}?include=claims").get_json()["claims"]]
    assert reasons == ["compliance", "diplomatic"]
    assert withdrawal["id"] in found(client, "events", "claimed_reason=compliance")
    assert withdrawal["id"] in found(client, "events", "claimed_reason=diplomatic")
    assert "claimed_reason" in problem(client.get("/v1/events?claimed_reason=treaty"), 400)["errors"]
    assert "medium" in problem(client.post("/v1/statements", json={**STATEMENT, "medium": "zoom"}), 422)["errors"]


def test_what_api_md_says_of_other_stances_a_counts_category_relations_and_claimants(client):
    """t13 doc problems 4 and 5, t14 2, t15 1: the docs now say what the service does."""
    # other_stances needs stance, not quote (t14 S6: assert and deny, no quote); other_quotes needs quote.
    unquoted = post(client, "statements", {**STATEMENT, "quote": None, "stance": "deny",
                                           "other_stances": ["assert"]})
    assert client.get(unquoted["href"]).get_json()["other_stances"] == ["assert"]
    assert "other_quotes" in problem(client.post("/v1/statements", json={
        **STATEMENT, "quote": None, "other_quotes": ["a passage"]}), 422)["errors"]
    assert "other_stances" in problem(client.post("/v1/statements", json={
        **STATEMENT, "stance": None, "other_stances": ["assert"]}), 422)["errors"]
    # A count of people stays null when it does not say whose, and may say whose.
    counts = post(client, "events", {**EVENT, "figures": [
        {"quantity": "count", "unit": "people", "best": 5, "source_ids": [1]},
        {"quantity": "count", "unit": "people", "best": 7, "category": "initiator", "suffered_by_id": 9,
         "source_ids": [1]}]})
    figures = client.get(f"{counts['href']}?include=figures").get_json()["figures"]
    assert [f["category"] for f in figures] == [None, "initiator"]
    # Treaty relations: each pair once per relation.
    protocol = post(client, "treaties", TREATY)
    package = post(client, "treaties", {**TREATY, "name": "A package", "relations": [
        {"treaty_id": protocol["id"], "relation": "amends"}, {"treaty_id": protocol["id"], "relation": "implements"}]})
    assert [r["relation"] for r in client.get(package["href"]).get_json()["relations"]] == ["amends", "implements"]
    twice = problem(client.post("/v1/treaties", json={**TREATY, "name": "Twice", "relations": [
        {"treaty_id": protocol["id"], "relation": "amends"}, {"treaty_id": protocol["id"], "relation": "amends"}]}),
        422)
    assert "relations" in twice["errors"]
    # claimant= on treaties finds a provision's claimant too, not only status and implementation entries.
    claimed = post(client, "treaties", {**TREATY, "name": "Claimed", "provisions": [
        {"type": "humanitarian_access", "summary": "Access begins at once.", "claimant_id": 10, "source_ids": [1]}]})
    assert claimed["id"] in found(client, "treaties", "claimant=10")
    assert protocol["id"] not in found(client, "treaties", "claimant=10")
    # A source's published_date may be null or left out (t13 doc problem 10); its title may be null, not left out.
    undated = post(client, "sources", {**SOURCE, "published_date": None})
    assert client.get(undated["href"]).get_json()["published_date"] is None
    left_out = post(client, "sources", {key: value for key, value in SOURCE.items() if key != "published_date"})
    assert client.get(left_out["href"]).get_json()["published_date"] is None
    assert "title" in problem(client.post("/v1/sources", json={"url": SOURCE["url"]}), 422)["errors"]
