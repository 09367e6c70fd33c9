"""Finding or creating the records a dataset row refers to, for the importers (imports.py drives them).

Matching is what makes an import safe to repeat: actors and events by an external ID, places by (name, kind,
parent, coordinates), sources by all their fields, a dataset's publisher by name. Each found or created ID
is cached for the rest of the import; a rejected row's savepoint undoes what it created, so the driver
clears the cache then (`forget`).
"""
from . import records, references
from .kinds import KINDS


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
        self.cache = {}

    def forget(self):
        self.cache.clear()

    def create(self, kind_name, data):
        kind = KINDS[kind_name]
        return records.create(kind, kind.schema().load(data), self.change)["id"]

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
        model = KINDS["places"].model
        return self.cached(
            ("places", name, kind, parent, latitude, longitude),
            lambda: first_live("places", model.name == name, model.kind == kind, same(model.parent, parent),
                               same(model.latitude, latitude), same(model.longitude, longitude)),
            lambda: {"name": name, "kind": kind, "parent_id": parent, "latitude": latitude, "longitude": longitude})

    def source(self, source):
        """A source given as {title, publisher, published_date (a date or None), excerpt}."""
        model = KINDS["sources"].model
        return self.cached(("sources",) + tuple(source[k] for k in SOURCE_KEY),
                           lambda: first_live("sources", *(same(getattr(model, k), source[k]) for k in SOURCE_KEY)),
                           lambda: {**source, "published_date": source["published_date"] and
                                    source["published_date"].isoformat()})

    def upsert_event(self, scheme, value, data, owned_keys):
        """Create the event holding scheme:value from `data`, or write `data` over it -> 'created', 'updated'
        or 'unchanged'. `owned_keys` maps an owned list (figures, participants) to the fields that identify
        one of its items across releases, so that an item that stays keeps its ID."""
        kind = KINDS["events"]
        found = held("events", scheme, value)
        if found is None:
            records.create(kind, kind.schema().load(data), self.change)
            return "created"
        form = records.input_form(kind, found)
        for items, key in owned_keys.items():
            stored = {tuple(item.get(k) for k in key): item.get("id") for item in form.get(items) or []}
            for item in data.get(items) or []:
                if stored.get(tuple(item.get(k) for k in key)) is not None:
                    item["id"] = stored[tuple(item.get(k) for k in key)]
        written = records.write(kind, found, kind.schema().load(data), self.change)
        return "updated" if written.changed else "unchanged"
