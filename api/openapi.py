"""How the OpenAPI document is generated from the schemas: component names and linked-record fields."""
from apispec.ext.marshmallow import MarshmallowPlugin, resolver

from schemas.common import Linked
from schemas.arguments import CommaList


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


def _comma_list(self, field, ret, **kwargs):
    """A CommaList travels as one string: type=FIGHT,ASSAULT."""
    if not isinstance(field, CommaList):
        return {}
    inner = ret.pop("items", {})
    for key in ("minItems", "maxItems"):
        ret.pop(key, None)
    values = inner.get("enum")
    note = f" Values: {', '.join(values)}." if values else ""
    return {"type": "string", "description": (ret.get("description", "") + " Comma-separated." + note).strip()}


# The path parameters of the routes (flask-smorest documents their type from the URL rule, not their meaning).
PATH_PARAMETERS = {
    "record_id": "The record's ID.",
    "version": "A version of the record: 1 is its creation, and each change adds one.",
    "token_id": "The token's ID (as GET /v1/tokens lists them).",
}


class Plugin(MarshmallowPlugin):
    def __init__(self):
        super().__init__(schema_name_resolver=schema_name)

    def path_helper(self, parameters=None, **kwargs):
        """Describe the path parameters, which flask-smorest's own plugin (run before this one) lists."""
        for parameter in parameters or []:
            if isinstance(parameter, dict) and parameter.get("in") == "path" and parameter["name"] in PATH_PARAMETERS:
                parameter.setdefault("description", PATH_PARAMETERS[parameter["name"]])
        return super().path_helper(parameters=parameters, **kwargs)

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
