"""Whether an event happened, as the reporting gives it (issue 10, mend-occur, migrations/0068; trials t21 #37
"some officials said weapons had been stockpiled", #38 "the raid pre-empted an attack planned for the start of
Ramadan", #48/#49 "a police chief beheaded" / "police said it was not so", t20 #45 "suspended the planned return
of workers"). An event's `occurrence`, and a claim's (one side says it happened, the other denies it).

This project's own list: ACLED and UCDP record only events that happened; TimeML's event modality and factuality
(FactBank: fact, probable, possible, counterfact) say the same thing of a mention, not of a record. COUNTED are
the occurrences that GET /v1/events lists and /v1/events/stats counts when occurrence= is not given: the events
reported to have happened, as fact or as a claim. The others (an attack planned, threatened, foiled, suspended,
called off, or said not to have happened) are listed and counted only when asked for (occurrence=any, or their
terms), so that they add to no count of events or deaths.
"""

OCCURRENCES = {
    "occurred": "It happened, as the reporting states it (the default; every event stored before migration 0068).",
    "alleged": "It is reported only as one side's claim, which the reporting does not take as its own ('some "
               "officials said weapons had been stockpiled in mosques'; 'the president said a police chief had "
               "been beheaded'): the claimants are the event's claims with occurrence.",
    "planned": "It was planned, prepared or announced, and had not happened when reported ('an attack planned "
               "for the start of Ramadan'; 'the planned return of workers'). Its dates are those it was planned "
               "for, when given.",
    "threatened": "An actor threatened to carry it out, and it had not happened when reported ('threatened to "
                  "shell the city'); the threat itself is a statement (stance threaten) or a THREATEN event.",
    "prevented": "It was planned or under way and was foiled, pre-empted or stopped before it happened ('the raid "
                 "pre-empted an attack'; 'a bombing foiled by police'): the event that prevented it has a "
                 "relation prevents to it, when reported.",
    "suspended": "It was planned or under way and was suspended, put off, and may still happen ('suspended the "
                 "planned return of workers'): the event that suspended it has a relation suspends to it.",
    "cancelled": "It was planned and was called off, for good ('the talks were cancelled').",
    "did_not_occur": "The reporting says it did not happen: a claim shown false ('police said it was not so: the "
                     "officer was alive'), or a reported event that never took place. Who said it happened is "
                     "a claim with occurrence occurred, who denied it one with did_not_occur.",
}

# What GET /v1/events and /v1/events/stats read when occurrence= is not given (docs/api.md "Events that did not
# happen"): every event stored before migration 0068 is occurred, so old clients' answers do not change.
COUNTED = ("occurred", "alleged")
