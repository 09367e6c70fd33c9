"""Small helpers the resources share to build responses."""
import hashlib

import orjson
from flask import Response

JSON_OPTIONS = orjson.OPT_NAIVE_UTC | orjson.OPT_UTC_Z


def json_response(data, status=200, headers=None, mimetype="application/json"):
    return Response(orjson.dumps(data, option=JSON_OPTIONS), status=status, headers=headers, mimetype=mimetype)


def record_response(record, status=200, headers=None):
    """One record, with an ETag that names its version ("<version>-<hash of the body>"): the version makes
    If-Match work; the hash changes when a linked record's name does, so conditional GETs stay right."""
    response = json_response(record, status=status, headers=headers)
    if "version" in record:  # fields= may leave it out; then the generic body-hash ETag applies
        digest = hashlib.sha1(response.get_data()).hexdigest()[:16]
        response.set_etag(f"{record['version']}-{digest}")
    return response
