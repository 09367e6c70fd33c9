"""SQLITE_CACHE_MB reaches every SQLite connection the app opens, as a worker builds it: from the
environment (docs/configuration.md; the figures behind its default: docs/performance.md, "Worker memory:
arenas and page caches")."""
import pytest

from api import config, db
from api.app import create_app


def _page_cache_kib(app):
    """The cache_size of the connection a request was served on (negative: KiB), and what it answered."""
    with app.test_client() as client:
        assert client.get("/v1/events").status_code == 200
        return db.database.execute_sql("PRAGMA cache_size").fetchone()[0]


@pytest.mark.parametrize("setting", [None, "4", "0.5"])
def test_each_connection_keeps_the_page_cache_it_is_given(db_url, engine, monkeypatch, setting):
    if engine != "sqlite":
        pytest.skip("a SQLite setting")
    if setting is None:
        monkeypatch.delenv("SQLITE_CACHE_MB", raising=False)
    else:
        monkeypatch.setenv("SQLITE_CACHE_MB", setting)
    megabytes = config.SETTINGS["SQLITE_CACHE_MB"][0] if setting is None else float(setting)
    app = create_app({"DATABASE_URL": db_url, "TESTING": True, "READ_RATE": 0})
    try:
        assert _page_cache_kib(app) == -round(megabytes * 1024)
    finally:
        db.close_all()
