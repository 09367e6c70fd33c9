"""The example data holds every fact of DOMAIN.md's table for the 2020-10-31 article, linked as the article says."""
from api.services import fixtures


def names(items, key="name"):
    return {item[key] for item in items}


def all_items(client, kind):
    return client.get(f"/v1/{kind}?limit=500").get_json()["items"]


def by_title(client, words):
    found = [e for e in all_items(client, "events") if words.lower() in e["title"].lower()]
    assert len(found) == 1, f"no single event titled like {words!r}"
    return found[0]


def test_the_article_is_the_source(client):
    (source,) = all_items(client, "sources")
    assert source["published_date"] == "2020-10-31"
    for kind in ("events", "treaties", "statements"):
        for item in all_items(client, kind):
            assert [s["id"] for s in item["sources"]] == [source["id"]], (kind, item["id"])
    for event in all_items(client, "events"):
        for figure in event["figures"]:
            assert figure["sources"], figure


def test_actors(client):
    actors = {a["name"]: a for a in all_items(client, "actors")}
    for state, code, qid in [("Armenia", "ARM", "Q399"), ("Azerbaijan", "AZE", "Q227"), ("Russia", "RUS", "Q159"),
                             ("Turkey", "TUR", "Q43")]:
        assert actors[state]["kind"] == "state" and actors[state]["country"] == code
        assert actors[state]["external_ids"]["wikidata"] == qid
    assert actors["Nikol Pashinyan"]["parent"]["name"] == "Armenia"
    assert actors["Nikol Pashinyan"]["role_title"] == "Prime Minister of Armenia"
    assert actors["Vladimir Putin"]["parent"]["name"] == "Russia"
    assert actors["Ministry of Foreign Affairs of Armenia"]["kind"] == "government_body"
    assert actors["Ministry of Foreign Affairs of Russia"]["parent"]["name"] == "Russia"
    assert actors["Armed Forces of Azerbaijan"]["kind"] == "armed_force"
    assert ("Azerbaijani troops", None) in [(a["name"], a["language"]) for a in actors["Armed Forces of Azerbaijan"]["aliases"]]
    assert actors["Nagorno-Karabakh administration"]["kind"] == "de_facto_authority"
    assert "Yerevan-backed Nagorno-Karabakh administration" in [
        alias["name"] for alias in actors["Nagorno-Karabakh administration"]["aliases"]]
    assert actors["Armenian officials"]["kind"] == "group"


def test_places(client):
    places = {p["name"]: p for p in all_items(client, "places")}
    assert places["Nagorno-Karabakh"]["kind"] == "disputed_territory"
    assert places["Districts surrounding Nagorno-Karabakh"]["kind"] == "disputed_territory"
    assert places["Shusha"]["parent"]["name"] == "Nagorno-Karabakh"
    assert places["Stepanakert"]["parent"]["name"] == "Nagorno-Karabakh"
    for city in ("Geneva", "Yerevan", "Baku", "Moscow"):
        assert places[city]["kind"] == "city" and places[city]["latitude"] is not None


def test_the_war_and_its_lower_bound_of_deaths(client):
    war = by_title(client, "2020 Nagorno-Karabakh war")
    assert war["type"] == "FIGHT" and war["date_precision"] == "week" and war["date_end"] is None
    (deaths,) = [f for f in war["figures"] if f["quantity"] == "deaths"]
    assert (deaths["low"], deaths["best"], deaths["high"]) == (5000, None, None)
    assert deaths["as_of"] == "2020-10-31"
    assert {"Azerbaijan", "Armenia"} <= {p["actor"]["name"] for p in war["participants"]}


def test_the_earlier_war_ended_in_1994(client):
    earlier = by_title(client, "First Nagorno-Karabakh war")
    assert earlier["date_end"] == "1994-12-31" and earlier["date_precision"] == "year"


def test_capture_of_territory(client):
    capture = by_title(client, "1,500 sq km")
    assert capture["type"] == "FIGHT" and capture["mode"] == "occupy territory"
    (area,) = capture["figures"]
    assert (area["quantity"], area["unit"], area["low"]) == ("area", "km2", 1500)
    assert capture["parent"]["title"] == "2020 Nagorno-Karabakh war"


def test_troops_near_shusha(client):
    shusha = by_title(client, "Shusha")
    assert shusha["date_start"] == "2020-10-29" and shusha["place"]["name"] == "Shusha"
    (distance,) = shusha["figures"]
    assert distance["best"] == 5 and distance["unit"] == "km" and distance["claimant"]["name"] == "Armenian officials"


def test_pashinyans_request_invokes_the_treaty(client):
    request = by_title(client, "Pashinyan asks Putin")
    assert request["type"] == "CONSULT" and request["date_start"] == "2020-10-31"
    roles = {(p["actor"]["name"], p["role"]) for p in request["participants"]}
    assert roles == {("Nikol Pashinyan", "initiator"), ("Vladimir Putin", "target")}
    assert [(t["treaty"]["id"], t["link"]) for t in request["treaties"]] == [(1, "invokes")]


def test_geneva_pledge(client):
    geneva = by_title(client, "Geneva")
    assert geneva["type"] == "AGREE" and geneva["date_start"] == "2020-10-30"
    assert geneva["place"]["name"] == "Geneva"


def test_three_collapsed_ceasefires(client):
    ceasefires = by_title(client, "ceasefires collapse")
    assert ceasefires["figures"][0]["best"] == 3


def test_the_1997_treaty_and_its_territorial_condition(client):
    (treaty,) = all_items(client, "treaties")
    assert treaty["signed_date"] == "1997-01-01" and treaty["date_precision"] == "year"
    assert names([p["actor"] for p in treaty["parties"]]) == {"Armenia", "Russia"}
    (defence,) = [p for p in treaty["provisions"] if p["obligation"] == "defence"]
    (condition,) = defence["conditions"]
    assert condition["type"] == "territory"
    assert "Nagorno-Karabakh" in condition["description"] and "sovereign territory" in condition["description"]


def test_statements(client):
    statements = {s["speaker"]["name"]: s for s in all_items(client, "statements")}
    armenia = statements["Ministry of Foreign Affairs of Armenia"]
    assert armenia["stance"] == "request" and "immediate consultations" in armenia["quote"]
    russia = statements["Ministry of Foreign Affairs of Russia"]
    assert russia["quote"].startswith("In accordance with the treaty, Russia will provide Yerevan")
    (about,) = russia["about_treaties"]
    assert about["treaty"]["id"] == 1 and about["provision"]["obligation"] == "defence"
    assert [(r["statement"]["id"], r["relation"]) for r in russia["relations"]] == [(armenia["id"], "refers_to")]
    officials = statements["Armenian officials"]
    assert officials["stance"] == "warn" and "Shusha" in officials["summary"]
    assert statements["Azerbaijan"]["stance"] == "threaten" and "recapture" in statements["Azerbaijan"]["summary"]


def test_loading_twice_changes_nothing(app, dump):
    before = dump()
    report = fixtures.load()
    assert all(created == 0 for created, _ in report.values())
    assert dump() == before


def test_loading_into_an_empty_database_creates_everything(empty_client):
    assert empty_client.get("/v1/events").get_json()["items"] == []
    report = fixtures.load()
    assert report["events"] == (7, 0) and report["statements"] == (4, 0)
    assert len(all_items(empty_client, "actors")) == 12
