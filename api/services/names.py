"""The names index behind GET /v1/search: every record's name (or title) and aliases, folded, so that an exact
name, a name's beginning and a word's beginning are each one index lookup, the same on both engines.

Folding happens here, in Python, for what is stored and for what is asked, so SQLite and PostgreSQL compare
the same strings: case folded (casefold), diacritics dropped (NFKD without combining marks: "Şuşa" is
"susa"), a few letters without a decomposition spelled as their base letters (ı, ø, ł, đ, ð, æ, œ, þ), and
everything that is not a letter or a digit a single space ("Nagorno-Karabakh" is "nagorno karabakh").

A name is stored whole and from each later word on (up to MAX_WORDS words): "ilham aliyev" and "aliyev",
so "Aliy" finds Ilham Aliyev as the beginning of a word of his name. `index` and `remove` run inside the
record's write transaction (api/services/search.py calls them with the full-text entry).
"""
import re
import unicodedata

from .. import write_sql
from ..models import Actor, ActorAlias, Event, EventAlias, Place, PlaceAlias, Source, Treaty, TreatyAlias
from ..models.search import SearchName

# kind -> the field that names a record (statements have none: they are found by their text only)
NAME_FIELDS = {"actors": "name", "places": "name", "treaties": "name", "events": "title", "sources": "title"}
ALIASED = ("actors", "places", "treaties", "events")   # treaties: migrations/0058; events: 0076
MAX_WORDS = 12   # word-start entries per name: the first 12 words of a long title are enough to find it by
MAX_FOLDED = 200   # characters of a folded name kept in the index (the search's q is at most this long)
LAST = "\U0010ffff"   # after every other code point: the end of a prefix's range

_SPELLED = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "þ": "th"})
_WORDS = re.compile(r"[^\W_]+")


def fold(text):
    """Text as the names index compares it: 'Şuşa' -> 'susa', 'Nagorno-Karabakh' -> 'nagorno karabakh'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char)).translate(_SPELLED)
    return " ".join(_WORDS.findall(bare))


def _entries(kind, record_id, field, text, language=None):
    folded = fold(text or "")
    if not folded:
        return []
    words = folded.split(" ")
    rows = [{"kind": kind, "record_id": record_id, "field": field, "language": language, "text": text,
             "whole": True, "folded": folded[:MAX_FOLDED]}]
    for start in range(1, min(len(words), MAX_WORDS)):
        rows.append({**rows[0], "whole": False, "folded": " ".join(words[start:])[:MAX_FOLDED]})
    return rows


def entries(kind, record):
    """The index rows of one record, from its representation."""
    if kind not in NAME_FIELDS:
        return []
    rows = _entries(kind, record["id"], "name", record.get(NAME_FIELDS[kind]))
    aliases = (record.get("aliases") or []) if kind in ALIASED else []
    for alias in aliases:
        if isinstance(alias, dict):
            rows += _entries(kind, record["id"], "alias", alias.get("name"), alias.get("language"))
    return rows


def index(kind, record, fresh=False):
    """(Re)write one record's entries (`fresh`: a record inserted just now, which has none yet)."""
    if not fresh:
        remove(kind, record["id"])
    write_sql.insert_many(SearchName, entries(kind, record))


def remove(kind, record_id):
    write_sql.delete_where(SearchName, kind=kind, record_id=record_id)


_COLUMNS = (SearchName.record_id, SearchName.field, SearchName.language, SearchName.text, SearchName.whole,
            SearchName.folded)


def exact_query(kind, folded, cap):
    """Entries whose whole name or alias folds to `folded`."""
    return SearchName.select(*_COLUMNS).where(
        (SearchName.kind == kind) & (SearchName.whole == True) & (SearchName.folded == folded)).limit(cap)  # noqa: E712


def starting_query(kind, folded, whole, cap):
    """Entries (whole names, or names from a later word on) that start with `folded`, in code-point order:
    one range of the (kind, whole, folded) index."""
    return SearchName.select(*_COLUMNS).where(
        (SearchName.kind == kind) & (SearchName.whole == whole) & (SearchName.folded >= folded)
        & (SearchName.folded < folded + LAST)).order_by(SearchName.folded).limit(cap)


def exact(kind, folded, cap):
    return list(exact_query(kind, folded, cap).dicts())


def starting(kind, folded, whole, cap):
    return list(starting_query(kind, folded, whole, cap).dicts())


def rebuild(batch=2000):
    """Every live record's entries anew, for a database whose rows were written without the service
    (bench/generate.py writes them in bulk): the same rows `index` writes, a batch of records at a time."""
    SearchName.delete().execute()
    models = {"actors": (Actor, ActorAlias, ActorAlias.actor), "places": (Place, PlaceAlias, PlaceAlias.place),
              "treaties": (Treaty, TreatyAlias, TreatyAlias.treaty), "events": (Event, EventAlias, EventAlias.event), "sources": (Source, None, None)}
    for kind, (model, aliases, owner) in models.items():
        name = getattr(model, NAME_FIELDS[kind])
        last = 0
        while True:
            rows = list(model.select(model.id, name).where((model.id > last) & model.deleted_at.is_null())
                        .order_by(model.id).limit(batch).tuples())
            if not rows:
                break
            records = {record_id: {"id": record_id, NAME_FIELDS[kind]: text, "aliases": []} for record_id, text in rows}
            if aliases is not None:
                for record_id, text, language in (aliases.select(owner, aliases.name, aliases.language)
                                                  .where(owner.in_(list(records))).order_by(owner, aliases.position)
                                                  .tuples()):
                    records[record_id]["aliases"].append({"name": text, "language": language})
            entries_ = [row for record in records.values() for row in entries(kind, record)]
            for start in range(0, len(entries_), 500):
                SearchName.insert_many(entries_[start:start + 500]).execute()
            last = rows[-1][0]
