"""More documented modes of event types (issue 10, vocab26; notes/trials t33 #45 "the Security Council met in emergency
session", #61 "under threat of U.N. sanctions", #69 "the unity government was formed", #70 "Machar returned to
Juba"), declared apart from vocab_acts.py for its size and merged into its EVENT_MODES (published with the rest by
schemas/vocabularies.py).

What a threat threatens is PLOVER's own THREATEN modes (CAMEO2PLOVER, openeventdata/PLOVER: CAMEO 13); a meeting
called in an emergency, a government formed and a leader's return are this project's, as each says.
"""

OURS = " (this project's extension)"
PLOVER = "PLOVER THREATEN mode "

# mode -> (types it goes with, meaning), as EVENT_MODES has them.
MORE_EVENT_MODES = {
    "restrict": (("THREATEN",), "A threat of sanctions, a boycott or an embargo, a blockade, a curfew or a state of "
                                "emergency ('under threat of U.N. sanctions') (" + PLOVER + "restrict, CAMEO 1312, "
                                "1323, 1324, 1381); the sanctions imposed are SANCTION modes travel_ban, asset_freeze, "
                                "arms_embargo, embargo."),
    "relations": (("THREATEN",), "A threat to cut aid, reduce or break relations, halt negotiations or mediation, or "
                                 "an ultimatum ('threatened to pull out of the talks') (" + PLOVER + "relations, CAMEO "
                                 "1311, 1313, 133-135, 139)."),
    "ban": (("THREATEN",), "A threat of administrative sanctions: banning parties or politicians, restricting "
                           "freedoms (" + PLOVER + "ban, CAMEO 132, 1322)."),
    "violence": (("THREATEN",), "A threat of force: military attack, violent repression, weapons of mass destruction "
                                "('threatened to resume the offensive') (" + PLOVER + "violence, CAMEO 137, 138, "
                                "1383-1385)."),
    "territory": (("THREATEN",), "A threat to occupy territory (" + PLOVER + "territory, CAMEO 1382)."),
    "emergency_session": (("CONSULT",), "A meeting or session called at short notice because of a crisis, outside "
                                        "the body's schedule ('the Security Council met in emergency session'; the "
                                        "General Assembly's emergency special sessions, resolution 377 A (V)); the "
                                        "body is a participant, its members who spoke statements" + OURS + "."),
    "government_formed": (("COOPERATE", "CONCEDE"), "A government or cabinet formed, named or sworn in ('the unity "
                                                    "government was formed on April 29'): COOPERATE when sides form it "
                                                    "together (a unity or power-sharing government: the event "
                                                    "implements the agreement's provision), CONCEDE when a leader "
                                                    "yields to a demand for it (CAMEO 0831); the posts are positions "
                                                    "whose since_event_id is this event" + OURS + "."),
    "leader_return": (("CONSULT", "COOPERATE", "MOBILIZE"), "A leader, an exile or a delegation returns to the "
                                                            "capital or the country it had left ('three days after "
                                                            "Machar returned to Juba'): CONSULT when returning for "
                                                            "talks, COOPERATE to take part in a government, MOBILIZE "
                                                            "with forces; the place reached is the event's place, "
                                                            "where from an other_places item with role from; "
                                                            "property returned is RETREAT mode return" + OURS + "."),
    # events27 (notes/trials t36 #19 "as the bodies of missing soldiers were recovered", t35 #13 "the ICRC registered
    # and interviewed each man", t36 #38 "the captured pilot being questioned")
    "body_recovery": (("AID", "INVESTIGATE", "RETREAT", "CONCEDE"),
                      "Bodies or remains of the dead or missing recovered, searched for, exhumed or handed over ('the "
                      "bodies of missing soldiers were recovered'): AID as humanitarian work (ICRC and Geneva "
                      "Convention I article 17 practice of searching for and collecting the dead), INVESTIGATE when "
                      "done to establish what happened (an exhumation of a mass grave), RETREAT when one side hands "
                      "the dead over to the other, alone or in an exchange (CAMEO 08 'yield', as prisoners handed "
                      "over: 'the bodies of 50 soldiers were handed over'; their number a figure remains_returned), "
                      "CONCEDE when yielded to a demand; a revised toll's revised_after_event_id may name it" + OURS +
                      "."),
    "detainee_registration": (("AID",), "Detainees or prisoners of war registered, visited or interviewed in "
                                        "private by a humanitarian body ('ICRC delegates registered the detainees "
                                        "and spoke to each in private'; the ICRC's detention visits, Geneva Convention III "
                                        "articles 122-126): the body is the initiator, the detainees' side the "
                                        "target" + OURS + "."),
    "interrogation": (("INVESTIGATE", "COERCE"), "A captive, detainee or suspect questioned or interrogated by "
                                                 "those holding them ('the detainees were questioned for "
                                                 "hours'): INVESTIGATE for questioning (as CAMEO 09 "
                                                 "investigate), COERCE when under duress or torture (CAMEO 1721, "
                                                 "182); the captive is the target, the questioners the initiator "
                                                 "when known" + OURS + "."),
    # events30 (notes/trials t49 #24, t47 #71: a diplomat summoned in protest, a funeral)
    "summon_diplomat": (("DISAPPROVE",), "A government summons another state's ambassador or envoy to protest ('the "
                                         "foreign ministry summoned the ambassador'): the summoning government is "
                                         "the initiator, the envoy's state the target (CAMEO 11 'disapprove', 114 "
                                         "'complain officially'; a protest delivered in person under the Vienna "
                                         "Convention on Diplomatic Relations, article 41); recalling one's own "
                                         "ambassador or expelling theirs is SANCTION mode expel" + OURS + "."),
    "funeral": (("COMMEMORATE",), "A funeral or burial of the dead, held or planned ('thousands attended the "
                                  "funeral of the slain commander'; a planned one has occurrence planned): the dead "
                                  "are those of the event the funeral follows (relation follows); honourable burial "
                                  "of the war dead is Geneva Convention I article 17; a funeral that turns into a "
                                  "demand is PROTEST mode demo" + OURS + "."),
    "memorial": (("COMMEMORATE",), "A ceremony of mourning or remembrance: a vigil, a memorial service, a day of "
                                   "mourning observed, a commemoration of a massacre's anniversary; the day of "
                                   "mourning declared is a statement of whoever declares it" + OURS + "."),
    # vocab34 (notes/trials t61 #63 "Ghana did not arrest him"): an arrest had no mode, so one not made was a title
    "arrest": (("COERCE",), "People arrested, detained or taken into custody by a state's police, forces or "
                            "authorities, or by a party acting as one ('police arrested the suspect'; a state that "
                            "did not arrest a wanted man has occurrence did_not_occur): those who arrest are the "
                            "initiator, those arrested the target (PLOVER COERCE, CAMEO 173 'arrest, detain, or "
                            "charge with legal action'); seizing hostages is CAMEO 181, a raid to arrest mode "
                            "raid."),
    # events37: the opposite of RETREAT mode access, done rather than said
    "access_denied": (("COERCE",), "International or outside involvement kept out: monitors, inspectors, "
                                   "journalists or an aid convoy refused entry to a place, turned back or barred "
                                   "('kept the observers out of the town', 'turned back the aid convoy at the "
                                   "checkpoint', 'barred reporters from the area'): those who bar it are the "
                                   "initiator, those kept out the target, the place the event's place; letting "
                                   "them in is RETREAT mode access, a refusal only said is a statement's refusal "
                                   "(PLOVER COERCE, restrictions on movement; the act CAMEO 1245 'refuse to allow "
                                   "international involvement' refuses)" + OURS + "."),
}
