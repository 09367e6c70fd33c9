"""Whole numbers come back as integers (issue 8, rough edges): a figure of 2300 reads 2300, not 2300.0, in
JSON, CSV, NDJSON, GeoJSON and the history; 2.5 stays 2.5."""
import csv
import io

import orjson
from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import BODIES
from suites import examples

FIGURE = BODIES["events"]["figures"][0]


def _event_with(client, low, best, high):
    body = {**BODIES["events"], "figures": [{**FIGURE, "low": low, "best": best, "high": high}]}
    response = client.post("/v1/events", json=body)
    assert response.status_code == 201, response.get_data(as_text=True)
    return response


def test_a_whole_figure_reads_as_an_integer_everywhere(client):
    created = _event_with(client, 2300, 2300.0, 2400.5)
    assert b'"low":2300,"best":2300,"high":2400.5' in created.get_data()
    href = created.get_json()["href"]
    assert b'"low":2300,"best":2300,"high":2400.5' in client.get(href).get_data()
    ndjson = client.get("/v1/events?format=ndjson&sort=-id").get_data().splitlines()[0]
    assert b'"low":2300,"best":2300,"high":2400.5' in ndjson
    row = next(csv.DictReader(io.StringIO(client.get("/v1/events?format=csv&sort=-id&limit=1").get_data(as_text=True))))
    assert (row["deaths_low"], row["deaths_best"], row["deaths_high"]) == ("", "", "")   # an injured figure
    revision = client.get(f"{href}/revisions").get_data()
    assert b'"low":2300,"best":2300,"high":2400.5' in revision


def test_whole_deaths_and_coordinates_in_csv_and_geojson(client):
    body = {**BODIES["events"], "figures": [{**FIGURE, "quantity": "deaths", "low": 5000, "best": None, "high": 7500}]}
    assert client.post("/v1/events", json=body).status_code == 201
    row = next(csv.DictReader(io.StringIO(client.get("/v1/events?format=csv&sort=-id&limit=1").get_data(as_text=True))))
    assert (row["deaths_low"], row["deaths_high"]) == ("5000", "7500")
    place = client.post("/v1/places", json={**BODIES["places"], "latitude": 40, "longitude": 46.5}).get_json()
    assert (place["latitude"], place["longitude"]) == (40, 46.5) and isinstance(place["latitude"], int)
    features = client.get("/v1/places?format=geojson&sort=-id&limit=1").get_json()["features"]
    assert b"[46.5,40]" in orjson.dumps(features[0]["geometry"]["coordinates"])


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.integers(min_value=0, max_value=10**12) | st.floats(min_value=0, max_value=1e12))
def test_any_figure_reads_back_as_it_was_written(client, value):
    created = _event_with(client, None, value, None)
    figure = created.get_json()["figures"][0]
    assert figure["best"] == value
    assert isinstance(figure["best"], int) == float(value).is_integer()
