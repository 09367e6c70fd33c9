"""Figures as reported (issue 10, migrations/0026) through HTTP: a vague magnitude that no filter counts, several
claimants filterable by any, figures of statements and places, shares and rates, relative spans, and the
problem+json naming the field of each bad input."""
from helpers import EVENT, PLACE, STATEMENT, problem

SIDES = [{"actor_id": 9, "role": "side_a"}, {"actor_id": 10, "role": "side_b"}]


def people(quantity, best=None, **more):
    return {"quantity": quantity, "unit": "people", **({"best": best} if best is not None else {}),
            "source_ids": [1], **more}


def post(client, figures=(), **more):
    return client.post("/v1/events", json={**EVENT, "participants": SIDES, "figures": list(figures), **more})


def created(client, kind, body):
    response = client.post(f"/v1/{kind}", json=body)
    assert response.status_code == 201, response.get_json()
    return client.get(response.get_json()["href"]).get_json()


def event_with(client, *figures):
    return created(client, "events", {**EVENT, "participants": SIDES, "figures": list(figures)})


def errors(response):
    return problem(response, 422)["errors"]


def found(client, kind, query):
    response = client.get(f"/v1/{kind}?limit=100&" + query)
    assert response.status_code == 200, response.get_json()
    return {e["id"] for e in response.get_json()["items"]}


def test_a_vague_figure_keeps_its_word_and_no_invented_number(client):
    event = event_with(client, people("deaths", vague="dozens", vague_words="dozens of", rank="preferred"))
    figure = event["figures"][0]
    assert (figure["vague"], figure["vague_words"]) == ("dozens", "dozens of")
    assert (figure["low"], figure["best"], figure["high"]) == (None, None, None)
    # never counted: not by min_deaths (0 or more), nor max_deaths, nor the CSV's deaths columns
    assert event["id"] not in found(client, "events", "min_deaths=0")
    assert event["id"] not in found(client, "events", "max_deaths=1000000")
    assert event["id"] in found(client, "events", "figure_vague=dozens,hundreds")
    assert event["id"] not in found(client, "events", "figure_vague=thousands")


def test_a_vague_figure_never_hides_the_counted_total(client):
    event = event_with(client, people("deaths", vague="hundreds", rank="preferred"), people("deaths", 120))
    assert event["id"] in found(client, "events", "min_deaths=100&max_deaths=120")
    rows = client.get("/v1/events?format=csv&limit=100&min_deaths=120&max_deaths=120").get_data(as_text=True)
    header, *lines = rows.splitlines()
    line = next(line for line in lines if line.startswith(f"{event['id']},"))
    assert dict(zip(header.split(","), line.split(",")))["deaths_best"] == "120"


def test_vague_refuses_a_number_and_words_alone(client):
    bad = errors(post(client, [people("deaths", 40, vague="dozens")]))["figures"]["0"]
    assert "best" in bad
    assert "vague_words" in errors(post(client, [people("deaths", 40, vague_words="dozens of")]))["figures"]["0"]
    assert "vague" in errors(post(client, [people("deaths", vague="scads")]))["figures"]["0"]
    assert "qualifier" in errors(post(client, [people("deaths", vague="dozens", qualifier="exactly")]))["figures"]["0"]
    assert "figure_vague" in problem(client.get("/v1/events?figure_vague=lots"), 400)["errors"]


def test_several_claimants_any_filters_and_the_first_is_claimant(client):
    event = event_with(client, people("deaths", 30, claimant_ids=[11, 9]))
    figure = event["figures"][0]
    assert figure["claimant"]["id"] == 11 and [c["id"] for c in figure["claimants"]] == [11, 9]
    assert figure["attribution"] == "named"
    assert event["id"] in found(client, "events", "claimant=9")
    assert event["id"] in found(client, "events", "claimant=11")
    # an old client's claimant_id alone is one claimant
    old = event_with(client, people("deaths", 30, claimant_id=10))
    assert [c["id"] for c in old["figures"][0]["claimants"]] == [10]
    bad = errors(post(client, [people("deaths", 30, claimant_id=10, claimant_ids=[9, 10])]))["figures"]["0"]
    assert "claimant_ids" in bad
    assert "claimant_ids" in errors(post(client, [people("deaths", 30, claimant_ids=[9, 9])]))["figures"]["0"]


def test_several_claimants_round_trip_a_put_and_a_restore(client):
    event = event_with(client, people("deaths", 30, claimant_ids=[11, 9]))
    href = event["href"]
    patched = client.patch(href, json={"figures": [{"id": event["figures"][0]["id"], **people(
        "deaths", 30, claimant_ids=[9])}]}, headers={"If-Match": client.get(href).headers["ETag"]})
    assert patched.status_code == 200, patched.get_json()
    assert [c["id"] for c in client.get(href).get_json()["figures"][0]["claimants"]] == [9]
    revisions = client.get(href + "/revisions").get_json()["items"]
    first = min(revisions, key=lambda r: r["version"])
    restored = client.post(f"{href}/revisions/{first['version']}/restore",
                           headers={"If-Match": client.get(href).headers["ETag"]})
    assert restored.status_code == 200, restored.get_json()
    again = client.get(href).get_json()["figures"][0]
    assert [c["id"] for c in again["claimants"]] == [11, 9] and again["id"] == event["figures"][0]["id"]


def test_a_statement_gives_figures_claimed_by_its_speaker(client):
    statement = created(client, "statements", {**STATEMENT, "figures": [
        people("deaths", 40, claimant_id=3, qualifier="about", rank="preferred")]})
    figure = statement["figures"][0]
    assert (figure["best"], figure["claimant"]["id"], figure["sources"][0]["id"]) == (40, 3, 1)
    assert statement["id"] in found(client, "statements", "figure_claimant=3")
    assert statement["id"] in found(client, "statements", "figure_quantity=deaths")
    assert statement["id"] not in found(client, "statements", "figure_quantity=displaced")
    as_ids = client.get(statement["href"] + "?include=speaker").get_json()["figures"]
    assert as_ids == [figure["id"]]
    # its ID is its own: an event cannot keep it
    assert "id" in errors(post(client, [{"id": figure["id"], **people("deaths", 1)}]))["figures"]["0"]
    line = client.get("/v1/statements?format=ndjson&figure_claimant=3").get_data(as_text=True)
    assert '"figures":[{' in line.replace(" ", "")


def test_a_place_holds_its_population_and_the_displaced_as_of_a_day(client):
    place = created(client, "places", {**PLACE, "name": "Avdiivka", "figures": [
        {"quantity": "count", "unit": "people", "counted": "population", "best": 32000, "as_of": "2022-01-01",
         "key": "population", "source_ids": [1]},
        {"quantity": "count", "unit": "percent", "best": 33.3, "qualifier": "about", "share_of_key": "population",
         "counted": "residents who stayed", "as_of": "2023-10-20", "source_ids": [1]},
        people("displaced", vague="thousands", vague_words="thousands", as_of="2023-10-20")]})
    population, share, displaced = place["figures"]
    assert (population["best"], share["share_of_key"], displaced["vague"]) == (32000, "population", "thousands")
    assert place["id"] in found(client, "places", "figure_quantity=displaced")
    assert "share_of_key" in errors(client.post("/v1/places", json={**PLACE, "figures": [
        {"quantity": "count", "unit": "percent", "best": 30, "share_of_key": "nothing", "source_ids": [1]}]}))[
        "figures"]["0"]
    # a place with figures deletes them with it
    assert client.delete(place["href"], headers={"If-Match": client.get(place["href"]).headers["ETag"]}).status_code == 204


def test_shares_and_rates_are_never_counted(client):
    event = event_with(client, people("deaths", 100, per="day", qualifier="about", rank="preferred"),
                       people("deaths", 80, unit="percent", share_of="the town's population"))
    rate, share = event["figures"]
    assert (rate["per"], share["unit"], share["share_of"]) == ("day", "percent", "the town's population")
    assert event["id"] not in found(client, "events", "min_deaths=0")
    assert "share_of" in errors(post(client, [people("deaths", 80, unit="percent")]))["figures"]["0"]
    assert "best" in errors(post(client, [people("deaths", 180, unit="percent", share_of="x")]))["figures"]["0"]
    # a count of a stated whole ("8 of the town's dead", migrations/0040) is kept, and never the deaths total
    part = event_with(client, people("deaths", 8, share_of="the town's dead"))
    assert part["figures"][0]["share_of"] == "the town's dead"
    assert part["id"] not in found(client, "events", "min_deaths=0")
    assert "per" in errors(post(client, [people("deaths", 8, per="fortnight")]))["figures"]["0"]


def test_relative_spans(client):
    event = event_with(client, people("deaths", 12, period_last="PT24H", as_of="2020-10-28"),
                       people("deaths", 600, period_since_event_id=1))
    last, since = event["figures"]
    assert last["period_last"] == "PT24H" and since["period_since_event"]["id"] == 1
    assert "period_last" in errors(post(client, [people("deaths", 1, period_last="a week")]))["figures"]["0"]
    assert "period_last" in errors(post(client, [people("deaths", 1, period_last="P7D", period={
        "date": "2020-10-01"})]))["figures"]["0"]
    missing = errors(post(client, [people("deaths", 1, period_since_event_id=999999)]))
    assert "period_since_event_id" in str(missing)


def test_a_provision_figure_and_deadline_say_who_says_them_and_from_which_sources(client):
    from helpers import TREATY
    provision = {"type": "withdrawal", "summary": "Reduce troops to 8,600.", "figures": [
        {"quantity": "troops", "best": 8600, "unit": "people", "claimant_id": 2, "source_ids": [1]}],
        "deadlines": [{"milestone": "completion", "date": {"date": "2020-11-30", "bound": "on_or_before"},
                       "attribution": "unnamed", "source_ids": [1]}]}
    response = client.post("/v1/treaties", json={**TREATY, "provisions": [provision]})
    assert response.status_code == 201, response.get_json()
    stored = client.get(response.get_json()["href"]).get_json()["provisions"][0]
    figure, deadline = stored["figures"][0], stored["deadlines"][0]
    assert (figure["claimant"], figure["attribution"], figure["sources"]) == (2, "named", [1])
    assert (deadline["claimant"], deadline["attribution"], deadline["sources"]) == (None, "unnamed", [1])
    # bad input names the field, and changes nothing
    for bad, field in (({"claimant_id": 999999}, "claimant_id"), ({"source_ids": [999999]}, "source_ids"),
                       ({"attribution": "named"}, "claimant_id")):
        wrong = {**provision, "figures": [{"quantity": "troops", "best": 1, "unit": "people", **bad}]}
        body = problem(client.post("/v1/treaties", json={**TREATY, "provisions": [wrong]}), 422)
        assert field in str(body["errors"]), body


def test_a_place_figure_removed_comes_back_with_a_restore_and_counts_in_the_csv(client):
    place = created(client, "places", {**PLACE, "name": "Bakhmut", "figures": [
        {"quantity": "count", "unit": "people", "counted": "population", "best": 70000, "as_of": "2022-01-01",
         "source_ids": [1]}]})
    href = place["href"]
    rows = client.get("/v1/places?format=csv&limit=100&figure_quantity=count").get_data(as_text=True).splitlines()
    header = rows[0].split(",")
    line = next(r for r in rows[1:] if r.startswith(f"{place['id']},"))
    assert line.split(",")[header.index("figure_count")] == "1"
    emptied = client.patch(href, json={"figures": []}, headers={"If-Match": client.get(href).headers["ETag"]})
    assert emptied.status_code == 200 and emptied.get_json()["figures"] == []
    restored = client.post(f"{href}/revisions/1/restore", headers={"If-Match": client.get(href).headers["ETag"]})
    assert restored.status_code == 200, restored.get_json()
    back = client.get(href).get_json()["figures"]
    assert [(f["best"], f["counted"]) for f in back] == [(70000, "population")]


def test_a_ged_export_never_reads_a_vague_figure_or_a_rate_as_deaths(client):
    event = event_with(client, people("deaths", 12, rank="preferred"), people("deaths", vague="dozens"),
                       people("deaths", 100, per="day"))
    response = client.get("/v1/events?format=ucdp-ged&limit=100&min_deaths=12&max_deaths=12")
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    text = response.get_data(as_text=True)
    header, *lines = text.splitlines()
    assert lines, text[:300]
    columns = header.split(",")
    for line in lines:
        cells = dict(zip(columns, line.split(",")))
        if cells.get("best") not in (None, ""):
            assert cells["best"] == "12", cells
    assert event["id"] in found(client, "events", "min_deaths=12&max_deaths=12")


def test_what_a_statements_figure_names_cannot_be_deleted(client):
    source = client.post("/v1/sources", json={"title": "Interview transcript"}).get_json()
    actor = client.post("/v1/actors", json={"name": "UN OHCHR", "kind": "international_organisation"}).get_json()
    statement = created(client, "statements", {**STATEMENT, "figures": [
        people("deaths", 30, claimant_ids=[3, actor["id"]], source_ids=[source["id"]])]})
    for href in (source["href"], actor["href"]):
        refused = problem(client.delete(href, headers={"If-Match": client.get(href).headers["ETag"]}), 409)
        assert statement["href"] in str(refused), refused
