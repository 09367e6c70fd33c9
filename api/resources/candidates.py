"""GET /v1/search: find before you write. Candidates across kinds by name, alias, external ID or text."""
from schemas.arguments import QUERY_SCHEMAS
from schemas.search import SearchQuery
from schemas.search import CandidateList

from ..http import json_response
from ..openapi import document_errors
from ..parsing import Blueprint
from ..services import candidates

blp = Blueprint("search", __name__, url_prefix="/v1/search",
                description="Find records across kinds by name, alias, external ID or text.")


@blp.route("", methods=["GET"])
@blp.arguments(SearchQuery, location="query")
@blp.response(200, CandidateList)
@document_errors(blp, 400, 401, 403, 429)
def search(args):
    """Candidates for a name, an alias (any language), an external ID or words, across kinds, best first:
    exact name or ID, exact alias, prefix, word prefix, full text. Each says what matched and how."""
    kinds = [kind for kind in QUERY_SCHEMAS if kind in (args.get("kind") or QUERY_SCHEMAS)]
    items = candidates.candidates(args["q"], kinds, args["limit"])
    return json_response({"items": items, "q": args["q"], "limit": args["limit"]})
