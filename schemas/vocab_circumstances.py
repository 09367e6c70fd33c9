"""The circumstances of people counted and of counts (figs33, migrations/0113), declared apart from vocab_figures.py
for its size and published by vocabularies.py with the rest (CIRCUMSTANCES): whether anyone other than the claimant
counted, what the people killed or injured were doing when hit, and the season of an occasion."""

OURS = " (this project's extension)"

# Trial t57 #26 "there was no independent count": not verification (how sure the reporting is of a number, unverified
# or could_not_verify) but whether a count by a third party exists at all. Casualty recorders (Every Casualty
# Worldwide's Standards for Casualty Recording; UN human-rights monitors) tell a party's own count from an
# independent one.
INDEPENDENT_COUNTS = {
    "none": "No count by anyone other than the claimant exists, as the reporting says ('there was no independent "
            "count', 'no independent tally is available')" + OURS + ".",
    "exists": "A count by a third party exists besides the claimant's (monitors, a UN body, a casualty recorder): "
              "'independent monitors have counted', 'a separate UN count'; that count, when given, is a figure of "
              "its own" + OURS + ".",
    "under_way": "A third party is counting and has not yet published ('investigators are still counting the "
                 "dead')" + OURS + ".",
}

# Trial t58 #56 "killed while out walking": what the people killed or injured were doing when hit. Casualty-recording
# practice records the circumstances of a death beside its cause and place (Every Casualty Worldwide, Standards for
# Casualty Recording, 2016; Action on Armed Violence's explosive-violence monitor records the setting of a harm).
# Open: reporting names more activities than any list.
ACTIVITIES_WHEN_HIT = {
    "at_home": "At home, indoors or in the family compound ('killed in their homes', 'asleep when the shell hit').",
    "walking": "Out walking or on foot in the street ('hit while out walking', 'shot crossing the road').",
    "travelling": "Travelling by vehicle, on a road or at a crossing ('killed when their bus was hit', 'on their "
                  "way to the city').",
    "working": "At work, on a farm, in the fields, fishing or herding ('farmers working in their fields', "
               "'fishermen at sea').",
    "seeking_aid": "Queuing or gathered for aid, food or water ('waiting at a food distribution point', 'queuing "
                   "for bread').",
    "at_market": "Shopping or trading at a market or shop ('shoppers at a busy market').",
    "at_school": "At school or in class ('pupils in their classroom').",
    "worshipping": "At prayer or a religious service ('worshippers at Friday prayers').",
    "at_gathering": "At a funeral, a wedding, a meeting or another gathering ('mourners at a funeral').",
    "sheltering": "Sheltering from fighting, in a shelter, basement or camp ('families sheltering in a school').",
    "fleeing": "Fleeing fighting or leaving an area ('shot as they fled the village').",
    "fighting": "Taking part in fighting or on duty as a combatant ('killed in a firefight', 'guards at their "
                "post').",
    "other": "Any other activity, named in the note" + OURS + ".",
}

# Trial t56 #50 "in winter", no year given: a season as an occasion (schemas/occasions.py), typed, never a year
# invented. EDTF (ISO 8601-2, level 1) codes the four seasons as months 21-24 of a year, so a season without a year
# has no EDTF form; the dry and rainy seasons are the tropics' (the way reporting from the Sahel, South Asia or
# Central Africa times fighting), the others this project's extension.
SEASONS = {
    "spring": "Spring, in the hemisphere of the place ('in the spring'; EDTF season 21 when the year is given).",
    "summer": "Summer ('over the summer'; EDTF season 22).",
    "autumn": "Autumn or fall ('last autumn'; EDTF season 23).",
    "winter": "Winter ('in winter', 'during the winter months'; EDTF season 24).",
    "dry_season": "The dry season of a tropical climate ('when the dry season opens the roads').",
    "rainy_season": "The rainy season or monsoon ('before the rains', 'during the monsoon').",
    "harvest_season": "The harvest ('at harvest time')" + OURS + ".",
    "fighting_season": "The part of the year when fighting usually resumes ('the spring fighting season')" + OURS
                       + ".",
    "other": "Any other season, named in the occasion's words" + OURS + ".",
}

CIRCUMSTANCES = {"independent_counts": INDEPENDENT_COUNTS, "activities_when_hit": ACTIVITIES_WHEN_HIT,
                 "seasons": SEASONS}
