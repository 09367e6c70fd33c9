"""Vocabularies of what actors do and say (mend-acts, migrations/0043): the documented modes of PLOVER's event
types (movements: an advance, an evacuation, a border crossing), the platforms statements are made on, what a
statement asks for or offers, and whether a treaty's text was published.

Where research has a vocabulary it is reused (PLOVER's modes, the provision types of PA-X and the Peace Accords
Matrix); every term of our own says so in its description.
"""
from .vocab_provisions import PROVISION_TYPES
from .vocab_modes import MORE_EVENT_MODES
from .vocab_settings import SETTING_EVENT_MODES
from .vocab_force import FORCE_EVENT_MODES
from .vocab_protest import PROTEST_EVENT_MODES

OURS = " (this project's extension)"

# An event's `mode` (how), from PLOVER's CAMEO2PLOVER table where PLOVER names one; modes PLOVER lacks are ours.
# Each mode names the types it may go with. `mode` stays free text: an undocumented mode is kept as written;
# a documented one must go with one of its types.
EVENT_MODES = {
    "troops": (("MOBILIZE",), "Armed forces mobilised, increased or deployed, or their alert raised (PLOVER "
                              "MOBILIZE mode troops, CAMEO 152, 154)."),
    "police": (("MOBILIZE",), "Police mobilised, increased or put on alert (PLOVER MOBILIZE mode police, CAMEO "
                              "151, 153)."),
    "advance": (("MOBILIZE", "FIGHT"), "Forces move forward into or towards a place: with no fighting reported "
                                        "(MOBILIZE: 'the RSF reached Hantoub the same day'), or fighting as they "
                                        "go (FIGHT: 'troops advance to about 5 km from Shusha'); the places it "
                                        "went from and to are the event's other_places" + OURS + "."),
    "cross_border": (("MOBILIZE", "RETREAT"), "Forces or armed men cross an international border or a line of "
                                              "control: an incursion (MOBILIZE), or a withdrawal across it "
                                              "(RETREAT); soldiers detained 'after crossing the border' crossed "
                                              "in a MOBILIZE event of their own" + OURS + "."),
    "release": (("RETREAT",), "People released or handed over (PLOVER RETREAT mode release, CAMEO 0841)."),
    "return": (("RETREAT",), "Property returned (PLOVER RETREAT mode return, CAMEO 0842)."),
    "ease": (("RETREAT",), "Sanctions, a curfew, a state of emergency eased (PLOVER RETREAT mode ease, CAMEO 085, "
                           "0813, 0814)."),
    "access": (("RETREAT",), "International involvement allowed: peacekeepers, inspectors, humanitarian aid let in "
                             "(PLOVER RETREAT mode access, CAMEO 086, 0861-0863)."),
    "disarm": (("RETREAT",), "De-escalation: forces demobilised, a retreat or surrender (PLOVER RETREAT mode "
                             "disarm, CAMEO 087, 0873, 0874)."),
    "ceasefire": (("RETREAT",), "A truce or ceasefire declared (PLOVER RETREAT mode ceasefire, CAMEO 0871)."),
    "withdraw": (("RETREAT", "SANCTION"), "Forces withdrawn or a blockade eased (RETREAT, CAMEO 0872); "
                                          "relations, negotiations or mediation broken off (SANCTION, CAMEO 161, "
                                          "164, 165) (PLOVER mode withdraw)."),
    "evacuate": (("RETREAT",), "Staff, nationals or civilians moved out of danger by whoever is responsible for "
                               "them ('aid groups had moved staff to Sennar and Gedaref', an embassy evacuated): "
                               "the places they went to are the event's other_places with role to. An agency "
                               "withdrawn as a reduction of relations is SANCTION mode expel" + OURS + "."),
    "discontinue": (("SANCTION",), "Aid reduced or stopped (PLOVER SANCTION mode discontinue, CAMEO 162, "
                                   "1621-1623)."),
    "expel": (("SANCTION", "THREATEN"), "Diplomats, peacekeepers, observers or aid agencies expelled or withdrawn "
                                        "(PLOVER SANCTION mode expel, CAMEO 166, 1661-1663), or a threat to (PLOVER "
                                        "THREATEN mode expel, CAMEO 136)."),
    # mend-terms (notes/trials t14 #48 #49): CAMEO and PLOVER have no escape; CAMEO 1821 is sexual assault.
    "prison_escape": (("CRIME", "FIGHT"), "Prisoners escape or are broken out of a prison, camp or custody: a "
                                          "jailbreak (CRIME), or inmates freed by an attack or as a town falls "
                                          "(FIGHT); the figure is escaped" + OURS + "."),
    "sexual_violence": (("ASSAULT",), "Rape or other sexual violence (CAMEO 1821 'sexually assault'; ACLED "
                                      "sub-event type 'Sexual violence')."),
    # mend-acts3 (notes/trials t21 #27 #33 #34 #35, t20 #5 #16; doc problem 6: no raid mode for ASSAULT or FIGHT)
    "raid": (("ASSAULT", "FIGHT", "COERCE"), "Forces enter a building, a compound or an area by surprise to seize, "
                                             "arrest or kill those inside ('troops raided a house where they "
                                             "believed he was hiding'): COERCE when it is an arrest or a search, "
                                             "FIGHT when it is fought, ASSAULT when those inside are attacked" + OURS + "."),
    "arson": (("ASSAULT", "FIGHT"), "Buildings, vehicles, crops or property set on fire on purpose ('torching a "
                                    "cathedral and a jail'); the kinds of site burnt are the event's "
                                    "site_categories. A fire that spread by accident is a claim's cause fire" + OURS + "."),
    "occupy": (("FIGHT", "MOBILIZE"), "Forces take and hold a building, a site or a place ('briefly occupying a "
                                      "hospital', 'seized banks and government buildings'): FIGHT when taken by "
                                      "force, MOBILIZE when moved into unopposed; the site is the event's place or "
                                      "site_categories, how long it was held its dates; who holds a town is a "
                                      "control claim" + OURS + "."),
    "checkpoint": (("COERCE", "ASSAULT", "FIGHT"), "People stopped, searched or held at a checkpoint or roadblock "
                                                  "('the men had been stopped at a militant checkpoint as they tried "
                                                  "to flee'): COERCE, or ASSAULT when they were attacked there, FIGHT "
                                                  "when armed men fought at it ('a shootout at a checkpoint', "
                                                  "vocab26); whoever ran it is the initiator" + OURS + "."),
    # mend-acts4 (notes/trials t24 #13 #14, t25 #3 #18 #19 #60 #77): what events are, as terms, not free words
    "ambush": (("FIGHT", "ASSAULT"), "A surprise attack from concealed positions on people or vehicles moving "
                                     "past ('ambushed in their vehicles'): FIGHT when the ambushed were armed "
                                     "forces who fought back, ASSAULT when they could not" + OURS + "."),
    "desecration": (("CRIME", "ASSAULT"), "Bodies of the dead mutilated, burned, dragged, hung or displayed ('a "
                                          "crowd burned and mutilated their bodies'; the ICRC's customary IHL rule "
                                          "113 'mutilation of dead bodies'); a killing before it is an event of its "
                                          "own, linked by a relation" + OURS + "."),
    "looting": (("CRIME", "ASSAULT", "FIGHT"), "Shops, homes, offices or stores plundered ('widespread looting "
                                               "of shops, offices and homes'; ACLED sub-event type 'Looting/"
                                               "property destruction', CAMEO 1711 'confiscate property'): CRIME by "
                                               "crowds or gangs, ASSAULT by armed men against residents, FIGHT as "
                                               "part of a capture; the kinds of site are the event's "
                                               "site_categories, 'widespread' its extent."),
    "coup": (("FIGHT", "COERCE"), "An attempt by the military or other elites within the state to unseat the "
                                  "sitting head of government by illegal means ('seized power in a 2003 coup'; "
                                  "the definition of Powell and Thyne's coup data set): FIGHT when fought, "
                                  "COERCE when bloodless; a failed attempt has outcome failed, the post seized is "
                                  "a position whose since_event_id is the coup" + OURS + "."),
    "flee": (("RETREAT",), "People, forces or a leader leave a place in haste before a threat ('fled the city as "
                           "the rebels advanced'; 'the president fled to Cameroon'): the places they went to are "
                           "other_places with role to; people displaced are a figure displaced, a leader's post "
                           "left so is a position's left_how fled" + OURS + "."),
    "travel_ban": (("SANCTION",), "A travel ban imposed on named persons or groups (CAMEO 163 'impose embargo, "
                                  "boycott or sanctions'; the UN Security Council's sanctions measure 'travel ban'); "
                                  "the persons and groups are the event's targets. Several measures in one decision "
                                  "are one event each, related simultaneous."),
    "asset_freeze": (("SANCTION",), "Funds and economic resources of named persons, groups or entities frozen (CAMEO "
                                    "163; the UN Security Council's sanctions measure 'asset freeze')."),
    "arms_embargo": (("SANCTION",), "Supplies of arms and military equipment to a state, a group or a territory "
                                    "forbidden (CAMEO 163; the UN Security Council's sanctions measure 'arms "
                                    "embargo')."),
    "embargo": (("SANCTION",), "Trade, flights or other economic relations cut by an embargo or economic sanctions "
                               "other than the named measures (CAMEO 163, 1631 'impose ... embargo')."),
    "suspend_membership": (("SANCTION",), "A body suspends a member from its membership or activities ('the "
                                          "African Union suspended the country'; the AU's Lomé Declaration on "
                                          "unconstitutional changes of government): the body is the initiator, "
                                          "the member the target; the membership's changes hold the suspension "
                                          "with this event's ID" + OURS + "."),
    # issue 10, mend-time5 (trials t26 #68 "cutting off civilians' hands and limbs", t27 #57 "have crossed into
    # Kyrgyzstan", #61 "rebuilt a bridge to the Kyrgyz side")
    "mutilation": (("ASSAULT", "CRIME"), "Living people maimed on purpose: hands, arms, limbs, ears or lips cut off "
                                         "('cutting off civilians' hands'; the ICRC's customary IHL rule 92 "
                                         "'mutilation'); the bodies of the dead are desecration; a practice or a "
                                         "campaign is one event with recurrence repeated" + OURS + "."),
    "flee_abroad": (("RETREAT",), "Civilians, refugees, cross an international border to escape ('have crossed "
                                  "into Kyrgyzstan'): the country or place reached is an other_places item with "
                                  "role to, the numbers a figure displaced; forces crossing are cross_border"
                                  + OURS + "."),
    "build": (("AID", "COOPERATE"), "A bridge, road, shelter, camp or other structure built, rebuilt or repaired "
                                    "('rebuilt a bridge to the Kyrgyz side'; 'repaired the power line'): the "
                                    "structure is the event's place or an other_places item; AID when done for "
                                    "others, COOPERATE when done together" + OURS + "."),
    **MORE_EVENT_MODES,   # threats, meetings, governments, returns (schemas/vocab_modes.py; vocab26)
    **SETTING_EVENT_MODES,   # a disaster's hazard, an election's kind (schemas/vocab_settings.py; fixes25)
    **FORCE_EVENT_MODES,   # air strikes, equipment destroyed, manhunts, fire direction, alerts, losses (events32)
    **PROTEST_EVENT_MODES,   # PLOVER's PROTEST modes, items rejected (schemas/vocab_protest.py; events33)
    # open31 (migrations/0105): open, as mode always was to words; goes with any type (no types: None)
    "other": (None, "Another mode than these: mode keeps any other words as written ('seize property'), or takes a "
                    "local term an admin registered for a mode that recurs; goes with any type" + OURS + "."),
}
# The modes' terms and meanings, as published (GET /v1/vocabularies event_modes) and as mode's validator reads them
EVENT_MODE_TERMS = {term: meaning for term, (_, meaning) in EVENT_MODES.items()}

# Where a statement was made public (its `platform`), beside how it was made (its medium). No standard vocabulary
# exists; the terms are the platforms curator trials met.
STATEMENT_PLATFORMS = {
    "telegram": "A Telegram channel or chat" + OURS + ".",
    "x": "X, formerly Twitter" + OURS + ".",
    "facebook": "Facebook" + OURS + ".",
    "instagram": "Instagram" + OURS + ".",
    "youtube": "YouTube" + OURS + ".",
    "tiktok": "TikTok" + OURS + ".",
    "whatsapp": "WhatsApp" + OURS + ".",
    "website": "A website: the speaker's own, or an outlet's" + OURS + ".",
    "television": "A television channel" + OURS + ".",
    "radio": "A radio station" + OURS + ".",
    "press_conference": "A press conference or briefing, before reporters in the room" + OURS + ".",
    "news_agency": "A news agency or a state news agency's wire (SANA, TASS, Reuters...)" + OURS + ".",
    "newspaper": "A newspaper or magazine, in print or online" + OURS + ".",
    "other": "Another platform, named in channel_name" + OURS + ".",
    "unknown": "The reporting does not say where it was made public" + OURS + ".",
}

# What a statement asks someone to do (its requests) or offers to do (its offers). The provision types are
# reused, so that "urged both sides to return to talks" and a treaty's clause on further negotiations share a
# term; a few actions no agreement provides for are ours.
ACTION_EXTENSIONS = {
    "take_up_arms": "Take up arms, enlist or join the fight ('called on men to take up arms')" + OURS + ".",
    "mobilisation": "Mobilise forces, reservists or the population: a call-up, a general mobilisation" + OURS + ".",
    "investigation": "Investigate an incident or an allegation ('called for an independent inquiry')" + OURS + ".",
    "evacuation": "Evacuate or leave a place ('urged residents to leave', 'told its citizens to leave the "
                  "country')" + OURS + ".",
    # issue 10, mend-agree3 (notes/trials t22 #39): "would receive medical care and counselling before being reunited"
    "medical_care": "Give medical or psychosocial care: treatment, examinations, counselling, rehabilitation of the "
                    "freed, wounded or sick ('would receive medical care and counselling in Abuja')" + OURS + ".",
    "family_reunification": "Reunite people with their families, or trace and bring families together ('before "
                            "being reunited with their families', 'so that families could identify them')" + OURS
                            + ".",
    # issue 10, mend-announce (notes/trials t24 #52 #61 #73, t25 #11-#14 #49 #50 #54 #75): what a leader announces,
    # pledges or threatens, refuses or is accused of seeking; the actors concerned are the item's about_actor_ids
    "dissolution": "Dissolve or suspend a body: a parliament, a government, a council, a party ('dissolving the "
                   "National Assembly'); the body is the item's about_actor_ids" + OURS + ".",
    "rule_by_decree": "Rule or legislate by decree, or suspend the constitution or the legislature's powers, for a "
                      "time ('would rule by decree during a transition')" + OURS + ".",
    "transition": "Lead or set up a transition: a transitional period, authority or charter towards a new order "
                  "('a transition that would lead to elections'); a government shared between sides is "
                  "power_sharing" + OURS + ".",
    "appointment": "Appoint, name or install someone in a post ('named him prime minister'); the person is the "
                   "item's about_actor_ids" + OURS + ".",
    "stay_in_post": "Keep someone in a post or office ('Prime Minister Tiangaye would stay in his post'); the person "
                    "is the item's about_actor_ids (the speaker when none)" + OURS + ".",
    "resignation": "Resign or step down from a post ('threatened to resign'); the person is the speaker, or the "
                   "item's about_actor_ids" + OURS + ".",
    "intervention": "Intervene with armed force in a conflict or a country, or join the fighting ('said it would not "
                    "intervene in the fighting'); forces stationed or peacekeepers sent are deployment" + OURS + ".",
    "integration": "Integrate fighters into the national army, police or security forces ('the integration of their "
                   "fighters into the national army'); disarming and demobilising them is demobilisation" + OURS + ".",
    "military_operations": "Launch, resume, widen or finish military operations or an offensive ('would resume "
                           "full-scale operations if the talks collapsed')" + OURS + ".",
    "seizure_of_power": "Take or hold power by force: a coup, seizing the capital or the state's institutions "
                        "('seeking power by force')" + OURS + ".",
    # issue 10, mend-stmt5 (notes/trials t26 #34, t27 #51 #66 #69): "would be held accountable", "wanted to set up an
    # Islamic state", "urged restraint and transparency", "should not interfere" (the item's refrain true)
    "accountability": "Hold someone to account: investigate and prosecute, try, punish or sanction those responsible "
                      "('the RUF leadership would be held accountable'); those to answer are the item's "
                      "about_actor_ids; an inquiry alone is investigation" + OURS + ".",
    "state_establishment": "Set up a state, a regime or a system of rule: an Islamic state, a caliphate, an "
                           "independent or autonomous state ('wanted to set up an Islamic state'); taking power by "
                           "force is seizure_of_power" + OURS + ".",
    "restraint": "Show restraint in general: refrain from violence, excessive force or escalation ('urged restraint'); "
                 "restraint during a truce is military_restraint" + OURS + ".",
    "transparency": "Be open: make information public, disclose what happened, let observers, reporters or an "
                    "inquiry see ('urged transparency')" + OURS + ".",
    "interference": "Interfere in another country's internal affairs, short of armed force ('foreign countries "
                    "should not interfere': with refrain true); armed force is intervention" + OURS + ".",
    # vocab26 (notes/trials t33 #47 "an immediate arms embargo", #48 "targeted sanctions against leaders and commanders
    # blocking the peace deal", #51 "ready to work with Kiir", t32 #39 "Georgia would join NATO", t34 #57 "reconsider
    # expelling Walker"): the UN Security Council's sanctions measures, as the event modes name them
    "arms_embargo": "Impose an arms embargo: forbid supplies of arms and military equipment to a state, a group or a "
                    "territory ('called for an immediate arms embargo on South Sudan'; the UN Security Council's "
                    "measure, the event mode arms_embargo); the state or group is the item's about_actor_ids" + OURS
                    + ".",
    "sanctions": "Impose sanctions other than an arms embargo, or sanctions not specified: targeted sanctions, a "
                 "travel ban, an asset freeze, an embargo ('targeted sanctions against leaders and commanders "
                 "blocking the peace deal'; the event modes travel_ban, asset_freeze, embargo); those to be "
                 "sanctioned are the item's about_actor_ids, an unidentified actor when the reporting only describes "
                 "them; lifting sanctions is sanctions_relief" + OURS + ".",
    "accession": "Join an alliance or an international organisation, or be admitted to it ('Georgia would join NATO "
                 "if it wished'); the body is the item's about_actor_ids, the one to join the speaker or an "
                 "addressee; a membership held is the actor's member_of" + OURS + ".",
    "membership_withdrawal": "Leave an alliance or an international organisation, or give notice of it ('should "
                             "leave the CIS'); the body is the item's about_actor_ids; a decision already taken is "
                             "a membership change withdrawal_decided" + OURS + ".",
    "reconsideration": "Reconsider, reverse or revoke a decision already taken ('called on Belgrade to reconsider "
                       "expelling Walker'); the decision's subject is the item's about_actor_ids, the decision an "
                       "event the statement is about; sanctions lifted are sanctions_relief" + OURS + ".",
    "cooperation": "Cooperate or work with another actor, a rival or an adversary among them ('was ready to work "
                   "with Kiir'); the other is the item's about_actor_ids (or its addressee); economic_cooperation "
                   "and normalisation are the narrower terms" + OURS + ".",
    # acts35: "will decide on further steps after the envoy returns": a decision still to be taken, what on unsaid
    "decision": "Take a decision still to be taken, on a course not yet chosen ('will decide on further steps once "
                "the envoy returns'); the act decided on, once said, is its own term, subject_types may name what "
                "the decision concerns" + OURS + ".",
    # statements37: "urged the assembly to accept the plan", "called on parliament to ratify the treaty"
    "approve_agreement": "Approve, accept, endorse or ratify an agreement or a plan ('called on parliament to "
                         "ratify the treaty'); the item's treaty_id names it when recorded" + OURS + ".",
    "condemnation": "Condemn an act or an actor publicly ('urged the Security Council to condemn the attack in "
                    "the strongest possible terms')" + OURS + ".",
}
REQUESTED_ACTIONS = {**{term: meaning for term, meaning in PROVISION_TYPES.items() if term != "other"},
                     **ACTION_EXTENSIONS, "other": "Another action, given in words."}

# Whether a treaty's text was made public (its `text_published`).
TEXT_PUBLICATIONS = {
    "published": "The text was published in full.",
    "partly_published": "Parts of the text were published, or a summary by a party, not the whole "
                        "(this project's extension).",
    "unpublished": "The text was not published ('the text was never published in full': partly_published when "
                   "parts of it were).",
    # issue 10, mend-src2 (trial t18 #15): "the agreement, seen by Reuters"
    "seen_unpublished": "Not published, but seen by a reporter or an outlet ('a UN document seen by Reuters', "
                        "'a copy seen by AFP'); the outlet's report is the treaty's source.",
    "unknown": "The reporting does not say whether the text was published.",
}

# How the people, forces or goods of an event moved (schemas/events.py travel_means; issue 10, mend-src2,
# migrations/0067; trial t19 #50 "access by sea", #55 "reached army lines on foot"). Ours: PLOVER and ACLED
# have no such list.
TRAVEL_MEANS = {
    "foot": "On foot ('reached army lines on foot', 'walked across the border').",
    "road": "By road, in vehicles ('by bus', 'in convoys of trucks').",
    "sea": "By sea, by boat or ship across a sea, lagoon or bay ('aid agencies with access by sea', 'fled by boat').",
    "river": "By river or lake, by boat ('ferried across the Nile').",
    "air": "By air: aircraft or helicopters ('airlifted', 'evacuated by helicopter').",
    "rail": "By rail ('evacuation trains').",
    # mend-acts3 (notes/trials t20 #55): "fled Palma by land, sea and air"
    "land": "By land, without saying whether by road or on foot ('fled by land, sea and air').",
    "other": "Another means than these, said in the summary" + OURS + "; an admin may register a local term for "
             "one that recurs.",
}

# What a statement leaves unsaid, and why (its not_said items; issue 10, mend-saynot, migrations/0069; trial t21
# #56 "the military said it had no information on the hostages' whereabouts", #70 "he declined to set a date").
# The points are the reporter's questions (who, what, when, where, why, how, how many); ours.
NOT_SAID_POINTS = {
    "when": "When it happened or will happen: a date, a time, a deadline ('declined to set a date')" + OURS + ".",
    "where": "Where: a place, a whereabouts, a route ('no information on the hostages' whereabouts')" + OURS + ".",
    "who": "Who: the people or the side responsible, involved, killed or held ('declined to identify the "
           "attackers')" + OURS + ".",
    "how_many": "How many: a number of dead, wounded, held or present ('did not say how many were killed')"
                + OURS + ".",
    "how": "How: the means or the way it was done or learnt ('would not say how the information was "
           "obtained')" + OURS + ".",
    "why": "Why: the reason or the purpose ('gave no reason')" + OURS + ".",
    "whether": "Whether it happened or is so at all ('could not say whether the commander was among the dead')"
               + OURS + ".",
    "other": "Another point, given in words" + OURS + ".",
}
NOT_SAID_REASONS = {
    "declined": "The speaker would not say: declined, refused or would not give it ('declined to set a date')"
                + OURS + ".",
    "not_known": "The speaker says it does not know: no information, not known, cannot say ('the military has no "
                 "information on the hostages' whereabouts')" + OURS + ".",
    "not_given": "The statement does not give it, and the reporting says no more of why ('did not say when')"
                 + OURS + ".",
}

# How far a statement's act is put (an act's `modality`; claims26, trial t33 #55 "looking at ways to strengthen the
# U.N. mission", t34 #70 "could be withdrawn if Walker is forced out"): null is the act as its list says it (asked,
# announced, threatened...). consideration is the provision modality of the same name; possibility ours.
ACT_MODALITIES = {
    "consideration": "Considered, studied or looked into, no more ('looking at ways to strengthen the U.N. "
                     "mission', 'is considering sanctions', 'will study the proposal'), as a provision's modality "
                     "consideration.",
    "possibility": "Said to be possible, no more ('could be withdrawn if Walker is forced out', 'may send "
                   "troops'); when it hangs on something, that is the statement's conditions" + OURS + ".",
    # figures27 (trial t37 #18): a recommendation is a request put as advice to whoever decides
    "recommendation": "Recommended, or said it will be recommended, to whoever decides ('said he would recommend "
                      "that the mission leave', 'the panel recommended sanctions'): a request (addressee_ids the "
                      "body that decides), or an announcement that it will recommend" + OURS + ".",
}

# The part a place plays in a statement's act (an act item's places; acts28, trial t39 #5, #56 "to send troops to
# X", "to return to X", "withdraw from the town"): the event place roles, for an act still to be done.
ACT_PLACE_ROLES = {
    "to": "Where the act is to take people or things, or where the actor is to go ('to send troops to Chad', 'to "
          "return to Kabul', 'to deliver aid to Gaza')" + OURS + ".",
    "from": "Where they are to leave or be taken from ('to withdraw from the town', 'to evacuate civilians from "
            "Mariupol')" + OURS + ".",
    "at": "Where the act is to be done ('talks in Geneva', 'elections in the north', 'a ceasefire in the "
          "city')" + OURS + ".",
    "via": "A place or crossing they are to pass through ('aid through the Rafah crossing')" + OURS + ".",
}

# Why a provision was not carried out, or was held up (an implementation entry's `reason`; issue 10, mend-agree3,
# migrations/0073; notes/trials t23 #68 "the vote has never been held, as the two sides failed to agree on who could
# take part"). The Peace Accords Matrix scores how far a provision got, not why: this project's vocabulary.
IMPLEMENTATION_REASONS = {
    "disagreement": "The parties could not agree on how to carry it out: who takes part, its sequence, its terms "
                    "('as the two sides failed to agree on who could take part').",
    "obstruction": "Someone blocked or hindered it, a party or another actor ('blocked by the militia'); a "
                   "party's own act against it is status breached.",
    "insecurity": "Fighting, violations or insecurity made it impossible or unsafe ('because of renewed clashes').",
    "resources": "Lack of money, staff, equipment or logistics ('for lack of funding').",
    "political": "A political crisis or change: a government falling, an election, a lack of political will.",
    "precondition_unmet": "A condition or earlier step it depended on was not met (a provision it follows, a "
                          "withdrawal first).",
    # agree32 (notes/trials t55 #87): "the rebels refused to disarm by the deadline"
    "refused": "An actor refused to carry it out, saying so or plainly declining ('the rebels refused to disarm "
               "by the deadline'): the refusing actors are the entry's actor_ids; a party blocking another's "
               "doing is obstruction (this project's extension).",
    "other": "Another reason, given in the entry's note.",
}
