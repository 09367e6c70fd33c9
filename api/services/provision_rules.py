"""Rules about provisions that need the database (schemas/provisions.py checks the rest): parts kept by ID
belong to their provision, provisions named by ID belong to the treaty (and survive the write), and nothing
deletes a provision that an event still links to. Each returns a list of (path, message), like rules.py."""
from schemas.provision_checks import named_provision_ids, provision_problems

from .. import jsonio
from ..models import EventTreaty, Implementation, Provision, Statement


def _treaty_of(provision_ids):
    if not provision_ids:
        return {}
    return dict(Provision.select(Provision.id, Provision.treaty).where(Provision.id.in_(list(provision_ids))).tuples())


def implementation_ids(treaty_id, provisions, fixed_ids=False):
    """Entry IDs given for an implementation record must be entries of that very provision."""
    problems = []
    for i, provision in enumerate(provisions):
        given = [(j, e["id"]) for j, e in enumerate(provision.get("implementation") or []) if e.get("id")]
        if not given:
            continue
        allowed = set()
        if provision.get("id") and treaty_id is not None:
            allowed = {row[0] for row in Implementation.select(Implementation.id)
                       .where(Implementation.provision == provision["id"]).tuples()}
        if fixed_ids:
            taken = {row[0] for row in Implementation.select(Implementation.id)
                     .where(Implementation.id.in_([ident for _, ident in given])).tuples()}
            allowed |= {ident for _, ident in given if ident not in taken}
        problems += [(("provisions", i, "implementation", j, "id"),
                      f"No implementation entry with id {ident} in this provision.")
                     for j, ident in given if ident not in allowed]
    return problems


def named_provisions(treaty_id, provisions):
    """A provision named by ID in a condition or deadline must be one this write keeps in the treaty."""
    kept = {p["id"] for p in provisions if p.get("id")}
    return [(path, f"No provision with id {ident} in this treaty (name a new one by its key).")
            for path, ident in named_provision_ids(provisions) if ident not in kept or treaty_id is None]


def participation_provisions(data):
    """The provisions a participation change covers (treaties37) are provisions this write keeps in the treaty."""
    kept = {p["id"] for p in data.get("provisions", []) if p.get("id")}
    return [(("parties", p, "participation", i, "provision_ids", j),
             f"No provision with id {ident} in this treaty: name one of its own provisions (kept by this write).")
            for p, party in enumerate(data.get("parties") or [])
            for i, change in enumerate(party.get("participation") or [])
            for j, ident in enumerate(change.get("provision_ids") or []) if ident not in kept]


def linked_provisions(treaty_id, data):
    """Provisions a PUT/PATCH would delete while events still link to them."""
    if treaty_id is None or "provisions" not in data:
        return []
    kept = {item["id"] for item in data["provisions"] if item.get("id")}
    rows = (EventTreaty.select(EventTreaty.provision, EventTreaty.event).join(
        Provision, on=(EventTreaty.provision == Provision.id))
        .where((Provision.treaty == treaty_id) & Provision.id.not_in(kept or {0}))
        .order_by(EventTreaty.provision).tuples())
    return [(("provisions",), f"Provision {provision} is linked by event {event}: keep it (give its id), or change "
                              "the event first.") for provision, event in rows]


def ending_events(provisions):
    """A term's ends_with_event_id must name an existing event (the term is stored whole, so it is checked here)."""
    from ..models import Event
    wanted = [(i, p["term"]["ends_with_event_id"]) for i, p in enumerate(provisions)
              if (p.get("term") or {}).get("ends_with_event_id")]
    found = {row[0] for row in Event.select(Event.id).where(
        Event.id.in_([e for _, e in wanted]) & Event.deleted_at.is_null()).tuples()} \
        if wanted else set()
    return [(("provisions", i, "term", "ends_with_event_id"), f"No event with id {event}.")
            for i, event in wanted if event not in found]


def unconditional_alone(provisions):
    """A provision the text calls unconditional has no other condition (mend-agree, notes/trials t16 #5)."""
    return [(("provisions", i, "conditions"), "A provision said to be unconditional has no other condition.")
            for i, p in enumerate(provisions) if len(p.get("conditions") or []) > 1
            and any(c["type"] == "unconditional" for c in p["conditions"])]


def pledged_acts(located):
    """A pledge_kept condition's act_index names an act of the statement's act_list (agree28): `located` is
    (path, condition) pairs. A statement not found is the reference check's to report."""
    wanted = [(path, c) for path, c in located if c.get("type") == "pledge_kept" and c.get("act_index") is not None]
    problems = []
    for path, condition in wanted:
        column = getattr(Statement, condition["act_list"])
        found = Statement.select(column).where(Statement.id == condition["statement_id"]).tuples().first()
        count = len(jsonio.loads(found[0] or "[]")) if found is not None else None
        if count is not None and condition["act_index"] >= count:
            problems.append((path + ("act_index",), f"Statement {condition['statement_id']} has {count} "
                             f"{condition['act_list']}: act_index counts them from 0."))
    return problems


def treaty_provision_rules(treaty_id, data, fixed_ids=False):
    provisions = data.get("provisions", [])
    return (list(provision_problems(provisions)) + ending_events(provisions)
            + pledged_acts([(("provisions", i, "conditions", j), c) for i, p in enumerate(provisions)
                            for j, c in enumerate(p.get("conditions") or [])])
            + unconditional_alone(provisions) + implementation_ids(treaty_id, provisions, fixed_ids)
            + named_provisions(treaty_id, provisions) + linked_provisions(treaty_id, data)
            + participation_provisions(data))


def event_provision_rules(data):
    """The provision of a treaty link must be a provision of that treaty."""
    wanted = [(i, t["treaty_id"], t["provision_id"]) for i, t in enumerate(data.get("treaties", []))
              if t.get("provision_id")]
    treaty_of = _treaty_of({p for _, _, p in wanted})
    return [(("treaties", i, "provision_id"), f"No provision with id {provision_id} in treaty {treaty_id}.")
            for i, treaty_id, provision_id in wanted if treaty_of.get(provision_id) != treaty_id]


def statement_condition_rules(data):
    """A statement's conditions name provisions by ID (a statement has no treaty whose keys it could use)."""
    problems = []
    conditions = data.get("conditions", [])
    treaty_of = _treaty_of({c["provision_id"] for c in conditions if c.get("provision_id")})
    for i, condition in enumerate(conditions):
        if condition.get("provision_key"):
            problems.append((("conditions", i, "provision_key"),
                             "A statement names a provision by its ID: give provision_id."))
        if condition.get("provision_id") and condition["provision_id"] not in treaty_of:
            problems.append((("conditions", i, "provision_id"), f"No provision with id {condition['provision_id']}."))
    return problems + pledged_acts([(("conditions", i), c) for i, c in enumerate(conditions)])
