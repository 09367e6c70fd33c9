"""Small helpers the resources share to build responses."""
from urllib.parse import urlencode

import orjson
from flask import Response, request

JSON_OPTIONS = orjson.OPT_NAIVE_UTC | orjson.OPT_UTC_Z


def json_response(data, status=200, headers=None, mimetype="application/json"):
    return Response(orjson.dumps(data, option=JSON_OPTIONS), status=status, headers=headers, mimetype=mimetype)


def page_response(items, next_cursor, limit):
    """A page of a collection: the next page's URL in the body and in an RFC 8288 Link header."""
    next_url = None
    headers = {}
    if next_cursor:
        args = request.args.to_dict()
        args["cursor"] = next_cursor
        next_url = f"{request.path}?{urlencode(args)}"
        headers["Link"] = f'<{next_url}>; rel="next"'
    return json_response({"items": items, "next": next_url, "limit": limit}, headers=headers)
