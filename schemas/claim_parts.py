"""What an event claim may say beyond dates, place, participants, control, relations and reasons (issue 10,
mending round mend-cross, migrations/0039): that an actor was present (and with what equipment: "two Russian
Su-24s were over the convoy at the time"), what caused the harm ("the trucks caught fire"), and what the
attacker believed it was hitting ("it had believed it was hitting IS fighters"). Declared once, on
schemas/events.py's EventClaimIn; the checks across its fields are here."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import claim_reasons
from . import vocabularies as vocab
from .common import OpenWords, StrictSchema, country, one_of, reference, text


class EquipmentTypeIn(StrictSchema):
    """What equipment is, as reporting names it: a kind, a model, the country that made it ("three French-made
    Rafales"). A figure's equipment (schemas/figure_input.py, migrations/0048) is this; a presence claim's adds
    how many."""

    # mend-acts3 (notes/trials t21, doc problem 7): a list given here met only "Invalid input type."
    error_messages = {"type": "One object, {\"kind\": ..., \"model\": ..., \"maker_country\": ...}, not a list "
                              "or a word: for several kinds of equipment ('snipers and IEDs'), give one figure (or "
                              "one claim) for each kind."}

    kind = one_of(vocab.EQUIPMENT_KINDS, required=True, error_messages={
        "required": "Missing: the kind of equipment, one of " + ", ".join(vocab.EQUIPMENT_KINDS) + "."}, metadata={
        "description": "What kind of equipment: aircraft, helicopter, drone, tank, ship... (see /v1/vocabularies "
                       "equipment_kinds)."})
    model = text(200, allow_none=True, load_default=None, metadata={
        "description": "The type or model as reported ('Su-24', 'Predator', 'Rafale'); null when not said."})
    maker_country = country(allow_none=True, load_default=None, metadata={
        "description": "The country that made it, as reported ('French-made Rafales': FRA; 'a Chinese-made J-10': "
                       "CHN), ISO 3166-1 alpha-3; null when not said.", "example": "FRA"})
    # places34 (migrations/0117; trials t59 #4, #13 "a British liner", "a ferry"): a vessel's or craft's own name
    name = text(200, allow_none=True, load_default=None, metadata={
        "description": "The item's own name, when the reporting names one craft, vessel or vehicle ('the liner "
                       "Oriana': kind ship, name Oriana, model liner); model stays its type. Null when not named. "
                       "Filter: equipment_name=."})
    flag_country = country(allow_none=True, load_default=None, metadata={
        "description": "The state whose flag it flies or whose forces operate it, as reported ('a British liner': "
                       "GBR), ISO 3166-1 alpha-3; maker_country is who made it. Null when not said. Filter: "
                       "equipment_flag=.", "example": "GBR"})


class EquipmentIn(EquipmentTypeIn):
    """The equipment a presence claim names. Stored whole as JSON; its kind beside it for equipment=."""

    error_messages = {"type": "One object, {\"kind\": ..., \"model\": ..., \"count\": ...}, not a list or a "
                              "word: for several kinds of equipment ('snipers and IEDs'), give the first as "
                              "equipment and the others in more_equipment."}

    count = fields.Integer(strict=True, allow_none=True, load_default=None,
                           validate=validate.Range(min=0, max=1000000), metadata={
        "description": "How many, as reported ('two Su-24s': 2); null when not said ('a drone' is 1)."})
    qualifier = one_of(vocab.QUALIFIERS, allow_none=True, load_default=None, metadata={
        "description": "How the count is qualified: about, at_least, more_than...; null when not said."})

    @validates_schema(skip_on_field_errors=True)
    def _count_qualified(self, data, **kwargs):
        if data.get("qualifier") is not None and data.get("count") is None:
            raise ValidationError({"qualifier": ["Qualifies count: give it too."]})
        if data.get("qualifier") == "between":
            raise ValidationError({"qualifier": ["A range of counts is two claims, or a note: give one count."]})


def equipment_columns(value):
    """The plain column beside a claim's stored equipment, which the claimed_equipment= filter reads."""
    return {"equipment_kind": value["kind"] if value else None}


# events33 (migrations/0112): presences that place the actor nowhere: where it was is not known, or disputed
WHEREABOUTS = ("whereabouts_unknown", "whereabouts_disputed")


def presence():
    return one_of(vocab.CLAIMED_PRESENCE, allow_none=True, load_default=None, metadata={
        "description": "With actor_id: where the claimant says the actor was, without saying it took part: "
                       "at_the_scene ('over the convoy at the time'), in_the_area, not_present (see "
                       "/v1/vocabularies claimed_presence); equipment says with what, place_id where (else the "
                       "event's place). whereabouts_unknown ('his whereabouts are not known') and "
                       "whereabouts_disputed take no place_id: with as_of and sources, in the source's own voice "
                       "(attribution source) or a claimant's. Null when the claim is not about presence. "
                       "Filter: claimed_presence=."})


def equipment():
    return fields.Nested(EquipmentIn, allow_none=True, load_default=None, metadata={
        "description": "With presence: the actor's equipment there, {kind, model, maker_country, count, qualifier} "
                       "('two Su-24s': aircraft, Su-24, 2); with took_part true: what the actor used, as the "
                       "claimant says ('fired BM-21 rockets': artillery, BM-21; 'used cluster munitions': "
                       "cluster_munition); with no actor_id (nor candidate_ids, presence, took_part): equipment "
                       "used in the event whose owner the reporting does not name ('taken away in trucks and "
                       "buses': vehicle, more_equipment). Null when not said. Filter: claimed_equipment=, "
                       "claimed_equipment_owner_named=.",
        "columns": equipment_columns})


# mend-acts4 (migrations/0076; notes/trials t24 #48 "mortar, rocket-propelled grenade and small-arms fire")
def more_equipment():
    return fields.List(fields.Nested(EquipmentIn), load_default=list, validate=validate.Length(max=20), metadata={
        "description": "Further equipment the same claim names beside equipment, each {kind, model, maker_country, "
                       "count, qualifier} ('mortar, rocket-propelled grenade and small-arms fire': equipment "
                       "artillery/mortar, more_equipment rpg and small_arms). Empty when equipment names all. "
                       "claimed_equipment= finds each kind."})


# mend-acts4 (migrations/0076; notes/trials t24 #63 "the worst wave of violence since the 2003 invasion")
def since_event():
    return reference("event", allow_none=True, load_default=None, metadata={
        "description": "With superlative: the event since which the comparison holds, when the reporting names "
                       "one ('the worst wave of violence since the 2003 invasion': the invasion's ID); null when "
                       "not said. superlative.since stays as reported (null when no date is given); nothing is "
                       "computed from the event ('the deadliest since the Korean War': the war, no year "
                       "invented). An event named here cannot be deleted. Filter: superlative_since=.",
        "shown": {"description": "The event since which the superlative holds (its ID, or the event when "
                                 "embedded); null when not said."}})


def cause():
    return one_of(vocab.FIGURE_CAUSES, allow_none=True, load_default=None, metadata={
        "description": "What the claimant says caused the harm, the figures' causes: fire ('the trucks caught "
                       "fire'), airstrike, explosive, accident... (see /v1/vocabularies figure_causes); an "
                       "account of the event in its own right, beside or against the others. The claimant's "
                       "words go in note. Null when the claim gives no cause. Filter: claimed_cause=."})


def believed_target():
    return reference("actor", allow_none=True, load_default=None, metadata={
        "description": "Whom the attacker says it believed it was hitting, when it hit another ('had believed it "
                       "was hitting IS fighters': IS); the claimant is usually the attacker. The target it "
                       "did hit stays a participant. Null when not said. Filter: believed_target=.",
        "shown": {"description": "Whom the attacker believed it was hitting (its ID, or the actor when "
                                 "embedded); null when not said."}})


def believed_target_words():
    return text(500, allow_none=True, load_default=None, metadata={
        "description": "What the attacker believed it was hitting, in the reporting's words, when it is no actor "
                       "or more than one ('a weapons depot', 'IS fighters'); null when not said."})


def site_categories():
    """The kinds of site an event hit, or a claim says it hit (mend-equip, migrations/0048): the provisions'
    vocabulary, so that "strikes on mosques" and "no strike on places of worship" use one term."""
    return fields.List(one_of(vocab.SITE_CATEGORIES), load_default=list,
                       validate=[validate.Length(max=20), _unique_terms], metadata={
        "description": "The kinds of site hit or targeted, when the reporting names categories rather than places "
                       "('strikes on mosques and homes': places_of_worship, residential_areas; 'no military "
                       "facility was targeted': a claim with military_sites and took_part false); see "
                       "/v1/vocabularies site_categories. Empty when not said. Filter: site_category=."})


def _unique_terms(terms):
    if len(set(terms)) != len(terms):
        raise ValidationError("Give each term once.")


def site_actor():
    return reference("actor", allow_none=True, load_default=None, metadata={
        "description": "With site_categories: the actor the claimant links the sites to, when it is not the "
                       "target itself ('facilities India linked to JeM': militant_sites, JeM; the claimant India). "
                       "Null when not said. Filter: site_actor=.",
        "shown": {"description": "The actor the claimant links the sites to (its ID, or the actor when embedded); "
                                 "null when not said."}})


def claimed_type():
    """mend-claims2 (notes/trials t19 #37): "executed while surrendering" (ASSAULT) against "killed in combat"
    (FIGHT): the same event, each side giving its own type."""
    return one_of(vocab.EVENT_TYPES, allow_none=True, load_default=None, metadata={
        "description": "The PLOVER type the claimant gives the event, when it differs from another account "
                       "('killed in combat': FIGHT, where the other side says executed: ASSAULT); a preferred "
                       "claim's is the event's type. Null when the claim is not about the type. Filter: "
                       "claimed_type=."})


def claimed_mode():
    return fields.String(validate=[validate.Length(min=1, max=200), OpenWords(vocab.EVENT_MODE_TERMS)],
                         allow_none=True, load_default=None, metadata={
        "description": "The PLOVER mode the claimant gives the event, as the event's mode (a documented mode "
                       "goes with its types: with this claim's type, or the event's). Null when not claimed."})


def claimant_hedge():
    """mend-claims2 (notes/trials t19 #20): the speaker's own hedge, where verification is the reporting's."""
    return one_of(vocab.CLAIMANT_HEDGES, allow_none=True, load_default=None, metadata={
        "description": "How the claimant itself hedges what it claims: appears ('the army said he appears to "
                       "have been killed'), believed, probable, possible (see /v1/vocabularies claimant_hedges); "
                       "verification stays how sure the reporting is. Null when the claimant does not hedge. "
                       "Filter: claimant_hedge=."})


def claim_part_problems(claim):
    """[(field name, message)] for one event claim's presence and equipment."""
    problems = []
    types = vocab.EVENT_MODES.get(claim.get("mode"), (None,))[0]
    if types is not None and claim.get("type") is not None and claim["type"] not in types:
        problems.append(("mode", f"Mode {claim['mode']} goes with type {' or '.join(types)}, not {claim['type']} "
                                 "(see /v1/vocabularies event_modes)."))
    if claim.get("more_equipment") and claim.get("equipment") is None:
        problems.append(("more_equipment", "Give the first item as equipment, the others here."))
    if claim.get("since_event_id") is not None:
        superlative = claim.get("superlative")
        if superlative is None:
            problems.append(("since_event_id", "Says since when a superlative holds: give superlative too."))
        elif superlative.get("within") is not None:
            problems.append(("since_event_id", "Either a recent period (superlative.within: 'in years') or "
                                               "since an event, not both: the reporting says one."))
    if claim.get("presence") is not None:
        if claim.get("actor_id") is None:
            problems.append(("actor_id", "A presence says where an actor was: name it."))
        if claim.get("role") is not None or claim.get("took_part") is not None:
            problems.append(("presence", "Says the actor was there, not that it took part: leave role and "
                                         "took_part out (a claim that it took part is a claim of its own)."))
    if claim.get("presence") in WHEREABOUTS and claim.get("place_id") is not None:   # events33 (t57 #8)
        problems.append(("place_id", f"Presence {claim['presence']} says nobody can say where the actor was (or "
                                     "that it is disputed): no place. A claim that it was at a place is a presence "
                                     "at_the_scene or in_the_area of its own."))
    # figs33 (trial t56 #10 "by ambulance and truck", whose not said): equipment used in the event, no actor named
    named = claim.get("actor_id") is not None or bool(claim.get("candidate_ids"))
    if (claim.get("equipment") is not None and named and claim.get("presence") is None
            and claim.get("took_part") is not True):
        problems.append(("equipment", "Goes with presence (where the equipment was: actor_id and presence), with "
                                      "took_part true (what the actor used: actor_id, role and took_part true, the "
                                      "actor a participant in that role), or with no actor (used in the event, "
                                      "whose not said)."))
    if claim.get("site_actor_id") is not None and not claim.get("site_categories"):
        problems.append(("site_actor_id", "Links sites to an actor: say which kinds of site (site_categories)."))
    problems.extend(claim_reasons.reason_for_problems(claim))   # mend-claims4 (migrations/0079)
    return problems


# mend-stmt5 (migrations/0081; notes/trials t27 #47 #53 #13): "fired on without warning", "denied that civilians had
# been deliberately targeted", "troops had not fired on women or children"
def manner():
    return fields.List(one_of(vocab.CLAIM_MANNERS), load_default=list,
                       validate=[validate.Length(max=len(vocab.CLAIM_MANNERS)), _unique_terms], metadata={
        "description": "How the claimant says the attack was carried out (see /v1/vocabularies claim_manners): "
                       "deliberate, indiscriminate, accidental, disproportionate, without_warning, after_warning, "
                       "close_range, execution_style "
                       "('fired on without warning': a witness's claim, the troops initiator, took_part true, "
                       "[without_warning]). With took_part false the claimant denies the actor did it so ('denied "
                       "that civilians had been deliberately targeted': [deliberate], targeted_groups "
                       "[civilians]). Empty when not said. Filter: claimed_manner=."})


def targeted_groups():
    return fields.List(one_of(vocab.TARGETED_GROUPS), load_default=list,
                       validate=[validate.Length(max=10), _unique_terms], metadata={
        "description": "The kinds of people the claimant says the attack singled out or hit (see /v1/vocabularies "
                       "targeted_groups: civilians and a figure's subsets, women, children, journalists...). With "
                       "took_part false the claimant denies the actor attacked them ('troops had not fired on "
                       "women or children': the troops, role initiator, took_part false, [women, children]). "
                       "How many were hit is a figure. Empty when not said. Filter: claimed_targeted_group=."})
