"""A figure as a record holds it: an event's, a statement's or a place's (issue 10: figures as reported).

The field list of a figure, declared once for every owner (schemas/declaration.py); what makes one mean one
thing is checked by schemas/figures.py.
"""
from marshmallow import ValidationError, fields, post_load, validate, validates_schema

from . import claimants, figures, unnamed, vocabularies as vocab
from . import evidence, figure_causes, figure_circumstances, figure_conditions   # (0113-0116)
from .claim_parts import EquipmentTypeIn, equipment_columns
from .claims import ClaimFieldsMixin
from .figure_context import FigureContextMixin
from .figure_details import FigureDetailsMixin, as_of_anchor_problems, owner_problems
from .figure_places import FigurePlacesMixin
from .figure_status import FigureStatusMixin
from .figure_weapons import FigureWeaponsMixin
from .figure_values import FigureValuesMixin
from .flatdates import time_field
from .common import NotHere, StrictSchema, country, currency_code, one_of, reference, references, unique_ids
from .lexical import FullMatch
from .provisions import provision_key

# An ISO 8601 duration of whole units, at least one: P7D, PT24H, P1M, P1Y2M.
DURATION = r"^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$"


AGE_QUALIFIERS = ("about", "nearly", "exactly")


class AgeIn(StrictSchema):
    """The ages of the people a figure counts, in whole years (mend-equip): one age is min and max alike."""

    min = fields.Integer(strict=True, allow_none=True, load_default=None, validate=validate.Range(min=0, max=130),
                         metadata={"description": "The youngest age counted, in years; null when open ('under 5')."})
    max = fields.Integer(strict=True, allow_none=True, load_default=None, validate=validate.Range(min=0, max=130),
                         metadata={"description": "The oldest age counted, in years; null when open ('over 60')."})
    # claims26 (trial t34 #17 "a boy of about 12"): terms of vocab.QUALIFIERS, as a statement's time_qualifier
    qualifier = fields.String(allow_none=True, load_default=None, validate=validate.OneOf(AGE_QUALIFIERS), metadata={
        "description": "How the reporting qualifies the age (see /v1/vocabularies qualifiers): about ('a boy of "
                       "about 12': min 12, max 12, about), nearly ('almost 18': 18, 18, nearly), exactly. Null when "
                       "the age is given plainly. An open age ('over 60', 'under 5') is min or max alone, not a "
                       "qualifier."})

    @validates_schema(skip_on_field_errors=True)
    def _ordered(self, data, **kwargs):
        if data.get("min") is None and data.get("max") is None:
            raise ValidationError({"min": ["Give min, max or both."]})
        if None not in (data.get("min"), data.get("max")) and data["max"] < data["min"]:
            raise ValidationError({"max": ["Must not be less than min."]})
        if data.get("qualifier") is not None and None in (data.get("min"), data.get("max")):
            raise ValidationError({"qualifier": ["Qualifies an age given (min and max: 'about 12' is 12 and 12); an "
                                                 "open age ('over 60') is min or max alone, without a qualifier."]})


class FigureIn(FigureContextMixin, FigurePlacesMixin, FigureValuesMixin, claimants.ClaimantsMixin, ClaimFieldsMixin,
               unnamed.UnnamedClaimantMixin, FigureDetailsMixin, FigureStatusMixin, FigureWeaponsMixin,
               figure_circumstances.FigureCircumstancesMixin, figure_conditions.FigureConditionsMixin,
               figure_causes.FigureCausesMixin, NotHere, evidence.EvidenceMixin, StrictSchema):
    """A claim about a quantity: who says how many of what, whose, in which unit (schemas/figures.py). The
    fields about its number are every figure's, a provision's too (schemas/figure_values.py)."""

    CHECK_CLAIMANT_ORDER = False   # schemas/figure_reporting.py checks it with the rest of a figure
    NOT_HERE = {"actor_id": "Whose people or forces a figure counts is suffered_by_id, with a category (combatants "
                            "for troops or fighters; on an event's figure the actor's side: side_a...); an actor's own "
                            "strength or membership is a figure of the actor (the actor's figures). actor_id is a "
                            "provision figure's (docs/api.md, 'Who takes which figure fields')."}

    id = reference("figure of this record", metadata={
        "description": "Give the ID of an existing figure to keep it (and its ID); omit it for a new figure."})
    quantity = one_of(vocab.FIGURE_QUANTITIES, required=True, metadata={
        "description": "What is counted: deaths, injured, casualties (killed or wounded, not told apart), "
                       "displaced, prisoners_exchanged, troops, money..."})
    suffered_by_id = reference("actor", allow_none=True, metadata={
        "description": "The actor whose losses or people these are, with a category naming a side (side_a, "
                       "side_b, initiator, target, civilians, combatants, unknown), for people (any quantity in "
                       "unit people), equipment_lost, equipment_damaged or money: refused (422) with category total "
                       "or none (people without a category are the total) and on other quantities (a count in "
                       "items, weapons, aid, area). Null when not one actor.",
        "shown": {"description": "The actor whose losses or people these are (its ID, or the actor when "
                                 "embedded); null when not one actor."}})
    # issue 10, mend10b: "300 Russian and Wagner fighters" (migrations/0020).
    sufferer_ids = references("actor", load_default=list, validate=validate.Length(max=20), metadata={
        "description": "When the losses or people are several actors' together ('300 Russian and Wagner "
                       "fighters'): their IDs, two or more; suffered_by_id is then null (it names one actor). "
                       "Empty otherwise. An actor named here cannot be deleted.", "rows": "sufferer_rows",
        "shown": {"description": "The actors whose losses or people these are together (IDs, or the actors when "
                                 "embedded); empty when not several (see suffered_by)."}})
    place_id = reference("place", allow_none=True, metadata={
        "description": "Where the counted people were, or the place the figure is about ('108 of them were "
                       "defenders of the Azovstal steel works'): ID of an existing place; null when not said.",
        "shown": {"description": "Where the counted people were (its ID, or the place when embedded); null when "
                                 "not said."}})
    period = fields.Nested(figures.FigurePeriodIn, allow_none=True, metadata={
        "description": "The span of time the figure counts over, as reported ('over the previous day', 'since 24 "
                       "February'): a reported date (docs/api.md \"Dates as reported\"); a missing end is "
                       "unknown. as_of is instead the day a state is described at (prisoners held on a day, a "
                       "cumulative toll up to a day). Null when not said."})
    key = provision_key(allow_none=True, metadata={
        "description": "A short name for the figure, unique in its event ('returned'), by which another figure "
                       "of the same write can say it is part of it (part_of_key) before it has an ID."})
    part_of_id = reference("figure of this record", allow_none=True, metadata={
        "description": "The figure of the same record this one is a part of ('215 returned, among them 108 Azov "
                       "fighters'): its ID. Same quantity (or deaths/injured in casualties) and unit, and not "
                       "larger. Null when not a part, or when named by part_of_key."})
    part_of_key = fields.String(allow_none=True, validate=validate.Length(min=1, max=40), metadata={
        "description": "The figure this one is a part of, by its key (works in the write that creates both); "
                       "read back as given, with part_of_id null: the key, not an ID, names the whole."})
    # issue 10, figures as reported (migrations/0026): several claimants, a vague magnitude, a rate, a share
    # of a whole, and a span counted back from the report or since an event.
    claimant_ids = claimants.claimant_ids("figure")   # declared once for every claim (schemas/claimants.py)
    share_of_id = reference("figure of this record", allow_none=True, metadata={
        "description": "With unit percent, the figure of the same record that gives the whole ('a third of the "
                       "town's 9,000 people'): its ID. Null when the whole is not a figure, or named by "
                       "share_of_key."})
    share_of_key = fields.String(allow_none=True, validate=validate.Length(min=1, max=40), metadata={
        "description": "The figure giving the whole, by its key (works in the write that creates both)."})
    period_last = fields.String(allow_none=True, validate=FullMatch(
        DURATION, error="An ISO 8601 duration: P7D (a week), PT24H (24 hours), P1M (a month)."), metadata={
        "description": "A span counted back from the report ('in the last 24 hours': PT24H; 'over the past week': "
                       "P7D), as an ISO 8601 duration. It ends on the figure's as_of, else on the date of its "
                       "first source. Give it, period or period_since_event_id, not two of them. Null when not "
                       "said.", "example": "P7D"})
    period_since_event_id = reference("event", allow_none=True, metadata={
        "description": "A span that starts at an event ('since the start of the war'): ID of that event; it ends on "
                       "the figure's as_of, else on the date of its first source. Null when not said.",
        "shown": {"description": "The event the span counted over starts at (its ID, or the event when "
                                 "embedded); null when not said."}})
    # issue 10, mend-claims (migrations/0059): "deaths since the ceasefire took effect"
    period_since_treaty_id = reference("treaty", allow_none=True, load_default=None, metadata={
        "description": "A span that starts when a treaty took effect ('deaths since the ceasefire took effect'): "
                       "ID of the treaty; its start is the treaty's entry into force as the treaty's record gives "
                       "it (never copied here). It ends as period_since_event_id's does. One of period, "
                       "period_last, period_since_event_id and this. Null when not said.",
        "shown": {"description": "The treaty the span counted over starts at the taking effect of (its ID); null "
                                 "when not said."}})
    unit = one_of(vocab.FIGURE_UNITS, required=True, metadata={
        "description": "The unit of low, best and high; it must fit the quantity (deaths in people, area in km2, "
                       "duration in hours, days, weeks, months or years, money in money with a currency; "
                       "displaced, and a count, in people, households or families: never converted, never deaths)."})
    currency = fields.String(allow_none=True, validate=currency_code, metadata={
        "description": "With unit money: the ISO 4217 currency code (USD, EUR, UAH); null otherwise."})
    published = fields.Boolean(load_default=True, metadata={
        "description": "false: the claimant published no figure of this quantity (a ministry that withholds its "
                       "losses); then low, best, high and qualifier are left out. The claimant is required, or "
                       "attribution unnamed when the withholder is not named ('no official toll has been "
                       "released': claimant_words 'officials')."})

    # issue 10, mend-events (migrations/0034): "deaths are rising" (a trend, with or without a number), and what
    # killed or injured the people counted (schemas/vocab_figures.py).
    trend = one_of(vocab.FIGURE_TRENDS, allow_none=True, load_default=None, metadata={
        "description": "A trend the reporting gives: rising, falling or steady ('deaths are rising', 'fewer "
                       "attacks than last week'); then low, best and high may be left out (a trend without a "
                       "number is never read as a count). Compared with what: period or the note. Null when "
                       "the reporting gives no trend."})
    cause = one_of(vocab.FIGURE_CAUSES, allow_none=True, load_default=None, metadata={
        "description": "What killed, injured or made go missing the people counted (deaths, injured, casualties, "
                       "missing), or destroyed or damaged the equipment counted (equipment_lost, equipment_damaged: "
                       "'a vehicle hit by a missile from an aircraft': cause missile, inflicted_with aircraft), "
                       "refused (422) on any other quantity: gunfire, shelling, airstrike, drone, missile, "
                       "explosive, starvation, drowning (see /v1/vocabularies figure_causes). Null when not said. "
                       "One figure per cause. Filter: figure_cause=."})

    # issue 10, mend-figures (migrations/0040): what trial curators could only put in a note (notes/trials t6,
    # t7): a proportion word instead of a number, the people named among those counted, a figure given against
    # another ("put the toll higher"). The rules: schemas/figure_reporting.py.
    proportion = one_of(vocab.FIGURE_PROPORTIONS, allow_none=True, load_default=None, metadata={
        "description": "A part of a whole given as a proportion word ('most of the 32 freed', 'some of them'), "
                       "which needs its whole (part_of_id or part_of_key: a figure of this record of the same "
                       "quantity and unit, or one including it; share_of_id, share_of_key or share_of in words) and "
                       "refuses low, best and high (422; a part with a number is part_of_key without proportion): "
                       "all, nearly_all, most, half, some, few, none (see /v1/vocabularies figure_proportions). No "
                       "filter, sum or deaths column reads it. Null when not said."})
    counted_actor_ids = references("actor", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "Actors the reporting names among the people or things counted ('about 20 were killed, "
                       "among them Omar Barakat'; 'among them former leaders of Nagorno-Karabakh'): their IDs, "
                       "persons or groups. They need not be all of them, and the figure's number stays the "
                       "count. Empty when none is named. Filter with figure_counted_actor=; an actor named cannot be "
                       "deleted.", "rows": "among_rows",
        "shown": {"description": "The actors named among those counted (IDs, or the actors when embedded); empty "
                                 "when none is named."}})
    comparison = one_of(vocab.FIGURE_COMPARISONS, allow_none=True, load_default=None, metadata={
        "description": "When the figure is given against another figure of the same record ('Syria's army put the "
                       "toll higher' than Russia's 62): higher, lower or same, with compared_with_id or "
                       "compared_with_key; then low, best and high may be left out (a comparison without a "
                       "number is never read as a count). Null when not compared."})
    comparison_degree = one_of(vocab.FIGURE_COMPARISON_DEGREES, allow_none=True, load_default=None, metadata={
        "description": "With comparison: by how much, when the reporting says: far ('the real figure was far "
                       "higher'), slightly ('slightly lower') (see /v1/vocabularies figure_comparison_degrees). "
                       "Null when not said."})
    # figures27 (migrations/0095): "thousands more than it has declared", "2,000 fewer than the army's count"
    comparison_by = fields.Float(allow_none=True, load_default=None, allow_nan=False, validate=validate.Range(min=0),
                                 metadata={
        "description": "With comparison higher or lower: the size of the difference as a number, in the figure's "
                       "unit ('2,000 more than the army's count': 2000). Not the figure's own value (that is "
                       "low/best/high, left out when not given). Null when not said."})
    comparison_by_vague = one_of(vocab.COUNT_MAGNITUDES, allow_none=True, load_default=None, metadata={
        "description": "With comparison higher or lower: the size of the difference as a vague magnitude "
                       "('thousands more than it has declared': thousands; see /v1/vocabularies vague_magnitudes, "
                       "but heavy and light, which count nothing). "
                       "Not with comparison_by. Null when not said."})
    compared_with_id = reference("figure of this record", allow_none=True, load_default=None, metadata={
        "description": "With comparison: the figure of the same record this one is compared with (its ID), of the "
                       "same quantity and unit. Null when not compared, or named by compared_with_key."})
    compared_with_key = fields.String(allow_none=True, load_default=None, validate=validate.Length(min=1, max=40),
                                      metadata={"description": "With comparison: the figure compared with, by its "
                                                               "key (works in the write that creates both)."})

    # issue 10, mend-equip (migrations/0048; trials t10, t11): what equipment was lost or damaged and who or what
    # hit it, and who was counted beyond one subset and one country. The rules: schemas/figures.py.
    equipment = fields.Nested(EquipmentTypeIn, allow_none=True, load_default=None, metadata={
        "description": "With equipment_lost, equipment_damaged, weapons (or a count of items): what the equipment "
                       "is, {kind, model, maker_country} ('three French-made Rafales': aircraft, Rafale, FRA); "
                       "kind from /v1/vocabularies equipment_kinds. Null when not said. Filter: "
                       "figure_equipment=.", "columns": equipment_columns})
    inflicted_by_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "Who inflicted the losses counted, as the claimant says ('Pakistan downed five Indian "
                       "aircraft': Pakistan's forces), for deaths, injured, casualties, missing, detained, "
                       "equipment_lost and equipment_damaged; suffered_by says whose they were. Null when not said. "
                       "Filter: figure_inflicted_by=.",
        "shown": {"description": "Who inflicted the losses (its ID, or the actor when embedded); null when not "
                                 "said."}})
    # mend-misc (migrations/0062; trial t17): "blamed mainly on the army and its militia allies"
    inflicter_ids = references("actor", load_default=list, validate=validate.Length(max=20), metadata={
        "description": "When several actors inflicted the losses together, as the claimant says ('blamed on the "
                       "army and its militia allies'): their IDs, two or more; inflicted_by_id is then null (it "
                       "names one actor). For the quantities of inflicted_by_id. Empty otherwise. Filter "
                       "figure_inflicted_by= matches inflicted_by_id or any of these; an actor named cannot be "
                       "deleted.", "rows": "inflicter_rows",
        "shown": {"description": "The actors who inflicted the losses together (IDs, or the actors when embedded); "
                                 "empty when not several (see inflicted_by)."}})
    inflicted_with = fields.Nested(EquipmentTypeIn, allow_none=True, load_default=None, metadata={
        "description": "With equipment quantities: the equipment that inflicted the loss, {kind, model, "
                       "maker_country} ('a Chinese-made J-10 shot down at least two aircraft': aircraft, J-10, "
                       "CHN); further kinds in other_inflicted_with. Null when not said. Filter: "
                       "figure_inflicted_with=."})
    other_subsets = fields.List(one_of(vocab.FIGURE_SUBSETS), load_default=list, validate=validate.Length(max=10),
                                metadata={
        "description": "Further subsets the people counted all belong to, beside subset ('two girls': subset "
                       "children, other_subsets [girls]; 'Israelis including dual nationals': [dual_nationals]). "
                       "Needs subset; for figures of people. Filter figure_subset= matches subset or these."})
    age = fields.Nested(AgeIn, allow_none=True, load_default=None, metadata={
        "description": "The age or age range of the people counted, in years, {min, max} ('two three-year-old "
                       "girls': 3 and 3; 'men aged 18 to 60': 18 and 60; 'over 60': min 61, max null; 'a boy of about "
                       "12': 12 and 12, qualifier about). For figures of people; null when not said."})
    other_countries = fields.List(country(), load_default=list, validate=validate.Length(max=20), metadata={
        "description": "Further nationalities of the people counted, beside country, when they hold several or "
                       "are of several countries ('81 Israelis, including dual nationals': country ISR, "
                       "other_subsets [dual_nationals]; 'Thai and Filipino workers': country THA, other_countries "
                       "[PHL]). Needs country; for figures of people. figure_country= matches these too."})
    # issue 10, mend-counts (migrations/0053; trials t9b, t11b): hostages apart from prisoners, and who holds
    # the people counted ("thousands still held by the two sides"). The rules: schemas/figures.py.
    held_as = one_of(vocab.FIGURE_HELD_AS, allow_none=True, load_default=None, metadata={
        "description": "What the people counted are held as, when the reporting says: hostages, prisoners_of_war, "
                       "detainees or prisoners (/v1/vocabularies figure_held_as), for the quantities detained, "
                       "prisoners_released, prisoners_exchanged, prisoners_held, displaced and deaths (and a count "
                       "of people) only. '105 hostages were freed' is prisoners_released with held_as hostages; on "
                       "deaths it says the dead were held so when they died ('died in captivity': deaths with "
                       "held_as prisoners_of_war, holder_ids who held them). Null when not said. Filter: "
                       "figure_held_as=."})
    holder_ids = references("actor", load_default=list, validate=validate.Length(max=20), metadata={
        "description": "The actors holding the people counted, as the claimant says ('137 hostages held by "
                       "Hamas'; 'thousands held by the two sides': both), one or more; for released or exchanged "
                       "people, those who held them. For the quantities of held_as. suffered_by or sufferer_ids "
                       "say whose people they are. Empty when not said. Filter: figure_held_by=; an actor named "
                       "cannot be deleted.", "rows": "holder_rows",
        "shown": {"description": "The actors holding the people counted (IDs, or the actors when embedded); empty "
                                 "when not said."}})
    # ... and a total over several events ("bringing the total to more than 970" over two release operations).
    covers_event_ids = references("event", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "When the figure is a total over several events ('bringing the total to more than 970' "
                       "released in two operations): those events, two or more, each once. The figure counts over "
                       "them all; its owner is the record that reports the total (the events' parent, a "
                       "statement), never one of them. A part of another figure (part_of_…) may name one "
                       "event: the event its people were counted in ('they include about 30 cadets' killed in a "
                       "strike recorded apart). Empty when the figure is its owner's alone. Filter: "
                       "figure_covers_event=; an event named cannot be deleted.", "rows": "covered_event_rows",
        "shown": {"description": "The events the figure totals over (IDs, or the events when embedded); empty "
                                 "when the figure is its owner's alone."}})
    # as_of_precision (mend-misc, migrations/0062): declared for every claim in schemas/claims.py (0074)
    # issue 10, mend-figs2 (migrations/0064; trials t18, t19): "could now be above 7,000", "no reliable figures";
    # "in the last phase of the war" (a span that is an event's own)
    certainty = one_of(vocab.FIGURE_CERTAINTIES, allow_none=True, load_default=None, metadata={
        "description": "How certain the figure itself is, as the reporting gives it: possible (the claimant gives "
                       "it as a possibility: 'the toll could now be above 7,000', 'may have killed large numbers') "
                       "or not_known (no reliable figure exists or the number is not known: 'there are no reliable "
                       "figures for the dead'; no value, and no claimant needed: nobody withholds it, unlike "
                       "published: false), expected (planned or expected, not yet counted: 'about 500 are to be "
                       "released each day'; a value as any figure), not_given (the figure exists but the report "
                       "does not give its number: 'more than it has declared'; no value, so a comparison can name "
                       "it). None of these stands for an event's deaths. Null: given as a figure. Filter: "
                       "figure_certainty=."})
    period_event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "A span that is an event's own ('in the last phase of the war': the event of that phase): "
                       "ID of the event; the span is its dates as its record gives them (never copied here). One "
                       "of period, period_last, period_since_event_id, period_since_treaty_id and this. Null when "
                       "not said. Filter: figure_period_event=; an event named cannot be deleted.",
        "shown": {"description": "The event whose span the figure counts over (its ID, or the event when "
                                 "embedded); null when not said."}})
    # figures27 (migrations/0095; trial t35 #21): "by Friday evening" (the time of day a count runs to)
    as_of_time = time_field(
        "The time of day on as_of the figure describes the state at, or counts up to ('had been exchanged by Friday "
        "evening': as_of the Friday, evening; 'by 18:00': 18:00): HH:MM, or a part of the day (early, morning, "
        "midday, pm, evening, night...; /v1/vocabularies day_parts), local to where it was counted. 'By' needs no "
        "bound: as_of is already the point up to which a figure counts. Needs as_of, a day. Null when not said.")
    # issue 10, mend-figdates (migrations/0074; trial t22 #47): "113 still believed to be held"
    claimant_hedge = one_of({k: v for k, v in vocab.CLAIMANT_HEDGES.items() if k != "possible"}, allow_none=True,
                            load_default=None, metadata={
        "description": "How the claimant hedges the figure, as an event claim's claimant_hedge: appears, believed "
                       "('113 are still believed to be held'), probable ('probably killed'); a figure the claimant "
                       "gives as possible is certainty possible. verification stays how sure the reporting is. "
                       "Null when the claimant does not hedge. Filter: figure_claimant_hedge=."})
    # issue 10, mend-actors (migrations/0049): "early counts in Pakistani media" (schemas/unnamed.py)
    claimant_words = unnamed.claimant_words()
    claimant_kind = unnamed.claimant_kind()
    claimant_country = unnamed.claimant_country()

    @validates_schema(skip_on_field_errors=True)
    def _meaning(self, data, **kwargs):
        errors = figures.figure_problems(data)
        if errors:
            raise ValidationError(errors)

    @post_load
    def _whose(self, data, **kwargs):
        return figures.with_defaults(data)


def owned_figures(description):
    """A record's figures (an event's, a statement's, a place's): kept by their IDs, in rows of their own."""
    return fields.List(fields.Nested(FigureIn), load_default=list, validate=[validate.Length(max=200), unique_ids],
                       metadata={"description": description, "rows": "figure_rows"})


class OwnedFiguresMixin:
    """A record that owns figures but is not an event (a statement, a place, an actor): parts and shares name
    figures of the same record, a place's or an actor's name no side (figure_details.owner_problems), and at
    most one is preferred for each thing counted (an event checks these with its claims, schemas/events.py)."""

    @validates_schema(skip_on_field_errors=True)
    def _figures_agree(self, data, **kwargs):
        errors = {}
        owner = type(self).__name__[:-2].lower()
        for (field, index, name), message in [*figures.event_figure_problems(data.get("figures"), None),
                                              *as_of_anchor_problems(data.get("figures"), owner)]:   # batch31
            errors.setdefault(field, {}).setdefault(index, {}).setdefault(name, []).append(message)
        for index, problems in owner_problems(data, owner).items():
            errors.setdefault("figures", {}).setdefault(index, {}).update(problems)   # figures28: no side
        if errors:
            raise ValidationError(errors)
