"""How request bodies and query strings are read, stricter than webargs' defaults.

- JSON is parsed by orjson: strict JSON (no NaN or Infinity), invalid UTF-8 refused. Nesting deeper than
  MAX_JSON_DEPTH levels is refused (400) before anything walks the value: orjson itself takes up to 1,024
  levels, which every recursive walk in Python (the NUL check, marshmallow) would turn into a RecursionError
  near Python's limit of 1,000 frames. No request body of this API nests more than a few levels.
- A query parameter that takes one value may be given only once: `limit=5&limit=6` is an error, not a
  silent choice of the first; an unknown parameter is an error, not silently ignored.
- Each argument schema is instantiated once, not on every request (webargs builds a new instance of a
  schema class per request, which deep-copies all its fields; a schema instance keeps no state between
  loads, so one per class serves every request).
- The query string's arguments are remembered per schema and query string, for the most recent
  QUERY_CACHE_SIZE of them: the same query string always gives the same arguments (nothing in parsing
  depends on anything else), so a repeated one (`?include=participants` on every record read) skips the
  checks and the schema. Only successes are remembered: an invalid query string is parsed again, and
  answered with the same 400 every time. Each request gets its own copy of the arguments.
"""
import difflib

import flask
import flask_smorest
from flask_smorest import abort
from marshmallow import RAISE, Schema, fields
from webargs import core
from webargs.flaskparser import FlaskParser, is_json_request

from . import jsonio


def _nul_errors(value, errors=None, key=None):
    """Field -> messages for every string holding a NUL character (PostgreSQL cannot store one, so neither
    engine accepts it: the API is the same on both)."""
    if isinstance(value, dict):
        found = {}
        for name, item in value.items():
            _nul_errors(item, found, name)
            if "\x00" in name:
                found[name] = ["Field names must not contain NUL characters."]
        if found and errors is not None:
            errors[key] = found
        return found
    if isinstance(value, list):
        found = {}
        for index, item in enumerate(value):
            _nul_errors(item, found, str(index))
        if found and errors is not None:
            errors[key] = found
        return found
    if isinstance(value, str) and "\x00" in value and errors is not None:
        errors[key] = ["Must not contain NUL characters."]
    return {}


MAX_JSON_DEPTH = 64


def _depth_exceeds(value, limit):
    """Whether arrays and objects nest deeper than `limit` levels (walked without recursion)."""
    level = [value]
    for _ in range(limit):
        level = [child for item in level if isinstance(item, (dict, list))
                 for child in (item.values() if isinstance(item, dict) else item)]
        if not level:
            return False
    return any(isinstance(item, (dict, list)) for item in level)


def parse_json_body(data):
    """Bytes -> JSON value; answers 400 problem+json for anything that is not strict JSON, or nests deeper
    than MAX_JSON_DEPTH."""
    try:
        value = jsonio.loads(data)
    except jsonio.DecodeError:
        abort(400, messages={"json": ["Invalid JSON body."]})
    if _depth_exceeds(value, MAX_JSON_DEPTH):
        abort(400, message=f"The request body nests arrays and objects deeper than {MAX_JSON_DEPTH} levels.",
              messages={"json": [f"Nested deeper than {MAX_JSON_DEPTH} levels."]})
    if isinstance(value, str) and "\x00" in value:
        abort(422, messages={"json": {"_schema": ["Must not contain NUL characters."]}})
    nul = _nul_errors(value)
    if nul:
        abort(422, messages={"json": nul})
    return value


def _is_multiple(schema, name):
    field = schema.fields.get(name)
    return getattr(field, "is_multiple", isinstance(field, fields.List))


def _copy_arguments(arguments):
    """A request's own copy of remembered arguments: the dict and its lists (the other values are
    immutable: strings, numbers, dates, tuples)."""
    return {name: list(value) if isinstance(value, list) else value for name, value in arguments.items()}


QUERY_CACHE_SIZE = 1024
UNKNOWN = "Unknown field."


def _close_names(name, schema):
    """The parameters of `schema` a misspelt or shortened `name` may mean: close by difflib, or the name with a
    prefix (treaty_link -> about_treaty_link), at most three; first the names the collection declares for this wrong
    name (schemas/query_hints.py: actor -> party on treaties; cond30)."""
    known = sorted(field.data_key or key for key, field in schema.load_fields.items())
    meant = [other for other in getattr(schema, "WRONG_NAMES", {}).get(name, ()) if other in known]
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.75)
    longer = [other for other in known if other.endswith("_" + name) and other not in close]
    return list(dict.fromkeys(meant + longer + close))[:3]


def _with_close_names(messages, schema):
    """An unknown query parameter's message names the parameters it may mean (trial t40: treaty_link=, a 400
    that did not say about_treaty_link)."""
    hinted = {}
    for name, found in messages.items():
        close = _close_names(name, schema) if found == [UNKNOWN] else []
        hinted[name] = [f"{UNKNOWN} Did you mean {' or '.join(close)}?"] if close else found
    return hinted


class StrictParser(FlaskParser):
    # An unknown query parameter is an error, never ignored (webargs' default for query strings is EXCLUDE).
    DEFAULT_UNKNOWN_BY_LOCATION = {**FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION, "query": RAISE, "json": RAISE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._schemas = {}
        self._queries = {}   # (schema class, query string) -> arguments; oldest first

    def parse(self, argmap, req=None, *, location=None, unknown=core._UNKNOWN_DEFAULT_PARAM, validate=None,
              **kwargs):
        cacheable = (location == "query" and unknown is core._UNKNOWN_DEFAULT_PARAM and validate is None
                     and isinstance(argmap, type))
        if not cacheable:
            return super().parse(argmap, req, location=location, unknown=unknown, validate=validate, **kwargs)
        key = (argmap, (req if req is not None else flask.request).query_string)
        arguments = self._queries.get(key)
        if arguments is None:
            arguments = super().parse(argmap, req, location=location, **kwargs)
            if not isinstance(arguments, dict):
                return arguments
            queries = self._queries
            queries[key] = arguments
            while len(queries) > QUERY_CACHE_SIZE:
                try:
                    del queries[next(iter(queries))]
                except (KeyError, RuntimeError, StopIteration):  # another thread got there first
                    pass
        return _copy_arguments(arguments)

    def handle_error(self, error, req, schema, *, error_status_code, error_headers):
        # webargs' documented override point; its messages are keyed by location by then
        query = error.messages.get("query") if isinstance(error.messages, dict) else None
        if isinstance(query, dict):
            error.messages = {**error.messages, "query": _with_close_names(query, schema)}
        return super().handle_error(error, req, schema, error_status_code=error_status_code,
                                    error_headers=error_headers)

    def _get_schema(self, argmap, req):
        if isinstance(argmap, type) and issubclass(argmap, Schema):
            schema = self._schemas.get(argmap)
            if schema is None:
                schema = self._schemas[argmap] = argmap()
            return schema
        return super()._get_schema(argmap, req)

    def _raw_load_json(self, req):
        if not is_json_request(req):
            return core.missing
        return parse_json_body(req.get_data(cache=True))

    def load_querystring(self, req, schema):
        repeated = {name: ["Give this parameter once (separate several values with commas)."]
                    for name in req.args if len(req.args.getlist(name)) > 1 and not _is_multiple(schema, name)}
        if repeated:
            abort(400, messages={"query": repeated})
        nul = {name: ["Must not contain NUL characters."] for name, value in req.args.items(multi=True)
               if "\x00" in value or "\x00" in name}
        if nul:
            abort(400, messages={"query": nul})
        return super().load_querystring(req, schema)


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = StrictParser()
