"""The create/read/update/delete routes every kind of record has, documented from its schemas.

Each resource module makes its blueprint with `collection_blueprint` and adds its own relation routes.
"""
from flask import request
from flask_smorest import abort

from schemas.common import Problem, page_of
from schemas.queries import GEO_KINDS, QUERY_SCHEMAS, record_args

from ..http import json_response
from ..parsing import Blueprint, parse_json_body
from ..services import queries, records
from . import listing

PROBLEM = {"schema": Problem, "content_type": "application/problem+json"}
PATCH_TYPES = ("application/merge-patch+json", "application/json")


def merge_patch_body():
    """The request's JSON merge patch document, which must be an object."""
    body = parse_json_body(request.get_data(cache=True))
    if not isinstance(body, dict):
        abort(422, messages={"json": {"_schema": ["A merge patch must be a JSON object."]}})
    return body


def document_errors(blp, *codes):
    def decorate(view):
        for code in codes:
            view = blp.alt_response(code, **PROBLEM)(view)
        return view
    return decorate


def collection_blueprint(kind_name, schema_in, schema_out, description):
    """A blueprint with GET/POST on /v1/<kind> and GET/PUT/PATCH/DELETE on /v1/<kind>/<id>."""
    kind = records.kind_of(kind_name)
    label = kind.label()
    blp = Blueprint(kind_name, __name__, url_prefix=f"/v1/{kind_name}", description=description)
    page_schema = page_of(schema_out)
    query_schema = QUERY_SCHEMAS[kind_name]
    record_schema = record_args(kind_name)
    errors = document_errors

    @blp.route("", methods=["GET"])
    @blp.arguments(query_schema, location="query")
    @blp.response(200, page_schema, description="A page of records (JSON); or CSV, GeoJSON, NDJSON: see format.")
    @errors(blp, 400, 406)
    def list_records(args):
        return listing.answer(kind_name, args)
    list_records.__doc__ = (f"List {kind_name}: filter, sort, page with a cursor; as JSON, CSV"
                            f"{', GeoJSON' if kind_name in GEO_KINDS else ''} or an NDJSON export.")

    @blp.route("", methods=["POST"])
    @blp.arguments(schema_in, content_type="application/json")
    @blp.response(201, schema_out, headers={"Location": {"schema": {"type": "string"}}})
    @errors(blp, 400, 413, 415, 422)
    def create_record(data):
        record = records.create(kind, data)
        return json_response(record, status=201, headers={"Location": record["href"]})
    create_record.__doc__ = f"Create a {label}."

    @blp.route("/<int:record_id>", methods=["GET"])
    @blp.arguments(record_schema, location="query")
    @blp.response(200, schema_out)
    @errors(blp, 400, 404)
    def get_record(args, record_id):
        return json_response(records.get(kind, record_id, queries.shape_of(kind_name, args)))
    get_record.__doc__ = f"One {label}, with its links resolved (include= and fields= shape it)."

    @blp.route("/<int:record_id>", methods=["PUT"])
    @blp.arguments(schema_in, content_type="application/json")
    @blp.response(200, schema_out)
    @errors(blp, 400, 404, 413, 415, 422)
    def replace_record(data, record_id):
        return json_response(records.replace(kind, record_id, data))
    replace_record.__doc__ = f"Replace a {label}: fields left out take their defaults."

    @blp.route("/<int:record_id>", methods=["PATCH"])
    @blp.doc(requestBody={"required": True, "content": {
        media_type: {"schema": schema_in(partial=True)} for media_type in PATCH_TYPES}})
    @blp.response(200, schema_out)
    @errors(blp, 400, 404, 413, 415, 422)
    def patch_record(record_id):
        # Not parsed by a partial schema: in a merge patch, null means "remove", which the schema would
        # refuse. The merged record is validated whole by the full schema instead.
        return json_response(records.patch(kind, record_id, merge_patch_body(), schema_in().load))
    patch_record.__doc__ = (f"Change some fields of a {label} (RFC 7396 JSON merge patch: null removes a "
                            "field, objects merge, lists are replaced whole).")

    @blp.route("/<int:record_id>", methods=["DELETE"])
    @blp.response(204)
    @errors(blp, 404, 409)
    def delete_record(record_id):
        records.delete(kind, record_id)
        return "", 204
    delete_record.__doc__ = f"Delete a {label}; refused with 409 while other records refer to it."

    return blp


def related_route(blp, path, kind_name, schema_out, select, summary):
    """GET /v1/<kind>/<id>/<path>: records of kind_name related to one record, queried like the collection.

    `select(record_id)` gives the WHERE clause on the related kind's model; the owner must exist.
    """
    owner_kind = records.kind_of(blp.name)

    def view(args, record_id):
        records.get_version(owner_kind, record_id)  # 404 for a record that does not exist
        return listing.answer(kind_name, args, where=select(record_id))

    view.__name__ = f"{blp.name}_{path.replace('-', '_')}"
    view.__doc__ = summary
    view = document_errors(blp, 400, 404, 406)(view)
    view = blp.response(200, page_of(schema_out))(view)
    view = blp.arguments(QUERY_SCHEMAS[kind_name], location="query")(view)
    blp.route(f"/<int:record_id>/{path}", methods=["GET"])(view)
