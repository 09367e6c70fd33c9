"""The filters on links between records that issue 10 added: typed relations, control of places, places not
named, whom an actor fought for, claimed relations, who says a relation holds, and how sure the reporting is
(docs/api.md). schemas/arguments.py puts them into each collection's parameters."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import Terms, country
from .id_filters import id_filter as _ids
from .parameters import CommaList, day
from .relation_claim_filters import claim_filters


# The filters on typed links, by kind.
def relation_filters(kind):
    if kind == "actors":
        return {"member_of": _ids("Actors that are or were members of this body (member_of)."),
                # issue 10, mend-claims (migrations/0059): "a member of the coalition, according to Y"
                "member_claimant": _ids("Actors with a membership this actor says holds (member_of's claimant); "
                                        "with member_of=, of that body."),
                "member_source": _ids("Actors with a membership this source reports (member_of's sources); with "
                                      "member_of= or member_claimant=, that membership."),
                # issue 10, mend-acts4 (migrations/0076): "the African Union suspended the country"
                "member_change": CommaList(fields.String(validate=validate.OneOf(list(vocab.MEMBERSHIP_CHANGES))),
                                           metadata={"description": "Actors with a membership that had a change "
                                                     "of one of these kinds (member_of's changes): suspended, "
                                                     "reinstated, expelled, withdrew; with member_of=, in that "
                                                     "body."}),
                "seat": _ids("Actors seated at this place."),
                # issue 10, mend-between (migrations/0052): "Pakistan-based militants"
                "based_in": _ids("Actors based in or operating in this place or any place inside it (their "
                                 "places); with based_in_relation=, in those terms only."),
                "based_in_relation": CommaList(
                    fields.String(validate=Terms(vocab.ACTOR_PLACE_RELATIONS)), metadata={
                        "description": "Actors with a place (places) in one of these terms: based_in, operates_in, "
                                       "claims_sovereignty (in based_in, when given); left out, based_in "
                                       "and operates_in."}),
                "based_in_claimant": _ids("Actors with a place (places) this actor says they are based in or "
                                          "operate in (claimant_id; claims34); with based_in=, that place."),
                "related_to": _ids("Actors whose relations name this actor; with relation=, of those kinds "
                                   "(?related_to=5&relation=backed_by: the actors backed by actor 5). Without "
                                   "relation=, no_known_link (an absence reported) is left out."),
                "relation": CommaList(fields.String(validate=Terms(vocab.ACTOR_RELATIONS)),
                                      metadata={"description": "Actors with a relation of one of these kinds "
                                                               "(to related_to, when given)."})}
    if kind == "events":
        return {"related_to": _ids("Events with a relation (relations) to this event; with relation=, of "
                                   "those kinds."),
                "relation": CommaList(fields.String(validate=Terms(vocab.EVENT_RELATIONS)),
                                      metadata={"description": "Events with a relation of one of these kinds "
                                                               "(to related_to, when given)."}),
                **CROSS_FILTERS["events"]}
    return {"related_to": _ids("Statements with a relation (relations) to this statement; with relation=, of "
                               "those kinds."),
            "relation": CommaList(fields.String(validate=Terms(vocab.STATEMENT_RELATIONS)),
                                  metadata={"description": "Statements with a relation of one of these kinds "
                                                           "(to related_to, when given)."}),
            "addressee": _ids("Statements addressed to this actor (addressee_id or other_addressee_ids)."),
            "about_actor": _ids("Statements about this actor."),
            "about_place": _ids("Statements about this place."),
            "not_named": _ids("Statements reported not to name this actor (not_named_actor_ids; mend-not)."),
            "said_at": _ids("Statements made at this place (said_at_id), not those about it (about_place)."),
            # issue 10, mend-relations (migrations/0035)
            "on_behalf_of": _ids("Statements made on behalf of this actor (on_behalf_of_id): a leader's words "
                                 "given by a spokesperson."),
            "relayed_by": _ids("Statements this actor carried without making them (relayed_by_id): a mediator."),
            **CROSS_FILTERS["statements"],
            "relation_extent": CommaList(fields.String(validate=validate.OneOf(list(vocab.DENIAL_EXTENTS))),
                                         metadata={"description": "Statements with a relation (denies, "
                                                   "contradicts) rejecting this much of the other: part, scale, "
                                                   "whole."})}


# issue 10, mend-cross (migrations/0039): links across kinds, by the other record and the kind of link.
def _terms(vocabulary, description):
    return CommaList(fields.String(validate=Terms(vocabulary)), metadata={"description": description})


CROSS_FILTERS = {
    "events": {
        "related_statement": _ids("Events with a link (statement_relations) to this statement: what followed, "
                                  "answered or carried out what it said; with statement_relation=, of those "
                                  "kinds."),
        "statement_relation": _terms(vocab.EVENT_STATEMENT_RELATIONS, "Events with a link to a statement of one of "
                                     "these kinds: follows, in_response_to, carries_out, precedes, simultaneous, "
                                     "in_order_to... (to related_statement, when given).")},
    "statements": {
        "related_event": _ids("Statements with a link (event_relations) to this event: made after it, in answer "
                              "to it or before it; with event_relation=, of those kinds."),
        "event_relation": _terms(vocab.STATEMENT_EVENT_RELATIONS, "Statements with a link to an event of one of "
                                 "these kinds: follows, in_response_to, precedes, simultaneous (to "
                                 "related_event, when given).")}}


# Control of places, place relations, whom actors fought for, claimed
# relations, places not named (docs/api.md "Control of places, stated reasons, places not named").
def control_and_place_filters(kind):
    if kind == "places":
        return {
            "controlled_by": _ids("Places some control claim (on an event, not deprecated) says this actor holds, "
                                  "all of it (full) or part of it (partial)."),
            "present": _ids("Places some claim (control present, on an event, not deprecated) says this actor's "
                            "forces are in: stationed, deployed, based. Not holding: see controlled_by."),
            # issue 10, mend-places (migrations/0042): a siege is a claim too
            "besieged_by": _ids("Places some claim (control besieged, on an event, not deprecated) says this "
                                "actor's forces besiege or encircle. Not holding: see controlled_by."),
            "controlled_on": day("With controlled_by: as of this day. Each claimant's latest control claim about "
                                   "the place with as_of on or before the day counts: the place is kept when one "
                                   "of them says the actor holds it (full or partial)."),
            "related_to": _ids("Places whose relations name this place (as the place, as the second place of "
                               "on_road_between, or as the water between two places opposite each other); "
                               "with relation=, of those kinds (?related_to=<the Blue Nile>&relation=on_bank_of:"
                               " the places on its banks)."),
            "relation": CommaList(fields.String(validate=Terms(vocab.PLACE_RELATIONS)), metadata={
                "description": "Places with a relation of one of these kinds (to related_to, when given)."}),
            # mend-claims4 (migrations/0079): "the north-western town of Bossangoa"
            "relation_part": _terms(vocab.PLACE_PARTS, "Places within a part of another place of these kinds "
                                                       "(north, ..., centre; of related_to, when given): "
                                                       "?related_to=<CAR>&relation_part=northwest.")}
    return {
        "on_behalf_of": _ids("Events where an actor took part on behalf of this actor: a participant's "
                             "on_behalf_of_id, or a claim's (took_part true)."),
        "control_of": _ids("Events with a control claim about this place (its control history: sort by date)."),
        "claimed_related_to": _ids("Events some claim relates to this event (a claim's related_event_id); with "
                                   "claimed_relation=, of those kinds. related_to reads only relations."),
        "claimed_relation": CommaList(fields.String(validate=Terms(vocab.EVENT_RELATIONS)), metadata={
            "description": "Events with a claimed relation of one of these kinds (to claimed_related_to, when "
                           "given)."}),
        "claimed_reason": CommaList(fields.String(validate=Terms(vocab.CLAIMED_REASONS)), metadata={
            "description": "Events with a claim (not deprecated) giving one of these reasons: retaliation, "
                           "self_defence, protest..."}),
        # issue 10, mend-cross (migrations/0039): presence, cause, mistaken target, as claimed
        "claimed_presence": _terms(vocab.CLAIMED_PRESENCE, "Events with a claim (not deprecated) placing an actor "
                                   "so: at_the_scene, in_the_area, not_present; with claimed_present=, that actor."),
        "claimed_present": _ids("Events where a claim (not deprecated) places this actor at the scene or in the "
                                "area (claimed_presence= chooses, not_present included)."),
        "claimed_equipment": _terms(vocab.EQUIPMENT_KINDS, "Events with a claim (not deprecated) naming "
                                    "equipment of one of these kinds (aircraft, drone...), present or used."),
        "claimed_equipment_owner_named": fields.Boolean(metadata={   # figs33: equipment whose owner is not said
            "description": "false: events with a claim (not deprecated) naming equipment used with no actor (its "
                           "owner not said); true: naming equipment with an actor (actor_id or candidate_ids)."}),
        "claimed_cause": _terms(vocab.FIGURE_CAUSES, "Events with a claim (not deprecated) giving one of these "
                                "causes (fire, airstrike, accident...)."),
        "claimed_type": _terms(vocab.EVENT_TYPES, "Events with a claim (not deprecated) giving it one of these "
                               "types (FIGHT, ASSAULT...: 'killed in combat' against 'executed'; migrations/0065)."),
        "claimed_outcome": _terms(vocab.EVENT_OUTCOMES, "Events with a claim (not deprecated) saying the event "
                                  "failed, succeeded or partly_succeeded (migrations/0094)."),
        "claimant_hedge": _terms(vocab.CLAIMANT_HEDGES, "Events with a claim (not deprecated) its claimant hedges "
                                 "so (appears, believed...; migrations/0065)."),
        "believed_target": _ids("Events where a claim (not deprecated) says the attacker believed it was "
                                "hitting this actor."),
        "superlative_since": _ids("Events a claim (not deprecated) calls the deadliest, largest... since this "
                                  "event ('the deadliest since the 1991 war': the war; since_event_id; events28)."),
        "reason_for": _ids("Events where a claim (not deprecated) gives a reason for this actor: whom the claimant "
                           "says the event protects, frees, helps or punishes (reason_for_id; migrations/0079)."),
        # issue 10, mend-equip (migrations/0048): targets as sites
        "site_category": _terms(vocab.SITE_CATEGORIES, "Events that hit a site of one of these kinds "
                                "(places_of_worship, militant_sites...): the event's site_categories, or a claim "
                                "(not deprecated, not denying the actor took part) naming them."),
        "site_actor": _ids("Events with a claim (not deprecated) linking the sites hit to this actor ('facilities "
                           "India linked to JeM': site_actor_id)."),
        # issue 10, mend-stmt5 (migrations/0081): "fired on without warning", "deliberately targeted civilians"
        "claimed_manner": _terms(vocab.CLAIM_MANNERS, "Events with a claim (not deprecated, not denying the actor "
                                 "took part) saying the attack was done so (a claim's manner): "
                                 "claimed_manner=deliberate,without_warning."),
        "claimed_targeted_group": _terms(vocab.TARGETED_GROUPS, "Events with a claim (not deprecated, not denying "
                                         "the actor took part) saying the attack singled out these people (a "
                                         "claim's targeted_groups): claimed_targeted_group=civilians. Denials: "
                                         "denied_actor=."),
        "claimed_treatment": _terms(vocab.HELD_TREATMENTS, "Events with a claim (not deprecated) saying the people "
                                    "held were treated so (a claim's treatment, held_treatments): "
                                    "claimed_treatment=torture,ill_treatment (events33)."),
        "unknown_place": CommaList(fields.String(validate=validate.OneOf(list(vocab.EVENT_PLACE_ROLES))), metadata={
            "description": "Events with a further place not named (other_places with unknown) in one of these "
                           "roles: to, from, via, at."}),
        # issue 10, mend-places (migrations/0042): place= and within= do not match these (docs/api.md)
        "relative_to": _ids("Events with a further place described relative to this place (other_places with "
                            "relative_to_id: 'positions east of Khartoum'), in place_role's roles when given. "
                            "place= does not match them: a place east of Khartoum is not in Khartoum."),
        # figs33 (migrations/0113; trial t56 #46): the kind of site a destination is
        "place_site_category": _terms(vocab.SITE_CATEGORIES, "Events with a further place (other_places) that is "
                                      "a site of one of these kinds (hospitals, police_sites...), in place_role's "
                                      "roles when given; what an event hit is site_category=.")}


# Who says a place's or an actor's relation holds, and from which sources
# (docs/api.md "Sourced relations"). Each filter reads the same relation as related_to= and relation=.
def sourced_relation_filters(kind):
    return {
        **claim_filters(kind),   # relation_claimant=, relation_source=, relation_degree= (rel31: every relation's)
        # issue 10, vocab round (migrations/0027): hedged relations
        "relation_verification": CommaList(fields.String(validate=validate.OneOf(list(vocab.VERIFICATIONS))),
                                           metadata={"description": f"{kind.capitalize()} with a relation whose "
                                                     "verification is one of these (unverified: 'reportedly'); "
                                                     "with related_to=, relation=..., that relation."}),
        "relation_attribution": CommaList(fields.String(validate=validate.OneOf(list(vocab.ATTRIBUTIONS))),
                                          metadata={"description": f"{kind.capitalize()} with a relation "
                                                    "attributed so (unnamed: 'allegedly'); with related_to=, "
                                                    "relation=..., that relation."}),
        **(ACTOR_RELATION_FILTERS if kind == "actors" else {})}


# issue 10, mend-relations (migrations/0035): what a backer gives, whose government is recognised.
ACTOR_RELATION_FILTERS = {
    "relation_support": CommaList(fields.String(validate=validate.OneOf(list(vocab.SUPPORT_KINDS))), metadata={
        "description": "Actors with a relation (backed_by) naming one of these kinds of support: arms_supply, "
                       "financial...; with related_to=, relation=..., that relation."}),
    # issue 10, mend-not (migrations/0058): "Rwanda denied backing M23"
    "relation_denied": fields.Boolean(metadata={
        "description": "true: actors with a relation a statement denies (denied_by_statement_ids); false: with a "
                       "relation none denies. With related_to=, relation=..., that relation."}),
    "relation_denied_by": _ids("Actors with a relation denied in a statement this actor made (its speaker): "
                               "?relation=backed_by&relation_denied_by=<Rwanda>."),
    "relation_country": country(metadata={
        "description": "Actors with a relation (recognises) about this country (of_country, ISO 3166-1 "
                       "alpha-3): ?relation=recognises&relation_country=AFG."}),
    # issue 10, mend-agree4 (migrations/0078): "the mostly Muslim Seleka"
    "relation_proportion": CommaList(fields.String(validate=validate.OneOf(list(vocab.FIGURE_PROPORTIONS))), metadata={
        "description": "Actors with a relation (from_community) whose proportion is one of these (most, "
                       "all...): ?relation=from_community&related_to=<Muslims>&relation_proportion=most,nearly_all."}),
    # issue 10, mend-agree5 (migrations/0082): "the banned Islamist group", "which they say is extremist"
    "relation_designation": CommaList(fields.String(validate=validate.OneOf(list(vocab.DESIGNATIONS))), metadata={
        "description": "Actors with a relation (designated_by) whose designation is one of these (banned, "
                       "extremist...): ?relation=designated_by&related_to=<Uzbekistan>&relation_designation=banned."}),
    # issue 10, events27 (migrations/0094): "two of the general's senior aides"
    "relation_seniority": CommaList(fields.String(validate=validate.OneOf(list(vocab.RELATION_SENIORITIES))),
                                    metadata={
        "description": "Actors with a relation (adviser_to, subordinate_to...) whose seniority is one of these "
                       "(top, senior, junior): ?relation=adviser_to&related_to=<the general>&relation_seniority="
                       "top,senior."}),
    # places34 (migrations/0117): "looks after its interests in the country"
    "relation_place": _ids("Actors with a relation limited to this place (place_id): "
                           "?relation=protecting_power_for&relation_place=<the country>.")}


# How sure the reporting is (docs/api.md "How sure the reporting is").
VERIFICATION_FILTERS = {
    "verification": CommaList(fields.String(validate=validate.OneOf(list(vocab.VERIFICATIONS))), metadata={
        "description": "Events whose verification, or a claim's (not deprecated), is one of these: "
                       "could_not_verify, appears_to_show..."}),
    "verification_source": _ids("Events where this source says how sure it is (the event's "
                                "verification_source_id, or a claim's not deprecated)."),
}


class PlacesChecks:
    @validates_schema
    def _controlled_on_needs_actor(self, data, **kwargs):
        if data.get("controlled_on") and not data.get("controlled_by"):
            raise ValidationError({"controlled_on": ["Give controlled_by too: controlled_on asks who held the "
                                                     "place on the day."]})


def figure_filters(kind):
    """Filters on the figures a record owns (issue 10, figures as reported: a statement's, a place's, an event's
    vague or verification-marked ones). Events have claimant=, figure_quantity= and the rest already (schemas/arguments.py)."""
    vague = {"figure_vague": CommaList(fields.String(validate=validate.OneOf(list(vocab.VAGUE_MAGNITUDES))), metadata={
        "description": f"{kind.capitalize()} with a vague figure of one of these magnitudes (dozens, hundreds, "
                       "thousands...)."}),
             "figure_verification": CommaList(fields.String(validate=validate.OneOf(list(vocab.VERIFICATIONS))),
                                              metadata={"description": f"{kind.capitalize()} with a figure the "
                                                        "reporting marks so (could_not_verify, unverified...)."}),
             "figure_cause": CommaList(fields.String(validate=Terms(vocab.FIGURE_CAUSES)), metadata={
                 "description": f"{kind.capitalize()} with a figure of people killed or injured by one of these "
                                "causes (shelling, drone, starvation...): cause or other_causes."}),
             # vocab34 (migrations/0116): "went days without food"
             "figure_lacked": _terms(vocab.DISRUPTED_SERVICES, f"{kind.capitalize()} with a figure of people who went "
                                     "without one of these (lacked, with quantity deprived: food, water...)."),
             "figure_trend": CommaList(fields.String(validate=validate.OneOf(list(vocab.FIGURE_TRENDS))), metadata={
                 "description": f"{kind.capitalize()} with a figure giving one of these trends (rising, falling, "
                                "steady)."}),
             # issue 10, mend-figures (migrations/0040)
             "figure_proportion": CommaList(fields.String(validate=validate.OneOf(list(vocab.FIGURE_PROPORTIONS))),
                                            metadata={"description": f"{kind.capitalize()} with a figure given as one "
                                                      "of these proportions of a whole (most, nearly_all, some...)."}),
             "figure_comparison": CommaList(fields.String(validate=validate.OneOf(list(vocab.FIGURE_COMPARISONS))),
                                            metadata={"description": f"{kind.capitalize()} with a figure given as "
                                                      "higher, lower or the same as another figure."}),
             "figure_counted_actor": _ids(f"{kind.capitalize()} with a figure naming this actor among those counted "
                                  "(counted_actor_ids: 'among them Omar Barakat')."),
             # issue 10, mend-equip (migrations/0048)
             "figure_equipment": _terms(vocab.EQUIPMENT_KINDS, f"{kind.capitalize()} with a figure of equipment of "
                                        "one of these kinds (aircraft, drone...): a figure's equipment.kind."),
             "figure_inflicted_by": _ids(f"{kind.capitalize()} with a figure of losses this actor inflicted "
                                         "(inflicted_by_id, or one of inflicter_ids)."),
             "figure_subset": _terms(vocab.FIGURE_SUBSETS, f"{kind.capitalize()} with a figure of people of one of "
                                     "these subsets (subset or other_subsets: children, girls, tourists...)."),
             # issue 10, mend-counts (migrations/0053)
             "figure_held_as": _terms(vocab.FIGURE_HELD_AS, f"{kind.capitalize()} with a figure of people held as "
                                      "one of these (hostages, prisoners_of_war, detainees, prisoners): held_as."),
             "figure_held_by": _ids(f"{kind.capitalize()} with a figure of people this actor holds or held "
                                    "(holder_ids)."),
             "figure_covers_event": _ids(f"{kind.capitalize()} with a figure totalling over this event among "
                                         "others (covers_event_ids: 'more than 970 in both operations')."),
             # issue 10, mend-figs2 (migrations/0064)
             "figure_certainty": _terms(vocab.FIGURE_CERTAINTIES, f"{kind.capitalize()} with a figure given as "
                                        "possible, or said not to be known (certainty)."),
             # issue 10, mend-figdates (migrations/0074): "still believed to be held"
             "figure_claimant_hedge": _terms({k: v for k, v in vocab.CLAIMANT_HEDGES.items() if k != "possible"},
                                             f"{kind.capitalize()} with a figure its claimant hedges (appears, "
                                             "believed, probable): claimant_hedge."),
             "figure_period_event": _ids(f"{kind.capitalize()} with a figure counted over this event's span "
                                         "(period_event_id: 'in the last phase of the war')."),
             # issue 10, mend-figs3 (migrations/0070)
             "figure_revised_after_event": _ids(f"{kind.capitalize()} with a figure given or revised after this "
                                                "event (revised_after_event_id: 'up after eight bodies were found')."),
             "figure_period_until_event": _ids(f"{kind.capitalize()} with a figure counted up to this event's start "
                                               "(period_until_event_id: 'before the Palma attack')."),
             "figure_travel_means": _terms(vocab.TRAVEL_MEANS, f"{kind.capitalize()} with a figure of people who "
                                           "moved by one of these means (travel_means: foot, sea, air...)."),
             "figure_inflicted_with": _terms(vocab.EQUIPMENT_KINDS, f"{kind.capitalize()} with a figure of "
                                             "losses inflicted with this kind of equipment (inflicted_with, "
                                             "other_inflicted_with)."),
             "figure_status": _terms(vocab.FIGURE_STATUSES, f"{kind.capitalize()} with a figure its publisher "
                                     "gives as one of these (preliminary, provisional, final, revised): status."),
             # figs33 (migrations/0113)
             "figure_independent_count": _terms(vocab.INDEPENDENT_COUNTS, f"{kind.capitalize()} with a figure "
                                                "whose independent count is one of these (none, exists, "
                                                "under_way): independent_count."),
             "figure_activity_when_hit": _terms(vocab.ACTIVITIES_WHEN_HIT, f"{kind.capitalize()} with a figure of "
                                                "people hit while doing one of these (walking, at_home...): "
                                                "activity_when_hit."),
             "figure_evidence": _terms(vocab.EVIDENCE_KINDS, f"{kind.capitalize()} with a figure said to rest "
                                       "on evidence of one of these kinds (evidence; agree33)."),
             "figure_condition": _terms(vocab.CONDITION_TYPES, f"{kind.capitalize()} with a figure counted under a "
                                        "condition of one of these types (conditions; claims34)."),
             # issue 10, figures28 (migrations/0098)
             "figure_registration": _terms(vocab.FIGURE_REGISTRATIONS, f"{kind.capitalize()} with a figure of "
                                           "people registered, not registered, declared or not declared "
                                           "(registration)."),
             "figure_registered_with": _ids(f"{kind.capitalize()} with a figure of people registered with or "
                                            "declared to this body, or said not to be (registered_with_id)."),
             "figure_aboard": _ids(f"{kind.capitalize()} with a figure naming this person aboard, or in charge "
                                   "of, one of its items (aboard: 'the pilot of the second helicopter')."),
             # acts29 (migrations/0101)
             "figure_verification_source": _ids(f"{kind.capitalize()} with a figure whose verification this source "
                                                "gives (verification_source_id)."),
             "figure_additional": fields.Boolean(metadata={"description": f"true: {kind} with a figure of a number "
                                                 "added to what is there ('1,700 more troops': additional); false: "
                                                 "with a figure that is not."}),
             "figure_as_of_from": day(f"{kind.capitalize()} with a figure whose as_of (to as_of_end, when a bracket) "
                                      "reaches this day or later."),
             "figure_as_of_to": day(f"{kind.capitalize()} with a figure whose as_of (from its first day) is this "
                                    "day or earlier.")}
    if kind == "events":
        return vague
    return {
        "figure_claimant": _ids(f"{kind.capitalize()} with a figure this actor claims (any of its claimant_ids)."),
        "figure_quantity": CommaList(fields.String(validate=validate.OneOf(list(vocab.FIGURE_QUANTITIES))), metadata={
            "description": f"{kind.capitalize()} with a figure of one of these quantities (deaths, displaced...)."}),
        **vague}
