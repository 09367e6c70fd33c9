"""/v1/changes: every create, update and delete across all kinds, in commit order, to sync from."""
from urllib.parse import urlencode

from flask import request

from schemas.history import ChangePage, ChangesQuery

from .. import access
from ..http import json_response
from ..parsing import Blueprint
from ..services import history
from .crud import document_errors

blp = Blueprint("changes", __name__, url_prefix="/v1/changes", description="The change feed.")


@blp.route("", methods=["GET"])
@blp.arguments(ChangesQuery, location="query")
@blp.response(200, ChangePage)
@document_errors(blp, 400, 401, 403)
def changes(args):
    """Changes after a cursor, oldest first, deletions included. Store `cursor` and resume from it."""
    if "token" in args:
        access.require("admin")
    items, cursor, more = history.changes(args.get("after"), args["limit"], args.get("kind"), args.get("token"))
    next_url = None
    headers = {"Vary": "Authorization"}   # who made a change reads differently for admins (pseudonyms)
    if more:
        query = {**request.args.to_dict(), "after": cursor}
        next_url = f"{request.path}?{urlencode(query)}"
        headers["Link"] = f'<{next_url}>; rel="next"'
    return json_response({"items": items, "cursor": cursor, "next": next_url}, headers=headers)
