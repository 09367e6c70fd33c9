"""Other formats of the same records: CSV (flattened), GeoJSON, and NDJSON for streamed exports.

The CSV columns of each kind (COLUMNS) are its published LAYOUT followed by any scalar field its declaration
(schemas/) adds; docs/formats.md documents them, and a test checks it against COLUMNS.

CSV files get opened in spreadsheets, which run a cell that starts with =, +, -, @ (or a tab or carriage
return before one) as a formula: a curator's "=HYPERLINK(...)" would run on the reader's machine. So a text
cell that starts with one of those characters is written with a ' in front (OWASP's rule for CSV
injection), which spreadsheets show as text. Numbers are written as numbers and never prefixed: a negative
latitude stays -33.5; the text "-2+3" becomes '-2+3.
"""
import csv
import io


from schemas import INPUT_SCHEMAS
from schemas.declaration import is_column, shown_name

from . import jsonio


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


def _deaths_total(bound):
    """A bound of the event's deaths total: the same figure the death filters read (event_filters.headline_deaths;
    never a vague figure, a share or a rate: figure_filters.counted)."""
    def get(r):
        found = [f for f in r["figures"] if isinstance(f, dict) and f["quantity"] == "deaths"
                 and f.get("category", "total") == "total" and f.get("subset") is None
                 and f.get("country") is None and f.get("part_of_id") is None and f.get("part_of_key") is None
                 and f.get("published", True) and f.get("rank", "normal") != "deprecated"
                 and f.get("vague") is None and f.get("per") is None and f.get("unit", "people") == "people"
                 and all(f.get(whole) is None for whole in ("share_of", "share_of_id", "share_of_key"))]
        preferred = [f for f in found if f.get("rank") == "preferred"]
        figure = (preferred or found or [None])[0]
        return figure[bound] if figure else None
    return get


def _plain(name):
    return lambda r: r[name]


def _wikidata(r):
    return r["external_ids"].get("wikidata")


def _joined(field):
    # aliases are objects {name, language} since issue 10: the column keeps the names
    return lambda r: "|".join(item["name"] if isinstance(item, dict) else item for item in r[field])


META = ("version", "created_at", "updated_at")


def _id_of(value):
    return value["id"] if isinstance(value, dict) else value


# Treaty structure (preferred readings; NDJSON and JSON carry the participation, history and claims).
_TREATY_STRUCTURE = (
    ("party_roles", lambda r: "|".join(f"{_id_of(p['actor'])}:{p['role']}" for p in r["parties"])),
    ("signed_by_ids", lambda r: "|".join(f"{_id_of(p['actor'])}:{_id_of(p['signed_by'])}" for p in r["parties"]
                                         if p["signed_by"] is not None)),
    ("status_changes", lambda r: len(r["status_history"])),
    ("relations", lambda r: "|".join(f"{_id_of(x['treaty'])}:{x['relation']}" for x in r["relations"])),
    ("agreed_by_ids", lambda r: "|".join(f"{_id_of(p['actor'])}:{_id_of(p['agreed_by'])}" for p in r["parties"]
                                         if p["agreed_by"] is not None)),   # agree26 (migrations/0090)
)

# The columns each kind's CSV has always had, in their published order (docs/formats.md), with the columns
# that flatten a list or name a linked record. Any other column is a field of the kind's declaration: a
# scalar is written as it is, a link `x_id` as the linked record's ID; a scalar or link a kind declares
# later follows these, before version and timestamps, without an entry here.
LAYOUT = {
    "sources": ("id", "url", "title", "publisher", "published_date", "retrieved_date", "excerpt"),
    "actors": ("id", "name", "kind", "country", ("aliases", _joined("aliases")), "parent_id",
               ("parent_name", _ref("parent", "name")), "role_title", "description", ("wikidata", _wikidata),
               "valid_from", "valid_to"),
    "places": ("id", "name", "kind", "country", "parent_id", ("parent_name", _ref("parent", "name")), "latitude",
               "longitude", ("wikidata", _wikidata)),
    "events": ("id", "title", "type", "quad_class", "mode", "context", "date_start", "date_end", "date_precision",
               "place_id", ("place_name", _ref("place", "name")), ("latitude", _ref("place", "latitude")),
               ("longitude", _ref("place", "longitude")), "location_precision", "parent_id",
               ("participants", _participants), ("treaty_ids", _ids("treaties", "treaty")),
               ("deaths_low", _deaths_total("low")), ("deaths_best", _deaths_total("best")),
               ("deaths_high", _deaths_total("high")), ("figure_count", lambda r: len(r["figures"])),
               ("source_ids", _ids("sources")), "summary"),
    "treaties": ("id", "name", "kind", "status", "signed_date", "in_force_date", "ended_date", "date_precision",
                 ("party_ids", _ids("parties", "actor")),
                 ("obligations", lambda r: "|".join(p["obligation"] for p in r["provisions"] if isinstance(p, dict))),
                 ("provision_types", lambda r: "|".join(dict.fromkeys(
                     p["type"] for p in r["provisions"] if isinstance(p, dict)))),
                 ("source_ids", _ids("sources")), "summary", *_TREATY_STRUCTURE),
    "statements": ("id", "speaker_id", ("speaker_name", _ref("speaker", "name")), "addressee_id", "date", "medium",
                   "stance", "language", "quote", "summary", ("about_event_ids", _ids("about_events")),
                   ("about_treaty_ids", _ids("about_treaties", "treaty")),
                   ("about_provision_ids", lambda r: "|".join(
                       str(t["provision"]["id"] if isinstance(t["provision"], dict) else t["provision"])
                       for t in r["about_treaties"] if t["provision"] is not None)),
                   ("about_statement_ids", _ids("about_statements")), ("source_ids", _ids("sources"))),
}


# issue 10, relations: typed links as "id:relation|...", further IDs as "id|id".
def _typed_links(field, key):
    def get(r):   # a place relation with no place named (figs32: a coast, two sides' areas) is ":relation"
        return "|".join(f"{'' if _ref(key)(item) is None else _ref(key)(item)}:{item['relation']}"
                        for item in r[field])
    return get


def _other_place_ids(r):
    """The further places' IDs; a place not named (migrations/0019) by its unknown term, and one described
    relative to a named place (migrations/0042) as relation:ID, so that each entry lines up with
    other_place_roles: "5|undisclosed|east_of:2" with "from|to|from"."""
    return "|".join(_other_place(item) for item in r["other_places"])


def _other_place(item):
    if item["place"] is not None:
        return str(_id_of(item["place"]))
    if item.get("relative_to") is not None:
        return f"{item['relation']}:{_id_of(item['relative_to'])}"
    return item.get("unknown") or ""


def _refers_to(r):
    return "|".join(str(_ref("statement")(item)) for item in r["relations"] if item["relation"] == "refers_to")


LAYOUT["actors"] += (("member_of_ids", _ids("member_of", "actor")),)
LAYOUT["actors"] += (("relations", _typed_links("relations", "actor")),)   # migrations/0014
LAYOUT["actors"] += (("places", _typed_links("places", "place")),)   # where it is based (migrations/0052)
LAYOUT["actors"] += (("aims", lambda r: "|".join(r.get("aims") or [])),)   # secession|autonomy (vocab26, 0092)
LAYOUT["places"] += (("aliases", _joined("aliases")),)
LAYOUT["places"] += (("relations", _typed_links("relations", "place")),)   # migrations/0019: "12:north_of|..."
LAYOUT["events"] += (("relations", _typed_links("relations", "event")), ("other_place_ids", _other_place_ids),
                     ("other_place_roles", lambda r: "|".join(item["role"] for item in r["other_places"])))
LAYOUT["statements"] = tuple(("about_statement_ids", _refers_to) if isinstance(entry, tuple) and
                             entry[0] == "about_statement_ids" else entry for entry in LAYOUT["statements"])
LAYOUT["statements"] += (("relations", _typed_links("relations", "statement")),
                         ("other_speaker_ids", _ids("other_speakers")), ("other_addressee_ids", _ids("other_addressees")),
                         ("about_actor_ids", _ids("about_actors")), ("about_place_ids", _ids("about_places")))
LAYOUT["statements"] += ("said_at_id", ("said_at_name", _ref("said_at", "name")))   # where it was made (0025)
LAYOUT["events"] += (("participants_on_behalf_of", lambda r: "|".join(   # migrations/0019: "actor:for whom|..."
    f"{_id_of(p['actor'])}:{_id_of(p['on_behalf_of'])}" for p in r["participants"] if p.get("on_behalf_of"))),)

# issue 10, mend-cross (migrations/0039): links across kinds, "id:relation|..." (the time elapsed: JSON/NDJSON)
LAYOUT["events"] += (("statement_relations", _typed_links("statement_relations", "statement")),)
LAYOUT["statements"] += (("event_relations", _typed_links("event_relations", "event")),)

# issue 10, figures as reported (migrations/0026): how many figures a statement or a place holds (the figures
# themselves: JSON and NDJSON, as an event's).
LAYOUT["statements"] += (("figure_count", lambda r: len(r["figures"])),)
LAYOUT["places"] += (("figure_count", lambda r: len(r["figures"])),)

# issue 10, mend10b (migrations/0020): a source's co-publishers; a legal action's status, charges, penalty.
LAYOUT["sources"] += (("publishers", lambda r: "|".join(r["publishers"])),)
LAYOUT["sources"] += (("cites_source_ids", _ids("cites_sources")),)   # the sources it carries (migrations/0059)
LAYOUT["sources"] += (("cites_in_part_source_ids", _ids("cites_in_part_sources")),)   # for some facts (0075)
LAYOUT["sources"] += (("other_dateline_place_ids", _ids("other_dateline_places")),)   # a double dateline (0067)


def _legal(get):
    return lambda r: get(r["legal"]) if r["legal"] else None


def _penalty(legal):
    penalty = legal["penalty"]
    if penalty is None:
        return None
    amount = [f"{penalty['amount']:g}", penalty["currency"] or penalty["unit"]] if penalty["amount"] is not None else []
    words = [f"({penalty['words']})"] if penalty.get("words") else []   # 'a long prison term' (mend-acts)
    return " ".join([penalty["type"], *amount, *words])


LAYOUT["events"] += (("legal_status", _legal(lambda legal: legal["status"])),
                     ("charges", _legal(lambda legal: "|".join(c["charge"] for c in legal["charges"]))),
                     ("penalty", _legal(_penalty)), ("in_absentia", _legal(lambda legal: legal["in_absentia"])))


def _declared_columns(kind):
    """column name -> getter for every scalar and single link the kind's input schema declares (and the
    fields a response computes from them), in the declaration's order."""
    found = {}
    for name, field in INPUT_SCHEMAS[kind]._declared_fields.items():
        if not is_column(field):
            continue
        shown = shown_name(name, field)
        found[name] = _ref(shown) if shown != name else _plain(name)
        also = field.metadata.get("also_shown")
        if also:
            found[also[0]] = _plain(also[0])
    return found


# Computed columns after the declared ones, so that the columns published before them keep their places:
# what a statement asks for and offers (mend-acts, migrations/0043), "action|action".
AFTER_DECLARED = {"statements": (("requested_actions", lambda r: "|".join(item["action"] for item in r["requests"])),
                                 ("offered_actions", lambda r: "|".join(item["action"] for item in r["offers"]))),
                 "treaties": (("aliases", _joined("aliases")),),   # a treaty's other names (migrations/0058)
                 "events": (("aliases", _joined("aliases")),)}   # an event's other names (migrations/0076)


def _properties(r):
    """A record's property values (issue 10, props) as one cell: JSON text, {property: [value, ...]}, each
    property's preferred values (its normal ones when none is preferred; never deprecated ones); empty when none."""
    found = {}
    for rank in ("preferred", "normal"):
        for item in r["properties"]:
            if item["rank"] == rank and found.get(item["property"], (rank,))[0] == rank:
                found.setdefault(item["property"], (rank, []))[1].append(item["value"])
    return jsonio.dumps_text({name: values for name, (_, values) in found.items()}) if found else None


AFTER_DECLARED["sources"] = (("contributors", lambda r: "|".join(r["contributors"])),)   # places34 (0117)
AFTER_DECLARED["places"] = (("terrain", lambda r: "|".join(r["terrain"])),)   # mountain|valley (places35, 0119)
AFTER_DECLARED["statements"] += (("accompanied_by_actor_ids", _ids("accompanied_by_actors")),)   # places35 (0119)


for _kind in ("actors", "places", "events", "treaties", "statements"):
    AFTER_DECLARED[_kind] = AFTER_DECLARED.get(_kind, ()) + (("properties", _properties),)


def _columns(kind):
    declared = _declared_columns(kind)
    columns = [entry if isinstance(entry, tuple) else (entry, declared.get(entry) or _plain(entry))
               for entry in LAYOUT[kind]]
    published = {name for name, _ in columns}
    columns += [(name, get) for name, get in declared.items() if name not in published]
    return columns + list(AFTER_DECLARED.get(kind, ())) + [(name, _plain(name)) for name in META]


# kind -> [(column, function of the record)]
COLUMNS = {kind: _columns(kind) for kind in LAYOUT}


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A value as a CSV cell: empty for null, numbers as they are, text neutralised if a spreadsheet would
    read it as a formula."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_rows(kind, records, header=True):
    """The header row (unless header=False), then a row of cells per record; list values joined with '|'."""
    columns = COLUMNS[kind]
    if header:
        yield [name for name, _ in columns]
    for record in records:
        yield [csv_cell(get(record)) for _, get in columns]


def csv_text(kind, records):
    """The records as CSV with a header row."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(csv_rows(kind, records))
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


def ndjson_lines(batches):
    """Lines of NDJSON from lists of records, in chunks of about NDJSON_CHUNK bytes (a write per line would cost the
    server a write and the client a chunk header each). A record given as bytes is its JSON already (a stored form),
    written as it is: exports are paid per record (docs/performance.md, "Exports a batch at a time")."""
    lines, size = [], 0
    for batch in batches:
        for record in batch:
            lines.append(record if type(record) is bytes else jsonio.dumps(record))
            size += len(lines[-1])
            if size >= NDJSON_CHUNK:
                yield b"\n".join([*lines, b""])   # (b"": the last line ends too)
                lines, size = [], 0
    if lines:
        yield b"\n".join([*lines, b""])


def ged_csv_chunks(columns, rows):
    """A dataset's rows (UCDP GED, ACLED: dicts by column) as CSV text in chunks of about 64 KiB, with the
    dataset's header (a streamed
    export: memory stays flat); cells are neutralised as in csv_text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row.get(column)) for column in columns])
        if out.tell() >= NDJSON_CHUNK:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()

