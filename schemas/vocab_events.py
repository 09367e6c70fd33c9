"""The vocabularies of issue 10's events round (mend-events, migrations/0034): a part of a month or year, and
a reason as claimed. Published with the rest by schemas/vocabularies.py."""

# "early March", "mid-November", "late 2023": a part of a month (a bracket of days) or of a year (a bracket of
# months). EDTF has no "early": the bracket is the EDTF form, the part is kept beside it as said.
PERIOD_PARTS = {
    "early": "The first part: days 1 to 10 of a month ('early March'), January to April of a year ('early "
             "2023'), or Monday and Tuesday of a week ('early last week').",
    "mid": "The middle: days 11 to 20 of a month ('mid-November'), May to August of a year ('mid-2023'), or "
           "Wednesday and Thursday of a week ('midweek').",
    "late": "The last part: day 21 to the month's last day ('late March'), September to December of a year "
            "('late 2023'), or Friday to Sunday of a week ('late last week').",
}

# The reason or purpose a claimant gives for an event ("in retaliation for", "to protest", "claimed it was
# targeting militants"). No event dataset has such a vocabulary (PLOVER's context is a setting): these are the
# reasons trial curators met in news reports, kept few; the claimant's words go in the claim's note.
CLAIMED_REASONS = {
    "retaliation": "In retaliation or revenge for something done ('in retaliation for', 'in response to'; "
                   "related_event_id names the event when it is one).",
    "self_defence": "In self-defence, or to repel an attack under way.",
    "pre_emption": "To prevent an attack or a threat said to be coming ('a pre-emptive strike').",
    "military_target": "It was aimed at fighters, weapons or military sites ('claimed it was targeting "
                       "militants', 'struck a command centre').",
    "protest": "To protest, or to demand something ('to protest against the arrests').",
    "punishment": "To punish or to deter ('a lesson', 'collective punishment' as alleged).",
    "security_operation": "Law enforcement or a security operation ('a counter-terrorism operation', 'to "
                          "restore order').",
    "liberation": "To free a place or people ('to liberate the town', 'to free hostages').",
    "humanitarian": "For humanitarian reasons (to let aid in, to evacuate civilians).",
    # mend-acts (notes/trials t8: 'entered Wad Madani to protect the citizens')
    "protection": "To protect civilians, citizens or a community from harm ('to protect the citizens', 'to "
                  "protect civilians'); humanitarian is letting aid in or evacuating.",
    "goodwill": "As a gesture of goodwill, or to build confidence ('guided by the values of humanity and as a "
                "gesture of goodwill'; mend-figures, for a provision's reason).",
    "accident": "Not intended: an accident, a mistake or a malfunction ('a tragic mistake', 'a stray missile').",
    # mend-terms (notes/trials t15 #27 #53): "to comply with the truce"; "relations with China"
    "compliance": "To comply with an agreement, a ceasefire or an order ('to comply with the truce'); the event's "
                  "treaty link (implements) names the agreement; goodwill is a gesture beyond what is owed.",
    "diplomatic": "For the sake of relations with another state or body ('relations with China'); the claim's "
                  "note names it. 'At the request of' someone is not a reason: the request is a statement of the "
                  "requesters that the event answers (in_response_to; mend-agree3).",
    # vocab26 (notes/trials t32 #65 "BP shut the Baku-Supsa pipeline ... as a precaution")
    "precaution": "As a precaution against a risk, not in answer to harm done ('as a precaution', 'for safety "
                  "reasons'): an operator's shutdown (ECONOMIC mode shutdown), staff moved out; pre_emption is "
                  "striking first at a threat.",
    # events32 (notes/trials t54 #49 "took a wrong turn and drove into the fighting")
    "navigation_error": "Got lost or went the wrong way: a wrong turn, a wrong road, straying across a line or "
                        "into a zone ('took a wrong turn into enemy lines', 'strayed into the other side's "
                        "airspace'); accident is a mishap or a malfunction (this project's extension).",
    "other": "Another reason, given in the claim's note.",
}

# issue 10, mend-cross (migrations/0039): where an actor was said to be, in an event claim's presence ("two
# Russian Su-24s were over the convoy at the time", "a US drone had been in the area"). No event dataset codes
# presence apart from taking part; ACLED's actor columns and PLOVER's roles are all participation.
CLAIMED_PRESENCE = {
    "at_the_scene": "There, at the time: over, at or beside the event as it happened ('two Su-24s were over "
                    "the convoy at the time').",
    "in_the_area": "In the area or nearby, without saying at the very place ('a drone had been in the area').",
    # events32 (notes/trials t54 #52 "hidden in the town since Tuesday night")
    "concealed": "There and hiding: in the place but concealed from the other side ('had been hiding in the town "
                 "for two days', 'trapped and hidden behind the lines') (this project's extension).",
    "not_present": "Not there: the claimant says the actor (or its equipment) was not present ('none of our "
                   "aircraft were in the area').",
    # events33 (migrations/0112; notes/trials t57 #8 "nobody could say where he was")
    "whereabouts_unknown": "Where the actor is or was is not known: the claimant (the source itself, with "
                           "attribution source) says nobody can say where it is ('his whereabouts are "
                           "unknown'); no place_id, as_of the day it holds at (this project's extension).",
    "whereabouts_disputed": "Where the actor is or was is disputed: accounts differ and the claimant says so "
                            "('where he was remained disputed'), beside the competing claims of where it was "
                            "(presence at_the_scene or in_the_area with their places); no place_id (this "
                            "project's extension).",
}

# The kind of equipment a presence claim names, after the categories of Oryx's visually confirmed equipment
# losses lists (the reference the reporting on equipment uses), cut to a few.
EQUIPMENT_KINDS = {
    "aircraft": "Fixed-wing aircraft: fighters, bombers, ground-attack and transport planes (Su-24, F-16).",
    "helicopter": "Helicopters (Oryx 'helicopters').",
    "drone": "Uncrewed aircraft, armed or not, and loitering munitions (Oryx 'unmanned aerial vehicles'; "
             "Predator, Shahed).",
    "tank": "Tanks (Oryx 'tanks').",
    "armoured_vehicle": "Armoured fighting vehicles, infantry fighting vehicles, personnel carriers.",
    "artillery": "Towed and self-propelled artillery, mortars, multiple rocket launchers.",
    "air_defence": "Air defence systems: surface-to-air missiles, anti-aircraft guns.",
    "ship": "Naval ships, boats and submarines.",
    "vehicle": "Unarmoured vehicles: trucks, cars, pick-ups.",
    "cluster_munition": "Cluster munitions: bombs, shells or rockets that scatter submunitions (the Convention on "
                        "Cluster Munitions' term), named when the reporting names the munition rather than what "
                        "fired it (mend-misc).",
    # mend-acts3 (notes/trials t21 #25): "snipers and improvised explosive devices were slowing their advance"
    "small_arms": "Small arms and light weapons a person carries: rifles, machine guns, sniper rifles, grenade "
                  "launchers ('snipers': small_arms, model 'sniper rifle') (mend-acts3).",
    "explosive_device": "Improvised explosive devices, mines, booby traps, car bombs: explosives placed or "
                        "planted rather than fired ('IEDs': model 'IED'; 'landmines': model 'landmine') (mend-acts3).",
    # mend-acts4 (notes/trials t24 #48): "mortar, rocket-propelled grenade and small-arms fire"
    "rpg": "Rocket-propelled grenades and other shoulder-fired unguided rockets and their launchers (RPG-7), "
           "recoilless rifles ('rocket-propelled grenade fire'; a light weapon of the UN's small arms and light "
           "weapons, kept apart from small_arms as reporting names it) (mend-acts4).",
    "other": "Other equipment, named in model.",
}
