"""Answering a collection query in the format the client asked for: JSON pages, CSV, GeoJSON, NDJSON."""
import hashlib
from urllib.parse import urlencode

from flask import Response, g, request, stream_with_context
from flask_smorest import abort

from schemas.arguments import DATASET_FORMATS, FILTER_LINKS, FORMATS, GEO_KINDS

from .. import formats, page_cache, timeouts
from ..http import json_response
from ..services import (acled_export, acled_rows, exports, ged_export, ged_rows, history, occurrence_filters, pages,
                        references, stored)

# The formats of other datasets (docs/import-export.md): their columns, and the rows of a stream of events.
DATASET_EXPORTS = {"ucdp-ged": (ged_rows.COLUMNS, ged_export.rows), "acled": (acled_rows.COLUMNS, acled_export.rows)}


def negotiate(kind_name, args):
    """The format: the `format` parameter if given, else the best match of the Accept header."""
    if args.get("format"):
        return args["format"]
    offered = [fmt for fmt in FORMATS if (fmt != "geojson" or kind_name in GEO_KINDS) and fmt not in DATASET_FORMATS]
    if not request.accept_mimetypes:  # no Accept header: anything goes
        return "json"
    best = request.accept_mimetypes.best_match([FORMATS[fmt] for fmt in offered] + ["application/*"])
    if best is None:
        abort(406, message=f"This collection is available as {', '.join(FORMATS[f] for f in offered)}.")
    return next((fmt for fmt in offered if FORMATS[fmt] == best), "json")


def _each_renewed(rows):
    """A dataset's rows, the time limit renewed before each: a row reads the records it names beyond the
    batch (places, actors, sources), small queries that would otherwise add up against one batch's limit."""
    rows = iter(rows)
    while True:
        timeouts.renew()
        try:
            row = next(rows)
        except StopIteration:
            return
        yield row


def _next_url(next_cursor):
    if not next_cursor:
        return None
    args = request.args.to_dict()
    args["cursor"] = next_cursor
    return f"{request.path}?{urlencode(args)}"


def _left_out(counts, empty):
    """What the default occurrence rule leaves out of an events list (batch31): the occurrences, the same query
    listing those events alone, how many there are of each when counted (pages.page says when), and, when the
    first page is `empty` only because of the rule, which occurrence= finds them (events37); see docs/api.md
    "Events that did not happen"."""
    query = {k: v for k, v in request.args.to_dict().items() if k != "cursor"}
    query["occurrence"] = ",".join(occurrence_filters.NOT_COUNTED)
    by = None if counts is None else {term: counts[term] for term in occurrence_filters.NOT_COUNTED if counts.get(term)}
    hint = None
    if by and empty and not request.args.get("cursor"):
        parts = [f"{n} {term}" for term, n in by.items()]
        said = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
        hint = f"{said} {'event matches' if sum(by.values()) == 1 else 'events match'}; add occurrence={','.join(by)}"
    return {"occurrences": list(occurrence_filters.NOT_COUNTED), "count": None if by is None else sum(by.values()),
            "href": f"{request.path}?{urlencode(query)}", "by_occurrence": by, "hint": hint}


def answer(kind_name, args, also=None):
    """A collection query's answer; `also`: more filters that must hold (a relation route's, see filters.related)."""
    args = references.resolved_filters(kind_name, args, FILTER_LINKS[kind_name])
    fmt = negotiate(kind_name, args)
    if fmt == "ndjson":
        # Streamed: the request context (and its database connection) lives until the last line is sent.
        lines = formats.ndjson_lines(exports.batches(kind_name, args, also, before_batch=timeouts.renew, raw=True))
        response = Response(stream_with_context(lines), mimetype=FORMATS["ndjson"])
        g.streamed = True
        return response
    if fmt in DATASET_EXPORTS:   # the whole filtered collection, streamed, in the dataset's columns
        events = exports.export(kind_name, {**args, "include": None, "fields": None}, also,
                                before_batch=timeouts.renew)
        columns, rows = DATASET_EXPORTS[fmt]
        chunks = formats.ged_csv_chunks(columns, _each_renewed(rows(events)))
        response = Response(stream_with_context(chunks), mimetype="text/csv", headers={
            "Content-Disposition": f'attachment; filename="{fmt}.csv"'})
        g.streamed = True
        return response
    if fmt in ("csv", "geojson"):
        args = {**args, "include": None, "fields": None}  # flattened forms need the linked names
    return kept_page(fmt, lambda: _page(kind_name, args, also, fmt))


def _page(kind_name, args, also, fmt):
    records, next_cursor, total, counts = pages.page(kind_name, args, also, raw=fmt == "json")
    left_out = None if counts is None else sum(counts.values())
    next_url = _next_url(next_cursor)
    headers = {"Link": f'<{next_url}>; rel="next"'} if next_url else {}
    if total is not None:
        headers["X-Total-Count"] = str(total)
    if left_out is not None:
        headers["X-Left-Out-Count"] = str(left_out)
    if fmt == "csv":
        # A download, never a page to render: browsers save it under a name that says what it holds.
        headers["Content-Disposition"] = f'attachment; filename="{formats.csv_filename(request.path)}"'
        response = Response(formats.csv_text(kind_name, records), mimetype="text/csv", headers=headers)
    elif fmt == "geojson":
        response = json_response(formats.feature_collection(kind_name, records, next_url), headers=headers,
                                 mimetype=FORMATS["geojson"])
    else:
        body = {"items": records, "next": next_url, "limit": args["limit"]}
        if total is not None:
            body["total"] = total
        if pages.leaves_out(kind_name, args):
            body["left_out"] = _left_out(counts, not records)
        response = json_response(body, headers=headers)
    return response


def kept_page(fmt, answer):
    """The response `answer()` makes (a page, an aggregate) under its page ETag: 304 when the client holds it,
    the bytes kept in this worker's page cache when it was answered before with nothing written since
    (api/page_cache.py), else `answer()`'s, kept."""
    etag = _page_etag(fmt)
    if etag in request.if_none_match:   # nothing written since: the page is what the client holds
        response = Response(status=304, headers={"Cache-Control": "no-cache", "Vary": "Accept"})
        response.set_etag(etag)
        return response
    response = page_cache.kept(etag)   # asked before, with nothing written since
    if response is not None:
        return response
    response = answer()
    response.set_etag(etag)
    page_cache.keep(etag, response)
    return response


def _page_etag(fmt):
    """A page's ETag, from its request (path, query, format) and the change feed's head: any write adds a
    revision, so an If-None-Match naming it is answered 304 without reading a record. The representation's
    version (stored.FORM) is in it too, as a new one may show the same data otherwise."""
    key = f"{request.full_path}\n{fmt}\n{history.head()}\n{stored.FORM}".encode()
    return "p-" + hashlib.sha1(key).hexdigest()[:24]
