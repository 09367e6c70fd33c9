"""What the services raise when a request cannot be carried out; api/errors.py turns each into problem+json."""


class ServiceError(Exception):
    status = 400
    title = "Bad request"

    def __init__(self, detail, **extra):
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class NotFound(ServiceError):
    status = 404
    title = "Not found"


class InvalidInput(ServiceError):
    """The input is well-formed but refers to records that do not exist, or breaks a rule across records.

    `errors` maps field -> messages, nested like marshmallow's, so clients handle both alike."""

    status = 422
    title = "Invalid input"

    def __init__(self, errors, detail="The request body has invalid fields; see errors."):
        super().__init__(detail, errors=errors)


class InvalidParameter(ServiceError):
    """A query parameter's value cannot be used (a cursor this service did not issue)."""

    status = 400
    title = "Bad request"

    def __init__(self, errors, detail="A query parameter is invalid; see errors."):
        super().__init__(detail, errors=errors)


class StillReferenced(ServiceError):
    status = 409
    title = "Still referenced"

    def __init__(self, detail, referenced_by):
        super().__init__(detail, referenced_by=referenced_by)


class Gone(ServiceError):
    """The record existed and was deleted: its tombstone says when and by whom."""

    status = 410
    title = "Gone"


class PreconditionFailed(ServiceError):
    """The client's If-Match names a version that is no longer current."""

    status = 412
    title = "Precondition failed"


class PreconditionRequired(ServiceError):
    status = 428
    title = "Precondition required"


class Unauthorized(ServiceError):
    status = 401
    title = "Unauthorized"


class Forbidden(ServiceError):
    status = 403
    title = "Forbidden"


class Conflict(ServiceError):
    """The request is valid but the state of what it names forbids it (a name taken, a redacted revision)."""

    status = 409
    title = "Conflict"


class RetryLater(ServiceError):
    """A refusal the client may try again: `retry_after` says in how many seconds (the Retry-After header)."""

    def __init__(self, detail, retry_after):
        super().__init__(detail)
        self.retry_after = retry_after


class TooManyRequests(RetryLater):
    """The client has used up its read rate limit."""

    status = 429
    title = "Too many requests"


class Busy(RetryLater):
    """The server is doing as many of these at once as it may."""

    status = 503
    title = "Service busy"
