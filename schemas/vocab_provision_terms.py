"""Provision terms added in issue 10's fifth mending round (mend-agree4; notes/trials t24 #70/#71, t25 #35, #41,
#49, t24 #41; mend-agree5: t26 #53-#55): handovers of weapons and of people, fighters integrated into an army, a term of office, the force a
provision moves when it is no party, a provision's purpose (object action enables) and its pace. Kept apart because schemas/vocab_provisions.py is at its size limit; it
merges these into PROVISION_TYPES, PROVISION_ACTOR_ROLES and PROVISION_OBJECT_ACTIONS, so they publish with the rest.
"""

MORE_PROVISION_TYPES = {
    "weapons_handover": "To hand over, surrender or turn in weapons to another party, a body or a state ('hand "
                        "over heavy weapons', 'surrender their arms'); the items are its covers (kind weapons). "
                        "Pulling weapons back is weapons_withdrawal; a whole disarmament and demobilisation "
                        "programme is demobilisation (PA-X DDR: disarmament; PAM Demobilization, Disarmament "
                        "covers it with the wider programme).",
    "persons_handover": "To hand over, surrender or extradite people to another party, a court or a state ('hand "
                        "over the foreign fighters', 'extradite the suspects'); who is handed over are its covers "
                        "(kind people) or a provision actor in role subject. Freeing prisoners or hostages is "
                        "prisoner_release; holding people in a third country third_country_custody (PA-X "
                        "transitional justice: courts; no dataset term of its own: this project's extension).",
    "army_integration": "To integrate fighters of armed groups into the national army, police or security forces "
                        "('the integration of their fighters into the national army'); disarming them and sending "
                        "them home is demobilisation (PAM Military Reform; PA-X security sector: army, DDR "
                        "integration).",
    "term_of_office": "To set, keep, shorten or extend someone's term in office, or the length of a transition "
                      "('Bozize would serve out his term to 2016', 'a transitional period of 18 months'): the "
                      "holder is a provision actor in role beneficiary, the end a deadline (milestone completion). "
                      "Sharing posts among the parties is power_sharing, setting up an interim government "
                      "transitional_government (PA-X transitional power sharing; this project's extension as a "
                      "type).",
    # vocab34 (notes/trials t61 #26 "setting up a transitional government"): PAM codes an interim government apart
    # from power sharing; neither power_sharing nor term_of_office said it
    "transitional_government": "To set up, keep or hand power to a transitional or interim government, council or "
                               "other institution that rules until elections or a new constitution ('a "
                               "transitional government', 'an interim administration'; the body, when named, an "
                               "object, kind body, action creates): PAM Interim Government, PA-X governance "
                               "'political institutions: temporary new institutions'. Sharing its posts among the "
                               "parties is power_sharing too, its length term_of_office.",
    # mend-agree5 (notes/trials t26 #53): "the RUF was to turn itself into a political party"
    "party_transformation": "For an armed group to transform itself into a political party or movement and "
                            "take part in politics ('the RUF was to turn itself into a political party'): the "
                            "group is a provision actor in role beneficiary or an obliged party, the party, when "
                            "named, an object (kind body, action creates) (PA-X power sharing: political, "
                            "'rebel group transformation into political party'; PAM Political Party Reform).",
    # agree26 (notes/trials t34 #68): "with NATO holding air strikes in reserve"
    "enforcement": "Force or sanctions held ready, threatened or authorised to make the parties comply ('with NATO "
                   "holding air strikes in reserve', 'sanctions on any party that breaks the truce'): who would act "
                   "is a provision actor in role guarantor, what would be done a covers item ('air strikes', kind "
                   "weapons), on what a condition (actor_action: a party not complying). A threat made in words on "
                   "a day is a statement's threat (PA-X and PAM keep it in words: this project's extension).",
    # treaties37: "the council declared the town a safe area"
    "safe_area": "To declare or keep a place protected from attack, often under international protection ('the "
                 "council declared the town a safe area', 'a protected zone around the city'): the places are its "
                 "place_ids or place_roles, who protects it a provision actor (role guarantor or monitor), what "
                 "may not be done there its scope. A zone both sides' forces leave is buffer_zone; sparing "
                 "civilians and civilian sites wherever they are civilian_protection (PA-X protection of "
                 "civilians: safe areas, protected zones; this project's extension as a type).",
}

# mend-agree5 (notes/trials t26 #54-#55): "four cabinet posts and four deputy minister posts"
MORE_PROVISION_QUANTITIES = {
    "posts": "Posts, seats or portfolios a provision grants or reserves ('four cabinet posts and four deputy "
             "minister posts', 'a third of the seats'): the figure's actor_id says whose, its note which posts "
             "(one figure for each kind of post); the members of a body it sets up are members.",
}

MORE_PROVISION_ACTOR_ROLES = {
    "subject": "Is the actor the provision moves or acts on, and who is no party obliged by it: the foreign "
               "troops that are to leave, the fighters to be integrated, the people to be handed over ('foreign "
               "troops would gradually leave': the foreign troops, an unidentified actor when unnamed). The "
               "parties who must bring it about stay obliged_actor_ids; target is what the provision acts against.",
    # agree32 (notes/trials t55 #79): "the rule bars the opposition leader from standing"
    "barred": "Is excluded or barred by the provision: kept from a post, a candidacy, an amnesty, a body or a "
              "benefit it provides for ('the rule bars the opposition leader from standing', 'excluded from the "
              "amnesty'); what the actor is barred from is the provision's type and summary, or an object "
              "(this project's extension).",
}

# issue 10, mend-agree4 (notes/trials t24 #41): "a suspension of offensive operations to allow talks"
MORE_PROVISION_OBJECT_ACTIONS = {
    "enables": "Is meant to allow or make it possible, its purpose ('a halt to allow talks between the council, "
               "city leaders and the fighters', 'a pause to let aid in'): an event, recorded (event_id) or named "
               "in words, planned or not; whether it then happened is the event's own occurrence. A reason (a "
               "motive such as humanitarian) is the provision's reason.",
}

# How a provision is to be carried out over time, when the text says (a provision's `pace`): no dataset term
# of its own (PA-X and the Peace Accords Matrix keep it in the provision's words); phases that are dated or
# numbered are the treaty's phases.
PROVISION_PACES = {
    "immediate": "At once, from the start ('an immediate withdrawal', 'with immediate effect').",
    "gradual": "Gradually, step by step, without stated stages ('foreign troops would gradually leave', 'a "
               "progressive withdrawal').",
    "phased": "In stages the text names or numbers ('in three phases', 'a phased withdrawal'): the stages, when "
              "recorded, are the treaty's phases and each provision's phase.",
}

# issue 10, agree26 (notes/trials t32 #32): what the text is reported to leave unset (a provision's `not_set`),
# as a statement's not_said points say what a speaker leaves unsaid: an empty list of deadlines only says none
# was coded. PA-X and the Peace Accords Matrix keep it in words: this project's extension.
PROVISION_NOT_SET = {
    "deadline": "The text sets no deadline for it, no date nor period by which it starts or is done ('the plan "
                "sets no deadline for the Russian pullback'); its deadlines are then empty.",
    "duration": "The text sets no duration or end for it ('no time limit was set for the truce'); its term gives "
                "no duration then. A text that says it has no end is term.permanent.",
    "monitoring": "The text sets up no one to monitor or verify it ('no mechanism to monitor the truce'); its "
                  "actors then have no monitor.",
    "place": "The text does not say where it applies, or where forces are to go ('did not define the lines'); a "
             "place described in words is a place_roles item not named.",
    # issue 10, round 36 (notes/trials t68 #1): "the resolution did not say how the areas would be protected"
    "means": "The text does not say how it is to be carried out or enforced, by whom or with what ('no means of "
             "enforcing the ban was set out'); where it does, the provision's actors and covers say so.",
}

# How far an implementation entry's status holds, as the reporting words it (an entry's `extent`; agree26,
# notes/trials t33 #9 "the ceasefire mostly held in Juba on Tuesday"). The Peace Accords Matrix scores a
# provision's implementation on its own scale; reporting's degree words are this project's extension (the
# extents of a disrupted service and of an event's spread say other things).
IMPLEMENTATION_EXTENTS = {
    "largely": "Largely or mostly so, with exceptions ('the ceasefire mostly held', 'largely respected').",
    "partly": "Partly so, in some places or by some forces ('partly respected', 'held in places').",
    "barely": "Hardly so at all ('barely held', 'largely ignored', 'in name only').",
}
