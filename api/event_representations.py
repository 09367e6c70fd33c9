"""The lists an event owns, read for a page of events (representations.LISTS["events"]): participants,
treaty links with the provision each carries out, figures, claims and sources, each embedded as records or
given as IDs as the shape asks; one query per kind of row, and one UNION ALL for those given as IDs."""
from collections import defaultdict

from schemas.cross_relations import timing_as_shown
from schemas.unnamed import UNNAMED_FIELDS

from . import jsonio, sql
from .figure_representations import embedded_figures, equipment_shown
from .relation_lists import aliases
from .models import EventAlias, EventClaim, EventClaimCandidate, EventClaimClaimant, EventClaimSource, EventSource, EventTreaty, EventTreatySource, Figure, Participant, Provision
from .refs import actor_refs, event_refs, grouped, number, place_refs, resolver, sources_cited, treaty_refs
from .sql import records_by_ids


def _embedded_claims(event_ids):
    """event id -> [claim about its dates, place or a participant, with its claimant and sources]."""
    claims = defaultdict(list)
    found = sql.owned_records(EventClaim, "event", event_ids)
    candidates = grouped(sql.owned(EventClaimCandidate, "claim", [row["id"] for row in found],
                                   EventClaimCandidate.actor))   # "one of them" (migrations/0040)
    claimants = grouped(sql.owned(EventClaimClaimant, "claim", [row["id"] for row in found],
                                  EventClaimClaimant.actor))   # "fighters and residents said" (migrations/0079)
    actors = actor_refs([row[k] for row in found
                         for k in ("claimant", "actor", "on_behalf_of", "controlled_by", "believed_target",
                                   "site_actor", "reason_for")]
                        + [a for rows_ in (*candidates.values(), *claimants.values()) for (a,) in rows_])
    places = place_refs([row[k] for row in found for k in ("place", "control_of")])
    events = event_refs(row[k] for row in found for k in ("related_event", "since_event"))
    cited = sources_cited(EventClaimSource, "claim", [row["id"] for row in found], True)
    for row in found:
        took_part = row["took_part"]
        claims[row["event"]].append({
            "id": row["id"], "dates": jsonio.loads(row["dates"]) if row["dates"] is not None else None,
            "place": places.get(row["place"]), "actor": actors.get(row["actor"]),
            "candidates": [actors.get(a) for (a,) in candidates.get(row["id"], [])], "role": row["role"],
            "took_part": bool(took_part) if took_part is not None else None,
            "on_behalf_of": actors.get(row["on_behalf_of"]), "control": row["control"],
            "controlled_by": actors.get(row["controlled_by"]), "control_of": places.get(row["control_of"]),
            "control_part": row["control_part"], "control_share": number(row["control_share"]),   # 0070
            "related_event": events.get(row["related_event"]),
            "relation": row["relation"], "reason": row["reason"],
            "reason_for": actors.get(row["reason_for"]), "reason_for_words": row["reason_for_words"],   # 0079
            "claimant": actors.get(row["claimant"]), "attribution": row["attribution"], "rank": row["rank"],
            "claimants": [actors.get(a) for (a,) in claimants.get(row["id"], [])],
            "qualifier": row["qualifier"],
            "as_of": row["as_of"], "as_of_part": row["as_of_part"], "as_of_precision": row["as_of_precision"], "note": row["note"], "sources": cited[row["id"]],
            "as_of_end": row["as_of_end"], "as_of_bound": row["as_of_bound"],   # claims34 (migrations/0115)
            "superlative": jsonio.loads(row["superlative"]) if row.get("superlative") is not None else None,
            # how sure the reporting is (migrations/0024): the term and the source that says it, by ID
            "verification": row["verification"], "verification_source": row["verification_source"],
            # a presence with its equipment, a cause, a mistaken target (migrations/0039)
            "presence": row["presence"],
            # an equipment stored before migrations/0048 names no maker: null, as input now defaults it
            "equipment": equipment_shown(jsonio.loads(row["equipment"]) if row["equipment"] is not None else None),
            "cause": row["cause"], "believed_target": actors.get(row["believed_target"]),
            "believed_target_words": row["believed_target_words"],
            # the kinds of site hit, and whom the claimant links them to (migrations/0048)
            "site_categories": jsonio.loads(row["site_categories"]), "site_actor": actors.get(row["site_actor"]),
            # the event's type and mode as claimed, the claimant's own hedge (migrations/0065)
            "type": row["type"], "mode": row["mode"], "claimant_hedge": row["claimant_hedge"],
            "occurrence": row["occurrence"],   # whether it happened, as claimed (migrations/0068)
            "outcome": row["outcome"],   # what it achieved, as claimed (migrations/0094)
            "delay": jsonio.loads(row["delay"]) if row.get("delay") is not None else None,   # events32 (0109)
            "treatment": jsonio.loads(row.get("treatment") or "[]"), "treatment_words": row.get("treatment_words"),   # 0112
            "manner": jsonio.loads(row["manner"]), "targeted_groups": jsonio.loads(row["targeted_groups"]),   # 0081
            "since_event": events.get(row["since_event"]),   # a superlative since an event (migrations/0076)
            "more_equipment": [equipment_shown(item) for item in jsonio.loads(row["more_equipment"])],
            "evidence": jsonio.loads(row["evidence"] or "[]"),   # what the claim rests on (agree33, 0114)
            **{name: row[name] for name in UNNAMED_FIELDS}})   # an unnamed claimant in words (migrations/0049)
    return claims


# The event's links that come as IDs only; one UNION ALL query (sql.id_links) answers those a shape does not
# embed, instead of one query each.
_ID_LINKS = {
    "treaties": (EventTreaty, EventTreaty.event, EventTreaty.treaty, EventTreaty.link),
    "figures": (Figure, Figure.event, Figure.id, None),
    "claims": (EventClaim, EventClaim.event, EventClaim.id, None),
    "sources": (EventSource, EventSource.event, EventSource.source, None),
}


def event_lists(ids, shape):
    lists = {}
    as_ids = [relation for relation in _ID_LINKS if shape.wants(relation) and not shape.embeds(relation)]
    linked = {relation: defaultdict(list) for relation in as_ids}
    if as_ids:
        for relation, event_id, linked_id, link, _ in sql.id_links(ids, {r: _ID_LINKS[r] for r in as_ids}):
            linked[relation][event_id].append((linked_id, link) if relation == "treaties" else linked_id)
    if shape.wants("participants"):
        participants = defaultdict(list)
        if shape.embeds("participants"):
            named = sql.participants_named(ids)
            behalf = actor_refs(row[6] for row in named)
            for event_id, ident, actor_id, name, kind, role, on_behalf_of, part in named:
                participants[event_id].append({"id": ident, "actor": {"id": actor_id, "name": name, "kind": kind},
                                               "role": role, "on_behalf_of": behalf.get(on_behalf_of),
                                               "actor_part": part})   # migrations/0076
        else:
            for event_id, ident, actor_id, role, on_behalf_of, part in sql.owned(
                    Participant, "event", ids, Participant.id, Participant.actor, Participant.role,
                    Participant.on_behalf_of, Participant.actor_part):
                participants[event_id].append({"id": ident, "actor": actor_id, "role": role,
                                               "on_behalf_of": on_behalf_of, "actor_part": part})
        lists["participants"] = participants
    if shape.wants("treaties"):
        provisions = None
        if shape.embeds("treaties"):   # the provisions come in the same query as the links
            rows = grouped(sql.owned(EventTreaty, "event", ids, EventTreaty.treaty, EventTreaty.link,
                                      EventTreaty.provision, EventTreaty.timing))
            links = {event_id: [(t, link) for t, link, *_ in rows_] for event_id, rows_ in rows.items()}
            provisions = {event_id: [tuple(rest) for _, _, *rest in rows_] for event_id, rows_ in rows.items()}
            treaty = resolver(True, treaty_refs, [t for rows_ in links.values() for t, _ in rows_])
        else:
            links, treaty = linked["treaties"], (lambda ident: ident)
        lists["treaties"] = {event_id: [{"treaty": treaty(t), "link": link} for t, link in rows_]
                             for event_id, rows_ in links.items()}
        _with_provisions(lists["treaties"], ids, shape.embeds("treaties"), provisions)
        _with_claimants(lists["treaties"], ids)
    if shape.wants("figures"):
        lists["figures"] = embedded_figures("event", ids) if shape.embeds("figures") else linked["figures"]
    if shape.wants("claims"):
        lists["claims"] = _embedded_claims(ids) if shape.embeds("claims") else linked["claims"]
    if shape.wants("aliases"):   # migrations/0076
        lists["aliases"] = aliases(EventAlias, "event", ids)
    if shape.wants("sources"):
        lists["sources"] = sources_cited(EventSource, "event", ids, True) if shape.embeds("sources") else linked["sources"]
    return lists


def _with_provisions(links, event_ids, embed, provisions=None):
    """Each treaty link gains the provision it carries out or breaches (its ID, or its ref when embedded) and its
    timing (migrations/0047): `provisions` as read with the links, else one query of the links' provisions and
    timings, in the links' order (none for a page without treaty links, as most are)."""
    if not links:
        return
    if provisions is None:
        provisions = grouped(sql.owned(EventTreaty, "event", event_ids, EventTreaty.provision, EventTreaty.timing))
    named = {p for rows_ in provisions.values() for (p, _) in rows_ if p is not None}
    refs = {}
    if embed and named:
        refs = {row["id"]: {"id": row["id"], "article": row["article"], "type": row["type"],
                            "obligation": row["type"]}
                for row in records_by_ids(Provision, named, ("id", "article", "type"))}
    for event_id, rows_ in links.items():
        for link, (provision, timing) in zip(rows_, provisions.get(event_id, [])):
            link["provision"] = refs.get(provision, provision) if provision is not None else None
            link["timing"] = timing_as_shown(jsonio.loads(timing) if timing is not None else None)


def _with_claimants(links, event_ids):
    """Each treaty link gains who says it holds and from which sources (migrations/0059), in the links' order:
    two queries for a page with treaty links, none without."""
    if not links:
        return
    said = grouped(sql.owned(EventTreaty, "event", event_ids, EventTreaty.id, EventTreaty.claimant,
                             EventTreaty.attribution, EventTreaty.verification, EventTreaty.note,
                             *[getattr(EventTreaty, name) for name in UNNAMED_FIELDS]))   # words: acts31 (0107)
    cited = sources_cited(EventTreatySource, "relation", [row[0] for rows_ in said.values() for row in rows_], False)
    for event_id, rows_ in links.items():
        for link, (ident, claimant, attribution, verification, note, *words) in zip(rows_, said.get(event_id, [])):
            link.update(claimant=claimant, attribution=attribution, verification=verification, note=note,
                        sources=cited.get(ident, []), **dict(zip(UNNAMED_FIELDS, words)))
