"""Other formats of the same records: CSV (flattened), GeoJSON, and NDJSON for streamed exports.

The CSV columns of each kind are listed in COLUMNS (and documented in docs/formats.md, which a test
checks against this table).

CSV files get opened in spreadsheets, which run a cell that starts with =, +, -, @ (or a tab or carriage
return before one) as a formula: a curator's "=HYPERLINK(...)" would run on the reader's machine. So a text
cell that starts with one of those characters is written with a ' in front (OWASP's rule for CSV
injection), which spreadsheets show as text. Numbers are written as numbers and never prefixed: a negative
latitude stays -33.5; the text "-2+3" becomes '-2+3.
"""
import csv
import io

import orjson

from .http import JSON_OPTIONS


def _ref(field, key="id"):
    """A column from a linked record: its ID, or another of its fields when embedded."""
    def get(r):
        value = r[field]
        if isinstance(value, dict):
            return value.get(key)
        return value if key == "id" else None
    return get


def _ids(field, key=None):
    def get(r):
        items = r[field]
        if key:
            items = [item[key] for item in items]
        return "|".join(str(i["id"] if isinstance(i, dict) else i) for i in items)
    return get


def _participants(r):
    return "|".join(f"{p['actor']['id'] if isinstance(p['actor'], dict) else p['actor']}:{p['role']}"
                    for p in r["participants"])


def _first_figure(quantity, bound):
    def get(r):
        for figure in r["figures"]:
            if isinstance(figure, dict) and figure["quantity"] == quantity:
                return figure[bound]
        return None
    return get


def _plain(*names):
    return [(name, (lambda n: lambda r: r[n])(name)) for name in names]


META = _plain("version", "created_at", "updated_at")

# kind -> [(column, function of the record)]
COLUMNS = {
    "sources": _plain("id", "url", "title", "publisher", "published_date", "retrieved_date", "excerpt") + META,
    "actors": _plain("id", "name", "kind", "country") + [
        ("aliases", lambda r: "|".join(r["aliases"])), ("parent_id", _ref("parent")),
        ("parent_name", _ref("parent", "name"))] + _plain("role_title", "description") + [
        ("wikidata", lambda r: r["external_ids"].get("wikidata"))] + _plain("valid_from", "valid_to") + META,
    "places": _plain("id", "name", "kind", "country") + [
        ("parent_id", _ref("parent")), ("parent_name", _ref("parent", "name"))] + _plain(
        "latitude", "longitude") + [("wikidata", lambda r: r["external_ids"].get("wikidata"))] + META,
    "events": _plain("id", "title", "type", "quad_class", "mode", "context", "date_start", "date_end",
                     "date_precision") + [
        ("place_id", _ref("place")), ("place_name", _ref("place", "name")),
        ("latitude", _ref("place", "latitude")), ("longitude", _ref("place", "longitude"))] + _plain(
        "location_precision") + [
        ("parent_id", _ref("parent")), ("participants", _participants), ("treaty_ids", _ids("treaties", "treaty")),
        ("deaths_low", _first_figure("deaths", "low")), ("deaths_best", _first_figure("deaths", "best")),
        ("deaths_high", _first_figure("deaths", "high")), ("figure_count", lambda r: len(r["figures"])),
        ("source_ids", _ids("sources"))] + _plain("summary") + META,
    "treaties": _plain("id", "name", "kind", "status", "signed_date", "in_force_date", "ended_date",
                       "date_precision") + [
        ("party_ids", _ids("parties", "actor")),
        ("obligations", lambda r: "|".join(p["obligation"] for p in r["provisions"] if isinstance(p, dict))),
        ("source_ids", _ids("sources"))] + _plain("summary") + META,
    "statements": [("id", lambda r: r["id"]), ("speaker_id", _ref("speaker")),
                   ("speaker_name", _ref("speaker", "name")), ("addressee_id", _ref("addressee"))] + _plain(
        "date", "medium", "stance", "language", "quote", "summary") + [
        ("about_event_ids", _ids("about_events")),
        ("about_treaty_ids", _ids("about_treaties", "treaty")),
        ("about_provision_ids", lambda r: "|".join(
            str(t["provision"]["id"] if isinstance(t["provision"], dict) else t["provision"])
            for t in r["about_treaties"] if t["provision"] is not None)),
        ("about_statement_ids", _ids("about_statements")), ("source_ids", _ids("sources"))] + META,
}


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A value as a CSV cell: empty for null, numbers as they are, text neutralised if a spreadsheet would
    read it as a formula."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(kind, records):
    """The records as CSV with a header row; list values are joined with '|'."""
    columns = COLUMNS[kind]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([name for name, _ in columns])
    for record in records:
        writer.writerow([csv_cell(get(record)) for _, get in columns])
    return out.getvalue()


def csv_filename(path):
    """The name a CSV download is saved under, from the collection's path: /v1/events -> events.csv,
    /v1/actors/9/events -> actors-9-events.csv."""
    return "-".join(path.strip("/").split("/")[1:]) + ".csv"


def _point(kind, record):
    where = record if kind == "places" else record.get("place")
    if isinstance(where, dict) and where.get("latitude") is not None and where.get("longitude") is not None:
        return {"type": "Point", "coordinates": [where["longitude"], where["latitude"]]}
    return None


def feature(kind, record):
    """A record as a GeoJSON Feature: a Point at its place, or a null geometry where none is known."""
    return {"type": "Feature", "id": record["id"], "geometry": _point(kind, record), "properties": record}


def feature_collection(kind, records, next_url=None):
    collection = {"type": "FeatureCollection", "features": [feature(kind, r) for r in records]}
    if next_url is not None:
        collection["links"] = [{"rel": "next", "href": next_url, "type": "application/geo+json"}]
    return collection


NDJSON_CHUNK = 64 * 1024


def ndjson_lines(records):
    """Lines of NDJSON, sent in chunks of about 64 KiB: one chunk per record would cost the server a write
    (and the client a chunk header) per line; memory stays bounded all the same."""
    buffer, size = [], 0
    for record in records:
        line = orjson.dumps(record, option=JSON_OPTIONS) + b"\n"
        buffer.append(line)
        size += len(line)
        if size >= NDJSON_CHUNK:
            yield b"".join(buffer)
            buffer, size = [], 0
    if buffer:
        yield b"".join(buffer)
