"""The vocabularies of typed relations between records (issue 10; schemas/relations.py). Part of the controlled
vocabularies (schemas/vocabularies.py, which publishes them all).
"""

# --- issue 10, relations: typed links between records -------------------------------------------------------

# event -> event. "Part of" is the event's parent_id (one larger event), not a term here.
EVENT_RELATIONS = {
    "follows": "Comes after the other event in a sequence of the same kind (a second round of talks after the "
               "first; Wikidata P155 'follows').",
    "in_response_to": "Was done in response to the other event, as reporting says (an offensive answering an "
                      "attack; Wikidata P828 'has cause').",
    "ends": "Ended the other event (a violation that ended a truce, an agreement that ended a war; the inverse "
            "of Wikidata P1534 'end cause').",
    "suspends": "Suspended the other, which had not ended and may resume ('the Jeddah talks were suspended'; "
                "contrast ends).",
    "escalates": "Intensified the other, an ongoing event ('fighting intensified' after an attack or an "
                 "announcement; PLOVER's escalation of an ongoing conflict).",
    "investigates": "Is an investigation, inquiry or probe into the other event ('opened an investigation into "
                    "the withdrawal'): the other is its subject, where in_response_to names a trigger (usually "
                    "a PLOVER INVESTIGATE event, CAMEO 09; the link is this project's extension).",
    # issue 10, mend-relations: "the ICC issued a warrant over the deportation of children"
    "legal_action_over": "Is a legal action (a charge, a warrant, a lawsuit, a trial, a sentence; "
                         "docs/api.md 'Legal actions') over the other event, the deed it is about ('an ICC "
                         "warrant over the deportation of children'); this project's extension.",
    # issue 10, mend-time (trials t9, t11): order in time alone, across kinds, without a cause or a sequence
    "after": "Happened after the other event, of any kind, as reporting places it ('strikes resumed minutes "
             "after the truce expired', 'days after talks in Sanaa'): says nothing of cause (in_response_to, "
             "ends) or of a sequence of the same kind (follows); elapsed says how long after (TimeML's TLINK "
             "AFTER; OWL-Time time:after).",
    "before": "Happened before the other event ('a rocket was fired about an hour before the strikes'): after "
              "seen from the earlier event, for when that one is written last; elapsed says how long before "
              "(TimeML's TLINK BEFORE; OWL-Time time:before).",
    "simultaneous": "Happened at the same time as the other, as reporting says ('the two planes took off at the "
                    "same time'), to the precision it gives; takes no elapsed (TimeML's TLINK SIMULTANEOUS).",
    # events27 (notes/trials t35 #57 "making peace ... to free troops for another front")
    "in_order_to": "Was done so as to bring about the other event, as reporting says ('agreed a truce in the north "
                   "to free troops for the southern front'): the other is the purpose, which may be planned, "
                   "expected or not yet done (its occurrence says so); in_response_to names a cause behind, this an "
                   "aim ahead (Wikidata P3712 'has goal'; this project's extension).",
    # issue 10, mend-occur (migrations/0068): "the raid pre-empted an attack planned for the start of Ramadan"
    "prevents": "Foiled, pre-empted or stopped the other event before it happened ('the raid pre-empted an "
                "attack'): the other's occurrence is prevented (see /v1/vocabularies occurrences).",
    # events32 (notes/trials t53 #47 "the refusal held up the release")
    "delays": "Held up or postponed the other event, which happened later than planned or has not yet happened "
              "('the dispute held up the release', 'the talks were put off after the attack'); prevents is "
              "stopped altogether, obstructs hindered while it went on (this project's extension).",
    "obstructs": "Hindered, slowed or disrupted the other event as it went on, without stopping it ('snipers "
                 "slowed the advance', 'protesters blocked the convoy for hours'); delays is put off before it "
                 "began (this project's extension).",
    # open31 (migrations/0105): open; a local relation is a plain one (none of the acyclic ones' checks)
    "other": "Another relation than these, said in the event's summary (this project's extension; an admin may "
             "register a local term for one that recurs).",
}

# issue 10, mend-time 2: "immediately after", "shortly after": how soon, said without a number (a relation's
# elapsed.nearness; none of TimeML's or OWL-Time's terms, which measure, says it).
ELAPSED_NEARNESS = {
    "immediately": "At once, with no time said to pass ('immediately after', 'straight after'): not simultaneous, "
                   "which says they came together.",
    "shortly": "Soon, by an amount the reporting does not give ('shortly after', 'soon after', 'moments later').",
}

# events33 (migrations/0112; notes/trials t56 #8 "ended a week after the first ambulances crossed"): which end of each
# record a relation's elapsed is counted between (its counted_from, counted_to). TimeML's TLINKs relate whole
# intervals; OWL-Time's time:hasBeginning and time:hasEnd name the ends. start to start is what elapsed meant before.
ELAPSED_ENDS = {
    "start": "The record's start, its date_start: 'two days after the talks began', 'began a week after the "
             "exchange' (OWL-Time time:hasBeginning); the default at both ends.",
    "end": "The record's end, its date_end (its day when it lasted one day): 'a week after the exchange ended', "
           "'ended a week after the first crossings' (OWL-Time time:hasEnd).",
}


# issue 10, mend-time (migrations/0047): a record placed in time against a treaty's dated point (`timing` on an
# event's treaty link, a statement's about_treaties item, an implementation entry).
TIME_RELATIONS = {
    "after": "Came after the point ('minutes after the truce expired', 'within hours of the ceasefire taking "
             "effect'); elapsed says how long after (TimeML's TLINK AFTER).",
    "before": "Came before the point ('about an hour before the deadline'); elapsed says how long before "
              "(TimeML's TLINK BEFORE).",
    "simultaneous": "Came as the point was reached ('as the truce took effect'); takes no elapsed (TimeML's "
                    "TLINK SIMULTANEOUS).",
}

TREATY_POINTS = {
    "signing": "When the treaty was signed (its signed_date, a status change signed).",
    "entry_into_force": "When it took effect ('the ceasefire taking effect'; its in_force_date, a status change "
                        "in_force).",
    "end": "When it ended: expired by its terms, terminated, collapsed ('the truce expired'; its ended_date).",
    "status_change": "A change of status in its status_history other than those above, named by status "
                     "('hours after that extension': extended).",
    "deadline": "A deadline of the treaty (of the provision the link names, when it names one): milestone says "
                "which, start or completion ('about an hour before the deadline').",
    "current_end": "The end of its term as it stood at that moment, as extended so far ('minutes before the "
                   "deadline' of a truce extended before: the expiry the latest extension set, not the final end); "
                   "status_change_id may name that extension. This project's term (W3C Time has none).",
    "occasion": "A day or season that is neither the treaty's nor an event's, named in words in occasion ('timed "
                "before Eid al-Fitr'); never coded as an invented event. This project's term.",
}

# statement -> statement
STATEMENT_RELATIONS = {
    "refers_to": "Mentions or concerns the other statement, without saying more (the old untyped 'about').",
    "replies_to": "Answers the other statement.",
    "confirms": "Says the other statement is true.",
    "contradicts": "Says something incompatible with the other statement, without calling it false.",
    "denies": "Says the other statement is false.",
    "retracts": "The speaker withdraws the other statement (usually their own).",
    "revises": "Replaces the other statement with a corrected version (a new figure, a changed date).",
    "supplements": "Adds to the other statement without correcting it (a later statement naming who else took "
                   "part); both stand.",
    # issue 10, mend-cross (migrations/0039): "Russia first suggested ...; it later said ..."
    "follows": "Was made after the other, in a sequence ('later said', 'first suggested ... then'): an order "
               "for statements whose dates are unknown or the same; elapsed says how long after, when "
               "reported (Wikidata P155 'follows').",
    # issue 10, mend-time
    "simultaneous": "Was made at the same time as the other ('said at the same time', two statements read out "
                    "together); takes no elapsed (TimeML's TLINK SIMULTANEOUS).",
    # open31 (migrations/0105): open; a local relation is a plain one (retracts, revises... keep their rules)
    "other": "Another relation than these, said in the statement's summary (this project's extension; an admin "
             "may register a local term for one that recurs).",
}

# event -> place: the part an event's further place (other_places) plays. The main place_id reads as `at`.
EVENT_PLACE_ROLES = {
    "at": "The event happened at the place (also) - what the main place_id always means.",
    "from": "Where the movement the event describes started (flown from Russia).",
    "to": "Where it ended (flown to Saudi Arabia, handed over to Turkey).",
    "via": "A place it passed through on the way.",
    # issue 10, mend-between (trial t9b #20 #45): "flights between Aden and Sanaa" - the provisions' between
    "between": "One end of a route or link travelled both ways, or in no stated direction ('flights between Aden "
               "and Sanaa', 'shuttled between the two cities'): every end is listed as between, the main place_id "
               "too (this project's extension, as the provisions' place role between).",
}

# statement -> statement: how much of the other a denial (or a contradiction) rejects.
DENIAL_EXTENTS = {
    "whole": "All of the other statement ('denied the report').",
    "part": "A part of it, which part says ('denied that civilians were killed', the attack itself not denied).",
    "scale": "Its scale or extent, not that it happened ('denied the scale of the losses', 'said the figure "
             "was exaggerated').",
}


# rel31 (migrations/0106): how far a relation between records holds, as the reporting hedges it ("based largely on",
# "stalled partly over"): every relation's `degree` (schemas/relation_claims.py). No dataset has such a term; the
# four follow the degree adverbs of English grammar (Quirk et al., A Comprehensive Grammar of the English Language,
# 1985: the amplifiers entirely, largely; the downtoners partly, slightly).
RELATION_DEGREES = {
    "entirely": "Wholly so, nothing else said to count ('based entirely on', 'solely because of', 'wholly in "
                "response to') (this project's extension).",
    "largely": "Mostly or mainly so, with something else besides ('based largely on', 'mainly over', 'in large "
               "part because of') (this project's extension).",
    "partly": "In part, beside other things ('partly because of', 'based in part on', 'among other things over') "
              "(this project's extension).",
    "slightly": "To a small degree only ('loosely based on', 'only slightly', 'in small part because of') (this "
                "project's extension).",
}


# issue 10, mend-announce (migrations/0077; notes/trials t24 #46 "was later extended", #56 "during lulls in the
# fighting", t25 #19 "fled the city as the rebels advanced", #26 "within weeks it had taken a string of towns", #81
# "in the coming days"): a reported date placed against another record or the report (a reported date's relative).
RELATIVE_DATE_RELATIONS = {
    "after": "After the anchor ('later', 'within weeks of', 'in the coming days'); elapsed says how long after "
             "(TimeML's TLINK AFTER).",
    "before": "Before the anchor ('shortly before the talks'); elapsed says how long before (TimeML's TLINK BEFORE).",
    "during": "While the anchor went on ('as the rebels advanced', 'during the fighting'); no elapsed (TimeML's "
              "TLINK DURING).",
    "during_lulls": "In pauses or lulls of the anchor, an event that went on ('during lulls in the fighting'); no "
                    "elapsed (this project's extension).",
    # batch31: a figure's as_of "by the time of" an event or another count, not while it went on
    "simultaneous": "At the time of the anchor, taken as a point ('by the time of the talks', 'at the time of the "
                    "first count'); no elapsed (TimeML's TLINK SIMULTANEOUS).",
}
RELATIVE_DATE_ANCHORS = {
    "event": "An event, named by event_id ('as the rebels advanced': the advance).",
    "previous_entry": "The entry before this one in the same list: a status history, an implementation record, an "
                      "actor's positions ('was later extended': after the status change before it).",
    "report": "The report itself, dated by its source ('in the coming days', 'within weeks', said in a report of "
              "that day).",
    "statement": "The statement the date is in (a statement act's date: 'in the coming days, he said'); a figure's "
                 "as_of may name another by statement_id ('a day after the minister spoke').",
    # figures27 (trial t35 #34)
    "treaty": "A point of a treaty, named by treaty_id and treaty_status, the status it reached then ('since the "
              "ceasefire took effect': in_force; 'a week after the accord was signed': signed); the day is the "
              "treaty record's (this project's extension).",
    # batch31: "a week after the first count, the toll stood at 40"
    "figure": "Another figure of the same record, named by figure_id or figure_key, at its as_of: a figure's as_of "
              "only ('a week after the first count'; this project's extension).",
}
