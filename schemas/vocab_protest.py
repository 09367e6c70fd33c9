"""PLOVER's PROTEST modes and a protest act of this project's (issue 10, events33, migrations/0112; notes/trials t56
#61 "threw away the clothing their captors had issued", #64 "shouted slogans"), declared apart from vocab_acts.py for
its size and merged into its EVENT_MODES (published with the rest by schemas/vocabularies.py). Before, a protest's
mode was free words ("demo" among them), silently kept as written and never documented.

PLOVER's PROTEST modes are its CAMEO2PLOVER mapping of CAMEO 14 (openeventdata/PLOVER, CAMEO2PLOVER-2021.txt):
141 demo, 142 hunger, 143 boycott, 144 obstruct, 145 riot. What a protest is about is the event's issues.
"""

OURS = " (this project's extension)"
PLOVER = "PLOVER PROTEST mode "

# mode -> (types it goes with, meaning), as EVENT_MODES has them.
PROTEST_EVENT_MODES = {
    "demo": (("PROTEST",), "Demonstrate or rally: a march, a rally, a sit-in, a crowd shouting slogans or carrying "
                           "banners ('some shouted slogans', 'thousands marched on the ministry') (" + PLOVER +
                           "demo, CAMEO 141); approval shown in public is CELEBRATE."),
    "hunger": (("PROTEST",), "A hunger strike: refusing food to press a demand ('detainees went on hunger strike') "
                             "(" + PLOVER + "hunger, CAMEO 142)."),
    "boycott": (("PROTEST",), "A strike or a boycott: refusing to work, to attend, to buy or to take part ('workers "
                              "went on strike', 'the opposition boycotted the session') (" + PLOVER + "boycott, "
                              "CAMEO 143); a threat of one is THREATEN mode relations."),
    "obstruct": (("PROTEST",), "Obstructing passage: blocking a road, a gate, a convoy or a building in protest "
                               "('protesters blocked the road to the crossing') (" + PLOVER + "obstruct, CAMEO "
                               "144); a relation obstructs says which event it hindered."),
    "riot": (("PROTEST",), "Protesting violently: a riot, stones thrown, property set alight in protest ('the "
                           "protest turned into a riot') (" + PLOVER + "riot, CAMEO 145)."),
    "reject_items": (("PROTEST",), "Rejecting, throwing away or destroying items the other side issued, supplied "
                                   "or gave, as a protest ('threw away the uniforms handed out to them', "
                                   "'refused the rations handed out'): the items are the event's covers, with "
                                   "issued_by_id the side that had issued them; PLOVER has no such mode" + OURS +
                                   "."),
}
