"""`as_of`: the one parser of a past moment that reads are asked about (docs/api.md "As of a past moment").

A moment is given as a time (ISO 8601; UTC if it has no offset; a bare day means its first instant) or as a
change-feed cursor (GET /v1/changes: `change` of an entry, or `next`). Either way it becomes the ID of the
last revision it includes: a time includes every change made at or before it, a cursor the change it names
and every earlier one. Later shorthands (a release's name) become a Moment here too, so that every read
understands them alike.
"""
import datetime
import re
from dataclasses import dataclass

from peewee import fn

from .. import revision_sql, sql
from ..models import Revision, utcnow
from . import cursors, releases
from .exceptions import Conflict, InvalidInput, InvalidParameter, NotFound

# A time starts with a four-digit year and a dash; a cursor is URL-safe base64 of a JSON object ("ey...").
_TIME = re.compile(r"\d{4}-")
MAX_LENGTH = 200


@dataclass(frozen=True)
class Moment:
    """A past moment: `revision_id`, the last change it includes (0: before the first change); `at`, the time
    it stands for (the time asked, or that change's time; None before the first change); `fixed`: given as a
    change, so no later write can change the answer (a write that commits late, a long import, may still add
    changes made before a time)."""

    revision_id: int
    at: datetime.datetime | None
    fixed: bool = False

    @property
    def cursor(self):
        return cursors.encode_revision(self.revision_id)

    def headers(self):
        """The moment a response answers as of: the change (a change-feed cursor) and, when known, the time."""
        found = {"As-Of-Change": self.cursor}
        if self.at is not None:
            found["As-Of"] = sql.timestamp(self.at)
        return found


def _bad(message):
    return InvalidParameter({"as_of": [message]}, detail="as_of is not a time or a change cursor.")


def _unanswerable(message):
    return InvalidInput({"as_of": [message]}, detail="There is no answer as of that moment.")


def _parse_time(value):
    try:
        moment = (datetime.datetime.fromisoformat(value) if "T" in value or " " in value
                  else datetime.datetime.combine(datetime.date.fromisoformat(value), datetime.time()))
    except ValueError:
        raise _bad("Not an ISO 8601 time (2024-05-01T12:00:00Z) nor a change cursor.") from None
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone(datetime.timezone.utc).replace(tzinfo=None)
        except OverflowError:
            raise _bad("Out of range: in UTC, this time falls outside years 1 to 9999.") from None
    return moment


def _last_change_at_or_before(at):
    """The ID of the last change made at or before `at` (0 if none), in two indexed reads: the change with the
    latest time through revision(at), then any later-numbered one still made by then (one that took its number
    before another's but its time after), read through the key from that change on. So the cost grows with the
    changes made since, as the rest of an as_of read's does, not with the whole history."""
    latest = (Revision.select(Revision.id).where(Revision.at <= at)
              .order_by(Revision.at.desc(), Revision.id.desc()).limit(1).scalar())
    if latest is None:
        return 0
    later = Revision.select(fn.MAX(Revision.id)).where((Revision.id > latest) & (Revision.at <= at)).scalar()
    return max(latest, later or 0)


def moment(value):
    """The Moment that `value` (an as_of parameter) names: 400 if it is neither a time nor a change cursor,
    422 if it is a time still to come or a change not made yet."""
    value = (value or "").strip()
    if not value or len(value) > MAX_LENGTH:
        raise _bad(f"Give a time or a change cursor, of at most {MAX_LENGTH} characters.")
    if _TIME.match(value):
        at = _parse_time(value)
        if at > utcnow():
            raise _unanswerable("That time is still to come: the answer as of then is not known yet.")
        return Moment(_last_change_at_or_before(at), at)
    try:
        revision_id = cursors.decode_revision(value)
    except InvalidParameter:
        raise _bad("Not an ISO 8601 time (2024-05-01T12:00:00Z) nor a change cursor (GET /v1/changes).") from None
    if revision_id == 0:
        return Moment(0, None, fixed=True)
    at = revision_sql.time_of(revision_id)
    if at is None:
        if revision_id > revision_sql.latest_revision_id():
            raise _unanswerable("No such change has been made yet.")
        raise _bad("No change has this cursor.")
    return Moment(revision_id, at, fixed=True)


def of_release(version):
    """The Moment a published release froze (the `release` parameter): 422 naming `release` for a version
    never published or still being published."""
    try:
        row = releases.published(version)
    except (NotFound, Conflict) as problem:
        raise InvalidInput({"release": [str(problem)]}, detail="There is no such published release.") from None
    return Moment(cursors.decode_revision(row["cursor"]), row["frozen_at"], fixed=True)


def asked(args):
    """The Moment a read's query string asks about (`as_of` or `release`), or None for the present."""
    value, version = args.get("as_of"), args.get("release")
    if value is not None and version is not None:
        raise InvalidParameter({"release": ["Give as_of or release, not both."]},
                               detail="Two past moments were asked for.")
    if version is not None:
        version = version.strip()
        problem = releases.check_version(version)
        if problem:
            raise InvalidParameter({"release": [problem]}, detail="release is not a release version.")
        return of_release(version)
    return None if value is None else moment(value)
