"""Stored forms of the past (api/services/stored_past.py): an as_of read of one record answers the bytes and
ETag that GET answered at that moment, from what writes kept, without putting the past back; where nothing
was kept (a record stored before, a FORM since bumped, a redaction) it puts the past back and gives the same
answer.

A script writes every kind (create, PATCH, PUT, renames that re-render the records showing a name, delete,
undelete, restore of a revision); after each step every record's GET is kept with the moment. Then every
record is read as of every moment: with the put-back disabled wherever the record was live then (so the
kept forms answer), and again with the kept forms dropped (so the put-back answers)."""
import pytest

from api import db
from api.services import past, stored
from api.services.kinds import KINDS
from helpers import BODIES, PATCHES, created, problem
from test_as_of import latest_change, with_as_of


def answer(client, path):
    response = client.get(path)
    return response.status_code, response.get_data(), response.headers.get("ETag")


def sql(app, text, params=()):
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        return db.database.execute_sql(text.format(p=db.database.param), params).fetchall()


def script(client, admin):
    """Write the history; returns (paths, [(cursor, {path: answer})])."""
    paths, moments = ["/v1/events/1", "/v1/actors/9"], []   # of the example data: they show actor 9's name

    def step():
        cursor, _ = latest_change(client)
        moments.append((cursor, {path: answer(client, path) for path in paths}))

    step()
    for kind, body in BODIES.items():
        paths.append(f"/v1/{kind}/{created(client, kind, body)['id']}")
    actor = created(client, "actors", {**BODIES["actors"], "name": "Lachin Brigade", "kind": "non_state_armed_group"})
    event = created(client, "events", {**BODIES["events"], "participants": [
        {"actor_id": actor["id"], "role": "initiator"}, {"actor_id": 9, "role": "target"}]})
    paths += [f"/v1/actors/{actor['id']}", f"/v1/events/{event['id']}"]
    step()
    for path in paths[2:2 + len(BODIES)]:
        assert client.patch(path, json=PATCHES[path.split("/")[2]]).status_code == 200, path
        step()
    for name in ("Lachin Brigade (renamed)", "Lachin Brigade (again)"):   # the event shows the actor's name
        assert client.patch(f"/v1/actors/{actor['id']}", json={"name": name}).status_code == 200
        step()
    assert client.patch("/v1/actors/9", json={"name": "Armed Forces (renamed)"}).status_code == 200   # many show it
    step()
    event_path = f"/v1/events/{event['id']}"
    assert client.put(event_path, json={**BODIES["events"], "summary": "Replaced."}).status_code == 200
    step()
    assert client.delete(event_path).status_code == 204
    step()
    assert admin.post(f"{event_path}/restore").status_code == 200
    step()
    assert client.post(f"{event_path}/revisions/2/restore", headers={"If-Match": "*"}).status_code == 200
    step()
    assert client.delete(paths[1 + len(BODIES)]).status_code == 204   # the statement
    step()
    return paths, moments


def check(client, paths, moments, monkeypatch=None):
    """Every record as of every moment answers what it answered then; with `monkeypatch`, the reads of a
    record live then must not put anything back."""
    for cursor, answers in moments:
        for path in paths:
            status, body, etag = answers.get(path, (404, None, None))
            with pytest.MonkeyPatch.context() as patched:
                if monkeypatch and status == 200:
                    patched.setattr(past, "put_back_one", _must_not_run)
                got = answer(client, with_as_of(path, cursor))
            assert got[0] == status, (path, cursor, got)
            if status == 200:
                assert got[1:] == (body, etag), (path, cursor)


def _must_not_run(plan):
    raise AssertionError(f"put back {plan}: no kept form answered")


def test_one_record_as_of_each_moment_is_the_kept_form(client, admin, app):
    paths, moments = script(client, admin)
    check(client, paths, moments, monkeypatch=True)
    kept = sql(app, "SELECT kind, COUNT(*) FROM stored_past GROUP BY kind")
    assert {kind for kind, _ in kept} >= set(BODIES)   # a form of every kind was kept


def test_without_kept_forms_the_put_back_answers_the_same(client, admin, app):
    paths, moments = script(client, admin)
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        db.database.execute_sql("DELETE FROM stored_past")
        db.database.execute_sql("UPDATE stored_record SET since = NULL")
    check(client, paths, moments)


def test_a_bumped_form_drops_the_kept_forms_and_keeps_each_start(client, admin, app, monkeypatch):
    paths, moments = script(client, admin)
    starts = dict(((kind, i), since) for kind, i, since in sql(app, "SELECT kind, record_id, since FROM stored_record"))
    monkeypatch.setattr(stored, "FORM", stored.FORM + 1)
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        assert stored.refresh()
    assert sql(app, "SELECT COUNT(*) FROM stored_past") == [(0,)]
    after = dict(((kind, i), since) for kind, i, since in sql(app, "SELECT kind, record_id, since FROM stored_record"))
    assert after == starts and any(since is not None for since in after.values())
    assert sql(app, "SELECT COUNT(*) FROM stored_record WHERE form <> {p}", (stored.FORM,)) == [(0,)]
    check(client, paths, moments)   # the old ones assembled anew, the latest served from the refreshed forms
    assert client.patch(paths[3], json={"country": "ARM"}).status_code == 200
    assert sql(app, "SELECT form FROM stored_past WHERE kind = 'actors'") == [(stored.FORM,)]


def test_a_redaction_drops_the_forms_that_showed_it(client, admin, app):
    actor = created(client, "actors", {**BODIES["actors"], "name": "Omar Said", "kind": "person"})
    event = created(client, "events", {**BODIES["events"], "participants": [
        {"actor_id": actor["id"], "role": "target"}]})
    then, _ = latest_change(client)
    assert client.patch(f"/v1/actors/{actor['id']}", json={"name": "A civilian"}).status_code == 200
    between, _ = latest_change(client)
    shown = client.get(f"/v1/events/{event['id']}").get_data()
    assert client.patch(f"/v1/actors/{actor['id']}", json={"name": "A resident"}).status_code == 200
    assert admin.post(f"/v1/actors/{actor['id']}/revisions/1/redaction", json={"reason": "Doxxing"}).status_code == 200
    for path in (f"/v1/actors/{actor['id']}", f"/v1/events/{event['id']}"):
        body = problem(client.get(f"{path}?as_of={then}"), 422)
        assert "redacted" in body["errors"]["as_of"][0], path
    kept = b"".join(bytes(body) for body, in sql(app, "SELECT body FROM stored_past"))
    assert b"Omar Said" not in kept and b"A civilian" in kept   # the event's form showing the name is gone too
    with pytest.MonkeyPatch.context() as patched:   # the forms of the version after it are still kept
        patched.setattr(past, "put_back_one", _must_not_run)
        assert client.get(f"/v1/events/{event['id']}?as_of={between}").get_data() == shown


def test_forget_past_forms_gives_the_space_back_and_answers_stay(client, admin, app, capsys, monkeypatch):
    from api import cli
    from api.services import cursors

    monkeypatch.setenv("DATABASE_URL", app.config["DATABASE_URL"])
    paths, moments = script(client, admin)
    middle = moments[len(moments) // 2][0]
    kept = sql(app, "SELECT COUNT(*) FROM stored_past")[0][0]
    capsys.readouterr()
    assert cli.main(["db", "forget-past-forms", "--before", "yesterday"]) == 1
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("conflict-facts db: --before: Not an ISO")
    assert cli.main(["db", "forget-past-forms", "--before", middle]) == 0
    left = sql(app, "SELECT COUNT(*) FROM stored_past")[0][0]
    assert f"forgot {kept - left:,} stored forms of the past" in capsys.readouterr().out and 0 < left < kept
    assert sql(app, "SELECT COUNT(*) FROM stored_past WHERE until <= {p}", (cursors.decode_revision(middle),)) == [(0,)]
    check(client, paths, moments)
    assert cli.main(["db", "forget-past-forms"]) == 0
    assert sql(app, "SELECT COUNT(*) FROM stored_past") == [(0,)]
    check(client, paths, moments)
