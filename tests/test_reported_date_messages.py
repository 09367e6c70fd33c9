"""What a curator is told when a nested reported date, a treaty link or a batch is refused (trials t24, t25:
"Invalid input type." for "since": "2003"; no word of the first day for {"date": "2003"}; "mid-March" read as
mid-year without saying how to give a part of a month; an implementation entry without its date key; a
statement's treaty link from the event-only terms; batch refs unique across kinds; refused batches counted
against the write rate limit). Through HTTP, asserting on the 422's message or the documented behaviour."""
import pytest
from marshmallow import fields

import schemas
from schemas.dates import ReportedDateIn
from helpers import BODIES, created, problem

EVENT, STATEMENT, TREATY = BODIES["events"], BODIES["statements"], BODIES["treaties"]
POSITION = {"title": "Defence Minister", "of_actor_id": 1, "source_ids": [1]}


def messages(response, *path):
    """The messages of a 422 at a path of the errors (list indexes as str or int, as marshmallow keys them)."""
    found = problem(response, 422)["errors"]
    for key in path:
        found = found[key] if key in found else found[str(key)]
    return " ".join(found) if isinstance(found, list) else str(found)


def superlative(since):
    return {**EVENT, "claims": [{"superlative": {"measure": "deadliest", "among": "single attack", "since": since},
                                 "claimant_id": 10, "source_ids": [1]}]}


def occasion(date):
    return {**STATEMENT, "occasion_timing": {"relation": "after", "occasion": "Friday prayers",
                                             "occasion_date": date}}


def position(since):
    return {"name": "A minister", "kind": "person", "positions": [{**POSITION, "since": since}]}


# Where a nested reported date goes in each kind's body, and the path of the 422 at it.
NESTED = [
    ("events", superlative, ("claims", 0, "superlative", "since")),
    ("statements", occasion, ("occasion_timing", "occasion_date")),
    ("actors", position, ("positions", 0, "since")),
]


def test_every_nested_date_shares_the_one_date_class():
    """The messages below live on ReportedDateIn: every nested field of a date's shape (date, precision, edtf)
    must nest it (or a subclass), so none answers "Invalid input type." again."""
    seen, nested = set(), []
    stack = [schemas.ActorIn, schemas.EventIn, schemas.PlaceIn, schemas.SourceIn, schemas.StatementIn,
             schemas.TreatyIn]
    while stack:
        schema = stack.pop()
        if schema in seen:
            continue
        seen.add(schema)
        for field in schema._declared_fields.values():
            field = field.inner if isinstance(field, fields.List) else field
            if isinstance(field, fields.Nested) and isinstance(field.nested, type):
                if {"date", "precision", "edtf"} <= set(field.nested._declared_fields):
                    nested.append(field.nested)
                stack.append(field.nested)
    assert len(set(nested)) >= 3 and all(issubclass(schema, ReportedDateIn) for schema in nested)


@pytest.mark.parametrize(("kind", "body", "path"), NESTED)
def test_a_nested_date_given_as_text_says_which_object_to_give(client, kind, body, path):
    said = messages(client.post(f"/v1/{kind}", json=body("2003")), *path, "_schema")
    assert "not text" in said and '{"edtf": "2003"}' in said
    assert '{"date": "2003-01-01", "precision": "year"}' in said
    said = messages(client.post(f"/v1/{kind}", json=body(2003)), *path, "_schema")
    assert "is an object" in said and '{"date": "2003-01-01", "precision": "year"}' in said
    assert created(client, kind, body({"edtf": "2003"}))   # as the message says
    assert created(client, kind, body({"date": "2003-01-01", "precision": "year"}))


@pytest.mark.parametrize(("kind", "body", "path"), NESTED)
def test_a_year_alone_as_the_date_says_to_give_the_first_day(client, kind, body, path):
    said = messages(client.post(f"/v1/{kind}", json=body({"date": "2003", "precision": "year"})), *path, "date")
    assert "YYYY-MM-DD" in said and "the first day with precision month or year" in said
    assert "date 2003-01-01 with precision year" in said and "edtf" in said
    said = messages(client.post(f"/v1/{kind}", json=body({"date": "2003-02-30"})), *path, "date")
    assert "the first day with precision month or year" in said   # a day that does not exist: the same message
    said = messages(client.post(f"/v1/{kind}", json=body({"date": "2003-03-01", "date_end": "2003-03"})),
                    *path, "date_end")
    assert "the first day with precision month or year" in said


def test_mid_march_at_month_precision_says_how_to_give_a_part_of_a_month(client):
    """An event's date_part: at precision month a part is of the year; the message gives the month's days."""
    body = {**EVENT, "date_start": "2013-03-01", "date_end": None, "date_precision": "month", "date_part": "mid"}
    said = messages(client.post("/v1/events", json=body), "date_part")
    assert "mid of that year is the bracket 2013-05-01 to 2013-08-31" in said
    assert "'mid-March 2013'" in said and "precision day" in said
    assert "2013-03-11 and date_end 2013-03-20 (EDTF 2013-03-11/2013-03-20)" in said
    event = created(client, "events", {**body, "date_start": "2013-03-11", "date_end": "2013-03-20",
                                       "date_precision": "day"})
    assert (event["date_edtf"], event["date_part"]) == ("2013-03-11/2013-03-20", "mid")


@pytest.mark.parametrize(("since", "expected"), [
    ({"date": "2013-03-01", "precision": "month", "part": "late"},
     "date 2013-03-21 and date_end 2013-03-31 (EDTF 2013-03-21/2013-03-31)"),
    ({"date": "2013-03-01", "precision": "month", "part": "late", "bound": "not_before"},
     "date 2013-03-21 (its first day) with bound not_before"),
    ({"date": "2013-03-01", "precision": "month", "part": "early", "bound": "on_or_before"},
     "date 2013-03-10 (its last day) with bound on_or_before"),
])
def test_a_nested_part_at_month_precision_says_how_to_give_a_part_of_a_month(client, since, expected):
    """A position's `part: late` at month precision (trial t25): the message gives the month's reading too."""
    said = messages(client.post("/v1/actors", json=position(since)), "positions", 0, "since", "part")
    assert "of that year" in said and "For a part of a month" in said and expected in said


def test_an_implementation_entry_without_its_date_key_is_told_to_give_null(client):
    entry = {"status": "breached", "source_ids": [1]}
    body = {**TREATY, "provisions": [{"type": "ceasefire", "summary": "Stop fighting.", "implementation": [entry]}]}
    said = messages(client.post("/v1/treaties", json=body), "provisions", 0, "implementation", 0, "date")
    assert '({"date": "2015-02-24"}' in said and "or null when the reporting gives no date" in said
    assert "The key is required" in said
    body["provisions"][0]["implementation"] = [{**entry, "date": None}]
    assert created(client, "treaties", body)["provisions"][0]["implementation"][0]["date"] is None


def test_a_status_change_without_its_date_key_is_told_the_same(client):
    body = {**TREATY, "status_history": [{"status": "signed", "source_ids": [1]}]}
    said = messages(client.post("/v1/treaties", json=body), "status_history", 0, "date")
    assert "or null when the reporting gives no date" in said


def test_each_treaty_link_says_which_records_take_it_and_a_statement_takes_exactly_those(client):
    """/v1/vocabularies lists one set for events and statements; each term's meaning says which take it, and
    a statement's about_treaties item accepts exactly the terms that say so (generated over the vocabulary)."""
    terms = client.get("/v1/vocabularies").get_json()["vocabularies"]["treaty_links"]
    for term in terms:
        meaning = term["description"]
        assert "Taken by" in meaning, term
        body = {**STATEMENT, "about_treaties": [{"treaty_id": 1, "link": term["term"]}]}
        response = client.post("/v1/statements", json=body)
        if "a statement's about_treaties item" in meaning:
            assert response.status_code == 201, response.get_json()
        else:
            assert "an event's treaties item only" in meaning
            said = messages(response, "about_treaties", 0, "link")
            assert "one of: built_on_by, alleges_breach" in said and "or null" in said, said
    said = messages(client.post("/v1/events", json={**EVENT, "treaties": [
        {"treaty_id": 1, "link": "alleges_breach"}]}), "treaties", 0, "link")
    assert "breaches" in said


def test_a_batch_ref_is_named_once_across_kinds(client):
    response = client.post("/v1/batch", json={"operations": [
        {"op": "create", "kind": "sources", "ref": "au", "data": BODIES["sources"]},
        {"op": "create", "kind": "actors", "ref": "au", "data": BODIES["actors"]}]})
    assert "Already the ref of operation 0" in messages(response, 1, "ref")
    named = client.post("/v1/batch", json={"operations": [   # as docs/api.md says: name refs by kind
        {"op": "create", "kind": "sources", "ref": "src_au", "data": BODIES["sources"]},
        {"op": "create", "kind": "actors", "ref": "actor_au", "data": BODIES["actors"]}]})
    assert named.status_code == 200, named.get_json()
    assert [result["status"] for result in named.get_json()["results"]] == [201, 201]


def test_a_refused_batch_counts_each_operation_against_the_write_rate_limit(client, app, monkeypatch):
    monkeypatch.setitem(app.config, "WRITE_RATE_LIMIT", "5 per minute")
    refused = {"operations": [{"op": "create", "kind": "sources", "data": {"title": ""}}] * 3}
    assert client.post("/v1/batch", json=refused).status_code == 422     # 3 of 5 used
    limited = client.post("/v1/batch", json=refused)                      # 6 of 5: refused before it runs
    problem(limited, 429)
    assert int(limited.headers["Retry-After"]) > 0
