"""How the OpenAPI document is generated from the schemas: component names, linked-record fields, and the
error responses (problem documents), through apispec's plugin hooks and flask-smorest's public class settings."""
import http

from apispec.ext.marshmallow import MarshmallowPlugin, resolver
from marshmallow import fields

from schemas import external_ids
from schemas import local_terms
from schemas.common import MAX_ID, Linked, OpenWords, Terms
from schemas.problems import Problem
from schemas.parameters import CommaList
from schemas.id_filters import IdFilter

PROBLEM_TYPE = "application/problem+json"
# flask-smorest's description of its catch-all error response (Api.DEFAULT_ERROR_RESPONSE_NAME), replaced by ours.
LIBRARY_DEFAULT_ERROR = "Default error response"
DEFAULT_ERROR = "An error: an RFC 9457 problem document."

# endpoint ("events.get_record") -> the error statuses its view may answer: see document_errors.
ERROR_RESPONSES = {}


def document_errors(blp, *codes):
    """Document the error responses a view may give, each a Problem as application/problem+json. Only noted
    here, for Plugin.operation_helper: the view itself is returned as it is (flask-smorest's alt_response would
    wrap it in one more function call per request and code)."""
    def decorate(view):
        ERROR_RESPONSES[f"{blp.name}.{view.__name__}"] = codes
        return view
    return decorate


def _is_problem(schema):
    return schema is Problem or isinstance(schema, Problem)


def schema_name(schema):
    """Component names: the class name, and '<name>Patch' for the partial schemas PATCH documents."""
    name = resolver(schema)
    return f"{name}Patch" if getattr(schema, "partial", False) is True else name


def _linked(self, field, ret, **kwargs):
    """A Linked field is the linked record's ID, or the record itself when include= names it."""
    if not isinstance(field, Linked):
        return {}
    if "$ref" in ret:
        ref = {"$ref": ret.pop("$ref")}
    else:  # apispec wraps a nullable or described reference in anyOf/allOf
        wrapped = ret.pop("anyOf", None) or ret.pop("allOf", None) or []
        ref = next(item for item in wrapped if "$ref" in item)
        ret.pop("type", None)
    linked = {"oneOf": [{"type": "integer", "description": "The linked record's ID (not included)."}, ref]}
    return {**linked, "nullable": True} if field.allow_none else linked


def _nullable_nested(self, field, ret, **kwargs):
    """A nested object that may be null (an event claim's `dates`, a deadline's `date`): apispec says it as
    anyOf [the object, any object that is null], whose second branch reads as an object of any shape; say it
    as the object itself, nullable (allOf keeps the description beside the $ref in OpenAPI 3.0)."""
    wrapped = ret.get("anyOf")
    if isinstance(field, Linked) or not wrapped or len(wrapped) != 2:
        return {}
    refs = [item for item in wrapped if "$ref" in item]
    if len(refs) == 1 and {"type": "object", "nullable": True} in wrapped:
        ret.pop("anyOf")
        return {"allOf": refs, "nullable": True}
    return {}


def _comma_list(self, field, ret, **kwargs):
    """A CommaList travels as one string: type=FIGHT,ASSAULT."""
    if not isinstance(field, CommaList):
        return {}
    inner = ret.pop("items", {})
    for key in ("minItems", "maxItems"):
        ret.pop(key, None)
    values = inner.get("enum") or next((item["enum"] for item in inner.get("anyOf", ()) if "enum" in item), None)
    words = any(isinstance(v, OpenWords) for v in getattr(field.inner, "validators", ()))
    note = f" Values: {', '.join(values)}." if values and not words else ""
    name = next((v.open_name for v in getattr(field.inner, "validators", ()) if isinstance(v, Terms)), None)
    if words:
        note += f" Any words, the documented ones and local terms (local:...) listed by GET /v1/vocabularies/{name}."
    elif name is not None:
        note += f" Or local terms (local:...) registered in {name}: GET /v1/vocabularies/{name} lists them."
    return {"type": "string", "description": (ret.get("description", "") + " Comma-separated." + note).strip()}


def _local_terms(self, field, ret, **kwargs):
    """A field over an open vocabulary takes its standard terms or a local term registered for it (issue 10,
    terms): anyOf the enum and the local:<snake_case> pattern, with where the local terms are listed."""
    name = next((v.open_name for v in field.validators if isinstance(v, Terms)), None)
    if name is None:
        return {}
    if any(isinstance(v, OpenWords) for v in field.validators):   # words, documented without an enum (open31)
        ret.pop("enum", None)
        return {"description": (ret.get("description", "") + f" Any words: the documented terms and the local terms "
                                f"(local:...) registered in {name}, as GET /v1/vocabularies/{name} lists them, or "
                                "others as written.").strip()}
    ret.pop("type", None)
    enum = ret.pop("enum")
    standard = {"type": "string", "enum": [term for term in enum if term is not None]}   # null: nullable, as before
    local = {"type": "string", "pattern": local_terms.PATTERN,
             "description": f"A local term an admin registered in {name}: GET /v1/vocabularies/{name} lists them."}
    described = (ret.get("description", "") + f" An open vocabulary ({name}): a standard term, or a local term "
                 f"(local:...) registered for it, as GET /v1/vocabularies/{name} lists them.").strip()
    return {"anyOf": [standard, local], "description": described}


def _id_or_external_id(self, field, ret, **kwargs):
    """A field (or filter) that takes a record's ID takes one of its external IDs too (api/services/
    references.py): an integer, or scheme:value in one of the schemes of the kind it links to."""
    link = field.metadata.get("link")
    if link not in external_ids.ALL_KINDS or not isinstance(field, (fields.Integer, IdFilter)):
        return {}
    for key in ("type", "minimum", "maximum", "format"):
        ret.pop(key, None)
    return {"oneOf": [{"type": "integer", "minimum": 1, "maximum": MAX_ID},
                      {"type": "string", "pattern": external_ids.reference_pattern(link),
                       "description": f"An external ID of the {link[:-3] + 'y' if link.endswith('ies') else link[:-1]}: "
                                      "scheme:value, as wikidata:Q399."}]}


# The path parameters of the routes (flask-smorest documents their type from the URL rule, not their meaning).
PATH_PARAMETERS = {
    "record_id": "The record's ID.",
    "version": "A version of the record: 1 is its creation, and each change adds one.",
    "token_id": "The token's ID (as GET /v1/tokens lists them).",
    "job_id": "The import's ID (as POST /v1/imports answered it, or GET /v1/imports lists them).",
    "name": "The property's name (as GET /v1/properties lists them).",
    "vocabulary": "The vocabulary's name (as GET /v1/vocabularies lists them): legal_charges.",
    "term": "A local term of the vocabulary: local:<snake_case>.",
}


AS_OF_HEADERS = {
    "As-Of-Change": {"description": "Only when asked with as_of or release: the change cursor of the last change "
                                    "the answer includes (ask again with it for the same answer).",
                     "schema": {"type": "string"}},
    "As-Of": {"description": "Only when asked with as_of or release: the time the answer stands for (the time "
                             "asked, or that change's), ISO 8601 in UTC; absent before the first change.",
              "schema": {"type": "string", "format": "date-time"}},
}


def _name_the_moment(responses):
    """A read asked as of a past moment echoes it in two headers (docs/api.md "As of a past moment")."""
    for code, response in responses.items():
        if str(code).startswith("2") and isinstance(response, dict) and "$ref" not in response:
            response.setdefault("headers", {}).update(AS_OF_HEADERS)


class Plugin(MarshmallowPlugin):
    def __init__(self):
        super().__init__(schema_name_resolver=schema_name)

    def path_helper(self, parameters=None, **kwargs):
        """Describe the path parameters, which flask-smorest's own plugin (run before this one) lists."""
        for parameter in parameters or []:
            if isinstance(parameter, dict) and parameter.get("in") == "path" and parameter["name"] in PATH_PARAMETERS:
                parameter.setdefault("description", PATH_PARAMETERS[parameter["name"]])
        return super().path_helper(parameters=parameters, **kwargs)

    def operation_helper(self, path=None, operations=None, **kwargs):
        """Add the error responses document_errors noted for the route's view (flask-smorest passes the rule)."""
        rule = kwargs.get("rule")
        codes = ERROR_RESPONSES.get(rule.endpoint, ()) if rule is not None else ()
        for operation in (operations or {}).values():
            if not isinstance(operation, dict):
                continue
            responses = operation.setdefault("responses", {})
            for code in codes:
                responses[str(code)] = {"description": http.HTTPStatus(code).phrase,
                                        "content": {PROBLEM_TYPE: {"schema": Problem}}}
        super().operation_helper(path=path, operations=operations, **kwargs)
        for operation in (operations or {}).values():
            if isinstance(operation, dict) and any(
                    isinstance(parameter, dict) and parameter.get("name") == "as_of"
                    for parameter in operation.get("parameters", ())):
                _name_the_moment(operation["responses"])


    def response_helper(self, response, **kwargs):
        """Error responses (flask-smorest's per-status components, its catch-all, with Api.ERROR_SCHEMA the
        Problem) are documented as what the API sends: a problem document, as application/problem+json."""
        content = response.get("content", {})
        for media_type, body in list(content.items()):
            if media_type != PROBLEM_TYPE and _is_problem(body.get("schema")):
                content[PROBLEM_TYPE] = content.pop(media_type)
                if response.get("description") == LIBRARY_DEFAULT_ERROR:
                    response["description"] = DEFAULT_ERROR
        return super().response_helper(response, **kwargs)

    def schema_helper(self, name, _, schema=None, **kwargs):
        """Records can be shaped by fields=: only id and href are sure to be there."""
        from apispec.ext.marshmallow.common import resolve_schema_cls
        from schemas.common import RecordMeta

        result = super().schema_helper(name, _, schema=schema, **kwargs)
        schema_cls = resolve_schema_cls(schema) if schema is not None else None
        if isinstance(schema_cls, type) and issubclass(schema_cls, RecordMeta) and result:
            result["required"] = ["href", "id"]
        return result

    def init_spec(self, spec):
        super().init_spec(spec)
        self.converter.add_attribute_function(_linked)
        self.converter.add_attribute_function(_comma_list)
        self.converter.add_attribute_function(_nullable_nested)
        self.converter.add_attribute_function(_id_or_external_id)
        self.converter.add_attribute_function(_local_terms)
