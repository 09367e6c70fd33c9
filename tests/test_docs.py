"""The docs describe the service that runs: routes, settings and vocabularies are checked against the code."""
import pathlib
import re

from api import config
from schemas import vocabularies as vocab

DOCS = pathlib.Path(__file__).resolve().parent.parent / "docs"
KINDS = ("sources", "actors", "places", "events", "treaties", "statements")


def test_api_doc_lists_every_route_and_no_other(client):
    spec = client.get("/openapi.json").get_json()
    served = {(method.upper(), path) for path, item in spec["paths"].items() for method in item
              if method != "parameters"}
    text = (DOCS / "api.md").read_text()
    documented = set(re.findall(r"`(GET|POST|PUT|PATCH|DELETE) (/[^`]*)`", text))
    # The generic table names each kind's routes once, with <kind>.
    expanded = {(m, p.replace("<kind>", kind)) for m, p in documented if "<kind>" in p for kind in KINDS}
    expanded |= {(m, p) for m, p in documented if "<kind>" not in p and p not in {"/openapi.json", "/docs"}}
    assert expanded == served


def test_configuration_doc_lists_every_setting():
    text = (DOCS / "configuration.md").read_text()
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", text, flags=re.M))
    assert set(config.SETTINGS) <= documented
    for name, (default, _, _) in config.SETTINGS.items():
        shown = str(default).lower() if isinstance(default, bool) else str(default)
        assert f"| `{name}` | `{shown}` |" in text, name


def test_vocabularies_doc_matches_the_code():
    text = (DOCS / "vocabularies.md").read_text()
    for name, terms in vocab.ALL.items():
        section = text.split(f"`{name}`", 1)[1].split("\n## ", 1)[0]
        assert re.findall(r"^\| `([^`]+)` \|", section, flags=re.M) == list(terms), name


def test_vocabularies_doc_says_what_the_code_says_of_each_term():
    """A term's meaning in vocabularies.md is its description in /v1/vocabularies: a curator reads one or the
    other (duration was documented as in days or hours only, mend-terms)."""
    text = (DOCS / "vocabularies.md").read_text()
    for name, terms in vocab.ALL.items():
        section = text.split(f"`{name}`", 1)[1].split("\n## ", 1)[0]
        rows = dict(re.findall(r"^\| `([^`]+)` \|(?:.* \|)? (.*) \|$", section, flags=re.M))
        assert {term: rows.get(term) for term in terms} == dict(terms), name


def test_formats_doc_lists_the_csv_columns():
    from api import formats

    text = (DOCS / "formats.md").read_text()
    for kind, columns in formats.COLUMNS.items():
        section = text.split(f"## {kind}\n", 1)[1].split("\n## ", 1)[0]
        assert re.findall(r"^\| `([^`]+)` \|", section, flags=re.M) == [name for name, _ in columns], kind


def test_the_external_id_schemes_table_says_what_each_identifies():
    from schemas.external_ids import SCHEMES

    section = (DOCS / "vocabularies.md").read_text().split("`external_id_schemes`", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([^`]+)` \| ([^|]+) \| `([^`]+)` \(`([^`]+)`\) \|", section, flags=re.M)
    assert rows == [(name, ", ".join(s.kinds), s.pattern, s.example) for name, s in SCHEMES.items()]


def test_the_filters_table_names_every_filter():
    """docs/api.md "Filters" lists each collection's filters: one declared in schemas/arguments.py but missing
    from the table (as six of issue 10's once were) fails here."""
    from schemas import external_ids
    from schemas.arguments import QUERY_SCHEMAS

    text = (DOCS / "api.md").read_text()
    section = text.split("### Filters\n", 1)[1].split("\n### ", 1)[0]
    rows = {line.split("|")[1].strip(): line for line in section.splitlines() if line.startswith("| ")}
    common = {"limit", "cursor", "sort", "count", "fields", "format", "include", "updated_since", "external_id",
                  "as_of", "release"}
    for kind, schema in QUERY_SCHEMAS.items():
        declared = set(schema().fields) - common - set(external_ids.schemes_of(kind))
        listed = set(re.findall(r"`([a-z_]+)`", rows[kind]))
        assert declared <= listed, (kind, sorted(declared - listed))


def test_the_include_table_names_what_each_kind_embeds():
    from schemas.arguments import INCLUDABLE

    section = (DOCS / "api.md").read_text().split("### Shape: include and fields\n", 1)[1].split("\n### ", 1)[0]
    rows = {line.split("|")[1].strip(): line.split("|")[2] for line in section.splitlines()
            if line.startswith("| ") and not line.startswith("| collection")}
    for kind, names in INCLUDABLE.items():
        if names:
            listed = re.findall(r"`([a-z_]+)`", rows[kind])
            assert set(names) <= set(listed), (kind, sorted(set(names) - set(listed)))
