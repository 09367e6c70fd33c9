"""/v1/releases: admins publish a release (the data frozen at one moment, under a version); anyone lists them
and downloads one, byte-identical every time (services/releases.py). Releases are never changed or deleted."""
import functools

from flask import Response, current_app, g, request, stream_with_context

from schemas.releases import DOWNLOAD_FORMATS, DownloadArgs, Release, ReleaseIn, ReleaseList

from .. import access
from ..http import json_response
from ..parsing import Blueprint
from ..services import releases
from .crud import SECURITY, document_errors

blp = Blueprint("releases", __name__, url_prefix="/v1/releases",
                description="Releases: the data frozen at one moment under a version, to download and cite.")


@blp.route("", methods=["POST"])
@blp.arguments(ReleaseIn, content_type="application/json")
@blp.response(202, Release, headers={"Location": {"description": "The release's URL: ask it for its state.",
                                                  "schema": {"type": "string"}}})
@blp.doc(security=SECURITY)
@document_errors(blp, 400, 401, 403, 409, 413, 415, 422, 429)
def publish(data):
    """Publish a release (admins): the version is taken at once (409 if it is already), then the data is frozen
    and packaged in the background; the answer is the release, `publishing`, at the URL in Location."""
    access.require("admin")
    change = access.change()
    release_id = releases.reserve(data["version"], data["note"], change, data["license"])
    current_app.extensions["background_runner"](functools.partial(_run_quietly, release_id))
    release = releases.get(data["version"])
    return json_response(release, status=202, headers={"Location": release["href"]})


def _run_quietly(release_id):
    """The release's failure is its `state` and `error`, which GET shows; the background thread stops there."""
    try:
        releases.run(release_id)
    except Exception:   # noqa: BLE001 - recorded on the release (and logged by the service)
        pass


@blp.route("", methods=["GET"])
@blp.response(200, ReleaseList)
@document_errors(blp, 400)
def list_releases():
    """Every release, newest first: version, note, change cursor, counts per kind, hashes, descriptor."""
    return json_response({"items": releases.listing()})


@blp.route("/<version>", methods=["GET"])
@blp.response(200, Release)
@document_errors(blp, 404)
def get_release(version):
    """One release (404 for a version never published)."""
    return json_response(releases.get(version))


@blp.route("/<version>/download", methods=["GET"])
@blp.arguments(DownloadArgs, location="query")
@blp.doc(responses={
    "200": {"description": "The release's bytes: the zip, or with format=ndjson the NDJSON export.",
            "headers": {"ETag": {"description": "The download's SHA-256 (hex), quoted.", "schema": {"type": "string"}},
                        "Content-Disposition": {"schema": {"type": "string"}, "description":
                                                "attachment; filename=\"conflict-facts-<version>.<format>\""}},
            "content": {mimetype: {"schema": {"type": "string", "format": "binary"}}
                        for mimetype in DOWNLOAD_FORMATS.values()}},
    "304": {"description": "If-None-Match named this download's ETag: the client has these bytes already."}})
@document_errors(blp, 400, 404, 409)
def download(args, version):
    """The whole release, the same bytes on every request: a zip (datapackage.json and a CSV per kind) or,
    with format=ndjson, the NDJSON export whose SHA-256 the release lists. 409 while it is not published."""
    row = releases.published(version)
    fmt = args["format"]
    sha256 = row["sha256"] if fmt == "ndjson" else row["zip_sha256"]
    size = row["ndjson_bytes"] if fmt == "ndjson" else row["zip_bytes"]
    headers = {"Content-Disposition": f'attachment; filename="conflict-facts-{version}.{fmt}"',
               "Cache-Control": "public, max-age=31536000, immutable"}
    if request.if_none_match.contains(sha256):   # before the stream starts: an unread stream keeps its context
        response = Response(status=304, headers=headers)
    else:
        response = Response(stream_with_context(releases.chunks(row["id"], fmt)), mimetype=DOWNLOAD_FORMATS[fmt],
                            headers={**headers, "Content-Length": str(size)})
        g.streamed = True
    response.set_etag(sha256)
    return response
