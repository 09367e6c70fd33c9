"""The one cursor codec: a position in a listing, as an opaque string a client hands back.

A cursor is unpadded URL-safe base64 of a small JSON object. Two listings use it:

- collections (api/services/pages.py, exports.py) sort on up to four keys, the ID last; their cursor holds the
  sort (`s`) and the sort values of the last record sent (`v`), so a cursor of another sort is refused;
- the change feed (api/services/history.py) runs in revision ID order; its cursor holds that ID (`r`).

Clients store both kinds (a feed cursor for days), so the bytes written here must not change.
"""
import base64
import binascii
import datetime
from dataclasses import dataclass


from .. import jsonio
from .exceptions import InvalidParameter


def _pack(payload):
    return base64.urlsafe_b64encode(jsonio.dumps(payload)).decode().rstrip("=")


def _unpack(cursor):
    """The JSON object a cursor holds; ValueError (or TypeError, KeyError) for anything this codec did not make."""
    try:
        return jsonio.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, jsonio.DecodeError) as error:
        raise ValueError(str(error)) from None


# --- collections: keyset positions -----------------------------------------------------------------------------

@dataclass(frozen=True)
class SortKey:
    name: str          # a column name, or "rank" for relevance
    descending: bool


def sort_keys(args):
    """The sort the client asked for, then the ID as the final tie-breaker; relevance first for q."""
    given = args.get("sort")
    if given:
        keys = [SortKey(item.lstrip("-"), item.startswith("-")) for item in given]
    elif args.get("q"):
        keys = [SortKey("rank", False)]
    else:
        keys = []
    if not any(key.name == "id" for key in keys):
        keys.append(SortKey("id", False))
    return keys


def _sort_spec(keys):
    return ",".join(("-" if k.descending else "") + k.name for k in keys)


# The sortable timestamps of every kind (DateTimeFields), for callers that give no columns.
_TIMESTAMP_KEYS = frozenset(("created_at", "updated_at"))


def _is_timestamp(key, columns):
    if columns is None:
        return key.name in _TIMESTAMP_KEYS
    column = columns.get(key.name)
    return column is not None and column.field_type == "DATETIME"


def _cursor_value(value):
    """A timestamp as a cursor holds it, whatever form the row has it in. Rows SQLite gives without peewee's
    conversion hold timestamps as the stored text ("2024-01-01 12:00:00.123456"): that becomes the datetime
    it stands for, so that the cursor is the same string either way. (Dates need nothing: the stored text
    "2024-01-01" is what a date is written as.) A timestamp is written `2024-01-01T12:00:00.123456+00:00`,
    not with the Z the API's JSON gives it: cursors that clients hold were written so, and the same position
    must give the same cursor."""
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
        return value.isoformat() + "+00:00"
    return value


def encode(keys, row, columns=None):
    """The cursor naming `row`'s position in the sort; `columns` (sort key name -> field) tells which keys
    are timestamps (by default: created_at and updated_at)."""
    values = [_cursor_value(row[key.name]) if _is_timestamp(key, columns) else _text_or_empty(row[key.name], key, columns)
              for key in keys]
    return _pack({"s": _sort_spec(keys), "v": values})


# Where a null date sorts (a statement whose date the reporting does not give): before every date a record can
# have, in the cursor as the date it sorts as (pages._sort_expression).
UNKNOWN_DAY = datetime.date(1, 1, 1)


def _text_or_empty(value, key, columns):
    """A null in a text sort key is where '' sorts, a null date where UNKNOWN_DAY does (pages._sort_expression)."""
    if value is None and columns is not None and columns.get(key.name) is not None:
        if columns[key.name].field_type in ("TEXT", "VARCHAR"):
            return ""
        if columns[key.name].field_type == "DATE":
            return UNKNOWN_DAY.isoformat()
    return value


def _bad_cursor():
    return InvalidParameter({"cursor": ["Not a cursor this service issued for this sort order."]},
                            detail="The cursor is invalid.")


def _parse_value(column, value):
    """A cursor value back to the type of its column, checked, so a forged cursor cannot reach SQL oddly."""
    if column is None:  # rank
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise _bad_cursor()
        return value
    kind = column.field_type
    try:
        if (kind in ("AUTO", "INT", "BIGINT", "BIGAUTO") and isinstance(value, int) and not isinstance(value, bool)
                and abs(value) < 2**63):
            return value
        if kind == "DATE" and isinstance(value, str):
            return datetime.date.fromisoformat(value)
        if kind == "DATETIME" and isinstance(value, str):
            return datetime.datetime.fromisoformat(value).replace(tzinfo=None)
        if kind in ("TEXT", "VARCHAR") and isinstance(value, str):
            return value
    except ValueError:
        pass
    raise _bad_cursor()


def decode(cursor, keys, columns):
    """The sort values a cursor holds, typed like their columns; 400 for a cursor of another sort or a forgery."""
    try:
        payload = _unpack(cursor)
        values, spec = payload["v"], payload["s"]
    except (ValueError, TypeError, KeyError):
        raise _bad_cursor() from None
    if spec != _sort_spec(keys) or not isinstance(values, list) or len(values) != len(keys):
        raise _bad_cursor()
    return [_parse_value(columns[key.name], value) for key, value in zip(keys, values)]


# --- the change feed: revision IDs -----------------------------------------------------------------------------

def encode_revision(revision_id):
    return _pack({"r": revision_id})


def decode_revision(cursor):
    """The revision ID a change-feed cursor holds; 400 (naming `after`) for anything else."""
    try:
        value = _unpack(cursor)["r"]
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError
        return value
    except (ValueError, TypeError, KeyError):
        raise InvalidParameter({"after": ["Not a change-feed cursor this service issued."]}) from None
