"""GET /v1/search: candidates across kinds by name, alias, external ID and text, ranked (issue 11, item 4).

The example data holds Armenia (actor 1, place 2, both wikidata Q399), Shusha (place 5), the
Nagorno-Karabakh places and events, and statements that mention Shusha.
"""
import json
import pathlib
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from api.services.names import fold
from helpers import ACTOR, EVENT, PLACE, STATEMENT, problem
from suites import HYPOTHESIS_SCALE
from test_any_input import BASE


def search(client, **params):
    response = client.get("/v1/search", query_string=params)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()["items"]


def found(client, **params):
    return [(item["kind"], item["id"]) for item in search(client, **params)]


def create(client, kind, body):
    response = client.post(f"/v1/{kind}", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


@pytest.fixture
def aliyev(client):
    """An actor named Ilham Aliyev, an event whose summary (not title) names him, and a statement quoting
    his name: the same word in a name, in a summary and in a quote."""
    actor = create(client, "actors", {"name": "Ilham Aliyev", "kind": "person", "country": "AZE",
                                      "role_title": "President", "parent_id": 2,
                                      "aliases": [{"name": "İlham Əliyev", "language": "az"},
                                                  {"name": "Ильхам Алиев", "language": "ru"}]})
    event = create(client, "events", {**EVENT, "title": "Address to the nation",
                                      "summary": "Aliyev announced the capture of villages."})
    statement = create(client, "statements", {**STATEMENT, "quote": "Aliyev said the operation continues."})
    return {"actor": actor, "event": event, "statement": statement}


def test_a_name_ranks_above_text_that_mentions_it(client, aliyev):
    items = search(client, q="Aliyev")
    assert (items[0]["kind"], items[0]["id"]) == ("actors", aliyev["actor"])
    assert items[0]["match"] == {"field": "name", "how": "word_prefix", "text": "Ilham Aliyev"}
    texts = [(item["kind"], item["id"]) for item in items if item["match"]["field"] == "text"]
    assert ("events", aliyev["event"]) in texts and ("statements", aliyev["statement"]) in texts
    assert [item["score"] for item in items] == sorted((item["score"] for item in items), reverse=True)


def test_exact_name_then_exact_alias_then_prefix_then_word_then_text(client):
    place = create(client, "places", {**PLACE, "name": "Hadrut"})
    alias = create(client, "actors", {**ACTOR, "name": "Hadrut defence unit", "aliases": [{"name": "Hadrut",
                                                                                           "language": "hy"}],
                                      "external_ids": {}})
    prefixed = create(client, "events", {**EVENT, "title": "Hadrut offensive", "summary": None})
    worded = create(client, "treaties", {"name": "Truce of Hadrut", "kind": "ceasefire", "status": "collapsed",
                                         "signed_date": "2020-10-10", "source_ids": [1]})
    texted = create(client, "statements", {**STATEMENT, "quote": "Fighting goes on near Hadrut."})
    items = search(client, q="hadrut")
    assert [(item["kind"], item["id"], item["score"], item["match"]["how"]) for item in items] == [
        ("places", place, 5, "exact"), ("actors", alias, 4, "alias"), ("events", prefixed, 3, "prefix"),
        ("treaties", worded, 2, "word_prefix"), ("statements", texted, 1, "text")]
    assert items[1]["match"] == {"field": "alias", "how": "alias", "text": "Hadrut", "language": "hy"}


def test_aliases_in_other_languages_and_scripts(client, aliyev):
    for q in ("Ильхам Алиев", "ильхам алиев"):
        first = search(client, q=q)[0]
        assert (first["id"], first["score"]) == (aliyev["actor"], 4)
        assert first["match"] == {"field": "alias", "how": "alias", "text": "Ильхам Алиев", "language": "ru"}
    assert search(client, q="Алиев")[0]["match"]["how"] == "word_prefix"


def test_case_and_diacritics_fold(client):
    client.patch("/v1/places/5", json={"aliases": [{"name": "Şuşa", "language": "az"}]})
    for q in ("Şuşa", "şuşa", "SUSA", "susa"):
        first = search(client, q=q, kind="places")[0]
        assert (first["id"], first["score"], first["match"]["text"]) == (5, 4, "Şuşa"), q
    for q in ("SHUSHA", "shusha", "Shusha"):
        assert search(client, q=q)[0] == {
            "kind": "places", "id": 5, "href": "/v1/places/5", "label": "Shusha",
            "description": "city, AZE, in Nagorno-Karabakh", "score": 5,
            "match": {"field": "name", "how": "exact", "text": "Shusha"}}


def test_prefix_as_you_type(client, aliyev):
    assert search(client, q="Aliy", kind="actors")[0]["id"] == aliyev["actor"]
    short = search(client, q="Il", limit=50)   # too short for the text: names only, the record still found
    assert ("actors", aliyev["actor"]) in {(item["kind"], item["id"]) for item in short}
    assert {item["match"]["field"] for item in short} <= {"name", "alias"}
    first = search(client, q="ilh")[0]
    assert (first["id"], first["match"]["how"]) == (aliyev["actor"], "prefix")
    assert search(client, q="Nagorno-K")[0]["label"] == "Nagorno-Karabakh"   # punctuation folds to a space
    assert search(client, q="nagorno karabakh")[0]["match"]["how"] == "exact"


def test_external_ids_exact(client):
    for q in ("wikidata:Q399", "Q399", "q399", "WIKIDATA:Q399"):
        items = search(client, q=q)
        assert found(client, q=q)[:2] == [("actors", 1), ("places", 2)], q
        assert items[0]["match"] == {"field": "external_id", "how": "exact", "scheme": "wikidata", "text": "Q399"}
        assert items[0]["score"] == 5
    assert found(client, q="wikidata:Q399", kind="places") == [("places", 2)]
    assert all(item["match"]["field"] != "external_id" for item in search(client, q="ucdp:Q399"))
    assert all(item["match"]["field"] != "external_id" for item in search(client, q="wikidata:Q3999"))


def test_kinds_and_limits(client):
    for n in range(12):
        create(client, "actors", {**ACTOR, "name": f"Volunteer battalion {n}", "aliases": [], "external_ids": {}})
    assert len(search(client, q="volunteer")) == 10   # the default limit
    assert len(search(client, q="volunteer", limit=3)) == 3
    assert len(search(client, q="volunteer", limit=50)) == 12
    assert {kind for kind, _ in found(client, q="shusha", kind="events,statements")} == {"events", "statements"}
    assert found(client, q="shusha", kind="sources") == []
    names = [item["label"] for item in search(client, q="volunteer battalion 1")]
    assert names[:2] == ["Volunteer battalion 1", "Volunteer battalion 10"]   # exact, then the shortest prefix


@pytest.mark.parametrize("params, parameter", [
    ({}, "q"), ({"q": ""}, "q"), ({"q": "  !? "}, "q"), ({"q": "x" * 201}, "q"),
    ({"q": "shusha", "kind": "wars"}, "kind"), ({"q": "shusha", "kind": ""}, "kind"),
    ({"q": "shusha", "limit": 0}, "limit"), ({"q": "shusha", "limit": 51}, "limit"),
    ({"q": "shusha", "limit": "ten"}, "limit"), ({"q": "shusha", "sort": "name"}, "sort"),
])
def test_bad_parameters_are_problems_naming_them(client, params, parameter):
    body = problem(client.get("/v1/search", query_string=params), 400)
    assert list(body["errors"]) == [parameter]


def test_a_long_name_is_found_by_all_of_it(client):
    title = " ".join(f"word{n}" for n in range(30))   # more words than a full-text query may have
    event = create(client, "events", {**EVENT, "title": title})
    assert found(client, q=title)[0] == ("events", event)
    assert found(client, q="word29")[0] == ("events", event)   # past the 12 word starts: the text finds it


def test_the_index_follows_writes(client, admin, aliyev):
    actor = aliyev["actor"]
    client.patch(f"/v1/actors/{actor}", json={"name": "Ilham Heydar oglu Aliyev", "aliases": []})
    assert ("actors", actor) not in found(client, q="Ильхам Алиев")
    assert search(client, q="ilham heydar oglu aliyev")[0]["id"] == actor
    client.delete(f"/v1/events/{aliyev['event']}")
    client.delete(f"/v1/statements/{aliyev['statement']}")
    client.delete(f"/v1/actors/{actor}")
    assert found(client, q="aliyev") == []
    assert admin.post(f"/v1/actors/{actor}/restore").status_code == 200
    assert found(client, q="aliyev") == [("actors", actor)]


def test_a_deleted_record_is_not_found_by_its_external_id(client):
    created = create(client, "actors", {**ACTOR, "external_ids": {"wikidata": "Q424242"}})
    assert found(client, q="wikidata:Q424242") == [("actors", created)]
    client.delete(f"/v1/actors/{created}")
    assert found(client, q="wikidata:Q424242") == []


def test_descriptions_tell_namesakes_apart(client):
    items = {(item["kind"], item["id"]): item for item in search(client, q="Armenia")}
    assert items[("actors", 1)]["description"] == "state, ARM"
    assert items[("places", 2)]["description"] == "country, ARM"
    statement = search(client, q="consultations", kind="statements")[0]
    assert statement["description"] == "press release, 2020-10-31, by Ministry of Foreign Affairs of Armenia"
    assert statement["label"].startswith("Bearing in mind") and statement["label"].endswith("…")
    assert len(statement["label"]) <= 120   # the start of a long quote


def test_conditional_get_and_the_documented_parameters(client):
    response = client.get("/v1/search?q=shusha")
    assert response.headers["ETag"] and response.headers["Cache-Control"] == "no-cache"
    assert client.get("/v1/search?q=shusha", headers={"If-None-Match": response.headers["ETag"]}).status_code == 304
    operation = client.get("/openapi.json").get_json()["paths"]["/v1/search"]["get"]
    assert {parameter["name"] for parameter in operation["parameters"]} == {"q", "kind", "limit"}


NAMES = st.text(st.characters(categories=("Lu", "Ll", "Nd"), codec="utf-8") | st.sampled_from(" -'.,"),
                min_size=1, max_size=40).map(str.strip).filter(lambda name: fold(name))


@settings(BASE, max_examples=max(1, int(25 * HYPOTHESIS_SCALE)))
@given(name=NAMES, kind=st.sampled_from(["actors", "places", "events"]))
@example(name="ARM", kind="actors")   # Armenia's iso3166 ID in the example data
def test_every_record_is_found_first_by_its_exact_name(client, name, kind):
    """Whatever its name, a record posted is a candidate of score 5 for that name, and no candidate of its
    kind ranks above it (a namesake folded alike may share the score, the older first; so may a record whose
    external ID is that name)."""
    field = "title" if kind == "events" else "name"
    body = {"actors": {**ACTOR, "aliases": [], "external_ids": {}}, "places": PLACE, "events": EVENT}[kind]
    response = client.post(f"/v1/{kind}", json={**body, field: name})
    if response.status_code == 422:   # a name the schema refuses (control characters...): nothing to find
        return
    record_id = response.get_json()["id"]
    items = search(client, q=name, kind=kind, limit=50)
    exact = [item["id"] for item in items if item["score"] == 5]
    assert record_id in exact and items[0]["score"] == 5
    # Besides namesakes, only a record holding the name as an external ID ("ARM": Armenia's iso3166) scores 5.
    assert all(fold(item["label"]) == fold(name) or item["match"] == {"field": "external_id", "how": "exact",
                                                                       "scheme": item["match"]["scheme"], "text": name}
               for item in items if item["score"] == 5)


def test_the_example_in_the_docs_is_what_the_service_answers(client):
    text = (pathlib.Path(__file__).parent.parent / "docs" / "api.md").read_text()
    request, answer = re.search(r"```\nGET (/v1/search\?\S+)\n```\n```json\n(.*?)```", text, re.S).groups()
    assert client.get(request).get_json() == json.loads(answer)


def test_name_lookups_are_ranges_of_the_index_in_its_order(app, engine):
    """An exact name and a prefix are each one range of the (kind, whole, folded) index, read in its order
    with no sort: on PostgreSQL too, where the folded column's code-point collation lets the index serve a
    prefix's range (a language's collation would not order it so)."""
    from api import db
    from api.models.search import SearchName
    from api.services import names
    with app.app_context(), db.database.connection_context():
        queries = [names.exact_query("events", "shusha", 11), names.starting_query("events", "shu", True, 11),
                   names.starting_query("events", "shu", False, 11)]
        for query in queries:
            sql, params = query.sql()
            if engine == "sqlite":
                steps = " ".join(row[3] for row in db.database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
                assert "search_name_kind_whole_folded" in steps and "TEMP B-TREE" not in steps, steps
            else:
                with db.database.atomic():
                    db.database.execute_sql("SET LOCAL enable_seqscan = off")
                    plan = " ".join(row[0] for row in db.database.execute_sql("EXPLAIN " + sql, params))
                assert "search_name_kind_whole_folded" in plan and "Sort" not in plan, plan
        assert SearchName.select().count()   # the example data is indexed


def test_a_rebuild_gives_the_rows_the_writes_gave(client, app, aliyev):
    """bench/generate.py writes records in bulk, then rebuilds the names index: the same rows as the writes'."""
    from api import db
    from api.models.search import SearchName
    from api.services import names
    client.delete(f"/v1/statements/{aliyev['statement']}")
    client.delete(f"/v1/events/{aliyev['event']}")

    def rows():
        columns = (SearchName.kind, SearchName.record_id, SearchName.field, SearchName.language, SearchName.text,
                   SearchName.whole, SearchName.folded)
        return sorted(SearchName.select(*columns).tuples(), key=repr)

    with app.app_context(), db.database.connection_context():
        written = rows()
        with db.database.atomic():
            names.rebuild(batch=3)
        assert rows() == written and ("events", aliyev["event"]) not in {row[:2] for row in written}


def test_a_record_gone_behind_the_index_is_left_out(client, app):
    """Should the index still hold a record that is gone, the answer leaves it out and stays whole."""
    from api import db
    from api.models import Actor
    from api.models.base import utcnow
    made = [create(client, "actors", {**ACTOR, "name": f"Border guard unit {n}", "aliases": [], "external_ids": {}})
            for n in range(4)]
    with app.app_context(), db.database.connection_context():
        Actor.update(deleted_at=utcnow(), deleted_by="test").where(Actor.id == made[0]).execute()
    assert found(client, q="border guard unit", limit=3) == [("actors", made[1]), ("actors", made[2]),
                                                              ("actors", made[3])]


def test_every_scheme_is_found_with_its_prefix_or_alone(client):
    """Schemes with a hyphen (ucdp-ged, ucdp-conflict) too: the scheme is read by the same pattern as a
    reference's (schemas/external_ids.py), not a copy of it."""
    event = client.post("/v1/events", json={**EVENT, "external_ids": {
        "ucdp-ged": "300380", "acled": "UGA7752"}}).get_json()["id"]
    for q in ("ucdp-ged:300380", "UCDP-GED:300380", "300380", "acled:UGA7752", "uga7752"):
        items = search(client, q=q, kind="events")
        assert (items[0]["kind"], items[0]["id"], items[0]["score"]) == ("events", event, 5), q
        assert items[0]["match"]["field"] == "external_id", q
    assert found(client, q="ucdp-conflict:300380") == []   # the right value in another scheme
