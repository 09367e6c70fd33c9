"""One place that turns every error into an RFC 9457 problem document (application/problem+json)."""
import logging
import sqlite3

import psycopg2

from flask_smorest import Api
from marshmallow import ValidationError
from peewee import IntegrityError, OperationalError
from werkzeug.exceptions import HTTPException

from schemas.problems import Problem

from . import timeouts
from .http import json_response
from .services.exceptions import (Gone, InvalidInput, PreconditionFailed, PreconditionRequired, ServiceError,
                                  StillReferenced, Unauthorized)

log = logging.getLogger(__name__)

PROBLEM_TYPES = {
    InvalidInput: "/problems/invalid-input",
    StillReferenced: "/problems/still-referenced",
    Gone: "/problems/deleted",
    PreconditionFailed: "/problems/stale-version",
    PreconditionRequired: "/problems/if-match-required",
}


def problem(status, title, detail, type_="about:blank", **extra):
    from flask import request

    body = {"type": type_, "title": title, "status": status, "detail": detail, "instance": request.path}
    body.update({k: v for k, v in extra.items() if v is not None})
    return json_response(body, status=status, mimetype="application/problem+json")


def _stringify_keys(errors):
    """marshmallow keys list positions by int; JSON object keys are strings."""
    if isinstance(errors, dict):
        return {str(k): _stringify_keys(v) for k, v in errors.items()}
    if isinstance(errors, list):
        return [_stringify_keys(e) for e in errors]
    return errors


class ProblemApi(Api):
    """flask-smorest's Api, answering errors as problem+json instead of its own error format. The error
    responses it documents by itself (the catch-all, the 422 of @arguments) name the Problem schema;
    api/openapi.py documents them as application/problem+json."""

    ERROR_SCHEMA = Problem

    def handle_http_exception(self, error):
        data = getattr(error, "data", None) or {}
        messages = data.get("messages") or data.get("errors")
        headers = data.get("headers") or {}
        if messages is not None:
            # webargs keys messages by location (json, query, ...). Query parameters that fail answer 400;
            # bodies that parse but fail validation answer 422.
            locations = set(messages) if isinstance(messages, dict) else set()
            errors = {}
            for location in locations:
                errors.update(messages[location] if isinstance(messages[location], dict)
                              else {"body" if location == "json" else location: messages[location]})
            status = error.code
            if status == 422 and "query" in locations:
                status = 400
            title = "Invalid request body" if status == 422 else "Bad request"
            detail = data.get("message") or (
                "The request has invalid fields; see errors." if status == 422 else
                "The request could not be understood; see errors.")
            if errors == {"body": ["Invalid JSON body."]}:
                detail = "The request body is not valid JSON."
            response = problem(status, title, detail, type_="/problems/invalid-input" if status == 422 else
                               "about:blank", errors=_stringify_keys(errors))
        else:
            response = problem(error.code, error.name, data.get("message") or error.description)
        for name, value in dict(getattr(error, "get_headers", lambda: [])()).items():
            if name.lower() == "allow":
                response.headers["Allow"] = value
        response.headers.extend(headers)
        return response


def register(app):
    @app.errorhandler(ServiceError)
    def service_error(error):
        extra = dict(error.extra)
        challenge = extra.pop("challenge", None)
        if "errors" in extra:
            extra["errors"] = _stringify_keys(extra["errors"])
        response = problem(error.status, error.title, error.detail,
                           type_=PROBLEM_TYPES.get(type(error), "about:blank"), **extra)
        if isinstance(error, Unauthorized):
            response.headers["WWW-Authenticate"] = challenge or 'Bearer realm="conflict-facts"'
        if getattr(error, "retry_after", None):   # 429 (read rate limit), 503 (export slots all taken)
            response.headers["Retry-After"] = str(error.retry_after)
        if isinstance(error, Gone):   # deleted_by: a token's name to admins, its pseudonym to others
            response.vary.add("Authorization")
        return response

    @app.errorhandler(ValidationError)
    def validation_error(error):
        # Raised by a schema outside webargs' parsing: a PATCH's merged record is validated whole.
        return problem(422, "Invalid request body", "The request has invalid fields; see errors.",
                       type_="/problems/invalid-input", errors=_stringify_keys(error.messages))

    def count(error_kind):
        app.extensions["database_errors"].labels(error=error_kind).inc()

    @app.errorhandler(IntegrityError)
    def integrity_error(error):
        # The services check references and rules first; this is the database's own safety net.
        log.warning("integrity error: %s", error)
        count("integrity")
        return problem(409, "Conflict", "The change conflicts with data already stored.")

    @app.errorhandler(OperationalError)
    @app.errorhandler(sqlite3.OperationalError)    # the drivers' own, raised unwrapped while fetching rows
    @app.errorhandler(psycopg2.OperationalError)
    def operational_error(error):
        if timeouts.is_timeout(error):
            count("timeout")
            limit = app.config["QUERY_TIME_LIMIT_MS"]
            return problem(503, "Query too expensive",
                           f"The query ran longer than the {limit} ms limit and was stopped. Narrow it with "
                           "more filters, or export the collection as NDJSON.", type_="/problems/query-timeout")
        log.error("database error: %s", error)
        count("operational")
        response = problem(503, "Service unavailable", "The database is busy or unavailable; try again.")
        response.headers["Retry-After"] = "1"
        return response

    @app.errorhandler(Exception)
    def unexpected(error):
        if isinstance(error, HTTPException):
            return app.extensions["problem_api"].handle_http_exception(error)
        log.exception("unhandled error")
        return problem(500, "Internal Server Error", "The server failed to answer; the error was logged.")
