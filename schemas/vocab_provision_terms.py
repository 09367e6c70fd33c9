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
                      "Sharing posts among the parties is power_sharing (PA-X transitional power sharing, "
                      "transitional institutions; PAM Interim Government: this project's extension as a type).",
    # mend-agree5 (notes/trials t26 #53): "the RUF was to turn itself into a political party"
    "party_transformation": "For an armed group to transform itself into a political party or movement and "
                            "take part in politics ('the RUF was to turn itself into a political party'): the "
                            "group is a provision actor in role beneficiary or an obliged party, the party, when "
                            "named, an object (kind body, action creates) (PA-X power sharing: political, "
                            "'rebel group transformation into political party'; PAM Political Party Reform).",
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
