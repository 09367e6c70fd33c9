"""The controlled vocabularies of conflict-facts, in one place.

Every enumeration a request may use is defined here once, with a description of each term. The
schemas validate against these, `GET /v1/vocabularies` publishes them, and docs/vocabularies.md is
checked against them by a test. Terms are lowercase snake_case except PLOVER's event types, which keep
PLOVER's own upper-case spelling so that data can be joined with PLOVER-coded datasets unchanged.
"""
from . import external_ids as _external_ids
from .vocab_relations import (  # noqa: F401 (published here with the rest)
    EVENT_RELATIONS, STATEMENT_RELATIONS, EVENT_PLACE_ROLES, DENIAL_EXTENTS, TIME_RELATIONS, TREATY_POINTS,
    ELAPSED_NEARNESS, RELATIVE_DATE_ANCHORS, RELATIVE_DATE_RELATIONS, RELATION_DEGREES, ELAPSED_ENDS,
)
from .vocab_actor_relations import (  # noqa: F401 (published here with the rest; apart for its size, open31)
    ACTOR_RELATIONS, SUPPORT_KINDS, DESIGNATIONS, ACTOR_PLACE_RELATIONS, RELATION_SENIORITIES,
)
from .vocab_cross_relations import EVENT_STATEMENT_RELATIONS, STATEMENT_EVENT_RELATIONS  # noqa: F401 (0039)
from .vocab_treaties import (  # noqa: F401 (published here with the rest)
    TREATY_KINDS, TREATY_STATUSES, PARTY_ROLES, PARTICIPATION_CHANGES, TREATY_STATUS_CHANGES, TREATY_RELATIONS,
    OBLIGATION_TYPES, CONDITION_TYPES, TREATY_LINKS, CONDITION_CONNECTIVES,
    STATUS_CHANGE_REASONS,
)
from .vocab_provisions import (  # noqa: F401 (published here with the rest)
    PROVISION_TYPES, PROVISION_ACTOR_ROLES, IMPLEMENTATION_STATUSES, DEADLINE_MILESTONES, DEADLINE_RELATIONS,
    DEADLINE_ANCHORS, PERIOD_UNITS, PROVISION_QUANTITIES, SITE_CATEGORIES, RENEWAL_CONSENTS, PROVISION_UNITS,
    PROVISION_MODALITIES, PROVISION_LINKS, PROVISION_PLACE_ROLES, SCOPE_DOMAINS, SCOPE_OPERATIONS, COVERED_ITEM_KINDS,
    PROVISION_OBJECT_KINDS, PROVISION_OBJECT_ACTIONS,
)
from .vocab_figures import (  # noqa: F401 (published here with the rest)
    FIGURE_QUANTITIES, FIGURE_UNITS, VAGUE_MAGNITUDES, RATE_PERIODS, FIGURE_CATEGORIES, FIGURE_SUBSETS,
    FIGURE_TRENDS, FIGURE_CAUSES, FIGURE_PROPORTIONS, FIGURE_COMPARISONS, FIGURE_HELD_AS,
    FIGURE_CERTAINTIES, COUNT_MAGNITUDES,
)
from .vocab_events import (  # noqa: F401 (published here with the rest)
    PERIOD_PARTS, CLAIMED_REASONS, CLAIMED_PRESENCE, EQUIPMENT_KINDS,
)
from .vocab_acts import (  # noqa: F401 (published here with the rest; mend-acts, migrations/0043)
    EVENT_MODES, EVENT_MODE_TERMS, STATEMENT_PLATFORMS, REQUESTED_ACTIONS, TEXT_PUBLICATIONS, TRAVEL_MEANS, NOT_SAID_POINTS,
    NOT_SAID_REASONS, IMPLEMENTATION_REASONS, ACT_MODALITIES, ACT_PLACE_ROLES,
)
from .vocab_figures import FIGURE_COMPARISON_DEGREES, FIGURE_REGISTRATIONS  # noqa: F401 (0083; figures28, 0098)
from .vocab_figures import FIGURE_STATUSES  # noqa: F401 (figs32, migrations/0110)
from .vocab_statements import STATEMENT_NOVELTIES, SAID_VOCABULARIES, TREATY_PROSPECTS, ACTOR_PROSPECTS  # noqa: F401
from .vocab_effects import (  # noqa: F401 (published here with the rest; mend-acts3, migrations/0071)
    DISRUPTED_SERVICES, DISRUPTION_EXTENTS, DISRUPTION_TIMINGS, EVENT_ENDINGS, EVENT_RECURRENCES,
)
from .vocab_reporting import (  # noqa: F401 (published here with the rest)
    LEGAL_STATUSES, LEGAL_CHARGES, PENALTY_TYPES, PENALTY_UNITS, SUPERLATIVE_MEASURES, SUPERLATIVE_SCOPES,
    CONTROL_STATES, UNKNOWN_PLACES, PLACE_RELATIONS, VERIFICATIONS, BANK_SIDES, FIGURE_PLACE_ROLES,
    CLAIMANT_HEDGES,
)
from .vocab_outcomes import EVENT_OUTCOMES, POSITION_LEAVINGS  # noqa: F401 (mend-actors3, migrations/0075)
from .vocab_provision_terms import PROVISION_PACES  # noqa: F401 (mend-agree4, migrations/0078)
from .vocab_provision_terms import IMPLEMENTATION_EXTENTS, PROVISION_NOT_SET  # noqa: F401 (agree26, migrations/0090)
from .vocab_places import PLACE_PARTS, TERRAINS  # noqa: F401 (mend-claims4, migrations/0079; terrains: 0119)
from .vocab_outcomes import ACTOR_PARTS, MEMBERSHIP_CHANGES  # noqa: F401 (mend-acts4, migrations/0076)
from .vocab_effects import EVENT_EXTENTS  # noqa: F401 (mend-acts4, migrations/0076)
from .vocab_conduct import CLAIM_MANNERS, TARGETED_GROUPS  # noqa: F401 (mend-stmt5, migrations/0081)
from .vocab_occurrence import OCCURRENCES  # noqa: F401 (published here with the rest; mend-occur, migrations/0068)
from .vocab_settings import SETTING_EVENT_TYPES, SETTING_QUAD_CLASSES
from .vocab_force import ALERT_LEVELS, LOSS_EVENT_TYPE  # noqa: F401 (events32, migrations/0109)
from .vocab_dates import DATE_PRECISIONS, DATE_BOUNDS, DAY_PARTS  # noqa: F401 (apart for its size, events37)
from .vocab_circumstances import CIRCUMSTANCES, INDEPENDENT_COUNTS, ACTIVITIES_WHEN_HIT, SEASONS  # noqa: F401 (0113)
from .vocab_evidence import EVIDENCE_KINDS, RESPONSIBILITY_CLAIMS  # noqa: F401 (agree33, migrations/0114)
from .vocab_held import HELD_TREATMENTS  # noqa: F401 (events33, migrations/0112)
from .vocab_records import (  # noqa: F401 (published here with the rest)
    PARTICIPANT_ROLES, ACTOR_KINDS, ACTOR_AIMS, PLACE_KINDS, STATEMENT_MEDIA, STANCES,
)


# PLOVER (openeventdata/PLOVER), the open successor of CAMEO: 19 event types in four quad classes.
# PLOVER dropped CAMEO's "make public statement" and "appeal"; here those are statements, a record kind
# of their own. A written request for consultations is coded CONSULT (DEMAND is kept for demands that
# carry a threat or an ultimatum), and a pledge reached in talks is AGREE.
QUAD_CLASSES = {
    "verbal_cooperation": "Words that cooperate: agreements, consultations, support, concessions.",
    "material_cooperation": "Deeds that cooperate: cooperation, aid, retreat, investigation.",
    "verbal_conflict": "Words in conflict: demands, disapproval, rejection, threats, sanctions.",
    "material_conflict": "Deeds in conflict: protest, crime, mobilisation, coercion, assault, fighting.",
    **SETTING_QUAD_CLASSES,   # disasters, elections: schemas/vocab_settings.py (fixes25)
}

EVENT_TYPES = {
    "AGREE": ("verbal_cooperation", "Agree to, or pledge, a course of action; sign or settle."),
    "CONSULT": ("verbal_cooperation", "Consult, meet, negotiate, or request consultations."),
    "SUPPORT": ("verbal_cooperation", "Express support for, praise, or endorse."),
    "CONCEDE": ("verbal_cooperation", "Concede, apologise, or yield a position."),
    "COOPERATE": ("material_cooperation", "Cooperate materially: share intelligence, act jointly."),
    "AID": ("material_cooperation", "Give economic, military, humanitarian or other aid."),
    "RETREAT": ("material_cooperation", "Yield materially: withdraw forces, release or hand over captives and "
                                        "prisoners (exchanges too), ease restrictions (CAMEO 08 'yield')."),
    "INVESTIGATE": ("material_cooperation", "Investigate wrongdoing or an incident."),
    "DEMAND": ("verbal_conflict", "Demand something, usually with an implied threat."),
    "DISAPPROVE": ("verbal_conflict", "Criticise, accuse, or condemn."),
    "REJECT": ("verbal_conflict", "Reject a proposal, demand or offer."),
    "THREATEN": ("verbal_conflict", "Threaten force, sanctions or other harm."),
    "SANCTION": ("verbal_conflict", "Reduce or break off relations: halt or suspend negotiations or mediation, "
                                    "cut aid, expel or withdraw diplomats or monitors, announce sanctions (CAMEO "
                                    "16 'reduce relations', incl. 164 'halt negotiations')."),
    "PROTEST": ("material_conflict", "Demonstrate, rally, strike or boycott."),
    "CRIME": ("material_conflict", "Commit a crime not covered by the other conflict types."),
    "MOBILIZE": ("material_conflict", "Mobilise or deploy forces, raise alert levels."),
    "COERCE": ("material_conflict", "Coerce: arrest, detain, charge, try or sentence (CAMEO 173), expel or "
                                    "deport, seize property, impose restrictions or a blockade."),
    "ASSAULT": ("material_conflict", "One-sided violence against people who cannot fight back."),
    "FIGHT": ("material_conflict", "Armed fighting between organised forces, occupation of territory."),
    # This project's extension (issue 10, vocab round): PLOVER and CAMEO have no type for a public celebration;
    # CAMEO 141 "demonstrate or rally" (PROTEST) is dissent, and coding a crowd cheering a release as PROTEST
    # would answer "protests in Ramallah" wrongly. The mirror of PROTEST: approval shown in public, by deeds.
    "CELEBRATE": ("material_cooperation", "Celebrate in public: crowds, rallies, parades or gatherings that "
                                          "cheer an event or an actor (a release, a ceasefire, a victory). This "
                                          "project's extension: PLOVER and CAMEO have no such type; a rally that "
                                          "presses a demand or opposes is PROTEST (CAMEO 141)."),
    **SETTING_EVENT_TYPES,   # DISASTER, ELECTION, ECONOMIC: schemas/vocab_settings.py (fixes25, vocab26)
    **LOSS_EVENT_TYPE,   # a loss whose cause is not reported: schemas/vocab_force.py (events32)
}

# Where an event happened, relative to its place (after UCDP's where_prec, simplified).
LOCATION_PRECISIONS = {
    "exact": "At the place's own location.",
    "near": "Near the place (within about 25 km).",
    "within": "Somewhere within the place, which is an area (a district, region or country).",
}

# How a claimed quantity or date is qualified in the reporting (figures, claims).
QUALIFIERS = {
    "exactly": "Given as an exact value.",
    "about": "Given as approximate ('about', 'some', 'roughly').",
    "nearly": "Given as just under a value ('nearly 900', 'almost 900', 'close to'): best is the value said, the "
              "quantity is a little below it (issue 10, mend-equip).",
    "at_least": "Given as a minimum ('at least').",
    "at_most": "Given as a maximum ('at most', 'up to').",
    "more_than": "Given as exceeded ('more than', 'over').",
    "fewer_than": "Given as not reached ('fewer than', 'a little under').",
    "between": "Given as a range ('between 50 and 70').",
}

# How a claim ranks against the others about the same thing (after Wikidata's statement ranks).
CLAIM_RANKS = {
    "preferred": "The curators' preferred reading: the record's top-level fields show it.",
    "normal": "A claim recorded as made, neither preferred nor set aside.",
    "deprecated": "A claim known to be wrong or withdrawn, kept because it was made.",
}

# Who a claim is attributed to, as the reporting attributes it (issue 11). Derived from claimant_id when not given.
ATTRIBUTIONS = {
    "named": "A named claimant makes the claim: claimant_id says who (the default when claimant_id is given).",
    "source": "The source states it in its own voice, attributing it to no one (the default when claimant_id "
              "is null).",
    "unnamed": "Someone the reporting does not name makes the claim ('officials said', 'both sides were soon "
               "accused of violations'): no claimant_id; or, with claimant_id, people not named who speak for "
               "that body ('Armenian officials said': claimant_id Armenia; migrations/0039).",
}

# The schemes are declared with their formats and the kinds they identify in schemas/external_ids.py.
EXTERNAL_ID_SCHEMES = {name: scheme.description for name, scheme in _external_ids.SCHEMES.items()}

ALL = {
    "event_types": {k: v[1] for k, v in EVENT_TYPES.items()},
    "quad_classes": QUAD_CLASSES,
    "date_precisions": DATE_PRECISIONS,
    "date_bounds": DATE_BOUNDS,
    "day_parts": DAY_PARTS,
    "period_parts": PERIOD_PARTS,
    "qualifiers": QUALIFIERS,
    "claim_ranks": CLAIM_RANKS,
    "attributions": ATTRIBUTIONS,
    "location_precisions": LOCATION_PRECISIONS,
    "participant_roles": PARTICIPANT_ROLES,
    "actor_kinds": ACTOR_KINDS,
    "actor_aims": ACTOR_AIMS,   # vocab26 (migrations/0092)
    "place_kinds": PLACE_KINDS,
    "treaty_kinds": TREATY_KINDS,
    "treaty_statuses": TREATY_STATUSES,
    "obligation_types": OBLIGATION_TYPES,
    "party_roles": PARTY_ROLES,
    "participation_changes": PARTICIPATION_CHANGES,
    "treaty_status_changes": TREATY_STATUS_CHANGES,
    "treaty_relations": TREATY_RELATIONS,
    "condition_types": CONDITION_TYPES,
    "condition_connectives": CONDITION_CONNECTIVES,   # cond30
    "status_change_reasons": STATUS_CHANGE_REASONS,
    "treaty_links": TREATY_LINKS,
    "statement_media": STATEMENT_MEDIA,
    "stances": STANCES,
    "figure_quantities": FIGURE_QUANTITIES,
    "figure_units": FIGURE_UNITS,
    "figure_categories": FIGURE_CATEGORIES,
    "figure_subsets": FIGURE_SUBSETS,
    "vague_magnitudes": VAGUE_MAGNITUDES,
    "rate_periods": RATE_PERIODS,
    "external_id_schemes": EXTERNAL_ID_SCHEMES,
    "event_relations": EVENT_RELATIONS,
    "statement_relations": STATEMENT_RELATIONS,
    "event_place_roles": EVENT_PLACE_ROLES,
    "actor_relations": ACTOR_RELATIONS,
    "actor_place_relations": ACTOR_PLACE_RELATIONS,   # migrations/0052
    "support_kinds": SUPPORT_KINDS,
    "designations": DESIGNATIONS,   # mend-agree5: a designated_by relation's designation (0082)
    "relation_seniorities": RELATION_SENIORITIES,   # events27: an actor relation's seniority (0094)
    "denial_extents": DENIAL_EXTENTS,
    "event_statement_relations": EVENT_STATEMENT_RELATIONS,   # migrations/0039
    "statement_event_relations": STATEMENT_EVENT_RELATIONS,
    "relation_degrees": RELATION_DEGREES,   # rel31: how far any relation holds (migrations/0106)
    "time_relations": TIME_RELATIONS,   # mend-time (migrations/0047)
    "treaty_points": TREATY_POINTS,
    "elapsed_nearness": ELAPSED_NEARNESS,   # mend-time 2
    "elapsed_ends": ELAPSED_ENDS,   # events33: which ends a relation's elapsed joins
    "relative_date_relations": RELATIVE_DATE_RELATIONS,   # mend-announce (migrations/0077)
    "relative_date_anchors": RELATIVE_DATE_ANCHORS,
    "provision_types": PROVISION_TYPES,
    "provision_actor_roles": PROVISION_ACTOR_ROLES,
    "implementation_statuses": IMPLEMENTATION_STATUSES,
    "implementation_reasons": IMPLEMENTATION_REASONS,   # mend-agree3 (migrations/0073)
    "deadline_milestones": DEADLINE_MILESTONES,
    "deadline_relations": DEADLINE_RELATIONS,
    "deadline_anchors": DEADLINE_ANCHORS,
    "period_units": PERIOD_UNITS,
    "provision_quantities": PROVISION_QUANTITIES,
    "provision_units": PROVISION_UNITS,
    "site_categories": SITE_CATEGORIES,
    "renewal_consents": RENEWAL_CONSENTS,
    "provision_modalities": PROVISION_MODALITIES,
    "provision_paces": PROVISION_PACES,   # mend-agree4 (migrations/0078)
    "provision_not_set": PROVISION_NOT_SET,   # agree26 (migrations/0090)
    "implementation_extents": IMPLEMENTATION_EXTENTS,
    "provision_links": PROVISION_LINKS,
    "provision_place_roles": PROVISION_PLACE_ROLES,
    "scope_domains": SCOPE_DOMAINS,
    "scope_operations": SCOPE_OPERATIONS,
    "covered_item_kinds": COVERED_ITEM_KINDS,
    "provision_object_kinds": PROVISION_OBJECT_KINDS,
    "provision_object_actions": PROVISION_OBJECT_ACTIONS,
    "legal_statuses": LEGAL_STATUSES,
    "legal_charges": LEGAL_CHARGES,
    "penalty_types": PENALTY_TYPES,
    "penalty_units": PENALTY_UNITS,
    "superlative_measures": SUPERLATIVE_MEASURES,
    "superlative_scopes": SUPERLATIVE_SCOPES,
    "control_states": CONTROL_STATES,
    "unknown_places": UNKNOWN_PLACES,
    "place_relations": PLACE_RELATIONS,
    "bank_sides": BANK_SIDES,   # migrations/0042
    "figure_place_roles": FIGURE_PLACE_ROLES,
    "verifications": VERIFICATIONS,
    "claimant_hedges": CLAIMANT_HEDGES,   # mend-claims2 (migrations/0065)
    "claimed_reasons": CLAIMED_REASONS,
    "claimed_presence": CLAIMED_PRESENCE,   # migrations/0039
    "held_treatments": HELD_TREATMENTS,   # events33 (migrations/0112)
    "equipment_kinds": EQUIPMENT_KINDS,
    "figure_trends": FIGURE_TRENDS,
    "figure_causes": FIGURE_CAUSES,
    "figure_proportions": FIGURE_PROPORTIONS,
    "figure_comparisons": FIGURE_COMPARISONS,
    "figure_held_as": FIGURE_HELD_AS,   # migrations/0053
    "figure_certainties": FIGURE_CERTAINTIES,   # migrations/0064
    "figure_registrations": FIGURE_REGISTRATIONS,   # migrations/0098
    "figure_statuses": FIGURE_STATUSES,   # figs32 (migrations/0110)
    # mend-acts (migrations/0043)
    "event_modes": EVENT_MODE_TERMS,
    "statement_platforms": STATEMENT_PLATFORMS,
    "requested_actions": REQUESTED_ACTIONS,
    "text_publications": TEXT_PUBLICATIONS,
    "travel_means": TRAVEL_MEANS,   # migrations/0067
    "not_said_points": NOT_SAID_POINTS,   # migrations/0069
    "not_said_reasons": NOT_SAID_REASONS,
    "act_modalities": ACT_MODALITIES,   # claims26
    "act_place_roles": ACT_PLACE_ROLES,   # acts28
    "occurrences": OCCURRENCES,   # mend-occur (migrations/0068)
    "disrupted_services": DISRUPTED_SERVICES,   # mend-acts3 (migrations/0071)
    "disruption_extents": DISRUPTION_EXTENTS,
    "disruption_timings": DISRUPTION_TIMINGS,
    "event_endings": EVENT_ENDINGS,
    "event_outcomes": EVENT_OUTCOMES,   # mend-actors3 (migrations/0075)
    "place_parts": PLACE_PARTS,   # mend-claims4 (migrations/0079)
    "position_leavings": POSITION_LEAVINGS,
    "membership_changes": MEMBERSHIP_CHANGES,   # mend-acts4 (migrations/0076)
    "event_extents": EVENT_EXTENTS,
    "actor_parts": ACTOR_PARTS,
    "claim_manners": CLAIM_MANNERS,   # mend-stmt5 (migrations/0081)
    "targeted_groups": TARGETED_GROUPS,
    "event_recurrences": EVENT_RECURRENCES,   # mend-time5 (migrations/0083)
    "figure_comparison_degrees": FIGURE_COMPARISON_DEGREES,
    **SAID_VOCABULARIES,   # statement_novelties (stmt30, 0102; events' too, 0109), treaty/actor_prospects (37)
    "alert_levels": ALERT_LEVELS,   # events32 (migrations/0109)
    **CIRCUMSTANCES,   # figs33 (migrations/0113): independent_counts, activities_when_hit, seasons
    "evidence_kinds": EVIDENCE_KINDS,   # agree33 (migrations/0114)
    "responsibility_claims": RESPONSIBILITY_CLAIMS,
    "terrains": TERRAINS,   # places35 (migrations/0119)
}

# The open vocabularies (issue 10, terms): those that have an `other` term, because reporting outruns them (a
# disruption of rail traffic, a charge of discrimination). An admin may add local terms to them (local:<name>,
# POST /v1/vocabularies/{name}/terms; schemas/local_terms.py); every other vocabulary is closed (PLOVER's event
# types, qualifiers, ranks, precisions...). GET /v1/vocabularies says which are open; docs/vocabularies.md too.
OPEN = frozenset(name for name, terms in ALL.items() if "other" in terms)
_OPEN_BY_IDENTITY = {id(ALL[name]): name for name in OPEN}


def open_name(terms):
    """The name of the open vocabulary `terms` is (the very dict declared above), or None."""
    return _OPEN_BY_IDENTITY.get(id(terms))


def quad_class(event_type):
    return EVENT_TYPES[event_type][0]


def status_reached(change):
    """The status (TREATY_STATUSES) a treaty is in after a status change: `resumed` puts it back in force."""
    return "in_force" if change in ("resumed", "extended", "fraying") else change   # fraying: mend-agree4
