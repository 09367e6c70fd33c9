"""Records served as they were stored (issue 14): after every kind of write, on every kind, each live
record's stored form is exactly what assembling it gives, and a GET answers those bytes and that ETag. So is each record in the shapes stored as well (services/stored_shapes.py): a GET, a page and an
export in those shapes, or cut from them (or from the full form) by fields=, answer what assembling gives.

The writes come from the kinds' declarations where they can: every kind is created, patched, replaced,
deleted, undeleted, restored to a revision and redacted; every field that other records show of a kind
(refs.SEEN) is changed on the record of that kind most referred to; and a batch and a dataset import write
through their own paths."""
import pytest
from marshmallow import fields, validate

from api import cli, db, jsonio
from api.refs import SEEN
from api.representations import Shape
from api.http import record_etag
from api.services import records, stored, stored_shapes
from api.services.kinds import KINDS
from dataset_imports import cli_importer
from helpers import BODIES, PATCHES, created
from test_batch import CAPTURED_TOWN
from test_ged_import import sample_rows, write_ged
from test_import_releases import more_deaths


def assert_stored_as_assembled(app, client=None, kind_name=None, written=()):
    """Every live record of every kind has a stored form equal to its assembled one, in full and in each
    common shape, and nothing else is stored. With `client`: `kind_name`'s records and those of every kind
    with common shapes are read in every shape served from what is stored (`assert_shapes_served`)."""
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        for kind in KINDS.values():
            differing = stored.differences(kind)
            assert not differing, (kind.name, differing[:1])
        live = {kind.name: kind.model.select().where(kind.model.deleted_at.is_null()).count()
                for kind in KINDS.values()}
        assert db.database.execute_sql("SELECT COUNT(*) FROM stored_record").fetchone()[0] == sum(live.values())
        shapes = sum(live[name] * len(common) for name, common in stored_shapes.COMMON.items())
        assert db.database.execute_sql("SELECT COUNT(*) FROM stored_shape").fetchone()[0] == shapes
    if client is not None:
        for name in {kind_name, *stored_shapes.COMMON} - {None}:
            assert_shapes_served(app, client, KINDS[name], written if name == kind_name else ())


def shapes_served(kind):
    """(query, Shape) of each shape of `kind` answered from what is stored: fields= alone, and each common
    shape alone and cut by fields=."""
    some = [f.shown for f in kind.fields[:2]]
    found = [(f"fields={','.join(some)}", Shape(fields=frozenset(some)))]
    for common in stored_shapes.COMMON.get(kind.name, ()):
        include = ",".join(sorted(common.include))
        found += [(f"include={include}", common),
                  (f"include={include}&fields={','.join(some)},{include}",
                   Shape(include=common.include, fields=frozenset([*some, *common.include])))]
    return found


def assert_shapes_served(app, client, kind, written=()):
    """In every shape served from what is stored, a page of `kind` and its NDJSON export hold what
    assembling gives, and a GET of some of its records (and of `written`, live or not) answers the
    assembled bytes and ETag."""
    for query, shape in shapes_served(kind):
        items = client.get(f"/v1/{kind.name}?limit=500&{query}").get_json()["items"]
        ids = [item["id"] for item in items]
        assert items == _assembled(app, kind, ids, shape), query
        lines = client.get(f"/v1/{kind.name}?format=ndjson&{query}").get_data().splitlines()
        exported = [jsonio.loads(line) for line in lines]
        assert exported == _assembled(app, kind, [record["id"] for record in exported], shape), query
        for record_id in {*ids[:3], *ids[-2:], *written}:
            response = client.get(f"/v1/{kind.name}/{record_id}?{query}")
            with db.database.connection_context():
                live = kind.model.select().where((kind.model.id == record_id) & kind.model.deleted_at.is_null())
                assembled = records.get(kind, record_id, shape) if live.exists() else None
            if assembled is None:
                assert response.status_code == 410, (query, record_id)
                continue
            assert response.get_data() == jsonio.dumps(assembled), (query, record_id)
            if "version" in assembled:
                assert response.headers["ETag"] == f'"{record_etag(assembled["version"], response.get_data())}"'


def test_the_example_data_is_stored_as_assembled(app, anonymous):
    assert_stored_as_assembled(app)
    for kind in KINDS.values():
        for item in anonymous.get(f"/v1/{kind.name}?limit=3").get_json()["items"]:
            response = anonymous.get(item["href"])
            with db.database.connection_context():
                assembled = records.get(kind, item["id"])
            assert response.get_data() == jsonio.dumps(assembled)
            assert response.headers["ETag"] == f'"{record_etag(assembled["version"], response.get_data())}"'
            assert anonymous.get(item["href"], headers={"If-None-Match": response.headers["ETag"]}).status_code == 304


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_write_of_every_kind(app, client, admin, kind):
    record = created(client, kind, BODIES[kind])
    href = record["href"]
    assert client.get(href).get_data() == jsonio.dumps(record)
    assert_stored_as_assembled(app, client, kind, [record["id"]])
    patched = client.patch(href, json=PATCHES[kind])
    assert patched.status_code == 200, patched.get_json()
    assert client.get(href).headers["ETag"] == patched.headers["ETag"]
    assert_stored_as_assembled(app, client, kind, [record["id"]])
    assert client.put(href, json=BODIES[kind]).status_code == 200
    assert_stored_as_assembled(app, client, kind, [record["id"]])
    etag = client.get(href).headers["ETag"]
    assert client.post(f"{href}/revisions/2/restore", headers={"If-Match": etag}).status_code == 200
    assert_stored_as_assembled(app, client, kind, [record["id"]])
    assert client.delete(href).status_code == 204
    assert client.get(href).status_code == 410
    assert_stored_as_assembled(app, client, kind, [record["id"]])
    assert admin.post(f"{href}/restore").status_code == 200
    assert_stored_as_assembled(app, client, kind, [record["id"]])
    assert client.delete(href).status_code == 204
    last = len(client.get(f"{href}/revisions").get_json()["items"]) - 1
    assert admin.post(f"{href}/revisions/{last}/redaction", json={"reason": "test"}).status_code == 200
    assert client.get(href).status_code == 410
    assert_stored_as_assembled(app, client, kind, [record["id"]])


def _most_referred(kind):
    """The live record of `kind` that the most live records refer to, in the example data."""
    counts = {}
    for referrer in kind.referrers:
        model = KINDS[referrer.kind].model
        for (record_id,) in kind.model.select(kind.model.id).where(kind.model.deleted_at.is_null()).tuples():
            live = model.select(model.id).where(model.id.in_(referrer.owners(record_id)) & model.deleted_at.is_null())
            counts[record_id] = counts.get(record_id, 0) + live.count()
    return max(counts, key=counts.get) if counts else None


def _changed(kind, field, value):
    """Another valid value of declared field `field` of `kind`, or None when none is simple to make."""
    declared = kind.schema().fields[field.name]
    choices = [v.choices for v in declared.validators if isinstance(v, validate.OneOf)]
    if choices:
        others = [c for c in choices[0] if c != value]
        return others[0] if others else None
    if isinstance(value, str) and isinstance(declared, fields.String) and not isinstance(declared, fields.Url):
        return value + " (renamed)"
    if isinstance(value, float | int) and not isinstance(value, bool) and field.is_float:
        return value + 0.01
    return None


@pytest.mark.parametrize("kind_name", sorted(SEEN))
def test_changes_to_what_others_show_re_render_them(app, client, kind_name):
    kind = KINDS[kind_name]
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        record_id = _most_referred(kind)
    assert record_id is not None, f"the example data has no {kind_name} referred to"
    changed = 0
    for field in kind.fields:
        if field.shown not in SEEN[kind_name]:
            continue
        current = client.get(f"/v1/{kind_name}/{record_id}").get_json()
        value = _changed(kind, field, current.get(field.shown))
        if value is None:
            continue
        response = client.patch(f"/v1/{kind_name}/{record_id}", json={field.name: value})
        if response.status_code == 200:   # a value the kind's rules refuse changes nothing: no matter
            changed += 1
            assert_stored_as_assembled(app, client, kind_name, [record_id])
    assert changed or kind_name == "statements", f"no field others show of {kind_name} could be changed"


def test_a_speaker_renamed_reaches_statements_that_relate_to_its_statements(app, client):
    """A statement shows another's speaker by name: renaming the actor re-renders both, through the first."""
    batch = client.post("/v1/batch", json=CAPTURED_TOWN)
    assert batch.status_code == 200, batch.get_json()
    actor, _, announced, denied, _ = (r["id"] for r in batch.get_json()["results"])
    assert client.patch(f"/v1/actors/{actor}", json={"name": "MoD of Azerbaijan (renamed)"}).status_code == 200
    denial = client.get(f"/v1/statements/{denied}").get_json()
    assert denial["relations"][0]["statement"]["speaker"]["name"] == "MoD of Azerbaijan (renamed)"
    assert_stored_as_assembled(app, client, "statements", [denied])
    assert client.patch(f"/v1/statements/{announced}", json={"date": "2020-10-08", "speaker_id": 9}).status_code == 200
    assert client.get(f"/v1/statements/{denied}").get_json()["relations"][0]["statement"]["date"] == "2020-10-08"
    assert_stored_as_assembled(app)


def test_a_batch_and_a_dataset_import_store_what_they_write(app, client, tmp_path, monkeypatch, capsys):
    assert client.post("/v1/batch", json=CAPTURED_TOWN).status_code == 200
    assert_stored_as_assembled(app, client, "statements")
    columns, rows = sample_rows(3)
    importer = cli_importer("ucdp-ged", client, monkeypatch, capsys)
    assert importer(write_ged(tmp_path / "ged.csv", columns, rows))[0] == 0
    assert_stored_as_assembled(app, client)
    code, summary, _ = importer(write_ged(tmp_path / "ged2.csv", columns, [more_deaths(rows[0]), *rows[1:]]))
    assert code == 0 and summary["updated"] == 1
    assert_stored_as_assembled(app, client)


def test_a_stale_form_is_never_served_and_a_rebuild_mends_it(app, anonymous, monkeypatch):
    before = anonymous.get("/v1/actors/1").get_data()
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        db.database.execute_sql("UPDATE stored_record SET body = ? WHERE kind = 'actors' AND record_id = 1"
                                .replace("?", db.database.param), (b'{"stale": true}',))
        assert stored.differences(KINDS["actors"], [1])
        monkeypatch.setattr(stored, "FORM", stored.FORM + 1)   # a new representation: the old rows are stale
    assert anonymous.get("/v1/actors/1").get_data() == before   # assembled, not the stale bytes
    with db.database.connection_context():
        counts = stored.refresh()
    assert sum(counts.values()) == sum(kind.model.select().where(kind.model.deleted_at.is_null()).count()
                                       for kind in KINDS.values())
    assert_stored_as_assembled(app)
    assert anonymous.get("/v1/actors/1").get_data() == before


def _assembled(app, kind, ids, shape=None):
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        return [jsonio.plain(records.get(kind, i, shape)) for i in ids]


@pytest.mark.parametrize("kind_name", sorted(KINDS))
def test_pages_and_exports_serve_what_assembling_gives(app, anonymous, kind_name):
    kind = KINDS[kind_name]
    items = anonymous.get(f"/v1/{kind_name}?limit=500").get_json()["items"]
    ids = [item["id"] for item in items]
    assert items == _assembled(app, kind, ids)
    some = [f.shown for f in kind.fields][:2]
    cut = anonymous.get(f"/v1/{kind_name}?limit=500&fields={','.join(some)}").get_json()["items"]
    assert cut == _assembled(app, kind, ids, Shape(fields=frozenset(some)))
    lines = anonymous.get(f"/v1/{kind_name}?format=ndjson").get_data().splitlines()
    assert [jsonio.loads(line) for line in lines] == _assembled(app, kind, [jsonio.loads(line)["id"] for line in lines])
    assert {jsonio.loads(line)["id"] for line in lines} == set(ids)


def test_a_page_is_cut_from_the_stored_forms_and_a_rebuild_makes_them_again(app, anonymous, capsys, monkeypatch):
    """The stored bytes are what a page serves (here made wrong on purpose); `db rebuild-stored --check` finds
    them, and `db rebuild-stored` stores them again."""
    monkeypatch.setenv("DATABASE_URL", app.config["DATABASE_URL"])
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        db.database.execute_sql("UPDATE stored_record SET body = {p} WHERE kind = 'actors' AND record_id = 1"
                                .format(p=db.database.param), (b'{"id": 1, "tampered": true}',))
    assert anonymous.get("/v1/actors?limit=1").get_json()["items"] == [{"id": 1, "tampered": True}]
    capsys.readouterr()
    assert cli.main(["db", "rebuild-stored", "--check"]) == 1
    assert "actors: 1 stored form(s) differ, IDs 1" in capsys.readouterr().out
    assert cli.main(["db", "rebuild-stored"]) == 0
    assert capsys.readouterr().out.startswith("stored ")
    assert cli.main(["db", "rebuild-stored", "--check"]) == 0
    assert_stored_as_assembled(app)


def test_a_list_revalidated_with_nothing_written_since_is_304_without_reading_a_record(app, anonymous, client,
                                                                                         monkeypatch):
    first = anonymous.get("/v1/events?limit=2")
    etag = first.headers["ETag"]
    read = []
    monkeypatch.setattr(stored, "shaped", lambda *a, **k: read.append(a) or [])
    again = anonymous.get("/v1/events?limit=2", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.headers["ETag"] == etag and not read
    assert anonymous.get("/v1/events?limit=3", headers={"If-None-Match": etag}).status_code == 200   # another page
    csv = anonymous.get("/v1/events?limit=2&format=csv", headers={"If-None-Match": etag})
    assert csv.status_code == 200 and csv.headers["ETag"] != etag
    monkeypatch.undo()
    assert client.patch("/v1/actors/9", json={"name": "Renamed"}).status_code == 200   # any write
    changed = anonymous.get("/v1/events?limit=2", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["ETag"] != etag


def test_links_across_kinds_re_render_both_sides(app, client):
    """An event shows the statement it follows (its speaker's name, its date) and a statement the event it
    answers (title, type, date): a change to either, or to the speaker, re-renders the other's stored form."""
    said = {k: v for k, v in BODIES["statements"].items() if k != "about_event_ids"}
    event = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "parent_id")}
    declared = created(client, "statements", said)
    convoy = created(client, "events", {**event, "statement_relations": [
        {"statement_id": declared["id"], "relation": "follows", "elapsed": {"unit": "hours"}}]})
    created(client, "statements", {**said, "event_relations": [
        {"event_id": convoy["id"], "relation": "in_response_to"}]})
    assert_stored_as_assembled(app)
    speaker = declared["speaker"]["id"] if isinstance(declared["speaker"], dict) else declared["speaker_id"]
    for path, change in ((f"/v1/actors/{speaker}", {"name": "Renamed speaker"}),
                         (f"/v1/statements/{declared['id']}", {"date": "2020-11-02"}),
                         (f"/v1/events/{convoy['id']}", {"title": "The convoy, renamed"})):
        assert client.patch(path, json=change).status_code == 200, path
        assert_stored_as_assembled(app, client, path.split("/")[2], [int(path.split("/")[3])])


def test_a_common_shape_is_served_as_stored_and_cut_by_fields(app, anonymous):
    """An event with include=participants (stored_shapes.COMMON) is read from stored_shape, here made wrong on
    purpose: a GET, a page, an export and a fields= cut all answer those bytes; `--check` finds them."""
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        db.database.execute_sql("UPDATE stored_shape SET body = {p} WHERE kind = 'events' AND record_id = 1"
                                .format(p=db.database.param), (b'{"id": 1, "href": "/v1/events/1", "tampered": 1}',))
        assert [i for i, *_ in stored.differences(KINDS["events"], [1])] == [1]
    tampered = {"id": 1, "href": "/v1/events/1", "tampered": 1}
    assert anonymous.get("/v1/events/1?include=participants").get_json() == tampered
    cut = anonymous.get("/v1/events/1?include=participants&fields=title").get_json()
    assert cut == {"id": 1, "href": "/v1/events/1"}   # the stored body, cut: it has no title
    assert anonymous.get("/v1/events?include=participants&limit=500").get_json()["items"][0] == tampered
    lines = anonymous.get("/v1/events?include=participants&format=ndjson").get_data().splitlines()
    assert tampered in [jsonio.loads(line) for line in lines]
    assert "tampered" not in anonymous.get("/v1/events/1?include=participants,figures").get_json()   # assembled
    with db.database.connection_context():
        stored.rebuild()
        assert not stored.differences(KINDS["events"], [1])
