"""Generated from the declarations: a record's list of links to actors, places or events reads as its single
links do (trial t29: a source's other_dateline_places read back as bare IDs beside dateline_place, an object).
Each item is the linked record's ref (id and what names it), in GET, in lists and in NDJSON; an ID when include=
leaves it out, as a single link is; the input stays IDs."""
import csv
import io
import json

import pytest

from api.refs import REFS
from schemas import INPUT_SCHEMAS
from schemas.query_base import INCLUDABLE
from schemas.declaration import REF_SCHEMAS, is_list_of_links, shown_name

from helpers import BODIES, created

# Every top-level list of links to a kind that has refs, by the declarations.
LISTS = [(kind, name, field.inner.metadata["link"]) for kind, schema in INPUT_SCHEMAS.items() if kind in BODIES
         for name, field in schema._declared_fields.items()
         if is_list_of_links(field) and field.inner.metadata["link"] in REFS]
IDS = {"places": 6, "actors": 5, "events": 1}   # example data's records, not already linked by the bodies
NEEDS = {("sources", "other_dateline_place_ids"): {"dateline_place_id": 5}}   # a further place needs the first


def test_the_lists_are_found():
    assert ("sources", "other_dateline_place_ids", "places") in LISTS
    assert ("statements", "about_place_ids", "places") in LISTS


def _ref_keys(link):
    return set(REF_SCHEMAS[link]._declared_fields)


@pytest.mark.parametrize("kind,name,link", LISTS, ids=[f"{k}.{n}" for k, n, _ in LISTS])
def test_a_list_of_links_reads_as_refs(client, kind, name, link):
    shown = shown_name(name, INPUT_SCHEMAS[kind]._declared_fields[name])
    record = created(client, kind, {**BODIES[kind], **NEEDS.get((kind, name), {}), name: [IDS[link]]})
    read = client.get(record["href"]).get_json()
    listed = next(item for item in client.get(f"/v1/{kind}?limit=500").get_json()["items"]
                  if item["id"] == record["id"])
    lines = client.get(f"/v1/{kind}?limit=500&format=ndjson").get_data(as_text=True).splitlines()
    exported = next(item for item in map(json.loads, lines) if item["id"] == record["id"])
    for got in (record, read, listed, exported):
        (item,) = got[shown]
        assert isinstance(item, dict) and item["id"] == IDS[link] and _ref_keys(link) <= set(item) | {"kind"}
    assert read[shown] == listed[shown] == exported[shown]
    # Included or left out with the single link of its kind (a statement's other_speakers with speaker).
    for relation in INCLUDABLE[kind]:
        items = client.get(f"{record['href']}?include={relation}").get_json()[shown]
        assert items in ([IDS[link]], read[shown])

def test_a_dateline_of_two_places_reads_two_places(client):
    """'BANGKOK/PHNOM PENH': dateline_place and other_dateline_places read alike, embedded or not; a renamed place
    reads renamed; CSV keeps the IDs."""
    source = created(client, "sources", {**BODIES["sources"], "dateline": "SHUSHA/STEPANAKERT",
                                         "dateline_place_id": 5, "other_dateline_place_ids": [6]})
    (further,) = source["other_dateline_places"]
    assert set(further) == set(source["dateline_place"]) and further["name"] == "Stepanakert"
    included = client.get(f"{source['href']}?include=dateline_place").get_json()
    assert included["other_dateline_places"] == [further] and included["dateline_place"]["id"] == 5
    renamed = client.patch("/v1/places/6", content_type="application/merge-patch+json", json={"name": "Khankendi"})
    assert renamed.status_code == 200, renamed.get_json()
    assert client.get(source["href"]).get_json()["other_dateline_places"][0]["name"] == "Khankendi"
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/sources?dateline_place=6&format=csv").get_data(as_text=True))))
    assert [(row["dateline_place_id"], row["other_dateline_place_ids"]) for row in rows] == [("5", "6")]
