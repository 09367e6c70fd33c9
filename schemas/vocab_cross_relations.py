"""The vocabularies of links across kinds (issue 10, mending round mend-cross, migrations/0039; schemas/cross_relations.py):
an event's statement_relations (event -> statement) and a statement's event_relations (statement -> event). Moved
out of schemas/vocab_relations.py (rel31), which was at its size limit; published with the rest by
schemas/vocabularies.py.
"""

# issue 10, mend-cross (migrations/0039): links across kinds. An event's statement_relations (event ->
# statement) and a statement's event_relations (statement -> event), each with the time elapsed between them.
EVENT_STATEMENT_RELATIONS = {
    "follows": "Happened after the statement, as reporting places it ('hours after the army declared the truce "
               "over, the convoy was hit'); says nothing of cause (Wikidata P155 'follows').",
    "in_response_to": "Was done in response to the statement, as reporting says (a strike answering an "
                      "ultimatum, a walk-out answering a speech; Wikidata P828 'has cause').",
    "carries_out": "Does what the statement announced, ordered or threatened (the strike a statement had "
                   "threatened, the evacuation it ordered); this project's extension (CAMEO codes the "
                   "threat, 13, and the deed apart, with no link between them).",
    # issue 10, mend-time
    "precedes": "Happened before the statement ('the strike came an hour before the ministry's warning'); says "
                "nothing of cause; elapsed says how long before (TimeML's TLINK BEFORE).",
    "simultaneous": "Happened while the statement was made, as reporting says ('as the minister spoke, sirens "
                    "sounded'); takes no elapsed (TimeML's TLINK SIMULTANEOUS).",
    # issue 10, mend-time5 (trial t27 #43 "the talks broke down after the gunmen demanded Yuldashev's release")
    "ended_after": "Ended, broke down or collapsed after the statement, having begun before it ('the talks broke "
                   "down after the gunmen demanded his release'); says nothing of cause; the event's ending or "
                   "outcome says how it ended, elapsed how long after (this project's extension).",
    # rel31 (migrations/0106): "the talks stalled over the rebels' demands"
    "over": "Happened, stalled or broke out over or because of what the statement said: its demands, terms, "
            "claims or words are what the event turned on, or its cause, as reporting says ('the talks stalled "
            "over the rebels' demands', 'protests broke out because of the remarks'); in_response_to is a deed done "
            "to answer the statement, ended_after an order in time alone (Wikidata P828 'has cause', read as the "
            "matter at issue; this project's extension).",
    # statements37: "the envoy flew to the capital to urge the assembly to approve the plan"
    "in_order_to": "Was undertaken so as to make the statement or request: a visit, a flight or a meeting made in "
                   "order to say, ask or announce it ('the envoy flew to the capital to urge the assembly to "
                   "approve the plan'); the event relation in_order_to is the same aim towards an event (Wikidata "
                   "P3712 'has goal'; this project's extension).",
    "other": "Another link than these, said in the event's summary (this project's extension; an admin "
             "may register a local term for one that recurs).",
}

# statement -> event
STATEMENT_EVENT_RELATIONS = {
    "follows": "Was made after the event ('two days after the strike, the ministry said ...'); says nothing of "
               "what it answers (Wikidata P155 'follows').",
    "in_response_to": "Answers the event: a condemnation of an attack, an expression of regret, a denial of a "
                      "role in it (about_event_ids says only what it is about).",
    "precedes": "Was made before the event ('warned residents two hours before the strike'): a warning, an "
                "ultimatum, an announcement of what then happened.",
    # issue 10, mend-time
    "simultaneous": "Was made at the same time as the event happened ('announced as the planes took off'); takes "
                    "no elapsed (TimeML's TLINK SIMULTANEOUS).",
    # rel31 (migrations/0106): the event's `over`, coded from the statement
    "cause_of": "What the statement said caused, held up or brought about the event, as reporting says ('the "
                "demands stalled the talks', 'the remarks sparked protests'): the event's over, read from the "
                "statement; precedes is an order in time alone (Wikidata P1542 'has effect'; this project's "
                "extension).",
    "other": "Another link than these, said in the statement's summary (this project's extension; an "
             "admin may register a local term for one that recurs).",
}

