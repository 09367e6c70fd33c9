"""The routes every kind of record has, documented from its schemas.

Each resource module makes its blueprint with `collection_blueprint` and adds its own relation routes.
Writes need a curator token (api/access.py checks that before any view runs); PUT, PATCH, DELETE and
restoring a revision need If-Match with the version last read.
"""
from flask import request
from flask_smorest import abort

from schemas.batch import JsonPatch
from schemas.common import shared, with_current_names
from schemas.pages import page_of
from schemas.history import RedactionIn, Revision, RevisionList
from schemas.arguments import GEO_KINDS, QUERY_SCHEMAS, record_args

from .. import access
from ..openapi import document_errors
from ..http import json_response, record_response, stored_response
from ..parsing import Blueprint, parse_json_body
from ..services import edits, filters, history, idempotency, pages, records, references, stored
from . import listing

PATCH_TYPES = ("application/merge-patch+json", "application/json")  # and JSON_PATCH, below
IF_MATCH = {"name": "If-Match", "in": "header", "required": True, "schema": {"type": "string"},
            "description": "The ETag last read for this record (or *): the write fails with 412 if the record "
                           "changed since."}
CHANGE_NOTE = {"name": "Change-Note", "in": "header", "required": False, "schema": {"type": "string"},
               "description": "Why the change is made; kept in the record's history. ASCII: percent-encode the "
                              "UTF-8 of other text (caf%C3%A9), or send Change-Note* instead."}
CHANGE_NOTE_EXT = {"name": "Change-Note*", "in": "header", "required": False, "schema": {"type": "string"},
                   "description": "The change note as an RFC 8187 extended value, UTF-8''caf%C3%A9; wins over "
                                  "Change-Note."}
IDEMPOTENCY_KEY = {"name": "Idempotency-Key", "in": "header", "required": False, "schema": {"type": "string"},
                   "description": "Makes a retried create safe: the same key and body return the first answer "
                                  "instead of creating again; the same key with another body is refused (422)."}
REMOVED_ITEMS_HEADER = {"Removed-Items": {"schema": {"type": "string"}, "description": (
    "The owned items with IDs (figures, provisions...) that this write removed, as <list>/<id> separated by "
    "commas (figures/12, figures/13); absent when it removed none.")}}
JSON_PATCH = "application/json-patch+json"
SECURITY = [{"bearerAuth": []}]
REVEALS_NAMES = {"Vary": "Authorization"}   # history shows token names to admins, pseudonyms to others


def updated_response(written):
    """The answer to an update (services/edits.py): the record, and which owned items it removed."""
    headers = {"Removed-Items": ", ".join(written.removed)} if written.removed else None
    return record_response(written.record, headers=headers)


def merge_patch_body():
    """The request's JSON merge patch document, which must be an object."""
    body = parse_json_body(request.get_data(cache=True))
    if not isinstance(body, dict):
        abort(422, messages={"json": {"_schema": ["A merge patch must be a JSON object."]}})
    return body


def formats_doc(blp, kind_name, page_schema):
    """The 200 of a list route in each format it can answer (format= or Accept)."""
    content = {
        "application/json": {"schema": page_schema},
        "text/csv": {"schema": {"type": "string"}},
        "application/x-ndjson": {"schema": {"type": "string"}},
    }
    if kind_name in GEO_KINDS:
        content["application/geo+json"] = {"schema": {"type": "object", "required": ["type", "features"], "properties": {
            "type": {"type": "string", "enum": ["FeatureCollection"]},
            "features": {"type": "array", "items": {"type": "object"}}}}}
    return blp.doc(responses={"200": {"description": "A page of records (JSON); or CSV, GeoJSON, NDJSON: see format.",
                                      "content": content}})


def write_doc(blp, *headers):
    if CHANGE_NOTE in headers:
        headers += (CHANGE_NOTE_EXT,)
    return blp.doc(parameters=list(headers), security=SECURITY)


def collection_blueprint(kind_name, schema_in, schema_out, description):
    """A blueprint with GET/POST on /v1/<kind>, GET/PUT/PATCH/DELETE on /v1/<kind>/<id>, and the record's
    history: /revisions, /revisions/<n>, /revisions/<n>/restore, /revisions/<n>/redaction (admins), and
    /restore for a deleted record."""
    kind = records.kind_of(kind_name)
    label = kind.label()
    blp = Blueprint(kind_name, __name__, url_prefix=f"/v1/{kind_name}", description=description)
    page_schema = page_of(schema_out, kind_name == "events")
    query_schema = QUERY_SCHEMAS[kind_name]
    record_schema = record_args(kind_name)
    errors = document_errors

    @blp.route("", methods=["GET"])
    @blp.arguments(query_schema, location="query")
    @blp.response(200, page_schema, description="A page of records (JSON); or CSV, GeoJSON, NDJSON: see format.")
    @formats_doc(blp, kind_name, page_schema)
    @errors(blp, 400, 406)
    def list_records(args):
        return listing.answer(kind_name, args)
    list_records.__doc__ = (f"List {kind_name}: filter, sort, page with a cursor; as JSON, CSV"
                            f"{', GeoJSON' if kind_name in GEO_KINDS else ''} or an NDJSON export.")

    @blp.route("", methods=["POST"])
    @blp.doc(requestBody={"required": True, "content": {"application/json": {"schema": schema_in}}})
    @blp.response(201, schema_out, headers={"Location": {"schema": {"type": "string"}}})
    @write_doc(blp, CHANGE_NOTE, IDEMPOTENCY_KEY)
    @errors(blp, 400, 401, 403, 413, 415, 422, 429)
    def create_record():
        # Read raw: references by external ID become IDs before the schema validates (services/references.py).
        change = access.change()
        body = parse_json_body(request.get_data(cache=True))

        def create():
            record = records.create(kind, shared(schema_in).load(references.resolved(kind, body)), change)
            return 201, record, record["href"]

        key = access.header_text("Idempotency-Key")
        if key is None:
            status, record, location = create()
            replayed = False
        else:
            status, record, location, replayed = idempotency.once(
                change.token_id, key, request.path, request.get_data(cache=True), create)
        headers = {"Location": location}
        if replayed:
            headers["Idempotent-Replayed"] = "true"
        return record_response(record, status=status, headers=headers)
    create_record.__doc__ = f"Create a {label}."

    @blp.route("/<int:record_id>", methods=["GET"])
    @blp.arguments(record_schema, location="query")
    @blp.response(200, schema_out)
    @errors(blp, 400, 404, 410)
    def get_record(args, record_id):
        shape = pages.shape_of(kind_name, args)
        # as stored by its last write, in full or a common shape (services/stored.py): one indexed read
        found = stored.served(kind_name, record_id, shape)
        if found is not None:
            return stored_response(*found)
        record = stored.cut(kind_name, record_id, shape)   # fields=: cut from what is stored
        return record_response(record if record is not None else records.get(kind, record_id, shape))
    get_record.__doc__ = (f"One {label}, with its links resolved (include= and fields= shape it). Its ETag "
                          "names its version; a deleted one answers 410 with when and by whom.")

    @blp.route("/<int:record_id>", methods=["PUT"])
    @blp.doc(requestBody={"required": True, "content": {"application/json": {"schema": schema_in}}})
    @blp.response(200, schema_out, headers=REMOVED_ITEMS_HEADER)
    @write_doc(blp, IF_MATCH, CHANGE_NOTE)
    @errors(blp, 400, 401, 403, 404, 410, 412, 413, 415, 422, 428, 429)
    def replace_record(record_id):
        # Read raw, validated in the write's transaction (services/edits.py): an owned item given by its id
        # alone stands for the stored item, which only the stored record can fill in.
        change = access.change(access.expected_version())
        body = parse_json_body(request.get_data(cache=True))
        return updated_response(edits.update(kind, record_id, body, "replace", change, shared(schema_in).load))
    replace_record.__doc__ = (f"Replace a {label}: fields left out take their defaults; an owned item given "
                              "by its id alone is kept as it is.")

    @blp.route("/<int:record_id>", methods=["PATCH"])
    @blp.doc(requestBody={"required": True, "content": {
        **{media_type: {"schema": schema_in(partial=True)} for media_type in PATCH_TYPES},
        JSON_PATCH: {"schema": JsonPatch}}})
    @blp.response(200, schema_out, headers=REMOVED_ITEMS_HEADER)
    @write_doc(blp, IF_MATCH, CHANGE_NOTE)
    @errors(blp, 400, 401, 403, 404, 409, 410, 412, 413, 415, 422, 428, 429)
    def patch_record(record_id):
        # Not parsed by a partial schema: in a merge patch, null means "remove", which the schema would
        # refuse. The merged record is validated whole by the full schema instead.
        change = access.change(access.expected_version())
        if request.mimetype == JSON_PATCH:
            body, how = parse_json_body(request.get_data(cache=True)), "json-patch"
        else:   # deprecated field names, renamed first
            body, how = with_current_names(schema_in, merge_patch_body()), "merge"
        return updated_response(edits.update(kind, record_id, body, how, change, shared(schema_in).load))
    patch_record.__doc__ = (f"Change some fields of a {label}: an RFC 7396 JSON merge patch (null removes a "
                            "field, objects merge, lists are replaced whole), or an RFC 6902 JSON Patch "
                            "(application/json-patch+json: add or remove one list item, test a value first).")

    @blp.route("/<int:record_id>", methods=["DELETE"])
    @blp.response(204)
    @write_doc(blp, IF_MATCH, CHANGE_NOTE)
    @errors(blp, 401, 403, 404, 409, 410, 412, 428, 429)
    def delete_record(record_id):
        records.delete(kind, record_id, access.change(access.expected_version()))
        return "", 204
    delete_record.__doc__ = (f"Delete a {label}, leaving a tombstone (410 from then on; the ID is never "
                             "reused); refused with 409 while other records refer to it.")

    @blp.route("/<int:record_id>/restore", methods=["POST"])
    @blp.response(200, schema_out)
    @write_doc(blp, CHANGE_NOTE)
    @errors(blp, 401, 403, 404, 409, 412, 422, 429)
    def undelete_record(record_id):
        access.require("admin")
        return record_response(records.undelete(kind, record_id, access.change()))
    undelete_record.__doc__ = (f"Admins: bring a deleted {label} back as it was (422 if something it refers "
                               "to is gone meanwhile).")

    @blp.route("/<int:record_id>/revisions", methods=["GET"])
    @blp.response(200, RevisionList)
    @errors(blp, 404)
    def list_revisions(record_id):
        found = history.revisions(kind_name, record_id)
        if not found:
            records.get_version(kind, record_id)  # 404 (or 410) with the usual message
        return json_response({"items": found}, headers=REVEALS_NAMES)
    list_revisions.__doc__ = f"Every change to the {label}, oldest first: who, when, why, and the record after it."

    @blp.route("/<int:record_id>/revisions/<int:version>", methods=["GET"])
    @blp.response(200, Revision)
    @errors(blp, 404)
    def get_revision(record_id, version):
        return json_response(history.revision(kind_name, record_id, version), headers=REVEALS_NAMES)
    get_revision.__doc__ = f"One revision of the {label}."

    @blp.route("/<int:record_id>/revisions/<int:version>/redaction", methods=["POST"])
    @blp.arguments(RedactionIn, content_type="application/json")
    @blp.response(200, Revision)
    @blp.doc(security=SECURITY)
    @errors(blp, 400, 401, 403, 404, 409, 413, 415, 422, 429)
    def redact_revision(data, record_id, version):
        token = access.require("admin")
        return json_response(records.redact(kind, record_id, version, data["reason"], token))
    redact_revision.__doc__ = (f"Admins: erase a revision's content and note from the {label}'s history and "
                               "the change feed, for good, keeping who redacted it, when and why (409 for the "
                               "content the record shows now: change or delete it first).")

    @blp.route("/<int:record_id>/revisions/<int:version>/restore", methods=["POST"])
    @blp.response(200, schema_out)
    @write_doc(blp, IF_MATCH, CHANGE_NOTE)
    @errors(blp, 401, 403, 404, 410, 412, 422, 428, 429)
    def restore_revision(record_id, version):
        change = access.change(access.expected_version())
        content = history.content_to_restore(kind_name, record_id, version)   # 422 for a deletion or redaction
        if change.note is None:
            change = records.Change(change.token_id, change.token_name, f"Restore revision {version}.",
                                    change.expected_version)
        return updated_response(edits.restore(kind, record_id, content, change, shared(schema_in).load))
    restore_revision.__doc__ = (f"Make the {label} what it was at an earlier revision: a new revision whose "
                                "content equals the old one.")

    return blp


def related_route(blp, path, schema_out, summary):
    """GET /v1/<kind>/<id>/<path>: records related to one record, queried like their collection.

    The route is its collection with one filter set to the record's ID (filters.RELATIONS), so it takes the
    same query parameters and gets the same plan; the owner must exist."""
    owner_kind = records.kind_of(blp.name)
    kind_name, _ = filters.RELATIONS[(blp.name, path)]

    def view(args, record_id):
        records.get_version(owner_kind, record_id)  # 404 for a record that never existed, 410 if deleted
        return listing.answer(kind_name, *filters.related(blp.name, path, record_id, args))

    view.__name__ = f"{blp.name}_{path.replace('-', '_')}"
    view.__doc__ = summary
    view = document_errors(blp, 400, 404, 406, 410)(view)
    view = formats_doc(blp, kind_name, page_of(schema_out, kind_name == "events"))(view)
    view = blp.response(200, page_of(schema_out, kind_name == "events"))(view)
    view = blp.arguments(QUERY_SCHEMAS[kind_name], location="query")(view)
    blp.route(f"/<int:record_id>/{path}", methods=["GET"])(view)
