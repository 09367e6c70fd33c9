"""/v1/vocabularies/{vocabulary} and its local terms (issue 10, terms). Anyone reads a vocabulary with the local
terms admins added to it; admins register terms in the open vocabularies and change them (never remove them:
records use them; deprecate instead). The rules are api/services/local_terms.py; docs/api.md, "Local terms"."""
from schemas.vocabulary_terms import LocalTermIn, LocalTermPatch, VocabularyTermOut, VocabularyOut

from .. import access
from ..http import json_response
from ..parsing import Blueprint
from ..services import local_terms
from .crud import SECURITY, document_errors

blp = Blueprint("local_terms", __name__, url_prefix="/v1/vocabularies",
                description="One vocabulary, and the local terms admins add to the open ones (local:...).")


@blp.route("/<string:vocabulary>", methods=["GET"])
@blp.response(200, VocabularyOut)
@document_errors(blp, 404)
def get_vocabulary(vocabulary):
    """One vocabulary: whether it is open, its standard terms, then its local terms (local: true)."""
    return json_response(local_terms.vocabulary(vocabulary))


@blp.route("/<string:vocabulary>/terms", methods=["POST"])
@blp.arguments(LocalTermIn, content_type="application/json")
@blp.response(201, VocabularyTermOut)
@blp.doc(security=SECURITY)
@document_errors(blp, 400, 401, 403, 404, 413, 415, 422, 429)
def create_term(data, vocabulary):
    """Register a local term in an open vocabulary (admins): 404 for no such vocabulary, 422 naming `name` for a
    closed one, `term` for a term taken or a standard term, `broader` for a broader term not standard."""
    access.require("admin")
    found = local_terms.create(vocabulary, data)
    return json_response(found, status=201, headers={"Location": found["href"]})


@blp.route("/<string:vocabulary>/terms/<string:term>", methods=["GET"])
@blp.response(200, VocabularyTermOut)
@document_errors(blp, 404)
def get_term(vocabulary, term):
    """One local term, with what the registry says of it."""
    return json_response(local_terms.get(vocabulary, term))


@blp.route("/<string:vocabulary>/terms/<string:term>", methods=["PATCH"])
@blp.arguments(LocalTermPatch, content_type="application/json")
@blp.response(200, VocabularyTermOut)
@blp.doc(security=SECURITY)
@document_errors(blp, 400, 401, 403, 404, 413, 415, 422, 429)
def patch_term(data, vocabulary, term):
    """Change a local term (admins): its description, broader term, source, or deprecated (true: new writes
    using it are refused; records holding it keep it). There is no DELETE: records use the term."""
    access.require("admin")
    return json_response(local_terms.update(vocabulary, term, data))
