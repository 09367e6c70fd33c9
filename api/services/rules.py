"""Rules that span records, checked before a write: references exist and belong where they are used.

Each check returns a list of (path, message); records.py gathers them into one field -> messages answer.
"""
from collections import defaultdict
from dataclasses import dataclass

from .. import sql
from ..models import Actor, Event, EventClaim, Figure, Participant, Place, Provision, StatementTreaty
from . import relation_rules
from .figure_rules import about_figures, named_figures
from .provision_rules import event_provision_rules, statement_condition_rules, treaty_provision_rules
from .timing_rules import named_status_changes


@dataclass(frozen=True)
class Ref:
    """A reference from the input to another record: `path` names the field in error messages."""

    path: tuple
    model: type
    id: int


def missing_references(refs):
    """Every Ref whose record does not exist, checked with one query per referenced model."""
    by_model = defaultdict(set)
    for ref in refs:
        by_model[ref.model].add(ref.id)
    # a tombstone cannot be referred to (sql.live_ids leaves them out)
    existing = {model: sql.live_ids(model, ids) for model, ids in by_model.items()}
    return [(ref.path, f"No {ref.model._meta.table_name} with id {ref.id}.")
            for ref in refs if ref.id not in existing[ref.model]]


def ancestors(model, record_id):
    """A query of the IDs of a record and all its ancestors, however deep.

    A recursive CTE with UNION, not UNION ALL: UNION drops a row already produced, so the walk stops when
    it comes back to a record it has seen. It therefore ends even on a cycle that got into the data some
    other way (an old version of the service, a hand edit), instead of running until the query time limit.
    """
    start = model.select(model.id, model.parent).where(model.id == record_id).cte(
        "ancestors", recursive=True, columns=("id", "parent_id"))
    up = model.alias()
    walk = start.union(up.select(up.id, up.parent).join(start, on=(up.id == start.c.parent_id)))
    return walk.select_from(walk.c.id)


def parent_cycle(model, record_id, parent_id):
    """A record may not be its own ancestor, at any depth: it must not be among its new parent's ancestors."""
    if parent_id is None or record_id is None:
        return []
    if parent_id == record_id or model.select().where(
            model.id.in_(ancestors(model, parent_id)) & (model.id == record_id)).exists():
        return [(("parent_id",), "Would make the record its own ancestor.")]
    return []


def owned_ids(model, owner_field, owner_id, items, field, fixed_ids=False):
    """IDs given for kept parts (figures, provisions) must be parts of this very record.

    Only the example data, created with fixed IDs (`fixed_ids`), may name part IDs nobody uses yet."""
    given = [(i, item["id"]) for i, item in enumerate(items) if item.get("id")]
    if not given:
        return []
    owner = getattr(model, owner_field)
    allowed = set()
    if owner_id is not None:
        allowed = {row[0] for row in model.select(model.id).where(owner == owner_id).tuples()}
    if fixed_ids:
        taken = {row[0] for row in model.select(model.id).where(model.id.in_([i for _, i in given])).tuples()}
        allowed |= {ident for _, ident in given if ident not in taken}
    return [((field, i, "id"), f"No {model._meta.table_name} with id {ident} in this record.")
            for i, ident in given if ident not in allowed]


def source_rules(record_id, data, fixed_ids=False):
    """A source does not carry itself (cites_source_ids, migrations/0059; cites_in_part_source_ids, 0075)."""
    return [((name, i), "A source cannot cite itself.") for name in ("cites_source_ids", "cites_in_part_source_ids")
            for i, cited in enumerate(data.get(name) or []) if record_id is not None and cited == record_id]


def actor_rules(record_id, data, fixed_ids=False):
    return (parent_cycle(Actor, record_id, data.get("parent_id")) + relation_rules.memberships(record_id, data)
            + relation_rules.actor_relations(record_id, data)
            + (owned_ids(Figure, "owner_actor", record_id, data.get("figures", []), "figures", fixed_ids)   # 0098
               or named_figures("owner_actor", record_id, data)))


def place_rules(record_id, data, fixed_ids=False):
    return (parent_cycle(Place, record_id, data.get("parent_id")) + relation_rules.place_relations(record_id, data)
            + (owned_ids(Figure, "owner_place", record_id, data.get("figures", []), "figures", fixed_ids)
               or named_figures("owner_place", record_id, data)))


def _belongs_to(actor_id):
    """The actor, the actors it is part of (its parent chain) and the bodies it is a member of (member_of), and
    theirs in turn: the actors whose losses are also its losses."""
    from ..models import ActorMembership

    found, todo = set(), [actor_id]
    while todo and len(found) < 1000:
        current = todo.pop()
        if current in found:
            continue
        found.add(current)
        todo += [row[0] for row in Actor.select(Actor.parent).where((Actor.id == current)
                                                                     & Actor.parent.is_null(False)).tuples()]
        todo += [row[0] for row in ActorMembership.select(ActorMembership.actor)
                 .where(ActorMembership.member == current).tuples()]
    return found


# Figure categories that name a participant role: a side's losses, or (one-sided events: an attack, a strike;
# migrations/0034) the initiator's or the target's.
ROLE_CATEGORIES = ("side_a", "side_b", "initiator", "target")


def supported_sides(participants):
    """(actor, role) pairs of (actor, role, on_behalf_of) participants, a force in role supporting counted on the
    side it supports (events32): the gunship supporting the Marines, side_a, has its losses among side_a's."""
    participants = list(participants)
    sides = {(actor, role) for actor, role, _ in participants}
    for actor, role, behalf in participants:
        if role == "supporting" and behalf is not None:
            sides |= {(actor, side) for whole, side in list(sides) if whole == behalf and side in ROLE_CATEGORIES}
    return sides


def suffered_by_problems(data, sides=None, where="the event"):
    """A side's losses (category side_a, side_b, initiator or target) name an actor that takes part in that role, or that belongs
    to (parent chain, member_of) one that does: the Azov Regiment's fighters, Ukraine being side_b. `sides`: the
    (actor, role) pairs of a statement's events (statement_sides), else the event's own participants."""
    if sides is None:
        sides = supported_sides((p.get("actor_id"), p.get("role"), p.get("on_behalf_of_id"))
                                for p in data.get("participants") or [])
    problems = []
    for i, figure in enumerate(data.get("figures") or []):
        category = figure.get("category")
        if category not in ROLE_CATEGORIES:
            continue
        # one actor (suffered_by_id), or each of several (sufferer_ids, migrations/0020)
        named = [(("suffered_by_id",), figure.get("suffered_by_id"))] + [
            (("sufferer_ids", j), actor) for j, actor in enumerate(figure.get("sufferer_ids") or [])]
        for field, actor in named:
            if actor is None or (actor, category) in sides:
                continue
            if not any((whole, category) in sides for whole in _belongs_to(actor)):
                problems.append((("figures", i, *field),
                                 f"Actor {actor} is not a participant of {where} in role {category}, nor part or "
                                 "member of one."))
    return problems


def statement_sides(data):
    """A statement's figures naming a side (figures28): checked against the (actor, role) pairs of the events it is
    about. A statement about no event has nothing to check them against (statements stored before kept sides)."""
    events = data.get("about_event_ids") or []
    if not events or not any(f.get("category") in ROLE_CATEGORIES for f in data.get("figures") or []):
        return []
    sides = supported_sides(Participant.select(Participant.actor, Participant.role, Participant.on_behalf_of)
                            .where(Participant.event.in_(events)).tuples())
    return suffered_by_problems(data, sides, "an event the statement is about (about_event_ids)")


def covering_problems(record_id, data):
    """A total over several events is reported by a record that is none of them (migrations/0053): an event's
    figure does not name its own event in covers_event_ids."""
    return [(("figures", i, "covers_event_ids"), "Names this event: a total over several events belongs to "
                                                 "the record reporting it (their parent, a statement).")
            for i, figure in enumerate(data.get("figures") or [])
            if record_id is not None and record_id in (figure.get("covers_event_ids") or [])]


def event_rules(record_id, data, fixed_ids=False):
    return (parent_cycle(Event, record_id, data.get("parent_id"))
            + suffered_by_problems(data)
            + covering_problems(record_id, data)
            + (owned_ids(Figure, "event", record_id, data.get("figures", []), "figures", fixed_ids)
               or named_figures("event", record_id, data))
            + owned_ids(EventClaim, "event", record_id, data.get("claims", []), "claims", fixed_ids)
            + owned_ids(Participant, "event", record_id, data.get("participants", []), "participants", fixed_ids)
            + relation_rules.event_relations(record_id, data)
            + event_provision_rules(data)
            + named_status_changes("events", record_id, data))


def invoked_provisions(treaty_id, data):
    """Provisions a PUT/PATCH would delete (left out of `provisions`) while statements still invoke them."""
    if treaty_id is None or "provisions" not in data:
        return []
    kept = {item["id"] for item in data["provisions"] if item.get("id")}
    rows = (StatementTreaty.select(StatementTreaty.provision, StatementTreaty.statement)
            .join(Provision).where((Provision.treaty == treaty_id) & Provision.id.not_in(kept or {0}))
            .order_by(StatementTreaty.provision).tuples())
    return [(("provisions",), f"Provision {provision} is invoked by statement {statement}: keep it (give its id), "
                              "or change the statement first.") for provision, statement in rows]


def treaty_rules(record_id, data, fixed_ids=False):
    # Only once the kept IDs are valid: both name `provisions`, which cannot be a list and a dict at once.
    return ((owned_ids(Provision, "treaty", record_id, data.get("provisions", []), "provisions", fixed_ids)
             or invoked_provisions(record_id, data) + treaty_provision_rules(record_id, data, fixed_ids))
            + treaty_structure_rules(record_id, data, fixed_ids)
            + named_status_changes("treaties", record_id, data))


def treaty_structure_rules(record_id, data, fixed_ids=False):
    """Kept status-change IDs belong to this treaty; a treaty does not relate to itself."""
    from ..models import TreatyStatusChange

    problems = owned_ids(TreatyStatusChange, "treaty", record_id, data.get("status_history", []),
                         "status_history", fixed_ids)
    for i, relation in enumerate(data.get("relations", [])):
        if record_id is not None and relation.get("treaty_id") == record_id:
            problems.append((("relations", i, "treaty_id"), "A treaty cannot relate to itself."))
    return problems


def statement_rules(record_id, data, fixed_ids=False):
    problems = (relation_rules.statement_relations(record_id, data)
                + statement_sides(data)
                + (owned_ids(Figure, "statement", record_id, data.get("figures", []), "figures", fixed_ids)
                   or named_figures("statement", record_id, data) + about_figures(record_id, data)))
    wanted = [(i, t["treaty_id"], t["provision_id"]) for i, t in enumerate(data.get("about_treaties", []))
              if t.get("provision_id")]
    if wanted:
        treaty_of = dict(Provision.select(Provision.id, Provision.treaty)
                         .where(Provision.id.in_([p for _, _, p in wanted])).tuples())
        for i, treaty_id, provision_id in wanted:
            if treaty_of.get(provision_id) != treaty_id:
                problems.append((("about_treaties", i, "provision_id"),
                                 f"No provision with id {provision_id} in treaty {treaty_id}."))
    return problems + statement_condition_rules(data) + named_status_changes("statements", record_id, data)
