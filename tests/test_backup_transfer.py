"""Backups taken during a write load restore to a sound database; export/import moves everything, history
included, between engines (SQLite -> PostgreSQL -> SQLite when a PostgreSQL server is available)."""
import random
import sqlite3
import threading

import pytest

from api import db
from api import jsonio
from api.models import Revision
from api.services import backup, fixtures, migrations, properties, records, search, stored, transfer
from schemas import INPUT_SCHEMAS

from databases import ENGINE, SERVER_URL, PostgresDatabases, SqliteDatabases
from helpers import BODIES

CURATOR = records.Change(token_name="generator")


def _create(kind, body):
    return records.create(records.kind_of(kind), INPUT_SCHEMAS[kind]().load(body), CURATOR)


def generate(seed=7, events=40):
    """A varied data set on top of the example data: creates, updates, deletes and a restore."""
    rng = random.Random(seed)
    # the registry of properties and values of them (issue 10, props; migrations/0086)
    properties.create({"name": "regime", "label": "regime", "description": "An emergency regime in force.",
                       "applies_to": ["events"], "value_type": "term",
                       "terms": [{"term": "martial_law", "description": "Martial law."}]})
    properties.create({"name": "led_by", "label": "led by", "description": "Who led it.", "applies_to": ["events"],
                       "value_type": "actor", "terms": None})
    actors = [_create("actors", {**BODIES["actors"], "name": f"Actor {i}", "country": rng.choice(["ARM", "AZE", "RUS"]),
                                 "aliases": [f"A{i}", f"Alias {i}"]})["id"] for i in range(10)]
    for i in range(events):
        valued = [{"property": "regime", "value": "martial_law", "source_ids": [1]},
                  {"property": "led_by", "value": rng.choice(actors), "claimant_id": rng.choice(actors),
                   "source_ids": [1]}] if i % 5 == 0 else []
        event = _create("events", {**BODIES["events"], "title": f"Fabricated event {i}", "properties": valued,
                                   "participants": [{"actor_id": rng.choice(actors), "role": "initiator"}],
                                   "figures": [{"quantity": "deaths", "low": i, "best": i + 1, "unit": "people",
                                                "source_ids": [1]}]})
        if i % 3 == 0:
            records.patch(records.kind_of("events"), event["id"], {"summary": f"Revised {i}"},
                          INPUT_SCHEMAS["events"]().load, CURATOR)
        if i % 7 == 0:
            records.delete(records.kind_of("events"), event["id"], CURATOR)
        if i % 14 == 0:
            records.undelete(records.kind_of("events"), event["id"], CURATOR)
    for i in range(10):
        _create("statements", {**BODIES["statements"], "quote": f"Statement {i} about the war.",
                               "speaker_id": rng.choice(actors)})


def rows_of_everything():
    with db.database.connection_context():
        return {model._meta.table_name: [tuple(str(v) for v in row) for row in
                                         model.select().order_by(model._meta.primary_key).tuples()]
                for model in transfer.MODELS}


def representations():
    """Every record as the API would send it (JSON: drivers differ in Python types, e.g. dates as text)."""
    with db.database.connection_context():
        return jsonio.plain(
            {name: kind.represent(list(kind.model.select().order_by(kind.model.id).dicts()))
             for name, kind in records.KINDS.items()})


def test_export_import_round_trip_between_engines(tmp_path):
    sqlite_dbs = SqliteDatabases(tmp_path)
    first = sqlite_dbs.create("first")
    db.bind(first)
    migrations.upgrade()
    with db.database.connection_context():
        fixtures.load()
        generate()
    original_rows, original_records = rows_of_everything(), representations()
    transfer.export(tmp_path / "first.ndjson")
    db.close()

    # Through PostgreSQL when a server is available (CI's second run); else through another SQLite file.
    middle_dbs = PostgresDatabases(SERVER_URL, "cftransfer") if SERVER_URL else sqlite_dbs
    db.bind(middle_dbs.create("middle"))
    migrations.upgrade()
    counts = transfer.import_(tmp_path / "first.ndjson")
    assert counts["revision"] == len(original_rows["revision"])
    assert representations() == original_records
    with db.database.connection_context():   # the search index is rebuilt, in the target's own form
        event = records.kind_of("events").model
        live = {i for (i,) in event.select(event.id).where(
            event.deleted_at.is_null() & event.title.startswith("Fabricated")).tuples()}
        found = {row["id"] for row in search.matching("events", "fabricated").dicts()}
    assert found == live and len(live) == 40 - 3    # events 7, 21, 35 were deleted and not restored
    with db.database.connection_context():   # every live record stored as GET serves it (services/stored.py)
        assert not any(stored.differences(kind) for kind in records.KINDS.values())
        assert stored.refresh() == {}
    transfer.export(tmp_path / "middle.ndjson")
    db.close()
    if SERVER_URL:
        middle_dbs.drop("middle")

    db.bind(sqlite_dbs.create("last"))
    migrations.upgrade()
    transfer.import_(tmp_path / "middle.ndjson")
    assert rows_of_everything() == original_rows
    assert representations() == original_records
    db.close()
    first_lines = (tmp_path / "first.ndjson").read_bytes().splitlines()[1:]
    assert first_lines == (tmp_path / "middle.ndjson").read_bytes().splitlines()[1:]


def test_import_refuses_a_database_with_data(app, tmp_path):
    with db.database.connection_context():
        transfer.export(tmp_path / "x.ndjson")
    with pytest.raises(transfer.TransferError, match="already holds data"):
        transfer.import_(tmp_path / "x.ndjson")


def test_import_refuses_a_file_that_is_not_an_export(app, tmp_path):
    (tmp_path / "x.ndjson").write_bytes(b'{"hello": 1}\n')
    with pytest.raises(transfer.TransferError, match="not a conflict-facts export"):
        transfer.import_(tmp_path / "x.ndjson")


def _writer(stop, acknowledged, start_gate):
    """Create sources one after another on its own connection; record each one acknowledged."""
    kind = records.kind_of("sources")
    n = 0
    with db.database.connection_context():
        start_gate.set()
        while not stop.is_set():
            record = records.create(kind, INPUT_SCHEMAS["sources"]().load({"title": f"Load {n}"}), CURATOR)
            acknowledged.append(record["id"])
            n += 1


def test_backup_during_a_write_load_restores_every_acknowledged_write(app, dbs, tmp_path):
    stop, started, acknowledged = threading.Event(), threading.Event(), []
    writer = threading.Thread(target=_writer, args=(stop, acknowledged, started))
    writer.start()
    try:
        started.wait(30)
        while len(acknowledged) < 20:      # some writes before the backup starts
            stop.wait(0.01)
        before = list(acknowledged)        # acknowledged before the backup started
        path = tmp_path / ("backup.db" if ENGINE == "sqlite" else "backup.dump")
        with db.database.connection_context():
            backup.backup(str(path))
        while len(acknowledged) < len(before) + 20:   # and writes go on after it
            stop.wait(0.01)
    finally:
        stop.set()
        writer.join(30)
    assert len(before) >= 20

    if ENGINE == "sqlite":
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    restored = dbs.unique("restored")
    db.bind(dbs.create(restored))
    backup.restore(str(path))
    with db.database.connection_context():
        if ENGINE == "sqlite":
            assert db.database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in records.kind_of("sources").model.select(records.kind_of("sources").model.id).tuples()}
        revisions = {row[0] for row in Revision.select(Revision.record_id).where(Revision.kind == "sources").tuples()}
        assert set(before) <= stored and set(before) <= revisions
        assert migrations.pending() == []
    db.close()
    dbs.drop(restored)


def test_backup_never_overwrites(app, tmp_path):
    (tmp_path / "exists.db").write_bytes(b"x")
    with pytest.raises(backup.BackupError, match="exists already"):
        backup.backup(str(tmp_path / "exists.db"))
