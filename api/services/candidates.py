"""GET /v1/search: the records a curator may mean by a name, an alias or an identifier, across kinds, ranked.

Candidates come from four places, each read with index lookups and cut to a few rows per kind before
anything is merged:

  score 5 the whole name (or title) of a record, or one of its external IDs, is the query   (exact)
  score 4 one of its aliases, in any language, is the query                                (exact alias)
  score 3 its name or an alias begins with the query                                       (prefix)
  score 2 a word of its name or an alias begins with the query ("Aliy": Ilham Aliyev)      (word prefix)
  score 1 its text matches every word, the last one as a prefix (full-text index)          (text)

Names are compared folded (api/services/names.py: case, diacritics and punctuation), the same on both
engines. A record found several ways counts once, at its best score. Within a score the shorter matched name
comes first (the closer match), then the kinds in KIND_ORDER, then the older record; in score 1 the
full-text index's relevance orders first (bm25 on SQLite, ts_rank on PostgreSQL: the only place where the
engines may order differently).
"""
import re

from schemas import external_ids

from ..models import Actor, Event, Place, Source, Statement, Treaty
from . import names, references, search

KIND_ORDER = ("actors", "places", "treaties", "events", "statements", "sources")
RANKS = {"exact": 5, "alias": 4, "prefix": 3, "word_prefix": 2, "text": 1}
MIN_PREFIX = 3   # the fewest characters the full text is searched for, and a word taken as a prefix has
SPARE = 5   # candidates found beyond the limit, should the index still hold a record that is gone
LABEL_LENGTH = 120   # a statement's label: the first characters of its quote or summary

def external_id_matches(reference, kinds):
    """The live records of `kinds` that carry the identifier `reference`: "scheme:value" (wikidata:Q399,
    ucdp-ged:300380) or a bare value (Q399), tried in every scheme whose format it fits, as given and
    upper-cased (q399 is Q399). Each (scheme, value) is one lookup on the (scheme, value) index.
    -> [(kind, record id, scheme, value)]."""
    text = reference.strip()
    given = re.fullmatch(external_ids.REFERENCE_PATTERN, text, flags=re.I)
    if given and given.group(1).lower() in external_ids.SCHEMES:
        pairs = [(given.group(1).lower(), value) for value in dict.fromkeys((given.group(2), given.group(2).upper()))]
    else:
        pairs = [(scheme, value) for value in dict.fromkeys((text, text.upper())) for scheme in external_ids.SCHEMES]
    pairs = [(scheme, value) for scheme, value in pairs if external_ids.check_value(scheme, value) is None]
    return [(kind, ident, scheme, value) for kind in kinds for scheme, value in pairs
            if kind in external_ids.SCHEMES[scheme].kinds
            for ident, _ in references.holders(kind, scheme, value)]


class _Ranking:
    """The best way each record was found: (kind, id) -> (sort key, match)."""

    def __init__(self):
        self.best = {}

    def offer(self, kind, record_id, how, closeness, match):
        key = (-RANKS[how], closeness, KIND_ORDER.index(kind), record_id)
        if (kind, record_id) not in self.best or key < self.best[(kind, record_id)][0]:
            self.best[(kind, record_id)] = (key, {**match, "how": how})

    def top(self, limit):
        ranked = sorted(self.best.items(), key=lambda item: item[1][0])[:limit]
        return [(kind, record_id, -key[0], match) for (kind, record_id), (key, match) in ranked]


def _name_match(entry):
    match = {"field": entry["field"], "text": entry["text"]}
    if entry["field"] == "alias":
        match["language"] = entry["language"]
    return match


def _text_query(q):
    """Every word of q, the last one as a prefix if it has MIN_PREFIX characters, for the full-text index
    (words keep their accents there: SQLite's index folds them, PostgreSQL's keeps them). None for a query
    shorter than MIN_PREFIX: "a" or "ab" as you type would rank most of the text; the names answer it."""
    words = re.findall(r"[^\W_]+", q.casefold())[:search.MAX_TERMS]   # a long name is no error here
    if sum(len(word) for word in words) < MIN_PREFIX:
        return None
    return " ".join(words) + ("*" if len(words[-1]) >= MIN_PREFIX else "")


def find(q, kinds, limit):
    """The `limit` best candidates for q among `kinds`: [(kind, id, score, match)], best first."""
    ranking = _Ranking()
    cap = limit + 1   # rows read per kind and way: enough to fill the answer from any one of them
    for kind, record_id, scheme, value in external_id_matches(q, kinds):
        ranking.offer(kind, record_id, "exact", 0, {"field": "external_id", "scheme": scheme, "text": value})
    folded = names.fold(q)[:names.MAX_FOLDED]
    for kind in kinds:
        if not folded or kind not in names.NAME_FIELDS:
            continue
        for entry in names.exact(kind, folded, cap):
            if names.fold(entry["text"]) == names.fold(q):   # not merely equal in the first MAX_FOLDED characters
                how = "exact" if entry["field"] == "name" else "alias"
                ranking.offer(kind, entry["record_id"], how, len(entry["text"]), _name_match(entry))
        for whole, how in ((True, "prefix"), (False, "word_prefix")):
            for entry in names.starting(kind, folded, whole, cap):
                ranking.offer(kind, entry["record_id"], how, len(entry["folded"]), _name_match(entry))
    text = _text_query(q)
    for kind in kinds:
        if text:
            for record_id, relevance in search.top(kind, text, cap).tuples():
                ranking.offer(kind, record_id, "text", relevance, {"field": "text"})
    return ranking.top(limit)


# --- labels and descriptions: what a curator reads to tell candidates apart ---------------------------------

def _words(*parts):
    return ", ".join(str(part).replace("_", " ") for part in parts if part not in (None, ""))


def _parent_names(model, ids):
    return {row["id"]: row["name"] for row in model.select(model.id, model.name).where(model.id.in_(ids)).dicts()}


def _actors(ids):
    rows = list(Actor.select().where(Actor.id.in_(ids) & Actor.deleted_at.is_null()).dicts())
    parents = _parent_names(Actor, {row["parent"] for row in rows if row["parent"]})
    return {row["id"]: (row["name"], _words(row["kind"], row["country"], row["role_title"],
                                            row["parent"] and f"part of {parents.get(row['parent'])}"))
            for row in rows}


def _places(ids):
    rows = list(Place.select().where(Place.id.in_(ids) & Place.deleted_at.is_null()).dicts())
    parents = _parent_names(Place, {row["parent"] for row in rows if row["parent"]})
    return {row["id"]: (row["name"], _words(row["kind"], row["country"],
                                            row["parent"] and f"in {parents.get(row['parent'])}"))
            for row in rows}


def _dates(start, end):
    if start is None:
        return "date unknown"   # date_precision unknown (migrations/0034)
    return str(start) if not end or end == start else f"{start} to {end}"


def _events(ids):
    rows = list(Event.select(Event.id, Event.title, Event.type, Event.date_start, Event.date_end, Event.place)
                .where(Event.id.in_(ids) & Event.deleted_at.is_null()).dicts())
    places = _parent_names(Place, {row["place"] for row in rows if row["place"]})
    return {row["id"]: (row["title"], _words(row["type"], _dates(row["date_start"], row["date_end"]),
                                             row["place"] and f"at {places.get(row['place'])}"))
            for row in rows}


def _treaties(ids):
    rows = Treaty.select(Treaty.id, Treaty.name, Treaty.kind, Treaty.status, Treaty.signed_date).where(
        Treaty.id.in_(ids) & Treaty.deleted_at.is_null()).dicts()
    return {row["id"]: (row["name"], _words(row["kind"], row["status"],
                                            row["signed_date"] and f"signed {row['signed_date']}"))
            for row in rows}


def _sources(ids):
    rows = Source.select(Source.id, Source.title, Source.url, Source.publisher, Source.published_date).where(
        Source.id.in_(ids) & Source.deleted_at.is_null()).dicts()
    return {row["id"]: (row["title"] or row["url"] or f"source {row['id']}",
                        _words(row["publisher"], row["published_date"])) for row in rows}


def _statements(ids):
    rows = list(Statement.select(Statement.id, Statement.quote, Statement.summary, Statement.medium,
                                 Statement.date, Statement.speaker).where(
        Statement.id.in_(ids) & Statement.deleted_at.is_null()).dicts())
    speakers = _parent_names(Actor, {row["speaker"] for row in rows if row["speaker"]})
    labels = {}
    for row in rows:
        text = " ".join((row["quote"] or row["summary"] or f"statement {row['id']}").split())
        label = text if len(text) <= LABEL_LENGTH else text[:LABEL_LENGTH - 1].rstrip() + "…"
        labels[row["id"]] = (label, _words(row["medium"], row["date"],
                                           row["speaker"] and f"by {speakers.get(row['speaker'])}"))
    return labels


DESCRIBE = {"actors": _actors, "places": _places, "events": _events, "treaties": _treaties, "sources": _sources,
            "statements": _statements}


def candidates(q, kinds, limit):
    """The answer of GET /v1/search: candidates with their label, description, score and what matched."""
    found = find(q, kinds, limit + SPARE)
    described = {}
    for kind in {kind for kind, *_ in found}:
        described[kind] = DESCRIBE[kind]([record_id for k, record_id, *_ in found if k == kind])
    items = []
    for kind, record_id, score, match in found:
        if record_id not in described[kind] or len(items) == limit:   # (not live: an index behind its record)
            continue
        label, description = described[kind][record_id]
        items.append({"kind": kind, "id": record_id, "href": f"/v1/{kind}/{record_id}", "label": label,
                      "description": description, "score": score, "match": match})
    return items
