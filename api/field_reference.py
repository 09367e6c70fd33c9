"""docs/fields.md, the field reference: every structure a write takes, each field with its type, whether it is
required, and the first sentence of its description, written from the OpenAPI document (so from the same
schemas that validate requests). Curators asked for it: api.md explains, but finding which fields an act item
or a place's figure takes meant reading far.

    python -m api.field_reference > docs/fields.md

tests/test_field_reference.py fails when docs/fields.md differs from what this writes.
"""
import re
import sys

from schemas.vocabularies import ALL

# The records curators write, first; the structures they hold follow, by name.
KINDS = ("SourceIn", "ActorIn", "PlaceIn", "EventIn", "TreatyIn", "StatementIn")
_VOCABULARY_OF = {frozenset(terms): name for name, terms in ALL.items()}
_QUOTE_MARK = re.compile(r"(?<![A-Za-z])'|'(?![A-Za-z])")   # not an apostrophe inside a word (the actor's)
_FULL_STOP = re.compile(r"\.(?=\s|$)")
# Words a full stop follows without ending the sentence: initials (U.S., U.N.), months, titles, Latin.
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Za-z]\.)*[A-Z]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|St|Mr|"
                           r"Mrs|Dr|Gen|Col|Lt|art|arts|e\.g|i\.e|vs|cf|etc|approx))$")

INTRO = """# Field reference

Every structure a write takes, as the OpenAPI document (`GET /openapi.json`) declares it: each field, its
type, whether it must be given, and the first sentence of its description (the whole description is in the
OpenAPI document and in the browsable `/docs`). The six kinds come first; the structures they hold follow in
alphabetical order, each saying where it is used. A **term** is a value from the named vocabulary
([vocabularies.md](vocabularies.md), `GET /v1/vocabularies`); an open vocabulary also takes the local terms
an admin registered (`local:...`). An **ID** is a record's number or one of its external IDs
(`wikidata:Q399`). How to code hard cases: [coding-guide.md](coding-guide.md); what each field means in
context: [api.md](api.md).

This page is written from the schemas by `python -m api.field_reference`; do not edit it by hand.
"""


def _ref_name(ref):
    return ref.rsplit("/", 1)[-1]


def _anchor(name):
    return name.lower()


def _terms(values):
    name = _VOCABULARY_OF.get(frozenset(v for v in values if v is not None))
    if name:
        return f"term of `{name}`"
    shown = [f"`{v}`" for v in values if v is not None]
    return "one of " + ", ".join(shown) if len(shown) <= 20 else f"one of {len(shown)} terms"


def describe_type(prop):
    """A field's type in a few words: `text`, `date`, `ID`, `list of [FigureIn](#figurein)`, `term of x`."""
    if "$ref" in prop:
        name = _ref_name(prop["$ref"])
        return f"[{name}](#{_anchor(name)})"
    if "allOf" in prop:
        return " and ".join(describe_type(p) for p in prop["allOf"])
    if "anyOf" in prop:
        enums = [p for p in prop["anyOf"] if "enum" in p]
        if enums and any(p.get("pattern", "").startswith("^local:") for p in prop["anyOf"]):
            return _terms(enums[0]["enum"]) + " (or a local term)"
        return " or ".join(describe_type(p) for p in prop["anyOf"])
    if "oneOf" in prop:
        kinds = {p.get("type") for p in prop["oneOf"]}
        if kinds == {"integer", "string"}:
            return "ID"
        return " or ".join(describe_type(p) for p in prop["oneOf"])
    if "enum" in prop:
        return _terms(prop["enum"])
    kind = prop.get("type")
    if kind == "array":
        return "list of " + describe_type(prop.get("items", {}))
    if kind == "string":
        return {"date": "date", "date-time": "date-time", "uri": "URL", "email": "email"}.get(prop.get("format"),
                                                                                              "text")
    if kind == "integer":
        return "ID" if "ID of" in prop.get("description", "") else "integer"
    return {"number": "number", "boolean": "true/false", "object": "object"}.get(kind, "any")


def first_sentence(text):
    """The description up to its first full stop that ends a sentence: not one after an abbreviation, nor one
    inside parentheses or a quotation ('U.S. officials said.')."""
    text = " ".join((text or "").split())
    for match in _FULL_STOP.finditer(text):
        before = text[:match.start()]
        if _ABBREVIATION.search(before):
            continue
        if before.count("(") > before.count(")") or len(_QUOTE_MARK.findall(before)) % 2 or before.count('"') % 2:
            continue
        return text[:match.end()]
    return text


def _cell(text):
    return text.replace("|", "\\|")


def _uses(schemas):
    """schema name -> ["EventIn.figures", ...]: the fields that hold it."""
    used = {}

    def refs(prop):
        for key in ("$ref",):
            if key in prop:
                yield _ref_name(prop[key])
        for key in ("allOf", "anyOf", "oneOf"):
            for p in prop.get(key, []):
                yield from refs(p)
        if "items" in prop:
            yield from refs(prop["items"])

    for name, schema in schemas.items():
        for field, prop in schema.get("properties", {}).items():
            for target in refs(prop):
                used.setdefault(target, []).append(f"[{name}](#{_anchor(name)}).{field}")
    return used


def render(spec):
    schemas = spec["components"]["schemas"]
    written = [name for name in KINDS if name in schemas]
    used = _uses(schemas)
    nested = sorted(name for name in schemas if name not in written and name.endswith("In"))
    out = [INTRO]
    for name in written + nested:
        schema = schemas[name]
        out.append(f"## {name}\n")
        if schema.get("description"):
            out.append(first_sentence(schema["description"]) + "\n")
        where = [u for u in used.get(name, []) if u.split("]")[0][1:] in written + nested]
        if where:
            out.append("Used in: " + ", ".join(where) + ".\n")
        required = set(schema.get("required", []))
        out.append("| field | type | required | what it holds |\n| --- | --- | --- | --- |")
        for field, prop in schema.get("properties", {}).items():
            if prop.get("readOnly"):
                continue
            kind = describe_type(prop) + (", or null" if prop.get("nullable") else "")
            out.append(f"| `{field}` | {_cell(kind)} | {'yes' if field in required else ''} | "
                       f"{_cell(first_sentence(prop.get('description', '')))} |")
        out.append("")
    return "\n".join(out)


def main():
    from .app import create_app

    app = create_app({"TESTING": True, "DATABASE_URL": "sqlite:///:memory:", "LOAD_EXAMPLE_DATA": False})
    with app.test_client() as client:
        sys.stdout.write(render(client.get("/openapi.json").get_json()))


if __name__ == "__main__":
    main()
