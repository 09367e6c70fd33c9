"""The parts of typed links between records (issue 10): aliases with a language, event and statement
relations, further places of an event, memberships of an actor in a body."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import membership_changes, place_sites, vocabularies as vocab
from .cross_relations import ElapsedRule, relation_elapsed
from .common import StrictSchema, Terms, country, language, one_of, reference, references, text, unique
from .dates import ReportedDateIn
from .relation_parts import (CompositionMixin, DesignationMixin, PlaceScopeMixin,   # 0078, 0082; place: 0117
                             SeniorityMixin)   # seniority 0094
from .place_parts import (DistanceMixin, PlacePartMixin, VagueDistanceMixin, distance_fields, distance_problems,
                          relative_relation)
from .place_between import SECOND_PLACE, PlaceBetweenMixin
from .travel_time import TravelTimeMixin   # places35 (migrations/0119)
from .relation_claims import RelationClaimMixin, SourcedMixin, relations_once  # noqa: F401 (the kinds' lists)
from .unnamed import UnnamedClaimantFields


class AliasIn(StrictSchema):
    name = text(300, required=True, metadata={"description": "The other name or spelling."})
    language = language(allow_none=True, load_default=None)   # null: the reporting does not say


class AliasItem(fields.Nested):
    """An alias as an object {name, language}; the older plain string ("Shushi") is still accepted and means
    {"name": "Shushi", "language": null}."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str):
            value = {"name": value}
        return super()._deserialize(value, attr, data, **kwargs)


def aliases(what, rows="alias_rows"):
    return fields.List(AliasItem(AliasIn), load_default=list, validate=[validate.Length(max=50),
                                                                      unique("name", "language")],
                       metadata={"description": f"Other names and spellings of the {what}, searched with the name: "
                                                "objects {name, language}. A plain string is still accepted "
                                                "as input (a name in no stated language).", "rows": rows})


def _not_part_of(value):
    """Runs before the vocabulary's check, so that its message is the one given."""
    if value == "part_of":
        raise ValidationError("'Part of' is the event's parent_id, not a relation.")


class EventRelationIn(RelationClaimMixin, ElapsedRule, StrictSchema):   # the claim: 0106
    event_id = reference("event", required=True, metadata={"description": "ID of the other event.", "shown": {
        "description": "The other event (its ID, or the event with include=relations)."}})
    relation = fields.String(required=True, validate=[_not_part_of, Terms(vocab.EVENT_RELATIONS)],   # open31
                             metadata={
        "description": "How this event relates to the other: follows, in_response_to, ends, suspends, "
                       "prevents, escalates, investigates, legal_action_over, or only when: after, before, "
                       "simultaneous (see /v1/vocabularies event_relations)."})
    elapsed = relation_elapsed()   # "two days later" (migrations/0039)


class PlaceRefMixin:
    """A place as reporting gives it, wherever a record refers to a further place (an event's other_places, a
    figure's places, a provision's place_roles: schemas/provision_places.py): a named place (place_id), a place not named (unknown), or a place described only relative
    to a named one ('RSF positions east of Khartoum': relation east_of, relative_to_id Khartoum), with the words
    as printed and 'and its surroundings' (migrations/0042). Mixed in before StrictSchema."""

    place_id = reference("place", required=True, allow_none=True, metadata={
        "description": "ID of the place; null for a place the reporting does not name (give unknown) or "
                       "describes only relative to a named place (give relation and relative_to_id).",
        "shown": {"description": "The place (its ID, or the place when embedded); null for a place not named "
                                 "(see unknown) or described relative to another (see relative_to)."}})
    unknown = one_of(vocab.UNKNOWN_PLACES, allow_none=True, load_default=None, metadata={
        "description": "With place_id null, alone or beside relation and relative_to_id: why no place is named: "
                       "unknown (the reporting does not know where), undisclosed (someone knows but does not say), "
                       "unnamed (known, described but not named: 'army lines', 'rebel-held territory'; words keeps the "
                       "words). Beside relation, a place not named placed relative to a named one ('a village near the "
                       "town that the army did not name': undisclosed, near the town). Null when place_id names the "
                       "place, or when the reporting says nothing of why a place it places is not named."})
    relation = relative_relation(metadata={   # (schemas/place_parts.py: the terms a place not named takes)
        "description": "With place_id null: where the place lies relative to relative_to_id, a place relation "
                       "(near, east_of and the other compass points, on_road_to, near_border_with, on_front_of, "
                       "within, on_bank_of, on_coast_of, opposite, distance_from with a distance; see /v1/vocabularies "
                       "place_relations) ('positions east of Khartoum': east_of), with unknown too when the reporting "
                       "says why it names no place. Null for a named place: its relations are the place's own."})
    relative_to_id = reference("place", allow_none=True, load_default=None, metadata={
        "description": "With relation: the named place this one is described relative to ('east of Khartoum': "
                       "Khartoum). The filters that take a place (place=, within=) do not match it: a place east "
                       "of Khartoum is not in Khartoum; relative_to= asks for it.",
        "shown": {"description": "The named place it is described relative to (its ID, or the place when "
                                 "embedded); null for a named place or one not named."}})
    words = text(300, allow_none=True, load_default=None, metadata={
        "description": "The place as the reporting words it ('RSF positions east of Khartoum', 'the south of the "
                       "city'), with any place_id, unknown or relation; null when the name says it all."})
    with_surroundings = fields.Boolean(load_default=False, metadata={
        "description": "true: the place and its surroundings, as reported ('Wad Madani and its surroundings'); "
                       "false: the place as named (the default)."})

    @validates_schema(skip_on_field_errors=True)
    def _place_as_reported(self, data, **kwargs):
        named, relative = data.get("place_id") is not None, data.get("relation") is not None
        if (data.get("relative_to_id") is not None) != relative:
            missing = "relative_to_id" if relative else "relation"
            raise ValidationError({missing: ["relation and relative_to_id go together: where the place lies, "
                                             "and relative to which named place."]})
        if named and relative:
            raise ValidationError({"relation": ["Only for a place not named: a named place's relations are the "
                                                "place's own (PATCH /v1/places/{id} relations)."]})
        if not named and not relative and data.get("unknown") is None:
            raise ValidationError({"place_id": ["Name the place, describe it relative to a named place (relation "
                                                "and relative_to_id), or give unknown (unknown or undisclosed) "
                                                "for a place the reporting does not name."]})
        if data.get("unknown") is not None and named:   # with relation: a place not named, placed (rel31)
            raise ValidationError({"unknown": ["Only for a place not named: leave it out with place_id."]})
        if data.get("relative_to_id") is not None and data.get("relative_to_id") == data.get("place_id"):
            raise ValidationError({"relative_to_id": ["Is the place itself."]})
        problems = distance_problems(data.get("relation"), data, self.fields)
        if problems:
            raise ValidationError({"relation": problems})


class EventPlaceIn(PlaceRefMixin, DistanceMixin, VagueDistanceMixin, StrictSchema):   # distance_vague: 0079
    location_precision = one_of(vocab.LOCATION_PRECISIONS, allow_none=True, load_default=None, metadata={
        "description": "How precisely this place is known: exact, near it, or somewhere within it."})
    role = one_of(vocab.EVENT_PLACE_ROLES, load_default="at", metadata={
        "description": "The part this place plays in the event: at (it happened there too, the default), from "
                       "(where a movement started), to (where it ended), via (passed through), between (an end of "
                       "a route travelled both ways: 'flights between Aden and Sanaa'). The event's main place_id "
                       "reads as at; it may be listed here too with another role, the part it plays (see "
                       "/v1/vocabularies event_place_roles)."})
    # mend-misc (migrations/0062; trial t16): "areas about 20 km north of Samraong"
    distance_km, distance_qualifier = distance_fields()
    site_category = place_sites.site_category()   # figs33 (migrations/0113): a destination hospitals

    @validates_schema(skip_on_field_errors=True)
    def _precision_of_a_named_place(self, data, **kwargs):
        if data.get("place_id") is None and data.get("location_precision") is not None:
            raise ValidationError({"location_precision": ["Needs a place_id."]})


def places_once(items):
    """A named place once in an event's further places; places not named may be several (to, from)."""
    unique("place_id")([item for item in items if item.get("place_id") is not None])
    unique("role", "unknown", "relation", "relative_to_id", "words", "site_category")(
        [item for item in items if item.get("place_id") is None])


class StatementRelationIn(RelationClaimMixin, ElapsedRule, StrictSchema):   # the claim: 0106
    statement_id = reference("statement", required=True, metadata={
        "description": "ID of the other statement.", "shown": {
            "description": "The other statement (its ID, or the statement with include=relations)."}})
    relation = one_of(vocab.STATEMENT_RELATIONS, required=True, metadata={
        "description": "What this statement does to the other: replies_to, confirms, contradicts, denies, "
                       "retracts, revises, supplements, refers_to, follows (made after it: 'later said'), "
                       "simultaneous (see "
                       "/v1/vocabularies statement_relations)."})
    # issue 10, mend-relations (migrations/0035): "denied that civilians were killed", "denied the scale"
    extent = one_of(vocab.DENIAL_EXTENTS, allow_none=True, load_default=None, metadata={
        "description": "With denies or contradicts: how much of the other it rejects: whole, part, scale (see "
                       "/v1/vocabularies denial_extents); null when not said (read as whole)."})
    extent_words = text(500, allow_none=True, load_default=None, metadata={
        "description": "With extent part or scale: what is rejected, in the reporting's words ('that civilians "
                       "were killed', 'the number of dead'); null when not said."})
    elapsed = relation_elapsed()   # "denied it hours later" (migrations/0039)

    @validates_schema(skip_on_field_errors=True)
    def _extent_of_a_rejection(self, data, **kwargs):
        if data.get("extent") is not None and data.get("relation") not in ("denies", "contradicts"):
            raise ValidationError({"extent": ["Only with denies or contradicts: how much of the other is "
                                              "rejected."]})
        if data.get("extent_words") is not None and data.get("extent") not in ("part", "scale"):
            raise ValidationError({"extent_words": ["Goes with extent part or scale: says which part, or what "
                                                    "scale, is rejected."]})


class MembershipIn(SourcedMixin, StrictSchema):
    """A membership, as claimed: "X is a member of the coalition, according to Y" names Y as claimant_id, with
    the sources, as a relation does (SourcedMixin: claimant_id, attribution, verification, source_ids, note;
    migrations/0059)."""

    actor_id = reference("actor", required=True, metadata={"description": "ID of the body the actor is a member of.",
                                                           "shown": {"description": "The body (its ID, or the "
                                                                                    "actor with include=member_of)."}})
    joined = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "When the actor joined, as reported (a reported date); null when not said."})
    left = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "When it left, as reported; null while it is a member, or when not said."})
    changes = membership_changes.changes()   # "the AU suspended the country" (mend-acts4, migrations/0076)


class ActorRelationIn(CompositionMixin, DesignationMixin, SeniorityMixin, PlaceScopeMixin,   # 0094, 0117
                      RelationClaimMixin, StrictSchema):   # words: 0065; degree: 0106
    actor_id = reference("actor", required=True, metadata={"description": "ID of the other actor.", "shown": {
        "description": "The other actor (its ID, or the actor with include=relations)."}})
    relation = one_of(vocab.ACTOR_RELATIONS, required=True, metadata={
        "description": "How this actor relates to the other: backed_by, allied_with, affiliated_with, associate_of, "
                       "subordinate_to, aligned_with, opposes, successor_of, adviser_to, defected_from, leads, "
                       "recognises, loyal_to, split_from, recognised_by, hosted_by, appointed_by, strained_ties_with, "
                       "from_community, colonial_power_of, named_after, designated_by, protecting_power_for (see "
                       "/v1/vocabularies actor_relations). Belonging is parent_id or member_of, not a relation."})
    since = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "Since when the relation holds, as reported (a reported date); null when not said."})
    until = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "Until when it held, as reported; null while it holds, or when not said."})
    # issue 10, mend-relations (migrations/0035)
    support_kinds = fields.List(one_of(vocab.SUPPORT_KINDS), load_default=list,
                                validate=[validate.Length(max=len(vocab.SUPPORT_KINDS)), unique()], metadata={
        "description": "With backed_by: what the backer gives: military, arms_supply, financial, logistical, "
                       "training, intelligence, political (see /v1/vocabularies support_kinds); empty when not "
                       "said. Filter with relation_support=."})
    of_country = country(allow_none=True, load_default=None, metadata={
        "description": "With recognises: ISO 3166-1 alpha-3 code of the country whose government the other is "
                       "recognised as ('the Taliban as the government of Afghanistan': AFG); null for "
                       "recognition as a state."})
    # issue 10, mend-not (migrations/0058): "Rwanda denied backing M23"
    denied_by_statement_ids = references("statement", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "IDs of the statements that deny this relation ('Rwanda denied backing M23': Rwanda's "
                       "statement, stance deny); empty when none is recorded. A statement named here cannot be "
                       "deleted. Filter with relation_denied= and relation_denied_by= (the statements' speaker).",
        "rows": "denial_rows", "shown": {"description": "The statements that deny the relation (IDs)."}})

    @validates_schema(skip_on_field_errors=True)
    def _parts_of_the_relation(self, data, **kwargs):
        if data.get("support_kinds") and data.get("relation") != "backed_by":
            raise ValidationError({"support_kinds": ["Only with backed_by: what the backer gives."]})
        if data.get("of_country") is not None and data.get("relation") != "recognises":
            raise ValidationError({"of_country": ["Only with recognises: the country whose government the "
                                                  "other is recognised as."]})


class ActorPlaceIn(SourcedMixin, UnnamedClaimantFields, StrictSchema):   # words: claims34 (0115, trial t60 #17)
    """Where an actor is based or operates, as claimed (issue 10, mend-between, migrations/0052): "Pakistan-based
    militants" is {place_id: Pakistan, relation: based_in}, with who says so and from which sources."""

    place_id = reference("place", required=True, metadata={
        "description": "ID of the place ('Pakistan-based': Pakistan).",
        "shown": {"description": "The place (its ID, or the place with include=places)."}})
    relation = one_of(vocab.ACTOR_PLACE_RELATIONS, required=True, metadata={
        "description": "How the actor relates to the place: based_in, operates_in, claims_sovereignty "
                       "(see /v1/vocabularies actor_place_relations). Filter with based_in= (places inside it too) and "
                       "based_in_relation=."})
    since = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "Since when it holds, as reported (a reported date); null when not said."})
    until = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "Until when it held, as reported; null while it holds, or when not said."})


class PlaceRelationIn(PlacePartMixin, VagueDistanceMixin, PlaceBetweenMixin, RelationClaimMixin, TravelTimeMixin,
                      StrictSchema):   # 0079, 0106; between, a coast not named: figs32 (0110); travel: 0119
    """Where a place lies relative to another, as reporting places it (issue 10, mending round)."""

    place_id = reference("place", allow_none=True, load_default=None, metadata={
        "description": "ID of the other place ('10 km north of Bakhmut': Bakhmut); null (or left out) only with "
                       "on_coast_of when the reporting does not name the sea ('a coastal town'), or with between "
                       "two sides (actor_id, and_actor_id).",
        "shown": {"description": "The other place (its ID, or the place with include=relations); null for a "
                                 "coast whose sea is not named, or between two sides."}})
    relation = one_of(vocab.PLACE_RELATIONS, required=True, metadata={
        "description": "Where this place lies relative to the other: near, distance_from (a distance without a "
                       "direction, with distance_km or travel_time), north_of (and the other compass points), on_road_between, "
                       "on_road_to, borders, near_border_with, on_front_of, capital_of, main_city_of, within, overlaps, on_bank_of, on_coast_of, opposite, enclave_in, runs_along (see "
                       "/v1/vocabularies place_relations)."})
    and_place_id = reference("place", allow_none=True, load_default=None, metadata={
        "description": "With on_road_between or between: the second place ('between Bakhmut and "
                       "Kostiantynivka'); null otherwise.",
        "shown": {"description": "The second place of on_road_between or between (its ID, or the place with "
                                 "include=relations); null otherwise."}})
    distance_km = fields.Float(allow_none=True, load_default=None, allow_nan=False,
                               validate=validate.Range(min=0, max=20000), metadata={
        "description": "The distance from the other place in km, as reported ('10 km north of'); null when not "
                       "said."})
    qualifier = one_of(vocab.QUALIFIERS, allow_none=True, load_default=None, metadata={
        "description": "How the distance is qualified: about, at_least, at_most, more_than, fewer_than; null "
                       "when not said (or exact)."})
    # issue 10, mend-relations (migrations/0035): "the capital since 1991", "the former capital"
    since = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "Since when the relation holds, as reported (a reported date: a capital since 1991); "
                       "null when not said."})
    until = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "Until when it held, as reported (a former capital); null while it holds, or when not "
                       "said."})

    # issue 10, mend-places (migrations/0042): "on the east bank of the Blue Nile", "opposite Wad Madani"
    side = one_of(vocab.BANK_SIDES, allow_none=True, load_default=None, metadata={
        "description": "With on_bank_of or on_coast_of: which bank, coast or shore, as reported: east, west, "
                       "north, south, left, right (facing downstream; see /v1/vocabularies bank_sides); null when "
                       "not said."})
    across_id = reference("place", allow_none=True, load_default=None, metadata={
        "description": "With opposite: the river or water between the two places ('across the Blue Nile from "
                       "Wad Madani': the Blue Nile), a place of kind river, lake, sea or water_body; null when "
                       "not said.",
        "shown": {"description": "With opposite: the water between the two places (its ID, or the place with "
                                 "include=relations); null otherwise."}})

    @validates_schema(skip_on_field_errors=True)
    def _parts(self, data, **kwargs):
        if data.get("side") is not None and data.get("relation") not in ("on_bank_of", "on_coast_of"):
            raise ValidationError({"side": ["Only with on_bank_of or on_coast_of: which bank or coast the place "
                                            "lies on."]})
        if data.get("across_id") is not None and data.get("relation") != "opposite":
            raise ValidationError({"across_id": ["Only with opposite: the water between the two places."]})
        if data.get("relation") == "on_road_between" and data.get("and_place_id") is None:
            raise ValidationError({"and_place_id": ["on_road_between needs the second place."]})
        if data.get("relation") not in SECOND_PLACE and data.get("and_place_id") is not None:
            raise ValidationError({"and_place_id": ["Only with on_road_between or between."]})
        if data.get("qualifier") is not None and data.get("distance_km") is None:
            raise ValidationError({"qualifier": ["Qualifies distance_km: give it too."]})
        problems = distance_problems(data.get("relation"), data, self.fields)
        if problems:
            raise ValidationError({"relation": problems})
