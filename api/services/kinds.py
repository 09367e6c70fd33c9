"""What differs between the kinds of record: their rows, their references, and who refers to them.

Each Kind describes one top-level record: its model, how its input is written to rows (columns and owned
child rows), which other records its input points at (checked before writing), and which records point
at it (reported when a delete is refused). The generic create/replace/patch/delete in records.py works for
every kind through this description.
"""
import json
from dataclasses import dataclass
from typing import Callable

from .. import representations as rep
from . import filters, rules
from ..models import (Actor, ActorAlias, ActorExternalId, Event, EventSource, EventTreaty, Figure, FigureSource,
                      Participant, Place, PlaceExternalId, Provision, Source, Statement, StatementEvent,
                      StatementSource, StatementStatement, StatementTreaty, Treaty, TreatyParty, TreatySource)


@dataclass(frozen=True)
class Ref:
    """A reference from the input to another record: `path` names the field in error messages."""

    path: tuple
    model: type
    id: int


@dataclass(frozen=True)
class Referrer:
    """Records of kind `kind` whose field `field` points at a record: `owners(id)` selects their IDs."""

    kind: str
    field: str
    owners: Callable


@dataclass(frozen=True)
class Kind:
    name: str                       # URL segment and the kind named in revisions: "events"
    model: type
    columns: tuple                  # input fields stored as columns (x_id -> foreign key x)
    represent: Callable             # list of row dicts -> list of representations
    to_input: Callable              # representation -> input form (what PUT accepts)
    write_children: Callable        # (record id, input, is_new) -> None
    references: Callable            # input -> iterable of Ref
    referrers: tuple = ()           # Referrer: records that point at one of this kind
    rules: Callable = lambda record_id, data, fixed_ids=False: []  # -> [(path, message)]

    def label(self):
        return self.name[:-1] if not self.name.endswith("ies") else self.name[:-3] + "y"


def _ids(refs):
    return [ref["id"] for ref in refs]


def _id_or_none(ref):
    return ref["id"] if ref else None


def _replace_rows(model, owner_field, owner_id, rows):
    """Replace the rows a record owns with new ones, keeping the given order."""
    owner = getattr(model, owner_field)
    model.delete().where(owner == owner_id).execute()
    if rows:
        for position, row in enumerate(rows):
            row[owner_field] = owner_id
            row["position"] = position
        model.insert_many(rows).execute()


def _replace_external_ids(model, owner_field, owner_id, external_ids):
    owner = getattr(model, owner_field)
    model.delete().where(owner == owner_id).execute()
    if external_ids:
        model.insert_many([{owner_field: owner_id, "scheme": scheme, "value": value}
                           for scheme, value in external_ids.items()]).execute()


def _sources(source_ids, path=("source_ids",)):
    return [Ref(path + (i,), Source, source_id) for i, source_id in enumerate(source_ids)]


def _upsert_owned(model, owner_field, owner_id, items, write_one):
    """Keep owned rows that the input names by id, create the others, delete the rest.

    Used for rows with public IDs (figures, provisions) so that a PUT of the whole record does not change
    the IDs of the parts it keeps. `write_one(row_id or None, item, position)` writes one (rules.owned_ids
    has made sure that a given ID is this record's own, or a fixed ID of the example data).
    """
    owner = getattr(model, owner_field)
    kept = {item["id"] for item in items if item.get("id")}
    model.delete().where((owner == owner_id) & model.id.not_in(kept)).execute()
    for position, item in enumerate(items):
        write_one(item.get("id"), item, position)


# --- sources ---------------------------------------------------------------------------------------------

def _source_to_input(r):
    return {k: r[k] for k in ("url", "title", "publisher", "published_date", "retrieved_date", "excerpt")}


SOURCES = Kind(
    name="sources", model=Source,
    columns=("url", "title", "publisher", "published_date", "retrieved_date", "excerpt"),
    represent=rep.sources, to_input=_source_to_input,
    write_children=lambda record_id, data, is_new: None,
    references=lambda data: (),
    referrers=(
        Referrer("events", "source_ids", lambda i: EventSource.select(EventSource.event).where(EventSource.source == i)),
        Referrer("events", "figures.source_ids", lambda i: Figure.select(Figure.event).join(FigureSource)
                 .where(FigureSource.source == i)),
        Referrer("treaties", "source_ids",
                 lambda i: TreatySource.select(TreatySource.treaty).where(TreatySource.source == i)),
        Referrer("statements", "source_ids",
                 lambda i: StatementSource.select(StatementSource.statement).where(StatementSource.source == i)),
    ),
)


# --- actors ----------------------------------------------------------------------------------------------

def _actor_children(actor_id, data, is_new):
    if "aliases" in data:
        _replace_rows(ActorAlias, "actor", actor_id, [{"alias": alias} for alias in data["aliases"]])
    if "external_ids" in data:
        _replace_external_ids(ActorExternalId, "actor", actor_id, data["external_ids"])


def _actor_to_input(r):
    return {"name": r["name"], "kind": r["kind"], "aliases": r["aliases"], "country": r["country"],
            "parent_id": _id_or_none(r["parent"]), "role_title": r["role_title"], "description": r["description"],
            "external_ids": r["external_ids"], "valid_from": r["valid_from"], "valid_to": r["valid_to"]}


ACTORS = Kind(
    name="actors", model=Actor,
    columns=("name", "kind", "country", "parent_id", "role_title", "description", "valid_from", "valid_to"),
    represent=rep.actors, to_input=_actor_to_input, write_children=_actor_children,
    references=lambda data: [Ref(("parent_id",), Actor, data["parent_id"])] if data.get("parent_id") else [],
    referrers=(
        Referrer("actors", "parent_id", lambda i: Actor.select(Actor.id).where(Actor.parent == i)),
        Referrer("events", "participants.actor_id", filters.events_of_actor),
        Referrer("events", "figures.claimant_id", lambda i: Figure.select(Figure.event).where(Figure.claimant == i)),
        Referrer("treaties", "parties.actor_id",
                 lambda i: TreatyParty.select(TreatyParty.treaty).where(TreatyParty.actor == i)),
        Referrer("statements", "speaker_id", lambda i: Statement.select(Statement.id).where(Statement.speaker == i)),
        Referrer("statements", "addressee_id",
                 lambda i: Statement.select(Statement.id).where(Statement.addressee == i)),
    ),
    rules=rules.actor_rules,
)


# --- places ----------------------------------------------------------------------------------------------

def _place_children(place_id, data, is_new):
    if "external_ids" in data:
        _replace_external_ids(PlaceExternalId, "place", place_id, data["external_ids"])


def _place_to_input(r):
    return {"name": r["name"], "kind": r["kind"], "country": r["country"], "parent_id": _id_or_none(r["parent"]),
            "latitude": r["latitude"], "longitude": r["longitude"], "external_ids": r["external_ids"]}


PLACES = Kind(
    name="places", model=Place,
    columns=("name", "kind", "country", "parent_id", "latitude", "longitude"),
    represent=rep.places, to_input=_place_to_input, write_children=_place_children,
    references=lambda data: [Ref(("parent_id",), Place, data["parent_id"])] if data.get("parent_id") else [],
    referrers=(
        Referrer("places", "parent_id", lambda i: Place.select(Place.id).where(Place.parent == i)),
        Referrer("events", "place_id", lambda i: Event.select(Event.id).where(Event.place == i)),
    ),
    rules=rules.place_rules,
)


# --- events ----------------------------------------------------------------------------------------------

def _write_figure(event_id):
    def write_one(figure_id, item, position):
        values = {"quantity": item["quantity"], "low": item.get("low"), "best": item.get("best"),
                  "high": item.get("high"), "unit": item["unit"], "as_of": item.get("as_of"),
                  "claimant": item.get("claimant_id"), "note": item.get("note"), "position": position}
        if not (figure_id and Figure.update(values).where(Figure.id == figure_id).execute()):
            figure_id = Figure.insert(event=event_id, **values, **({"id": figure_id} if figure_id else {})).execute()
        _replace_rows(FigureSource, "figure", figure_id, [{"source": s} for s in item["source_ids"]])
    return write_one


def _event_children(event_id, data, is_new):
    if "participants" in data:
        _replace_rows(Participant, "event", event_id,
                      [{"actor": p["actor_id"], "role": p["role"]} for p in data["participants"]])
    if "treaties" in data:
        _replace_rows(EventTreaty, "event", event_id,
                      [{"treaty": t["treaty_id"], "link": t["link"]} for t in data["treaties"]])
    if "figures" in data:
        _upsert_owned(Figure, "event", event_id, data["figures"], _write_figure(event_id))
    if "source_ids" in data:
        _replace_rows(EventSource, "event", event_id, [{"source": s} for s in data["source_ids"]])


def _event_references(data):
    refs = _sources(data.get("source_ids", []))
    if data.get("place_id"):
        refs.append(Ref(("place_id",), Place, data["place_id"]))
    if data.get("parent_id"):
        refs.append(Ref(("parent_id",), Event, data["parent_id"]))
    for i, p in enumerate(data.get("participants", [])):
        refs.append(Ref(("participants", i, "actor_id"), Actor, p["actor_id"]))
    for i, t in enumerate(data.get("treaties", [])):
        refs.append(Ref(("treaties", i, "treaty_id"), Treaty, t["treaty_id"]))
    for i, f in enumerate(data.get("figures", [])):
        if f.get("claimant_id"):
            refs.append(Ref(("figures", i, "claimant_id"), Actor, f["claimant_id"]))
        refs.extend(_sources(f["source_ids"], ("figures", i, "source_ids")))
    return refs


def _event_to_input(r):
    return {"title": r["title"], "type": r["type"], "mode": r["mode"], "context": r["context"],
            "date_start": r["date_start"], "date_end": r["date_end"], "date_precision": r["date_precision"],
            "place_id": _id_or_none(r["place"]), "location_precision": r["location_precision"],
            "summary": r["summary"], "parent_id": _id_or_none(r["parent"]),
            "participants": [{"actor_id": p["actor"]["id"], "role": p["role"]} for p in r["participants"]],
            "treaties": [{"treaty_id": t["treaty"]["id"], "link": t["link"]} for t in r["treaties"]],
            "figures": [{"id": f["id"], "quantity": f["quantity"], "low": f["low"], "best": f["best"],
                         "high": f["high"], "unit": f["unit"], "as_of": f["as_of"],
                         "claimant_id": _id_or_none(f["claimant"]), "note": f["note"],
                         "source_ids": _ids(f["sources"])} for f in r["figures"]],
            "source_ids": _ids(r["sources"])}


EVENTS = Kind(
    name="events", model=Event,
    columns=("title", "type", "mode", "context", "date_start", "date_end", "date_precision", "place_id",
             "location_precision", "summary", "parent_id"),
    represent=rep.events, to_input=_event_to_input, write_children=_event_children,
    references=_event_references,
    referrers=(
        Referrer("events", "parent_id", lambda i: Event.select(Event.id).where(Event.parent == i)),
        Referrer("statements", "about_event_ids",
                 lambda i: StatementEvent.select(StatementEvent.statement).where(StatementEvent.event == i)),
    ),
    rules=rules.event_rules,
)


# --- treaties --------------------------------------------------------------------------------------------

def _write_provision(treaty_id):
    def write_one(provision_id, item, position):
        values = {"article": item.get("article"), "obligation": item["obligation"], "summary": item["summary"],
                  "conditions": json.dumps(item.get("conditions", [])), "position": position}
        if not (provision_id and Provision.update(values).where(Provision.id == provision_id).execute()):
            Provision.insert(treaty=treaty_id, **values, **({"id": provision_id} if provision_id else {})).execute()
    return write_one


def _treaty_children(treaty_id, data, is_new):
    if "parties" in data:
        _replace_rows(TreatyParty, "treaty", treaty_id,
                      [{"actor": p["actor_id"], "joined": p.get("joined"), "left": p.get("left")}
                       for p in data["parties"]])
    if "provisions" in data:
        _upsert_owned(Provision, "treaty", treaty_id, data["provisions"], _write_provision(treaty_id))
    if "source_ids" in data:
        _replace_rows(TreatySource, "treaty", treaty_id, [{"source": s} for s in data["source_ids"]])


def _treaty_references(data):
    refs = _sources(data.get("source_ids", []))
    for i, p in enumerate(data.get("parties", [])):
        refs.append(Ref(("parties", i, "actor_id"), Actor, p["actor_id"]))
    return refs


def _treaty_to_input(r):
    return {"name": r["name"], "kind": r["kind"], "status": r["status"], "signed_date": r["signed_date"],
            "in_force_date": r["in_force_date"], "ended_date": r["ended_date"],
            "date_precision": r["date_precision"], "summary": r["summary"],
            "parties": [{"actor_id": p["actor"]["id"], "joined": p["joined"], "left": p["left"]}
                        for p in r["parties"]],
            "provisions": [dict(p) for p in r["provisions"]],
            "source_ids": _ids(r["sources"])}


TREATIES = Kind(
    name="treaties", model=Treaty,
    columns=("name", "kind", "status", "signed_date", "in_force_date", "ended_date", "date_precision", "summary"),
    represent=rep.treaties, to_input=_treaty_to_input, write_children=_treaty_children,
    references=_treaty_references,
    referrers=(
        Referrer("events", "treaties.treaty_id",
                 lambda i: EventTreaty.select(EventTreaty.event).where(EventTreaty.treaty == i)),
        Referrer("statements", "about_treaties.treaty_id",
                 lambda i: StatementTreaty.select(StatementTreaty.statement).where(StatementTreaty.treaty == i)),
    ),
    rules=rules.treaty_rules,
)


# --- statements ------------------------------------------------------------------------------------------

def _statement_children(statement_id, data, is_new):
    if "about_event_ids" in data:
        _replace_rows(StatementEvent, "statement", statement_id, [{"event": e} for e in data["about_event_ids"]])
    if "about_treaties" in data:
        _replace_rows(StatementTreaty, "statement", statement_id,
                      [{"treaty": t["treaty_id"], "provision": t.get("provision_id")}
                       for t in data["about_treaties"]])
    if "about_statement_ids" in data:
        _replace_rows(StatementStatement, "statement", statement_id,
                      [{"about": s} for s in data["about_statement_ids"]])
    if "source_ids" in data:
        _replace_rows(StatementSource, "statement", statement_id, [{"source": s} for s in data["source_ids"]])


def _statement_references(data):
    refs = _sources(data.get("source_ids", []))
    if data.get("speaker_id"):
        refs.append(Ref(("speaker_id",), Actor, data["speaker_id"]))
    if data.get("addressee_id"):
        refs.append(Ref(("addressee_id",), Actor, data["addressee_id"]))
    refs.extend(Ref(("about_event_ids", i), Event, e) for i, e in enumerate(data.get("about_event_ids", [])))
    for i, t in enumerate(data.get("about_treaties", [])):
        refs.append(Ref(("about_treaties", i, "treaty_id"), Treaty, t["treaty_id"]))
    refs.extend(Ref(("about_statement_ids", i), Statement, s)
                for i, s in enumerate(data.get("about_statement_ids", [])))
    return refs


def _statement_to_input(r):
    return {"speaker_id": r["speaker"]["id"], "addressee_id": _id_or_none(r["addressee"]), "date": r["date"],
            "medium": r["medium"], "quote": r["quote"], "language": r["language"], "summary": r["summary"],
            "stance": r["stance"], "about_event_ids": _ids(r["about_events"]),
            "about_treaties": [{"treaty_id": t["treaty"]["id"], "provision_id": _id_or_none(t["provision"])}
                               for t in r["about_treaties"]],
            "about_statement_ids": _ids(r["about_statements"]), "source_ids": _ids(r["sources"])}


STATEMENTS = Kind(
    name="statements", model=Statement,
    columns=("speaker_id", "addressee_id", "date", "medium", "quote", "language", "summary", "stance"),
    represent=rep.statements, to_input=_statement_to_input, write_children=_statement_children,
    references=_statement_references,
    referrers=(
        Referrer("statements", "about_statement_ids",
                 lambda i: StatementStatement.select(StatementStatement.statement)
                 .where(StatementStatement.about == i)),
    ),
    rules=rules.statement_rules,
)

KINDS = {kind.name: kind for kind in (SOURCES, ACTORS, PLACES, EVENTS, TREATIES, STATEMENTS)}
