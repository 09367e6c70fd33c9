"""Finding or creating the records a dataset row refers to, for the importers (imports.py drives them).

Matching is what makes an import safe to repeat: actors and events by an external ID, places by (name, kind,
parent, coordinates), sources by all their fields, a dataset's publisher by name. Each found or created ID
is cached (the most recent MAX_CACHED of them, so that memory does not grow with the file; an ID that left
the cache is found again by an indexed lookup). A rejected row's savepoint undoes what it created, so the
driver marks where each row begins (`mark`) and drops what the row added to the cache when it fails (`forget`).

Each kind's input schema is built once per process and reused (schemas.common.shared): building one costs as much
as a load.
"""
from schemas.common import shared

from .. import jsonio, sql
from . import import_runs, records, references
from .kinds import KINDS

MAX_CACHED = 20_000


class RowCache(dict):
    """A dict that remembers the keys set since `mark()` (so a failed row's can be dropped) and keeps at most
    `limit` entries, the oldest leaving first."""

    def __init__(self, limit=MAX_CACHED):
        super().__init__()
        self.limit, self.added = limit, []

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.added.append(key)
        if len(self) > self.limit:
            for old in list(self)[:len(self) - self.limit // 2]:
                del self[old]

    def mark(self):
        self.added = []

    def forget(self):
        for key in self.added:
            self.pop(key, None)
        self.added = []


def same_as_stored(stored, given):
    """True when writing `given` (a record's validated input, JSON types) over `stored` (its input form)
    would change nothing: every value given equals the stored one, and what is not given is stored empty.
    False when unsure: the ordinary write then decides (records.write rolls back a write that changes
    nothing), so this only ever saves work."""
    if isinstance(given, dict):
        return (isinstance(stored, dict) and all(k in stored and same_as_stored(stored[k], v) for k, v in given.items())
                and all(stored[k] in (None, [], {}) for k in stored if k not in given))
    if isinstance(given, list):
        return isinstance(stored, list) and len(stored) == len(given) and all(map(same_as_stored, stored, given))
    return type(stored) is type(given) and stored == given or (
        isinstance(stored, (int, float)) and isinstance(given, (int, float)) and not isinstance(stored, bool)
        and not isinstance(given, bool) and stored == given)


def same(field, value):
    return field.is_null() if value is None else field == value


def first_live(kind_name, *conditions):
    model = KINDS[kind_name].model
    query = model.select(model.id).where(model.deleted_at.is_null(), *conditions).order_by(model.id).limit(1)
    return query.scalar()


def held(kind_name, scheme, value):
    """The live record of `kind_name` holding external ID scheme:value, or None."""
    found = references.holders(kind_name, scheme, str(value), limit=1)
    return found[0][0] if found else None


SOURCE_KEY = ("title", "publisher", "published_date", "excerpt")


class Finder:
    def __init__(self, change):
        self.change = change
        self.cache = RowCache()

    def mark(self):
        """A row begins: what it adds to the cache from here on is dropped by `forget`."""
        self.cache.mark()

    def forget(self):
        """The row failed (its savepoint undid what it created): drop what it added to the cache."""
        self.cache.forget()

    def load(self, kind_name, data):
        """`data` validated by the kind's input schema (ValidationError if it is not valid)."""
        return shared(KINDS[kind_name].schema).load(data)

    def create(self, kind_name, data):
        return records.create(KINDS[kind_name], self.load(kind_name, data), self.change)["id"]

    def cached(self, key, find, data):
        """The ID of the record `key` names: from the cache, or found, or created from `data()`."""
        if key not in self.cache:
            self.cache[key] = find() or self.create(key[0], data())
        return self.cache[key]

    def publisher(self, name, description):
        """The actor that publishes the dataset (the claimant of its figures), by name."""
        model = KINDS["actors"].model
        return self.cached(("actors", "publisher", name), lambda: first_live("actors", model.name == name),
                           lambda: {"name": name, "kind": "civil_society", "description": description})

    def dataset(self, title, publisher, url):
        """The source standing for the dataset itself."""
        model = KINDS["sources"].model
        return self.cached(("sources", "dataset", title), lambda: first_live(
            "sources", model.title == title, model.publisher == publisher),
            lambda: {"title": title, "publisher": publisher, "url": url})

    def actor(self, scheme, value, data):
        """The actor holding scheme:value, or a new one from `data()` (which should carry that ID)."""
        return self.cached(("actors", scheme, value), lambda: held("actors", scheme, value), data)

    def actor_named(self, name, data):
        """The actor called `name` (its name, or else an alias), or a new one from `data()` (which should give
        the name as an alias too, so that a curator's renaming keeps the match): for datasets that name their
        actors without IDs (ACLED)."""
        model = KINDS["actors"].model
        aliases = model.alias_rows.rel_model
        return self.cached(("actors", "named", name), lambda: first_live("actors", model.name == name) or first_live(
            "actors", model.id.in_(aliases.select(aliases.actor).where(aliases.name == name))), data)

    def place(self, name, kind, parent, latitude=None, longitude=None):
        return self.cached(
            ("places", name, kind, parent, latitude, longitude),
            lambda: sql.first_live(KINDS["places"].model, {"name": name, "kind": kind, "parent": parent,
                                                           "latitude": latitude, "longitude": longitude}),
            lambda: {"name": name, "kind": kind, "parent_id": parent, "latitude": latitude, "longitude": longitude})

    def source(self, source):
        """A source given as {title, publisher, published_date (a date or None), excerpt}."""
        return self.cached(("sources",) + tuple(source[k] for k in SOURCE_KEY),
                           lambda: sql.first_live(KINDS["sources"].model, {k: source[k] for k in SOURCE_KEY}),
                           lambda: {**source, "published_date": source["published_date"] and
                                    source["published_date"].isoformat()})

    def upsert_event(self, scheme, value, data, owned_keys):
        """Create the event holding scheme:value from `data`, or write `data` over it -> 'created', 'updated'
        or 'unchanged'. `owned_keys` maps an owned list (figures, participants) to the fields that identify
        one of its items across releases, so that an item that stays keeps its ID. An event to which an import
        gave this very `data` and that nobody changed since is left alone unread (import_runs.wrote_already):
        what a repeated file and the unchanged rows of a newer release mostly are."""
        kind = KINDS["events"]
        digest = import_runs.input_digest(data)
        found = held("events", scheme, value)
        if found is None:
            created = records.create(kind, self.load("events", data), self.change)["id"]
            import_runs.remember(kind, created, digest)
            return "created"
        if import_runs.wrote_already(kind, found, digest):
            return "unchanged"
        form = records.input_form(kind, found)
        for items, key in owned_keys.items():
            stored = {tuple(item.get(k) for k in key): item.get("id") for item in form.get(items) or []}
            for item in data.get(items) or []:
                if stored.get(tuple(item.get(k) for k in key)) is not None:
                    item["id"] = stored[tuple(item.get(k) for k in key)]
        loaded = self.load("events", data)
        outcome = "unchanged"
        if not same_as_stored(form, jsonio.plain(loaded)):   # validated, and not already what the record says
            outcome = "updated" if records.write(kind, found, loaded, self.change).changed else "unchanged"
        import_runs.remember(kind, found, digest)
        return outcome
