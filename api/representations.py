"""Rows -> the plain dicts the API returns, built in batches. No SQL here: rows come from api/sql.py.

A page of N records costs one query per kind of linked row, never one per record, and no model instances
or schema dumps are made on the way: these dicts go straight to orjson. tests/test_api_matches_openapi.py holds every
representation to the response schemas in schemas/, which are derived from the same declarations.

A record's fields, their order and how each is shown come from its kind's declaration (api/services/
declared.py): a scalar field is its column (a double as `number`), a link its linked record's ref or ID. The
lists a record owns are read by one loader per kind below (`LISTS`), which knows how to read them fast.

A `Shape` says which relations to embed as records (the rest come as IDs, which costs fewer queries) and
which top-level fields to return (loaders of fields nobody asked for do not run).
"""
from collections import defaultdict
from dataclasses import dataclass

from schemas.agreement_terms import ITEM_PERIODS
from schemas.claims import attribution_of
from schemas.cross_relations import timing_as_shown
from schemas.participation_parts import participation_shown

from . import event_representations, jsonio, provision_representations, sql, status_change_parts
from .figure_representations import owned_figures
from .property_representations import with_properties
from .relation_lists import add_relation_lists, aliases, treaty_relations
from .refs import REFS, actor_refs, event_refs, grouped, number, place_refs, resolver, sources_cited, treaty_refs
from .models import (ActorExternalId, EventExternalId, SourceExternalId, StatementExternalId, TreatyExternalId,
                     PlaceExternalId, Provision, StatementEvent, StatementSource, TreatyAlias, TreatyParty, TreatySource)
from .sql import timestamp

ALWAYS = ("id", "href")


@dataclass(frozen=True)
class Shape:
    include: frozenset | None = None   # relations embedded as records; None: all of them
    fields: frozenset | None = None    # top-level fields returned; None: all of them

    def embeds(self, relation):
        return self.include is None or relation in self.include

    def wants(self, *names):
        return self.fields is None or any(name in self.fields for name in names)

    def trim(self, record):
        if self.fields is None:
            return record
        return {k: v for k, v in record.items() if k in self.fields or k in ALWAYS}


FULL = Shape()

# --- the generic part: a record from its row, its declaration and its lists ------------------------------

def _argument(f, rows, shape, lists):
    """What the record builder needs for declared field `f` beyond the row: the lists it owns (record id ->
    list), or the function that shows a link (its ref, or its ID); None for a column."""
    if f.is_object:
        return None
    if f.item is not None and not f.rows:   # a list of objects stored whole (a statement's conditions)
        return None
    if f.item is not None or f.rows:
        return lists.get(f.shown, {})
    if f.link:   # a kind without refs here is shown by ID
        lookup = REFS.get(f.link)
        return resolver(lookup is not None and shape.embeds(f.shown) and shape.wants(f.shown), lookup,
                         [row[f.column] for row in rows])
    return None


_BUILDERS = {}   # kind -> its record builder (a dict, not functools.cache: hashing the field list costs more)


def _builder(fields):
    """A function (row, href, arguments) -> the record, written once for this field list as a dict display
    (the way dataclasses and attrs write their __init__): a loop over the fields calling a function per
    field costs a third more per page. `arguments` are `_argument`'s, in field order."""
    parts = ['"id": row["id"]', '"href": href + str(row["id"])', '"version": row["version"]',
             '"created_at": timestamp(row["created_at"])', '"updated_at": timestamp(row["updated_at"])']
    for i, f in enumerate(fields):
        column = f"row[{f.column!r}]"
        if f.is_object:
            value = f"(loads({column}) if {column} is not None else None)"
        elif f.item is not None and not f.rows:
            value = f"json_items(item_fields[{i}], {column})"
        elif f.is_terms:
            value = f"loads({column} or '[]')"
        elif f.item is not None or f.rows:
            value = f"(a[{i}].get(row['id']) or {'{}' if f.is_map else '[]'})"
        elif f.link:
            value = f"a[{i}]({column})"
        elif f.is_float:
            value = f"number({column})"
        elif f.is_bool:
            value = f"(bool({column}) if {column} is not None else None)"
        else:
            value = column
        parts.append(f"{f.shown!r}: {value}")
        if f.also_shown:
            parts.append(f"{f.also_shown[0]!r}: also[{i}]({column})")
    source = "def build(row, href, a):\n    return {" + ", ".join(parts) + "}\n"
    namespace = {"timestamp": timestamp, "number": number, "loads": jsonio.loads, "json_items": _json_items,
                 "item_fields": {i: f.item for i, f in enumerate(fields)},
                 "also": {i: f.also_shown[1] for i, f in enumerate(fields) if f.also_shown}}
    exec(compile(source, f"<representation of {len(fields)} fields>", "exec"), namespace)
    return namespace["build"]


def _shown_item(item_fields, data):
    """A stored item (its input form, only the keys given) as a response shows it: every declared field, links
    by ID under their shown names, a missing list empty and anything else null."""
    result = {}
    for f in item_fields:
        value = data.get(f.name)
        if f.item is not None:
            value = [_shown_item(f.item, v) for v in value or []]
        elif value is None and f.name == "attribution":   # an item stored before it had a claimant (claims34)
            value = attribution_of(data.get("claimant_id"))
        elif value is None and (f.rows or f.is_terms or (f.link and f.name.endswith("_ids"))):
            value = []   # a list of IDs or terms added after the item was stored (an act's about_actor_ids, 0077)
        elif isinstance(value, dict) and f.name in ITEM_PERIODS:   # a phase's duration, an act's term (periods38)
            value = ITEM_PERIODS[f.name](value)
        result[f.shown] = number(value) if f.is_float else value
    return result


def _json_items(item_fields, text):
    return [_shown_item(item_fields, item) for item in jsonio.loads(text or "[]")]


def represent(kind, fields, rows, shape=FULL):
    """Row dicts (api/sql.py) of records of `kind` -> their representations, shaped by `shape`."""
    ids = [row["id"] for row in rows]
    lists = LISTS[kind](ids, shape) if ids and kind in LISTS else {}
    if ids and shape.wants("external_ids"):
        lists["external_ids"] = _external_ids(*EXTERNAL_IDS[kind], ids)
    arguments = tuple(_argument(f, rows, shape, lists) for f in fields)
    build = _BUILDERS.get(kind) or _BUILDERS.setdefault(kind, _builder(fields))
    href = f"/v1/{kind}/"
    return [shape.trim(build(row, href, arguments)) for row in rows]


# --- the lists each kind's records own: kind -> (ids, shape) -> {shown name: {record id: list}} -----------

def _external_ids(model, owner_field, ids):
    result = defaultdict(dict)
    for owner_id, scheme, value in sql.owned(model, owner_field, ids, model.scheme, model.value,
                                             order=sql.quote("scheme")):
        result[owner_id][scheme] = value
    return result


# Every kind's external IDs (migrations/0018): the rows and their owner column.
EXTERNAL_IDS = {"sources": (SourceExternalId, "source"), "actors": (ActorExternalId, "actor"),
                "places": (PlaceExternalId, "place"), "events": (EventExternalId, "event"),
                "treaties": (TreatyExternalId, "treaty"), "statements": (StatementExternalId, "statement")}


def _actor_lists(ids, shape):
    """An actor's dated positions (migrations/0027); aliases: api/relation_lists.py; external IDs: EXTERNAL_IDS."""
    if not shape.wants("positions"):
        return {}
    from .models import ActorPosition, ActorPositionSource

    positions = defaultdict(list)
    found = sql.owned_records(ActorPosition, "actor", ids)
    cited = sources_cited(ActorPositionSource, "claim", [row["id"] for row in found], False)
    for row in found:
        positions[row["actor"]].append({
            "id": row["id"], "title": row["title"], "of_actor": row["of_actor"],
            "since": jsonio.loads(row["since"]) if row["since"] is not None else None,
            "until": jsonio.loads(row["until"]) if row["until"] is not None else None,
            "scheduled_until": jsonio.loads(row["scheduled_until"]) if row["scheduled_until"] else None,   # 0115
            "claimant": row["claimant"], "attribution": row["attribution"], "rank": row["rank"],
            "qualifier": row["qualifier"], "as_of": row["as_of"], "as_of_part": row["as_of_part"],
            "as_of_precision": row["as_of_precision"], "note": row["note"], "sources": cited[row["id"]],   # 0074
            "held_at_event": row["held_at_event"],   # migrations/0049
            "left_how": row["left_how"], "left_words": row["left_words"], "vacant_as_of": row["vacant_as_of"],   # 0075
            "since_event": row["since_event"], "until_event": row["until_event"]})   # migrations/0076
    return {"positions": positions}


def _place_lists(ids, shape):
    return {}


def _participation(text):
    """A party's participation changes as stored (JSON, input names) -> as shown (`sources`, not `source_ids`)."""
    if text == "[]":   # most parties: no dated changes, and no JSON to parse
        return []
    return [participation_shown(c) for c in jsonio.loads(text or "[]")]


def _treaty_lists(ids, shape):
    lists = {}
    if shape.wants("parties"):
        party_rows = grouped(sql.owned(TreatyParty, "treaty", ids, TreatyParty.actor, TreatyParty.joined,
                                        TreatyParty.left, TreatyParty.role, TreatyParty.signed_by,
                                        TreatyParty.participation, TreatyParty.note, TreatyParty.claimant,
                                        TreatyParty.attribution, TreatyParty.rank, TreatyParty.source_ids,
                                        TreatyParty.agreed_by))   # migrations/0090
        actor = resolver(shape.embeds("parties"), actor_refs,
                          [a for rows_ in party_rows.values() for r in rows_ for a in (r[0], r[4], r[11])])
        # who says the actor had the role (migrations/0049): the claimant by ID, as a provision's deadlines show it
        lists["parties"] = {treaty_id: [{"actor": actor(a), "joined": joined, "left": left, "role": role,
                                         "signed_by": actor(signed_by), "agreed_by": actor(agreed_by),
                                        "participation": _participation(changes), "note": note,
                                         **provision_representations.claimed_entry(claimant, attribution, rank,
                                                                                   sources)}
                                        for a, joined, left, role, signed_by, changes, note, claimant, attribution,
                                        rank, sources, agreed_by in rows_]
                            for treaty_id, rows_ in party_rows.items()}
    if shape.wants("aliases"):   # migrations/0058
        lists["aliases"] = aliases(TreatyAlias, "treaty", ids)
    lists.update(_treaty_structure_lists(ids, shape))
    if shape.wants("provisions"):
        provisions = defaultdict(list)
        if shape.embeds("provisions"):
            provisions = provision_representations.provisions_of(ids, actor_refs, place_refs)
        else:
            for treaty_id, provision_id in sql.owned(Provision, "treaty", ids, Provision.id):
                provisions[treaty_id].append(provision_id)
        lists["provisions"] = provisions
    if shape.wants("sources"):
        lists["sources"] = sources_cited(TreatySource, "treaty", ids, shape.embeds("sources"))
    return lists


def _treaty_structure_lists(ids, shape):
    """A treaty's status history (each change with its claimant and sources) and its relations."""
    from .models import TreatyStatusChange, TreatyStatusChangeActor, TreatyStatusChangeSource

    lists = {}
    if shape.wants("status_history"):
        history = defaultdict(list)
        if shape.embeds("status_history"):
            found = sql.owned_records(TreatyStatusChange, "treaty", ids)
            made_by = grouped(sql.owned(TreatyStatusChangeActor, "change", [row["id"] for row in found],
                                         TreatyStatusChangeActor.actor))
            claimants = actor_refs([row["claimant"] for row in found]
                                   + [a for rows_ in made_by.values() for (a,) in rows_])
            cited = sources_cited(TreatyStatusChangeSource, "change", [row["id"] for row in found], True)
            for row in found:
                history[row["treaty"]].append({
                    "id": row["id"], "claimant": claimants.get(row["claimant"]), "attribution": row["attribution"],
                    "rank": row["rank"],
                    "qualifier": row["qualifier"], "as_of": row["as_of"], "as_of_part": row["as_of_part"],
                    "as_of_precision": row["as_of_precision"], "note": row["note"],   # as_of_precision: 0074
                    "sources": cited[row["id"]], "status": row["status"],
                    "date": jsonio.loads(row["date"]) if row["date"] is not None else None,
                    "until": jsonio.loads(row["until"]) if row.get("until") is not None else None,
                    "actors": [claimants.get(a) for (a,) in made_by.get(row["id"], [])],
                    "extension": status_change_parts.extension(row),   # its qualifier (periods38)
                    "occasion_timing": (jsonio.loads(row["occasion_timing"])   # migrations/0078
                                        if row.get("occasion_timing") is not None else None),
                    "de_facto": bool(row.get("de_facto")),   # migrations/0095
                    **status_change_parts.status_reason_parts(row)})   # cond30 (migrations/0103)
        else:
            for treaty_id, change_id in sql.owned(TreatyStatusChange, "treaty", ids, TreatyStatusChange.id):
                history[treaty_id].append(change_id)
        lists["status_history"] = history
    if shape.wants("relations"):   # each with who says so, its sources and degree (migrations/0106)
        lists["relations"] = treaty_relations(ids, shape)
    return lists


def _statement_claims(ids):
    """statement id -> [claim about its medium, with its claimant and sources (IDs)], in the order given."""
    from .models import StatementClaim, StatementClaimSource

    claims = defaultdict(list)
    found = sql.owned_records(StatementClaim, "statement", ids)
    cited = sources_cited(StatementClaimSource, "claim", [row["id"] for row in found], False)
    for row in found:
        claims[row["statement"]].append({
            "id": row["id"], "claimant": row["claimant"], "attribution": row["attribution"], "rank": row["rank"],
            "qualifier": row["qualifier"], "as_of": row["as_of"], "as_of_part": row["as_of_part"],
            "as_of_precision": row["as_of_precision"], "note": row["note"],   # 0074
            "sources": cited[row["id"]], "medium": row["medium"]})
    return claims


def _statement_lists(ids, shape):
    """The three 'about' lists of each statement (events, treaties with the provision, statements), and its
    sources."""
    lists = {}
    if shape.wants("sources"):
        lists["sources"] = sources_cited(StatementSource, "statement", ids, shape.embeds("sources"))
    if shape.wants("claims"):   # migrations/0027
        lists["claims"] = _statement_claims(ids)
    if not shape.wants("about_events", "about_treaties"):
        return lists
    embed = shape.embeds("about")
    event_rows = grouped(sql.owned(StatementEvent, "statement", ids, StatementEvent.event))
    event = resolver(embed, event_refs, [e for rows_ in event_rows.values() for (e,) in rows_])
    lists["about_events"] = {s: [event(e) for (e,) in rows_] for s, rows_ in event_rows.items()}

    treaty_rows = sql.treaties_about(ids)
    treaty = resolver(embed, treaty_refs, [t for _, t, *_ in treaty_rows])
    about_treaties = defaultdict(list)
    for statement_id, treaty_id, provision_id, article, obligation, timing, link in treaty_rows:
        provision = provision_id
        if embed and provision_id is not None:
            provision = {"id": provision_id, "article": article, "type": obligation, "obligation": obligation}
        about_treaties[statement_id].append({"treaty": treaty(treaty_id), "provision": provision,
                                             "timing": timing_as_shown(jsonio.loads(timing) if timing is not None else None),
                                             "link": link})
    lists["about_treaties"] = about_treaties
    return lists   # about_statements became relations (api/relation_lists.py)


def _source_lists(ids, shape):
    """The sources a source carries (migrations/0059), as IDs (sources have no ref), and its dateline's further
    places (0067) as its dateline_place is shown (fixes25, trial t29): each place's ref, its ID when include=
    leaves dateline_place out (as a statement's other_speakers follow include=speaker)."""
    from .models import SourceCitation, SourceCitationInPart, SourceDatelinePlace, SourceReportingPlace

    found = {}
    for name, model, owner_column, other_column, lookup in (
            ("cites_sources", SourceCitation, "source", SourceCitation.cited, None),
            ("cites_in_part_sources", SourceCitationInPart, "source", SourceCitationInPart.cited, None),   # 0075
            ("other_dateline_places", SourceDatelinePlace, "source", SourceDatelinePlace.place, place_refs),
            ("reporting_places", SourceReportingPlace, "source", SourceReportingPlace.place, place_refs)):   # 0091
        if shape.wants(name):
            rows = sql.owned(model, owner_column, ids, other_column)
            shown = resolver(lookup is not None and shape.embeds("dateline_place"), lookup, [o for _, o in rows])
            found[name] = defaultdict(list)
            for owner, other in rows:
                found[name][owner].append(shown(other))
    return found


def _with_figures(loader, owner):
    """A kind's lists and its figures (a statement's, a place's, an actor's: api/figure_representations.py)."""
    def lists(ids, shape):
        found = loader(ids, shape)
        if shape.wants("figures"):
            found["figures"] = owned_figures(owner, ids, shape.embeds("figures"))
        return found
    return lists


# Each kind's own lists, then its typed links (issue 10: api/relation_lists.py), and its property values (props).
LISTS = add_relation_lists({"sources": _source_lists, "actors": _with_figures(_actor_lists, "owner_actor"),
                            "places": _with_figures(_place_lists, "owner_place"),
                            "events": event_representations.event_lists, "treaties": _treaty_lists,
                            "statements": _with_figures(_statement_lists, "statement")})
LISTS.update({kind: with_properties(LISTS[kind], column) for kind, column in
              (("actors", "actor"), ("places", "place"), ("events", "event"), ("treaties", "treaty"),
               ("statements", "statement"))})
