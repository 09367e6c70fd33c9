"""The controlled vocabularies of conflict-facts, in one place.

Every enumeration a request may use is defined here once, with a description of each term. The
schemas validate against these, `GET /v1/vocabularies` publishes them, and docs/vocabularies.md is
checked against them by a test. Terms are lowercase snake_case except PLOVER's event types, which keep
PLOVER's own upper-case spelling so that data can be joined with PLOVER-coded datasets unchanged.
"""
from . import external_ids as _external_ids

# PLOVER (openeventdata/PLOVER), the open successor of CAMEO: 19 event types in four quad classes.
# PLOVER dropped CAMEO's "make public statement" and "appeal"; here those are statements, a record kind
# of their own. A written request for consultations is coded CONSULT (DEMAND is kept for demands that
# carry a threat or an ultimatum), and a pledge reached in talks is AGREE.
QUAD_CLASSES = {
    "verbal_cooperation": "Words that cooperate: agreements, consultations, support, concessions.",
    "material_cooperation": "Deeds that cooperate: cooperation, aid, retreat, investigation.",
    "verbal_conflict": "Words in conflict: demands, disapproval, rejection, threats, sanctions.",
    "material_conflict": "Deeds in conflict: protest, crime, mobilisation, coercion, assault, fighting.",
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
}

# Where an event happened, relative to its place (after UCDP's where_prec, simplified).
LOCATION_PRECISIONS = {
    "exact": "At the place's own location.",
    "near": "Near the place (within about 25 km).",
    "within": "Somewhere within the place, which is an area (a district, region or country).",
}

# How precisely an event's dates are known; see docs/api.md "Dates and their precision".
DATE_PRECISIONS = {
    "day": "The dates are known to the day.",
    "week": "The dates are known to within about a week (for example 'five weeks ago').",
    "month": "Only the month is known: dates run from the first to the last day of a month.",
    "year": "Only the year is known: dates run from 1 January to 31 December.",
}

# Open bounds of a reported date (schemas/dates.py): what "by the 9th" or "still going on" say.
DATE_BOUNDS = {
    "on_or_before": "On or before the date given (by then): the earliest day is not known.",
    "not_before": "On or after the date given (not before it): the latest day is not known.",
    "ongoing": "Began on the date given and had not ended when reported.",
    "open_start": "Ended on the date given; when it began is not known (a span only: an event, an event's dates "
                  "claimed). EDTF ../2023-06-01.",
    # issue 10, mending round (mend10a): "fighting was continuing on Tuesday"
    "under_way": "Going on on the date given; when it began and when it ended are both unknown (a span only). "
                 "EDTF has no form for it: the EDTF field is null.",
}

# Parts of the day a report gives instead of a clock time ("late on 10 January", "that evening"): a time field
# takes one of these or HH:MM (schemas/dates.py); the EDTF form then gives the day only. Each fits the time
# columns (8 characters, as HH:MM:SS).
DAY_PARTS = {
    "morning": "In the morning (about 06:00 to 12:00 local time).",
    "midday": "Around noon.",
    "pm": "In the afternoon (about 12:00 to 18:00 local time).",
    "evening": "In the evening (about 18:00 to 22:00 local time); also \"late on\" a day.",
    "night": "At night (about 22:00 to 06:00 local time); the night that begins on the day given.",
}

# How a claimed quantity or date is qualified in the reporting (figures, claims).
QUALIFIERS = {
    "exactly": "Given as an exact value.",
    "about": "Given as approximate ('about', 'some', 'nearly').",
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
               "accused of violations'): no claimant_id.",
}

PARTICIPANT_ROLES = {
    "initiator": "The actor who carries out or starts the event.",
    "target": "The actor the event is directed at.",
    "side_a": "One side of a two-sided event (a war, a battle, talks).",
    "side_b": "The other side of a two-sided event.",
    "mediator": "An actor who brokers or facilitates the event.",
    "host": "An actor who hosts talks or a meeting.",
    "participant": "Takes part in the event with no more specific role.",
    "released": "Was released, freed or handed over in the event: a prisoner, a captive, a detainee (the "
                "releasing side is the initiator; the side receiving them, if any, the target).",
    "exchanged": "Was handed over as part of a prisoner exchange (each side's people; the sides are side_a/side_b).",
    "detained": "Was arrested, captured or detained in the event (the detaining side is the initiator).",
}

ACTOR_KINDS = {
    "state": "A sovereign state.",
    "government_body": "A ministry, agency or office of a state's government.",
    "armed_force": "A state's armed forces or a unit of them.",
    "non_state_armed_group": "An organised armed group that is not a state's force.",
    "de_facto_authority": "An administration in effective control of territory without wide recognition.",
    "person": "An individual; a parent actor is the body in which the person holds a role.",
    "group": "An unnamed or collective group (for example 'Armenian officials').",
    "international_organisation": "An intergovernmental organisation.",
    "civil_society": "A non-governmental organisation, party, movement or media outlet.",
    "court": "A court, tribunal or prosecutor's office: a state's judiciary, a de facto authority's court, an "
             "international court.",
    "company": "A business: a company, a state-owned enterprise, a private military company.",
    "joint_body": "A body made up of several parties (and often mediators): a joint ceasefire monitoring "
                  "committee, a joint control commission; its members are listed in member_of of each.",
}

PLACE_KINDS = {
    "country": "A sovereign state's territory.",
    "region": "A first-level administrative division or a named region.",
    "disputed_territory": "A territory whose sovereignty or control is contested.",
    "district": "A second-level administrative division.",
    "city": "A city or town.",
    "site": "A smaller named place: a village, a base, a crossing, a building.",
}

TREATY_KINDS = {
    "alliance": "A treaty of alliance or mutual assistance (ATOP's scope).",
    "ceasefire": "An agreement to stop fighting.",
    "peace_agreement": "An agreement ending a conflict.",
    "non_aggression_pact": "A pact not to attack each other.",
    "arms_control": "An agreement limiting weapons or forces.",
    "other": "Any other international agreement.",
    "unknown": "The reporting does not say what kind of agreement it is.",
}

TREATY_STATUSES = {
    "signed": "Signed but not (yet) in force.",
    "in_force": "In force.",
    "suspended": "In force but suspended by at least one party.",
    "terminated": "Ended by the parties or by one party's withdrawal.",
    "expired": "Ended by its own terms.",
    "collapsed": "Agreed but broken down in practice (a ceasefire that did not hold).",
    "unknown": "The reporting does not say where the treaty stands.",
}

# The role an actor plays in a treaty (its `parties` list): who is bound, who only signed, who helped.
PARTY_ROLES = {
    "party": "Bound by the treaty (the default; every party listed before roles existed).",
    "signatory": "Signed the document; whether it is bound is not said, or is disputed.",
    "mediator": "Brokered or facilitated the agreement without being bound by it.",
    "guarantor": "Undertook to guarantee that the parties keep the agreement.",
    "facilitator": "Facilitated the agreement (hosted, convened or carried messages: 'facilitated by Saudi Arabia and the United States') without brokering its terms as a mediator does, nor being bound by it.",
    "witness": "Signed or attended as a witness.",
    "observer": "Attended or followed the agreement as an observer.",
}

# A dated change in one actor's participation in a treaty (a party's `participation` list).
PARTICIPATION_CHANGES = {
    "joined": "The actor became a party (signature, ratification, accession, admission).",
    "suspended": "The actor suspended its participation: it stays listed but does not take part.",
    "resumed": "The actor resumed its participation after a suspension.",
    "withdrew": "The actor withdrew from the treaty, or was expelled: it is no longer a party.",
}

# A dated change in a treaty's status (its `status_history`); each says the status the treaty reached.
TREATY_STATUS_CHANGES = {
    "signed": "Signed (not yet in force).",
    "in_force": "Entered into force (or took effect: a ceasefire from its hour).",
    "suspended": "Suspended: in force no longer until resumed.",
    "resumed": "Resumed after a suspension: in force again (the status it reaches is in_force).",
    "terminated": "Ended by the parties, or by one party's withdrawal.",
    "expired": "Ended by its own terms.",
    "collapsed": "Broke down in practice (a ceasefire that did not hold).",
    "extended": "Extended while in force (the status it reaches is in_force): the parties agreed to prolong it; "
                "`until` gives the new end.",
    "unknown": "The reporting says the status changed, or was in doubt, but not to what.",
}

# How one treaty relates to another (a treaty's `relations` list names the other treaty).
TREATY_RELATIONS = {
    "amends": "Changes some provisions of the other treaty, which stays in force as amended.",
    "supersedes": "Replaces the other treaty, which no longer applies.",
    "implements": "Sets out how the other treaty is to be carried out (a package of measures, a protocol).",
    "counterpart_of": "The mirror document of the other: the same terms signed by a different set of actors.",
    "parallel_to": "Agreed alongside the other (same day or talks) between other parties, without being part of it.",
    "part_of": "Part of the other, which is a framework or an initiative made up of several agreements.",
    "endorses": "Endorses the other (a leaders' declaration, a Security Council resolution) without adding terms.",
}

# ATOP's obligation types for treaty provisions.
OBLIGATION_TYPES = {
    "defence": "Active military support if a party is attacked.",
    "offence": "Active military support in a conflict a party starts.",
    "neutrality": "Not to aid the adversary of a party in a conflict.",
    "non_aggression": "Not to attack or use force against each other.",
    "consultation": "To consult each other in a crisis that may lead to conflict.",
}

# ATOP's conditions on an obligation.
CONDITION_TYPES = {
    "territory": "Applies only to attacks on, or conflict in, a specified territory.",
    "adversary": "Applies only against a specified adversary.",
    "conflict": "Applies only in a specified conflict or kind of conflict.",
    "non_provocation": "Applies only if the party did not provoke the attack.",
    "demand": "Applies only if the party asks for it.",
    "provision": "Applies only once (or while) another provision is carried out: give provision_id or provision_key.",
    "actor_action": "Applies only if an actor does something: give actor_id and the action in words.",
    "other": "Any other condition, described in words.",
}

# How an event relates to a treaty.
TREATY_LINKS = {
    "signs": "The event is the signing of the treaty.",
    "ratifies": "The event ratifies the treaty.",
    "invokes": "The event invokes the treaty or one of its provisions.",
    "implements": "The event carries out an obligation of the treaty.",
    "breaches": "The event breaches the treaty.",
    "suspends": "The event suspends the treaty.",
    "ends": "The event ends the treaty.",
    "references": "The event refers to the treaty in some other way.",
}

STATEMENT_MEDIA = {
    "press_release": "A written statement issued to the press.",
    "letter": "A letter to a named addressee.",
    "interview": "An interview.",
    "speech": "A speech or address.",
    "press_conference": "Remarks at a press conference or briefing.",
    "social_media": "A post on social media.",
    "remarks": "Remarks reported by others (officials said...).",
    "video": "A video: a recorded or broadcast address, a clip posted online (its address is the url "
             "of the source the statement cites).",
    "bulletin": "A regular, usually daily, bulletin or briefing (a general staff's daily update, a ministry's "
                "daily briefing).",
    "unknown": "The reporting does not say how the statement was made.",
}

STANCES = {
    "support": "Supports or endorses what the statement is about.",
    "oppose": "Opposes or criticises it.",
    "deny": "Denies a claim or an allegation.",
    "assert": "States something as a fact.",
    "warn": "Warns of a danger or a development.",
    "threaten": "Threatens action.",
    "request": "Asks for something.",
    "pledge": "Promises to do something.",
    "accuse": "Accuses another of a wrongdoing ('the army accused the RSF of failing to honour the truce'; CAMEO 112 'accuse', PLOVER ACCUSE).",
    "reject": "Refuses a request, proposal or demand.",
}

FIGURE_QUANTITIES = {
    "deaths": "People killed.",
    "injured": "People injured.",
    "casualties": "People killed or wounded, as a claim gives them without telling them apart ('Russia lost "
                  "about 600 soldiers'); category and suffered_by say whose losses.",
    "displaced": "People displaced.",
    "missing": "People missing.",
    "detained": "People detained or captured.",
    "area": "Area of territory, in km2.",
    "distance": "A distance, in km.",
    "count": "A count of something else, named in the note.",
    "prisoners_released": "Prisoners or detainees released (one-sided, not in exchange).",
    "prisoners_exchanged": "Prisoners exchanged: the count one side handed over in an exchange (suffered_by: whose people).",
    "prisoners_held": "Prisoners held by a side at the as_of date.",
    "troops": "Troops, fighters or personnel (deployed, withdrawn, allowed...).",
    "weapons": "Weapons or other military items (say which in `counted`).",
    "equipment_lost": "Military equipment destroyed or captured (say which in `counted`; suffered_by: whose).",
    "aid": "Humanitarian aid delivered or pledged (tonnes, items, or money).",
    "money": "An amount of money (damage, funds, reparations), with its currency.",
    "duration": "A length of time (a truce of 3 days), in days or hours.",
}

FIGURE_UNITS = {
    "people": "Persons.",
    "km2": "Square kilometres.",
    "km": "Kilometres.",
    "items": "Items of what `counted` (or, in older records, the note) names.",
    "m": "Metres.",
    "days": "Days.",
    "hours": "Hours.",
    "tonnes": "Metric tonnes.",
    "money": "Units of the figure's `currency` (an ISO 4217 code).",
}

# Whose losses a figure counts, anchored on UCDP GED's deaths_a, deaths_b, deaths_civilians and deaths_unknown.
FIGURE_CATEGORIES = {
    "total": "Everyone counted, on all sides (UCDP GED `best`); what the death filters read.",
    "side_a": "The losses of the event's side_a (UCDP GED `deaths_a`).",
    "side_b": "The losses of the event's side_b (UCDP GED `deaths_b`).",
    "civilians": "Civilians (UCDP GED `deaths_civilians`).",
    "combatants": "Combatants or military personnel, of a side not said or of several sides.",
    "unknown": "People whose status or side the reporting does not say (UCDP GED `deaths_unknown`).",
}

# A part of the people a figure counts, beside the category: "12 children among the civilians killed".
FIGURE_SUBSETS = {
    "children": "Children (under 18).",
    "women": "Women (and girls, unless `children` is given too in another figure).",
    "men": "Men.",
    "elderly": "Elderly people.",
    "medical_workers": "Medical and health workers.",
    "journalists": "Journalists and media workers.",
    "aid_workers": "Humanitarian aid workers.",
    "peacekeepers": "Peacekeepers or monitors.",
    "foreign_nationals": "Foreign nationals.",
}

# The schemes are declared with their formats and the kinds they identify in schemas/external_ids.py.
EXTERNAL_ID_SCHEMES = {name: scheme.description for name, scheme in _external_ids.SCHEMES.items()}

# --- issue 10, relations: typed links between records -------------------------------------------------------

# event -> event. "Part of" is the event's parent_id (one larger event), not a term here.
EVENT_RELATIONS = {
    "follows": "Comes after the other event in a sequence of the same kind (a second round of talks after the "
               "first; Wikidata P155 'follows').",
    "in_response_to": "Was done in response to the other event, as reporting says (an offensive answering an "
                      "attack; Wikidata P828 'has cause').",
    "ends": "Ended the other event (a violation that ended a truce, an agreement that ended a war; the inverse "
            "of Wikidata P1534 'end cause').",
    "suspends": "Suspended the other, which had not ended and may resume ('the Jeddah talks were suspended'; "
                "contrast ends).",
    "escalates": "Intensified the other, an ongoing event ('fighting intensified' after an attack or an "
                 "announcement; PLOVER's escalation of an ongoing conflict).",
}

# statement -> statement
STATEMENT_RELATIONS = {
    "refers_to": "Mentions or concerns the other statement, without saying more (the old untyped 'about').",
    "replies_to": "Answers the other statement.",
    "confirms": "Says the other statement is true.",
    "contradicts": "Says something incompatible with the other statement, without calling it false.",
    "denies": "Says the other statement is false.",
    "retracts": "The speaker withdraws the other statement (usually their own).",
    "revises": "Replaces the other statement with a corrected version (a new figure, a changed date).",
    "supplements": "Adds to the other statement without correcting it (a later statement naming who else took "
                   "part); both stand.",
}

# event -> place: the part an event's further place (other_places) plays. The main place_id reads as `at`.
EVENT_PLACE_ROLES = {
    "at": "The event happened at the place (also) - what the main place_id always means.",
    "from": "Where the movement the event describes started (flown from Russia).",
    "to": "Where it ended (flown to Saudi Arabia, handed over to Turkey).",
    "via": "A place it passed through on the way.",
}

# actor -> actor: typed, dated links beside belonging (parent_id) and membership (member_of).
ACTOR_RELATIONS = {
    "backed_by": "Is backed, supported or sponsored by the other (the Russian-backed DPR; UCDP's external "
                 "support, ACLED's 'supported by').",
    "allied_with": "Is an ally of the other, fighting or acting on the same side (ACLED 'allied with').",
    "affiliated_with": "Is linked to the other without being part of it (a company linked to a force).",
    "associate_of": "For people: a friend, ally or close associate of the other (Wikidata P3342 "
                    "'significant person').",
    "subordinate_to": "Acts under the other's command or control without belonging to it (a unit under "
                      "an army's operational command; a proxy).",
    "aligned_with": "Is politically aligned with the other, without being backed by it ('a pro-Russian politician'): a stance, not support received; see backed_by.",
    "opposes": "Is in conflict with, or opposed to, the other (UCDP's dyad sides).",
    "successor_of": "Succeeded the other (renamed, reorganised, merged; Wikidata P1366/P1365 'replaces').",
}

# --- Provisions (issue 10, provisions area) ------------------------------------------------------------------
# What a provision of an agreement provides for. Anchored in peace-agreement research (docs/vocabularies.md
# names each term's counterpart): the PA-X Peace Agreements Database's categories, the Peace Accords Matrix's
# provision types, the ETH/PRIO Civil Conflict Ceasefire dataset; ATOP's five alliance obligations are terms of
# the same vocabulary, spelt as the `obligation` field always spelt them (existing provisions keep them).
PROVISION_TYPES = {
    "defence": "ATOP: active military support if a party is attacked.",
    "offence": "ATOP: active military support in a conflict a party starts.",
    "neutrality": "ATOP: not to aid the adversary of a party in a conflict.",
    "non_aggression": "ATOP: not to attack or use force against each other.",
    "consultation": "ATOP: to consult each other in a crisis that may lead to conflict.",
    "ceasefire": "To stop firing and other hostilities from a given time (PAM Cease Fire; PA-X ceasefire).",
    "withdrawal": "To withdraw or disengage forces from positions or a territory (PAM Withdrawal of Troops).",
    "weapons_withdrawal": "To pull weapons back, making a security or buffer zone free of them.",
    "buffer_zone": "To make or keep a demilitarised, security or buffer zone (PA-X demilitarised zones).",
    "deployment": "To deploy forces, police or peacekeepers (PAM UN Peacekeeping Force).",
    "monitoring": "To monitor and verify compliance (PAM Verification Mechanism; ETH/PRIO monitoring).",
    "prisoner_release": "To release or exchange prisoners, hostages or detainees (PAM Prisoner Release).",
    "amnesty": "To exempt people from prosecution or punishment for acts in the conflict (PAM Amnesty).",
    "return_of_displaced": "To let refugees and displaced people return (PAM Refugees; Internally Displaced Persons).",
    "territory_transfer": "To hand over, cede or exchange territory, or demarcate a boundary.",
    "humanitarian_access": "To let humanitarian aid through, or open humanitarian corridors (PA-X humanitarian).",
    "safe_passage": "To allow transit or safe passage of people, vehicles or ships.",
    "trade": "To allow, resume or regulate trade and exports (a grain corridor, a trade route).",
    "demobilisation": "To disarm, demobilise and reintegrate fighters (PAM Demobilization, Disarmament).",
    "elections": "To hold elections, or reform how they are held (PAM Electoral/Political Party Reform).",
    "constitutional_reform": "To change the constitution or draft a new one (PAM Constitutional Reform).",
    "power_sharing": "To share power in government or over territory (PAM Power Sharing Transitional Government).",
    "sanctions_relief": "To lift, suspend or ease sanctions.",
    "counterterrorism": "To deny groups the use of territory, or act against them.",
    "dispute_resolution": "To set up a body or procedure to settle disputes over the agreement.",
    "civilian_protection": "To protect civilians and civilian sites: to spare them, or to withdraw from or not "
                           "use hospitals, schools and other public facilities (PA-X protection of civilians).",
    "military_restraint": "To refrain from seeking military advantage during a truce: no advance, redeployment, "
                          "reinforcement or rearming (PA-X ceasefire-related security provisions).",
    "third_country_custody": "To hold, host or relocate people in a third country for a time ('the commanders "
                             "stay in Turkey until the end of the war'); no dataset term of its own.",
    # Terms a curator trial needed (the Pretoria agreement, the Gaza deal of January 2025).
    "law_and_order": "To restore law and order: policing, courts, the rule of law in an area (PA-X policing; "
                     "PAM Police Reform, Judiciary Reform).",
    "restoration_of_services": "To restore public services to an area: power, banking, telecommunications, health "
                               "(PA-X socio-economic reconstruction, infrastructure and services).",
    "reconstruction": "To rebuild homes, infrastructure or the economy after the fighting (PAM Economic and Social "
                      "Development; PA-X socio-economic reconstruction).",
    "constitutional_order": "To restore the constitution's authority, or a government's, over an area (PA-X "
                            "governance; the Pretoria agreement's 'constitutional order').",
    "territorial_integrity": "To respect a state's sovereignty and territorial integrity (PA-X state definition).",
    "hostile_propaganda": "To stop hostile propaganda, hate speech or incitement (PA-X media and communication).",
    "remains_return": "To hand over or exchange the bodies or remains of the dead (the ICRC's practice; no dataset "
                      "term of its own).",
    "further_negotiations": "To negotiate a later phase or a final settlement, often by a date (PA-X "
                            "implementation: further agreements; a deal's 'talks on phase two').",
    "other": "Any other provision, described in the summary.",
}

# An actor's part in a provision, beside the parties obliged.
PROVISION_ACTOR_ROLES = {
    "monitor": "Monitors or verifies that the provision is carried out.",
    "guarantor": "Guarantees the provision.",
    "implementer": "Carries the provision out, or helps to, without being obliged by it.",
    "protector": "Gives the people or things the provision covers its protection (people kept 'under Erdoğan's personal protection'), without being obliged by the provision itself.",
    "beneficiary": "Benefits from it (the prisoners released, the people given passage).",
}

# Where a provision stands in being carried out: the Peace Accords Matrix's ordinal scale, and the states its
# coders describe in words.
IMPLEMENTATION_STATUSES = {
    "not_implemented": "Not initiated (PAM 0).",
    "minimal": "Minimal implementation (PAM 1).",
    "intermediate": "Intermediate implementation (PAM 2).",
    "full": "Full implementation (PAM 3).",
    "suspended": "Implementation suspended by a party.",
    "breached": "Breached: a party acted against it.",
    "reversed": "What was implemented has been undone.",
    "unknown": "The reporting does not say how far it was carried out.",
}

# What a deadline limits.
DEADLINE_MILESTONES = {
    "start": "When carrying it out begins ('the ceasefire begins at 00:00').",
    "completion": "When it must be done ('withdrawal ends within 14 days').",
}

# How a period relates to its anchor.
DEADLINE_RELATIONS = {
    "within": "Within the period after the anchor ('within 14 days').",
    "no_later_than": "No later than the period's last day after the anchor ('no later than the second day after').",
    "after": "When the period after the anchor has passed, not before ('30 days after').",
}

# What a period is counted from.
DEADLINE_ANCHORS = {
    "signing": "The day the treaty was signed.",
    "entry_into_force": "The treaty's entry into force.",
    "provision_start": "The start of another provision (provision_id or provision_key).",
    "provision_completion": "The completion of another provision (provision_id or provision_key).",
}

PERIOD_UNITS = {
    "hours": "Hours.",
    "days": "Days.",
    "weeks": "Weeks.",
    "months": "Months.",
    "years": "Years.",
}

# What a provision's figure measures.
PROVISION_QUANTITIES = {
    "troops": "Troops or other personnel (a ceiling, or a force to deploy).",
    "prisoners": "Prisoners, hostages or detainees.",
    "zone_width": "The width of a zone or of a withdrawal distance.",
    "calibre": "A weapon's calibre, to say which weapons a provision covers.",
    "weapons": "Weapons or equipment.",
    "bases": "Bases or positions.",
    "area": "An area.",
    "money": "An amount of money.",
    "members": "Members of a body the provision sets up (a committee, a commission).",
    "representatives": "Representatives an actor sends to a body or a talk (the figure's actor_id says whose).",
    "other": "Anything else, named in the figure's note.",
}

# The kinds of site a provision covers, when the text names categories of place, not places.
SITE_CATEGORIES = {
    "hospitals": "Hospitals, clinics and other medical facilities.",
    "schools": "Schools, universities and other places of education.",
    "public_facilities": "Public buildings and essential public facilities (water, power, administration).",
    "residential_areas": "Residential areas, homes and neighbourhoods.",
    "places_of_worship": "Mosques, churches and other places of worship.",
    "humanitarian_sites": "Aid warehouses, distribution points, camps for displaced people.",
    "infrastructure": "Civilian infrastructure: roads, bridges, ports, airports, power and water plants.",
    "military_sites": "Military bases, positions and installations.",
    "other": "Any other category, named in the summary.",
}

# Whose agreement a renewal or extension of a term needs.
RENEWAL_CONSENTS = {
    "all_parties": "All the parties must agree ('if both parties agree').",
    "any_party": "Any one party may renew it.",
    "named_parties": "Only some parties must agree; the term's note names them.",
    "third_party": "A third party (a mediator, a council) decides.",
    "none": "It is renewed without anyone's agreement (automatically).",
}

# Units of a provision's figures beyond FIGURE_UNITS (which they also accept).
PROVISION_UNITS = {
    "mm": "Millimetres (a calibre).",
    "usd": "US dollars.",
    "percent": "Per cent.",
}

ALL = {
    "event_types": {k: v[1] for k, v in EVENT_TYPES.items()},
    "quad_classes": QUAD_CLASSES,
    "date_precisions": DATE_PRECISIONS,
    "date_bounds": DATE_BOUNDS,
    "day_parts": DAY_PARTS,
    "qualifiers": QUALIFIERS,
    "claim_ranks": CLAIM_RANKS,
    "attributions": ATTRIBUTIONS,
    "location_precisions": LOCATION_PRECISIONS,
    "participant_roles": PARTICIPANT_ROLES,
    "actor_kinds": ACTOR_KINDS,
    "place_kinds": PLACE_KINDS,
    "treaty_kinds": TREATY_KINDS,
    "treaty_statuses": TREATY_STATUSES,
    "obligation_types": OBLIGATION_TYPES,
    "party_roles": PARTY_ROLES,
    "participation_changes": PARTICIPATION_CHANGES,
    "treaty_status_changes": TREATY_STATUS_CHANGES,
    "treaty_relations": TREATY_RELATIONS,
    "condition_types": CONDITION_TYPES,
    "treaty_links": TREATY_LINKS,
    "statement_media": STATEMENT_MEDIA,
    "stances": STANCES,
    "figure_quantities": FIGURE_QUANTITIES,
    "figure_units": FIGURE_UNITS,
    "figure_categories": FIGURE_CATEGORIES,
    "figure_subsets": FIGURE_SUBSETS,
    "external_id_schemes": EXTERNAL_ID_SCHEMES,
    "event_relations": EVENT_RELATIONS,
    "statement_relations": STATEMENT_RELATIONS,
    "event_place_roles": EVENT_PLACE_ROLES,
    "actor_relations": ACTOR_RELATIONS,
    "provision_types": PROVISION_TYPES,
    "provision_actor_roles": PROVISION_ACTOR_ROLES,
    "implementation_statuses": IMPLEMENTATION_STATUSES,
    "deadline_milestones": DEADLINE_MILESTONES,
    "deadline_relations": DEADLINE_RELATIONS,
    "deadline_anchors": DEADLINE_ANCHORS,
    "period_units": PERIOD_UNITS,
    "provision_quantities": PROVISION_QUANTITIES,
    "provision_units": PROVISION_UNITS,
    "site_categories": SITE_CATEGORIES,
    "renewal_consents": RENEWAL_CONSENTS,
}


# --- issue 10, mend10b: legal actions and superlatives (migrations/0020; docs/api.md "Legal actions",
# "Superlatives") -------------------------------------------------------------------------------------------

PARTICIPANT_ROLES["accused"] = (
    "The person or body a legal action is against: charged, wanted, tried, convicted or acquitted, present "
    "or not (the court or prosecutor is the initiator). Not detained: someone tried in absentia is not held.")

# Where a legal action stands (an event's `legal.status`): each is the step the event reports.
LEGAL_STATUSES = {
    "investigated": "A criminal case or investigation was opened against the accused.",
    "charged": "Charged, indicted or formally notified of suspicion (a prosecutor's or court's act).",
    "warrant_issued": "A court issued an arrest warrant (the ICC's warrants, a court's order of arrest in absentia).",
    "on_trial": "A trial began or is under way.",
    "convicted": "Found guilty; the penalty not given in the event (or not reported).",
    "sentenced": "Found guilty and sentenced: `penalty` says to what.",
    "acquitted": "Found not guilty.",
    "charges_dropped": "The charges were dropped or the case closed without a verdict.",
    "warrant_withdrawn": "An arrest warrant was withdrawn or cancelled.",
    "overturned": "A conviction or sentence was overturned on appeal.",
    "pardoned": "Pardoned, amnestied or released from the penalty after conviction.",
}

# What the accused is charged with (`legal.charges[].charge`). The international crimes are the Rome
# Statute's (articles 6, 7, 8 and 8 bis), the war crimes its article 8 offences that reporting on armed
# conflict names most; the rest are the national offences such courts charge most. `article` beside it says
# the law and article as reported; `other` needs it.
LEGAL_CHARGES = {
    "genocide": "Genocide (Rome Statute article 6).",
    "crimes_against_humanity": "Crimes against humanity (Rome Statute article 7), unspecified.",
    "war_crimes": "War crimes (Rome Statute article 8, or a national law's violation of the laws and customs of "
                  "war), unspecified.",
    "aggression": "The crime of aggression (Rome Statute article 8 bis), or a national crime of planning or "
                  "waging aggressive war.",
    "unlawful_deportation": "The war crime of unlawful deportation or transfer of people (Rome Statute article "
                            "8(2)(a)(vii), 8(2)(b)(viii)): the ICC's warrants over Ukraine's children.",
    "wilful_killing": "The war crime of wilful killing or murder of protected persons (article 8(2)(a)(i), "
                      "8(2)(c)(i)).",
    "torture": "Torture or inhuman treatment (article 8(2)(a)(ii), 7(1)(f)).",
    "attacking_civilians": "The war crime of intentionally directing attacks against civilians or civilian "
                           "objects (article 8(2)(b)(i), (ii)).",
    "pillage": "The war crime of pillaging (article 8(2)(b)(xvi)).",
    "treason": "High treason.",
    "terrorism": "A terrorist act, or financing or abetting terrorism.",
    "espionage": "Espionage.",
    "sabotage": "Sabotage.",
    "collaboration": "Collaboration with an occupying power.",
    "mercenarism": "Taking part in hostilities as a mercenary.",
    "illegal_armed_group": "Creating or taking part in an armed group not provided for by law.",
    "territorial_integrity": "Encroachment on a state's territorial integrity, or calls to it.",
    "murder": "Murder (not charged as a war crime).",
    "desertion": "Desertion or leaving a unit without leave.",
    "other": "Another offence: `article` says which, as reported.",
}

# A penalty's kind (`legal.penalty.type`).
PENALTY_TYPES = {
    "imprisonment": "A term in prison or a penal colony: amount and unit (years, months, days).",
    "suspended_imprisonment": "A suspended prison term: amount and unit.",
    "life_imprisonment": "Imprisonment for life: no amount.",
    "death": "The death penalty: no amount.",
    "fine": "A fine: amount in unit money, with a currency.",
    "restriction_of_liberty": "A penalty short of prison (restricted freedom, corrective labour): amount and unit.",
}

PENALTY_UNITS = {"years": "Years.", "months": "Months.", "days": "Days.", "money": "An amount of money (with a currency)."}

# What a superlative or comparison says the event is (`claims[].superlative.measure`).
SUPERLATIVE_MEASURES = {
    "deadliest": "The most deaths.",
    "largest": "The largest: most people, forces or items involved (the largest prisoner exchange).",
    "longest": "The longest in time.",
    "most_destructive": "The most damage.",
    "first": "The first of its kind.",
    "last": "The last of its kind (so far).",
}

# Within what the comparison holds (`claims[].superlative.scope`).
SUPERLATIVE_SCOPES = {
    "parent_event": "Among the events of the event's parent (parent_id): the war, the offensive it is part of.",
    "place": "Among the events at the event's own place (its place_id and the places within it).",
    "ever": "Ever: no limit.",
    "unspecified": "The reporting does not say within what.",
}

ALL.update({"legal_statuses": LEGAL_STATUSES, "legal_charges": LEGAL_CHARGES, "penalty_types": PENALTY_TYPES,
            "penalty_units": PENALTY_UNITS, "superlative_measures": SUPERLATIVE_MEASURES,
            "superlative_scopes": SUPERLATIVE_SCOPES})


def quad_class(event_type):
    return EVENT_TYPES[event_type][0]


def status_reached(change):
    """The status (TREATY_STATUSES) a treaty is in after a status change: `resumed` puts it back in force."""
    return "in_force" if change in ("resumed", "extended") else change


# --- issue 10, mending round (mend10a): control of places, unknown places, place relations -------------------

# A claim about who holds a place (schemas/events.py EventClaimIn.control): "Russia said its forces had taken
# full control of Soledar; Ukraine said the town was not captured"; "Ukrainian forces held the western outskirts".
CONTROL_STATES = {
    "full": "The actor (controlled_by_id) holds the whole place.",
    "partial": "The actor holds part of the place (control_part says which, when reported: 'the western outskirts').",
    "contested": "Fighting for the place goes on: the actor holds some of it or is fighting for it, and no side "
                 "holds it all ('fighting continued in the town').",
    "none": "The actor does not hold the place: a denial ('the town was not captured').",
}

# An event's further place that the reporting does not name (schemas/relations.py EventPlaceIn.unknown):
# "evacuated to an unknown location", "moved to an undisclosed site".
UNKNOWN_PLACES = {
    "unknown": "The reporting does not know where (an unknown location).",
    "undisclosed": "Someone knows but does not say where (an undisclosed site, a secret location).",
}

# place -> place (schemas/places.py PlaceRelationIn), as reporting places one thing relative to another.
# GeoNames' feature relations and OSM's relations have no such typed list; the directions are the compass
# points a report gives (eight, as ACLED's location notes and UN map reports use them).
PLACE_RELATIONS = {
    "near": "Near the other place ('near Bakhmut'), no direction given.",
    "north_of": "North of the other place.", "northeast_of": "Northeast of the other place.",
    "east_of": "East of the other place.", "southeast_of": "Southeast of the other place.",
    "south_of": "South of the other place.", "southwest_of": "Southwest of the other place.",
    "west_of": "West of the other place.", "northwest_of": "Northwest of the other place.",
    "on_road_between": "On the road between the other place and a second one (and_place_id): 'on the road "
                       "between Bakhmut and Kostiantynivka'.",
    "on_road_to": "On the road to the other place ('on the road to Bakhmut').",
    "borders": "Shares a border with the other place ('near the border with Lebanon' is near, this is "
               "'bordering Lebanon').",
    "near_border_with": "Near the border with the other place ('near the border with Lebanon').",
    "on_front_of": "On the front line of a front or sector, itself a place ('on the Bakhmut front').",
}

ALL.update({"control_states": CONTROL_STATES, "unknown_places": UNKNOWN_PLACES, "place_relations": PLACE_RELATIONS})


# How sure the reporting is (issue 10, mending round mend10c; schemas/verification.py): an event's or a claim's
# verification, with the source that says it. The terms follow what wire reporting says of a claim it relays
# (Reuters and AP: "could not independently verify"; "appeared to show" of footage).
VERIFICATIONS = {
    "verified": "The source says it verified it (confirmed independently, geolocated the footage).",
    "unverified": "Reported as not verified, the source saying no more ('unconfirmed reports').",
    "could_not_verify": "The source says it could not verify it ('Reuters could not independently verify the "
                        "video').",
    "appears_to_show": "Footage or images appear to show it ('videos appeared to show the flag raised'); not "
                       "verified beyond that.",
    "unclear": "The source says it is not clear ('not clear whether the withdrawal was complete or still going "
               "on').",
}
# Declining to comment, or no answer when asked, is a statement (its speaker, the day reported) with these stances.
STANCES.update({
    "declined_to_comment": "Declines to comment when asked ('the ministry declined to comment').",
    "no_response": "Gives no response when asked, or none yet ('no immediate comment from Ukraine', 'did not "
                   "respond to a request for comment').",
})
ALL.update({"verifications": VERIFICATIONS})
