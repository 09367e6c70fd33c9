"""Figures as claims and an event's claims, through HTTP: written, read, filtered, exported, revised and
restored; bad input refused with a problem naming the field (both engines: the suite's engine)."""
import csv
import io

import orjson
import pytest

from helpers import EVENT, problem

FIGURE = EVENT["figures"][0]
SIDES = [{"actor_id": 9, "role": "side_a"}, {"actor_id": 10, "role": "side_b"}]


def deaths(best=None, **more):
    return {"quantity": "deaths", "unit": "people", "best": best, "source_ids": [1], **more}


def event(client, figures=(), claims=(), **more):
    body = {**EVENT, "participants": SIDES, "figures": list(figures), "claims": list(claims), **more}
    response = client.post("/v1/events", json=body)
    assert response.status_code == 201, response.get_json()["errors"]
    return response.get_json()


def errors(response):
    return problem(response, 422)["errors"]


def test_a_figure_claim_reads_back_with_everything_it_says(client):
    figure = deaths(5937, category="side_a", suffered_by_id=9, counted="servicemen", claimant_id=9,
                    rank="normal", qualifier="exactly", as_of="2022-09-21", note="Minister's briefing.")
    money = {"quantity": "money", "unit": "money", "currency": "USD", "best": 2.5e9, "qualifier": "about",
             "source_ids": [1]}
    created = event(client, [figure, money])
    got = client.get(created["href"] + "?include=figures").get_json()["figures"]
    assert got[0]["category"] == "side_a" and got[0]["suffered_by"]["id"] == 9 and got[0]["claimant"]["id"] == 9
    assert (got[0]["rank"], got[0]["qualifier"], got[0]["counted"], got[0]["best"]) == ("normal", "exactly",
                                                                                           "servicemen", 5937)
    assert (got[1]["currency"], got[1]["category"], got[1]["published"]) == ("USD", None, True)
    plain = client.get(created["href"] + "?include=place").get_json()["figures"]
    assert plain == [g["id"] for g in got]   # IDs unless include=figures, as before


def test_old_figures_mean_the_total_and_keep_working(client):
    created = event(client, [{k: v for k, v in FIGURE.items()}])
    (figure,) = client.get(created["href"] + "?include=figures").get_json()["figures"]
    assert (figure["category"], figure["rank"], figure["qualifier"], figure["published"]) == (
        "total", "normal", None, True)


def test_not_published_needs_a_claimant_and_no_values(client):
    created = event(client, [deaths(None, published=False, claimant_id=10)])
    (figure,) = client.get(created["href"] + "?include=figures").get_json()["figures"]
    assert figure["published"] is False and figure["best"] is None
    assert "claimant_id" in errors(client.post("/v1/events", json={
        **EVENT, "figures": [deaths(None, published=False)]}))["figures"]["0"]
    assert "best" in errors(client.post("/v1/events", json={
        **EVENT, "figures": [deaths(5, published=False, claimant_id=10)]}))["figures"]["0"]


@pytest.mark.parametrize(("figure", "field"), [
    (deaths(5, unit="km"), "unit"),
    ({**deaths(5), "quantity": "area", "unit": "km2", "category": "civilians"}, "category"),
    ({**deaths(5), "quantity": "distance", "unit": "km", "subset": "children"}, "subset"),
    ({**deaths(5), "quantity": "money", "unit": "money"}, "currency"),
    ({**deaths(5), "quantity": "money", "unit": "money", "currency": "XYZ"}, "currency"),
    (deaths(5, currency="USD"), "currency"),
    (deaths(5, category="total", suffered_by_id=9), "suffered_by_id"),
    (deaths(5, qualifier="at_least"), "low"),
    (deaths(5, qualifier="at_most"), "high"),
    (deaths(None, low=5, qualifier="between"), "high"),
    (deaths(None, high=5, qualifier="about"), "best"),
    (deaths(None), "best"),
    (deaths(5, category="widows"), "category"),
    (deaths(5, subset="cats"), "subset"),
    (deaths(5, rank="best"), "rank"),
    (deaths(5, qualifier="roughly"), "qualifier"),
    (deaths(5, category="side_a", suffered_by_id=10), "suffered_by_id"),   # 10 is side_b
])
def test_figures_that_make_no_sense_are_refused_naming_the_field(client, figure, field):
    body = {**EVENT, "participants": SIDES, "figures": [figure]}
    assert field in errors(client.post("/v1/events", json=body))["figures"]["0"]


def test_one_preferred_figure_of_a_kind(client):
    body = {**EVENT, "figures": [deaths(5, rank="preferred"), deaths(7, rank="preferred")]}
    assert "rank" in errors(client.post("/v1/events", json=body))["figures"]["1"]
    event(client, [deaths(5, rank="preferred"), deaths(7, rank="preferred", subset="children")])


def test_death_filters_read_the_preferred_total_never_a_side_or_subset(client):
    side = event(client, [deaths(9000, category="side_a", suffered_by_id=9), deaths(40)])
    subset = event(client, [deaths(9000, subset="children", category="civilians"), deaths(40)])
    preferred = event(client, [deaths(40), deaths(9000, rank="preferred")])
    first = event(client, [deaths(9000), deaths(40)])
    deprecated = event(client, [deaths(9000, rank="deprecated"), deaths(40)])
    withheld = event(client, [deaths(None, published=False, claimant_id=9), deaths(40)])
    ours = {e["id"] for e in (side, subset, preferred, first, deprecated, withheld)}

    def found(query):
        return {e["id"] for e in client.get(f"/v1/events?{query}&limit=100").get_json()["items"]} & ours
    assert found("min_deaths=5000") == {preferred["id"], first["id"]}
    assert found("max_deaths=100") == {side["id"], subset["id"], deprecated["id"], withheld["id"]}
    rows = {int(r["id"]): r for r in csv.DictReader(io.StringIO(
        client.get("/v1/events?format=csv&limit=100").get_data(as_text=True)))}
    assert {i: rows[i]["deaths_best"] for i in ours} == {
        side["id"]: "40", subset["id"]: "40", preferred["id"]: "9000", first["id"]: "9000",
        deprecated["id"]: "40", withheld["id"]: "40"}


def test_claim_filters(client):
    by_nine = event(client, [deaths(5, claimant_id=9, category="side_b", suffered_by_id=10)])
    claimed = event(client, claims=[{"claimant_id": 9, "place_id": 6, "source_ids": [1]}])
    other = event(client, [{**FIGURE, "claimant_id": 10}])
    ours = {by_nine["id"], claimed["id"], other["id"]}

    def found(query):
        response = client.get(f"/v1/events?{query}&limit=100")
        assert response.status_code == 200, response.get_json()
        return {e["id"] for e in response.get_json()["items"]} & ours
    assert found("claimant=9") == {by_nine["id"], claimed["id"]}
    assert found("figure_category=side_b") == {by_nine["id"]}
    assert found("figure_category=total,side_b") == {by_nine["id"], other["id"]}
    assert found("figure_quantity=injured") == {other["id"]}
    assert found("suffered_by=10") == {by_nine["id"]}
    assert "figure_category" in problem(client.get("/v1/events?figure_category=widows"), 400)["errors"]
    assert "claimant" in problem(client.get("/v1/events?claimant=x"), 400)["errors"]


CLAIMS = [
    {"claimant_id": 9, "dates": {"date": "2020-10-27"}, "rank": "normal", "source_ids": [1]},
    {"claimant_id": 10, "dates": {"edtf": "2020-10-28"}, "rank": "preferred", "qualifier": "about",
     "as_of": "2020-10-29", "note": "Local time.", "source_ids": [1]},
    {"claimant_id": 9, "place_id": 7, "source_ids": [1]},
    {"claimant_id": 10, "actor_id": 9, "role": "side_a", "took_part": True, "rank": "preferred", "source_ids": [1]},
    {"claimant_id": 9, "actor_id": 2, "took_part": False, "rank": "preferred", "source_ids": [1]},
]


def test_event_claims_are_written_read_revised_and_restored(client):
    created = event(client, claims=CLAIMS, date_start="2020-10-28", date_end="2020-10-28")
    got = client.get(created["href"] + "?include=claims").get_json()["claims"]
    assert [c["claimant"]["id"] for c in got] == [9, 10, 9, 10, 9]
    assert got[0]["dates"]["date"] == "2020-10-27" and got[1]["dates"]["date"] == "2020-10-28"
    assert got[2]["place"]["id"] == 7 and got[3]["actor"]["id"] == 9 and got[4]["took_part"] is False
    assert [c["sources"][0]["id"] for c in got] == [1] * 5
    ids = [c["id"] for c in got]
    assert client.get(created["href"] + "?include=place").get_json()["claims"] == ids
    form = client.get(created["href"]).get_json()
    changed = [{**c, "note": "Revised."} for c in CLAIMS]
    changed = [{**c, "id": i} for c, i in zip(changed, ids)]
    patched = client.patch(created["href"], json={"claims": changed}, content_type="application/merge-patch+json")
    assert patched.status_code == 200, patched.get_json()
    revised = client.get(created["href"] + "?include=claims").get_json()["claims"]
    assert [c["id"] for c in revised] == ids and {c["note"] for c in revised} == {"Revised."}
    restored = client.post(created["href"] + "/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code in (200, 201), restored.get_json()["errors"]
    again = client.get(created["href"] + "?include=claims").get_json()["claims"]
    assert [c["id"] for c in again] == ids and [c["note"] for c in again] == [c.get("note") for c in CLAIMS]
    assert form["version"] == 1
    dropped = client.patch(created["href"], json={"claims": [{"id": ids[2], "claimant_id": 9, "place_id": 7,
                                                             "source_ids": [1]}]},
                           content_type="application/merge-patch+json")
    assert dropped.status_code == 200
    assert client.get(created["href"] + "?include=place").get_json()["claims"] == [ids[2]]
    event(client, claims=CLAIMS, date_start="2020-10-28", date_end="2020-10-28")   # for the export below
    line = client.get(f"/v1/events?format=ndjson&limit=100").get_data(as_text=True).splitlines()
    exported = [orjson.loads(x) for x in line if orjson.loads(x).get("id") == created["id"]][0]
    assert len(exported["claims"]) == 1 and exported["claims"][0]["place"]["id"] == 7


@pytest.mark.parametrize(("claim", "field"), [
    ({"claimant_id": 9, "source_ids": [1]}, "dates"),
    ({"actor_id": 9, "source_ids": [1]}, "took_part"),
    ({"actor_id": 9, "took_part": True, "source_ids": [1]}, "role"),
    ({"role": "side_a", "source_ids": [1]}, "actor_id"),
    ({"took_part": True, "place_id": 6, "source_ids": [1]}, "actor_id"),
    ({"dates": {"date": "2020-10-01"}, "rank": "preferred", "source_ids": [1]}, "rank"),
    ({"dates": {"date": "2020-10-40"}, "source_ids": [1]}, "dates"),
    ({"place_id": 7, "rank": "preferred", "source_ids": [1]}, "rank"),
    ({"actor_id": 2, "role": "side_a", "took_part": True, "rank": "preferred", "source_ids": [1]}, "rank"),
    ({"actor_id": 9, "took_part": False, "rank": "preferred", "source_ids": [1]}, "rank"),
    ({"place_id": 6}, "source_ids"),
    ({"place_id": 6, "source_ids": [1], "value": 3}, "value"),
])
def test_bad_claims_are_refused_naming_the_field(client, claim, field):
    body = {**EVENT, "participants": SIDES, "claims": [claim]}
    assert field in errors(client.post("/v1/events", json=body))["claims"]["0"]


def test_claims_that_refer_to_missing_records_or_others_claims(client):
    first = event(client, claims=[{"place_id": 6, "source_ids": [1]}])
    claim_id = client.get(first["href"] + "?include=place").get_json()["claims"][0]
    body = {**EVENT, "claims": [{"id": claim_id, "place_id": 6, "source_ids": [1]}]}
    assert "id" in errors(client.post("/v1/events", json=body))["claims"]["0"]
    body = {**EVENT, "claims": [{"claimant_id": 99999, "place_id": 6, "source_ids": [1]}]}
    response = client.post("/v1/events", json=body)
    assert response.status_code in (404, 422) and "claims" in response.get_data(as_text=True)
