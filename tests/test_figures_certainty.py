"""Figures as the reporting gives them (issue 10, mending round of stop 24, mend-figs2; migrations/0064), through
HTTP, from the trial reports t18 and t19: "there are no reliable figures for the dead" (certainty not_known),
"the toll could now be above 7,000" (certainty possible), "in the last phase of the war" (period_event_id),
"they include about 30 cadets" killed in a strike recorded apart (a part naming its one event in
covers_event_ids), displaced people "held in government-run camps" and people "used as human shields" (held_as on
displaced). Written, read back equal, filtered, revised and restored; bad input is a problem naming the field."""
import pytest

from helpers import BODIES, problem, created as post

EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}
STATEMENT = {k: v for k, v in BODIES["statements"].items() if k != "figures"}
MERGE = "application/merge-patch+json"


def found(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def actor(client, name, kind="non_state_armed_group"):
    return post(client, "actors", {"name": name, "kind": kind})["id"]


def people(quantity, **fields):
    return {"quantity": quantity, "unit": "people", "source_ids": [1], **fields}


def figures_of(client, created):
    return client.get(f"{created['href']}?include=figures").get_json()["figures"]


def test_not_known_and_possible_figures(client):
    un = actor(client, "United Nations", "international_organisation")
    figures = [people("deaths", certainty="not_known"),   # "there are no reliable figures for the dead"
               people("deaths", category="civilians", low=7000, qualifier="more_than", certainty="possible",
                      claimant_id=un, attribution="unnamed"),   # "could now be above 7,000"
               people("deaths", category="civilians", vague="many", vague_words="large numbers of",
                      certainty="possible")]   # "may have killed large numbers of civilians"
    created = post(client, "events", {**EVENT, "figures": figures})
    got = figures_of(client, created)
    assert [f["certainty"] for f in got] == ["not_known", "possible", "possible"]
    assert got[0]["published"] is True and got[0]["claimant"] is None and got[0]["best"] is None
    assert got[1]["low"] == 7000 and got[2]["vague"] == "many"
    assert created["id"] in found(client, "events", "figure_certainty=not_known")
    assert created["id"] in found(client, "events", "figure_certainty=possible,not_known")
    # neither stands for the event's deaths: an event with only such figures has no deaths total
    assert created["id"] not in found(client, "events", "min_deaths=0")
    plain = post(client, "events", {**EVENT, "figures": [people("deaths", best=3)]})
    assert plain["id"] not in found(client, "events", "figure_certainty=possible")
    assert plain["id"] in found(client, "events", "min_deaths=0")
    said = post(client, "statements", {**STATEMENT, "figures": [people("deaths", certainty="not_known")]})
    assert said["id"] in found(client, "statements", "figure_certainty=not_known")
    changed = client.patch(created["href"], content_type=MERGE, json={"figures": [{"id": got[0]["id"]}]})
    assert changed.status_code == 200, changed.get_json()
    assert created["id"] not in found(client, "events", "figure_certainty=possible")
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert figures_of(client, created) == got


def test_a_span_that_is_an_events_own(client):
    phase = post(client, "events", {**EVENT, "summary": "The last phase of the war."})
    created = post(client, "events", {**EVENT, "figures": [
        people("deaths", category="side_a", published=False, claimant_id=actor(client, "Ministry of Defence", "state"),
               period_event_id=phase["id"])]})
    got = figures_of(client, created)
    assert got[0]["period_event"]["id"] == phase["id"]
    assert created["id"] in found(client, "events", f"figure_period_event={phase['id']}")
    assert client.delete(phase["href"], headers={"If-Match": "*"}).status_code == 409
    again = client.put(created["href"], headers={"If-Match": "*"},
                       json={**EVENT, "figures": [{**people("deaths", best=5), "period_event_id": phase["id"]}]})
    assert again.status_code == 200, again.get_json()


def test_a_part_counted_in_another_event(client):
    strike = post(client, "events", {**EVENT, "summary": "A drone strike on a military academy."})
    offensive = post(client, "events", {**EVENT, "figures": [
        people("deaths", key="unsmil", low=2000, qualifier="more_than"),
        people("deaths", part_of_key="unsmil", best=30, qualifier="about", counted="cadets",
               covers_event_ids=[strike["id"]])]})
    got = figures_of(client, offensive)
    assert [e["id"] for e in got[1]["covers_events"]] == [strike["id"]]
    assert offensive["id"] in found(client, "events", f"figure_covers_event={strike['id']}")


def test_displaced_held_in_camps_and_as_human_shields(client):
    government, tigers = actor(client, "Government", "state"), actor(client, "LTTE")
    created = post(client, "events", {**EVENT, "figures": [
        people("displaced", best=265000, qualifier="about", held_as="confined", holder_ids=[government]),
        people("count", vague="thousands", held_as="human_shields", holder_ids=[tigers], category="civilians")]})
    got = figures_of(client, created)
    assert [(f["held_as"], [a["id"] for a in f["holders"]]) for f in got] == [
        ("confined", [government]), ("human_shields", [tigers])]
    assert created["id"] in found(client, "events", "figure_held_as=confined")
    assert created["id"] in found(client, "events", f"figure_held_by={tigers}&figure_held_as=human_shields")
    assert "figure_certainties" in client.get("/v1/vocabularies").get_json()["vocabularies"]


@pytest.mark.parametrize("figure, field", [
    (people("deaths", certainty="not_known", best=3), "best"),
    (people("deaths", certainty="not_known", vague="many"), "vague"),
    (people("deaths", certainty="not_known", published=False, claimant_id=1), "certainty"),
    (people("deaths", certainty="doubtful", best=3), "certainty"),
    (people("deaths", certainty="possible"), "best"),
    (people("deaths", best=3, period_event_id=999999), "period_event_id"),
    (people("deaths", best=3, period_event_id=1, period_last="P7D"), "period_event_id"),
    (people("deaths", best=3, covers_event_ids=[1]), "covers_event_ids"),
    (people("injured", best=3, held_as="confined"), "held_as"),
    (people("displaced", best=3, held_as="shields"), "held_as"),
])
def test_bad_input_is_a_problem_naming_the_field(client, figure, field):
    before = client.get("/v1/events?limit=500&fields=id").get_json()["items"]
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)["errors"]
    assert field in str(errors), errors
    assert client.get("/v1/events?limit=500&fields=id").get_json()["items"] == before
