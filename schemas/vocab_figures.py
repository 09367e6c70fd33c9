"""The figures' vocabularies (schemas/figures.py, figure_values.py): what a figure counts, in which unit, how
vaguely, per what period, whose losses and which subset. Published with the rest by schemas/vocabularies.py."""


FIGURE_QUANTITIES = {
    "deaths": "People killed.",
    "injured": "People injured.",
    "casualties": "People killed or wounded, as a claim gives them without telling them apart ('Russia lost "
                  "about 600 soldiers'); category and suffered_by say whose losses.",
    "displaced": "People displaced.",
    "missing": "People missing.",
    "detained": "People detained or captured.",
    # mend-terms (notes/trials t15 #48): "2,389 soldiers had given themselves up". CAMEO 0874 "retreat or
    # surrender militarily" is the event (RETREAT mode disarm); no dataset has a quantity for its people: ours.
    "surrendered": "People who surrendered or gave themselves up (the RETREAT mode disarm event's people; "
                   "suffered_by: whose). Taken by force against their will is detained (this project's extension).",
    # mend-terms (notes/trials t14 #48): "thousands of inmates escaped from Munzenze prison".
    "escaped": "People who escaped or were freed from a prison, a camp or custody without being released "
               "(event mode prison_escape); released is prisoners_released (this project's extension).",
    # mend-figdates (notes/trials t22 #45): "Since May last year three others have been found by the army"
    "rescued": ("People rescued, recovered or found by others (troops, vigilantes, searchers) after being held, "
                "missing or trapped ('three others have been found by the army or vigilantes'): neither released "
                "by their holders (prisoners_released) nor escaped on their own (escaped); who found them is the "
                "event's initiator, or in the note (this project's extension)."),
    # events30 (notes/trials t47 #11: remains returned): prisoners_exchanged counts the living
    "remains_returned": ("Bodies or remains of the dead handed over, returned or recovered, counted as the people "
                         "they were ('the bodies of 50 soldiers were handed over'; the RETREAT or AID event mode "
                         "body_recovery; suffered_by: whose dead). The living handed over are prisoners_exchanged "
                         "or prisoners_released (this project's extension)."),
    "area": "Area of territory, in km2.",
    "distance": "A distance, in km.",
    "count": "A count of something else, named in the note.",
    "prisoners_released": "Prisoners or detainees released (one-sided, not in exchange).",
    "prisoners_exchanged": "Prisoners exchanged: the count one side handed over in an exchange (suffered_by: whose people).",
    "prisoners_held": "Prisoners held by a side at the as_of date.",
    "troops": "Troops, fighters or personnel (deployed, withdrawn, allowed...).",
    "weapons": "Weapons or other military items (say which in `counted`).",
    "equipment_lost": "Military equipment destroyed or captured (equipment says what; suffered_by: whose; "
                      "inflicted_by_id: who downed or destroyed it).",
    "equipment_damaged": "Military equipment damaged but not lost ('minor damage to one of its aircraft'; "
                         "equipment says what, suffered_by whose): never read as lost (mend-equip).",
    "aid": "Humanitarian aid delivered or pledged (tonnes, items, or money).",
    # figures28 (trial t40 #62 "hundreds of thousands depend on food flights"): the people aid is for, as OCHA's
    # humanitarian needs overviews count them ("people in need", "people targeted"), apart from the aid itself
    "in_need": "People in need of humanitarian assistance, as OCHA counts them ('people in need': '18 million "
               "people need humanitarian aid').",
    "aid_targeted": "People an aid plan or operation means to reach, as OCHA counts them ('people targeted': "
                    "'the plan targets 11 million'); those it did reach are a count with counted words.",
    "aid_dependent": "People who depend on aid to live ('hundreds of thousands depend on food flights', 'rely on "
                     "food aid'): what aid they depend on in counted ('food flights'). This project's extension.",
    "besieged": "People living in a besieged place or area ('some 400,000 people trapped in besieged eastern "
                "Ghouta'); the place is place_id, the besieger a control claim besieged (this project's extension).",
    # vocab34 (notes/trials t59 #64 "they went days without food"): a hardship suffered, which PLOVER and ACLED code
    # as no event: it was forced into a CRIME
    "deprived": "People who went without food, water, medical care or another necessity for a time, as a hardship "
                "suffered, not said to be a crime or an attack ('the troops went days without food'): what they "
                "lacked is lacked, how long a duration figure or as_of to as_of_end, whose people suffered_by. "
                "Withholding it on purpose, when alleged, is an event of its own (COERCE, or a CRIME with its "
                "claimant) (this project's extension).",
    "money": "An amount of money (damage, funds, reparations), with its currency.",
    "duration": "A length of time (a truce of 3 days, a war of 12 years), in hours, days, weeks, months or years.",
}

FIGURE_UNITS = {
    "people": "Persons.",
    "km2": "Square kilometres.",
    "km": "Kilometres.",
    "items": "Items of what `counted` (or, in older records, the note) names.",
    "m": "Metres.",
    "days": "Days.",
    "hours": "Hours.",
    "weeks": "Weeks (a duration: 'a war in its tenth week').",
    "months": "Months (a duration: 'after 18 months of fighting').",
    "years": "Years (a duration: 'a war that has lasted 12 years').",
    "tonnes": "Metric tonnes.",
    "money": "Units of the figure's `currency` (an ISO 4217 code).",
    # issue 10, mend-figs3 (trial t21 #63: "about 11,000 families" displaced): reporting counts displacement in
    # families or households as often as in people (UNHCR, IOM DTM and OCHA give both); no size is invented.
    "households": "Households, as counted ('5,000 households displaced'): for displaced and count; never converted "
                  "to people and never read as deaths.",
    "families": "Families, as counted ('about 11,000 families'): for displaced and count; never converted to "
                "people and never read as deaths.",
    # vocab34 (notes/trials t59 #60 "a 200-mile zone"): a distance given in miles is stored as given, never
    # converted to km (docs/api.md "Figures": distance filters read km only)
    "mi": "Statute miles, as given ('a 200-mile zone' when the reporting does not say nautical); never converted "
          "to km (this project's extension).",
    "nmi": "Nautical miles, as given ('200 nautical miles'; the international nautical mile, 1,852 m); never "
           "converted to km (this project's extension).",
    "percent": "A share, in percent (0 to 100), of the whole that share_of_id, share_of_key or share_of names "
               "('80% of the buildings'); any quantity may be given as a share. Never counted as a number.",
}

# issue 10 (figures as reported): a quantity the reporting gives only as a word ("dozens of", "thousands"). A
# vague figure holds no low, best or high: none is invented from the word, and no filter or sum reads it.
VAGUE_MAGNITUDES = {
    "a_few": "'a few', 'a handful of'.",
    "several": "'several', 'some' (without a number).",
    "many": "'many', 'numerous', 'large numbers of', 'scores of' as 'many': an unknown number, said to be large.",
    # acts35: the size relative to the force or the place, not a count: placed apart, no order among the terms
    "heavy": "'heavy losses', 'heavy casualties': large for the force or the place, as the reporting judges it, no "
             "number and no count word (this project's extension; not comparable with the count words).",
    "light": "'light casualties', 'light damage': small for the force or the place, as the reporting judges it, no "
             "number (this project's extension; not comparable with the count words).",
    "dozens": "'dozens of', 'scores of'.",
    "hundreds": "'hundreds of'.",
    "thousands": "'thousands of'.",
    "tens_of_thousands": "'tens of thousands of'.",
    "hundreds_of_thousands": "'hundreds of thousands of'.",
    "millions": "'millions of'.",
    "unspecified": "Mentioned with no number and no word for how many ('seized weapons and ammunition', 'an "
                   "unknown number of'): `counted` says what (migrations/0034).",
}

# acts35: heavy and light judge a size against the force or the place, they do not count: a distance or the size of
# a difference between two figures takes the count words only (place_parts' distance_vague, comparison_by_vague)
COUNT_MAGNITUDES = {term: meaning for term, meaning in VAGUE_MAGNITUDES.items()
                    if term not in ("heavy", "light")}

# issue 10: a rate, a quantity per unit of time ("about 100 a day"). A rate is never summed as a count.
RATE_PERIODS = {
    "hour": "Per hour.",
    "day": "Per day ('100 a day', 'daily').",
    "week": "Per week.",
    "month": "Per month.",
    "year": "Per year.",
}

# Whose losses a figure counts, anchored on UCDP GED's deaths_a, deaths_b, deaths_civilians and deaths_unknown.
FIGURE_CATEGORIES = {
    "total": "Everyone counted, on all sides (UCDP GED `best`); what the death filters read.",
    "side_a": "The losses of the event's side_a (UCDP GED `deaths_a`).",
    "side_b": "The losses of the event's side_b (UCDP GED `deaths_b`).",
    "civilians": "Civilians (UCDP GED `deaths_civilians`).",
    "combatants": "Combatants or military personnel, of a side not said or of several sides.",
    "unknown": "People whose status or side the reporting does not say (UCDP GED `deaths_unknown`).",
    # issue 10, mend-events: one-sided events (an attack, a strike) have an initiator and a target, not sides.
    "initiator": "The losses or people of the event's initiator (the attacker): with suffered_by_id, an actor "
                 "taking part in role initiator, or part or member of one.",
    "target": "The losses or people of the event's target (the attacked): with suffered_by_id, an actor taking "
              "part in role target, or part or member of one.",
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
    # mend-equip (trials t10, t11): terms the reporting used that none of the above holds
    "girls": "Girls (female children).",
    "boys": "Boys (male children).",
    "tourists": "Tourists and visitors.",
    "dual_nationals": "People who hold two nationalities ('including dual nationals'); country and "
                      "other_countries say which.",
    # mend-terms (notes/trials t15 #49 #50): a surrender's "six brigadier generals" and "1,601 family members"
    "officers": "Officers: commissioned ranks, generals among them ('including six brigadier generals'); the ranks "
                "in `counted` (this project's extension, trial t15).",
    # mend-figs3 (trials t20 #7, #51: "Christians" among the dead, "many of them workers from the gas
    # project"): whom an attack singles out by faith or by work. A community of one faith or people beyond
    # these terms is a group actor, named in counted_actor_ids.
    "workers": "Workers or employees, contract workers among them ('workers from the gas project'); the employer, "
               "when reported, is suffered_by_id (their people) or counted_actor_ids, the trade in `counted`.",
    "christians": "Christians, as the reporting names them ('among the dead were Christians').",
    "muslims": "Muslims, as the reporting names them ('Muslim villagers').",
    "family_members": "Family members or dependants of the people counted elsewhere ('and 1,601 family members'; "
                      "this project's extension, trial t15).",
    # vocab34 (notes/trials t60 #38 "the soldiers were young", #48 "who had been unable to leave")
    "young": "Young people, as the reporting calls them without an age ('young soldiers', 'youths'); an age or "
             "range, when given, is age; under 18 is children (this project's extension).",
    "trapped": "People who could not leave a place under fire, siege or blockade ('residents who had been unable to "
               "leave', 'trapped in the city'): not held by a party (held_as confined is); people living in a "
               "besieged place are the quantity besieged (this project's extension).",
    # open31 (migrations/0105): an open vocabulary; the figures' rules read no subset
    "other": "Another part of the people than these, said in `counted` (this project's extension; an admin may "
             "register a local term for one that recurs).",
}


# issue 10, mend-counts (migrations/0053; trials t9b, t11b): what the people a figure counts are held as. The
# distinctions are international humanitarian law's (ICRC: hostages, Rome Statute art. 8(2)(a)(viii) and common
# article 3; prisoners of war, Third Geneva Convention art. 4; internees and detainees, Fourth Convention and
# the ICRC's "persons deprived of liberty"); the terms are ours, as the reporting words them.
FIGURE_HELD_AS = {
    "hostages": "Hostages: people seized and held to compel a party to act or not ('hostages freed', 'hostages "
                "remaining in Gaza'), whoever the reporting says they are.",
    "prisoners_of_war": "Prisoners of war: members of armed forces or fighters captured by the other side "
                        "('POWs', 'captured soldiers').",
    "detainees": "Detainees: people held by a party without (or before) trial, security or administrative "
                 "detainees, internees ('detained', 'held without charge').",
    "prisoners": "Prisoners: people the reporting calls prisoners, held after a charge or conviction ('Palestinian "
                 "prisoners', 'conflict-related prisoners'), when it says nothing more specific.",
    # mend-figs2 (migrations/0064; trial t19 #41, #57): shields (Additional Protocol I art. 51(7), Fourth Geneva
    # Convention art. 28) and people kept in camps (the Fourth Convention's internment, as the reporting words it)
    "human_shields": "Human shields: people held or kept in place by a party to shield its forces or objectives "
                     "from attack ('used civilians as human shields').",
    "confined": "People kept in camps or an area they may not leave, not as individual detainees ('displaced "
                "people held in government-run camps').",
}


# issue 10, mend-figs2 (migrations/0064; trials t18 #65, t19 #48, #79): how certain the figure itself is, as the
# reporting gives it (how sure the reporting is of it is `verification`). Null: given as a figure.
FIGURE_CERTAINTIES = {
    "possible": "The claimant gives the figure as possible, not as asserted ('the toll could now be above 7,000', "
                "'may have killed large numbers of civilians').",
    "not_known": "The reporting says no reliable figure exists or the number is not known ('there are no reliable "
                 "figures for the dead'): no value; not withheld by anyone (that is published: false).",
    # figures27 (round 27): a number to come, and a figure the report names without its number
    "expected": "The claimant gives the figure as planned or expected, not yet counted ('about 500 are to be "
                "released each day', 'aid for 2 million people is due to arrive'): a value as any figure (this "
                "project's extension).",
    "not_given": "The figure exists and is referred to, but the report does not give its number ('more than it "
                 "has declared': the declared count): no value, so that a comparison can name it; not withheld "
                 "(that is published: false) (this project's extension).",
}


# issue 10, mend-events (migrations/0034): a trend the reporting gives, with or without a number ("deaths are
# rising", "fewer attacks than last week"). A figure with a trend and no number is never read as a count.
FIGURE_TRENDS = {
    "rising": "Going up, or more than before ('deaths are rising', 'more attacks than last week').",
    "falling": "Going down, or fewer than before ('fewer attacks than last week').",
    "steady": "About the same as before ('no change', 'remained stable').",
}

# What killed or injured the people counted (deaths, injured, casualties, missing): a few terms, as reported.
FIGURE_CAUSES = {
    "gunfire": "Gunfire, small arms, sniper fire.",
    "shelling": "Artillery, mortar or tank shelling; rocket artillery.",
    "airstrike": "Strikes from aircraft (bombs, guided munitions).",
    "drone": "Drones (armed or loitering munitions).",
    "missile": "Missiles (ballistic, cruise).",
    "explosive": "Explosive devices: mines, IEDs, car bombs, suicide bombings, unexploded ordnance.",
    "fire": "Fire or burns (arson, buildings set alight).",
    "execution": "Killed in custody or executed.",
    # mend-figs3 (trial t20 #26: "some of them beheaded"): a way of killing reporting names apart from execution
    "beheading": "Beheaded ('some of them beheaded'); shot after capture is execution.",
    "violence": "Beaten, stabbed, or other violence by hand.",
    "starvation": "Starvation, malnutrition or dehydration.",
    "disease": "Disease, or lack of medical care.",
    "drowning": "Drowning (crossing water, a flooded shelter).",
    "crush": "Crushed: a stampede, a collapsed building.",
    "accident": "An accident (a vehicle crash, a stray munition's blast as reported so).",
    # open31 (migrations/0105): "rubber-coated bullets", "tear gas canisters" were bent into gunfire or violence;
    # ACLED's sub-event types name chemical weapons and grenades apart from other explosives
    "less_lethal": "Less-lethal weapons: rubber or plastic bullets, tear gas and its canisters, water cannon, stun "
                   "grenades, beanbag rounds ('hit by a tear gas canister', 'rubber-coated bullets'; the UN Human "
                   "Rights Guidance on Less-Lethal Weapons in Law Enforcement, 2020).",
    "chemical": "Chemical weapons: toxic gas or chemicals used as a weapon ('a chlorine attack', 'nerve agent'; the "
                "Chemical Weapons Convention's toxic chemicals, ACLED's sub-event type 'chemical weapon'); tear gas "
                "used to disperse a crowd is less_lethal.",
    "grenade": "Hand grenades or grenades thrown or launched ('a grenade thrown into the market'; ACLED's sub-event "
               "type 'grenade'); stun grenades are less_lethal, other explosive devices explosive.",
    "vehicle": "Run over or rammed by a vehicle on purpose ('drove a car into the crowd', 'run over by an armoured "
               "vehicle'); a crash is accident (this project's extension).",
    "other": "Another cause than these, said in the figure's note (this project's extension; an admin may register "
             "a local term for one that recurs).",
    "unknown": "The reporting says the cause is not known.",
}


# issue 10, mend-figures (migrations/0040): a part given as a proportion word, no number ("most of the 32 freed",
# "nearly the whole population", "some of them"). The words are the reporting's; no standard vocabulary of
# proportions exists in UCDP, ACLED or PLOVER, so the terms follow the trials' reports (notes t6, t7).
FIGURE_PROPORTIONS = {
    "all": "All of them ('all', 'every one of').",
    "nearly_all": "Nearly all ('nearly the whole', 'almost all', 'virtually all').",
    "most": "Most ('most', 'the majority of', 'the bulk of').",
    "half": "About half ('half', 'about half of').",
    # mend-acts (notes/trials t8: 'many of them for the first time since escaping Khartoum')
    "many": "Many of them ('many of them', 'a large number of'): more than a few, not said to be most.",
    "some": "Some of them ('some', 'part of', 'a number of'): more than none, not said to be most.",
    "few": "A few of them ('a few', 'a small number of', 'a minority of').",
    "none": "None of them ('none', 'not one of').",
}

# issue 10, mend-figures (migrations/0040): a figure given against another figure of the same record ("Syria's
# army put the toll higher" than Russia's 62): higher, lower or the same, with or without a number of its own.
FIGURE_COMPARISONS = {
    "higher": "Higher than the figure compared with ('put the toll higher', 'more than the ministry said').",
    "lower": "Lower than the figure compared with ('fewer than claimed', 'put the toll lower').",
    "same": "The same as the figure compared with ('confirmed the toll', 'a similar number').",
}

# How far a figure is from the one it is compared with, when the reporting says (a figure's comparison_degree,
# mend-time5, migrations/0083; notes/trials t27 #14 "the real figure was far higher").
FIGURE_COMPARISON_DEGREES = {
    "far": "By much ('far higher', 'much lower', 'many times the official toll', 'considerably more') (this "
           "project's extension).",
    "slightly": "By little ('slightly higher', 'a little lower', 'somewhat more') (this project's extension).",
}


# issue 10, figures28 (migrations/0098; trial t38 #31 "prisoners never registered with the Red Cross"): whether
# the people counted are registered with, or declared (notified) to, a body: the ICRC's registration of prisoners
# of war and detainees (Third Geneva Convention arts. 122-123, Fourth Convention arts. 136-140), UNHCR's of
# refugees. Who they are registered with or declared to is the figure's registered_with_id.
FIGURE_REGISTRATIONS = {
    "registered": "Registered with the body (the ICRC registered them; 'registered refugees').",
    "not_registered": "Never registered with the body ('prisoners never registered with the Red Cross', "
                      "'unregistered refugees').",
    "declared": "Declared or notified to the body by those holding them ('the prisoners it had declared to the "
                "ICRC').",
    "not_declared": "Not declared or notified to the body ('undeclared prisoners', 'held in secret, unknown to the "
                    "ICRC').",
}


# figs32 (migrations/0110): where a figure stands in its publisher's revision cycle. UN OCHA's flash updates and
# situation reports and health ministries' tolls give counts as preliminary or provisional, then revise them and
# sometimes close them as final (OCHA, "Reported impact snapshot" notes; WHO's provisional mortality counts).
FIGURE_STATUSES = {
    "preliminary": "An early count given before fuller reports are in, expected to change ('initial reports say', "
                   "'a preliminary toll') (OCHA flash updates).",
    "provisional": "A count its publisher says may still change, pending verification or consolidation ('the toll "
                   "is provisional', 'figures subject to change') (OCHA situation reports; health ministries).",
    "final": "A count its publisher gives as final or complete ('the final toll', 'the definitive count').",
    "revised": "A count its publisher gives as a revision of an earlier one ('the revised toll', 'revised down to "
               "40'); the event after which it was revised is revised_after_event_id.",
}
