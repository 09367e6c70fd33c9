"""Issue 10, mend-claims (migrations/0059): who claims what, and from which source. A membership and an event's
link to a treaty with their claimant and sources; a figure not published whose withholder is not named; a
source that carries another ("Reuters, citing SANA"). Through HTTP: written, read back, filtered, refused."""
import csv
import io

from helpers import ACTOR, EVENT, SOURCE, TREATY, created, ids, problem


def source(client, title, **more):
    return created(client, "sources", {**SOURCE, "title": title, **more})["id"]


def test_a_membership_according_to_someone_reads_back_and_is_found(client):
    coalition = created(client, "actors", {**ACTOR, "name": "The coalition", "aliases": []})["id"]
    afp = source(client, "AFP report")
    member = created(client, "actors", {**ACTOR, "name": "A brigade", "aliases": [], "member_of": [
        {"actor_id": coalition, "claimant_id": 9, "source_ids": [afp], "note": "the army's statement"}]})
    item = member["member_of"][0]
    assert (item["claimant"], item["attribution"], item["sources"], item["note"]) == (9, "named", [afp],
                                                                                        "the army's statement")
    again = client.get(f"/v1/actors/{member['id']}").get_json()
    assert again["member_of"] == member["member_of"]
    assert ids(client, f"/v1/actors?member_of={coalition}&member_claimant=9") == [member["id"]]
    assert ids(client, f"/v1/actors?member_of={coalition}&member_claimant=10") == []
    assert ids(client, f"/v1/actors?member_source={afp}") == [member["id"]]
    assert client.delete(f"/v1/sources/{afp}", headers={"If-Match": "*"}).status_code == 409


def test_an_unnamed_membership_claim_and_a_bad_one(client):
    coalition = created(client, "actors", {**ACTOR, "name": "The coalition", "aliases": []})["id"]
    member = created(client, "actors", {**ACTOR, "name": "A militia", "aliases": [], "member_of": [
        {"actor_id": coalition, "attribution": "unnamed", "verification": "unverified"}]})
    assert member["member_of"][0]["attribution"] == "unnamed"
    errors = problem(client.post("/v1/actors", json={**ACTOR, "name": "X", "aliases": [], "member_of": [
        {"actor_id": coalition, "attribution": "named"}]}), 422)["errors"]
    assert list(errors["member_of"]["0"]) == ["claimant_id"]


def test_a_breach_claimed_by_one_side_reads_back_and_is_found(client):
    treaty = created(client, "treaties", TREATY)["id"]
    army = source(client, "Army statement")
    event = created(client, "events", {**EVENT, "treaties": [
        {"treaty_id": treaty, "link": "breaches", "claimant_id": 9, "source_ids": [army]}]})
    link = event["treaties"][0]
    assert (link["claimant"], link["attribution"], link["sources"], link["verification"]) == (9, "named", [army],
                                                                                               None)
    assert client.get(f"/v1/events/{event['id']}").get_json()["treaties"] == event["treaties"]
    assert ids(client, f"/v1/events?treaty={treaty}&treaty_link=breaches&treaty_link_claimant=9") == [event["id"]]
    assert ids(client, f"/v1/events?treaty_link=invokes&treaty_link_claimant=9") == []
    assert ids(client, f"/v1/events?treaty_link_source={army}") == [event["id"]]
    errors = problem(client.post("/v1/events", json={**EVENT, "treaties": [
        {"treaty_id": treaty, "link": "breaches", "attribution": "source", "claimant_id": 9}]}), 422)["errors"]
    assert list(errors["treaties"]["0"]) == ["claimant_id"]


def test_a_toll_not_released_by_someone_not_named(client):
    figure = {"quantity": "deaths", "unit": "people", "published": False, "attribution": "unnamed",
              "claimant_words": "officials", "source_ids": [1]}
    event = created(client, "events", {**EVENT, "figures": [figure]})
    stored = event["figures"][0]
    assert (stored["published"], stored["attribution"], stored["claimant"]) == (False, "unnamed", None)
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [
        {**figure, "attribution": None, "claimant_words": None}]}), 422)["errors"]
    assert list(errors["figures"]["0"]) == ["claimant_id"]


def test_a_source_citing_another_and_what_rests_on_it(client):
    sana = source(client, "SANA dispatch", publisher="SANA")
    reuters = source(client, "Reuters, citing SANA", publisher="Reuters", cites_source_ids=[sana])
    assert client.get(f"/v1/sources/{reuters}").get_json()["cites_sources"] == [sana]
    assert ids(client, f"/v1/sources?cites={sana}") == [reuters]
    rows = list(csv.DictReader(io.StringIO(client.get(f"/v1/sources?cites={sana}&format=csv").get_data(as_text=True))))
    assert [row["cites_source_ids"] for row in rows] == [str(sana)]
    event = created(client, "events", {**EVENT, "source_ids": [reuters]})["id"]
    assert event in ids(client, f"/v1/events?rests_on={sana}")
    assert ids(client, f"/v1/events?rests_on={reuters}") == [event]
    assert client.delete(f"/v1/sources/{sana}", headers={"If-Match": "*"}).status_code == 409
    errors = problem(client.patch(f"/v1/sources/{reuters}", json={"cites_source_ids": [reuters]}), 422)["errors"]
    assert list(errors) == ["cites_source_ids"]
    problem(client.patch(f"/v1/sources/{reuters}", json={"cites_source_ids": [99999]}), 422)


def test_deaths_since_a_ceasefire_took_effect(client):
    treaty = created(client, "treaties", TREATY)["id"]
    figure = {"quantity": "deaths", "unit": "people", "best": 40, "claimant_id": 10, "as_of": "2020-10-28",
              "period_since_treaty_id": treaty, "source_ids": [1]}
    event = created(client, "events", {**EVENT, "figures": [figure]})
    assert event["figures"][0]["period_since_treaty"] == treaty
    assert client.get(f"/v1/events/{event['id']}").get_json()["figures"] == event["figures"]
    assert client.delete(f"/v1/treaties/{treaty}", headers={"If-Match": "*"}).status_code == 409
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [
        {**figure, "period_last": "P7D"}]}), 422)["errors"]
    assert list(errors["figures"]["0"]) == ["period_since_treaty_id"]
    problem(client.post("/v1/events", json={**EVENT, "figures": [{**figure, "period_since_treaty_id": 99999}]}), 422)
