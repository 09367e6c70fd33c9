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
