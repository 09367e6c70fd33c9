"""The vocabularies of an event's effects on services, and of how it ended against its plan (issue 10, mend-acts3, migrations/0071; notes/trials t20
#27 "communications in the area have been largely cut since the attack began"): which service was cut, how far,
and when against the event. Published with the rest by schemas/vocabularies.py.

No event dataset codes outages: ACLED keeps them in its notes, and PLOVER has no type for them (an outage is
what an event did, not an act of its own). The services follow the sectors OCHA's situation reports list
(telecommunications, electricity, water, roads, air access, health, humanitarian access), cut to a few; the
terms are this project's own.
"""

OURS = " (this project's extension)"

DISRUPTED_SERVICES = {
    "communications": "Telephone and mobile networks, and communications in general ('communications were cut', "
                      "'phone lines are down')" + OURS + ".",
    "internet": "Internet access, when the reporting names it apart from the phone networks ('an internet "
                "shutdown')" + OURS + ".",
    "power": "Electricity ('a blackout', 'power was cut')" + OURS + ".",
    "water": "Water supply ('water was cut off')" + OURS + ".",
    "fuel": "Fuel supply ('fuel is running out')" + OURS + ".",
    "food": "Food supply and markets ('food is running out')" + OURS + ".",
    "roads": "Roads and road transport closed or cut ('the only road out was blocked')" + OURS + ".",
    "flights": "Airports and flights closed or suspended ('flights were suspended')" + OURS + ".",
    "health_care": "Hospitals and clinics out of service ('the hospital stopped working')" + OURS + ".",
    "aid": "Humanitarian aid and access halted ('aid deliveries were suspended')" + OURS + ".",
    # vocab26 (notes/trials t32 #61 "cutting Georgia's main east-west rail line", #64 "BP shut the Baku-Supsa oil
    # pipeline"): OCHA's logistics sector names rail beside roads; energy beside power is fuel and its pipelines
    "rail": "Railways and rail transport cut or suspended ('cutting the main east-west rail line', 'trains stopped "
            "running'); roads are roads" + OURS + ".",
    "pipeline": "Oil or gas pipelines shut, cut or damaged ('BP shut the Baku-Supsa oil pipeline'); what runs short "
                "for lack of it is fuel" + OURS + ".",
    "other": "Another service, named in words" + OURS + ".",
}

DISRUPTION_EXTENTS = {
    "full": "Cut off entirely ('cut', 'shut down', 'a total blackout')" + OURS + ".",
    "largely": "Mostly cut ('largely cut', 'mostly down')" + OURS + ".",
    "partial": "Partly cut, disrupted or intermittent ('disrupted', 'patchy', 'cut in some areas')" + OURS + ".",
}

DISRUPTION_TIMINGS = {
    "since_start": "Since the event began ('since the attack began'): from the event's start" + OURS + ".",
    "during": "At some time while the event went on, its start not said" + OURS + ".",
    "after": "After the event, as its result ('in the days after the strike')" + OURS + ".",
}

# How an event ended against its plan or schedule (notes/trials t21 #41: "Duterte, who cut short a visit to
# Moscow"). Whether it happened at all is another matter (planned, cancelled...).
EVENT_ENDINGS = {
    "cut_short": "Ended before its planned or expected end ('cut short a visit to Moscow', 'the talks broke up a "
                 "day early'); date_end is the day it ended" + OURS + ".",
    "as_planned": "Ended when it was planned or scheduled to ('the visit ended as scheduled')" + OURS + ".",
    "extended": "Went on past its planned end ('the talks were extended by a day', 'the operation was "
                "prolonged')" + OURS + ".",
}

# How far an event spread, when the reporting says (an event's `extent`, mend-acts4, migrations/0076; notes/trials
# t25 #60 "widespread looting of shops, offices and homes"). ACLED keeps such words in its notes; the terms are ours.
EVENT_EXTENTS = {
    "widespread": "Over much of the place or in many places at once ('widespread looting', 'fighting across the "
                  "city')" + OURS + ".",
    "scattered": "Here and there, or now and then, in a few places ('sporadic gunfire', 'scattered clashes')"
                 + OURS + ".",
    "isolated": "In one or very few places, said to be exceptions ('isolated incidents', 'an isolated attack')"
                + OURS + ".",
}

# How often an event recurred, when the reporting says so without a count (an event's `recurrence`, mend-time5,
# migrations/0083; notes/trials t27 #28 "a trial that had drawn daily protests", t26 #68 "the RUF's practice of
# cutting off civilians' hands"). The event is the whole series: its dates the span it went on over. ACLED and
# UCDP code each day's event; a report that says only "daily" gives no count of them, so none is invented.
EVENT_RECURRENCES = {
    "daily": "Every day, or day after day, over the event's dates ('daily protests', 'daily shelling')" + OURS + ".",
    "nightly": "Every night ('nightly air raids', 'night after night')" + OURS + ".",
    "weekly": "Every week, or on one day of each week ('weekly protests', 'every Friday')" + OURS + ".",
    "monthly": "Every month ('monthly convoys')" + OURS + ".",
    "repeated": "Again and again, on no schedule said: a practice, a pattern or a campaign ('the RUF's practice "
                "of cutting off hands', 'repeated attacks', 'routinely')" + OURS + ".",
    # vocab26 (notes/trials t34 #39 "renewed shelling", the earlier shelling not recorded)
    "renewed": "Again after a pause: it resumed or repeated an earlier episode of the same kind that the reporting "
               "mentions but does not describe ('renewed shelling', 'fighting resumed'); the event is the renewed "
               "episode, its dates its own. When the earlier episode is recorded, the event follows it (an event "
               "relation) instead" + OURS + ".",
}
