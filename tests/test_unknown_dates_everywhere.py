"""Generated from the declarations: every record's own date says `unknown` the same way (trial t29: a treaty's
date_precision unknown was refused while events and statements took it). Each kind's date precision (its
DateGroups, schemas/flatdates.py) takes unknown with a null date, reads it back with a null EDTF, and refuses
unknown beside a date with the one message (schemas/common.py unknown_date_problems)."""
import pytest

from schemas import INPUT_SCHEMAS

from helpers import BODIES, created, ids, problem

# Each kind's own date precisions, from the declarations (a precision null without a date, as a treaty's
# in_force_precision, needs no unknown: null says it).
PRECISIONS = sorted({(kind, group.names["precision"], group.names["date"], group.names["edtf"])
                     for kind, schema in INPUT_SCHEMAS.items() if kind in BODIES
                     for group in getattr(schema, "DATE_GROUPS", ()) if "precision" in group.names
                     and not group.precision_needs_date})
KINDS = sorted({kind for kind, *_ in PRECISIONS})


def _undated(kind):
    """The kind's example body with every date null and its precisions unknown."""
    body = {**BODIES[kind]}
    for group in INPUT_SCHEMAS[kind].DATE_GROUPS:
        for key in ("date", "date_end"):
            if key in group.names and group.names[key] in body:
                body[group.names[key]] = None
        if not group.precision_needs_date:
            body[group.names["precision"]] = "unknown"
    for kind_, _, date, _ in PRECISIONS:
        if kind_ == kind:
            body[date] = None
    return body


def test_every_kind_with_a_date_is_here():
    assert KINDS == ["events", "sources", "statements", "treaties"]


@pytest.mark.parametrize("kind,precision,date,edtf", PRECISIONS)
def test_unknown_is_a_precision_of_every_record_date(kind, precision, date, edtf):
    choices = INPUT_SCHEMAS[kind]._declared_fields[precision].validators[0].choices
    assert "unknown" in choices


@pytest.mark.parametrize("kind", KINDS)
def test_unknown_with_a_null_date_is_stored_and_read_back(client, kind):
    record = created(client, kind, _undated(kind))
    got = client.get(record["href"]).get_json()
    for kind_, precision, date, edtf in PRECISIONS:
        if kind_ == kind:
            assert (got[precision], got[date], got[edtf]) == ("unknown", None, None)
    assert record["id"] in ids(client, f"/v1/{kind}?fields=id&limit=500")


@pytest.mark.parametrize("kind,precision,date,edtf", PRECISIONS)
def test_unknown_beside_a_date_is_refused_naming_the_precision(client, kind, precision, date, edtf):
    body = {**_undated(kind), date: "2020-10-10"}
    before = ids(client, f"/v1/{kind}?fields=id&limit=500")
    errors = problem(client.post(f"/v1/{kind}", json=body), 422)["errors"]
    assert errors[precision] == ["unknown goes with a null date: give the precision of the date given (day, week, "
                                 "month or year)."]
    assert ids(client, f"/v1/{kind}?fields=id&limit=500") == before


def test_a_treaty_without_a_signing_date_said_unknown(client):
    """'the truce agreed some time before' (trial t29): date_precision unknown, signed_date null, as an event's."""
    treaty = created(client, "treaties", {**BODIES["treaties"], "signed_date": None, "date_precision": "unknown"})
    assert (treaty["date_precision"], treaty["signed_date"], treaty["signed_edtf"]) == ("unknown", None, None)
    # A null date without a precision reads no precision (a treaty not signed has no signing date; batch27,
    # migrations/0096: it read "day", a precision of no date).
    assert created(client, "treaties", {**BODIES["treaties"], "signed_date": None})["date_precision"] is None
