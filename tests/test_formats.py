"""CSV, GeoJSON and NDJSON forms of the same queries, read back with real parsers."""
import csv
import io
import json

import pytest

from api import formats
from api import sql
from api.services import exports, stored


def test_csv_by_accept_header_with_the_documented_columns(client):
    response = client.get("/v1/events?type=FIGHT", headers={"Accept": "text/csv"})
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert list(rows[0]) == [name for name, _ in formats.COLUMNS["events"]]
    war = rows[0]
    assert war["title"] == "2020 Nagorno-Karabakh war" and war["deaths_low"] == "5000" and war["deaths_best"] == ""
    assert war["place_name"] == "Nagorno-Karabakh" and war["participants"].split("|")[0] == "2:side_a"
    assert [int(r["id"]) for r in rows] == [1, 2, 3, 4, 7]


@pytest.mark.parametrize("kind", list(formats.COLUMNS))
def test_csv_of_every_kind_by_format_parameter(client, kind):
    response = client.get(f"/v1/{kind}?format=csv&limit=3")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0] == [name for name, _ in formats.COLUMNS[kind]]
    assert 1 <= len(rows) - 1 <= 3 and all(len(row) == len(rows[0]) for row in rows)
    if len(rows) - 1 == 3 and kind != "sources":
        assert "rel=\"next\"" in response.headers.get("Link", "")


def test_csv_quotes_what_needs_quoting(client):
    client.patch("/v1/sources/1", json={"publisher": 'The "Daily", Ltd\nline two'})
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/sources?format=csv").get_data(as_text=True))))
    assert rows[0]["publisher"] == 'The "Daily", Ltd\nline two'


def valid_geojson(collection):
    """The GeoJSON rules (RFC 7946) this API's output relies on."""
    assert collection["type"] == "FeatureCollection" and isinstance(collection["features"], list)
    for feature in collection["features"]:
        assert feature["type"] == "Feature" and isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        if geometry is not None:
            assert geometry["type"] == "Point"
            lon, lat = geometry["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
    return collection


def test_geojson_events(client):
    response = client.get("/v1/events", headers={"Accept": "application/geo+json"})
    assert response.mimetype == "application/geo+json"
    collection = valid_geojson(json.loads(response.get_data()))
    by_id = {f["id"]: f for f in collection["features"]}
    assert by_id[6]["geometry"]["coordinates"] == [6.1432, 46.2044]        # Geneva: longitude first
    assert by_id[5]["geometry"] is None                                     # no place known
    assert by_id[6]["properties"]["title"].startswith("Armenia and Azerbaijan pledge")


def test_geojson_places_with_paging_link(client):
    collection = valid_geojson(client.get("/v1/places?format=geojson&limit=4").get_json())
    assert len(collection["features"]) == 4
    assert collection["links"][0]["rel"] == "next"


def test_ndjson_exports_the_whole_filtered_collection(client, monkeypatch):
    monkeypatch.setattr(exports, "EXPORT_BATCH", 2)  # several batches, to cross batch boundaries
    response = client.get("/v1/events?type=FIGHT&sort=-date_start&format=ndjson")
    assert response.mimetype == "application/x-ndjson" and response.is_streamed
    lines = response.get_data(as_text=True).splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == [4, 1, 3, 7, 2]   # ties on date_start broken by id
    assert all(r["type"] == "FIGHT" for r in records)


def test_ndjson_ignores_the_page_limit(client):
    lines = client.get("/v1/actors?limit=2", headers={"Accept": "application/x-ndjson"}).get_data().splitlines()
    assert len(lines) == 12


def test_ndjson_streams_in_batches(client, monkeypatch):
    """The export holds one batch at a time: count the records each batch reads."""
    monkeypatch.setattr(exports, "EXPORT_BATCH", 5)
    batches = []
    original = sql.records_by_ids

    def spy(model, ids, *args, **kwargs):
        if kwargs.get("live"):   # the export's records, not the names of linked records
            batches.append(len(ids))
        return original(model, ids, *args, **kwargs)

    monkeypatch.setattr(sql, "records_by_ids", spy)
    read = stored.bodies   # records served as stored are read by ID, a batch at a time, and their rows never

    def bodies_spy(kind_name, ids, *args, **kwargs):
        batches.append(len(ids))
        return read(kind_name, ids, *args, **kwargs)

    monkeypatch.setattr(stored, "bodies", bodies_spy)
    assert len(client.get("/v1/actors?format=ndjson").get_data().splitlines()) == 12
    assert batches == [5, 5, 2]


def test_unacceptable_accept_header(client):
    response = client.get("/v1/events", headers={"Accept": "image/png"})
    assert response.status_code == 406 and response.mimetype == "application/problem+json"
