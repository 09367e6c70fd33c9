"""Filters, sorting and cursors, counts, and the shape of collection answers."""
import pytest

from helpers import ids, problem


# --- event filters ----------------------------------------------------------------------------------------

def test_type_one_or_several(client):
    assert ids(client, "/v1/events?type=CONSULT") == [5]
    assert ids(client, "/v1/events?type=CONSULT,AGREE") == [5, 6]


def test_actor_in_any_role_or_in_a_role(client):
    assert ids(client, "/v1/events?actor=1") == [1, 2, 7]
    assert ids(client, "/v1/events?actor=1&role=side_b") == [1]
    assert ids(client, "/v1/events?actor=9&role=initiator") == [3, 4]


def test_place_includes_places_inside_it(client):
    assert ids(client, "/v1/events?place=5") == [4]                    # Shusha
    assert ids(client, "/v1/events?place=3") == [1, 2, 4, 7]           # Nagorno-Karabakh, Shusha inside it
    assert ids(client, "/v1/events?place=1") == [1, 2, 3, 4, 7]        # Azerbaijan: NK, the districts, Shusha


def test_country(client):
    assert ids(client, "/v1/events?country=CHE") == [6]
    assert ids(client, "/v1/events?country=AZE") == [1, 2, 3, 4, 7]


def test_date_range_overlaps_the_bracket(client):
    # The war (2020-09-26, ongoing) overlaps any range after its start; the 1988-1994 war only old ones.
    assert ids(client, "/v1/events?date_from=2020-10-30&date_to=2020-10-30") == [1, 3, 6, 7]
    assert ids(client, "/v1/events?date_to=1990-06-30") == [2]
    assert ids(client, "/v1/events?date_from=2021-01-01") == [1]       # still ongoing as far as we know


def test_parent_and_treaty(client):
    assert ids(client, "/v1/events?parent=1") == [3, 4, 5, 6, 7]
    assert ids(client, "/v1/events?treaty=1") == [5]


def test_bbox(client):
    assert ids(client, "/v1/events?bbox=46.7,39.7,46.8,39.8") == [4]   # around Shusha
    assert ids(client, "/v1/events?bbox=6,46,7,47") == [6]             # Geneva
    assert ids(client, "/v1/places?bbox=170,-10,10,60") == [7]         # across the antimeridian: Geneva only


def test_updated_since(client):
    later = client.patch("/v1/events/2", json={"summary": "Revised."}).get_json()["updated_at"]
    assert ids(client, f"/v1/events?updated_since={later}") == [2]


def test_filters_combine_with_and(client):
    assert ids(client, "/v1/events?type=FIGHT&actor=9&date_from=2020-10-29") == [1, 3, 4]
    assert ids(client, "/v1/events?type=FIGHT&actor=9&place=5") == [4]


# --- other collections ------------------------------------------------------------------------------------

def test_actor_filters(client):
    assert ids(client, "/v1/actors?kind=state") == [1, 2, 3, 4]
    assert ids(client, "/v1/actors?kind=person,group&country=ARM") == [5, 11]
    assert ids(client, "/v1/actors?wikidata=Q399") == [1]
    assert ids(client, "/v1/actors?parent=3") == [6, 8]


def test_place_filters(client):
    assert ids(client, "/v1/places?kind=city&country=AZE") == [5, 6, 9]
    assert ids(client, "/v1/places?within=3") == [5, 6]


def test_treaty_filters(client):
    assert ids(client, "/v1/treaties?party=3") == [1]
    assert ids(client, "/v1/treaties?party=2") == []
    assert ids(client, "/v1/treaties?obligation=defence") == [1]
    assert ids(client, "/v1/treaties?obligation=neutrality") == []
    assert ids(client, "/v1/treaties?in_force_on=2020-10-31") == [1]
    assert ids(client, "/v1/treaties?in_force_on=1996-12-31") == []


def test_statement_filters(client):
    assert ids(client, "/v1/statements?speaker=8") == [2]
    assert ids(client, "/v1/statements?about_event=5") == [1, 2]
    assert ids(client, "/v1/statements?about_treaty=1") == [1, 2]
    assert ids(client, "/v1/statements?stance=warn,threaten") == [3, 4]
    assert ids(client, "/v1/statements?date_from=2020-10-30&date_to=2020-10-31") == [1, 2, 4]


def test_relation_routes_take_the_collection_filters(client):
    assert ids(client, "/v1/actors/9/events?type=FIGHT&date_from=2020-10-29") == [1, 3, 4]


# --- invalid parameters -----------------------------------------------------------------------------------

@pytest.mark.parametrize("query,parameter", [
    ("colour=red", "colour"), ("type=BOMB", "type"), ("type=FIGHT&type=AGREE", "type"), ("actor=abc", "actor"),
    ("actor=0", "actor"), ("role=initiator", "role"), ("place=-1", "place"), ("country=XXX", "country"),
    ("date_from=yesterday", "date_from"), ("date_from=2020-10-02&date_to=2020-10-01", "date_to"),
    ("min_deaths=-1", "min_deaths"), ("min_deaths=10&max_deaths=5", "max_deaths"), ("bbox=1,2,3", "bbox"),
    ("bbox=1,50,2,40", "bbox"), ("bbox=a,b,c,d", "bbox"), ("updated_since=soon", "updated_since"),
    ("sort=colour", "sort"), ("sort=id,-id", "sort"), ("include=colour", "include"), ("count=maybe", "count"),
    ("format=xml", "format"), ("q=(((", "q"), ("q=", "q"), ("limit=1000", "limit"),
])
def test_invalid_parameters_answer_400_naming_them(client, query, parameter):
    body = problem(client.get(f"/v1/events?{query}"), 400)
    assert parameter in body["errors"], body


def test_geojson_only_for_kinds_on_the_map(client):
    assert "format" in problem(client.get("/v1/actors?format=geojson"), 400)["errors"]


def test_a_cursor_belongs_to_its_sort(client):
    cursor = client.get("/v1/events?limit=2&sort=-date_start").get_json()["next"].split("cursor=")[1]
    body = problem(client.get(f"/v1/events?limit=2&sort=title&cursor={cursor}"), 400)
    assert "cursor" in body["errors"]


@pytest.mark.parametrize("value", ["'; DROP TABLE event; --", "1 OR 1=1", "%", "_", "\\", "\"", "x" * 500])
def test_hostile_strings_are_just_text(client, dump, value):
    before = dump()
    response = client.get("/v1/events", query_string={"q": value})
    assert response.status_code in (200, 400)
    response = client.get("/v1/events", query_string={"acled": value})
    assert response.status_code in (200, 400)
    assert dump() == before


def test_count_only_when_asked(client):
    body = client.get("/v1/events?limit=2").get_json()
    assert "total" not in body
    response = client.get("/v1/events?limit=2&type=FIGHT&count=true")
    assert response.get_json()["total"] == 5 and response.headers["X-Total-Count"] == "5"


# --- shape: include and fields ----------------------------------------------------------------------------

def test_include_embeds_only_what_is_named(client):
    event = client.get("/v1/events/4?include=participants").get_json()
    assert event["participants"][0]["actor"] == {"id": 9, "name": "Armed Forces of Azerbaijan", "kind": "armed_force"}
    assert event["place"] == 5 and event["parent"] == 1
    assert event["figures"] == [3] and event["sources"] == [1]


def test_empty_include_gives_ids_only(client):
    event = client.get("/v1/events?include=&limit=5").get_json()["items"][4]
    assert [{k: p[k] for k in ("actor", "role", "on_behalf_of")} for p in event["participants"]] == [
        {"actor": 5, "role": "initiator", "on_behalf_of": None}, {"actor": 6, "role": "target", "on_behalf_of": None}]
    assert all(isinstance(p["id"], int) for p in event["participants"])   # a participant's own ID
    assert event["treaties"] == [{"treaty": 1, "link": "invokes", "provision": None, "timing": None, "claimant": None, "attribution": "source", "verification": None, "note": None, "sources": [],
                                 "claimant_words": None, "claimant_kind": None, "claimant_country": None}]   # 0107
    statement = client.get("/v1/statements/2?include=").get_json()
    assert statement["speaker"] == 8
    assert statement["about_treaties"] == [{"treaty": 1, "provision": 1, "timing": None, "link": None}]


def test_fields_selects_top_level_fields(client):
    items = client.get("/v1/events?fields=title,date_start").get_json()["items"]
    assert all(set(item) == {"id", "href", "title", "date_start"} for item in items)
    assert set(client.get("/v1/actors/1?fields=name").get_json()) == {"id", "href", "name"}
