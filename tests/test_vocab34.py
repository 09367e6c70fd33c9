"""Terms missing from closed vocabularies (vocab34; migrations/0116; notes/trials t59, t60, t61), through HTTP: a
written message and a call with a reporter by telephone, a zone in nautical miles, officers and the rank and file, an
arrest not made, an indictment made public with the day it was issued, a transitional government, people who went
without food, deaths from several causes, young and trapped people. Written, read back equal, filtered, revised;
bad input is a problem naming the field and changes nothing."""
import pytest

from helpers import BODIES, EVENT, STATEMENT, created, ids, problem

PLAIN_EVENT = {k: v for k, v in EVENT.items() if k not in ("figures", "claims")}
PLAIN_STATEMENT = {k: v for k, v in STATEMENT.items() if k != "figures"}


def people(quantity, **fields):
    return {"quantity": quantity, "unit": "people", "source_ids": [1], **fields}


def figures_of(client, record):
    return client.get(f"{record['href']}?include=figures").get_json()["figures"]


def terms(client, vocabulary):
    return {item["term"] for item in client.get("/v1/vocabularies").get_json()["vocabularies"][vocabulary]}


def test_the_new_terms_are_published(client):
    assert {"message", "telephone_call"} <= terms(client, "statement_media")
    assert {"mi", "nmi"} <= terms(client, "figure_units")
    assert {"officers", "commanders", "rank_and_file"} <= terms(client, "actor_parts")
    assert "made_public" in terms(client, "legal_statuses")
    assert "transitional_government" in terms(client, "provision_types")
    assert {"deprived"} <= terms(client, "figure_quantities")
    assert {"young", "trapped"} <= terms(client, "figure_subsets")


def test_a_message_and_a_call_by_telephone_with_a_reporter(client):
    """ "said in a message to the government"; "told a news agency by telephone"."""
    message = created(client, "statements", {**PLAIN_STATEMENT, "medium": "message", "addressee_id": 1})
    call = created(client, "statements", {**PLAIN_STATEMENT, "medium": "telephone_call"})
    assert client.get(message["href"]).get_json() == message
    assert (message["medium"], call["medium"]) == ("message", "telephone_call")
    assert message["id"] in ids(client, "/v1/statements?medium=message&limit=500")
    assert call["id"] not in ids(client, "/v1/statements?medium=message&limit=500")
    revised = client.patch(call["href"], json={"medium": "message"}, headers={"If-Match": "*"})
    assert revised.status_code == 200 and revised.get_json()["medium"] == "message"


def test_a_zone_in_nautical_miles_is_stored_as_given(client):
    """ "a 200-mile zone": a distance in nmi (or mi), never converted to km."""
    zone = {"quantity": "distance", "unit": "nmi", "best": 200, "source_ids": [1]}
    said = created(client, "statements", {**PLAIN_STATEMENT, "figures": [zone, {**zone, "unit": "mi"}]})
    assert [(f["best"], f["unit"]) for f in figures_of(client, said)] == [(200, "nmi"), (200, "mi")]
    assert client.get(said["href"]).get_json() == said


def test_officers_commanders_and_the_rank_and_file(client):
    """ "army officers received the men": a participant's part; "the conscripts said": a speaker's part."""
    event = created(client, "events", {**PLAIN_EVENT, "participants": [
        {"actor_id": 9, "role": "initiator", "actor_part": "officers"}]})
    assert [p["actor_part"] for p in client.get(event["href"]).get_json()["participants"]] == ["officers"]
    assert event["id"] in ids(client, "/v1/events?participant_part=officers&limit=500")
    assert event["id"] not in ids(client, "/v1/events?participant_part=commanders&limit=500")
    revised = client.patch(event["href"], headers={"If-Match": "*"}, json={"participants": [
        {"actor_id": 9, "role": "initiator", "actor_part": "rank_and_file"}]})
    assert revised.status_code == 200, revised.get_json()
    assert event["id"] in ids(client, "/v1/events?participant_part=rank_and_file&limit=500")
    said = created(client, "statements", {**PLAIN_STATEMENT, "speaker_words": "the conscripts",
                                          "speaker_part": "rank_and_file"})
    assert said["speaker_part"] == "rank_and_file"
    assert said["id"] in ids(client, "/v1/statements?speaker_part=rank_and_file&limit=500")


def test_an_arrest_not_made(client):
    """ "the government did not arrest him": COERCE mode arrest, occurrence did_not_occur."""
    event = created(client, "events", {**PLAIN_EVENT, "type": "COERCE", "mode": "arrest",
                                       "occurrence": "did_not_occur"})
    shown = client.get(event["href"]).get_json()
    assert (shown["type"], shown["mode"], shown["occurrence"]) == ("COERCE", "arrest", "did_not_occur")
    assert event["id"] in ids(client, "/v1/events?mode=arrest&occurrence=did_not_occur&limit=500")
    errors = problem(client.post("/v1/events", json={**PLAIN_EVENT, "type": "PROTEST", "mode": "arrest"}), 422)
    assert list(errors["errors"]) == ["mode"]


def test_an_indictment_made_public_with_the_day_it_was_issued(client):
    """ "made public on 4 June an indictment" signed in March: the event's date is the unsealing."""
    legal = {"status": "made_public", "charges": [{"charge": "war_crimes"}], "issued_on": "2003-03-07"}
    event = created(client, "events", {**PLAIN_EVENT, "type": "COERCE", "mode": None, "date_start": "2003-06-04",
                                       "date_end": "2003-06-04", "legal": legal})
    shown = client.get(event["href"]).get_json()
    assert (shown["legal"]["status"], shown["legal"]["issued_on"], shown["legal"]["issued_on_precision"]) == (
        "made_public", "2003-03-07", "day")
    assert shown == event
    assert event["id"] in ids(client, "/v1/events?legal_status=made_public&limit=500")
    revised = client.patch(event["href"], headers={"If-Match": "*"}, json={"legal": {
        **legal, "issued_on": "2003-03-01", "issued_on_precision": "month"}})
    assert revised.status_code == 200, revised.get_json()
    assert revised.get_json()["legal"]["issued_on_precision"] == "month"
    plain = created(client, "events", {**PLAIN_EVENT, "type": "COERCE", "mode": None,
                                       "legal": {"status": "charged"}})
    assert (plain["legal"]["issued_on"], plain["legal"]["issued_on_precision"]) == (None, None)


def test_a_transitional_government_provision(client):
    treaty = created(client, "treaties", {**BODIES["treaties"], "provisions": [
        {"type": "transitional_government", "summary": "A transitional government takes office."}]})
    assert treaty["provisions"][0]["type"] == "transitional_government"
    assert [t["id"] for t in client.get("/v1/treaties?provision_type=transitional_government").get_json()[
        "items"]] == [treaty["id"]]


def test_people_who_went_without_food(client):
    """ "the troops went days without food": deprived, lacked [food], whose people suffered_by."""
    figure = people("deprived", vague="unspecified", suffered_by_id=9, category="combatants", lacked=["food"],
                    subset="young")
    said = created(client, "statements", {**PLAIN_STATEMENT, "figures": [figure]})
    got = figures_of(client, said)[0]
    assert (got["quantity"], got["lacked"], got["subset"], got["other_causes"]) == (
        "deprived", ["food"], "young", [])
    assert said["id"] in ids(client, "/v1/statements?figure_lacked=food,water&limit=500")
    assert said["id"] not in ids(client, "/v1/statements?figure_lacked=water&limit=500")
    assert said["id"] in ids(client, "/v1/statements?figure_quantity=deprived&limit=500")
    assert said["id"] in ids(client, "/v1/statements?figure_subset=young&limit=500")
    displaced = created(client, "events", {**PLAIN_EVENT, "figures": [
        people("displaced", best=300, lacked=["water", "health_care"])]})
    assert figures_of(client, displaced)[0]["lacked"] == ["water", "health_care"]
    assert displaced["id"] in ids(client, "/v1/events?figure_lacked=health_care&limit=500")


def test_deaths_from_several_causes(client):
    """ "killed by bombing and shelling": cause airstrike, other_causes [shelling]; both found."""
    figure = people("deaths", best=12, cause="airstrike", other_causes=["shelling"], subset="trapped")
    event = created(client, "events", {**PLAIN_EVENT, "figures": [figure]})
    got = figures_of(client, event)[0]
    assert (got["cause"], got["other_causes"], got["lacked"]) == ("airstrike", ["shelling"], [])
    for term in ("airstrike", "shelling"):
        assert event["id"] in ids(client, f"/v1/events?figure_cause={term}&limit=500")
    assert event["id"] not in ids(client, "/v1/events?figure_cause=gunfire&limit=500")
    said = created(client, "statements", {**PLAIN_STATEMENT, "figures": [figure]})
    assert said["id"] in ids(client, "/v1/statements?figure_cause=shelling&limit=500")
    revised = client.patch(event["href"], headers={"If-Match": "*"}, json={"figures": [
        {**figure, "id": got["id"], "other_causes": ["shelling", "fire"]}]})
    assert revised.status_code == 200, revised.get_json()
    assert figures_of(client, event)[0]["other_causes"] == ["shelling", "fire"]


@pytest.mark.parametrize("body, path", [
    ({"figures": [people("deaths", best=3, other_causes=["shelling"])]}, ("figures", "0", "other_causes")),
    ({"figures": [people("deaths", best=3, cause="shelling", other_causes=["shelling"])]},
     ("figures", "0", "other_causes")),
    ({"figures": [people("deaths", best=3, cause="fire", other_causes=["gunfire", "gunfire"])]},
     ("figures", "0", "other_causes")),
    ({"figures": [{"quantity": "distance", "unit": "km", "best": 3, "lacked": ["food"], "source_ids": [1]}]},
     ("figures", "0", "lacked")),
    ({"figures": [people("deprived", best=3, lacked=["meals"])]}, ("figures", "0", "lacked")),
    ({"figures": [{"quantity": "distance", "unit": "miles", "best": 3, "source_ids": [1]}]},
     ("figures", "0", "unit")),
    ({"figures": [{"quantity": "deaths", "unit": "nmi", "best": 3, "source_ids": [1]}]}, ("figures", "0", "unit")),
    ({"participants": [{"actor_id": 9, "role": "initiator", "actor_part": "sergeants"}]},
     ("participants", "0", "actor_part")),
    ({"type": "COERCE", "mode": None, "legal": {"status": "charged", "issued_on": "2003-03-01"}},
     ("legal", "issued_on")),
    ({"type": "COERCE", "mode": None, "legal": {"status": "made_public", "issued_on_precision": "month"}},
     ("legal", "issued_on_precision")),
])
def test_bad_input_is_a_problem_naming_the_field(client, body, path):
    before = ids(client, "/v1/events?limit=500&fields=id")
    errors = problem(client.post("/v1/events", json={**PLAIN_EVENT, **body}), 422)["errors"]
    for key in path:
        assert key in errors, errors
        errors = errors[key]
    assert ids(client, "/v1/events?limit=500&fields=id") == before


def test_bad_filter_terms_are_refused(client):
    for path in ("/v1/events?figure_lacked=meals", "/v1/statements?figure_lacked=meals"):
        assert "figure_lacked" in problem(client.get(path), 400)["errors"]
