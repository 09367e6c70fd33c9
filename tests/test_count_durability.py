"""A rate limit's count commits without waiting for the disk (api/db.py write_transaction(durable=False)), on the
engine under test, and nothing else does: the write it counts, and every write after it on the same connection,
commits durably (SQLite's synchronous FULL, PostgreSQL's synchronous_commit on)."""
from api import db


def durability():
    """How the current transaction's commit would reach the disk: SQLite's synchronous level (2 FULL, 1 NORMAL),
    or PostgreSQL's synchronous_commit."""
    if db.is_sqlite():
        return db.database.execute_sql("PRAGMA synchronous").fetchone()[0]
    return db.database.execute_sql("SHOW synchronous_commit").fetchone()[0]


def durable():
    """As the service's connections commit a write: SQLite's FULL; on PostgreSQL, the session is made to wait
    for the disk first (CI's server does not: it is set up for speed), so that what a count relaxes shows."""
    if db.is_sqlite():
        return 2
    db.database.execute_sql("SET synchronous_commit TO on")
    return "on"


def test_only_a_count_commits_without_waiting_for_the_disk(app):
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        expected = durable()
        with db.write_transaction(durable=False):
            assert durability() == (1 if db.is_sqlite() else "off")
            with db.write_transaction():   # a nested write joins it, as it is
                assert durability() == (1 if db.is_sqlite() else "off")
        with db.write_transaction():
            assert durability() == expected
        with db.write_transaction():
            with db.write_transaction(durable=False):   # nested in a durable write: the write decides
                assert durability() == expected


def test_a_write_through_the_api_leaves_its_connection_durable(client, app):
    if db.is_sqlite():   # (PostgreSQL's SET LOCAL ends with its transaction: the test above)
        assert client.patch("/v1/events/1", json={"summary": "Counted, then written."}).status_code == 200
        db.bind(app.config["DATABASE_URL"])
        with db.database.connection_context(), db.write_transaction():
            assert durability() == durable()
