"""Checks on typed links between records of one kind (issue 10): no record linked to itself, and no cycle
where one makes no sense (an event cannot follow an event that follows it; a body cannot be a member of its
own member). Each returns [(path, message)] like the rules in rules.py."""
from ..models import ActorMembership, EventRelation, StatementRelation

# Relations along which a cycle is nonsense: each orders its two records in time, or contains one in the other.
EVENT_ACYCLIC = ("follows", "in_response_to", "ends", "after", "before", "prevents", "delays",
                 "obstructs")   # after, before: mend-time; delays, obstructs: events32
STATEMENT_ACYCLIC = ("replies_to", "retracts", "revises", "follows")   # follows: migrations/0039


def reachable(model, owner, target, record_id, starts, relation=None):
    """Whether `record_id` is reached from `starts` along the rows of `model` (owner -> target), of
    `relation` if given. The rows `record_id` owns now are left out: the write replaces them.

    A recursive CTE with UNION, which stops where it has been before, as rules.ancestors does."""
    def edges(query):
        condition = getattr(model, owner.name) != record_id
        if relation is not None:
            condition &= model.relation == relation
        return query.where(condition)

    base = edges(model.select(target.alias("id")).where(owner.in_(starts))).cte(
        "reached", recursive=True, columns=("id",))
    step = model.alias()
    follow = step.select(getattr(step, target.name)).join(base, on=(getattr(step, owner.name) == base.c.id))
    condition = getattr(step, owner.name) != record_id
    if relation is not None:
        condition &= step.relation == relation
    walk = base.union(follow.where(condition))
    return walk.select_from(walk.c.id).where(walk.c.id == record_id).exists()


def _typed(field, id_name, items, record_id, model, acyclic, what):
    problems, by_relation = [], {}
    for i, item in enumerate(items):
        if record_id is not None and item.get(id_name) == record_id:
            problems.append(((field, i, id_name), f"A {what} cannot be related to itself."))
        elif item.get("relation") in acyclic:
            by_relation.setdefault(item["relation"], []).append((i, item[id_name]))
    if record_id is None:
        return problems
    owner, target = model.subject, getattr(model, id_name[:-3])
    for relation, found in by_relation.items():
        starts = [ident for _, ident in found]
        if reachable(model, owner, target, record_id, starts, relation):
            problems.append(((field, found[0][0], id_name),
                             f"Would make a cycle of '{relation}': the {what} named already leads back to this one."))
    return problems


def event_relations(record_id, data):
    problems = _typed("relations", "event_id", data.get("relations", []), record_id, EventRelation, EVENT_ACYCLIC,
                      "event")
    for i, item in enumerate(data.get("other_places", [])):
        # The main place may be listed again to say the part it plays ("between Aden and Sanaa": both ends).
        main = item.get("place_id") is not None and item.get("place_id") == data.get("place_id")
        if main and item.get("role", "at") == "at":
            problems.append((("other_places", i, "place_id"), "Is the event's place_id already, which reads as at: "
                                                              "list it here only with another role (between, "
                                                              "from, to, via)."))
    for i, claim in enumerate(data.get("claims", [])):
        if record_id is not None and claim.get("related_event_id") == record_id:
            problems.append((("claims", i, "related_event_id"), "An event cannot be related to itself."))
    return problems


def _dated_in_order(i, item):
    """`until` not before `since` (reported dates: the latest day of until's bracket against since's first)."""
    since, until = item.get("since") or {}, item.get("until") or {}
    if since.get("date") and until.get("date") and (until.get("date_end") or until["date"]) < since["date"]:
        return [(("relations", i, "until"), "Must not be before since.")]
    return []


def place_relations(record_id, data):
    """No place related to itself (as the place, or as the second place of on_road_between); `until` not before
    `since` (migrations/0035)."""
    problems = []
    for i, item in enumerate(data.get("relations", [])):
        for name in ("place_id", "and_place_id", "across_id"):
            if record_id is not None and item.get(name) == record_id:
                problems.append((("relations", i, name), "A place cannot be related to itself."))
        for name in ("and_place_id", "across_id"):   # the water between two places is neither (0042)
            if item.get(name) is not None and item.get(name) == item.get("place_id"):
                problems.append((("relations", i, name), "Name two different places."))
        problems += _dated_in_order(i, item)
    return problems


def statement_relations(record_id, data):
    problems = _typed("relations", "statement_id", data.get("relations", []), record_id, StatementRelation,
                      STATEMENT_ACYCLIC, "statement")
    for field, first in (("other_speaker_ids", "speaker_id"), ("other_addressee_ids", "addressee_id")):
        for i, ident in enumerate(data.get(field, [])):
            if ident == data.get(first):
                problems.append(((field, i), f"Is the statement's {first} already: list the others only."))
    return problems


def memberships(record_id, data):
    problems, bodies = [], []
    for i, item in enumerate(data.get("member_of", [])):
        if record_id is not None and item["actor_id"] == record_id:
            problems.append((("member_of", i, "actor_id"), "An actor cannot be a member of itself."))
        else:
            bodies.append((i, item["actor_id"]))
        joined, left = item.get("joined") or {}, item.get("left") or {}
        if joined.get("date") and left.get("date") and (left.get("date_end") or left["date"]) < joined["date"]:
            problems.append((("member_of", i, "left"), "Must not be before joined."))
    if record_id is not None and bodies and reachable(ActorMembership, ActorMembership.member, ActorMembership.actor,
                                                      record_id, [ident for _, ident in bodies]):
        problems.append((("member_of", bodies[0][0], "actor_id"),
                         "Would make a cycle: that body is already a member of this actor, at some depth."))
    return problems


def actor_relations(record_id, data):
    """No actor related to itself; `until` not before `since`. Cycles are allowed: two allies name each other."""
    problems = []
    for i, item in enumerate(data.get("relations", [])):
        if record_id is not None and item["actor_id"] == record_id:
            problems.append((("relations", i, "actor_id"), "An actor cannot be related to itself."))
        problems += _dated_in_order(i, item)
    return problems
