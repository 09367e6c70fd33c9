"""Query parameters of the collections: filters, sorting, shape and format.

Every parameter is typed and documented here; an unknown parameter or an invalid value is a 400 naming it.
The parameters every collection shares, which fields each kind sorts on and which relations it can embed are
in schemas/query_base.py; the events' filters in schemas/event_arguments.py; both are importable from here.
"""
from marshmallow import fields, validate

from . import query_hints, vocabularies as vocab
from .common import Terms, country, language, text
from .act_filters import ACT_FILTERS
from .event_arguments import EventsChecks, EventsQuery
from .id_filters import id_filter as _ids
from .link_filters import (PlacesChecks, control_and_place_filters, figure_filters, relation_filters,
                           sourced_relation_filters)
from .parameters import Bbox, CommaList, DateRange, day, reported_date_args, text_search
from .relation_claim_filters import claim_filters
from .scope_filters import PLACE_SCOPE_FILTERS, STATEMENT_COMPANY_FILTERS, SOURCE_SCOPE_FILTERS
from .query_base import (DATASET_FORMATS, FORMATS, GEO_KINDS, INCLUDABLE, OUTPUT_SCHEMAS, SORTABLE,  # noqa: F401
                         AsOfQuery, _field_names, collection_args, record_args)
from .treaty_filters import TREATY_STRUCTURE_FILTERS, TreatiesChecks
from .vocab_treaties import STATEMENT_TREATY_LINKS
from .who_filters import WHO_FILTERS
from .statement_said import SAID_FILTERS

__all__ = ["DATASET_FORMATS", "FORMATS", "GEO_KINDS", "INCLUDABLE", "OUTPUT_SCHEMAS", "SORTABLE", "AsOfQuery",
           "EventsChecks", "EventsQuery", "FILTER_LINKS", "QUERY_SCHEMAS", "collection_args", "record_args"]



def alias_filters(kind):
    """Who uses a record's other names (figs32, migrations/0110: an alias's claimant, named or in words)."""
    return {
        "alias_claimant": _ids(f"{kind.capitalize()} with an other name (alias) this actor is said to use "
                               "(claimant_id: 'the government calls it the occupied zone')."),
        "alias_claimant_kind": CommaList(fields.String(validate=Terms(vocab.ACTOR_KINDS)), metadata={
            "description": f"{kind.capitalize()} with an other name said to be used by unnamed voices of one of "
                           "these kinds (claimant_kind: 'state media' is civil_society)."}),
        "alias_claimant_country": country(metadata={
            "description": f"{kind.capitalize()} with an other name said to be used by unnamed voices of this "
                           "country (claimant_country, ISO 3166-1 alpha-3)."})}


SourcesQuery = collection_args("sources", {
    **SOURCE_SCOPE_FILTERS,   # places34 (migrations/0117): contributor=
    "q": text_search("title, publisher (and publishers) and excerpt"),
    "publisher": fields.String(validate=validate.Length(min=1, max=200), metadata={
        "description": "Sources published by exactly this name: their publisher, or one of their publishers "
                       "(a report published jointly)."}),
    "leaked": fields.Boolean(metadata={"description": "true: only sources leaked (leaked_date given, migrations/"
                                                      "0067); false: only the others."}),
    "dateline_place": _ids("Sources whose dateline names this place (dateline_place_id): the reports filed "
                           "from Port Sudan."), **WHO_FILTERS["sources"]})

ActorsQuery = collection_args("actors", {
    "kind": CommaList(fields.String(validate=Terms(vocab.ACTOR_KINDS)),
                      metadata={"description": "One or several actor kinds."}),
    "country": country(),
    "parent": _ids("Actors whose parent is this actor."),
    "position_in": _ids("Actors with a position (not deprecated) in this body: its ministers, commanders, "
                        "officials, at any time (migrations/0027)."),
    # mend-actors3 (migrations/0075): "resigned citing health reasons", "the post is still vacant"
    "position_left": CommaList(fields.String(validate=validate.OneOf(list(vocab.POSITION_LEAVINGS))), metadata={
        "description": "Actors with a position (not deprecated) left in one of these ways (left_how; in "
                       "position_in, when given)."}),
    "position_vacant": fields.Boolean(metadata={"description": "true: actors with a position (not deprecated) "
                                                               "whose post is said to be vacant after them "
                                                               "(vacant_as_of; in position_in, when given)."}),
    "position_scheduled": fields.Boolean(metadata={"description": "true: actors with a position (not deprecated) "
                                                                 "said to be due to end (scheduled_until; in "
                                                                 "position_in, when given); false: with a position "
                                                                 "whose end is not said to be due (claims34)."}),
    "unidentified": fields.Boolean(metadata={"description": "true: only actors the reporting does not name "
                                                            "('unidentified gunmen'); false: only named ones."}),
    "aim": CommaList(fields.String(validate=validate.OneOf(list(vocab.ACTOR_AIMS))), metadata={
        "description": "Actors whose aims include one of these (aims; vocab26, migrations/0092): aim=secession."}),
    # mend-src2 (migrations/0067): "a 52-year-old rice farmer"
    "occupation": text(200, metadata={"description": "Persons whose occupation is these words (any case)."}),
    "age_min": fields.Integer(validate=validate.Range(min=0, max=130),
                              metadata={"description": "Persons whose reported age is at least this."}),
    "age_max": fields.Integer(validate=validate.Range(min=0, max=130),
                              metadata={"description": "Persons whose reported age is at most this."}),
    "q": text_search("name and aliases"),
    **relation_filters("actors"),
    **sourced_relation_filters("actors"),
    **figure_filters("actors"),   # figures28 (migrations/0098): an actor's own figures
    **alias_filters("actors"),
})

PlacesQuery = type("PlacesQuery", (PlacesChecks, collection_args("places", {
    "kind": CommaList(fields.String(validate=Terms(vocab.PLACE_KINDS)),
                      metadata={"description": "One or several place kinds."}),
    "country": country(),
    "within": _ids("Places inside this place, at any depth of the place hierarchy."),
    "bbox": Bbox(metadata={"description": "west,south,east,north: places whose coordinates lie inside."}),
    "q": text_search("name, aliases and description"),
    **control_and_place_filters("places"),
    **sourced_relation_filters("places"),
    **figure_filters("places"),
    **alias_filters("places"),
    "relation_actor": _ids("Places with a relation (between) naming this actor as one of the two sides whose areas "
                           "the place lies between (actor_id, and_actor_id; figs32)."),
    **PLACE_SCOPE_FILTERS,   # places34 (migrations/0117): declared_by=; places35 (0119): terrain=, relation_travel_mode=
})), {})


TreatiesQuery = type("TreatiesQuery", (TreatiesChecks, collection_args("treaties", {
    "kind": CommaList(fields.String(validate=Terms(vocab.TREATY_KINDS)),
                      metadata={"description": "One or several treaty kinds."}),
    "status": CommaList(fields.String(validate=validate.OneOf(list(vocab.TREATY_STATUSES))),
                        metadata={"description": "One or several statuses."}),
    "party": _ids("Treaties listing this actor in any role but not_party, not_signatory, not_named (with party_role=, in those)."),
    "obligation": CommaList(fields.String(validate=Terms(vocab.PROVISION_TYPES)), metadata={
        "description": "Deprecated name of provision_type (ATOP's obligation types are provision types)."}),
    "provision_type": CommaList(fields.String(validate=Terms(vocab.PROVISION_TYPES)), metadata={
        "description": "Treaties with a provision of one of these types (provision_types)."}),
    "obliged": _ids("Treaties with a provision that obliges this actor by name."),
    "monitor": _ids("Treaties with a provision that this actor monitors or verifies."),
    "provision_actor": _ids("Treaties with a provision naming this actor: obliged, or in any role."),
    # migrations/0040 (mend-figures): what a provision is about, and the reason it gives
    "provision_object": CommaList(fields.String(validate=Terms(vocab.PROVISION_OBJECT_KINDS)), metadata={
        "description": "Treaties with a provision about one of these kinds of object (provision_object_kinds): "
                       "candidacy, body, event, agreement, area; with provision_object_action, one it does that "
                       "with."}),
    "provision_object_action": CommaList(fields.String(validate=validate.OneOf(list(vocab.PROVISION_OBJECT_ACTIONS))),
                                         metadata={"description": "Treaties with a provision doing one of these with "
                                                   "its object (provision_object_actions): backs, withdraws, "
                                                   "creates (a body to be created)..."}),
    "provision_reason": CommaList(fields.String(validate=Terms(vocab.CLAIMED_REASONS)), metadata={
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
                         "entry in effect on the day reaches in_force (in_force, resumed, extended, fraying) and its "
                         "until is not before the day; an undated entry is in effect from the day after the dated entry listed "
                         "before it. Without: past "
                         "signature (or entry into force, when known), not ended, and not merely signed."),
    "q": text_search("name (and aliases) and summary"),
    **TREATY_STRUCTURE_FILTERS,
    **claim_filters("treaties"),   # who says a relation holds, its sources, its degree (rel31, migrations/0106)
    **ACT_FILTERS["treaties"],
    **WHO_FILTERS["treaties"],   # acts31: claimant_kind, claimant_country
})), {})

StatementsQuery = type("StatementsQuery", (DateRange, collection_args("statements", {
    "speaker": _ids("Statements this actor made (as speaker_id, or one of other_speaker_ids)."),
    **STATEMENT_COMPANY_FILTERS,   # places35 (migrations/0119): accompanied_by=
    "about_event": _ids("Statements about this event."),
    "about_treaty": _ids("Statements about this treaty."),
    "about_treaty_link": CommaList(fields.String(validate=validate.OneOf(list(STATEMENT_TREATY_LINKS))), metadata={
        "description": "Statements with an about_treaties item of this link (built_on_by: the treaty builds on the "
                       "statement; alleges_breach: the statement says what it is about breaches the treaty; "
                       "alleges_unfulfilled: it says a party failed to implement the treaty; reservation: its speaker's "
                       "reservation on it); with about_treaty=, that treaty (mend-agree2 to mend-agree5)."}),
    "provision": _ids("Statements about this provision of a treaty (an about_treaties item naming it): who announced, "
                      "invoked or disputed the clause."),
    "stance": CommaList(fields.String(validate=Terms(vocab.STANCES)),
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
    **claim_filters("statements"),   # rel31 (migrations/0106)
    **figure_filters("statements"),
    **ACT_FILTERS["statements"],
    **WHO_FILTERS["statements"],
    **SAID_FILTERS,   # stmt30 (migrations/0102)
})), {})

QUERY_SCHEMAS = {"sources": SourcesQuery, "actors": ActorsQuery, "places": PlacesQuery, "events": EventsQuery,
                 "treaties": TreatiesQuery, "statements": StatementsQuery}
query_hints.declare(QUERY_SCHEMAS)   # cond30: each collection's common wrong names, for "Did you mean"

# kind -> {filter: the kind it names}, for the service to resolve external IDs given to ID filters; made once.
FILTER_LINKS = {kind: {name: field.metadata["link"] for name, field in schema().fields.items()
                       if field.metadata.get("link")} for kind, schema in QUERY_SCHEMAS.items()}
