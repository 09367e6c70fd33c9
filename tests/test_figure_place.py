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


def change(status, day, **more):
    return {"status": status, "date": {"date": day}, "source_ids": [1], **more}


def test_a_status_change_says_who_made_it_and_by_how_much(client):
    from helpers import TREATY
    sudan = client.post("/v1/actors", json={"name": "Sudan Armed Forces", "kind": "state"}).get_json()["id"]
    rsf = client.post("/v1/actors", json={"name": "Rapid Support Forces", "kind": "state"}).get_json()["id"]
    response = client.post("/v1/treaties", json={**TREATY, "status": "in_force", "status_history": [
        change("in_force", "2023-05-22", until={"date": "2023-05-29"}),
        change("extended", "2023-05-29", actor_ids=[sudan, rsf], extension={"amount": 5, "unit": "days"},
               until={"date": "2023-06-03"})]})
    assert response.status_code == 201, response.get_json()
    href = response.get_json()["href"]
    first, extended = client.get(href).get_json()["status_history"]
    assert first["actors"] == [] and first["extension"] is None
    assert [a["id"] for a in extended["actors"]] == [sudan, rsf]
    assert extended["extension"] == {"amount": 5, "unit": "days", "qualifier": None}
    # the actors who made a change cannot be deleted
    problem(client.delete(f"/v1/actors/{rsf}", headers={"If-Match": "*"}), 409)
    # a PATCH that leaves them out frees them
    response = client.patch(href, json={"status_history": [change("in_force", "2023-05-22")]},
                            headers={"If-Match": client.get(href).headers["ETag"]})
    assert response.status_code == 200, response.get_json()
    assert client.delete(f"/v1/actors/{rsf}", headers={"If-Match": "*"}).status_code == 204


def test_an_extension_only_with_status_extended(client):
    from helpers import TREATY
    for entry, field in ((change("in_force", "2023-05-22", extension={"amount": 5, "unit": "days"}), "extension"),
                         (change("extended", "2023-05-22", extension={"amount": 5, "unit": "fortnights"}),
                          "extension"),
                         (change("extended", "2023-05-22", actor_ids=[999999]), "actor_ids")):
        body = problem(client.post("/v1/treaties", json={**TREATY, "status": "in_force",
                                                          "status_history": [entry]}), 422)
        assert field in body["errors"]["status_history"]["0"], body["errors"]
