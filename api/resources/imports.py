"""/v1/imports: admins post a dataset file (UCDP GED, ...) and follow its import, which runs in the background
(the same import as `conflict-facts import --format`, docs/import-export.md)."""
import dataclasses
import functools
from urllib.parse import urlencode

from flask import current_app, request

from schemas.common import ListArgs
from schemas.imports import ImportJob, ImportJobPage, import_form

from .. import access, uploads
from .. import config as config_module
from ..http import json_response
from ..parsing import Blueprint
from ..services import import_jobs, imports
from .crud import SECURITY, document_errors

blp = Blueprint("imports", __name__, url_prefix="/v1/imports",
                description="Dataset imports over HTTP (admins only): post a file, then follow its state.")


def _form():
    return import_form(tuple(imports.FORMATS))


def _spool_folder():
    return config_module.import_spool_dir(current_app.config)


@blp.route("", methods=["POST"])
@blp.doc(security=SECURITY, requestBody={"required": True, "content": {"multipart/form-data": {"schema": _form()}}})
@blp.response(202, ImportJob, headers={"Location": {"description": "The import's URL: ask it for its state.",
                                                    "schema": {"type": "string"}}})
@document_errors(blp, 400, 401, 403, 413, 415, 429)
def start_import():
    """Post a dataset file as multipart/form-data (`file`, `format`, `strict`): it is stored, and imported in the
    background; the answer is the queued import, at the URL in Location. A Change-Note names the import's
    revisions; by default they read "<format> import of <file name> (/v1/imports/<id>)"."""
    access.require("admin")
    change = access.change()
    form, upload, file_name = uploads.receive(_form(), _spool_folder())
    spooled = import_jobs.spooled(upload, file_name)
    job_id = import_jobs.create(spooled, form["format"], form["strict"], change)
    label = imports.FORMATS[form["format"]].LABEL
    change = dataclasses.replace(change, note=change.note or f"{label} import of {file_name} (/v1/imports/{job_id})")
    current_app.extensions["background_runner"](functools.partial(import_jobs.run, job_id, spooled, change))
    job = import_jobs.get(job_id)
    return json_response(job, status=202, headers={"Location": job["href"]})


@blp.route("", methods=["GET"])
@blp.arguments(ListArgs, location="query")
@blp.response(200, ImportJobPage)
@blp.doc(security=SECURITY)
@document_errors(blp, 400, 401, 403)
def list_imports(args):
    """The imports, newest first, a page at a time (follow `next`)."""
    access.require("admin")
    import_jobs.reap(_spool_folder(), current_app.config["IMPORT_STALE_AFTER"])
    items, cursor = import_jobs.page(args["limit"], args.get("cursor"))
    next_url = f"{request.path}?{urlencode({**request.args.to_dict(), 'cursor': cursor})}" if cursor else None
    headers = {"Link": f'<{next_url}>; rel="next"'} if next_url else {}
    return json_response({"items": items, "next": next_url, "limit": args["limit"]}, headers=headers)


@blp.route("/<int:job_id>", methods=["GET"])
@blp.response(200, ImportJob)
@blp.doc(security=SECURITY)
@document_errors(blp, 401, 403, 404)
def get_import(job_id):
    """One import: its state, progress, and its summary (with the rejected rows' lines and columns) or error."""
    access.require("admin")
    import_jobs.reap(_spool_folder(), current_app.config["IMPORT_STALE_AFTER"])
    return json_response(import_jobs.get(job_id))
