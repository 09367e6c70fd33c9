"""A figure's place and the dates of embedded sources (issue 10 mending, second round): "108 of them were
defenders of the Azovstal steel works" names the place of the people counted (figure_place= finds it, and the
place cannot be deleted while a figure names it); a source cited inside figures or with include=sources shows
its published_end and published_edtf, so 21-22 September does not read as one day."""
from helpers import EVENT, PLACE, SOURCE, problem


def people(best, **more):
    return {"quantity": "prisoners_exchanged", "unit": "people", "best": best, "source_ids": [1], **more}


def test_a_figure_names_a_place_and_events_are_found_by_it(client):
    place = client.post("/v1/places", json={**PLACE, "name": "Azovstal"}).get_json()["id"]
    response = client.post("/v1/events", json={**EVENT, "figures": [
        people(215, key="returned"), people(108, part_of_key="returned", place_id=place)]})
    assert response.status_code == 201, response.get_json()
    href = response.get_json()["href"]
    event = client.get(href + "?include=figures").get_json()
    whole, part = event["figures"]
    assert whole["place"] is None and part["place"]["id"] == place
    found = {e["id"] for e in client.get(f"/v1/events?limit=100&figure_place={place}").get_json()["items"]}
    assert found == {event["id"]}
    # the place a figure names cannot be deleted
    problem(client.delete(f"/v1/places/{place}", headers={"If-Match": "*"}), 409)


def test_a_figure_place_must_exist(client):
    body = problem(client.post("/v1/events", json={**EVENT, "figures": [people(1, place_id=99999)]}), 422)
    assert "place_id" in body["errors"]["figures"]["0"]
    problem(client.get("/v1/events?figure_place=x"), 400)


def test_embedded_sources_show_a_span_of_days(client):
    response = client.post("/v1/sources", json={**SOURCE, "url": "https://example.org/ran-two-days",
                                                "published_date": "2022-09-21", "published_end": "2022-09-22"})
    assert response.status_code == 201, response.get_json()
    source = response.get_json()["id"]
    response = client.post("/v1/events", json={**EVENT, "source_ids": [source],
                                               "figures": [people(10, source_ids=[source])]})
    assert response.status_code == 201, response.get_json()
    event = client.get(response.get_json()["href"] + "?include=sources,figures").get_json()
    for cited in (event["sources"][0], event["figures"][0]["sources"][0]):
        assert (cited["published_date"], cited["published_end"], cited["published_edtf"]) == (
            "2022-09-21", "2022-09-22", "2022-09-21/2022-09-22")
