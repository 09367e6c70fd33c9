"""Query parameters of the collections: filters, sorting, shape and format.

Every parameter is typed and documented here; an unknown parameter or an invalid value is a 400 naming it.
Which fields each kind sorts on and which relations it can embed are listed here too, so that the
documentation, the validation and the service agree.
"""
import datetime
import functools

from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .actors import ActorOut
from .events import EventOut
from .places import PlaceOut
from .sources import SourceOut
from .statements import StatementOut
from .treaties import TreatyOut
from .common import MAX_ID, ListArgs, StrictSchema, country, language
from .act_filters import ACT_FILTERS
from .id_filters import external_id_filters, linked_filters
from .id_filters import id_filter as _ids
from .link_filters import (VERIFICATION_FILTERS, PlacesChecks, control_and_place_filters, figure_filters,
                           relation_filters, sourced_relation_filters)
from .parameters import Bbox, CommaList, DateRange, day, past_moment, reported_date_args, text_search
from .treaty_filters import TREATY_STRUCTURE_FILTERS, TreatiesChecks
from .who_filters import WHO_FILTERS

FORMATS = {
    "json": "application/json",
    "csv": "text/csv",
    "geojson": "application/geo+json",
    "ndjson": "application/x-ndjson",
    "ucdp-ged": "text/csv",
    "acled": "text/csv",
}
# Formats of other datasets, by the kinds they hold: asked for by name only (never by an Accept header).
DATASET_FORMATS = {"ucdp-ged": ("events",), "acled": ("events",)}

# Fields each kind can be sorted on (never null, so a cursor can always name a position; a statement's unknown
# date sorts as the earliest day: services/pages._sort_expression).
SORTABLE = {
    "sources": ("id", "title", "created_at", "updated_at"),
    "actors": ("id", "name", "kind", "created_at", "updated_at"),
    "places": ("id", "name", "kind", "created_at", "updated_at"),
    "events": ("id", "date_start", "title", "type", "created_at", "updated_at"),
    "treaties": ("id", "name", "kind", "status", "created_at", "updated_at"),
    "statements": ("id", "date", "medium", "created_at", "updated_at"),
}

# Relations each kind can embed with include=; left out, they are given as IDs.
INCLUDABLE = {
    "sources": ("dateline_place",),   # migrations/0042
    "actors": ("parent", "seat", "member_of", "relations", "places"),
    "places": ("parent", "relations", "figures"),
    "events": ("place", "parent", "participants", "treaties", "figures", "claims", "sources", "relations",
               "other_places", "statement_relations"),
    "treaties": ("parties", "provisions", "sources", "status_history", "relations"),
    "statements": ("speaker", "addressee", "about", "sources", "relations", "said_at", "figures", "on_behalf_of", "channel",
                   "relayed_by", "event_relations"),
}

# The representation of each kind: its top-level fields are what fields= may name.
OUTPUT_SCHEMAS = {"sources": SourceOut, "actors": ActorOut, "places": PlaceOut, "events": EventOut, "treaties": TreatyOut,
                  "statements": StatementOut}


@functools.cache
def _field_names(kind):
    return tuple(OUTPUT_SCHEMAS[kind]().fields)


# Kinds that have a place on the map, and so a GeoJSON form.
GEO_KINDS = ("events", "places")


def _sort_field(kind):
    allowed = SORTABLE[kind]

    def check(items):
        for item in items:
            if item.lstrip("-") not in allowed:
                raise ValidationError(f"Cannot sort on '{item.lstrip('-')}'; sort on {', '.join(allowed)}.")
        names = [item.lstrip("-") for item in items]
        if len(set(names)) != len(names):
            raise ValidationError("Names a field twice.")

    return CommaList(fields.String(), validate=[validate.Length(min=1, max=4), check], metadata={
        "description": f"Fields to sort on, in order; a leading '-' sorts descending. One of: {', '.join(allowed)}. "
                       "The ID always breaks ties. Default: id, or relevance when q is given."})


def _in_utc_range(moment):
    """A time with an offset is compared in UTC: 9999-12-31T23:00-05:00 has no UTC form (a 500 once)."""
    if moment.tzinfo is not None:
        try:
            moment.astimezone(datetime.timezone.utc)
        except OverflowError:
            raise ValidationError("Out of range: in UTC, this time falls outside years 1 to 9999.") from None


def collection_args(kind, filters):
    """The query-parameter schema of one collection: paging, sort, shape, format, and its filters."""
    base = {
        "sort": _sort_field(kind),
        "count": fields.Boolean(load_default=False, metadata={
            "description": "Also give the total number of matching records (costs a count query)."}),
        "fields": CommaList(fields.String(validate=validate.OneOf(_field_names(kind))), metadata={
            "description": "Return only these top-level fields (id and href always come)."}),
        "format": fields.String(validate=validate.OneOf(
            [f for f in FORMATS if (f != "geojson" or kind in GEO_KINDS)
             and kind in DATASET_FORMATS.get(f, (kind,))]), metadata={
            "description": "json (default), csv, geojson (events and places), or ndjson: the whole filtered "
                           "collection streamed, one record a line, with no page limit. The Accept header "
                           "chooses too. Events also as ucdp-ged or acled: the whole filtered collection as a "
                           "UCDP GED or an ACLED CSV file (docs/import-export.md)."}),
        **past_moment(),
        "updated_since": fields.AwareDateTime(default_timezone=None, validate=_in_utc_range, metadata={
            "description": "Only records changed at or after this time (ISO 8601; UTC if no offset)."}),
    }
    if INCLUDABLE[kind]:
        base["include"] = CommaList(fields.String(validate=validate.OneOf(INCLUDABLE[kind])), metadata={
            "description": f"Relations to embed as records: {', '.join(INCLUDABLE[kind])}. Default: all. "
                           "An empty include= gives every relation as IDs only."})
    filters = {**linked_filters(kind, filters), **external_id_filters(kind)}
    return type(f"{kind.title()}Query", (ListArgs,), {**base, **filters})


@functools.cache
def record_args(kind):
    """Query parameters of GET /v1/<kind>/<id>: the shape of the one record."""
    shape = {"fields": CommaList(fields.String(validate=validate.OneOf(_field_names(kind))), metadata={
        "description": "Return only these top-level fields (id and href always come)."}), **past_moment()}
    if INCLUDABLE[kind]:
        shape["include"] = CommaList(fields.String(validate=validate.OneOf(INCLUDABLE[kind])), metadata={
            "description": f"Relations to embed as records: {', '.join(INCLUDABLE[kind])}. Default: all."})
    return type(f"{kind.title()}RecordQuery", (StrictSchema,), shape)


AsOfQuery = type("AsOfQuery", (StrictSchema,), {**past_moment()})

SourcesQuery = collection_args("sources", {
    "q": text_search("title, publisher (and publishers) and excerpt"),
    "publisher": fields.String(validate=validate.Length(min=1, max=200), metadata={
        "description": "Sources published by exactly this name: their publisher, or one of their publishers "
                       "(a report published jointly)."}),
    "dateline_place": _ids("Sources whose dateline names this place (dateline_place_id): the reports filed "
                           "from Port Sudan."), **WHO_FILTERS["sources"]})

ActorsQuery = collection_args("actors", {
    "kind": CommaList(fields.String(validate=validate.OneOf(list(vocab.ACTOR_KINDS))),
                      metadata={"description": "One or several actor kinds."}),
    "country": country(),
    "parent": _ids("Actors whose parent is this actor."),
    "position_in": _ids("Actors with a position (not deprecated) in this body: its ministers, commanders, "
                        "officials, at any time (migrations/0027)."),
    "unidentified": fields.Boolean(metadata={"description": "true: only actors the reporting does not name "
                                                            "('unidentified gunmen'); false: only named ones."}),
    "q": text_search("name and aliases"),
    **relation_filters("actors"),
    **sourced_relation_filters("actors"),
})

PlacesQuery = type("PlacesQuery", (PlacesChecks, collection_args("places", {
    "kind": CommaList(fields.String(validate=validate.OneOf(list(vocab.PLACE_KINDS))),
                      metadata={"description": "One or several place kinds."}),
    "country": country(),
    "within": _ids("Places inside this place, at any depth of the place hierarchy."),
    "bbox": Bbox(metadata={"description": "west,south,east,north: places whose coordinates lie inside."}),
    "q": text_search("name, aliases and description"),
    **control_and_place_filters("places"),
    **sourced_relation_filters("places"),
    **figure_filters("places"),
})), {})


class EventsChecks(DateRange):
    @validates_schema
    def _role_needs_actor(self, data, **kwargs):
        if data.get("role") and not data.get("actor"):
            raise ValidationError({"role": ["Give actor too: role filters the role that actor plays."]})
        if data.get("claimed_role") and not data.get("claimed_actor") and not data.get("claimed_candidate"):
            raise ValidationError({"claimed_role": ["Give claimed_actor too: claimed_role filters the role a claim "
                                                    "says that actor played."]})
        if data.get("place_role") and not data.get("place") and not data.get("relative_to"):
            raise ValidationError({"place_role": ["Give place (or relative_to) too: place_role filters the role "
                                                  "that place plays."]})
        low, high = data.get("min_deaths"), data.get("max_deaths")
        if low is not None and high is not None and high < low:
            raise ValidationError({"max_deaths": ["Must not be less than min_deaths."]})


EventsQuery = type("EventsQuery", (EventsChecks, collection_args("events", {
    "type": CommaList(fields.String(validate=validate.OneOf(list(vocab.EVENT_TYPES))),
                      metadata={"description": "One or several PLOVER event types."}),
    "actor": _ids("Events this actor takes part in (in any role, or in `role`)."),
    "role": fields.String(validate=validate.OneOf(list(vocab.PARTICIPANT_ROLES)),
                          metadata={"description": "With actor: the role the actor plays."}),
    "place": _ids("Events at this place or at any place inside it (the place hierarchy); an event's "
                  "other_places count as its places too."),
    "place_role": CommaList(fields.String(validate=validate.OneOf(list(vocab.EVENT_PLACE_ROLES))), metadata={
        "description": "With place (or relative_to): only places in one of these roles count (from, to, via, "
                       "between, at; the main place_id is at, and any role it is listed with in other_places)."}),
    "country": country(metadata={"description": "Events at a place in this country (ISO 3166-1 alpha-3)."}),
    "date_from": day("Events whose date bracket overlaps [date_from, date_to]: that may have happened "
                       "on or after this day (an end not known, ongoing or under_way, runs on; on_or_before ends at "
                       "its bound, open_start at the day it ended)."),
    "date_to": day("Events that may have happened on or before this day (on_or_before, open_start and "
                     "under_way: always). An event whose date is unknown never matches date_from or date_to."),
    # mend-when (notes/trials t10b #29): each side's dating of an event, found by date
    "dates": fields.String(validate=validate.OneOf(["record", "any"]), metadata={
        "description": "Which dates date_from and date_to read: record (the default: the event's own dates), or "
                       "any (also the dates of its claims that are not deprecated: 'Pakistan placed the attack on "
                       "6-7 May' finds the event by 6 May whatever its own dates say)."}),
    **reported_date_args("Events", (*vocab.DATE_PRECISIONS, "unknown"),
                         " (unknown: those whose date the reporting does not give)"),
    "date_part": CommaList(fields.String(validate=validate.OneOf(list(vocab.PERIOD_PARTS))), metadata={
        "description": "Events whose date is a part of a month or year, one of these: early, mid, late."}),
    "parent": _ids("Events that are part of this event."),
    "level": fields.String(validate=validate.OneOf(["all", "top", "leaf"]), metadata={
        "description": "Events inside events (a battle whose parent_id is its war): all (the default: every "
                       "event, a war and its battles alike), top (only events part of no other: the war, not "
                       "its battles) or leaf (only events with no sub-event: the battles, not the war). An "
                       "aggregate of all events counts a battle's deaths in its war's too; top or leaf counts "
                       "each once (docs/api.md \"Aggregates\")."}),
    "treaty": _ids("Events linked to this treaty."),
    "treaty_link": CommaList(fields.String(validate=validate.OneOf(list(vocab.TREATY_LINKS))), metadata={
        "description": "Events linked to a treaty (to treaty=, when given) by one of these links: breaches, "
                       "timed_against (placed in time against one of its dated points)..."}),
    "provision": _ids("Events linked to this provision of a treaty (carrying it out, breaching it...)."),
    "min_deaths": fields.Integer(validate=validate.Range(min=0, max=MAX_ID), metadata={
        "description": "Events whose deaths total is at least this: its best, else low, else high. The total is "
                       "the preferred deaths figure of category total (no subset, country or part_of, published), else "
                       "the first such figure not deprecated; never one side's losses, a subset, one "
                       "nationality or a part of another figure, and never a vague figure, a share (unit "
                       "percent) or a rate (per): none of them is a count of the dead."}),
    "max_deaths": fields.Integer(validate=validate.Range(min=0, max=MAX_ID), metadata={
        "description": "Events whose deaths total (as for min_deaths) is at most this."}),
    "bbox": Bbox(metadata={"description": "west,south,east,north: events whose place lies inside."}),
    "q": text_search("title and summary"),
    "claimant": _ids("Events with a figure or a claim made by this actor (a figure's claimant_id, or any of "
                     "its claimant_ids)."),
    "attribution": CommaList(fields.String(validate=validate.OneOf(list(vocab.ATTRIBUTIONS))), metadata={
        "description": "Events with a figure or a claim of one of these attributions (named, source, unnamed: "
                       "'officials said')."}),
    "figure_category": CommaList(fields.String(validate=validate.OneOf(list(vocab.FIGURE_CATEGORIES))), metadata={
        "description": "Events with a figure of one of these categories (whose losses: side_a, civilians...)."}),
    "figure_quantity": CommaList(fields.String(validate=validate.OneOf(list(vocab.FIGURE_QUANTITIES))), metadata={
        "description": "Events with a figure of one of these quantities (deaths, prisoners_exchanged...)."}),
    "suffered_by": _ids("Events with a figure of this actor's losses or people (suffered_by, or one of a "
                        "figure's sufferers)."),
    # issue 10, mend10b
    "legal_status": CommaList(fields.String(validate=validate.OneOf(list(vocab.LEGAL_STATUSES))), metadata={
        "description": "Legal actions (events with `legal`) at one of these steps: charged, warrant_issued, "
                       "sentenced..."}),
    "charge": CommaList(fields.String(validate=validate.OneOf(list(vocab.LEGAL_CHARGES))), metadata={
        "description": "Legal actions whose charges include one of these (treason, war_crimes, "
                       "unlawful_deportation...)."}),
    "superlative": CommaList(fields.String(validate=validate.OneOf(list(vocab.SUPERLATIVE_MEASURES))), metadata={
        "description": "Events some claim calls the deadliest, largest... (a claim's superlative measure)."}),
    "figure_country": country(metadata={
        "description": "Events with a figure of people of this nationality (a figure's country, ISO 3166-1 "
                       "alpha-3)."}),
    "figure_place": _ids("Events with a figure of people at this place, or about it (a figure's place), or who "
                         "fled from or to it (a figure's places). Not a place described relative to it."),
    "claimed_actor": _ids("Events where some claim says this actor took part (a claim's actor with took_part "
                          "true, in any role, or in `claimed_role`); `actor` reads only the participants, the "
                          "preferred reading."),
    "claimed_role": fields.String(validate=validate.OneOf(list(vocab.PARTICIPANT_ROLES)), metadata={
        "description": "With claimed_actor: the role the claim says the actor played."}),
    "denied_actor": _ids("Events where some claim denies that this actor took part (took_part false)."),
    # issue 10, mend-figures (migrations/0040): "one of the two"
    "claimed_candidate": _ids("Events where some claim names this actor among candidates one of whom took part "
                              "(a claim's candidate_ids; with claimed_role, in that role)."),
    "claimed_place": _ids("Events some claim places at this place or at a place inside it (a claim's place_id, "
                          "with presence where an actor was said to be or not to be); "
                          "`place` reads only the event's place_id and other_places, the preferred reading."),
    **relation_filters("events"),
    **control_and_place_filters("events"),
    **VERIFICATION_FILTERS,
    **figure_filters("events"),
    **ACT_FILTERS["events"],
    **WHO_FILTERS["events"],
})), {})

TreatiesQuery = type("TreatiesQuery", (TreatiesChecks, collection_args("treaties", {
    "kind": CommaList(fields.String(validate=validate.OneOf(list(vocab.TREATY_KINDS))),
                      metadata={"description": "One or several treaty kinds."}),
    "status": CommaList(fields.String(validate=validate.OneOf(list(vocab.TREATY_STATUSES))),
                        metadata={"description": "One or several statuses."}),
    "party": _ids("Treaties this actor is a party to."),
    "obligation": CommaList(fields.String(validate=validate.OneOf(list(vocab.PROVISION_TYPES))), metadata={
        "description": "Deprecated name of provision_type (ATOP's obligation types are provision types)."}),
    "provision_type": CommaList(fields.String(validate=validate.OneOf(list(vocab.PROVISION_TYPES))), metadata={
        "description": "Treaties with a provision of one of these types (provision_types)."}),
    "obliged": _ids("Treaties with a provision that obliges this actor by name."),
    "monitor": _ids("Treaties with a provision that this actor monitors or verifies."),
    "provision_actor": _ids("Treaties with a provision naming this actor: obliged, or in any role."),
    # migrations/0040 (mend-figures): what a provision is about, and the reason it gives
    "provision_object": CommaList(fields.String(validate=validate.OneOf(list(vocab.PROVISION_OBJECT_KINDS))), metadata={
        "description": "Treaties with a provision about one of these kinds of object (provision_object_kinds): "
                       "candidacy, body, event, agreement, area; with provision_object_action, one it does that "
                       "with."}),
    "provision_object_action": CommaList(fields.String(validate=validate.OneOf(list(vocab.PROVISION_OBJECT_ACTIONS))),
                                         metadata={"description": "Treaties with a provision doing one of these with "
                                                   "its object (provision_object_actions): backs, withdraws, "
                                                   "creates (a body to be created)..."}),
    "provision_reason": CommaList(fields.String(validate=validate.OneOf(list(vocab.CLAIMED_REASONS))), metadata={
        "description": "Treaties with a provision giving one of these reasons (claimed_reasons): humanitarian, "
                       "goodwill..."}),
    # migrations/0033 (mend-provisions)
    "modality": CommaList(fields.String(validate=validate.OneOf(list(vocab.PROVISION_MODALITIES))), metadata={
        "description": "Treaties with a provision of one of these modalities (provision_modalities): "
                       "modality=endeavour,intention finds the commitments that only promise to try."}),
    "provision_place": _ids("Treaties with a provision naming this place or a place within it: in place_ids "
                            "or in place_roles (with place_role: in one of those roles)."),
    "place_role": CommaList(fields.String(validate=validate.OneOf(list(vocab.PROVISION_PLACE_ROLES))), metadata={
        "description": "Treaties with a provision naming a place in one of these roles (provision_place_roles); "
                       "with provision_place, that place in one of them."}),
    "in_force_on": day("Treaties in force on this day. With a dated status history: the status history's "
                         "entry in effect on the day reaches in_force (in_force, resumed, extended) and its until is not "
                         "before the day; an undated entry is in effect from the day after the dated entry listed "
                         "before it. Without: past "
                         "signature (or entry into force, when known), not ended, and not merely signed."),
    "q": text_search("name and summary"),
    **TREATY_STRUCTURE_FILTERS,
    **ACT_FILTERS["treaties"],
})), {})

StatementsQuery = type("StatementsQuery", (DateRange, collection_args("statements", {
    "speaker": _ids("Statements this actor made (as speaker_id, or one of other_speaker_ids)."),
    "about_event": _ids("Statements about this event."),
    "about_treaty": _ids("Statements about this treaty."),
    "provision": _ids("Statements about this provision of a treaty (an about_treaties item naming it): who announced, "
                      "invoked or disputed the clause."),
    "stance": CommaList(fields.String(validate=validate.OneOf(list(vocab.STANCES))),
                        metadata={"description": "One or several stances."}),
    "medium": CommaList(fields.String(validate=validate.OneOf(list(vocab.STATEMENT_MEDIA))),
                        metadata={"description": "One or several media."}),
    "claimed_medium": CommaList(fields.String(validate=validate.OneOf(list(vocab.STATEMENT_MEDIA))), metadata={
        "description": "Statements with a claim (not deprecated) that they were made this way: "
                       "claimed_medium=social_media finds the statement one outlet calls a TV interview and "
                       "another a Telegram post."}),
    "language": language(),
    "date_from": day("Statements that may have been made on or after this day (their bracket's last day, or "
                       "a not_before bound, is on or after it). A statement whose date is unknown never matches."),
    "date_to": day("Statements that may have been made on or before this day (their first day is on or before "
                     "it, or they are on_or_before a day). A statement whose date is unknown never matches."),
    **reported_date_args("Statements", (*vocab.DATE_PRECISIONS, "unknown"),
                         " (unknown: those whose date the reporting does not give)"),
    "q": text_search("the quoted text and the summary"),
    **relation_filters("statements"),
    **figure_filters("statements"),
    **ACT_FILTERS["statements"],
    **WHO_FILTERS["statements"],
})), {})

QUERY_SCHEMAS = {"sources": SourcesQuery, "actors": ActorsQuery, "places": PlacesQuery, "events": EventsQuery,
                 "treaties": TreatiesQuery, "statements": StatementsQuery}

# kind -> {filter: the kind it names}, for the service to resolve external IDs given to ID filters; made once.
FILTER_LINKS = {kind: {name: field.metadata["link"] for name, field in schema().fields.items()
                       if field.metadata.get("link")} for kind, schema in QUERY_SCHEMAS.items()}
