"""Records as they stood at a past moment, for `as_of` reads (docs/api.md "As of a past moment").

An `as_of` read runs in one transaction that is always rolled back (`as_of_transaction`). In it, each record
changed after the moment is first put back as its revisions say it stood then (`put_back_all`), and then the
ordinary read runs unchanged: lists, filters, search, stats and exports need no second implementation, and
what they answer as of a moment is by construction what they would have answered then. Putting back
writes rows but records no revision and leaves the change feed alone; the rollback undoes all of it.

- A record changed after the moment takes the content of its last revision at or before it (its input form,
  written through the kind's own declaration, as a write would), with that revision's version and time.
- One deleted at the moment (its last revision then is a deletion) becomes that tombstone again (410).
- One created after the moment is removed altogether, so that it is 404, not 410, then.
- A revision whose content was redacted cannot be put back: the read answers 422 (PastRedacted).

The cost is bounded by the number of records changed after the moment, not by the size of the database. A
GET of one record puts back only that record and the records it names (whose names it shows):
`put_back_one`.
"""
import contextlib
from itertools import groupby
from operator import itemgetter
from dataclasses import dataclass

from schemas.common import shared

from .. import jsonio, revision_sql as sql, write_sql
from ..db import database, is_sqlite, write_transaction
from ..models import Revision
from . import records, search, stored
from .exceptions import InvalidInput, NotFound
from .kinds import KINDS, MODELS

REVISION_COLUMNS = (Revision.id, Revision.kind, Revision.record_id, Revision.version, Revision.action,
                    Revision.at, Revision.data, Revision.redacted_at, Revision.token_name)
_KIND_OF_MODEL = {model: name for name, model in MODELS.items()}


class PastRedacted(InvalidInput):
    """The state a record had at the moment was redacted since: it cannot be shown."""

    def __init__(self, kind, record_id, version):
        super().__init__({"as_of": [
            f"Revision {version} of the {kind.label()} {record_id}, what it was at that moment, was redacted: its content is gone "
            f"for good (/v1/{kind.name}/{record_id}/revisions/{version} says when and why)."]},
            detail="Part of the answer as of that moment was redacted and cannot be shown.")


class _RolledBack(Exception):
    """Raised into the transaction of an as_of read to undo what it put back."""


@contextlib.contextmanager
def as_of_transaction(writes):
    """The transaction an as_of read runs in, always rolled back. With `writes` (something must be put back)
    it holds the write lock (api/db.py: BEGIN IMMEDIATE on SQLite, the writers' advisory lock on PostgreSQL)
    until the read ends: no write can commit meanwhile, so the read sees exactly the moment's state. Without,
    it is a read-only snapshot (REPEATABLE READ on PostgreSQL; a SQLite transaction reads one snapshot)."""
    try:
        if writes:
            with write_transaction(), stored.set_aside():
                yield
                raise _RolledBack
        else:
            with database.atomic():
                if not is_sqlite():
                    database.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                yield
                raise _RolledBack
    except _RolledBack:
        pass


# --- what changed, and how it stood ------------------------------------------------------------------------

def changed_after(moment_id):
    """(kind name, record ID) -> ID of its first revision after the moment, for every record changed since."""
    query = (Revision.select(Revision.kind, Revision.record_id, Revision.id.alias("first"))
             .where(Revision.id > moment_id).order_by(Revision.id))
    found = {}
    for kind, record_id, first in query.tuples():
        found.setdefault((kind, record_id), first)
    return found


def states_then(pairs, moment_id):
    """(kind name, record ID) -> its last revision at or before the moment (a dict), for those of `pairs`
    that had one."""
    found = {}
    by_kind = {}
    for kind, record_id in pairs:
        by_kind.setdefault(kind, []).append(record_id)
    for kind, ids in by_kind.items():
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            query = (Revision.select(*REVISION_COLUMNS)
                     .where((Revision.kind == kind) & Revision.record_id.in_(chunk) & (Revision.id <= moment_id))
                     .order_by(Revision.id).dicts())
            for row in query:
                found[(kind, row["record_id"])] = row   # ascending: the last one wins
    return found


def _first_revision_action(kind, record_id):
    return (Revision.select(Revision.action).where((Revision.kind == kind) & (Revision.record_id == record_id))
            .order_by(Revision.id).limit(1).scalar())


def _never_existed(kind_name, record_id, state):
    """Whether a record without a state at the moment was created after it (its history starts with its
    creation). A record whose history starts later (one loaded before revisions were kept) is taken to have
    stood then as it stood before its first revision, which nothing records: it is left as it is."""
    return state is None and _first_revision_action(kind_name, record_id) == "create"


# --- putting back --------------------------------------------------------------------------------------------

def put_back(kind, record_id, state, reindex=True, children=True, now=None):
    """Make the stored record what revision `state` says it was (a tombstone for a deletion); without
    `children`, only its own columns (not the rows it owns). `now`: the content the record has now (its
    latest revision's, when it is live), whose owned lists equal to those then need no rewriting."""
    model = kind.model
    if state["action"] == "delete":
        write_sql.update_by_id(model, record_id, {"version": state["version"], "updated_at": state["at"],
                                                  "deleted_at": state["at"], "deleted_by": state["token_name"]})
        if reindex:
            search.remove(kind.name, record_id)
        return
    if state["data"] is None:
        raise PastRedacted(kind, record_id, state["version"])
    then = jsonio.loads(state["data"])
    data = shared(kind.schema).load(then)
    write_sql.update_by_id(model, record_id, {"version": state["version"], "updated_at": state["at"],
                                              "deleted_at": None, "deleted_by": None, **kind.columns(data)})
    if children:
        kind.write_children(record_id, _owned_lists_changed(kind, data, then, now))
    if reindex:
        search.index(kind.name, records.get(kind, record_id))


def _owned_lists_changed(kind, data, then, now):
    """`data` without the owned lists (participants, figures...) that are the same now as then: write_rows
    leaves a list it is not given as it is."""
    if now is None:
        return data
    same = {f.name for f in kind.fields if f.rows is not None and then.get(f.name) == now.get(f.name)}
    return {name: value for name, value in data.items() if name not in same}


def remove(kind, record_ids):
    """Take away records of one kind created after the moment, with the rows they own and their search
    entries: one set of statements for all of them (building the owned rows' nested deletes costs more than
    running them, so a record at a time made a read as of an early moment slow)."""
    model = kind.model
    for record_id in record_ids:
        search.remove(kind.name, record_id)
    records.delete_owned_rows(model, model.select(model.id).where(model.id.in_(record_ids)))
    for record_id in record_ids:   # one by one, latest first: a record may name another of the run (a parent)
        write_sql.delete_where(model, id=record_id)


def put_back_all(moment_id):
    """Every record as it stood at the moment (see the module's docstring); nothing to do if nothing changed
    since. Records that existed then go first, those created since last, latest first, so that no row is
    removed while another still names it; the search index follows once all are back (a record's entry
    holds the names of records it links to)."""
    changed = changed_after(moment_id)
    if not changed:
        return
    states = states_then(changed, moment_id)
    created = []
    for (kind_name, record_id), first in changed.items():
        state = states.get((kind_name, record_id))
        if state is not None:
            put_back(KINDS[kind_name], record_id, state, reindex=False)
        elif _never_existed(kind_name, record_id, state):
            created.append((first, kind_name, record_id))
    # Latest first, as they were created; a run of records of one kind at a time, their owned rows together.
    for kind_name, run in groupby(sorted(created, reverse=True), key=itemgetter(1)):
        remove(KINDS[kind_name], [record_id for _, _, record_id in run])
    for (kind_name, record_id), state in states.items():
        if state["action"] == "delete":
            search.remove(kind_name, record_id)
        else:
            search.index(kind_name, records.get(KINDS[kind_name], record_id))


def _one_record_states(kind, record_id, moment_id):
    """(its last revision at or before the moment or None, its content now if it is live (its latest
    revision's), whether it changed after), in one query read newest first: only the revisions since the
    moment and one more are fetched."""
    now, changed = None, False
    for row in sql.revisions_newest_first(kind.name, record_id):
        if row["id"] <= moment_id:
            return row, now, changed
        if not changed and row["action"] != "delete" and row["data"] is not None:
            now = jsonio.loads(row["data"])
        changed = True
    return None, now, changed


def named_records(kind, state):
    """(kind name, record ID) of the records a revision's content names (whose refs its representation shows)."""
    if state is None or state["data"] is None:
        return set()
    return {(_KIND_OF_MODEL[ref.model], ref.id) for ref in kind.references(jsonio.loads(state["data"]))
            if isinstance(ref.id, int)}


@dataclass(frozen=True)
class Plan:
    """What a read of one record as of a moment puts back: [(kind, record ID, state, whole, now)], `whole`
    False for a record it only names (whose own columns its ref shows, not the rows it owns), `now` as
    put_back takes it; valid while no change is made after revision `latest`."""

    steps: tuple
    latest: int


def plan_one(kind, record_id, moment_id):
    """What a GET of one record as of the moment must put back (a Plan), or NotFound if the record did not
    exist then. The record's own state then also gives the records it named."""
    latest = sql.latest_revision_id()
    state, now, changed = _one_record_states(kind, record_id, moment_id)
    if state is None and changed and _never_existed(kind.name, record_id, None):
        raise NotFound(f"No {kind.label()} with id {record_id} as of that moment.")
    steps = [(kind, record_id, state, True, now)] if changed and state is not None else []
    named = named_records(kind, state) - {(kind.name, record_id)}
    others = sql.changed_among(named, moment_id) if named else []
    for (kind_name, other_id), other_state in sql.states_then(others, moment_id).items():
        steps.append((KINDS[kind_name], other_id, other_state, False, None))
    return Plan(tuple(steps), latest)


def changed_since(moment_id):
    """Whether any change was made after the moment."""
    return sql.latest_revision_id() > moment_id


def still_valid(plan):
    """Whether no change was made since the plan was made (checked under the write lock)."""
    return sql.latest_revision_id() == plan.latest


def put_back_one(plan):
    """Carry out plan_one's plan: the record and the records it names, without touching the search index
    (a GET of one record does not search)."""
    for kind, record_id, state, whole, now in plan.steps:
        put_back(kind, record_id, state, reindex=False, children=whole, now=now)
