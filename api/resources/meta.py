"""/ (where to start), /healthz, /readyz, /v1/vocabularies, and the self-hosted assets of the /docs page."""
import swagger_ui_bundle
import flask
from flask import redirect, send_from_directory
from marshmallow import fields

from schemas.common import StrictSchema
from schemas.vocabulary_terms import VocabularyTermOut

from ..http import json_response
from ..services import local_terms, migrations
from ..parsing import Blueprint

blp = Blueprint("meta", __name__, description="Where to start, health and vocabularies.")

COLLECTIONS = ("events", "actors", "places", "treaties", "statements", "sources")


class Vocabularies(StrictSchema):
    vocabularies = fields.Dict(keys=fields.String(), values=fields.List(fields.Nested(VocabularyTermOut)), required=True, metadata={
        "description": "Vocabulary name (event_types, participant_roles...) -> its terms, in order: the standard "
                       "ones, then the local ones admins added to an open vocabulary (local: true)."})
    open = fields.Dict(keys=fields.String(), values=fields.Boolean(), required=True, metadata={
        "description": "Vocabulary name -> true when it is open: admins may add local terms to it (local:...; "
                       "POST /v1/vocabularies/{name}/terms); false when closed."})


class Health(StrictSchema):
    status = fields.String(required=True, metadata={"description": "ok while the service answers."})


class Index(StrictSchema):
    title = fields.String(required=True, metadata={"description": "The service's name."})
    description = fields.String(required=True, metadata={"description": "What it serves, and who may read it."})
    links = fields.Dict(keys=fields.String(), values=fields.String(), required=True, metadata={
        "description": "Name -> URL path: the collections, the change feed, the vocabularies, the "
                       "documentation (/docs), the OpenAPI document and the health checks."})


@blp.route("/", methods=["GET"])
@blp.response(200, Index)
def index():
    """Where to start: links to every collection, the change feed, the vocabularies and the documentation."""
    links = {name: f"/v1/{name}" for name in COLLECTIONS}
    links.update({"changes": "/v1/changes", "vocabularies": "/v1/vocabularies", "docs": "/docs",
                  "openapi": "/openapi.json", "health": "/healthz", "readiness": "/readyz"})
    config = flask.current_app.config
    access = ("Reads need a token: send Authorization: Bearer <token>." if config["READS_NEED_TOKEN"] else
              "Reads are public; writes need a token (Authorization: Bearer <token>).")
    return json_response({"title": config["API_TITLE"],
                          "description": f"Structured facts about armed conflicts. {access} See docs.",
                          "links": links})


@blp.route("/v1/vocabularies", methods=["GET"])
@blp.response(200, Vocabularies)
def vocabularies():
    """Every controlled vocabulary the API uses, with what each term means."""
    listing, open_ = local_terms.listing()
    return json_response({"vocabularies": listing, "open": open_})


class Readiness(StrictSchema):
    status = fields.String(required=True, metadata={
        "description": "ready, migrations pending, or unavailable (the database cannot be reached)."})
    database = fields.String(required=True, metadata={
        "description": "ok, or the kind of error met reaching the database."})
    pending_migrations = fields.List(fields.String(), required=True, metadata={
        "description": "Migrations not yet applied: run `conflict-facts db upgrade`."})


@blp.route("/readyz", methods=["GET"])
@blp.response(200, Readiness)
@blp.alt_response(503, schema=Readiness)
def readyz():
    """200 when the database answers and its migrations are current; 503 otherwise (take the instance out of
    the load balancer until then)."""
    try:
        pending = migrations.pending_on_open_connection()
    except Exception as error:  # any failure to reach the database means: not ready
        return json_response({"status": "unavailable", "database": type(error).__name__,
                              "pending_migrations": []}, status=503)
    status = 200 if not pending else 503
    return json_response({"status": "ready" if status == 200 else "migrations pending", "database": "ok",
                          "pending_migrations": pending}, status=status)


@blp.route("/healthz", methods=["GET"])
@blp.response(200, Health)
def healthz():
    """200 while the process is up."""
    return json_response({"status": "ok"})


# Not part of the API, so not in its OpenAPI document: a plain Flask blueprint.
assets = flask.Blueprint("docs_assets", __name__)


@assets.route("/docs/", methods=["GET"])
def docs_with_slash():
    """/docs/ is /docs (a common way to type it)."""
    return redirect("/docs", code=308)


@assets.route("/docs/static/<path:filename>", methods=["GET"])
def docs_static(filename):
    """Swagger UI's files, served from the swagger-ui-bundle package rather than a CDN."""
    return send_from_directory(swagger_ui_bundle.swagger_ui_path, filename, max_age=86400)
