"""/v1/tokens: admins manage API tokens (the CLI does the same on the server)."""
from schemas.history import NewToken, Token, TokenIn, TokenList

from .. import access
from ..http import json_response
from ..parsing import Blueprint
from ..services import tokens
from .crud import SECURITY, document_errors

blp = Blueprint("tokens", __name__, url_prefix="/v1/tokens", description="API tokens (admins only).")


@blp.route("", methods=["GET"])
@blp.response(200, TokenList)
@blp.doc(security=SECURITY)
@document_errors(blp, 401, 403)
def list_tokens():
    """Every token, revoked ones included (never the secrets)."""
    access.require("admin")
    return json_response({"items": tokens.all_tokens()})


@blp.route("", methods=["POST"])
@blp.arguments(TokenIn, content_type="application/json")
@blp.response(201, NewToken)
@blp.doc(security=SECURITY)
@document_errors(blp, 400, 401, 403, 409, 413, 415, 422, 429)
def create_token(data):
    """Create a token; the answer holds the secret token, shown this once (409 if the name is taken)."""
    access.require("admin")
    token, secret = tokens.create(data["name"], data["role"], data["expires_at"])
    return json_response({**token, "token": secret}, status=201, headers={"Location": token["href"]})


@blp.route("/<int:token_id>", methods=["GET"])
@blp.response(200, Token)
@blp.doc(security=SECURITY)
@document_errors(blp, 401, 403, 404)
def get_token(token_id):
    """One token."""
    access.require("admin")
    return json_response(tokens.get(token_id))


@blp.route("/<int:token_id>", methods=["DELETE"])
@blp.response(200, Token)
@blp.doc(security=SECURITY)
@document_errors(blp, 401, 403, 404)
def revoke_token(token_id):
    """Revoke a token: it stops working at once; the history keeps its name."""
    access.require("admin")
    return json_response(tokens.revoke(token_id))


@blp.route("/<int:token_id>/rotate", methods=["POST"])
@blp.response(200, NewToken)
@blp.doc(security=SECURITY)
@document_errors(blp, 401, 403, 404, 409, 429)
def rotate_token(token_id):
    """Give a token a new secret, shown this once; the old one stops working at once. The token keeps its ID,
    name, role, expiry and history (409 if it is revoked)."""
    access.require("admin")
    token, secret = tokens.rotate(token_id)
    return json_response({**token, "token": secret})
