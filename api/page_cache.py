"""Collection pages kept in each worker's memory (issue 14: "a page cache keyed by query and the change feed's
head"), up to PAGE_CACHE_MB of bodies, least recently used first out.

A page is kept under its ETag and the database it was read from. The ETag (api/resources/listing.py:
`_page_etag`) names the request (path and query), the format, the change feed's head and the stored forms'
FORM; every write moves the head in its own transaction, so a page kept before a write is never found again
(it ages out), and a page asked again before any write is answered with the bytes it was first answered
with: no page query, no record read, one indexed read (the head) per request. That is the promise the page's
ETag already makes to a client revalidating it (304), kept here for every client. The database is in the
key because one app may be pointed at several over its life (the tests bind a fresh one per test).

Kept per worker, not shared through a file or the database: a hit then costs a dictionary lookup, and a
miss costs one page assembled per worker (not per request), with no file to prune and no write on a read.
"""
import threading
from collections import OrderedDict

from flask import Response, current_app

# The headers of a page that say something about its content (the rest come from the hooks on every answer).
KEPT_HEADERS = ("Link", "X-Total-Count", "X-Left-Out-Count", "Content-Disposition")


class Pages:
    """Pages (body, headers, mimetype) by key, up to max_bytes of bodies; safe across a worker's threads."""

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self.size = 0
        self._pages = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key, page):
        if len(page[0]) > self.max_bytes:
            return
        with self._lock:
            old = self._pages.pop(key, None)
            if old is not None:
                self.size -= len(old[0])
            self._pages[key] = page
            self.size += len(page[0])
            while self.size > self.max_bytes:
                _, dropped = self._pages.popitem(last=False)
                self.size -= len(dropped[0])

    def __len__(self):
        return len(self._pages)


def install(app):
    """The app's page cache, from PAGE_CACHE_MB (0: none)."""
    megabytes = app.config["PAGE_CACHE_MB"]
    app.extensions["page_cache"] = Pages(int(megabytes * 1024 * 1024)) if megabytes > 0 else None


def _key(etag):
    return (current_app.config["DATABASE_URL"], etag)


def kept(etag):
    """The page answered before under this ETag, as a new response (the hooks add the rest), or None."""
    pages = current_app.extensions.get("page_cache")
    page = pages.get(_key(etag)) if pages is not None else None
    if page is None:
        return None
    body, headers, mimetype = page
    response = Response(body, headers=headers, mimetype=mimetype)
    response.set_etag(etag)
    return response


def keep(etag, response):
    """Keep a page just answered under its ETag."""
    pages = current_app.extensions.get("page_cache")
    if pages is not None and response.status_code == 200:
        headers = [(name, response.headers[name]) for name in KEPT_HEADERS if name in response.headers]
        pages.put(_key(etag), (response.get_data(), headers, response.mimetype))
