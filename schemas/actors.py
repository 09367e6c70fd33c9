"""Actors: states, government bodies, armed forces, groups, people, organisations."""
from marshmallow import ValidationError, fields, validate, validates_schema

from .property_values import properties_field
from . import vocabularies as vocab
from .common import DatedMixin, ExternalIds, StrictSchema, country, one_of, reference, text, unique
from .declaration import output_schema
from . import claim_dates
from .claims import ClaimFieldsMixin
from .dates import ReportedDateIn
from .figure_input import OwnedFiguresMixin, owned_figures
from .alias_claims import claimed_aliases
from .relations import ActorPlaceIn, ActorRelationIn, MembershipIn, relations_once


class PositionIn(ClaimFieldsMixin, StrictSchema):
    """A position held, dated, in a body, as claimed (issue 10, vocab round, migrations/0027): "then defence
    minister", "former commander". Outlets that disagree on a title give a position each, with its claimant,
    sources and rank, as for the other claims. Kept by its id."""

    SHOWN_IN_PLACE = True
    id = reference("position of this actor", metadata={
        "description": "Give the ID of an existing position to keep it (and its ID); omit it for a new one."})
    title = text(300, required=True, metadata={
        "description": "The title as reported ('Defence Minister', 'commander of the Southern Group of Forces')."})
    of_actor_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "The body in which the position is held: ID of an actor (a ministry, a force, a state); "
                       "null when not said.",
        "shown": {"description": "The body the position is held in (its ID); null when not said."}})
    since = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "Since when the position was held, as reported (a reported date); null when not said."})
    until = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "Until when it was held, as reported; 'former' is an on_or_before bound at the report's "
                       "date. Null while held, or when not said."})
    scheduled_until = claim_dates.scheduled_until()   # claims34 (migrations/0115): "his term ends in January"
    # issue 10, mend-actors (migrations/0049, notes/trials t9 #26): "defence minister when the war began"
    held_at_event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "An event the position was held at, when the reporting dates it so ('defence minister when "
                       "the war began': the war; 'commander during the siege'): ID of an event; null when not said. "
                       "since and until stay as reported (null when not said); nothing is computed from the event.",
        "shown": {"description": "The event the position was held at (its ID); null when not said."}})
    # issue 10, mend-acts4 (migrations/0076; notes/trials t25 #18 "seized power in a 2003 coup", #19 "fled")
    since_event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "The event that brought the holder to the post, when reported ('who seized power in a 2003 "
                       "coup': the coup, an event mode coup; 'elected in 2016': the election): ID of an event; "
                       "null when not said. since stays as reported; nothing is computed from the event.",
        "shown": {"description": "The event that brought the holder to the post (its ID); null when not said."}})
    until_event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "The event that ended the holding, when reported ('fled the city as the rebels advanced': "
                       "the flight, RETREAT mode flee, with left_how fled; 'toppled in a coup': the coup); null "
                       "when not said. until stays as reported.",
        "shown": {"description": "The event that ended the holding (its ID); null when not said."}})
    # issue 10, mend-actors3 (migrations/0075; notes/trials t23 #74 "citing health reasons", #76 "still vacant")
    left_how = one_of(vocab.POSITION_LEAVINGS, allow_none=True, load_default=None, metadata={
        "description": "How the holder left the post, when the reporting says: resigned, dismissed, term_ended, "
                       "died, killed, overthrown, fled (see /v1/vocabularies position_leavings); null when not said. "
                       "Filter with position_left=."})
    left_words = text(300, allow_none=True, load_default=None, metadata={
        "description": "Why or how the holder left, in the reporting's words, beside left_how ('citing health "
                       "reasons'); null when not said. Needs left_how."})
    vacant_as_of = fields.Date(allow_none=True, load_default=None, metadata={
        "description": "The day the reporting says the post was still vacant after this holder left ('the post "
                       "is still vacant': the report's day), YYYY-MM-DD; null when not said. Needs until. Filter "
                       "with position_vacant=."})

    @validates_schema(skip_on_field_errors=True)
    def _leaving(self, data, **kwargs):
        if data.get("left_words") is not None and data.get("left_how") is None:
            raise ValidationError({"left_words": ["Give left_how too (resigned, dismissed, ...): the words keep "
                                                  "the reporting's reason beside it."]})
        if data.get("vacant_as_of") is not None and data.get("until") is None:
            raise ValidationError({"vacant_as_of": ["Give until too: the post is vacant after the holder left "
                                                    "(an on_or_before bound when the day is not said)."]})


class ActorIn(DatedMixin, OwnedFiguresMixin, StrictSchema):
    RECORD = True
    date_fields = ("valid_from", "valid_to", None)

    name = text(300, required=True, metadata={"description": "The actor's usual name in English; for an "
                                                             "unidentified actor, how the reporting refers to "
                                                             "it ('unidentified gunmen', 'residents')."})
    kind = one_of(vocab.ACTOR_KINDS, required=True, metadata={
        "description": "What kind of actor: a state, armed forces, a person..."})
    aliases = claimed_aliases("actor")   # who uses the name: figs32 (migrations/0110)
    country = country(allow_none=True, metadata={
        "description": "ISO 3166-1 alpha-3 code of the actor's country, for example ARM; null for "
                       "international actors."})
    parent_id = reference("actor", allow_none=True, metadata={
        "description": "The actor this one belongs to: a ministry's state, a person's office.", "shown": {
            "description": "The actor this one belongs to (its ID, or the actor with include=parent); null for none."}})
    role_title = text(300, allow_none=True, metadata={
        "description": "For a person: the office held in the parent actor (Prime Minister), undated; positions "
                       "holds them dated and claimed."})
    description = fields.String(validate=validate.Length(max=5000), allow_none=True, metadata={
        "description": "Who or what the actor is, in a few sentences."})
    external_ids = ExternalIds("actors", load_default=dict, rows="external_id_rows")
    valid_from = fields.Date(allow_none=True, metadata={
        "description": "When the actor came into being: the day (YYYY-MM-DD), or the first day of the month or "
                       "year of valid_from_precision."})
    valid_to = fields.Date(allow_none=True, metadata={
        "description": "When it ceased to exist: the day, or the first day of the month or year of "
                       "valid_to_precision."})
    # issue 10, mend-figdates (migrations/0074, trial t23 #66): "set up by the Security Council in April 1991"
    valid_from_precision = fields.String(allow_none=True, load_default=None,
                                         validate=validate.OneOf(["month", "year"]), metadata={
        "description": "How precisely valid_from is known when not to the day: month or year ('set up in April "
                       "1991': valid_from 1991-04-01, month), read as the whole month or year, never as that day. "
                       "Null: a day."})
    valid_to_precision = fields.String(allow_none=True, load_default=None,
                                       validate=validate.OneOf(["month", "year"]), metadata={
        "description": "How precisely valid_to is known when not to the day: month or year ('dissolved in "
                       "2003': valid_to 2003-01-01, year). Null: a day."})
    # issue 10, relations
    member_of = fields.List(fields.Nested(MembershipIn), load_default=list, validate=validate.Length(max=200),
                            metadata={"description": "The bodies (alliances, coalitions, organisations; a person's "
                                                     "party: 'his ruling party') the actor is or was a member of, "
                                                     "each an object {actor_id, joined, left}.",
                                      "rows": "membership_rows"})
    seat_id = reference("place", allow_none=True, load_default=None, metadata={
        "description": "Where the actor has its seat (a headquarters, a capital): ID of a place.", "shown": {
            "description": "Where the actor has its seat (its ID, or the place with include=seat); null when "
                           "not said."}})
    # mending round (migrations/0014): typed links to other actors
    relations = fields.List(fields.Nested(ActorRelationIn), load_default=list, validate=[
        validate.Length(max=200), relations_once("actor_id", "relation", "since", "until", "place_id")],
                            metadata={"description": "Typed links to other actors: {actor_id, relation, since, until} "
                                                     "(backed_by, allied_with, associate_of...; see /v1/vocabularies "
                                                     "actor_relations). GET /v1/actors/{id}/related lists the actors "
                                                     "whose relations name this one.", "rows": "relation_rows"})
    # issue 10, mend-between (migrations/0052): "Pakistan-based militants"
    places = fields.List(fields.Nested(ActorPlaceIn), load_default=list, validate=[
        validate.Length(max=100), relations_once("place_id", "relation", "since", "until")], metadata={
        "description": "Where the actor is based or operates, as claimed: {place_id, relation, since, until, "
                       "claimant_id, source_ids...} (based_in, operates_in; see /v1/vocabularies "
                       "actor_place_relations). seat_id stays its one seat. Filter with based_in=.",
        "rows": "place_rows"})
    # issue 10, vocab round (migrations/0027): "unidentified gunmen", "residents", "settlers"
    unidentified = fields.Boolean(load_default=False, metadata={
        "description": "True for an actor the reporting does not name or identify ('unidentified gunmen', "
                       "'residents', 'settlers'): name says how the reporting refers to it, description what "
                       "more it says. False (the default) for a named actor. Filter with unidentified=."})

    # issue 10, mend-src2 (migrations/0067, trial t16 #75): "Sombat, a 52-year-old rice farmer"
    age = fields.Integer(allow_none=True, load_default=None, validate=validate.Range(min=0, max=130), metadata={
        "description": "For a person: the age in years the reporting gives ('a 52-year-old farmer': 52), as of "
                       "age_as_of; null when not said. Filters: age_min=, age_max= (the age as reported)."})
    age_as_of = fields.Date(allow_none=True, load_default=None, metadata={
        "description": "The day the age held, as reported (the report's date); needed with age."})
    # issue 10, vocab26 (migrations/0092; trial t34 #24): "the separatist Kosovo Liberation Army"
    aims = fields.List(one_of(vocab.ACTOR_AIMS), load_default=list, validate=[
        validate.Length(max=len(vocab.ACTOR_AIMS)), unique()], metadata={
        "description": "What the actor fights or campaigns for, as the reporting labels it, after UCDP's "
                       "incompatibility (see /v1/vocabularies actor_aims): secession ('the separatist KLA'), "
                       "autonomy, territorial_claim (territory), government. Empty when not said. Filter with "
                       "aim=."})
    occupation = text(200, allow_none=True, load_default=None, metadata={
        "description": "For a person: the occupation as the reporting words it ('rice farmer', 'nurse'); null "
                       "when not said. role_title and positions hold offices. Filter: occupation= (the words, "
                       "any case)."})

    # issue 10, mend-agree4 (migrations/0078, trial t25 #31): "the 10-nation ECCAS", "the 15-member council"
    member_count = fields.Integer(allow_none=True, load_default=None, validate=validate.Range(min=0, max=100000),
                                  metadata={
        "description": "For a body, an alliance or a coalition: how many members the reporting says it has ('the "
                       "10-nation ECCAS': 10), as of member_count_as_of, whether or not they are recorded in "
                       "member_of; null when not said. Not a person's, nor a force's strength (a figure)."})
    member_count_as_of = fields.Date(allow_none=True, load_default=None, metadata={
        "description": "The day the member count held, as reported (the report's date); needed with member_count."})

    positions = fields.List(fields.Nested(PositionIn), load_default=list, validate=validate.Length(max=100),
                            metadata={"description": "Positions the actor (a person) held, dated and claimed: "
                                                     "title, the body (of_actor_id), since and until as reported, "
                                                     "claimant, sources and rank. Competing titles are positions "
                                                     "of their own; role_title stays the undated summary.",
                                      "rows": "position_rows"})


    @validates_schema(skip_on_field_errors=True)
    def _valid_precisions(self, data, **kwargs):
        for name in ("valid_from", "valid_to"):
            precision, day = data.get(f"{name}_precision"), data.get(name)
            if precision is not None and day is None:
                raise ValidationError({f"{name}_precision": [f"Says how precisely {name} is known: give it too."]})
            if (precision == "month" and day.day != 1) or (precision == "year" and (day.month, day.day) != (1, 1)):
                raise ValidationError({name: [f"With {name}_precision {precision}: the first day of the "
                                              f"{precision} (no day is invented: it reads as the whole {precision})."]})

    @validates_schema(skip_on_field_errors=True)
    def _a_persons_age_and_occupation(self, data, **kwargs):
        for name in ("age", "occupation"):
            if data.get(name) is not None and data.get("kind") != "person":
                raise ValidationError({name: ["Only a person (kind person) has an age or an occupation."]})
        if (data.get("age") is None) != (data.get("age_as_of") is None):
            raise ValidationError({"age_as_of": ["Give age and age_as_of (the day it held) together."]})
        if (data.get("member_count") is None) != (data.get("member_count_as_of") is None):
            raise ValidationError({"member_count_as_of": ["Give member_count and member_count_as_of (the day it "
                                                          "held) together."]})

    # issue 10, figures28 (migrations/0098; trial t40 #56 "kept an army estimated at up to 30,000")
    figures = owned_figures("Figures of the actor itself, each a claim with its claimant and sources: its strength "
                            "(troops: 'an army estimated at up to 30,000'), its members or the people it holds, as "
                            "of a day (as_of). The people counted are the actor's own (the category stays total; "
                            "a part of it is a part_of figure). member_count stays a body's count of member states. "
                            "Shown whole, or as IDs with include= not naming figures.")
    properties = properties_field()   # issue 10, props (migrations/0086): values of registry properties


ActorOut = output_schema(ActorIn)
