"""The query parameters of GET /v1/events (and so of its aggregates and exports, schemas/stats.py): its filters
and the checks across them, on the collection's shared parameters (schemas/query_base.py)."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import Terms, MAX_ID, country
from .act_filters import ACT_FILTERS
from .id_filters import id_filter as _ids
from .link_filters import VERIFICATION_FILTERS, control_and_place_filters, figure_filters, relation_filters
from .parameters import Bbox, CommaList, DateRange, day, reported_date_args, text_search
from .query_base import collection_args
from .relation_claim_filters import claim_filters
from .scope_filters import EVENT_SCOPE_FILTERS
from .who_filters import WHO_FILTERS
from .event_occurrence import occurrence_filters


class EventsChecks(DateRange):
    @validates_schema
    def _role_needs_actor(self, data, **kwargs):
        if data.get("role") and not data.get("actor"):
            raise ValidationError({"role": ["Give actor too: role filters the role that actor plays."]})
        if data.get("claimed_role") and not data.get("claimed_actor") and not data.get("claimed_candidate"):
            raise ValidationError({"claimed_role": ["Give claimed_actor too: claimed_role filters the role a claim "
                                                    "says that actor played."]})
        if data.get("place_role") and not any(data.get(k) for k in ("place", "relative_to", "place_site_category")):
            raise ValidationError({"place_role": ["Give place (or relative_to, place_site_category) too: place_role "
                                                  "filters the role that place plays."]})
        low, high = data.get("min_deaths"), data.get("max_deaths")
        if low is not None and high is not None and high < low:
            raise ValidationError({"max_deaths": ["Must not be less than min_deaths."]})


EventsQuery = type("EventsQuery", (EventsChecks, collection_args("events", {
    "type": CommaList(fields.String(validate=validate.OneOf(list(vocab.EVENT_TYPES))),
                      metadata={"description": "One or several PLOVER event types."}),
    "actor": _ids("Events this actor takes part in (in any role, or in `role`)."),
    "role": fields.String(validate=Terms(vocab.PARTICIPANT_ROLES),
                          metadata={"description": "With actor: the role the actor plays."}),
    "place": _ids("Events at this place or at any place inside it (the place hierarchy); an event's "
                  "other_places count as its places too."),
    "place_role": CommaList(fields.String(validate=validate.OneOf(list(vocab.EVENT_PLACE_ROLES))), metadata={
        "description": "With place (or relative_to, place_site_category): only places in one of these roles count (from, to, via, "
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
    "date_end_part": CommaList(fields.String(validate=validate.OneOf(list(vocab.PERIOD_PARTS))), metadata={
        "description": "Events that ended in a part of a month or year, one of these: early, mid, late."}),
    "occasion_season": CommaList(fields.String(validate=Terms(vocab.SEASONS)), metadata={   # figs33 (0113)
        "description": "Events timed by a season (occasion_timing's season), one of these: winter, rainy_season..."}),
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
    "q": text_search("title (and aliases) and summary"),
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
    "charge": CommaList(fields.String(validate=Terms(vocab.LEGAL_CHARGES)), metadata={
        "description": "Legal actions whose charges include one of these (treason, war_crimes, "
                       "unlawful_deportation...)."}),
    "legal_in_force_on": day("Legal actions said to be still in force on or after this day (legal.in_force_as_of "
                             "on or after it: 'the order remained in force', said then; events27)."),
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
    "claimed_role": fields.String(validate=Terms(vocab.PARTICIPANT_ROLES), metadata={
        "description": "With claimed_actor: the role the claim says the actor played."}),
    "denied_actor": _ids("Events where some claim denies that this actor took part (took_part false)."),
    # issue 10, mend-figures (migrations/0040): "one of the two"
    "claimed_candidate": _ids("Events where some claim names this actor among candidates one of whom took part "
                              "(a claim's candidate_ids; with claimed_role, in that role)."),
    "claimed_place": _ids("Events some claim places at this place or at a place inside it (a claim's place_id, "
                          "with presence where an actor was said to be or not to be); "
                          "`place` reads only the event's place_id and other_places, the preferred reading."),
    **relation_filters("events"),
    **claim_filters("events"),   # who says a relation holds, its sources, its degree (rel31, migrations/0106)
    **control_and_place_filters("events"),
    **VERIFICATION_FILTERS,
    **figure_filters("events"),
    **ACT_FILTERS["events"],
    **EVENT_SCOPE_FILTERS,   # places34 (migrations/0117): action=, equipment_name=, equipment_flag=
    **WHO_FILTERS["events"],
    **occurrence_filters(),   # mend-occur (migrations/0068)
})), {})

