"""Documented modes of force and alert (issue 10, events32; notes/trials t55 #8 "the raids were air raids", #52
"destroyed the small air force on the ground", #63 "roamed the city looking for foreigners", #88 "declared maximum
alert"; t54 #52 "calling in artillery fire"), a loss whose cause is not reported (t54 #41 "a gunship went down"),
and the levels of an alert. Declared apart from vocab_acts.py for its size and merged into its EVENT_MODES
(published with the rest by schemas/vocabularies.py).

PLOVER's CAMEO2PLOVER table gives FIGHT an aerial mode (CAMEO 195 "employ aerial weapons", 1951 precision-guided,
1952 remotely piloted); the others are this project's, as each says.
"""

OURS = " (this project's extension)"

# mode -> (types it goes with, meaning), as EVENT_MODES has them.
FORCE_EVENT_MODES = {
    "aerial": (("FIGHT", "ASSAULT"), "An air strike or air raid: bombs, missiles or guns fired from aircraft, "
                                     "helicopters or drones ('air raids on the rebel-held town', 'an air strike "
                                     "hit the convoy'): FIGHT against armed forces (PLOVER FIGHT mode aerial, "
                                     "CAMEO 195, 1951, 1952), ASSAULT when one-sided against civilians (PLOVER "
                                     "puts attacks on civilians in ASSAULT); the aircraft are a claim's "
                                     "equipment."),
    "destroy_equipment": (("FIGHT", "ASSAULT"), "Equipment destroyed or disabled where it stood rather than people "
                                                "attacked: aircraft destroyed on the ground, ships in port, "
                                                "vehicles or depots ('destroyed the air force's planes on the "
                                                "ground'): FIGHT when against an armed force's equipment, ASSAULT "
                                                "when against civilian property; what was lost is a figure "
                                                "equipment_lost, its kind the figure's equipment" + OURS + "."),
    "manhunt": (("COERCE", "ASSAULT"), "A hunt for people by a mob, vigilantes, a militia or a crowd: roaming "
                                       "streets or searching homes for people of a group ('gangs roamed the city "
                                       "overnight looking for foreigners'): COERCE when searching and threatening, "
                                       "ASSAULT when those found are attacked; those hunted are participants in "
                                       "role sought, the hunters the initiator; a security forces' search for a "
                                       "suspect is a raid or an arrest" + OURS + "."),
    "fire_direction": (("FIGHT",), "Spotters or forward observers direct fire onto targets: calling in artillery, "
                                   "air strikes or naval gunfire, marking targets ('the patrol hid in the town "
                                   "calling in artillery fire'): the spotters are the initiator (with presence "
                                   "concealed when hidden), the force firing a participant in role supporting"
                                   + OURS + "."),
    "alert": (("MOBILIZE",), "Forces put on alert or their alert raised or lowered, without moving them ('declared "
                             "maximum alert', 'troops on high alert'; PLOVER's troops mode counts a raised alert "
                             "among deployments, CAMEO 152): the level is the event's alert_level, in words "
                             "alert_level_words" + OURS + "."),
    # a loss whose cause is not reported: the type LOSS asserts neither an attack nor an accident
    "craft_lost": (("LOSS",), "An aircraft, a helicopter, a drone, a ship or a vehicle lost: went down, crashed, "
                              "sank or disappeared, the reporting giving no cause ('a gunship went down'); the "
                              "loss is a figure equipment_lost" + OURS + "."),
    "people_missing": (("LOSS",), "People, a crew, a patrol or a unit lost or missing, the reporting giving no "
                                  "cause ('a patrol failed to return'); their number a figure missing" + OURS + "."),
}

# A loss whose cause is not reported (t54 #41): FIGHT asserts combat, DISASTER transport_accident an accident.
LOSS_EVENT_TYPE = {
    "LOSS": ("setting", "A loss whose cause is not reported: a craft, a vehicle, a ship or people lost, gone down "
                        "or missing, the reporting saying neither that it was attacked nor that it was an "
                        "accident (modes craft_lost, people_missing)" + OURS + ". A claimant's cause is a claim "
                        "of the event with its own type and mode (FIGHT 'said it was shot down', DISASTER "
                        "transport_accident); once the cause is established the event's type changes to it."),
}

# How far an alert goes (an event's alert_level, with mode alert). No standard scale spans armies; the terms are
# the ones reporting uses, in order; a state's own scale (DEFCON 3) goes in alert_level_words.
ALERT_LEVELS = {
    "raised": "Put on alert, or an alert raised, without a level said ('troops were put on alert')" + OURS + ".",
    "high": "A high or heightened alert ('on high alert', 'a state of heightened readiness')" + OURS + ".",
    "maximum": "The highest alert ('declared maximum alert', 'full combat readiness')" + OURS + ".",
    "lowered": "An alert lowered or lifted ('the alert was lifted', 'stood down')" + OURS + ".",
}
