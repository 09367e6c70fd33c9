"""docs/fields.md is what the schemas declare: written from /openapi.json by api/field_reference.py, so a field
added, renamed or re-described without writing the page again fails here (as Datasette's tests keep its docs
honest)."""
from pathlib import Path

import pytest

from api.field_reference import describe_type, first_sentence, render

PAGE = Path(__file__).resolve().parent.parent / "docs" / "fields.md"


def test_the_page_is_what_the_schemas_declare(anonymous):
    spec = anonymous.get("/openapi.json").get_json()
    assert PAGE.read_text() == render(spec), \
        "docs/fields.md is out of date: run `python -m api.field_reference > docs/fields.md`"


def test_every_input_structure_and_field_is_listed(anonymous):
    """Each structure a write takes has its section, and each of its writable fields a row."""
    spec = anonymous.get("/openapi.json").get_json()
    page = PAGE.read_text()
    for name, schema in spec["components"]["schemas"].items():
        if not name.endswith("In"):
            continue
        section = page.split(f"\n## {name}\n", 1)[1].split("\n## ", 1)[0]
        for field, prop in schema.get("properties", {}).items():
            if not prop.get("readOnly"):
                assert f"| `{field}` |" in section, (name, field)


def test_the_fields_a_curator_asked_for_are_found_by_structure():
    """The trials' questions: which fields an act item takes, which holders a figure is used in."""
    page = PAGE.read_text()
    act = page.split("\n## ActIn\n", 1)[1].split("\n## ", 1)[0]
    assert "| `action` | term of `requested_actions` (or a local term) | yes |" in act
    assert "[StatementIn](#statementin).announcements" in act
    figure = page.split("\n## FigureIn\n", 1)[1].split("\n## ", 1)[0]
    assert "[EventIn](#eventin).figures" in figure and "[StatementIn](#statementin).figures" in figure
    statement = page.split("\n## StatementIn\n", 1)[1].split("\n## ", 1)[0]
    assert "| `medium` |" in statement and "| yes |" in statement.split("| `medium` |", 1)[1].split("\n", 1)[0]


def test_types_read_as_words():
    assert describe_type({"$ref": "#/components/schemas/FigureIn"}) == "[FigureIn](#figurein)"
    assert describe_type({"type": "array", "items": {"type": "string", "format": "date"}}) == "list of date"
    assert describe_type({"oneOf": [{"type": "integer"}, {"type": "string", "pattern": "^wikidata:"}]}) == "ID"
    assert describe_type({"type": "string", "enum": ["a", "b", None]}) == "one of `a`, `b`"
    assert describe_type({"type": "string", "enum": [f"t{i}" for i in range(25)]}) == "one of 25 terms"


def test_a_description_is_cut_after_its_first_sentence():
    assert first_sentence("Who said it. The rest.") == "Who said it."
    assert first_sentence("Numbers (deaths, e.g. 5) as reported. More.") == "Numbers (deaths, e.g. 5) as reported."
    assert first_sentence("No full stop") == "No full stop"


@pytest.mark.parametrize("text, first", [
    ("Who within the claimant spoke ('U.S. officials', 'an ICRC spokesman'). Null otherwise.",
     "Who within the claimant spoke ('U.S. officials', 'an ICRC spokesman')."),
    ("The link, such as builds on the Aug. 2 accord. More.", "The link, such as builds on the Aug. 2 accord."),
    ("Held by the U.N. mission. More.", "Held by the U.N. mission."),
    ("A quote ('It ended. We won.') and more. Rest.", "A quote ('It ended. We won.') and more."),
    ("The actor's name. More.", "The actor's name."),
])
def test_abbreviations_and_quotes_do_not_end_the_first_sentence(text, first):
    assert first_sentence(text) == first
