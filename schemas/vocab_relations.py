"""The vocabularies of typed relations between records (issue 10; schemas/relations.py). Part of the controlled
vocabularies (schemas/vocabularies.py, which publishes them all).
"""

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
    "investigates": "Is an investigation, inquiry or probe into the other event ('opened an investigation into "
                    "the withdrawal'): the other is its subject, where in_response_to names a trigger (usually "
                    "a PLOVER INVESTIGATE event, CAMEO 09; the link is this project's extension).",
    # issue 10, mend-relations: "the ICC issued a warrant over the deportation of children"
    "legal_action_over": "Is a legal action (a charge, a warrant, a lawsuit, a trial, a sentence; "
                         "docs/api.md 'Legal actions') over the other event, the deed it is about ('an ICC "
                         "warrant over the deportation of children'); this project's extension.",
    # issue 10, mend-time (trials t9, t11): order in time alone, across kinds, without a cause or a sequence
    "after": "Happened after the other event, of any kind, as reporting places it ('strikes resumed minutes "
             "after the truce expired', 'days after talks in Sanaa'): says nothing of cause (in_response_to, "
             "ends) or of a sequence of the same kind (follows); elapsed says how long after (TimeML's TLINK "
             "AFTER; OWL-Time time:after).",
    "before": "Happened before the other event ('a rocket was fired about an hour before the strikes'): after "
              "seen from the earlier event, for when that one is written last; elapsed says how long before "
              "(TimeML's TLINK BEFORE; OWL-Time time:before).",
    "simultaneous": "Happened at the same time as the other, as reporting says ('the two planes took off at the "
                    "same time'), to the precision it gives; takes no elapsed (TimeML's TLINK SIMULTANEOUS).",
    # events27 (notes/trials t35 #57 "making peace ... to free troops for another front")
    "in_order_to": "Was done so as to bring about the other event, as reporting says ('agreed a truce in the north "
                   "to free troops for the southern front'): the other is the purpose, which may be planned, "
                   "expected or not yet done (its occurrence says so); in_response_to names a cause behind, this an "
                   "aim ahead (Wikidata P3712 'has goal'; this project's extension).",
    # issue 10, mend-occur (migrations/0068): "the raid pre-empted an attack planned for the start of Ramadan"
    "prevents": "Foiled, pre-empted or stopped the other event before it happened ('the raid pre-empted an "
                "attack'): the other's occurrence is prevented (see /v1/vocabularies occurrences).",
}

# issue 10, mend-time 2: "immediately after", "shortly after": how soon, said without a number (a relation's
# elapsed.nearness; none of TimeML's or OWL-Time's terms, which measure, says it).
ELAPSED_NEARNESS = {
    "immediately": "At once, with no time said to pass ('immediately after', 'straight after'): not simultaneous, "
                   "which says they came together.",
    "shortly": "Soon, by an amount the reporting does not give ('shortly after', 'soon after', 'moments later').",
}


# issue 10, mend-time (migrations/0047): a record placed in time against a treaty's dated point (`timing` on an
# event's treaty link, a statement's about_treaties item, an implementation entry).
TIME_RELATIONS = {
    "after": "Came after the point ('minutes after the truce expired', 'within hours of the ceasefire taking "
             "effect'); elapsed says how long after (TimeML's TLINK AFTER).",
    "before": "Came before the point ('about an hour before the deadline'); elapsed says how long before "
              "(TimeML's TLINK BEFORE).",
    "simultaneous": "Came as the point was reached ('as the truce took effect'); takes no elapsed (TimeML's "
                    "TLINK SIMULTANEOUS).",
}

TREATY_POINTS = {
    "signing": "When the treaty was signed (its signed_date, a status change signed).",
    "entry_into_force": "When it took effect ('the ceasefire taking effect'; its in_force_date, a status change "
                        "in_force).",
    "end": "When it ended: expired by its terms, terminated, collapsed ('the truce expired'; its ended_date).",
    "status_change": "A change of status in its status_history other than those above, named by status "
                     "('hours after that extension': extended).",
    "deadline": "A deadline of the treaty (of the provision the link names, when it names one): milestone says "
                "which, start or completion ('about an hour before the deadline').",
    "current_end": "The end of its term as it stood at that moment, as extended so far ('minutes before the "
                   "deadline' of a truce extended before: the expiry the latest extension set, not the final end); "
                   "status_change_id may name that extension. This project's term (W3C Time has none).",
    "occasion": "A day or season that is neither the treaty's nor an event's, named in words in occasion ('timed "
                "before Eid al-Fitr'); never coded as an invented event. This project's term.",
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
    # issue 10, mend-cross (migrations/0039): "Russia first suggested ...; it later said ..."
    "follows": "Was made after the other, in a sequence ('later said', 'first suggested ... then'): an order "
               "for statements whose dates are unknown or the same; elapsed says how long after, when "
               "reported (Wikidata P155 'follows').",
    # issue 10, mend-time
    "simultaneous": "Was made at the same time as the other ('said at the same time', two statements read out "
                    "together); takes no elapsed (TimeML's TLINK SIMULTANEOUS).",
}

# event -> place: the part an event's further place (other_places) plays. The main place_id reads as `at`.
EVENT_PLACE_ROLES = {
    "at": "The event happened at the place (also) - what the main place_id always means.",
    "from": "Where the movement the event describes started (flown from Russia).",
    "to": "Where it ended (flown to Saudi Arabia, handed over to Turkey).",
    "via": "A place it passed through on the way.",
    # issue 10, mend-between (trial t9b #20 #45): "flights between Aden and Sanaa" - the provisions' between
    "between": "One end of a route or link travelled both ways, or in no stated direction ('flights between Aden "
               "and Sanaa', 'shuttled between the two cities'): every end is listed as between, the main place_id "
               "too (this project's extension, as the provisions' place role between).",
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
    # issue 10, mend-relations (migrations/0035): bends trial curators hit
    "adviser_to": "For people: advises the other, a person or a body ('an adviser to President Zelensky'; "
                  "Wikidata P1327 'partner in business or sport' has no such term: this project's extension).",
    "defected_from": "Left the other for another side (a commander defecting from an army, an official from a "
                     "government): since is the day of the defection; the side joined is a relation or a "
                     "membership of its own from the same day.",
    "leads": "Leads the other, a coalition, alliance or joint body it is a member of ('the Saudi-led "
             "coalition': Saudi Arabia leads the coalition).",
    # issue 10, mend-actors (notes/trials t9 #29, t11 #18): kinship after Wikidata P3373 'sibling', P40 'child',
    # P26 'spouse', P1038 'relative'; run_by is this project's extension
    "sibling_of": "For people: a brother or sister of the other ('the brother of former president Hadi'; Wikidata "
                  "P3373 'sibling'); a half-sibling too, the note says so.",
    "parent_of": "For people: a parent of the other (Wikidata P40 'child', read from the parent); the other's "
                 "relation to this one is the same link read backwards.",
    "spouse_of": "For people: the husband or wife of the other (Wikidata P26 'spouse'); until the day a marriage "
                 "ended.",
    "relative_of": "For people: kin of another degree (a cousin, an uncle, a nephew, in-laws; Wikidata P1038 "
                   "'relative'): the note says which.",
    "run_by": "Is run, governed or administered by the other without being part of it or under its military "
              "command ('the Hamas-run health ministry', 'the Russian-installed administration'): a body the "
              "other controls politically; subordinate_to is command, parent_id belonging.",
    # events28 (notes/trials t40 #28 "his ruling MPLA"): the party in government, after the Database of Political
    # Institutions' government parties (gov1me...) and ParlGov's cabinet parties
    "ruling_party_of": "Is the ruling party, or a governing party, of the other, a state or its government ('the "
                       "ruling ANC', 'Ethiopia's ruling coalition'): since and until when reported; run_by is a "
                       "body another runs, member_of a person's party (the Database of Political Institutions' "
                       "government party, ParlGov's cabinet party).",
    "recognises": "Recognises the other as the government of a country (of_country), or as a state when "
                  "of_country is null ('Russia recognised the Taliban government of Afghanistan'); since is "
                  "the day of recognition, until the day it was withdrawn.",
    # issue 10, mend-saynot (trials t20 #63-#65, t21 #32): allegiance, designation, a link reported unknown
    "pledged_allegiance": "Has pledged allegiance to the other, a group or its leader ('the Maute group has "
                             "pledged allegiance to Islamic State'; a bay'ah): since is the day of the pledge; "
                             "affiliated_with is a looser link, member_of belonging (this project's extension).",
    "terror_designated_by": "Is designated a terrorist organisation (or a terrorist) by the other, the "
                               "designating state or body ('Washington designated the group a terrorist "
                               "organisation': the group, terror_designated_by the United States): since is "
                               "the day of designation, until the day it was revoked; the note names the list "
                               "(this project's extension).",
    "no_known_link": "The reporting says no link to the other is known ('no known link to the Somali group of the "
                     "same name'): an absence reported, not a relation; who says so is the claimant (null: the "
                     "source's own voice). A link one side denies is the claimed relation with "
                     "denied_by_statement_ids (this project's extension).",
    # issue 10, mend-actors3 (trials t22 #53-#55, t23 #53): factions and their leaders, splits, a wing
    # recognised by a parent movement, a leadership hosted abroad
    "loyal_to": "Is loyal to the other, a leader or a group, as reporting says ('the faction loyal to Abubakar "
                "Shekau'): a following, without a formal pledge (pledged_allegiance) or belonging "
                "(parent_id, member_of); since is when it began, when reported (this project's extension).",
    "split_from": "Split or broke away from the other, which goes on ('a faction which split last year from a "
                  "rival wing'; a splinter group): since is the split; successor_of is a renaming or a merger, "
                  "defected_from a person or unit changing sides (this project's extension).",
    "recognised_by": "Is recognised by the other, a movement or organisation, as its branch, province, wing or "
                     "affiliate ('a rival wing recognised by Islamic State'): the other's acknowledgement, where "
                     "affiliated_with is a looser link and recognises a state's recognition of a government "
                     "(this project's extension).",
    "hosted_by": "Is hosted by the other, a state or body that lets it, or its leadership, stay and work on its "
                 "territory ('Algeria, which hosts the Polisario's leadership': the Polisario, hosted_by "
                 "Algeria; the note says when only its leadership is); where it is based is the actor's places "
                 "(based_in). This project's extension.",
    # issue 10, mend-agree4 (trials t24 #43, #57, #58; t25 #23, #72): who installed a body, strained ties,
    # communal identity and composition, a former colonial power
    "appointed_by": "Was appointed, installed or put in place by the other, a state, an occupying authority or "
                    "a leader ('the U.S.-appointed Iraqi Governing Council', 'the Russian-installed governor'): "
                    "since is the appointment; run_by says the other also runs it, subordinate_to that it "
                    "commands it, positions the post held (this project's extension; Wikidata P748 'appointed "
                    "by' is for people).",
    "strained_ties_with": "Its relations with the other became strained, tense or worse, without open conflict "
                          "(opposes) ('the offensive has strained the U.S. relationship with its Iraqi "
                          "partners', 'ties soured'): since is when they did, as reported, until when they "
                          "recovered; the note or a relation of the event that strained them says what did "
                          "(this project's extension; CAMEO 16 'reduce relations' is the deed).",
    "from_community": "Belongs to, or is drawn from, the other, a religious, sectarian, ethnic or national "
                      "community recorded as an actor of kind group ('a Sunni member of the council': the person, "
                      "from_community the Sunni Arabs of Iraq; 'the mostly Muslim Seleka': proportion most). "
                      "proportion says how much of a group's membership, when reported (this project's "
                      "extension; ACLED's identity and communal actors name the community the same way).",
    "colonial_power_of": "Ruled the other, a country or territory, as a colony, protectorate or mandate ('France, "
                         "the former colonial power'): until is independence, or an on_or_before bound at the "
                         "report's date for 'former' when the day is not said (this project's extension; "
                         "Wikidata P17 history has no link of its own).",
    # issue 10, mend-agree5 (trials t27 #30, #32, #55): a name taken from a person, a state's ban or label
    "named_after": "Is named after the other, a person, a group or a place recorded as an actor ('Akramiya, a "
                   "group named after Akram Yuldashev'; Wikidata P138 'named after'): a name, not a link of "
                   "belonging or following (member_of, loyal_to).",
    "designated_by": "Is banned, outlawed or officially labelled by the other, a state or body, as designation "
                     "says ('the banned Islamist group', 'which they say is extremist': the group, designated_by "
                     "Uzbekistan, designation banned or extremist): since is the day of the ban or label, until "
                     "the day it was lifted; a terrorist designation is terror_designated_by (this project's "
                     "extension).",
}

# What a designated_by relation says the state or body declared the actor (an actor relation's designation,
# migrations/0082): no dataset term of its own; the legal categories states use in bans and lists.
DESIGNATIONS = {
    "banned": "Banned, outlawed, proscribed or dissolved by the state or body ('the banned Islamist group', "
              "'outlawed in 1999').",
    "extremist": "Declared or called extremist by it ('which they say is extremist'; Russia's and Central Asian "
                 "states' lists of extremist organisations).",
    "criminal_organisation": "Declared a criminal organisation or gang by it.",
    "undesirable": "Declared an undesirable organisation by it (Russia's list of undesirable organisations).",
    "foreign_agent": "Declared a foreign agent by it.",
    "illegal_armed_group": "Declared an illegal or unlawful armed group by it.",
}

# How high the subject stands among the other's aides, members or subordinates (an actor relation's seniority,
# events27, migrations/0094; notes/trials t36 #22 "two of the general's senior aides", t24 #58 "a senior member"):
# the words reporting uses, no rank scale (a military rank is the actor's own occupation or a position).
RELATION_SENIORITIES = {
    "top": "The highest, or among the very highest ('his top aide', 'chief adviser', 'right-hand man', 'the "
           "group's number two') (this project's extension).",
    "senior": "Senior, high-ranking ('two of the general's senior aides', 'a senior commander', 'a high-ranking "
              "member') (this project's extension).",
    "junior": "Junior, low-ranking ('a junior officer', 'a low-level member', 'a foot soldier') (this project's "
              "extension).",
}

# actor -> place (issue 10, mend-between, migrations/0052; trial t10b #19 "Pakistan-based militants"). The seat
# (seat_id, Wikidata P159 'headquarters location') stays one undated place; these are claimed and dated.
ACTOR_PLACE_RELATIONS = {
    "based_in": "Is based in the place: has its bases, members or headquarters there ('Pakistan-based "
                "militants', 'the Yemen-based AQAP'; Wikidata P159 'headquarters location' is the narrower "
                "seat_id).",
    "operates_in": "Operates, fights or is active in the place without being said to be based there ('active "
                   "in northern Mali'; Wikidata P2541 'operating area').",
    # issue 10, mend-actors3 (trial t23 #69): "Morocco regards Western Sahara as part of its territory"
    "claims_sovereignty": "Claims the place as its own territory, whoever holds it ('Morocco regards "
                          "Western Sahara as part of its territory'; Wikidata P1336 'territory claimed "
                          "by', read from the claimant): a claim of right, never of control (control "
                          "claims) or of recognition by others; claimant_id is who says so, the actor "
                          "itself when it says it.",
}

# What based_in= reads when based_in_relation= is not given: where an actor is, never what it claims (mend-actors3)
WHERE_BASED = ("based_in", "operates_in")

# actor -> actor: what a backer gives (the backed_by relation's support_kinds), after UCDP's External Support
# Dataset (troops, weapons, materiel and logistics, training, funding, intelligence, political support).
SUPPORT_KINDS = {
    "military": "Military support: troops, joint operations, air cover (UCDP ESD 'troops as secondary "
                "warring party', 'access to military infrastructure').",
    "arms_supply": "Weapons and ammunition supplied (UCDP ESD 'weapons').",
    "financial": "Money: funding, salaries, budget support (UCDP ESD 'funding').",
    "logistical": "Logistics and materiel other than arms: transport, fuel, supplies, territory to operate "
                  "from (UCDP ESD 'materiel and logistics', 'access to territory').",
    "training": "Training of fighters or forces (UCDP ESD 'training and expertise').",
    "intelligence": "Intelligence shared (UCDP ESD 'intelligence material').",
    "political": "Political or diplomatic support: backing in talks, at the UN, recognition (a stance shown by "
                 "deeds; aligned_with is a stance alone).",
}

# statement -> statement: how much of the other a denial (or a contradiction) rejects.
DENIAL_EXTENTS = {
    "whole": "All of the other statement ('denied the report').",
    "part": "A part of it, which part says ('denied that civilians were killed', the attack itself not denied).",
    "scale": "Its scale or extent, not that it happened ('denied the scale of the losses', 'said the figure "
             "was exaggerated').",
}


# rel31 (migrations/0106): how far a relation between records holds, as the reporting hedges it ("based largely on",
# "stalled partly over"): every relation's `degree` (schemas/relation_claims.py). No dataset has such a term; the
# four follow the degree adverbs of English grammar (Quirk et al., A Comprehensive Grammar of the English Language,
# 1985: the amplifiers entirely, largely; the downtoners partly, slightly).
RELATION_DEGREES = {
    "entirely": "Wholly so, nothing else said to count ('based entirely on', 'solely because of', 'wholly in "
                "response to') (this project's extension).",
    "largely": "Mostly or mainly so, with something else besides ('based largely on', 'mainly over', 'in large "
               "part because of') (this project's extension).",
    "partly": "In part, beside other things ('partly because of', 'based in part on', 'among other things over') "
              "(this project's extension).",
    "slightly": "To a small degree only ('loosely based on', 'only slightly', 'in small part because of') (this "
                "project's extension).",
}


# issue 10, mend-announce (migrations/0077; notes/trials t24 #46 "was later extended", #56 "during lulls in the
# fighting", t25 #19 "fled the city as the rebels advanced", #26 "within weeks it had taken a string of towns", #81
# "in the coming days"): a reported date placed against another record or the report (a reported date's relative).
RELATIVE_DATE_RELATIONS = {
    "after": "After the anchor ('later', 'within weeks of', 'in the coming days'); elapsed says how long after "
             "(TimeML's TLINK AFTER).",
    "before": "Before the anchor ('shortly before the talks'); elapsed says how long before (TimeML's TLINK BEFORE).",
    "during": "While the anchor went on ('as the rebels advanced', 'during the fighting'); no elapsed (TimeML's "
              "TLINK DURING).",
    "during_lulls": "In pauses or lulls of the anchor, an event that went on ('during lulls in the fighting'); no "
                    "elapsed (this project's extension).",
    # batch31: a figure's as_of "by the time of" an event or another count, not while it went on
    "simultaneous": "At the time of the anchor, taken as a point ('by the time of the talks', 'at the time of the "
                    "first count'); no elapsed (TimeML's TLINK SIMULTANEOUS).",
}
RELATIVE_DATE_ANCHORS = {
    "event": "An event, named by event_id ('as the rebels advanced': the advance).",
    "previous_entry": "The entry before this one in the same list: a status history, an implementation record, an "
                      "actor's positions ('was later extended': after the status change before it).",
    "report": "The report itself, dated by its source ('in the coming days', 'within weeks', said in a report of "
              "that day).",
    "statement": "The statement the date is in (a statement act's date: 'in the coming days, he said'); a figure's "
                 "as_of may name another by statement_id ('a day after the minister spoke').",
    # figures27 (trial t35 #34)
    "treaty": "A point of a treaty, named by treaty_id and treaty_status, the status it reached then ('since the "
              "ceasefire took effect': in_force; 'a week after the accord was signed': signed); the day is the "
              "treaty record's (this project's extension).",
    # batch31: "a week after the first count, the toll stood at 40"
    "figure": "Another figure of the same record, named by figure_id or figure_key, at its as_of: a figure's as_of "
              "only ('a week after the first count'; this project's extension).",
}
