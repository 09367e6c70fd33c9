"""Sorting and keyset cursors over a data set with many ties, and paging while records come and go."""
import itertools

import pytest

from api.services import records
from schemas.events import EventIn

from helpers import EVENT


def ids(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.get_json()
    return [item["id"] for item in response.get_json()["items"]]


def all_pages(client, path):
    """Every record, following next links; asserts the Link header agrees with the body."""
    seen, url = [], path
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.get_json()
        body = response.get_json()
        seen += body["items"]
        if body["next"]:
            assert response.headers["Link"] == f'<{body["next"]}>; rel="next"'
        url = body["next"]
    return seen


def _events_with_ties():
    """30 events on top of the example data: 3 dates x 2 types x 5, two places, deaths figures 0-40."""
    for n, (day, type_, k) in enumerate(itertools.product(["2020-10-01", "2020-10-02", "2020-10-03"],
                                                          ["FIGHT", "ASSAULT"], range(5))):
        body = {**EVENT, "title": f"Event {n:02d} {type_.lower()}", "type": type_, "date_start": day,
                "date_end": day, "place_id": 5 if k % 2 else 8,
                "participants": [{"actor_id": 9 if k % 2 else 1, "role": "initiator"}],
                "figures": [{"quantity": "deaths", "best": 10 * k, "unit": "people", "source_ids": [1]}] if k else []}
        records.create(records.kind_of("events"), EventIn().load(body))


@pytest.fixture(scope="session")
def ties_template(make_template, template_databases):
    """The example database plus the tied events, built once."""
    return make_template("ties", _events_with_ties, based_on="example")


@pytest.fixture
def template(ties_template):
    return ties_template


def test_deaths_range(client):
    assert ids(client, "/v1/events?min_deaths=5000") == [1]
    assert len(ids(client, "/v1/events?min_deaths=30&max_deaths=40&limit=500")) == 12   # k = 3, 4
    assert ids(client, "/v1/events?max_deaths=9&type=CONSULT") == []


# --- sorting and cursors ----------------------------------------------------------------------------------

SORTS = ["id", "-id", "date_start", "-date_start", "type,-date_start", "-type,date_start", "title", "-title",
         "date_start,-title", "-updated_at", "created_at"]


def expected_order(records, sort):
    ordered = sorted(records, key=lambda r: r["id"])
    for item in reversed(sort.split(",")):
        name = item.lstrip("-")
        ordered = sorted(ordered, key=lambda r: r[name], reverse=item.startswith("-"))
    return [r["id"] for r in ordered]


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("limit", [1, 4, 7])
def test_every_sort_pages_completely_and_in_order(client, sort, limit):
    everything = client.get("/v1/events?limit=500").get_json()["items"]
    paged = all_pages(client, f"/v1/events?sort={sort}&limit={limit}")
    assert [r["id"] for r in paged] == expected_order(everything, sort)


def test_paging_while_inserting_and_deleting(client):
    url = "/v1/events?sort=-date_start,type&limit=5"
    first = client.get(url).get_json()
    seen = [r["id"] for r in first["items"]]
    last_seen_date = first["items"][-1]["date_start"]
    # A record that sorts later than the cursor appears; one deleted before it is reached does not.
    late = client.post("/v1/events", json={**EVENT, "date_start": "1900-01-01", "date_end": "1900-01-01"}).get_json()
    many = client.get("/v1/events?limit=500").get_json()["items"]
    unseen = next(r for r in many if r["id"] > 7 and r["id"] not in seen and r["date_start"] < last_seen_date)
    assert client.delete(f"/v1/events/{unseen['id']}").status_code == 204
    seen += [r["id"] for r in all_pages(client, first["next"])]
    assert late["id"] in seen and unseen["id"] not in seen
    assert len(seen) == len(set(seen))
    assert len(seen) == 7 + 30 + 1 - 1


