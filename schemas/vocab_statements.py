"""Terms of what a statement says beyond its stance (issue 10, stmt30, migrations/0102): how new the reporting says
it is. This project's own list: CAMEO and PLOVER code what is said, not whether it is said for the first time; the
reporting marks it ('the first public confirmation that', 'a rare public appearance', 'again denied')."""

STATEMENT_NOVELTIES = {
    "first": "The reporting says it is the first time the speaker says this, or the first confirmation of it ('the "
             "first official confirmation that troops had crossed the border', 'for the first time publicly'); of an "
             "event, the first of its kind, under an agreement or in a place ('the first releases under the "
             "accord', events32).",
    "rare": "The reporting says the speaker seldom speaks, or seldom says this ('in a rare public appearance', 'a "
            "rare interview').",
    "repeated": "The reporting says the speaker has said it before and says it again ('again denied', 'repeated "
                "its call', 'reiterated'); relations restates or confirms names the earlier statement when one is "
                "recorded.",
    "first_in_period": "The first time in a stated span ('his first public remarks in months'); the words say the "
                       "span.",
}

# statements37: what a speaker predicts of an agreement or of an actor's own fortunes (a predictions item's
# treaty_outcome and actor_outcome, schemas/statement_predictions.py). This project's own lists: CAMEO and PLOVER
# code the statement (012 'make pessimistic comment', 013 'make optimistic comment'), not what it foresees.
TREATY_PROSPECTS = {
    "survives": "The agreement or plan will last, hold or stay alive ('the plan is still alive', 'the deal will hold') "
                "(this project's extension).",
    "fails": "The agreement or plan will fail, or has little chance of succeeding ('the deal has little chance', "
             "'the plan is doomed'); the hedge says how sure (this project's extension).",
    "enters_into_force": "The agreement will enter into force or take effect ('the accord would take effect next "
                         "month') (this project's extension).",
    "collapses": "The agreement will collapse or break down once in force ('the truce is on the verge of "
                 "collapse'); fails is one that never gets going (this project's extension).",
    "is_signed": "The agreement will be signed ('a deal could be signed within days') (this project's extension).",
    "is_ratified": "The agreement will be ratified, approved or endorsed by a body that must accept it ('parliament "
                   "is expected to ratify the treaty') (this project's extension).",
    "other": "Another prospect than these, said in the item's words (this project's extension; an admin may "
             "register a local term for one that recurs).",
}

ACTOR_PROSPECTS = {
    "copes_alone": "The actor will manage on its own, without outside help or supplies ('said it could manage "
                   "without outside supplies') (this project's extension).",
    "prevails": "The actor will win, prevail or achieve its aim ('the army said it would prevail') (this "
                "project's extension).",
    "is_defeated": "The actor will be defeated, beaten or destroyed ('said the rebels would be crushed') (this "
                   "project's extension).",
    "gives_in": "The actor will give in, yield or back down ('predicted the government would bow to the "
                "pressure') (this project's extension).",
    "holds_out": "The actor will hold out, resist or endure ('the garrison could hold out for months') (this "
                 "project's extension).",
    "other": "Another prospect than these, said in the item's words (this project's extension; an admin may "
             "register a local term for one that recurs).",
}

# Published by schemas/vocabularies.py in ALL, under these names.
SAID_VOCABULARIES = {"statement_novelties": STATEMENT_NOVELTIES, "treaty_prospects": TREATY_PROSPECTS,
                     "actor_prospects": ACTOR_PROSPECTS}
