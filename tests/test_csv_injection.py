"""CSV formula injection (issue 8, M2): a text cell that a spreadsheet would run as a formula is written with a
' in front (OWASP's rule); numbers are numbers, never prefixed; a CSV answer is a download with a name."""
import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from marshmallow import fields, validate

from api.formats import COLUMNS
from helpers import BODIES
from suites import examples
from schemas import INPUT_SCHEMAS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _free_text(field):
    """A string field that takes any text (no vocabulary, pattern or URL), so a formula can be stored in it."""
    return (type(field) is fields.String and
            not any(isinstance(v, (validate.OneOf, validate.Regexp)) for v in field.validators))


# (kind, field): every free-text field of every kind that is a CSV column of its own name.
TEXT_COLUMNS = [(kind, name) for kind, schema in INPUT_SCHEMAS.items() for name, field in schema().fields.items()
                if _free_text(field) and name in {column for column, _ in COLUMNS[kind]}]


# Fields that go only with another value of the body: an occupation is a person's (migrations/0067).
GOES_WITH = {("actors", "occupation"): {"kind": "person"},
             ("statements", "novelty_words"): {"novelty": "first"},   # words beside their term (stmt30)
             ("events", "novelty_words"): {"novelty": "first"},   # events32 (0109)
             ("events", "alert_level_words"): {"type": "MOBILIZE", "mode": "alert"}}


def _csv_rows(client, kind, query="sort=-id&limit=1"):
    response = client.get(f"/v1/{kind}?format=csv&{query}")
    assert response.status_code == 200, response.get_data(as_text=True)
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True), newline="")))


def _neutralised(value):
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def test_there_are_text_columns_to_test():
    assert ("sources", "title") in TEXT_COLUMNS and ("events", "summary") in TEXT_COLUMNS
    assert len(TEXT_COLUMNS) >= 12


@pytest.mark.parametrize("value", ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "-2+3",
                                   "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"])
def test_the_red_team_payloads_are_neutralised(client, value):
    assert client.post("/v1/sources", json={**BODIES["sources"], "title": value}).status_code == 201
    assert _csv_rows(client, "sources")[0]["title"] == "'" + value


@settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.sampled_from(TEXT_COLUMNS), start=st.sampled_from(FORMULA_STARTS + ("", "a", "'", " =")),
       rest=st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf")), min_size=1, max_size=30).filter(str.strip))
def test_any_text_field_is_written_so_no_spreadsheet_runs_it(client, target, start, rest):
    kind, name = target
    value = start + rest
    response = client.post(f"/v1/{kind}", json={**BODIES[kind], **GOES_WITH.get(target, {}), name: value})
    assert response.status_code == 201, response.get_data(as_text=True)
    stored = response.get_json()[name]
    assert stored == value   # JSON keeps the text as it is; only CSV neutralises it
    cell = _csv_rows(client, kind)[0][name]
    assert cell == _neutralised(value)
    assert not cell.startswith(FORMULA_STARTS)


def test_numbers_are_never_prefixed(client):
    place = {**BODIES["places"], "latitude": -33.5, "longitude": -70.25}
    assert client.post("/v1/places", json=place).status_code == 201
    row = _csv_rows(client, "places")[0]
    assert (row["latitude"], row["longitude"]) == ("-33.5", "-70.25")


def test_a_csv_answer_is_a_named_download(anonymous):
    response = anonymous.get("/v1/events?format=csv")
    assert response.headers["Content-Disposition"] == 'attachment; filename="events.csv"'
    response = anonymous.get("/v1/actors/9/events", headers={"Accept": "text/csv"})
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == 'attachment; filename="actors-9-events.csv"'
    assert "Content-Disposition" not in anonymous.get("/v1/events").headers


def test_a_list_cell_that_starts_like_a_formula_is_neutralised(client):
    actor = {**BODIES["actors"], "aliases": ["=1+1", "Minsk Group"]}
    assert client.post("/v1/actors", json=actor).status_code == 201
    assert _csv_rows(client, "actors")[0]["aliases"] == "'=1+1|Minsk Group"


@pytest.mark.parametrize("target", TEXT_COLUMNS, ids=lambda t: f"{t[0]}.{t[1]}")
def test_every_text_column_can_be_written_for_the_property_above(client, target):
    """The property test samples the columns; each one can be posted with a plain value (and GOES_WITH), so a
    column added later never fails it at random."""
    kind, name = target
    response = client.post(f"/v1/{kind}", json={**BODIES[kind], **GOES_WITH.get(target, {}), name: "plain words"})
    assert response.status_code == 201, response.get_data(as_text=True)
