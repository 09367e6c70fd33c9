"""The vocabularies of what reporting says beyond the core records (issue 10): legal actions, superlatives,
control of places, places not named, place relations, and how sure a report is. Part of the controlled
vocabularies (schemas/vocabularies.py, which publishes them all).
"""

# --- issue 10, mend10b: legal actions and superlatives (migrations/0020; docs/api.md "Legal actions",
# "Superlatives") -------------------------------------------------------------------------------------------


# Where a legal action stands (an event's `legal.status`): each is the step the event reports.
LEGAL_STATUSES = {
    # issue 10, vocab round: CAMEO 115 "bring lawsuit against" (PLOVER ACCUSE, here DISAPPROVE with mode lawsuit).
    "filed": "A case, lawsuit, application or petition was filed with a court: the filer is the initiator, the "
             "party it is against accused (CAMEO 115 'bring lawsuit against'; the event is DISAPPROVE).",
    "investigated": "A criminal case or investigation was opened against the accused.",
    "charged": "Charged, indicted or formally notified of suspicion (a prosecutor's or court's act).",
    "warrant_issued": "A court issued an arrest warrant (the ICC's warrants, a court's order of arrest in absentia).",
    # events27 (notes/trials t36 #15 "the faction leader the U.N. has ordered arrested")
    # vocab34 (notes/trials t61 #58 "made public on June 4 an indictment"): the day it was made public is the
    # event's date; the day it was issued is legal.issued_on
    "made_public": "An indictment, charges or an arrest warrant issued earlier, under seal or not announced, made "
                   "public or unsealed ('the court made public an indictment'): the event's date is the day it "
                   "was made public, the day it was issued legal.issued_on; the court or prosecutor is the "
                   "initiator (this project's extension; CAMEO 173 is the charge itself).",
    "arrest_ordered": "A body that is not a court ordered or authorised the arrest or detention of the accused "
                      "(a Security Council resolution, a government's or military command's order, a "
                      "peacekeeping mission's order); the body is the initiator. A court's warrant is "
                      "warrant_issued.",
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
    # vocab26 (notes/trials t32 #70 "Georgia filed a case against Russia at the ICJ ..., accusing it of ethnic
    # discrimination": Application of ICERD, Georgia v. Russian Federation, 2008)
    "racial_discrimination": "Racial discrimination: a distinction, exclusion, restriction or preference based on "
                             "race, colour, descent, or national or ethnic origin ('accusing it of ethnic "
                             "discrimination'; ICERD article 1, the charge of Georgia v. Russia at the ICJ, 2008); "
                             "the crime against humanity of persecution is crimes_against_humanity.",
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
    # mend-acts4 (notes/trials t24 #35 #63, t25 #64): "the fiercest single incident", "the worst wave of violence",
    # "the country's heaviest military loss in years"
    "most_intense": "The fiercest, heaviest or most intense fighting or fire, the reporting not counting it ('the "
                    "fiercest single incident', 'the heaviest fighting in weeks') (mend-acts4).",
    "heaviest_losses": "The heaviest losses to one side: its dead, wounded, captured or equipment lost ('the "
                       "country's heaviest military loss') (mend-acts4).",
    "worst": "The worst, the reporting not saying in what: deaths, damage or intensity ('the worst wave of "
             "violence since the 2003 invasion') (mend-acts4).",
}

# Within what the comparison holds (`claims[].superlative.scope`).
SUPERLATIVE_SCOPES = {
    "parent_event": "Among the events of the event's parent (parent_id): the war, the offensive it is part of.",
    "place": "Among the events at the event's own place (its place_id and the places within it).",
    "ever": "Ever: no limit.",
    "unspecified": "The reporting does not say within what.",
}




# --- issue 10, mending round (mend10a): control of places, unknown places, place relations -------------------

# A claim about who holds a place (schemas/events.py EventClaimIn.control): "Russia said its forces had taken
# full control of Soledar; Ukraine said the town was not captured"; "Ukrainian forces held the western outskirts".
CONTROL_STATES = {
    "full": "The actor (controlled_by_id) holds the whole place.",
    "partial": "The actor holds part of the place (control_part says which, when reported: 'the western outskirts').",
    "contested": "Fighting for the place goes on: the actor holds some of it or is fighting for it, and no side "
                 "holds it all ('fighting continued in the town').",
    "none": "The actor does not hold the place: a denial ('the town was not captured').",
    # issue 10, mend-relations: presence is not control
    "present": "The actor's forces are in the place (stationed, deployed, based there: 'Russian troops are "
               "stationed in Transnistria'), the claim saying nothing of who holds it. Not counted as holding "
               "by controlled_by=; present= asks for it.",    # issue 10, mend-places (migrations/0042): "the besieged city of El Fasher", "encircled in Avdiivka"
    "besieged": "The actor's forces (controlled_by_id) besiege or encircle the place: it is cut off, held by "
                "others or fought over ('RSF fighters encircled El Fasher'). Says nothing of who holds it inside "
                "(that is a claim of its own); as_of dates the siege as reported, and a later claim by the "
                "same claimant of full, partial, contested or none for the besieger says how it ended. Not "
                "counted as holding by controlled_by=; besieged_by= asks for it.",
}

# An event's further place that the reporting does not name (schemas/relations.py EventPlaceIn.unknown):
# "evacuated to an unknown location", "moved to an undisclosed site".
UNKNOWN_PLACES = {
    "unknown": "The reporting does not know where (an unknown location).",
    "undisclosed": "Someone knows but does not say where (an undisclosed site, a secret location).",
    # issue 10, mend-src2 (trials t19 #55, t18 #61): "reached army lines", "fled to rebel-held territory"
    "unnamed": "Known to the reporting but not named as a place: an area described by who holds it or what is "
               "there ('army lines', 'rebel-held territory', 'the front line'); words keeps the reporting's "
               "words.",
}

# place -> place (schemas/places.py PlaceRelationIn), as reporting places one thing relative to another.
# GeoNames' feature relations and OSM's relations have no such typed list; the directions are the compass
# points a report gives (eight, as ACLED's location notes and UN map reports use them).
PLACE_RELATIONS = {
    "near": "Near the other place ('near Bakhmut'), no direction given.",
    # rel31: a distance said without a direction, and without calling the places near
    "distance_from": "Lies the distance given from the other place, with no direction and no nearness said ('10 km "
                     "from the border town', 'some 50 km from the capital'): distance_km or distance_vague says how "
                     "far, and one of them is required; near is for 'near', 'close to', 'outside', with or without "
                     "a distance (this project's extension).",
    "north_of": "North of the other place.", "northeast_of": "Northeast of the other place.",
    "east_of": "East of the other place.", "southeast_of": "Southeast of the other place.",
    "south_of": "South of the other place.", "southwest_of": "Southwest of the other place.",
    "west_of": "West of the other place.", "northwest_of": "Northwest of the other place.",
    "on_road_between": "On the road between the other place and a second one (and_place_id): 'on the road "
                       "between Bakhmut and Kostiantynivka'.",
    "on_road_to": "On the road to the other place ('on the road to Bakhmut').",
    # figs32 (migrations/0110; trial t55 #85): a buffer or separation zone between two places or two sides' areas
    "between": "Lies between the other place and a second one (and_place_id), or between the areas two sides hold "
               "(actor_id and and_actor_id, the other place null): a buffer zone, a separation or confidence zone "
               "('the buffer zone between the two sides', 'a village between the two towns'); on_road_between is a "
               "place on the road joining two places (this project's extension).",
    "borders": "Shares a border with the other place ('near the border with Lebanon' is near, this is "
               "'bordering Lebanon').",
    "near_border_with": "Near the border with the other place ('near the border with Lebanon').",
    # issue 10, mend-time5 (trial t27 #61 "rebuilt a bridge to the Kyrgyz side")
    "leads_to": "A bridge, crossing point, road or tunnel that leads across a border, a river or a front line "
                "to the other place ('a bridge to the Kyrgyz side': leads_to Kyrgyzstan; 'the crossing into "
                "Egypt'); on_road_to is a place on a road (this project's extension).",
    "on_front_of": "On the front line of a front or sector, itself a place ('on the Bakhmut front').",
    # issue 10, mend-relations (migrations/0035)
    "capital_of": "Is the capital (the seat of government) of the other place, a country or a region; since "
                  "and until date it when reported ('Kyiv, the capital of Ukraine'; Wikidata P36 'capital', "
                  "inverted).",
    # issue 10, mend-between (trial t11b #19): "Khan Younis, the main city in the south"
    "main_city_of": "Is the main or largest city or town of the other place, a region or an area ('Khan Younis, "
                    "the main city in the south': main_city_of southern Gaza); the reporting's word (largest, "
                    "main, principal) in note when it matters. capital_of is the seat of government (this "
                    "project's extension).",
    "within": "Lies within the other place, which is not its administrative parent (parent_id): a named area "
              "such as 'northern Gaza' or 'the Donbas' ('a town in northern Gaza'); with part, the part of the other "
              "place it lies in, which may then be its parent ('the north-western town of Bossangoa': within the "
              "Central African Republic, part northwest; mend-claims4).",
    "overlaps": "Covers part of the other place: a region spanning several administrative units is listed as "
                "overlapping each ('the Donbas' overlaps Donetsk and Luhansk oblasts).",    # issue 10, mend-places (migrations/0042): "Hantoub, on the east bank of the Blue Nile, opposite Wad Madani"
    "on_bank_of": "Lies on a bank or shore of the other place, a river, lake or sea (place kinds river, lake, "
                  "sea, water_body); side says which bank when reported ('on the east bank of the Blue Nile'). "
                  "A sea's coast or a lake's shore, said as such, is on_coast_of.",
    # issue 10, mend-between (trial t9b #35): "Mokha, a Red Sea town", "on the shores of Lake Kivu"
    "on_coast_of": "Lies on the coast of the other place, a sea, or on the shore of a lake (place kinds sea, lake, "
                   "water_body): 'Mokha, a Red Sea town', 'Goma, on the shores of Lake Kivu' (Wikidata P206 "
                   "'located in or next to body of water'); side says which coast when reported ('on the west "
                   "coast'). A coastal place whose sea the reporting does not name ('a coastal town') takes it "
                   "with the other place null (figs32).",
    "opposite": "Lies across water from the other place ('Hantoub, opposite Wad Madani'): across_id names the "
                "river or water between them when reported.",
    # mend-claims4 (notes/trials t24 #16): "the bridge over the Euphrates"
    "crosses": "Crosses or spans the other place, a river, water, road or border: a bridge over a river ('a bridge "
               "over the Euphrates'), a crossing point on a border (Wikidata P177 'crosses').",
    # issue 10, agree28 (notes/trials t38 #20): "set the border along the middle of the river"
    "median_line_of": "Runs along the median line of the other place, a river, lake or strait: the line every point "
                      "of which is equidistant from the nearest points of each bank or coast ('the border runs "
                      "along the middle of the river'; boundary law's median line, UNCLOS art. 15 for a "
                      "territorial sea). A border (or a boundary a provision sets, in its place_roles) described so.",
    "thalweg_of": "Runs along the thalweg of the other place, a river: the line of its deepest channel, or the "
                  "main channel of navigation ('the boundary follows the thalweg of the river'; the thalweg "
                  "principle of boundary law, as the ICJ applied it in Kasikili/Sedudu Island, 1999). Not the "
                  "median line, which is equidistant from the banks.",
    # places35 (migrations/0119): "the enclave of", "the border runs along the river"
    "enclave_in": "Is an enclave inside the other place: surrounded by territory held by another state or side, "
                  "the other place being that territory ('an enclave inside the neighbouring country', 'a pocket "
                  "held by one side inside the other's lines'; place kind enclave) (this project's extension).",
    "runs_along": "A border, boundary, front line or road that runs along the other place, a river, a ridge, a "
                  "road or a coast, without saying which line of it ('the border runs along the river'); "
                  "thalweg_of and median_line_of say the line when the reporting does (this project's extension).",
    # open31 (migrations/0105): open; a local relation is a plain one (no rule of on_road_between, within...)
    "other": "Another relation than these, said in the relation's note (this project's extension; an admin may "
             "register a local term for one that recurs).",
}

# The part a further place of a figure plays (schemas/figure_places.py FigurePlaceIn.role): where the people
# counted moved from and to ("250,000 fled Wad Madani and its surroundings"), and, for people displaced again,
# where they had first fled from ("many of them for the second time, having fled Khartoum"). After IOM DTM's
# origin and location of displacement.
FIGURE_PLACE_ROLES = {
    "from": "Where the people counted fled or moved from (IOM DTM's area of origin).",
    "to": "Where they fled or moved to (IOM DTM's location of displacement).",
    "via": "A place they passed through.",
    "earlier_from": "With displaced_again: where they had fled from before, the first displacement ('having "
                    "fled Khartoum').",
    # mend-acts3 (notes/trials t20 #24 and its doc problem: "bodies near the hotel and on the road leading south")
    "at": "A further place where the people or things counted were, beyond the figure's place ('bodies in the "
          "streets near the hotel and on the road leading south towards the gas site': the road is at) (this "
          "project's extension).",
}

# Which bank of a river (or shore of a lake or sea) a place lies on: place relation on_bank_of's (or on_coast_of's) side. A river's
# left and right banks are as one faces downstream, the hydrographers' convention; reports mostly give compass
# sides ('the east bank').
BANK_SIDES = {
    "east": "The east bank (or coast).", "west": "The west bank (or coast).", "north": "The north bank or shore.",
    "south": "The south bank or shore.",
    "left": "The left bank, facing downstream (the Dnipro's left bank).",
    "right": "The right bank, facing downstream.",
}



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

# mend-claims2 (notes/trials t19 #20): "the army said Prabhakaran appears to have been killed": the claimant's
# own hedge on what it claims, where a verification is the reporting's
CLAIMANT_HEDGES = {
    "appears": "The claimant says it appears or seems so ('appears to have been killed'), on what it has seen.",
    "believed": "The claimant says it is believed or thought so ('is believed to have died'), not established.",
    "probable": "The claimant says it is probably or likely so ('probably killed').",
    "possible": "The claimant says it may or might be so ('may have been killed'): weaker than probable.",
}

