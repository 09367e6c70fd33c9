"""The vocabularies of typed relations of actors (issue 10; schemas/relations.py): to other actors (with what a
backer gives, a designation, a seniority) and to places. Apart from schemas/vocab_relations.py for its size (open31);
published with the rest by schemas/vocabularies.py.
"""

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
    # agree32 (notes/trials t53 #68): "the PRG, the Viet Cong's provisional government"
    "political_wing_of": "Is the political wing, party or government of the other, an armed movement ('the "
                         "movement's political wing', 'the provisional government the guerrillas formed'): a "
                         "body of its own that speaks or governs for the movement, not a unit of it (parent_id) "
                         "nor only linked to it (affiliated_with) (this project's extension; Wikidata has no "
                         "such property).",
    # places34 (migrations/0117): "a neutral state looks after its interests in the other country"
    "protecting_power_for": "Is the Protecting Power for the other, a state whose interests it looks after in a "
                            "third state, the relation's place_id (the Geneva Conventions' common art. 8/8/8/9 "
                            "'Protecting Power'; the Vienna Convention on Diplomatic Relations art. 45-46): 'a "
                            "neutral state looks after its interests in the country' is the neutral state, "
                            "protecting_power_for the state, place_id the country where it does.",
    # open31 (migrations/0105): open; a local relation is a plain one (no support_kinds, of_country, designation,
    # seniority or proportion, which name the terms they go with; not a no_known_link)
    "other": "Another relation than these, said in the relation's note (this project's extension; an admin may "
             "register a local term for one that recurs).",
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
    "other": "Another relation to the place than these, said in the relation's note (this project's extension; "
             "an admin may register a local term for one that recurs). based_in= without "
             "based_in_relation= reads based_in and operates_in only.",
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
