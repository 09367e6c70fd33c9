"""/v1/properties: the registry of properties (issue 10, props). Admins declare the kinds of fact records may hold
beyond their declared fields; anyone reads them. Records carry their values in `properties` (docs/api.md,
"Properties"); the rules are api/services/properties.py."""
from schemas.properties import PropertiesQuery, PropertyIn, PropertyList, PropertyOut, PropertyPatch

from .. import access
from ..http import json_response
from ..parsing import Blueprint
from ..services import properties
from .crud import SECURITY, document_errors

blp = Blueprint("properties", __name__, url_prefix="/v1/properties",
                description="The registry of properties: kinds of fact records may hold beyond their declared "
                            "fields, each with its meaning, the kinds it applies to and its value type.")


@blp.route("", methods=["GET"])
@blp.arguments(PropertiesQuery, location="query")
@blp.response(200, PropertyList)
@document_errors(blp, 400)
def list_properties(args):
    """Every property, by name (applies_to=events: those events take)."""
    return json_response({"items": properties.all_properties(args.get("applies_to"))})


@blp.route("", methods=["POST"])
@blp.arguments(PropertyIn, content_type="application/json")
@blp.response(201, PropertyOut)
@blp.doc(security=SECURITY)
@document_errors(blp, 400, 401, 403, 409, 413, 415, 422, 429)
def create_property(data):
    """Declare a property (admins): 409 if the name is taken, 422 if a kind it applies to declares a field of
    that name."""
    access.require("admin")
    found = properties.create(data)
    return json_response(found, status=201, headers={"Location": found["href"]})


@blp.route("/<string:name>", methods=["GET"])
@blp.response(200, PropertyOut)
@document_errors(blp, 404)
def get_property(name):
    """One property, with how many values records hold of it."""
    return json_response(properties.get(name))


@blp.route("/<string:name>", methods=["PATCH"])
@blp.arguments(PropertyPatch, content_type="application/json")
@blp.response(200, PropertyOut)
@blp.doc(security=SECURITY)
@document_errors(blp, 400, 401, 403, 404, 409, 413, 415, 422, 429)
def patch_property(data, name):
    """Change a property (admins): its label, description, kinds and terms (added; a term or a kind in use is
    kept, 409), and its value type only while no record uses it (409 naming them)."""
    access.require("admin")
    return json_response(properties.update(name, data))


@blp.route("/<string:name>", methods=["DELETE"])
@blp.response(204)
@blp.doc(security=SECURITY)
@document_errors(blp, 401, 403, 404, 409, 429)
def delete_property(name):
    """Remove a property (admins): refused with 409, naming the records, while any record (a deleted one too)
    holds a value of it."""
    access.require("admin")
    properties.delete(name)
    return "", 204
