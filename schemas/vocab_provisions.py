"""The vocabularies of treaty provisions (schemas/provisions.py): what a clause provides for, who else takes
part and how, how far it is carried out, its deadlines, figures, sites and terms. Part of the controlled
vocabularies (schemas/vocabularies.py, which publishes them all).
"""
from . import vocab_provision_terms as _more   # mend-agree4, mend-agree5: terms kept apart (size limit)
from .vocab_sites import SITE_CATEGORIES  # noqa: F401 (kept apart for size; imported here as before)

# --- Provisions (issue 10, provisions area) ------------------------------------------------------------------
# What a provision of an agreement provides for. Anchored in peace-agreement research (docs/vocabularies.md
# names each term's counterpart): the PA-X Peace Agreements Database's categories, the Peace Accords Matrix's
# provision types, the ETH/PRIO Civil Conflict Ceasefire dataset; ATOP's five alliance obligations are terms of
# the same vocabulary, spelt as the `obligation` field always spelt them (existing provisions keep them).
PROVISION_TYPES = {
    "defence": "ATOP: active military support if a party is attacked.",
    "offence": "ATOP: active military support in a conflict a party starts.",
    "neutrality": "ATOP: not to aid the adversary of a party in a conflict.",
    "non_aggression": "ATOP: an alliance's or a pact's pledge not to attack or use force against each other; a "
                      "ceasefire's clauses (stop firing, cease hostilities) are ceasefire, not this.",
    "consultation": "ATOP: to consult each other in a crisis that may lead to conflict.",
    "ceasefire": "To stop firing and other hostilities from a given time (PAM Cease Fire; PA-X ceasefire).",
    "withdrawal": "To withdraw or disengage forces from positions or a territory, a separation of forces among "
                  "them ('pulling back from the line of contact') (PAM Withdrawal of Troops).",
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
    # trial t74 #69: "fighters are to gather in cantonment sites" (PA-X codes cantonment apart from DDR)
    "cantonment": "To gather fighters and their weapons in agreed sites (cantonment or assembly areas), or keep "
                  "them there, ahead of or apart from disarmament (PA-X Cantonment).",
    "elections": "To hold elections, or reform how they are held (PAM Electoral/Political Party Reform).",
    "constitutional_reform": "To change the constitution or draft a new one (PAM Constitutional Reform).",
    "power_sharing": "To share power in government or over territory (PAM Power Sharing Transitional Government); "
                     "an interim government as such is transitional_government.",
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
    "further_negotiations": "To negotiate a later phase or a final settlement, often by a date, or to open "
                            "political talks at a place ('political talks to begin in Tunisia next month') (PA-X "
                            "implementation: further agreements; a deal's 'talks on phase two').",
    # Terms curator trials t1 and t3 needed (the Armenia-Azerbaijan joint statement of December 2023, the Yemen
    # truce's expanded proposal of October 2022).
    "confidence_building": "To take steps that build trust between the parties ('tangible steps towards building "
                           "confidence'): contacts, information exchanges, goodwill gestures (the OSCE's "
                           "confidence- and security-building measures; no peace-agreement dataset term of its "
                           "own: this project's extension).",
    "normalisation": "To normalise relations between the parties: establish or restore diplomatic, economic or "
                     "transport relations ('reaffirm their intention to normalize relations'; CAMEO 054 'grant "
                     "diplomatic recognition' is one step of it; this project's extension).",
    "political_support": "To back another party politically: support its candidacy, bid or position in another "
                         "forum ('Armenia supports Azerbaijan's bid to host COP29'; CAMEO 051 'praise or "
                         "endorse', 053 'rally support on behalf of'; this project's extension).",
    "salaries_and_pensions": "To pay, or resume paying, public-sector salaries and pensions (the Yemen truce's "
                             "expanded proposal; nearest PA-X socio-economic reconstruction, which is wider; "
                             "this project's extension).",
    # Terms curator trials of issue 10's last round needed (ceasefire and agreement reporting).
    "recognition": "To recognise a state, a government, an authority or a border ('recognise the Government of "
                   "National Unity'; PA-X state definition, governance: this project's extension).",
    "troop_reduction": "To reduce forces to a ceiling or by a number without withdrawing them all ('reduce US "
                       "forces to 8,600'; PAM Withdrawal of Troops covers it with full withdrawal; the figure "
                       "says the ceiling). A full withdrawal is withdrawal.",
    "demining": "To clear, mark or map landmines and unexploded ordnance, or hand over minefield maps (PA-X "
                "demining / mine action).",
    "missing_persons": "To search for, identify or account for missing persons (PA-X missing persons; the ICRC's "
                       "practice).",
    # issue 10, mend-agree (notes/trials t17 #28): "a regional economic integration framework"
    "economic_cooperation": "To cooperate on the parties' economies or integrate them: a regional economic "
                            "integration framework, joint projects, investment, shared infrastructure (PA-X "
                            "socio-economic development, regional cooperation; PAM Economic and Social "
                            "Development). Trade alone is trade; restoring relations is normalisation.",
    # issue 10, mend-agree2 (notes/trials t18 #24, #28, t19 #75)
    "agreement_suspension": "To suspend, freeze or stop applying other agreements, the parties' own or with third "
                            "states, for a time or until an event ('military training agreements with foreign "
                            "states are suspended until a unified government takes office'): the agreements are "
                            "objects of kind agreement with action suspends, named or not (this project's "
                            "extension; PA-X and PAM have no term of their own).",
    "external_endorsement": "To ask an outside body to endorse or adopt the agreement ('will ask the UN Security "
                            "Council to adopt the deal in a binding resolution'): the body is a provision actor "
                            "in role endorser (this project's extension; political_support backs another party).",
    "political_solution": "To seek or reach a political, negotiated solution of the conflict rather than a "
                          "military one ('an inclusive political solution for the Tamils'); talks towards it are "
                          "further_negotiations (PA-X political institutions, a goal; this project's extension).",
    # issue 10, mend-agree3 (notes/trials t23 #64, #70, #71; t22 #9)
    "referendum": "To hold a referendum or popular consultation: on self-determination or independence, a "
                  "territory's status, a constitution or the agreement itself ('a referendum on "
                  "self-determination', 'a referendum that includes the option of independence': the options in "
                  "the summary or words); elections of representatives are elections (PA-X referendum; this "
                  "project's extension among provision types).",
    "autonomy": "To grant, keep or widen a territory's or a people's autonomy or self-government within a state "
                "('autonomy under Moroccan sovereignty'; 'a state of self-governing provinces under a weak "
                "centre': the provinces' autonomy); sharing power at the centre is power_sharing (PA-X "
                "autonomy, federalism; PAM Decentralization/Federalism).",
    # issue 10, round 36 (notes/trials t68 #3): "close the border to everything but food and medicine"
    "border_closure": "To close a border, a crossing or a route to people, goods or traffic, or to all but some "
                      "('the border is to stay closed to all but humanitarian goods'); opening one for aid is "
                      "humanitarian_access, letting people through safe_passage (this project's extension).",
    "ransom": "To pay a ransom or another payment or concession for the release of hostages or captives, whether "
              "reported made, denied or not said ('the government has not said whether any ransom was paid'); "
              "an amount is a provision figure (no dataset term of its own: this project's extension).",
    **_more.MORE_PROVISION_TYPES,   # mend-agree4: handovers, army integration, term of office
    "other": "Any other provision, described in the summary.",
}

# How binding a provision is, as its wording says (PA-X codes a provision whatever its strength; the Peace
# Accords Matrix distinguishes commitments from aspirations in its coding notes: this project's vocabulary).
PROVISION_MODALITIES = {
    "obligation": "The party must do it: 'shall', 'will', 'must', 'agree to', 'undertake to' do it.",
    "prohibition": "The party must not do it: 'shall not', 'will refrain from', 'are prohibited from'.",
    "endeavour": "The party will try, without promising the result: 'will seek to', 'shall endeavour to', 'will "
                 "make every effort', 'commit to work towards'.",
    "intention": "The party states an intention or a goal: 'intend to', 'reaffirm their intention', 'aim to'.",
    "consideration": "The party will consider or discuss it, no more: 'will consider', 'agree to discuss', "
                     "'will study'.",
    "permission": "The party may do it, and is not obliged to: 'may', 'is allowed to', 'has the right to'.",
    # issue 10, mend-not: a provision the reporting says the text lacks
    "not_provided": "The text is reported NOT to provide for it ('the agreement does not mention the withdrawal "
                    "of Rwandan troops'): summary says what is missing, claimant_id and source_ids who says so.",
}

# How a provision stands to another provision of the same treaty beside conditions (which say when it applies).
PROVISION_LINKS = {
    "in_exchange_for": "Done in exchange for, or in return for, the other ('releases prisoners in exchange "
                       "for hostages').",
    "on_the_basis_of": "Done on the basis of the other, which sets its rule or ratio ('on the basis of all "
                       "for all', 'according to the ratio agreed').",
    "reciprocal_of": "The mirror of the other: each side does the same ('withdraws by equal distances as the "
                     "other side does').",
    "simultaneous_with": "Done at the same time as the other ('simultaneously with the withdrawal').",
    "implements": "Carries the other out in detail (a protocol's provision implementing a framework's).",
    # agree32 (notes/trials t53 #60): "freed at the same pace as the withdrawal"
    "in_step_with": "Carried out at the same pace as the other, in proportion to its progress over the whole "
                    "period rather than only starting or ending together ('released in step with the withdrawal', "
                    "'at the same pace as the troops leave'); simultaneous_with is done at the same time (this "
                    "project's extension).",
    "other": "Another link than these, said in the link's note (this project's extension; an admin may register "
             "a local term for one that recurs).",
}

# The part a place plays in a provision (beside place_ids, which name places without a part).
PROVISION_PLACE_ROLES = {
    "from": "Where forces, weapons or people leave: 'withdraw from Kherson city'.",
    "to": "Where they go, or the line they withdraw to: 'to the left bank of the Dnipro', 'to positions 15 km "
          "away'.",
    "via": "A route or crossing they pass through: 'through the Rafah crossing'.",
    "between": "One end of a corridor or a line between places: each end is a place with this role.",
    "within": "The area the provision applies in: a zone, a district, a territory.",
    "along": "The line or border it applies along: 'along the line of contact'.",
    "except": "A place the text leaves out of the provision: 'except Crimea'.",
}

from .vocab_scopes import COVERED_ITEM_KINDS, SCOPE_DOMAINS, SCOPE_OPERATIONS  # noqa: E402,F401 (kept apart: size)

# An actor's part in a provision, beside the parties obliged.
PROVISION_ACTOR_ROLES = {
    "monitor": "Monitors or verifies that the provision is carried out.",
    "guarantor": "Guarantees the provision.",
    "implementer": "Carries the provision out, or helps to, without being obliged by it.",
    "protector": "Gives the people or things the provision covers its protection (people kept 'under Erdoğan's personal protection'), without being obliged by the provision itself.",
    "beneficiary": "Benefits from it (the prisoners released, the people given passage).",
    # mend-figures (notes/trials t7): 'to coordinate air strikes against Jabhat Fateh al-Sham and the Islamic
    # State group'. The sense of a participant's role target (PLOVER, ACLED's actor 2) in a provision.
    "target": "Is what the provision acts against: the group strikes are coordinated against, the side a "
              "measure is aimed at (as an event's target).",
    # issue 10, mend-agree (notes/trials t16 #20, #21): "a General Border Committee meeting ... with Cambodia as host"
    "meeting_body": "Is the existing body that is to meet or act under the provision (the General Border "
                    "Committee to meet on 4 August); a body to be created is an object (body, creates).",
    "host": "Hosts the meeting, talks or act the provision provides for ('with Cambodia as host', 'Malaysia will "
            "host'), as an event's host.",
    # issue 10, mend-agree2 (notes/trials t18 #28): "ask the U.N. Security Council to adopt the deal"
    "endorser": "Is the outside body asked to endorse or adopt the agreement, not bound by it ('will ask the UN "
                "Security Council to adopt the deal in a binding resolution'): with provision type "
                "external_endorsement.",
    **_more.MORE_PROVISION_ACTOR_ROLES,   # mend-agree4: subject, the non-party force a provision moves
    "other": "Another part than these, said in the provision's summary (this project's extension; an admin may "
             "register a local term for one that recurs).",
}

# mend-figures (migrations/0040, notes/trials t6, t7): what a provision is about when it is no record of its own
# kind: a candidacy backed or withdrawn (COP29), a body to be created (a joint implementation centre), an
# agreement to be negotiated ('talks on a peace treaty'), an area not named ('agreed areas'). No standard
# vocabulary of such objects exists in PA-X or the Peace Accords Matrix, whose provisions carry them in words.
PROVISION_OBJECT_KINDS = {
    "candidacy": "A candidacy or bid, for a post, a seat or to host something (actor_id: the candidate).",
    "body": "A body, existing or to be created: a commission, a joint centre, a bureau (actor_id when recorded).",
    "event": "An event: a conference, an election, a summit (event_id when recorded).",
    "agreement": "An agreement or treaty, signed or to be negotiated ('talks on a peace treaty').",
    "area": "An area the text does not name, defined by a criterion ('agreed areas where the mainstream "
            "opposition is present'): criterion says it.",
    "other": "Anything else, named in words.",
}

# What the provision does with its object (mend-figures, migrations/0040).
PROVISION_OBJECT_ACTIONS = {
    "backs": "Supports it ('backed Azerbaijan's bid', 'supported Armenia's candidacy').",
    "withdraws": "Withdraws it ('withdrew its own candidacy').",
    "creates": "Creates or sets it up ('would set up a Joint Implementation Centre'): a body to be created.",
    "negotiates": "Negotiates or holds talks on it ('continue talks on a peace treaty').",
    "applies_in": "Applies in it (an area the provision's measures are limited to).",
    # issue 10, mend-agree2 (notes/trials t18 #24): "military training agreements with foreign states are suspended"
    "suspends": "Suspends or freezes it, for a time or until an event ('military training agreements with foreign "
                "states are suspended'): an agreement, named or not.",
    **_more.MORE_PROVISION_OBJECT_ACTIONS,   # mend-agree4: enables, a provision's purpose
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
    # delayed, obstructed: this project's extension (curator trial t3: 'fuel ships had been delayed by the
    # coalition'); PAM's scale says how far a provision got, not what holds it up.
    "delayed": "Held up: due but not (yet) carried out, or carried out behind its schedule, without being "
               "abandoned (this project's extension).",
    "obstructed": "Hindered or blocked by someone, a party or not ('delayed by the coalition'): the entry's "
                  "claimant says who says so, its note who obstructs (this project's extension); a party's own "
                  "act against it is breached.",
    # mend-acts (notes/trials t8: 'neither side fully kept the pledge')
    "partial": "Kept in part, or not fully kept ('neither side fully kept the pledge'), where the reporting gives "
               "no degree on PAM's scale (minimal, intermediate); the entry's actor_ids say whose keeping it is "
               "(this project's extension).",
    "unknown": "The reporting does not say how far it was carried out.",
}

# What a deadline limits; also which point of a statement act its date or within gives (its phase: acts29).
DEADLINE_MILESTONES = {
    "start": "When carrying it out begins ('the ceasefire begins at 00:00').",
    "completion": "When it must be done ('withdrawal ends within 14 days').",
}

# How a period relates to its anchor.
DEADLINE_RELATIONS = {
    "within": "Within the period after the anchor ('within 14 days').",
    "no_later_than": "No later than the period's last day after the anchor ('no later than the second day after').",
    "after": "When the period after the anchor has passed, not before ('30 days after').",
    # issue 10, mend-small (trial t33 #64): "elections due 60 days before the transitional period ends"
    "before": "The period before the anchor: due that long before it ('elections due 60 days before the "
              "transitional period ends': 60 days before the completion of the provision that sets up the "
              "transitional government).",
}

# What a period is counted from.
DEADLINE_ANCHORS = {
    "signing": "The day the treaty was signed.",
    "entry_into_force": "The treaty's entry into force.",
    # issue 10, mend-time: "within 30 days of the adoption of the resolution" (neither signing nor entry into force)
    "adoption": "The adoption of the text (a resolution adopted by a council, a text adopted by a conference or "
                "a parliament): neither its signing nor its entry into force.",
    "provision_start": "The start of another provision (provision_id or provision_key).",
    "provision_completion": "The completion of another provision (provision_id or provision_key).",
    # issue 10, mend-agree (notes/trials t17 #31): "once the coordination mechanism first meets"
    "provision_first_occurrence": "The first time another provision's recurring act happens: the first meeting "
                                  "of the body or mechanism it sets up or convenes (provision_id or "
                                  "provision_key): 'within 30 days of the mechanism's first meeting'.",
    "unstated": "The text gives a period without saying from when it counts ('within 30 days'): not read as "
                "signing or entry into force.",
    # issue 10, mend-saynot (notes/trials t21 #44): "must report to Congress within 48 hours of the proclamation"
    "invoking_act": "The act the provision applies to each time the text is used: the proclamation, decree or "
                    "event linked to the treaty by invokes ('within 48 hours of proclaiming martial law'); not "
                    "the text's own signing or entry into force (this project's extension).",
}

PERIOD_UNITS = {
    "minutes": "Minutes ('minutes later': the time elapsed between two related records, migrations/0039).",
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
    **_more.MORE_PROVISION_QUANTITIES,   # mend-agree5: posts
    "other": "Anything else, named in the figure's note.",
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
