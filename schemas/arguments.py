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
from .id_filters import external_id_filters, linked_filters
from .id_filters import id_filter as _ids
from .lexical import NUMBER

FORMATS = {
    "json": "application/json",
    "csv": "text/csv",
    "geojson": "application/geo+json",
    "ndjson": "application/x-ndjson",
    "ucdp-ged": "text/csv",
}
# Formats of other datasets, by the kinds they hold: asked for by name only (never by an Accept header).
DATASET_FORMATS = {"ucdp-ged": ("events",)}

# Fields each kind can be sorted on (never null, so a cursor can always name a position).
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
    "sources": (),
    "actors": ("parent", "seat", "member_of", "relations"),
    "places": ("parent", "relations"),
    "events": ("place", "parent", "participants", "treaties", "figures", "claims", "sources", "relations",
               "other_places"),
    "treaties": ("parties", "provisions", "sources", "status_history", "relations"),
    "statements": ("speaker", "addressee", "about", "sources", "relations"),
}

# The representation of each kind: its top-level fields are what fields= may name.
OUTPUT_SCHEMAS = {"sources": SourceOut, "actors": ActorOut, "places": PlaceOut, "events": EventOut, "treaties": TreatyOut,
                  "statements": StatementOut}


@functools.cache
def _field_names(kind):
    return tuple(OUTPUT_SCHEMAS[kind]().fields)


# Kinds that have a place on the map, and so a GeoJSON form.
GEO_KINDS = ("events", "places")


class CommaList(fields.List):
    """A list given as one comma-separated value: type=FIGHT,ASSAULT."""

    is_multiple = False  # read as one value from the query string (webargs honours this)

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str):
            raise ValidationError("Give one comma-separated value.")
        items = [item.strip() for item in value.split(",")] if value.strip() else []
        try:
            return super()._deserialize(items, attr, data, **kwargs)
        except ValidationError as error:
            raise ValidationError(_flat(error.messages, items)) from None


def _flat(messages, items):
    """A list's errors, keyed by position in marshmallow ({0: ["Must be one of: ..."]}), as one flat list
    that quotes each value: ["'NOPE': must be one of: ..."]. A comma-separated parameter has no positions
    to speak of."""
    if not isinstance(messages, dict):
        return messages
    flat = []
    for index, found in messages.items():
        prefix = f"'{items[index]}': " if isinstance(index, int) and index < len(items) else ""
        flat.extend(f"{prefix}{message[:1].lower()}{message[1:]}" for message in found)
    return flat


class Bbox(fields.String):
    """west,south,east,north in degrees (WGS 84); west > east crosses the antimeridian."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        parts = text.split(",")
        if len(parts) != 4 or not all(NUMBER.fullmatch(part) for part in parts):
            raise ValidationError("Give four numbers in ASCII digits: west,south,east,north, like 44.7,38.8,47.0,40.5.")
        west, south, east, north = (float(part) for part in parts)
        if not (-180 <= west <= 180 and -180 <= east <= 180):
            raise ValidationError("west and east must be between -180 and 180.")
        if not (-90 <= south <= north <= 90):
            raise ValidationError("south and north must be between -90 and 90, south <= north.")
        return west, south, east, north


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
                           "chooses too. Events also as ucdp-ged: the whole filtered collection as a UCDP GED "
                           "CSV file (docs/import-export.md)."}),
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
        "description": "Return only these top-level fields (id and href always come)."})}
    if INCLUDABLE[kind]:
        shape["include"] = CommaList(fields.String(validate=validate.OneOf(INCLUDABLE[kind])), metadata={
            "description": f"Relations to embed as records: {', '.join(INCLUDABLE[kind])}. Default: all."})
    return type(f"{kind.title()}RecordQuery", (StrictSchema,), shape)


def _q(what):
    return fields.String(validate=validate.Length(min=1, max=500), metadata={
        "description": f"Full-text search over {what}: words match their stems (fought ~ fighting), "
                       "\"quoted words\" match as a phrase, word* matches a prefix. Results are ranked by "
                       "relevance unless sort is given."})


def _date(what):
    return fields.Date(metadata={"description": what})


class _DateRange:
    @validates_schema
    def _range_order(self, data, **kwargs):
        if data.get("date_from") and data.get("date_to") and data["date_to"] < data["date_from"]:
            raise ValidationError({"date_to": ["Must not be before date_from."]})


def _reported_date_args(what):
    """date_bound= and date_precision= (docs/api.md "Dates as reported")."""
    return {
        "date_bound": CommaList(fields.String(validate=validate.OneOf([*vocab.DATE_BOUNDS, "none"])), metadata={
            "description": f"{what} whose date has one of these open bounds (on_or_before, not_before, ongoing, "
                           "open_start, under_way), "
                           "or none for dates without one."}),
        "date_precision": CommaList(fields.String(validate=validate.OneOf(list(vocab.DATE_PRECISIONS))), metadata={
            "description": f"{what} whose date is known to one of these precisions."}),
    }


# issue 10, relations: the filters on typed links, by kind.
def _relation_filters(kind):
    if kind == "actors":
        return {"member_of": _ids("Actors that are or were members of this body (member_of)."),
                "seat": _ids("Actors seated at this place."),
                "related_to": _ids("Actors whose relations name this actor; with relation=, of those kinds "
                                   "(?related_to=5&relation=backed_by: the actors backed by actor 5)."),
                "relation": CommaList(fields.String(validate=validate.OneOf(list(vocab.ACTOR_RELATIONS))),
                                      metadata={"description": "Actors with a relation of one of these kinds "
                                                               "(to related_to, when given)."})}
    if kind == "events":
        return {"related_to": _ids("Events with a relation (relations) to this event; with relation=, of "
                                   "those kinds."),
                "relation": CommaList(fields.String(validate=validate.OneOf(list(vocab.EVENT_RELATIONS))),
                                      metadata={"description": "Events with a relation of one of these kinds "
                                                               "(to related_to, when given)."})}
    return {"related_to": _ids("Statements with a relation (relations) to this statement; with relation=, of "
                               "those kinds."),
            "relation": CommaList(fields.String(validate=validate.OneOf(list(vocab.STATEMENT_RELATIONS))),
                                  metadata={"description": "Statements with a relation of one of these kinds "
                                                           "(to related_to, when given)."}),
            "addressee": _ids("Statements addressed to this actor (addressee_id or other_addressee_ids)."),
            "about_actor": _ids("Statements about this actor."),
            "about_place": _ids("Statements about this place.")}


# issue 10, mending round (mend10a): control of places, place relations, whom actors fought for, claimed
# relations, places not named (docs/api.md "Control of places, stated reasons, places not named").
def _mending_filters(kind):
    if kind == "places":
        return {
            "controlled_by": _ids("Places some control claim (on an event, not deprecated) says this actor holds, "
                                  "all of it (full) or part of it (partial)."),
            "controlled_on": _date("With controlled_by: as of this day. Each claimant's latest control claim about "
                                   "the place with as_of on or before the day counts: the place is kept when one "
                                   "of them says the actor holds it (full or partial)."),
            "related_to": _ids("Places whose relations name this place (as the place, or as the second place of "
                               "on_road_between); with relation=, of those kinds."),
            "relation": CommaList(fields.String(validate=validate.OneOf(list(vocab.PLACE_RELATIONS))), metadata={
                "description": "Places with a relation of one of these kinds (to related_to, when given)."})}
    return {
        "on_behalf_of": _ids("Events where an actor took part on behalf of this actor: a participant's "
                             "on_behalf_of_id, or a claim's (took_part true)."),
        "control_of": _ids("Events with a control claim about this place (its control history: sort by date)."),
        "claimed_related_to": _ids("Events some claim relates to this event (a claim's related_event_id); with "
                                   "claimed_relation=, of those kinds. related_to reads only relations."),
        "claimed_relation": CommaList(fields.String(validate=validate.OneOf(list(vocab.EVENT_RELATIONS))), metadata={
            "description": "Events with a claimed relation of one of these kinds (to claimed_related_to, when "
                           "given)."}),
        "unknown_place": CommaList(fields.String(validate=validate.OneOf(list(vocab.EVENT_PLACE_ROLES))), metadata={
            "description": "Events with a further place not named (other_places with unknown) in one of these "
                           "roles: to, from, via, at."})}


# issue 10, mending round (mend10c): who says a place's or an actor's relation holds, and from which sources
# (docs/api.md "Sourced relations"). Each filter reads the same relation as related_to= and relation=.
def _sourced_relation_filters(kind):
    return {
        "relation_source": _ids(f"{kind.capitalize()} with a relation citing this source; with related_to= or "
                                "relation=, that relation."),
        "relation_claimant": _ids(f"{kind.capitalize()} with a relation this actor says holds (its claimant_id); "
                                  "with related_to=, relation= or relation_source=, that relation.")}


# issue 10, mending round (mend10c): how sure the reporting is (docs/api.md "How sure the reporting is").
VERIFICATION_FILTERS = {
    "verification": CommaList(fields.String(validate=validate.OneOf(list(vocab.VERIFICATIONS))), metadata={
        "description": "Events whose verification, or a claim's (not deprecated), is one of these: "
                       "could_not_verify, appears_to_show..."}),
    "verification_source": _ids("Events where this source says how sure it is (the event's "
                                "verification_source_id, or a claim's not deprecated)."),
}


class _PlacesBase:
    @validates_schema
    def _controlled_on_needs_actor(self, data, **kwargs):
        if data.get("controlled_on") and not data.get("controlled_by"):
            raise ValidationError({"controlled_on": ["Give controlled_by too: controlled_on asks who held the "
                                                     "place on the day."]})


SourcesQuery = collection_args("sources", {
    "q": _q("title, publisher (and publishers) and excerpt"),
    "publisher": fields.String(validate=validate.Length(min=1, max=200), metadata={
        "description": "Sources published by exactly this name: their publisher, or one of their publishers "
                       "(a report published jointly)."})})

ActorsQuery = collection_args("actors", {
    "kind": CommaList(fields.String(validate=validate.OneOf(list(vocab.ACTOR_KINDS))),
                      metadata={"description": "One or several actor kinds."}),
    "country": country(),
    "parent": _ids("Actors whose parent is this actor."),
    "q": _q("name and aliases"),
    **_relation_filters("actors"),
    **_sourced_relation_filters("actors"),
})

PlacesQuery = type("PlacesQuery", (_PlacesBase, collection_args("places", {
    "kind": CommaList(fields.String(validate=validate.OneOf(list(vocab.PLACE_KINDS))),
                      metadata={"description": "One or several place kinds."}),
    "country": country(),
    "within": _ids("Places inside this place, at any depth of the place hierarchy."),
    "bbox": Bbox(metadata={"description": "west,south,east,north: places whose coordinates lie inside."}),
    "q": _q("name, aliases and description"),
    **_mending_filters("places"),
    **_sourced_relation_filters("places"),
})), {})


class _EventsBase(_DateRange):
    @validates_schema
    def _role_needs_actor(self, data, **kwargs):
        if data.get("role") and not data.get("actor"):
            raise ValidationError({"role": ["Give actor too: role filters the role that actor plays."]})
        if data.get("claimed_role") and not data.get("claimed_actor"):
            raise ValidationError({"claimed_role": ["Give claimed_actor too: claimed_role filters the role a claim "
                                                    "says that actor played."]})
        if data.get("place_role") and not data.get("place"):
            raise ValidationError({"place_role": ["Give place too: place_role filters the role that place "
                                                  "plays."]})
        low, high = data.get("min_deaths"), data.get("max_deaths")
        if low is not None and high is not None and high < low:
            raise ValidationError({"max_deaths": ["Must not be less than min_deaths."]})


EventsQuery = type("EventsQuery", (_EventsBase, collection_args("events", {
    "type": CommaList(fields.String(validate=validate.OneOf(list(vocab.EVENT_TYPES))),
                      metadata={"description": "One or several PLOVER event types."}),
    "actor": _ids("Events this actor takes part in (in any role, or in `role`)."),
    "role": fields.String(validate=validate.OneOf(list(vocab.PARTICIPANT_ROLES)),
                          metadata={"description": "With actor: the role the actor plays."}),
    "place": _ids("Events at this place or at any place inside it (the place hierarchy); an event's "
                  "other_places count as its places too."),
    "place_role": CommaList(fields.String(validate=validate.OneOf(list(vocab.EVENT_PLACE_ROLES))), metadata={
        "description": "With place: only places in one of these roles count (from, to, via, at; the main "
                       "place_id is at)."}),
    "country": country(metadata={"description": "Events at a place in this country (ISO 3166-1 alpha-3)."}),
    "date_from": _date("Events whose date bracket overlaps [date_from, date_to]: that may have happened "
                       "on or after this day (an end not known, ongoing or under_way, runs on; on_or_before ends at "
                       "its bound, open_start at the day it ended)."),
    "date_to": _date("Events that may have happened on or before this day (on_or_before, open_start and "
                     "under_way: always)."),
    **_reported_date_args("Events"),
    "parent": _ids("Events that are part of this event."),
    "treaty": _ids("Events linked to this treaty."),
    "provision": _ids("Events linked to this provision of a treaty (carrying it out, breaching it...)."),
    "min_deaths": fields.Integer(validate=validate.Range(min=0, max=MAX_ID), metadata={
        "description": "Events whose deaths total is at least this: its best, else low, else high. The total is "
                       "the preferred deaths figure of category total (no subset, country or part_of, published), else "
                       "the first such figure not deprecated; never one side's losses, a subset, one "
                       "nationality or a part of another figure."}),
    "max_deaths": fields.Integer(validate=validate.Range(min=0, max=MAX_ID), metadata={
        "description": "Events whose deaths total (as for min_deaths) is at most this."}),
    "bbox": Bbox(metadata={"description": "west,south,east,north: events whose place lies inside."}),
    "q": _q("title and summary"),
    "claimant": _ids("Events with a figure or a claim made by this actor."),
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
    "figure_place": _ids("Events with a figure of people at this place, or about it (a figure's place)."),
    "claimed_actor": _ids("Events where some claim says this actor took part (a claim's actor with took_part "
                          "true, in any role, or in `claimed_role`); `actor` reads only the participants, the "
                          "preferred reading."),
    "claimed_role": fields.String(validate=validate.OneOf(list(vocab.PARTICIPANT_ROLES)), metadata={
        "description": "With claimed_actor: the role the claim says the actor played."}),
    "denied_actor": _ids("Events where some claim denies that this actor took part (took_part false)."),
    "claimed_place": _ids("Events some claim places at this place or at a place inside it (a claim's place_id); "
                          "`place` reads only the event's place_id and other_places, the preferred reading."),
    **_relation_filters("events"),
    **_mending_filters("events"),
    **VERIFICATION_FILTERS,
})), {})

class _TreatiesBase:
    @validates_schema
    def _party_filters(self, data, **kwargs):
        if data.get("party_on") and not data.get("party"):
            raise ValidationError({"party_on": ["Give party too: party_on asks whether that actor was a party "
                                                "on the day."]})
        if data.get("relation") and not data.get("relates_to"):
            raise ValidationError({"relation": ["Give relates_to too: relation narrows the relations to that "
                                                "treaty."]})


# Treaty structure (party roles and participation, relations): filters that answer from them.
TREATY_STRUCTURE_FILTERS = {
    "party_role": CommaList(fields.String(validate=validate.OneOf(list(vocab.PARTY_ROLES))), metadata={
        "description": "Treaties listing an actor in one of these roles (with party: that actor in one of them)."}),
    "party_on": _date("With party: only treaties that actor took part in on this day, by its participation "
                      "changes (joined/resumed in, suspended/withdrew out), else by joined and left (or the "
                      "treaty's signing and end)."),
    "relates_to": _ids("Treaties whose relations name this treaty (the treaties that amend, implement, ... it)."),
    "relation": CommaList(fields.String(validate=validate.OneOf(list(vocab.TREATY_RELATIONS))), metadata={
        "description": "With relates_to: only relations of these kinds."}),
    "claimant": _ids("Treaties with a claim made by this actor: a status history entry, or an implementation "
                     "entry of one of their provisions, whose claimant it is."),
}

TreatiesQuery = type("TreatiesQuery", (_TreatiesBase, collection_args("treaties", {
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
    "in_force_on": _date("Treaties in force on this day. With a dated status history: the status history's "
                         "entry in effect on the day reaches in_force (in_force, resumed, extended) and its until is not "
                         "before the day; an undated entry is in effect from the day after the dated entry listed "
                         "before it. Without: past "
                         "signature (or entry into force, when known), not ended, and not merely signed."),
    "q": _q("name and summary"),
    **TREATY_STRUCTURE_FILTERS,
})), {})

StatementsQuery = type("StatementsQuery", (_DateRange, collection_args("statements", {
    "speaker": _ids("Statements this actor made (as speaker_id, or one of other_speaker_ids)."),
    "about_event": _ids("Statements about this event."),
    "about_treaty": _ids("Statements about this treaty."),
    "provision": _ids("Statements about this provision of a treaty (an about_treaties item naming it): who announced, "
                      "invoked or disputed the clause."),
    "stance": CommaList(fields.String(validate=validate.OneOf(list(vocab.STANCES))),
                        metadata={"description": "One or several stances."}),
    "medium": CommaList(fields.String(validate=validate.OneOf(list(vocab.STATEMENT_MEDIA))),
                        metadata={"description": "One or several media."}),
    "language": language(),
    "date_from": _date("Statements that may have been made on or after this day (their bracket's last day, or "
                       "a not_before bound, is on or after it)."),
    "date_to": _date("Statements that may have been made on or before this day (their first day is on or before "
                     "it, or they are on_or_before a day)."),
    **_reported_date_args("Statements"),
    "q": _q("the quoted text and the summary"),
    **_relation_filters("statements"),
})), {})

QUERY_SCHEMAS = {"sources": SourcesQuery, "actors": ActorsQuery, "places": PlacesQuery, "events": EventsQuery,
                 "treaties": TreatiesQuery, "statements": StatementsQuery}


# --- GET /v1/search: candidates across kinds (issue 11) -------------------------------------------------------

SEARCH_LIMIT = 50   # the most candidates one search answers


def _has_a_word(text):
    if text and not any(char.isalnum() for char in text):   # (empty: the length says so)
        raise ValidationError("Give at least one letter or digit to search for.")


class SearchQuery(StrictSchema):
    q = fields.String(required=True, validate=[validate.Length(min=1, max=200), _has_a_word], metadata={
        "description": "What to look for, 1 to 200 characters: a name, an alias in any language, the beginning "
                       "of either as it is being typed (Aliy), an external ID (wikidata:Q399, or Q399 in any "
                       "scheme), or words of a record's text. Case, diacritics and punctuation are ignored in "
                       "names (Şuşa = susa)."})
    kind = CommaList(fields.String(validate=validate.OneOf(list(QUERY_SCHEMAS))), validate=validate.Length(min=1),
                     metadata={"description": f"Only these kinds, comma-separated: {', '.join(QUERY_SCHEMAS)}. "
                                              "Default: all."})
    limit = fields.Integer(load_default=10, validate=validate.Range(min=1, max=SEARCH_LIMIT), metadata={
        "description": f"How many candidates at most, 1 to {SEARCH_LIMIT} (default 10)."})
