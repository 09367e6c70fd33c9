"""`as_of` on reads: the request's side of api/services/past.py (docs/api.md "As of a past moment").

Every read of records (one record, collections and their relation routes, stats, exports) takes `as_of`.
The before-request hook parses it (api/services/as_of.py) and opens the read's transaction, in which the
records changed since the moment are put back as they stood then; the view then runs as it always does; the
teardown hook rolls the transaction back, after the last line of a streamed export has been sent (Flask
tears a streamed request down when its stream ends). The moment is echoed in the As-Of and As-Of-Change
headers.

There is no read replica to route to: the API reads and writes one database. Should one come, `as_of` reads
must go to the primary, since they write (and roll back).
"""
from flask import g, request
from peewee import OperationalError

from . import db
from .http import stored_response
from .services import as_of, past, stored, stored_past
from .services.kinds import KINDS

# Reads of one record, which put back only that record and the records it names.
ONE_RECORD = {f"{kind}.get_record" for kind in KINDS} | {"treaties.treaty_provisions"}
# The query of a GET of one record answered from a stored form of the past: no include= or fields=.
MOMENT_ONLY = {"as_of", "release"}
# An answer as of a fixed moment changes only if a revision in it is redacted: caches may keep it this long.
FIXED_MAX_AGE = 3600


def begin():
    """Before a read's view: if it asks for `as_of`, open its transaction and put the past back. A GET of one
    record in full is answered here instead, when the stored form that was its answer then is known
    (api/services/stored_past.py): the response, or None to go on to the view."""
    if request.blueprint not in KINDS or "/revisions" in request.url_rule.rule:
        return   # the history is the same at every moment
    moment = as_of.asked(request.args)
    if moment is None:
        return
    g.as_of = moment
    if request.endpoint in ONE_RECORD:
        kind, record_id = KINDS[request.blueprint], request.view_args["record_id"]
        if request.endpoint.endswith(".get_record") and request.args.keys() <= MOMENT_ONLY:
            found = stored_past.answer(kind.name, record_id, moment.revision_id, stored.FORM)
            if found is not None:   # what GET answered then, as it was stored: the view is not needed
                return stored_response(*found)
        plan = past.plan_one(kind, record_id, moment.revision_id)
        _open(bool(plan.steps))
        if not past.still_valid(plan):   # a write committed since the plan was made: plan again, in here
            plan = past.plan_one(kind, record_id, moment.revision_id)
            if plan.steps and not g.as_of_writes:
                _open(True)
                plan = past.plan_one(kind, record_id, moment.revision_id)
        past.put_back_one(plan)
        return
    _open(past.changed_since(moment.revision_id))
    if not g.as_of_writes and past.changed_since(moment.revision_id):   # a write committed meanwhile
        _open(True)
    past.put_back_all(moment.revision_id)


def _open(writes):
    """Open the read's transaction (closing one opened before): with the write lock if `writes`."""
    _finish()
    context = past.as_of_transaction(writes)
    context.__enter__()
    g.as_of_transaction, g.as_of_writes = context, writes   # closed by finish(), whatever happens next


def _finish():
    context = g.pop("as_of_transaction", None)
    if context is None:
        return
    g.query_deadline = None   # the time limit must not cut off the rollback (api/timeouts.py)
    try:
        context.__exit__(None, None, None)
    except OperationalError as error:
        # SQLite rolls a transaction back by itself when a write in it is interrupted (a put-back cut off by
        # the time limit, already answered with a 503): there is nothing left to roll back.
        if not (db.is_sqlite() and "no transaction is active" in str(error)):
            raise


def headers(response):
    """After the view: the moment the answer is as of; a fixed moment's 200 may be cached."""
    moment = g.get("as_of")
    if moment is None:
        return response
    response.headers.update(moment.headers())
    if response.status_code == 200 and moment.fixed:
        response.headers["Cache-Control"] = f"max-age={FIXED_MAX_AGE}"
    if response.is_streamed and "as_of_transaction" in g:
        g.as_of_stream_pending = True
    return response


def stream_pending():
    """Whether this teardown is the one Flask runs when a streamed answer's view returns, before its stream
    is sent (it runs teardown again when the stream ends, or is closed): the transaction and its connection
    must outlive it. True once."""
    return g.pop("as_of_stream_pending", False)


def finish(error=None):
    """At teardown: roll back what the read put back."""
    _finish()
