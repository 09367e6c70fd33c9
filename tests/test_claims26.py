"""Issue 10, claims26 (migrations/0091): statements, figures, dates and sources as reported (notes/trials t32 #45
"HRW said the figure appeared exaggerated", t33 #55 "looking at ways to strengthen the U.N. mission", t34 #70
"could be withdrawn if Walker is forced out", #17 "a boy of about 12", #29 "late last week", #3 "additional
reporting from Brussels, The Hague and New York", doc problem 1 "YUG"). Through HTTP: written, read back,
filtered, refused."""
import pytest

from helpers import EVENT, PLACE, SOURCE, STATEMENT, created, ids, problem


def _event_figure(client):
    event = created(client, "events", EVENT)
    return event, event["figures"][0]["id"]


def test_a_statement_about_a_figure_hedged_reads_back_and_is_found(client):
    event, figure = _event_figure(client)
    statement = created(client, "statements", {**STATEMENT, "stance": "doubt", "about_event_ids": [event["id"]],
                                               "about_figure_ids": [figure], "speaker_hedge": "appears"})
    assert (statement["about_figure_ids"], statement["speaker_hedge"]) == ([figure], "appears")
    assert client.get(f"/v1/statements/{statement['id']}").get_json() == statement
    assert statement["id"] in ids(client, f"/v1/statements?about_figure={figure}")
    assert statement["id"] in ids(client, "/v1/statements?speaker_hedge=appears,believed")
    assert statement["id"] not in ids(client, "/v1/statements?speaker_hedge=probable")
    plain = created(client, "statements", STATEMENT)
    assert (plain["about_figure_ids"], plain["speaker_hedge"]) == ([], None)
    assert plain["id"] not in ids(client, f"/v1/statements?about_figure={figure}")


def test_a_figure_a_statement_names_stays_on_its_event(client):
    event, figure = _event_figure(client)
    created(client, "statements", {**STATEMENT, "about_figure_ids": [figure]})
    body = problem(client.patch(f"/v1/events/{event['id']}", json={"figures": []}, headers={"If-Match": "*"}), 422)
    assert "about_figure_ids" in str(body["errors"]["figures"])
    kept = client.patch(f"/v1/events/{event['id']}", json={"figures": [{"id": figure}]}, headers={"If-Match": "*"})
    assert kept.status_code == 200, kept.get_json()


def test_a_statement_may_name_and_drop_its_own_figure(client):
    own = created(client, "statements", {**STATEMENT, "figures": EVENT["figures"]})
    figure = own["figures"][0]["id"]
    named = client.patch(f"/v1/statements/{own['id']}", json={"about_figure_ids": [figure]}, headers={"If-Match": "*"})
    assert named.status_code == 200 and named.get_json()["about_figure_ids"] == [figure]
    at_once = client.patch(f"/v1/statements/{own['id']}", json={"figures": [], "about_figure_ids": []},
                           headers={"If-Match": "*"})
    assert "about_figure_ids" in str(problem(at_once, 422)["errors"]["figures"])   # no 409, no 500
    kept = client.patch(f"/v1/statements/{own['id']}", json={"figures": [], "about_figure_ids": [figure]},
                        headers={"If-Match": "*"})
    assert "about_figure_ids" in problem(kept, 422)["errors"]
    for step in ({"about_figure_ids": []}, {"figures": []}):
        assert client.patch(f"/v1/statements/{own['id']}", json=step, headers={"If-Match": "*"}).status_code == 200


@pytest.mark.parametrize("change, field", [({"about_figure_ids": [99999]}, "about_figure_ids"),
                                           ({"about_figure_ids": ["x"]}, "about_figure_ids"),
                                           ({"speaker_hedge": "seems"}, "speaker_hedge")])
def test_a_missing_figure_or_an_unknown_hedge_is_refused(client, change, field):
    body = problem(client.post("/v1/statements", json={**STATEMENT, **change}), 422)
    assert field in body["errors"]


def _act(modality, action="deployment"):
    return {"action": action, "modality": modality, "words": "looking at ways to strengthen the U.N. mission"}


def test_an_act_considered_or_possible_reads_back_and_is_found(client):
    considered = created(client, "statements", {**STATEMENT, "stance": "announce",
                                                "announcements": [_act("consideration")]})
    assert considered["announcements"][0]["modality"] == "consideration"
    condition = {"type": "actor_action", "actor_id": 9, "action": "force Walker out"}
    possible = client.post("/v1/statements", json={**STATEMENT, "stance": "threaten", "conditions": [condition],
                                                   "threats": [_act("possibility", "withdrawal")]})
    assert possible.status_code == 201, possible.get_json()
    possible = possible.get_json()
    assert client.get(f"/v1/statements/{considered['id']}").get_json() == considered
    found = ids(client, "/v1/statements?act_modality=consideration")
    assert considered["id"] in found and possible["id"] not in found
    assert possible["id"] in ids(client, "/v1/statements?act_modality=possibility&threatened_action=withdrawal")
    plain = created(client, "statements", {**STATEMENT, "announcements": [{"action": "deployment"}]})
    assert plain["announcements"][0]["modality"] is None
    assert plain["id"] not in ids(client, "/v1/statements?act_modality=consideration,possibility")


def test_an_unknown_act_modality_is_refused(client):
    body = problem(client.post("/v1/statements", json={**STATEMENT, "requests": [_act("could")]}), 422)
    assert "modality" in str(body["errors"]["requests"])
    assert problem(client.get("/v1/statements?act_modality=could"), 400)["errors"]["act_modality"]


def test_a_figure_age_about_12_reads_back(client):
    figure = {"quantity": "deaths", "best": 1, "unit": "people", "subset": "children",
              "age": {"min": 12, "max": 12, "qualifier": "about"}, "source_ids": [1]}
    event = created(client, "events", {**EVENT, "figures": [figure]})
    assert event["figures"][0]["age"] == {"min": 12, "max": 12, "qualifier": "about"}
    assert client.get(f"/v1/events/{event['id']}").get_json() == event
    plain = created(client, "events", {**EVENT, "figures": [{**figure, "age": {"min": 61}}]})
    assert plain["figures"][0]["age"] == {"min": 61, "max": None, "qualifier": None}


@pytest.mark.parametrize("age", [{"min": 12, "max": 12, "qualifier": "roughly"}, {"min": 61, "qualifier": "about"}])
def test_an_age_qualifier_not_a_term_or_on_an_open_age_is_refused(client, age):
    figure = {"quantity": "deaths", "best": 1, "unit": "people", "age": age, "source_ids": [1]}
    body = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)
    assert "qualifier" in str(body["errors"]["figures"])


# "late last week", said on Wednesday 20 January 1999: Friday 15 to Sunday 17 January
LATE_LAST_WEEK = {"date_start": "1999-01-15", "date_end": "1999-01-17", "date_precision": "day", "date_part": "late"}


def test_late_last_week_is_a_part_of_a_week(client):
    event = created(client, "events", {**EVENT, **LATE_LAST_WEEK, "figures": []})
    assert (event["date_part"], event["date_edtf"]) == ("late", "1999-01-15/1999-01-17")
    assert event["id"] in ids(client, "/v1/events?date_from=1999-01-16&date_to=1999-01-16")
    early = created(client, "statements", {**STATEMENT, "date": None, "date_precision": "unknown", "requests": [{
        "action": "ceasefire", "date": {"date": "1999-01-18", "date_end": "1999-01-19", "part": "early"}}]})
    assert early["requests"][0]["date"]["part"] == "early"


@pytest.mark.parametrize("dates", [{"date_end": "1999-01-16"}, {"date_start": "1999-01-14"}])
def test_a_bracket_neither_a_part_of_its_month_nor_of_its_week_is_refused(client, dates):
    body = problem(client.post("/v1/events", json={**EVENT, **LATE_LAST_WEEK, **dates, "figures": []}), 422)
    assert "week" in str(body["errors"]["date_part"])


def test_a_source_reporting_places_read_back_and_are_found(client):
    brussels = created(client, "places", {**PLACE, "name": "Brussels", "country": "BEL", "parent_id": None})
    source = created(client, "sources", {**SOURCE, "dateline": "PRISTINA", "dateline_place_id": 6,
                                         "reporting_place_ids": [brussels["id"]]})
    assert [p if isinstance(p, int) else p["id"] for p in source["reporting_places"]] == [brussels["id"]]
    assert client.get(f"/v1/sources/{source['id']}").get_json() == source
    assert source["id"] in ids(client, f"/v1/sources?reporting_place={brussels['id']}")
    assert source["id"] not in ids(client, f"/v1/sources?dateline_place={brussels['id']}")
    assert client.delete(f"/v1/places/{brussels['id']}", headers={"If-Match": "*"}).status_code == 409


@pytest.mark.parametrize("places", [[99999], [6, 6], "6"])
def test_a_missing_repeated_or_unlisted_reporting_place_is_refused(client, places):
    body = problem(client.post("/v1/sources", json={**SOURCE, "dateline_place_id": 6,
                                                    "reporting_place_ids": places}), 422)
    assert "reporting_place_ids" in body["errors"]


@pytest.mark.parametrize("code", ["YUG", "SCG", "SUN", "CSK", "DDR", "YMD", "ZAR"])
def test_a_former_country_code_is_taken_and_filtered(client, code):
    actor = created(client, "actors", {"name": f"A body of {code}", "kind": "state", "country": code})
    assert actor["country"] == code
    assert actor["id"] in ids(client, f"/v1/actors?country={code}")


def test_a_code_of_no_country_then_or_now_is_refused(client):
    body = problem(client.post("/v1/actors", json={"name": "Nowhere", "kind": "state", "country": "QQQ"}), 422)
    assert "ISO 3166-3" in str(body["errors"]["country"])


def test_a_merge_patch_null_on_a_required_field_says_why_and_how(client):
    """Trial t34, doc problem 2: {"title": null} on a source answered a bare "Missing data for required field"."""
    source = created(client, "sources", SOURCE)
    body = problem(client.patch(f"/v1/sources/{source['id']}", json={"title": None}, headers={"If-Match": "*"}), 422)
    said = " ".join(body["errors"]["title"])
    assert "RFC 7396" in said and "JSON Patch" in said and "PUT" in said
    replaced = client.patch(f"/v1/sources/{source['id']}", data='[{"op": "replace", "path": "/title", "value": null}]',
                            headers={"If-Match": "*", "Content-Type": "application/json-patch+json"})
    assert replaced.status_code == 200 and replaced.get_json()["title"] is None
    plain = problem(client.put(f"/v1/sources/{source['id']}", json={k: v for k, v in SOURCE.items() if k != "title"},
                               headers={"If-Match": "*"}), 422)
    assert "RFC 7396" not in str(plain["errors"]["title"])   # only a merge patch's null removes the key


def test_an_act_naming_an_actor_the_statement_does_not_is_refused_as_its_description_says(client):
    spec = client.get("/openapi.json").get_json()["components"]["schemas"]
    act = next(schema for name, schema in spec.items() if name.startswith("Act") and "about_actor_ids" in
               schema.get("properties", {}))
    assert "must also be among the statement's about_actor_ids" in act["properties"]["about_actor_ids"]["items"].get(
        "description", "") + act["properties"]["about_actor_ids"].get("description", "")
    body = problem(client.post("/v1/statements", json={**STATEMENT, "requests": [
        {"action": "withdrawal", "about_actor_ids": [9]}]}), 422)
    assert "about_actor_ids" in str(body["errors"]["requests"])


def test_charge_other_takes_the_offence_in_words(client):
    spec = client.get("/openapi.json").get_json()["components"]["schemas"]
    charge = next(schema for name, schema in spec.items() if name.startswith("Charge"))
    assert "offence" in charge["properties"]["article"]["description"]


def test_reads_as_of_a_moment_before_the_figure_and_its_statement(client):
    """Putting back the past removes an event whose figure a later statement names: no foreign key stops it."""
    from test_as_of import latest_change

    before, _ = latest_change(client)   # just before the event: only the two records below are put back
    event, figure = _event_figure(client)
    statement = created(client, "statements", {**STATEMENT, "about_figure_ids": [figure]})
    for path in ("/v1/statements", "/v1/events"):
        assert client.get(f"{path}?as_of={before}&limit=1").status_code == 200, path
    problem(client.get(f"/v1/statements/{statement['id']}?as_of={before}"), 404)
    problem(client.get(f"/v1/events/{event['id']}?as_of={before}"), 404)
    assert client.get(f"/v1/statements/{statement['id']}").get_json() == statement


@pytest.mark.parametrize("holder", ["events", "statements", "places"])
def test_a_record_whose_figure_a_statement_names_is_not_deleted_under_it(client, holder):
    """Deleting the record would leave the statement naming a figure gone with it: refused 409, naming the
    statement, until the statement drops it; a statement naming its own figure may be deleted."""
    body = {"events": EVENT, "statements": {**STATEMENT, "figures": EVENT["figures"]},
            "places": {**PLACE, "figures": EVENT["figures"]}}[holder]
    record = created(client, holder, body)
    figure = record["figures"][0]["id"]
    doubting = created(client, "statements", {**STATEMENT, "stance": "doubt", "about_figure_ids": [figure]})
    refused = problem(client.delete(f"/v1/{holder}/{record['id']}", headers={"If-Match": "*"}), 409)
    assert {"kind": "statements", "id": doubting["id"], "field": "about_figure_ids",
            "href": f"/v1/statements/{doubting['id']}"} in refused["referenced_by"]
    assert client.get(f"/v1/{holder}/{record['id']}").status_code == 200   # nothing changed
    patched = client.patch(f"/v1/statements/{doubting['id']}", json={"about_figure_ids": []},
                           headers={"If-Match": "*"})
    assert patched.status_code == 200, patched.get_json()
    assert client.delete(f"/v1/{holder}/{record['id']}", headers={"If-Match": "*"}).status_code == 204


def test_a_statement_naming_its_own_figure_can_be_deleted(client):
    own = created(client, "statements", {**STATEMENT, "figures": EVENT["figures"]})
    named = client.patch(f"/v1/statements/{own['id']}", json={"about_figure_ids": [own["figures"][0]["id"]]},
                         headers={"If-Match": "*"})
    assert named.status_code == 200, named.get_json()
    assert client.delete(f"/v1/statements/{own['id']}", headers={"If-Match": "*"}).status_code == 204
