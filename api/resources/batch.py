"""POST /v1/batch: several writes, of any kinds, in one transaction (api/services/batch.py)."""
from flask import current_app, request
from marshmallow import ValidationError

from schemas.batch import BatchIn, BatchOut, load_operations

from .. import access
from ..http import json_response
from ..openapi import document_errors
from ..parsing import Blueprint, parse_json_body
from ..services import batch, idempotency
from ..services.exceptions import InvalidInput, ServiceError
from .crud import CHANGE_NOTE, IDEMPOTENCY_KEY, write_doc

blp = Blueprint("batch", __name__, url_prefix="/v1/batch",
                description="Atomic batches: several writes in one transaction, all or nothing.")


class TooLarge(ServiceError):
    status = 413
    title = "Content too large"


def _operations(body):
    """The batch's operations -> (operations, failures): failures maps the index of each operation refused
    before anything runs (its envelope, its if_match) to its error; the others still run (batch31)."""
    limit = current_app.config["BATCH_MAX_OPERATIONS"]
    if isinstance(body, dict) and isinstance(body.get("operations"), list) and len(body["operations"]) > limit:
        raise TooLarge(f"A batch holds at most {limit} operations (BATCH_MAX_OPERATIONS), this one "
                       f"{len(body['operations'])}: split it into several batches.",
                       errors={"operations": [f"At most {limit} operations."]})
    try:
        operations, problems = load_operations(body)
    except ValidationError as error:
        raise InvalidInput(error.messages, detail="The request body is not a batch; see errors. Nothing was "
                                                  "changed.") from None
    failures = {index: InvalidInput(messages) for index, messages in problems.items()}
    for index, operation in enumerate(operations):
        if index not in failures and "if_match" in operation:
            try:
                operation["expected_version"] = access.version_in_if_match(operation["if_match"])
            except ServiceError as error:
                error.extra["errors"] = {"if_match": [error.detail]}
                failures[index] = error
    return operations, failures


@blp.route("", methods=["POST"])
@blp.doc(requestBody={"required": True, "content": {"application/json": {"schema": BatchIn}}})
@blp.response(200, BatchOut, headers={"Idempotent-Replayed": {
    "schema": {"type": "string"}, "description": "true when the answer is a replay (Idempotency-Key)."}})
@write_doc(blp, CHANGE_NOTE, IDEMPOTENCY_KEY)
@document_errors(blp, 400, 401, 403, 404, 409, 410, 412, 413, 415, 422, 428, 429)
def run_batch():
    """Run several writes (create, replace, patch, delete, on any kind) in order, in one transaction: all
    succeed, or none does. Later operations refer to records written earlier by "@<ref>" wherever an ID
    goes. The answer lists one result per operation. When operations fail, the rest still run and then all is
    undone: one problem document names every failing operation, its errors keyed by the operation's index
    (status, title and other members the first failure's; `failures` each one's), and nothing is changed."""
    raw = request.get_data(cache=True)
    operations, failures = _operations(parse_json_body(raw))
    change = access.change()
    key = access.header_text("Idempotency-Key")

    def run():
        return 200, batch.run(operations, change, failures), None

    if key is None:
        _, body, _ = run()
        replayed = False
    else:
        _, body, _, replayed = idempotency.once(change.token_id, key, request.path, raw, run)
    return json_response(body, headers={"Idempotent-Replayed": "true"} if replayed else None)
