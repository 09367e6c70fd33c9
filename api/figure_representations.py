"""The figures a record owns (an event's, a statement's, a place's, an actor's: api/models/figures.py), embedded
with their claimants, sufferers, places and sources, or given as IDs; one query per kind of row for a page."""
from collections import defaultdict

from . import jsonio, sql
from .provision_representations import conditions   # a figure's, as a provision's (claims34)
from .models import Figure, FigureAboard, FigureAmong, FigureClaimant, FigureCoveredEvent, FigureHolder, FigureInflicter, FigurePlace, FigureSource, FigureSufferer
from schemas.unnamed import UNNAMED_FIELDS

from .refs import actor_refs, event_refs, grouped, number, place_refs, sources_cited


# Where a figure's people fled from and to (migrations/0042), in the order FigurePlaceIn declares them.
MOVING = (FigurePlace.place, FigurePlace.unknown, FigurePlace.relation, FigurePlace.relative_to, FigurePlace.words,
          FigurePlace.with_surroundings, FigurePlace.role, FigurePlace.site_category)   # site_category: 0113


def _moving(item, places):
    place, unknown, relation, relative_to, words, with_surroundings, role, site_category = item
    return {"place": places.get(place), "unknown": unknown, "relation": relation,
            "relative_to": places.get(relative_to), "words": words, "with_surroundings": bool(with_surroundings),
            "role": role, "site_category": site_category}
def _loaded(text):
    return jsonio.loads(text) if text is not None else None


# An equipment item's keys declared after items were stored (maker_country: migrations/0048; a craft's own name
# and flag: places34, migrations/0117), read as not said; input defaults them to null now.
EQUIPMENT_UNSAID = {"maker_country": None, "name": None, "flag_country": None}


def equipment_shown(item):
    """A stored equipment item (a dict, or None) as shown: every declared key."""
    return item if item is None else {**EQUIPMENT_UNSAID, **item}


def _age(text):
    """A figure's age, with its qualifier (claims26) null when stored before it was declared."""
    age = _loaded(text)
    return age if age is None else {"min": age.get("min"), "max": age.get("max"), "qualifier": age.get("qualifier")}


def embedded_figures(owner, owner_ids):
    """owner id -> [figure with its claimants and sources]; `owner` is the figure's owner column (event,
    statement, owner_place)."""
    figures = defaultdict(list)
    found = sql.owned_records(Figure, owner, owner_ids)
    figure_ids = [row["id"] for row in found]
    jointly = grouped(sql.owned(FigureSufferer, "figure", figure_ids, FigureSufferer.actor))
    claimants = grouped(sql.owned(FigureClaimant, "figure", figure_ids, FigureClaimant.actor))
    among = grouped(sql.owned(FigureAmong, "figure", figure_ids, FigureAmong.actor))
    holders = grouped(sql.owned(FigureHolder, "figure", figure_ids, FigureHolder.actor))   # migrations/0053
    inflicters = grouped(sql.owned(FigureInflicter, "figure", figure_ids, FigureInflicter.actor))   # 0062
    aboard = grouped(sql.owned(FigureAboard, "figure", figure_ids, FigureAboard.item_key, FigureAboard.actor))
    covered = grouped(sql.owned(FigureCoveredEvent, "figure", figure_ids, FigureCoveredEvent.event))
    actors = actor_refs([row[k] for row in found
                         for k in ("claimant", "suffered_by", "inflicted_by", "registered_with")]
                        + [a for rows_ in jointly.values() for (a,) in rows_]
                        + [a for rows_ in claimants.values() for (a,) in rows_]
                        + [a for rows_ in among.values() for (a,) in rows_]
                        + [a for rows_ in holders.values() for (a,) in rows_]
                        + [a for rows_ in inflicters.values() for (a,) in rows_]
                        + [a for rows_ in aboard.values() for (_, a) in rows_])
    moving = grouped(sql.owned(FigurePlace, "figure", figure_ids, *MOVING))
    places = place_refs([row["place"] for row in found] + [row["place_relative_to"] for row in found]
                        + [item[i] for items in moving.values() for item in items for i in (0, 3)])
    events = event_refs([row["period_since_event"] for row in found] + [row["earlier_event"] for row in found]
                        + [row["period_event"] for row in found]   # migrations/0064
                        + [row[k] for row in found for k in ("revised_after_event", "period_until_event")]   # 0070
                        + [e for rows_ in covered.values() for (e,) in rows_])
    cited = sources_cited(FigureSource, "figure", figure_ids, True)
    for row in found:
        figures[row[owner]].append({
            "id": row["id"], "quantity": row["quantity"], "category": row["category"],
            "suffered_by": actors.get(row["suffered_by"]),
            "sufferers": [actors.get(a) for (a,) in jointly.get(row["id"], [])], "subset": row["subset"],
            "low": number(row["low"]), "best": number(row["best"]), "high": number(row["high"]), "unit": row["unit"],
            "counted": row["counted"], "currency": row["currency"], "published": bool(row["published"]),
            "as_of": row["as_of"], "as_of_part": row["as_of_part"], "as_of_precision": row["as_of_precision"],   # 0057, 0062
            "as_of_time": row["as_of_time"],   # migrations/0095
            "as_of_end": row["as_of_end"], "registration": row["registration"],   # migrations/0098
            "as_of_relative": _loaded(row["as_of_relative"]),   # migrations/0108
            "status": row["status"],   # migrations/0110
            "independent_count": row["independent_count"], "activity_when_hit": row["activity_when_hit"],   # 0113
            "conditions": conditions(row["conditions"]),   # claims34 (migrations/0115): null (none stored) is []
            "registered_with": actors.get(row["registered_with"]), "items": jsonio.loads(row["items"]),
            "aboard": [{"item_key": key, "actor": actors.get(a)} for key, a in aboard.get(row["id"], [])],
            "claimant": actors.get(row["claimant"]), "attribution": row["attribution"],
            "rank": row["rank"], "qualifier": row["qualifier"], "note": row["note"], "country": row["country"],
            "place": places.get(row["place"]),
            "period": jsonio.loads(row["period"]) if row["period"] is not None else None,
            "key": row["key"], "part_of_id": row["part_of_id"], "part_of_key": row["part_of_key"],
            "claimants": [actors.get(a) for (a,) in claimants.get(row["id"], [])],
            "vague": row["vague"], "vague_words": row["vague_words"], "per": row["per"],
            "share_of": row["share_of"], "share_of_id": row["share_of_id"], "share_of_key": row["share_of_key"],
            "period_last": row["period_last"], "period_since_event": events.get(row["period_since_event"]),
            "period_since_treaty": row["period_since_treaty"],   # its ID (migrations/0059)
            "period_event": events.get(row["period_event"]), "certainty": row["certainty"],   # migrations/0064
            "claimant_hedge": row["claimant_hedge"],   # migrations/0074
            "revised_after_event": events.get(row["revised_after_event"]),   # migrations/0070
            "period_until_event": events.get(row["period_until_event"]),
            "travel_means": jsonio.loads(row["travel_means"]),
            "verification": row["verification"], "trend": row["trend"], "cause": row["cause"],
            "verification_source": row["verification_source"], "additional": bool(row["additional"]),   # 0101
            "proportion": row["proportion"], "counted_actors": [actors.get(a) for (a,) in among.get(row["id"], [])],
            "comparison": row["comparison"], "comparison_degree": row["comparison_degree"],   # 0083
            "comparison_by": row["comparison_by"], "comparison_by_vague": row["comparison_by_vague"],   # 0095
            "compared_with_id": row["compared_with_id"],
            "compared_with_key": row["compared_with_key"],
            "place_part": row["place_part"], "with_surroundings": bool(row["with_surroundings"]),
            "place_relation": row["place_relation"], "place_relative_to": places.get(row["place_relative_to"]),
            "places": [_moving(item, places) for item in moving.get(row["id"], [])],
            "displaced_again": bool(row["displaced_again"]), "earlier_event": events.get(row["earlier_event"]),
            # migrations/0048: what equipment, who inflicted the losses and with what, who was counted
            "equipment": equipment_shown(_loaded(row["equipment"])), "inflicted_by": actors.get(row["inflicted_by"]),
            "inflicters": [actors.get(a) for (a,) in inflicters.get(row["id"], [])],
            "inflicted_with": equipment_shown(_loaded(row["inflicted_with"])), "other_subsets": jsonio.loads(row["other_subsets"]),
            "other_inflicted_with": [equipment_shown(i) for i in _loaded(row["other_inflicted_with"]) or []],   # migrations/0110
            "evidence": _loaded(row["evidence"]) or [],   # what the figure rests on (agree33, 0114)
            "other_causes": _loaded(row["other_causes"]) or [], "lacked": _loaded(row["lacked"]) or [],   # 0116
            "age": _age(row["age"]), "other_countries": jsonio.loads(row["other_countries"]),
            **{name: row[name] for name in UNNAMED_FIELDS},
            # migrations/0053: what the people counted are held as, and by whom
            "held_as": row["held_as"], "holders": [actors.get(a) for (a,) in holders.get(row["id"], [])],
            "covers_events": [events.get(e) for (e,) in covered.get(row["id"], [])],
            "sources": cited[row["id"]]})
    return figures


def owned_figures(owner, owner_ids, embed):
    """owner id -> its figures, embedded (embedded_figures) or as IDs."""
    if embed:
        return embedded_figures(owner, owner_ids)
    return {owner_id: [ident for (ident,) in rows_]
            for owner_id, rows_ in grouped(sql.owned(Figure, owner, owner_ids, Figure.id)).items()}
