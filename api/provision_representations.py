"""The provisions of treaties as responses show them, read in batches (one query per kind of part for a whole
page of treaties): the provision's row with its JSON parts, its obliged actors, other actors, places, and its
implementation record with the sources of each entry. Called by representations._treaty_lists."""
from collections import defaultdict

from marshmallow import fields

from schemas.cross_relations import timing_as_shown
from schemas.claims import attribution_of
from schemas.declaration import shown_name
from schemas.unnamed import UNNAMED_FIELDS
from schemas.provisions import (ConditionIn, CoveredItemIn, DeadlineIn, ProvisionFigureIn, ProvisionLinkIn, ScopeIn,
                                TermIn)

from . import jsonio, sql
from .models import (Implementation, ImplementationSource, Provision, ProvisionActor, ProvisionObliged,
                     ProvisionPlace, ProvisionPlaceRole)
from .models.provisions import ImplementationActor, ImplementationPlace, ImplementationPlaceAsReported, ProvisionObject
from .refs import sources_cited


def _number(value):
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def shown(schema_cls, data):
    """A stored input form (JSON: only the keys given) -> the response form: every field present (a list
    empty, anything else null), IDs under their shown names, whole numbers as integers."""
    if data is None:
        return None
    result = {}
    for name, field in schema_cls._declared_fields.items():
        value = data.get(name)
        if isinstance(field, fields.Nested) and value is not None:
            value = shown(field.nested, value)
        elif isinstance(field, fields.List):
            inner = field.inner
            value = [shown(inner.nested, v) if isinstance(inner, fields.Nested) else v for v in value or []]
        elif isinstance(field, fields.Float):
            value = _number(value)
        elif name == "attribution" and value is None:   # stored before figures and deadlines had claimants
            value = attribution_of(data.get("claimant_id"))
        elif name == "additional" and value is None:   # a provision figure stored before it (migrations/0101)
            value = False
        elif name == "rank" and value is None:   # stored before deadlines and provision figures had ranks (0049)
            value = "normal"
        result[shown_name(name, field)] = value
    return result


def claimed_entry(claimant, attribution, rank, source_ids):
    """Who says a provision or a party's role, as stored (migrations/0049: null before it) -> as shown: the
    claimant by ID, an attribution and a rank as a figure's or deadline's read (shown above)."""
    return {"claimant": claimant, "attribution": attribution or attribution_of(claimant), "rank": rank or "normal",
            "sources": jsonio.loads(source_ids or "[]")}


def unnamed_claimant(row):
    """A claim's unnamed claimant in words, as stored (null before its migration): a provision's, an event's treaty
    link's (schemas/unnamed.py)."""
    return {name: row[name] for name in UNNAMED_FIELDS}


def conditions(text):
    return [shown(ConditionIn, item) for item in jsonio.loads(text or "[]")]


def _lists(model, provision_ids, *columns):
    grouped = defaultdict(list)
    for row in sql.owned(model, "provision", provision_ids, *columns):
        grouped[row[0]].append(row[1:] if len(row) > 2 else row[1])
    return grouped


def _implementation(provision_ids, actor_refs, place_refs):
    entries = sql.owned_records(Implementation, "provision", provision_ids)
    cited = sources_cited(ImplementationSource, "implementation", [e["id"] for e in entries], True)
    whose = defaultdict(list)   # whose keeping or breaking each entry is about (migrations/0043)
    for entry_id, actor_id in sql.owned(ImplementationActor, "implementation", [e["id"] for e in entries],
                                        ImplementationActor.actor):
        whose[entry_id].append(actor_id)
    where = defaultdict(list)   # where the status held (migrations/0090)
    for entry_id, place_id in sql.owned(ImplementationPlace, "implementation", [e["id"] for e in entries],
                                        ImplementationPlace.place):
        where[entry_id].append(place_id)
    described = defaultdict(list)   # where, as reported: not named, or described (migrations/0100)
    for entry_id, *item in sql.owned(ImplementationPlaceAsReported, "implementation", [e["id"] for e in entries],
                                     *AS_REPORTED_COLUMNS):
        described[entry_id].append(item)
    claimants = actor_refs([e["claimant"] for e in entries] + [a for v in whose.values() for a in v])
    places = place_refs([p for v in where.values() for p in v]
                        + [p for v in described.values() for item in v for p in (item[0], item[1]) if p is not None])
    result = defaultdict(list)
    for entry in entries:
        result[entry["provision"]].append({
            "id": entry["id"], "date": jsonio.loads(entry["date"]) if entry["date"] is not None else None, "status": entry["status"],
            "claimant": claimants.get(entry["claimant"]), "attribution": entry["attribution"],
            "actors": [claimants[a] for a in whose[entry["id"]]],
            "note": entry["note"], "reason": entry["reason"], "sources": cited[entry["id"]],
            "places": [places[p] for p in where[entry["id"]]],
            "places_as_reported": [_place_as_reported(item, places) for item in described[entry["id"]]],
            "extent": entry["extent"], **unnamed_claimant(entry),
            "timing": timing_as_shown(jsonio.loads(entry["timing"]) if entry["timing"] is not None else None)})   # 0047
    return result


AS_REPORTED_COLUMNS = (ImplementationPlaceAsReported.place, ImplementationPlaceAsReported.relative_to,
                       ImplementationPlaceAsReported.unknown, ImplementationPlaceAsReported.relation,
                       ImplementationPlaceAsReported.words, ImplementationPlaceAsReported.with_surroundings)


def _place_as_reported(item, place):
    p, relative_to, unknown, relation, words, with_surroundings = item
    return {"place": place.get(p), "unknown": unknown, "relation": relation, "relative_to": place.get(relative_to),
            "words": words, "with_surroundings": bool(with_surroundings)}


# A place with its part, named or not (migrations/0090): shown as an event's further places are.
PLACE_ROLE_COLUMNS = (ProvisionPlaceRole.place, ProvisionPlaceRole.role, ProvisionPlaceRole.relative_to,
                      ProvisionPlaceRole.unknown, ProvisionPlaceRole.relation, ProvisionPlaceRole.words,
                      ProvisionPlaceRole.with_surroundings, ProvisionPlaceRole.before_event,
                      ProvisionPlaceRole.as_of)   # treaties35 (migrations/0118)


# A provision actor's claim, as a party entry's (claimed_entry) with the unnamed claimant's words.
ACTOR_CLAIM = (ProvisionActor.claimant, ProvisionActor.attribution, ProvisionActor.rank, ProvisionActor.source_ids,
               *(getattr(ProvisionActor, name) for name in UNNAMED_FIELDS))


def _provision_actor(actor, role, since, part, said):
    claimant, attribution, rank, sources, *words = said
    return {"actor": actor, "role": role, "deployed_since": jsonio.loads(since) if since else None,
            "actor_part": part,   # treaties35 (migrations/0118)
            **claimed_entry(claimant, attribution, rank, sources), **dict(zip(UNNAMED_FIELDS, words))}


def _place_role(item, place):
    p, role, relative_to, unknown, relation, words, with_surroundings, before_event, as_of = item
    return {"place": place.get(p), "role": role, "unknown": unknown, "relation": relation,
            "relative_to": place.get(relative_to), "words": words, "with_surroundings": bool(with_surroundings),
            "before_event": before_event, "as_of": jsonio.loads(as_of) if as_of else None}


def provisions_of(treaty_ids, actor_refs, place_refs):
    """treaty id -> [provision, ...] in order, each embedding the records it names (as an embedded figure
    does): `actor_refs`/`place_refs` are representations' (ids -> id -> ref)."""
    rows = sql.owned_records(Provision, "treaty", treaty_ids)
    ids = [row["id"] for row in rows]
    obliged = _lists(ProvisionObliged, ids, ProvisionObliged.actor)
    others = _lists(ProvisionActor, ids, ProvisionActor.actor, ProvisionActor.role, ProvisionActor.deployed_since,
                    ProvisionActor.actor_part, *ACTOR_CLAIM)   # who says so (claims34, migrations/0115)
    places = _lists(ProvisionPlace, ids, ProvisionPlace.place)
    roled = _lists(ProvisionPlaceRole, ids, *PLACE_ROLE_COLUMNS)
    objects = _lists(ProvisionObject, ids, ProvisionObject.kind, ProvisionObject.action, ProvisionObject.name,
                     ProvisionObject.criterion, ProvisionObject.actor, ProvisionObject.event)   # migrations/0040
    actor = actor_refs([a for v in obliged.values() for a in v] + [a for v in others.values() for a, *_ in v]
                       + [o[4] for v in objects.values() for o in v if o[4] is not None])
    place = place_refs([p for v in places.values() for p in v]
                       + [p for v in roled.values() for item in v for p in (item[0], item[2]) if p is not None])
    implementation = _implementation(ids, actor_refs, place_refs) if ids else {}
    result = defaultdict(list)
    for row in rows:
        pid = row["id"]
        result[row["treaty"]].append({
            "id": pid, "key": row["key"], "article": row["article"], "type": row["type"],
            "obligation": row["type"], "phase": row["phase"], "summary": row["summary"],
            "modality": row["modality"], "pace": row["pace"], "proportion": row["proportion"],
            "degree": row["degree"],   # treaties37 (migrations/0122)
            "not_set": jsonio.loads(row["not_set"] or "[]"), "reason": row["reason"], "reason_words": row["reason_words"],
            **claimed_entry(row["claimant"], row["attribution"], row["rank"], row["source_ids"]),
            **unnamed_claimant(row),   # acts31 (migrations/0107)
            "obliged_actors": [actor[a] for a in obliged.get(pid, [])],
            "actors": [_provision_actor(actor[a], role, since, part, said)
                       for a, role, since, part, *said in others.get(pid, [])],
            "objects": [{"kind": kind, "action": action, "name": name, "criterion": criterion,
                         "actor": actor[a] if a is not None else None, "event": event}
                        for kind, action, name, criterion, a, event in objects.get(pid, [])],
            "places": [place[p] for p in places.get(pid, [])],
            "place_roles": [_place_role(item, place) for item in roled.get(pid, [])],
            "site_categories": jsonio.loads(row["site_categories"] or "[]"),
            "scope": shown(ScopeIn, jsonio.loads(row["scope"])) if row["scope"] else None,
            "covers": [shown(CoveredItemIn, c) for c in jsonio.loads(row["covers"] or "[]")],
            "figures": [shown(ProvisionFigureIn, f) for f in jsonio.loads(row["figures"] or "[]")],
            "deadlines": [shown(DeadlineIn, d) for d in jsonio.loads(row["deadlines"] or "[]")],
            "term": shown(TermIn, jsonio.loads(row["term"])) if row["term"] else None,
            "conditions": conditions(row["conditions"]),
            "links": [shown(ProvisionLinkIn, link) for link in jsonio.loads(row["links"] or "[]")],
            "implementation": implementation.get(pid, [])})
    return result
