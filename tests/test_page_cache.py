"""Collection pages kept until the next write (api/page_cache.py): after every kind of write, on every kind, a
page answered from the cache is, byte for byte and header for header, the page assembled afresh; a page asked
again with nothing written since is answered without running its query.

The writes are those tests/test_stored_forms.py makes from the kinds' declarations: every kind created,
patched, replaced, restored to a revision, deleted, undeleted and redacted; every field other records show of
a kind (refs.SEEN) changed on its most referred record; a batch, and a dataset import through the CLI. The
aggregates (GET /v1/<kind>/stats) are kept the same way, and checked with the pages."""
import pytest

from api import db
from api.refs import SEEN
from api.services import pages, stats
from api.services.kinds import KINDS
from schemas.arguments import INCLUDABLE
from dataset_imports import cli_importer
from helpers import BODIES, PATCHES, created
from test_batch import CAPTURED_TOWN
from test_ged_import import sample_rows, write_ged
from test_import_releases import more_deaths
from test_stored_forms import _changed, _most_referred

SHOWN = ("ETag", "Link", "X-Total-Count", "X-Left-Out-Count", "Content-Type", "Content-Disposition")


def _urls(kind_name):
    """Every kind's first page, and more forms of `kind_name`'s: IDs only, CSV, a second page, a count."""
    ids_only = [f"/v1/{kind_name}?limit=4&include="] if INCLUDABLE.get(kind_name) else []
    return [f"/v1/{name}?limit=4" for name in sorted(KINDS)] + ids_only + [
        f"/v1/{kind_name}?limit=4&format=csv", f"/v1/{kind_name}?limit=2&count=true", *STATS]


STATS = ("/v1/events/stats?group_by=country,time&interval=year", "/v1/events/stats?group_by=actor&format=csv",
         "/v1/statements/stats?group_by=stance,time", "/v1/treaties/stats?group_by=status")


def _answers(client, urls):
    answers = {}
    for url in urls:
        response = client.get(url)
        answers[url] = (response.status_code, response.get_data(), {h: response.headers.get(h) for h in SHOWN})
        link = response.headers.get("Link")
        if link:   # the next page, by the cursor the page gave
            nxt = link[1:link.index(">")]
            answers[nxt] = client.get(nxt).get_data()
    return answers


def assert_kept_pages_are_fresh(app, client, kind_name):
    """The pages as the cache answers them (kept before the last write, or kept now) equal the same pages with
    no cache."""
    urls = _urls(kind_name)
    kept = _answers(client, urls)
    cache = app.extensions["page_cache"]
    app.extensions["page_cache"] = None
    try:
        fresh = _answers(client, urls)
    finally:
        app.extensions["page_cache"] = cache
    assert kept == fresh
    assert all(status == 200 for status, _, _ in (v for v in kept.values() if isinstance(v, tuple)))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_write_of_every_kind_leaves_no_page_stale(app, client, admin, kind):
    assert_kept_pages_are_fresh(app, client, kind)   # kept before any write
    record = created(client, kind, BODIES[kind])
    href = record["href"]
    assert_kept_pages_are_fresh(app, client, kind)
    assert client.patch(href, json=PATCHES[kind]).status_code == 200
    assert_kept_pages_are_fresh(app, client, kind)
    assert client.put(href, json=BODIES[kind]).status_code == 200
    assert_kept_pages_are_fresh(app, client, kind)
    etag = client.get(href).headers["ETag"]
    assert client.post(f"{href}/revisions/2/restore", headers={"If-Match": etag}).status_code == 200
    assert_kept_pages_are_fresh(app, client, kind)
    assert client.delete(href).status_code == 204
    assert_kept_pages_are_fresh(app, client, kind)
    assert admin.post(f"{href}/restore").status_code == 200
    assert_kept_pages_are_fresh(app, client, kind)
    assert client.delete(href).status_code == 204
    last = len(client.get(f"{href}/revisions").get_json()["items"]) - 1
    assert admin.post(f"{href}/revisions/{last}/redaction", json={"reason": "test"}).status_code == 200
    assert_kept_pages_are_fresh(app, client, kind)


@pytest.mark.parametrize("kind_name", sorted(SEEN))
def test_a_change_to_what_other_records_show_leaves_no_page_stale(app, client, kind_name):
    kind = KINDS[kind_name]
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        record_id = _most_referred(kind)
    referrers = sorted({referrer.kind for referrer in kind.referrers})
    for name in referrers:
        assert_kept_pages_are_fresh(app, client, name)
    for field in kind.fields:
        if field.shown not in SEEN[kind_name]:
            continue
        value = _changed(kind, field, client.get(f"/v1/{kind_name}/{record_id}").get_json().get(field.shown))
        if value is not None and client.patch(f"/v1/{kind_name}/{record_id}", json={field.name: value}).status_code == 200:
            for name in referrers:
                assert_kept_pages_are_fresh(app, client, name)


def test_a_batch_and_a_dataset_import_leave_no_page_stale(app, client, tmp_path, monkeypatch, capsys):
    assert_kept_pages_are_fresh(app, client, "events")
    assert client.post("/v1/batch", json=CAPTURED_TOWN).status_code == 200
    assert_kept_pages_are_fresh(app, client, "events")
    columns, rows = sample_rows(3)
    importer = cli_importer("ucdp-ged", client, monkeypatch, capsys)
    assert importer(write_ged(tmp_path / "ged.csv", columns, rows))[0] == 0
    assert_kept_pages_are_fresh(app, client, "events")
    code, summary, _ = importer(write_ged(tmp_path / "ged2.csv", columns, [more_deaths(rows[0]), *rows[1:]]))
    assert code == 0 and summary["updated"] == 1
    assert_kept_pages_are_fresh(app, client, "events")


def test_a_page_asked_again_before_any_write_runs_no_query(app, anonymous, client, monkeypatch):
    url = "/v1/events?limit=5&include=participants"
    first = anonymous.get(url)
    ran = []
    real_page = pages.page
    monkeypatch.setattr(pages, "page", lambda *a, **k: ran.append(a) or real_page(*a, **k))
    again = anonymous.get(url)
    assert not ran
    assert (again.get_data(), again.headers["ETag"], again.headers["Link"]) == (
        first.get_data(), first.headers["ETag"], first.headers["Link"])
    assert anonymous.get(url, headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    assert client.patch("/v1/actors/1", json={"name": "Renamed"}).status_code == 200
    after = anonymous.get(url)
    assert len(ran) == 1 and after.headers["ETag"] != first.headers["ETag"]


def test_pages_beyond_the_cache_s_size_push_out_the_least_recently_used(app, anonymous, monkeypatch):
    pages_kept = app.extensions["page_cache"]
    size = len(anonymous.get("/v1/events?limit=3").get_data())
    monkeypatch.setattr(pages_kept, "max_bytes", pages_kept.size + 2 * size)   # room for two pages more
    for limit in (3, 3, 4, 5):   # the page of 3 asked twice, then two more: the oldest kept are dropped first
        anonymous.get(f"/v1/events?limit={limit}")
    assert pages_kept.size <= pages_kept.max_bytes
    ran = []
    real_page = pages.page
    monkeypatch.setattr(pages, "page", lambda *a, **k: ran.append(a) or real_page(*a, **k))
    anonymous.get("/v1/events?limit=5")
    assert not ran   # the latest is kept


def test_an_aggregate_asked_again_before_any_write_is_not_summed_again(app, anonymous, client, monkeypatch):
    url = "/v1/events/stats?group_by=country,time&interval=month"
    first = anonymous.get(url)
    ran = []
    real_stats = stats.event_stats
    monkeypatch.setattr(stats, "event_stats", lambda *a, **k: ran.append(a) or real_stats(*a, **k))
    again = anonymous.get(url)
    assert not ran
    assert (again.get_data(), again.headers["ETag"]) == (first.get_data(), first.headers["ETag"])
    assert anonymous.get(url, headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    assert anonymous.get(url + "&format=csv").headers["Content-Type"].startswith("text/csv")
    body = {**BODIES["events"], "date_start": "1990-01-01", "date_end": "1990-01-01", "date_precision": "day"}
    assert client.post("/v1/events", json=body).status_code == 201
    after = anonymous.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert after.status_code == 200 and after.get_json()["date_from"] == "1990-01-01"
    assert after.get_json()["totals"]["events"] == first.get_json()["totals"]["events"] + 1
