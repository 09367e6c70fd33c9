"""Provisions of a treaty: what each clause provides for (a type from peace-agreement research, ATOP's alliance
obligations among them), who is obliged, who else takes part and how, where, how much, by when, for how long,
under which conditions, and how far it has been carried out (the Peace Accords Matrix's implementation record).

Other parts of the same treaty are named by `provision_id` (a provision that has an ID) or `provision_key` (the
client-chosen key of a provision of the same treaty, which works in the very write that creates it, and stays).
"""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import figures, unnamed
from . import vocabularies as vocab
from .claims import AttributionMixin
from .said_by import SaidByMixin as ProvisionClaimMixin   # declared apart (claims34): other parts take it too
from .common import RenamedInputs, StrictSchema, one_of, reference, references, text, unique
from .dates import REQUIRED_MESSAGE, ReportedDateIn
from .cross_relations import timing
from .condition_scope import connective_field
from .condition_events import PARTY_CONDITIONS, AgreementConditionMixin, event_condition_fields, event_condition_problems
from .figure_values import FigureValuesMixin
from .provision_places import place_roles
from .agreement_terms import PeriodIn, TermIn   # declared apart (agree32): acts take a term too
from .agreement_parts import (DeployedSinceMixin, ImplementationWhereMixin, NotSetMixin, actor_action_problems,
                              condition_act_fields)
from .provision_extent import (ActorPartMixin, ConditionTimeLimitMixin, DegreeMixin,   # treaties35, 37
                              ProportionMixin)
from .provision_parts import (PaceMixin, CoveredItemIn, ProvisionLinkIn, ProvisionObjectIn, ScopeIn,
                              provision_key, provision_link)


class ConditionIn(ConditionTimeLimitMixin, AgreementConditionMixin, StrictSchema):   # settlement, pledge_kept: agree28
    type = one_of(vocab.CONDITION_TYPES, required=True, metadata={
        "description": "What kind of condition limits the provision (see /v1/vocabularies, condition_types)."})
    description = fields.String(validate=validate.Length(max=2000), allow_none=True, metadata={
        "description": "The condition in words: 'only attacks on Armenia's sovereign territory'. Required when "
                       "the type is one of ATOP's or other; optional beside a provision or an actor's action, and "
                       "with type unconditional."})
    provision_id, provision_key = provision_link("The provision the condition depends on")
    actor_id = reference("actor", allow_none=True, metadata={
        "description": "With type actor_action: the actor whose action the provision depends on; with "
                       "body_ineffective, the body that cannot do its work.",
        "shown": {"description": "The actor whose action it depends on (its ID); null for none."}})
    action = fields.String(validate=validate.Length(max=500), allow_none=True, metadata={
        "description": "With type actor_action: what the actor must do, in words ('not allow al-Qaeda to use "
                       "Afghan soil to threaten the US')."})
    # mend-figures (notes/trials t7): 'if violence fell for seven consecutive days'; stored whole with the rest
    period = fields.Nested(PeriodIn, allow_none=True, load_default=None, metadata={
        "description": "With type calm_period: how long the calm must last ({\"amount\": 7, \"unit\": \"days\"}); "
                       "null otherwise."})
    consecutive = fields.Boolean(allow_none=True, load_default=None, metadata={
        "description": "With type calm_period: true when the period must be unbroken ('seven consecutive days'), "
                       "false when it need not be; null when the text does not say."})
    event_id, outcome = event_condition_fields()   # type event_outcome (mend-announce, migrations/0077)
    against_actor_ids, against_groups, act, actor_words = condition_act_fields()   # agree26; actor_words: acts31
    connective = connective_field()   # cond30: if, unless, until

    @validates_schema(skip_on_field_errors=True)
    def _shape(self, data, **kwargs):
        kind = data["type"]
        if event_condition_problems(data):
            raise ValidationError(event_condition_problems(data))
        if kind == "provision" and not (data.get("provision_id") or data.get("provision_key")):
            raise ValidationError({"provision_id": ["Give provision_id or provision_key with type provision."]})
        if kind != "provision" and (data.get("provision_id") or data.get("provision_key")):
            raise ValidationError({"type": ["A condition naming a provision has type provision."]})
        if actor_action_problems(data):
            raise ValidationError(actor_action_problems(data))
        if kind == "calm_period" and data.get("period") is None:
            raise ValidationError({"period": ["Give the period of calm with type calm_period: {\"amount\": 7, "
                                              "\"unit\": \"days\"}."]})
        if kind != "calm_period":
            for name in ("period", "consecutive"):
                if data.get(name) is not None:
                    raise ValidationError({name: ["Goes with type calm_period."]})
        # unconditional says all there is (trial t73: "unconditional" in words added nothing)
        if kind not in ("provision", "actor_action", "event_outcome", "unconditional", *PARTY_CONDITIONS) \
                and not data.get("description"):
            raise ValidationError({"description": ["Describe the condition in words."]})
        if data.get("provision_id") and data.get("provision_key"):
            raise ValidationError({"provision_key": ["Give provision_id or provision_key, not both."]})


class DeadlineIn(ProvisionClaimMixin, unnamed.UnnamedClaimantFields, StrictSchema):   # words: mend-claims2
    milestone = one_of(vocab.DEADLINE_MILESTONES, required=True, metadata={
        "description": "What the deadline limits: the start of carrying it out, or its completion."})
    date = fields.Nested(ReportedDateIn, allow_none=True, metadata={
        "description": "A dated deadline, as reported, given instead of period (a deadline takes a date or a "
                       "period, never both: a 422 naming date): '2020-03-10' with bound on_or_before for 'by 10 "
                       "March', a time and zone for 'from 00:00 Kyiv time'. Null when the deadline is a period."})
    period = fields.Nested(PeriodIn, allow_none=True, metadata={
        "description": "A deadline counted from an anchor, given instead of date (a date or a period, never "
                       "both): 14 days, 'within about 15 days' with qualifier about. Null when the deadline is a "
                       "date."})
    relation = one_of(vocab.DEADLINE_RELATIONS, allow_none=True, metadata={
        "description": "With a period: within, no_later_than (the Nth day after), after, or before (the period "
                       "before the anchor: '60 days before the transitional period ends')."})
    relative_to = one_of(vocab.DEADLINE_ANCHORS, allow_none=True, metadata={
        "description": "With a period: what it counts from (signing, entry into force, adoption, another provision's "
                       "start, completion or first occurrence: deadline_anchors)."})
    provision_id, provision_key = provision_link("With relative_to provision_start or provision_completion, the "
                                                 "provision counted from")
    note = fields.String(validate=validate.Length(max=2000), allow_none=True, metadata={
        "description": "What the text says, when the fields leave something out."})

    @validates_schema(skip_on_field_errors=True)
    def _shape(self, data, **kwargs):
        if (data.get("date") is None) == (data.get("period") is None):
            raise ValidationError({"date": ["Give a date or a period, one of them."]})
        if data.get("period") is not None:
            missing = {name: ["Needed with a period."] for name in ("relation", "relative_to") if not data.get(name)}
            if missing:
                raise ValidationError(missing)
        elif data.get("relation") or data.get("relative_to"):
            raise ValidationError({"relation": ["Only with a period: a dated deadline says its bound in date."]})
        names_one = bool(data.get("provision_id") or data.get("provision_key"))
        if str(data.get("relative_to")).startswith("provision_") != names_one:
            raise ValidationError({"provision_id": [
                "Name the provision (provision_id or provision_key) exactly when relative_to is a provision's."]})
        if data.get("provision_id") and data.get("provision_key"):
            raise ValidationError({"provision_key": ["Give provision_id or provision_key, not both."]})


class ProvisionFigureIn(FigureValuesMixin, ProvisionClaimMixin, RenamedInputs, StrictSchema):
    """A number in the provision: its quantity and unit are a provision's (ceilings, zone widths, calibres), the
    rest is every figure's (schemas/figure_values.py: a rate, what is counted, a vague magnitude, whose people)
    under the same rules (schemas/figures.py value_problems)."""

    RENAMED_TO_LISTS = {"actor_id": "actor_ids"}   # one actor before figs33 (migrations/0113)

    quantity = one_of(vocab.PROVISION_QUANTITIES, required=True, metadata={
        "description": "What the figure measures: troops, prisoners, zone_width, calibre..."})
    qualifier = one_of(vocab.QUALIFIERS, allow_none=True, metadata={
        "description": "How the text qualifies it: exactly, about, at_least, at_most ('up to'), more_than, "
                       "fewer_than, between; null when it does not say."})
    unit = one_of({**vocab.FIGURE_UNITS, **vocab.PROVISION_UNITS}, required=True, metadata={
        "description": "The unit: people, km, km2, items, mm, usd, percent."})
    # figs33 (migrations/0113; trial t56 #25, a number for two forces together): one figure, several actors
    actor_ids = references("actor", load_default=list, validate=validate.Length(max=20), metadata={
        "description": "Whose figure it is: the actors whose troops, prisoners or representatives it counts, one "
                       "or more ('three representatives each from the SAF, the RSF...': one figure per actor; "
                       "'so many a day for both sides together': one figure naming both). Empty when it is "
                       "nobody's in particular or all parties' alike. The deprecated input actor_id (one ID or "
                       "null) is read as a list of it.",
        "shown": {"description": "Whose figure it is (their IDs); empty for nobody's in particular."}})
    note = fields.String(validate=validate.Length(max=2000), allow_none=True, metadata={
        "description": "What the figure applies to: 'for artillery of 100 mm calibre and more'."})
    # mend-equip (trial t9): "181 coalition prisoners, including Saudi and Sudanese troops" across provisions
    key = provision_key(allow_none=True, load_default=None, metadata={
        "description": "A short name for the figure, unique among the figures of the treaty's provisions, by which "
                       "another provision figure says it is part of it (part_of_key). Null for none."})
    part_of_key = provision_key(allow_none=True, load_default=None, metadata={
        "description": "The figure of this treaty (of this provision or another) that this one is a part of, by its "
                       "key: same quantity and unit, not larger ('181 prisoners, including Saudi troops'). Read "
                       "back as written (a key, no ID). Null when not a part."})

    @validates_schema(skip_on_field_errors=True)
    def _meaning(self, data, **kwargs):
        # A provision's share may leave its whole to the text, and a qualifier need not match the bound given
        # ('at least 50 km' stored as best): provisions written before these fields keep being accepted.
        errors = {}
        if data.get("vague") is None and all(data.get(v) is None for v in figures.VALUES):
            errors["best"] = ["Give at least one of low, best and high (or vague)."]
        for field, message in figures.value_problems(data, share_needs_whole=False):
            errors.setdefault(field, []).append(message)
        if errors:
            raise ValidationError(errors)


class ProvisionActorIn(ActorPartMixin, DeployedSinceMixin, ProvisionClaimMixin, unnamed.UnnamedClaimantFields,   # deployed_since:
                       StrictSchema):   # agree26; who says so: claims34 (migrations/0115, trial t61 #28)
    actor_id = reference("actor", required=True, metadata={"description": "ID of the actor.", "shown": {
        "description": "The actor (its ID, or the actor with include=provisions)."}})
    role = one_of(vocab.PROVISION_ACTOR_ROLES, required=True, metadata={
        "description": "Its part: monitor, guarantor, implementer, host, meeting_body... (provision_actor_roles)."})


class ImplementationIn(ImplementationWhereMixin, AttributionMixin, unnamed.UnnamedClaimantFields, StrictSchema):   # agree26, 28
    id = reference("implementation entry of this provision", metadata={
        "description": "Give the ID of an existing entry to keep it (and its ID); omit it for a new one."})
    date = fields.Nested(ReportedDateIn, required=True, allow_none=True, error_messages={"required": REQUIRED_MESSAGE},
                         metadata={
        "description": "When the provision reached this status, as reported (a day, a bracket, 'by' a date); "
                       "null when the reporting gives no date (never an invented bracket): the entry is then "
                       "placed by its position in the list, after the entry listed before it. The key stays "
                       "required."})
    status = one_of(vocab.IMPLEMENTATION_STATUSES, required=True, metadata={
        "description": "How far it was carried out from then on: the Peace Accords Matrix's scale "
                       "(not_implemented, minimal, intermediate, full), or suspended, breached, reversed, delayed, "
                       "obstructed, unknown (see /v1/vocabularies implementation_statuses)."})
    claimant_id = reference("actor", allow_none=True, metadata={
        "description": "Who says so: ID of an actor; null when the source says it in its own voice.",
        "shown": {"description": "Who says so (its ID); null when the source says it in its own voice."}})
    # mend-acts (migrations/0043, notes/trials t8: 'neither side fully kept the pledge')
    actor_ids = references("actor", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "Whose keeping or breaking of the provision the entry is about ('the RSF breached it': "
                       "the RSF): IDs of actors, usually parties; empty when the entry is about the provision "
                       "as a whole. Filter treaties with implemented_by=.", "rows": "actor_rows",
        "shown": {"description": "Whose keeping or breaking it is (IDs); empty for the provision as a whole."}})
    note = fields.String(validate=validate.Length(max=2000), allow_none=True, metadata={
        "description": "What was (or was not) done."})
    reason = one_of(vocab.IMPLEMENTATION_REASONS, allow_none=True, load_default=None, metadata={   # 0073
        "description": "Why it was not carried out or was held up, as reported: disagreement, obstruction, "
                       "insecurity... (implementation_reasons); the words in note; null when not said."})
    source_ids = references("source", required=True, validate=validate.Length(min=1, max=50), metadata={
        "description": "IDs of the sources that report it (1 to 50).", "rows": "source_rows",
        "shown": {"description": "The sources that report it (IDs)."}})
    timing = timing()   # "breached within hours of taking effect" (mend-time, migrations/0047)


class ProvisionIn(RenamedInputs, ProportionMixin, DegreeMixin, PaceMixin, NotSetMixin, unnamed.UnnamedClaimantFields,   # pace: mend-agree4
                  ProvisionClaimMixin, StrictSchema):   # claimant words (after claimant_id): acts31 (migrations/0107)
    # `type` was `obligation` (ATOP's five terms only); the old name is still accepted (deprecated).
    RENAMED = {"obligation": "type"}

    id = reference("provision of this treaty", metadata={
        "description": "Give the ID of an existing provision to keep it (and its ID); omit it for a new one."})
    key = provision_key(allow_none=True, metadata={
        "description": "A short name for the provision, unique in its treaty ('ceasefire'), by which the "
                       "conditions and deadlines of the same treaty can name it, even in the write that creates it."})
    article = fields.String(validate=validate.Length(max=100), allow_none=True, metadata={
        "description": "Where in the treaty: 'Article 2'."})
    type = one_of(vocab.PROVISION_TYPES, required=True, metadata={
        "description": "What the provision provides for (see /v1/vocabularies, provision_types; ATOP's alliance "
                       "obligations are among the terms), read back also as obligation, its old name (deprecated, "
                       "still accepted), with the same value.",
        "also_shown": ("obligation", lambda value: value, "Deprecated: the same as type.")})
    phase = provision_key(allow_none=True, load_default=None, metadata={
        "description": "The key of the treaty's phase this provision belongs to ('phase-1'; see the treaty's "
                       "phases); null when the agreement has no phases or does not say."})
    summary = text(5000, required=True, metadata={"description": "What the provision provides for, in words."})
    # migrations/0033: how binding the wording is (null for provisions coded before: not read for it)
    modality = one_of(vocab.PROVISION_MODALITIES, allow_none=True, load_default=None, metadata={
        "description": "How binding its wording is: obligation ('shall'), prohibition ('shall not'), endeavour "
                       "('will seek to'), intention ('intend to'), consideration ('will consider') or permission "
                       "('may') (see /v1/vocabularies, provision_modalities); null when not coded."})
    # mend-figures (migrations/0040): "guided by the values of humanity and as a gesture of goodwill"
    reason = one_of(vocab.CLAIMED_REASONS, allow_none=True, load_default=None, metadata={
        "description": "The reason or motive the text gives for the provision: humanitarian, goodwill, ... (the "
                       "claimed reasons' vocabulary, /v1/vocabularies claimed_reasons); null when it gives none. "
                       "Filter with provision_reason=."})
    reason_words = fields.String(allow_none=True, load_default=None, validate=validate.Length(min=1, max=2000),
                                 metadata={"description": "The text's own words for the reason ('guided by the "
                                                          "values of humanity and as a gesture of goodwill')."})
    obliged_actor_ids = references("actor", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "IDs of the actors it obliges; empty when it obliges all parties alike.",
        "rows": "obliged_rows",
        "shown": {"description": "The actors it obliges (IDs, or the actors with include=provisions)."}})
    actors = fields.List(fields.Nested(ProvisionActorIn), load_default=list,
                         validate=[validate.Length(max=50), unique("actor_id", "role")],
                         metadata={"description": "Other actors and their part: monitor, host, meeting_body... "
                                                  "(provision_actor_roles).", "rows": "actor_rows"})
    objects = fields.List(fields.Nested(ProvisionObjectIn), load_default=list, validate=validate.Length(max=20),
                          metadata={"description": "What it is about when that is no actor, place or provision of its "
                                                   "own: a candidacy backed or withdrawn, a body to be created, an "
                                                   "agreement to be negotiated, an area not named (mend-figures).",
                                    "rows": "object_rows"})
    place_ids = references("place", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "IDs of the places it applies to.", "rows": "place_rows",
        "shown": {"description": "The places it applies to (IDs, or the places with include=provisions)."}})
    place_roles = place_roles()   # a place not named, in words: agree26 (migrations/0090)
    site_categories = fields.List(one_of(vocab.SITE_CATEGORIES), load_default=list,
                                  validate=[validate.Length(max=20), unique()], metadata={
        "description": "The kinds of site it covers when the text names categories, not places: hospitals, "
                       "schools, public_facilities, residential_areas... (see /v1/vocabularies, site_categories). "
                       "Beside place_ids, which name places."})
    scope = fields.Nested(ScopeIn, allow_none=True, load_default=None, metadata={
        "description": "What a ceasefire or restriction covers: domains, operations, cross-border only; null "
                       "when the text does not limit it."})
    covers = fields.List(fields.Nested(CoveredItemIn), load_default=list, validate=validate.Length(max=100),
                         metadata={"description": "The items it covers (or leaves out), one entry each: weapons "
                                                  "withdrawn, goods let through, people released."})
    figures = fields.List(fields.Nested(ProvisionFigureIn), load_default=list, validate=validate.Length(max=50),
                          metadata={"description": "Numbers in the provision: ceilings, zone widths, counts."})
    deadlines = fields.List(fields.Nested(DeadlineIn), load_default=list, validate=validate.Length(max=20),
                            metadata={"description": "When carrying it out starts or must be complete: each a date, "
                                                     "or a period counted from signing, entry into force or another "
                                                     "provision (one of them, not both)."})
    term = fields.Nested(TermIn, allow_none=True, metadata={
        "description": "How long it lasts, whether it is renewed, and the notice to end it; null when not said."})
    conditions = fields.List(fields.Nested(ConditionIn), load_default=list, validate=validate.Length(max=20),
                             metadata={"description": "The conditions under which the provision applies: another "
                                                      "provision, an actor's action, or words."})
    links = fields.List(fields.Nested(ProvisionLinkIn), load_default=list, validate=validate.Length(max=20),
                        metadata={"description": "How it stands to other provisions of the same treaty: in "
                                                 "exchange for, on the basis of, reciprocal of..."})
    implementation = fields.List(fields.Nested(ImplementationIn), load_default=list,
                                 validate=validate.Length(max=200), metadata={
                                     "description": "How far it has been carried out: dated status changes, each "
                                                    "with its claimant and sources (oldest first).",
                                     "rows": "implementation_rows"})
