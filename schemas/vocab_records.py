"""The vocabularies of the records themselves: the roles an actor plays in an event, the kinds of actors and
places, how a statement was made and the stance it takes. Published with the rest by schemas/vocabularies.py."""
from .vocab_handovers import HANDOVER_ROLES


PARTICIPANT_ROLES = {
    "initiator": "The actor who carries out or starts the event.",
    "target": "The actor the event is directed at.",
    "side_a": "One side of a two-sided event (a war, a battle, talks).",
    "side_b": "The other side of a two-sided event.",
    "mediator": "An actor who brokers or facilitates the event.",
    "host": "An actor who hosts talks or a meeting.",
    # issue 10, mend-actors (notes/trials t9 #9 #69, t11 #26): this project's extensions
    "co_chair": "Chairs or convenes talks or a meeting, alone or with others ('the talks were co-chaired by the "
                "ICRC and the UN envoy's office'), without brokering the terms as a mediator does; a host only "
                "receives them (this project's extension).",
    "lead_mediator": "The mediator who leads the mediation ('mediated by Qatar, with Egypt and the US': Qatar); "
                     "the others who assist are mediator (this project's extension, after the lead/assisting "
                     "mediator distinction of mediation datasets).",
    "operator": "Carries out the practical operation of the event without being a side of it: the body that flies, "
                "drives or escorts people or goods in a release, an exchange, an airlift or an evacuation ('the "
                "ICRC carried out the airlift'); this project's extension.",
    # mend-terms (notes/trials t13 #24, doc problem 8): "IGAD attended as an observer"
    "observer": "Attends talks, a meeting or a signing as an observer, without being a party to it or brokering it "
                "(as the party role observer; this project's extension).",
    # events27 (notes/trials t35 #12 "under the supervision of the ICRC"): oversight, stronger than observer
    "supervisor": "Supervises or oversees the act as it is carried out, without being a side of it or doing it "
                  "('the exchange took place under the supervision of the ICRC', 'UN-supervised disarmament'): "
                  "may check, register or stop it; an observer only attends, an operator carries it out (this "
                  "project's extension).",
    # events28 (notes/trials t40 #7 "a U.N.-chartered plane", t39 #32 "carried in ... armoured vehicles of the
    # U.N. force"): whose craft or vehicles these were, when that actor neither flew them nor was a side
    "charterer": "Chartered, hired or leased the aircraft, ship or vehicle the event involves, which another "
                 "crewed or operated ('a UN-chartered cargo plane was shot down': the UN; the crew's employer, "
                 "when named, is operator): whose craft it was for the trip, not who was on it or hit it (this "
                 "project's extension).",
    "transporter": "Carried others in its own vehicles, aircraft or boats in the event ('the wounded were "
                   "carried out in armoured vehicles of the Italian contingent': the contingent), without being "
                   "the side the others belong to; the equipment is a claim's presence equipment, those carried "
                   "are participants in their own roles (this project's extension).",
    "participant": "Takes part in the event with no more specific role.",
    "released": "Was released, freed or handed over in the event: a prisoner, a captive, a detainee (the "
                "releasing side is the initiator; the side receiving them, if any, the target).",
    "exchanged": "Was handed over as part of a prisoner exchange (each side's people; the sides are side_a/side_b).",
    "detained": "Was arrested, captured or detained in the event (the detaining side is the initiator).",
    # events27 (notes/trials t36 #13 "raided a building in search of aides to the faction leader")
    "sought": "Is whom the operation looked for or meant to capture, arrest or kill, found or not ('raided a "
              "building in search of the general's aides', 'a manhunt for the bomber'): the target is what the "
              "event is directed at (the building's occupants, the area); those actually caught are detained "
              "(this project's extension; the warrant for them is a legal action).",
    # issue 10, vocab round: UCDP's external support (ext_sup), as an event role; on_behalf_of_id says whom.
    "backer": "Backs a side of the event without fighting in it (arms, money, intelligence, political cover): "
              "on_behalf_of_id names the side it backs (UCDP External Support Dataset's supporter; a lasting "
              "backing is also the actor relation backed_by).",
    # events32 (notes/trials t54 #22 #28 #43 "backed by Marine artillery and allied aircraft", "with tanks in
    # support"): a force that fights beside a side; backer does not fight
    "supporting": "Fights in support of a side without being that side's main force: fire support, air support, "
                  "armour in support of an assault ('backed by artillery and allied aircraft', 'with tanks in "
                  "support', 'a gunship supporting the infantry'): on_behalf_of_id names the side supported, and "
                  "a figure of that side's losses (category side_a, initiator...) may name it; a backer does not "
                  "fight (this project's extension, after UCDP's secondary warring party).",
    "accused": (
    "The person or body a legal action is against: charged, wanted, tried, convicted or acquitted, present "
    "or not (the court or prosecutor is the initiator). Not detained: someone tried in absentia is not held."),
    # mend-claims4 (notes/trials t25 #58): "Regional peacekeepers did not stop them"
    "did_not_intervene": "Was there, or was expected to act, and did not stop, prevent or intervene in the event "
                         "('regional peacekeepers did not stop them', 'police stood by'): not a side of it, and "
                         "no act of its own is invented (this project's extension). One side's claim that it "
                         "failed to act is a participant claim with this role.",
    # mend-agree5 (notes/trials t26 #24): "a Zambian contingent sent to reinforce the Kenyans"
    "reinforced": "Is the force a deployment, a mobilisation or an attack is sent to reinforce, relieve or back up "
                  "('a Zambian contingent sent to reinforce the Kenyans': the Kenyans; the contingent sent is "
                  "the initiator); not the target the event is directed at (this project's extension).",
    # mend-stmt5 (notes/trials t27 #52): "he had not ordered troops to fire"
    "commander": "Ordered, commanded or directed the event without carrying it out ('on the governor's orders'; "
                 "'he had not ordered troops to fire': a claim with this role and took_part false); those who "
                 "carried it out are the initiator (this project's extension, after ordering as a mode of "
                 "liability, Rome Statute art. 25(3)(b)).",
    **HANDOVER_ROLES,   # acts35: who hands a post, a place or people over, and who takes it over
    # open31 (migrations/0105): an open vocabulary; no rule reads `other` or a local role (figures' sides read
    # side_a, side_b, initiator and target only)
    "other": "Another part in the event than these, said in the event's summary (this project's extension; an "
             "admin may register a local term for a part that recurs).",
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
    "civil_society": "A non-governmental organisation, party or movement; a media outlet is media_outlet (outlets "
                     "coded here before migration 0075 stay as they were).",
    "court": "A court, tribunal or prosecutor's office: a state's judiciary, a de facto authority's court, an "
             "international court.",
    "company": "A business: a company, a state-owned enterprise, a private military company.",
    # issue 10, mend-relations: UNIFIL, the OSCE SMM were coded as international_organisation or joint_body
    "peacekeeping_mission": "A peacekeeping, observer or monitoring mission deployed in a conflict (UNIFIL, "
                            "MONUSCO, the OSCE Special Monitoring Mission): parent_id is the organisation that "
                            "mandates it, when it is one.",
    "joint_body": "A body made up of several parties (and often mediators): a joint ceasefire monitoring "
                  "committee, a joint control commission; its members are listed in member_of of each.",
    # issue 10, mend-actors3 (trial t23 #3: "the state news agency MAP"): civil_society kept media outlets
    # that were not the state's; a news agency is a speaker and a source's publisher of its own
    "media_outlet": "A news agency, broadcaster, newspaper or online outlet, state-owned or private ('the state "
                    "news agency MAP', 'Al Jazeera'): parent_id is its owner when reported (a state, a ministry, "
                    "a company). Outlets coded civil_society before stay as they were.",
    # open31 (migrations/0105): "a political party", "a tribal militia" were bent into civil_society and
    # non_state_armed_group
    "political_party": "A political party, in government or opposition, legal or banned ('the ruling party', 'the "
                       "main opposition party'; Wikidata Q7278 'political party', the parties of ParlGov and "
                       "V-Party): its armed wing is an actor of its own (parent_id the party). Parties coded "
                       "civil_society before stay as they were (this project's extension).",
    "militia": "A militia raised from a community, tribe, clan, ethnic or religious group or a party, often local "
               "and part-time, fighting for its own, for a side or beside the state's forces without being one "
               "('a tribal militia', 'community self-defence groups', 'a pro-government militia'; ACLED's identity "
               "and political militias, inter codes 4 and 3; the Pro-Government Militias Database's militias); an "
               "organised rebel group is non_state_armed_group (this project's extension).",
    "other": "Another kind of actor than these, said in its description (this project's extension; an admin may "
             "register a local term for a kind that recurs).",
}

# What an actor fights or campaigns for, as the reporting labels it (an actor's `aims`, vocab26, migrations/0092;
# notes/trials t34 #24 "the separatist Kosovo Liberation Army"). UCDP's incompatibility (UCDP/PRIO Armed Conflict
# Dataset codebook: "incompatibility" 1 territory, 2 government, 3 both), territory split as UCDP defines it: the
# change of the state in control of a territory, secession, autonomy.
UCDP_TERRITORY = "UCDP's incompatibility over territory"
ACTOR_AIMS = {
    "secession": "To separate a territory from the state: independence, or union with another state ('the "
                 "separatist Kosovo Liberation Army', 'independence fighters'; " + UCDP_TERRITORY + ", secession).",
    "autonomy": "Autonomy or self-government for a territory or a people within the state ('fighting for "
                "autonomy'; " + UCDP_TERRITORY + ", autonomy).",
    "territorial_claim": "A territory another state holds, to be brought under its own state's control ('claims "
                         "the region as its own'; " + UCDP_TERRITORY + ", between states).",
    "government": "To replace the central government or change its composition or the political system: to "
                  "overthrow it, set up another regime ('rebels seeking to topple the government', 'an Islamist "
                  "state'; UCDP's incompatibility over government).",
}

PLACE_KINDS = {
    "country": "A sovereign state's territory.",
    "region": "A first-level administrative division or a named region.",
    "disputed_territory": "A territory whose sovereignty or control is contested.",
    "district": "A second-level administrative division.",
    "city": "A city or town.",
    "village": "A village or hamlet: a small settlement that the reporting calls a village (places coded site or "
               "city before stay as they were).",
    "site": "A smaller named place: a base, a market, a checkpoint; a village, a road, a camp, a border crossing "
            "and a building have kinds of their own (places coded site before stay as they were).",
    # curator trial t1: 'on the border between the two countries'.
    "border": "A border or a stretch of one, or the area around it ('on the border between the two countries'); "
              "a crossing point on it is crossing; its relations say which places it borders (this project's "
              "extension).",
    # issue 10, mend-places (trial t8: 'Hantoub, on the east bank of the Blue Nile'): GeoNames feature class H
    # (streams, lakes, seas), one term per feature code family a report names.
    "river": "A river, stream or wadi (GeoNames H.STM, H.WAD): the Blue Nile, the Dnipro; places on its banks "
             "name it with the place relation on_bank_of.",
    "lake": "A lake or reservoir (GeoNames H.LK, H.RSV): Lake Chad, the Kakhovka reservoir; places on its shore "
            "name it with the place relation on_coast_of.",
    "sea": "A sea, gulf, bay or strait (GeoNames H.SEA, H.GULF, H.BAY, H.STRT): the Red Sea, the Kerch Strait; "
           "places on its coast name it with the place relation on_coast_of.",
    "water_body": "Other water (GeoNames class H: a canal, a marsh, a lagoon) when river, lake and sea do not "
                  "fit: the Suez Canal.",
    # issue 10, mend-between (trial t10b #54): "no Pakistani aircraft entered Indian airspace"
    "airspace": "The airspace over a territory, a state's under the Chicago Convention (art. 1): 'Indian "
                "airspace' is a place of this kind whose parent_id is India; a presence claim's place_id names it "
                "(this project's extension).",
    "territorial_waters": "A state's territorial sea, up to 12 nautical miles from its coast (UNCLOS art. 3): "
                          "'Iranian territorial waters', parent_id the country (this project's extension).",
    # open31 (migrations/0105): "the coastal road", "a refugee camp", "a border crossing" were bent into site
    "road": "A road, highway or route, or a named stretch of one ('the coastal road', 'the main highway "
            "to the capital'; GeoNames R.RD, R.RDJCT): places on it name it with on_road_to or on_road_between (this "
            "project's extension).",
    "camp": "A camp for refugees or displaced people, formal or informal ('a refugee camp', 'a camp for displaced "
            "families'; GeoNames S.CMPRF 'refugee camp'); a military camp is site (this project's extension).",
    "crossing": "A border crossing point or a crossing of a front line, with its post ('a border crossing', 'the "
                "crossing into the neighbouring country'; GeoNames S.PSTB 'border post'): crosses names the border "
                "and leads_to the place beyond (this project's extension).",
    "building": "A single building or compound named in the reporting: a hospital, a school, a ministry, a "
                "residential block ('the hospital was hit'; GeoNames S.BLDG 'building'); what kind of site it is "
                "goes in an event's site_categories (this project's extension).",
    # places34 (migrations/0117): "a port on the southern coast", "the exclusion zone it declared around the islands"
    "port": "A port or harbour, or a town the reporting names as a port ('a small fishing port', 'the harbour "
            "where the ships docked'; GeoNames H.HBR 'harbor', S.PRT 'port'): its coast is the place relation "
            "on_coast_of; a quay or dock within a place that has no record goes in an event's place_part "
            "(this project's extension).",
    "declared_zone": "A zone an actor declared or enforces, with its rules for who may enter or pass: an "
                     "exclusion zone at sea, a no-fly zone, a closed military or security zone ('the 200-mile "
                     "exclusion zone', 'a no-fly zone over the north'; the San Remo Manual on armed conflicts at "
                     "sea, paras 105-108, on exclusion zones): declared_by_id names who declared it; the places "
                     "it covers lie within it (this project's extension).",
    # places35 (migrations/0119): "the enclave of", a place surrounded by territory another side holds
    "enclave": "A place surrounded by territory held by another state or side: a state's exclave within another, or "
               "a town or pocket held by one side inside the other's lines ('the enclave of', 'a besieged enclave'); "
               "the place relation enclave_in names the territory it lies inside (this project's extension).",
    "other": "Another kind of place than these, said in its description (this project's extension; an admin may "
             "register a local term for a kind that recurs).",
}

STATEMENT_MEDIA = {
    "press_release": "A written statement issued to the press.",
    "letter": "A letter to a named addressee.",
    "interview": "An interview in print or online, or one the reporting does not say was broadcast.",
    # issue 10, vocab round: curators coded "told CNN" / "in an interview with Channel 1" as interview or video.
    "broadcast_interview": "An interview broadcast on television or radio ('told CNN', 'in an interview with "
                           "Channel 1').",
    "speech": "A speech or address.",
    "press_conference": "Remarks at a press conference or briefing.",
    "social_media": "A post on social media.",
    "remarks": "Remarks reported by others (officials said...).",
    "video": "A video: a recorded or broadcast address, a clip posted online (its address is the url "
             "of the source the statement cites); live remarks over a video link are video_link.",
    "audio_message": "An audio message or recording: a voice message, an audio clip posted or broadcast ('said "
                     "in an audio message'); a video is video (this project's extension; curator trial t2).",
    "bulletin": "A regular, usually daily, bulletin or briefing (a general staff's daily update, a ministry's "
                "daily briefing).",
    # issue 10, mend-actors (notes/trials t11 #20 #23): 'the military dropped leaflets', 'published a map'
    "leaflet": "Printed leaflets or flyers dropped, posted or handed out ('the military dropped leaflets').",
    "publication": "A published document: a report, a map, an order or a list made public ('the military published "
                   "a map dividing Gaza into numbered parcels'); where it was published is the platform.",
    # mend-terms (notes/trials t14 #22): "she told reporters by video from Goma"
    "video_link": "Live remarks over a video link: a briefing, address or interview given remotely ('told "
                  "reporters by video from Goma'); said_at is where the speaker was (this project's extension).",
    # issue 10, mend-saynot (trial t21 #66): "residents said by text message that food was running out"
    "text_message": "A text message: an SMS, or a message typed in a messaging app, sent to a reporter or to others "
                    "('said by text message'); a voice message is audio_message (this project's extension).",
    # issue 10, mend-agree3 (notes/trials t23 #26, #44): "in a decree carried by the SPS", "told Guterres in a
    # telephone call"
    "decree": "A decree, order, proclamation or official communique issued by an authority in its own name ('in a "
              "decree carried by the SPS'); a law's or constitution's rules are a treaty of kind national_law "
              "(this project's extension).",
    # vocab34 (notes/trials t60 #43 "he said by telephone"): a call with a reporter was forced into interview
    "telephone_call": "Said in a telephone call: with a named counterpart, usually between leaders or officials "
                      "('told Guterres in a telephone call'; the counterpart in about_actor_ids), or with a "
                      "reporter, an outlet or another party when the reporting says by telephone ('told a news "
                      "agency by telephone'; the outlet is the addressee or channel_id). An interview not said to "
                      "be by telephone is interview (this project's extension).",
    # vocab34 (notes/trials t59 #42 "in a message to London"): no medium held a written message
    "message": "A written message sent to someone: a note, a cable, a diplomatic message, a message passed "
               "through an intermediary ('said in a message to the government'; the recipient is the "
               "addressee): a formal letter is letter, a text typed in a messaging app text_message, a voice "
               "message audio_message (this project's extension).",
    # batch27 (trials t35, t37): "a statement broadcast by the rebels' radio", "state radio said"
    "broadcast": "Said or read out on radio or television, in the speaker's own name or in its name ('a "
                 "statement broadcast by the rebels' radio', 'state television said'); the platform says which "
                 "(radio, television) and channel_id whose station; an interview on air is broadcast_interview, a "
                 "recorded clip posted online video or audio_message (this project's extension).",
    # agree32 (notes/trials t54 #79, t53 #51): "in a joint statement", "said privately"
    "written_statement": "A written statement, declaration or communique issued by the speakers, not said to be "
                         "a press release, letter or decree ('said in a written statement', 'in a joint "
                         "statement'); a joint statement is one with other_speaker_ids (this project's "
                         "extension).",
    "private_remarks": "Remarks made in private or off the record, which reached the reporting through others "
                       "('said privately', 'told diplomats in a closed meeting', 'in remarks not meant for "
                       "publication'); remarks made in public and relayed by others are remarks (this project's "
                       "extension).",
    # agree33 (notes/trials t58 #67, t56 doc 5): "he told reporters", not in an interview or a press conference
    "remarks_to_reporters": "Remarks made to reporters, in person, outside an interview or a press conference: "
                            "questions answered on arrival, at a doorstep or on the sidelines of a meeting ('he "
                            "told reporters after the meeting'); a briefing called for the press is "
                            "press_conference, one outlet's questions interview (this project's extension).",
    "unknown": "The reporting does not say how the statement was made.",
}

STANCES = {
    "support": "Supports or endorses what the statement is about.",
    "oppose": "Opposes or criticises it (a plan, a policy, a proposal).",
    "condemn": "Condemns or denounces a deed ('condemned the attack'; CAMEO 111 'criticize or denounce', "
               "PLOVER ACCUSE mode disapprove): a judgement on something done, where oppose is a position on "
               "what is proposed.",
    "deny": "Denies a claim or an allegation.",
    "assert": "States something as a fact.",
    "warn": "Warns of a danger or a development.",
    "threaten": "Threatens action.",
    "request": "Asks for something: an appeal (CAMEO 02 'appeal'); contrast demand.",
    "demand": "Demands something, insisting rather than asking ('demanded the immediate release'; CAMEO 10 "
              "'demand', PLOVER DEMAND); contrast request.",
    "pledge": "Promises to do something.",
    "accuse": "Accuses another of a wrongdoing ('the army accused the RSF of failing to honour the truce'; CAMEO 112 'accuse', PLOVER ACCUSE).",
    "reject": "Refuses a request, proposal or demand.",
    # mend-figures (notes/trials t7): 'Kerry and Lavrov announced the deal', 'the government said it accepted'
    "announce": "Makes something known: a deal, a decision, a result ('announced the deal'; CAMEO 01 'make public "
                "statement'); with about_treaties, the agreement announced.",
    "accept": "Accepts an agreement, a proposal or a demand made by others ('said it accepted the agreement'; "
              "PLOVER AGREE); contrast support, which endorses without being party to it.",
    "regret": "Expresses regret or disappointment at something that happened or failed to ('he regretted that "
              "no agreement was reached'): milder than condemn, no judgement of a deed; regret for the "
              "speaker's own act is apologise (CAMEO 055 'apologize'; this project's extension).",
    # Declining to comment, or no answer when asked, is a statement (its speaker, the day reported) with these.
    # mend-acts (notes/trials t8: 'ready for talks'): what is offered goes in the statement's offers
    "offer": "Offers to do something, or says the speaker is ready or willing to ('ready for talks', 'willing to "
             "negotiate', 'offered to mediate'; CAMEO 03 'express intent to cooperate', 036 'express intent to "
             "meet or negotiate'): what is offered goes in offers (this project's extension among stances).",
    "declined_to_comment": "Declines to comment when asked ('the ministry declined to comment').",
    "no_response": "Gives no response when asked, or none yet ('no immediate comment from Ukraine', 'did not "
                   "respond to a request for comment').",
    # mend-claims2 (notes/trials t18): "cast doubt on the deal"; "Turkey has not acknowledged sending fighters"
    "doubt": "Casts doubt on something: says it may not be true, hold or work, without saying it is false ('cast "
             "doubt on the deal', 'questioned whether the truce would hold'; CAMEO 012 'make pessimistic "
             "comment'): weaker than deny, and no position against it as oppose is (this project's extension).",
    "not_acknowledged": "Has not acknowledged, confirmed or admitted something reported about the speaker ('Turkey "
                        "has not acknowledged sending fighters'): the reporting's standing observation, neither a "
                        "denial nor silence when asked (no_response); this project's extension.",
    # issue 10, mend-agree3 (notes/trials t23 #50, t22 #21): "expressed grave concern", "thanked Switzerland"
    "concern": "Expresses concern or worry about something that happened or may happen ('expressed grave concern "
               "about the possible consequences'; CAMEO 012 'make pessimistic comment'): no judgement of a deed "
               "(condemn) and no doubt about a claim (doubt); the words ('grave') in summary (this project's "
               "extension).",
    "thank": "Thanks or expresses gratitude to someone for what they did ('thanked Switzerland and the ICRC for "
             "their help'; CAMEO 051 'praise or endorse'): those thanked in about_actor_ids; support endorses a "
             "thing (this project's extension).",
    # stmt30 (round 30): reactions met in reporting get a term
    "dissatisfaction": "Says something falls short or is unsatisfactory, without condemning a deed or opposing a "
                       "proposal ('called the reply unsatisfactory', 'dissatisfied with the pace of the talks'; "
                       "CAMEO 11 'disapprove'; this project's extension).",
    "no_surprise": "Says something was expected, came as no surprise ('said he was not surprised by the "
                   "decision'): neither support nor doubt (this project's extension).",
    # open31 (migrations/0105): "hailed the exchange as a victory", "said the country had paid a heavy price"
    "praise": "Praises, hails or welcomes something done or someone ('praised the rescuers', 'welcomed the "
              "release'; CAMEO 051 'praise or endorse'): a judgement on a deed, as condemn is, where support "
              "endorses a position or a plan; thanks are thank (this project's extension among stances).",
    "claim_victory": "Claims a victory, a success or a gain for the speaker's side ('hailed the deal as a "
                     "victory', 'said its forces had won the battle'; no CAMEO code): what is claimed in summary "
                     "(this project's extension).",
    "acknowledge": "Acknowledges or admits something against the speaker's own interest: a loss, a cost, a "
                   "mistake, a responsibility ('said the nation had paid a high price', 'admitted losses'; "
                   "PLOVER CONCEDE): the reverse of not_acknowledged (this project's extension).",
    "hope": "Expresses hope or optimism ('hoped the truce would hold', 'was optimistic about the talks'; CAMEO 013 "
            "'make optimistic comment'); concern is the pessimistic side (this project's extension).",
    "justify": "Defends or justifies an act, usually its own ('said the strike was justified', 'defended the "
               "decision as necessary'): neither a denial nor an admission (this project's extension).",
    "sympathy": "Expresses sympathy or condolences ('offered condolences to the families'; CAMEO 018 'make "
                "empathetic comment') (this project's extension).",
    # agree32 (notes/trials t54 #66): "brushed off the strike as insignificant"
    "dismiss": "Dismisses or downplays another's act, claim or threat, or its significance ('brushed off the "
               "strike as insignificant', 'dismissed the claims as propaganda'; CAMEO 012 has no term for it): "
               "no denial that it happened (deny) and no judgement of the deed (condemn) (this project's "
               "extension).",
    "apologise": "Apologises for the speaker's own act ('apologised for the strike'; CAMEO 055 'apologize'); regret "
                 "is disappointment without owning the act (this project's extension).",
    # statements37: "we have done all we could", "every avenue has been exhausted"
    "efforts_exhausted": "Says the speaker (or another) has done everything possible, tried every avenue, and can "
                         "do no more ('we have done all we could', 'every avenue has been exhausted'); whose efforts "
                         "in about_actor_ids when not the speaker's (this project's extension).",
    "other": "Another stance than these, said in the summary (this project's extension; an admin may register a "
             "local term for a stance that recurs). A statement with no stance at all has stance null.",
}
