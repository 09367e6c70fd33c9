"""Participant roles of a handover (acts35): the side that hands a post, a place, people or remains over, and the
side that receives or takes it over ("the army handed the checkpoints over to the peacekeepers"). Before, the
giving side was the initiator and the receiving one the target, which say who acts on whom, not who gives and who
gets; released and exchanged are the people handed over, not the sides. Kept apart for schemas/vocab_records.py's
size; merged into PARTICIPANT_ROLES there."""

HANDOVER_ROLES = {
    "handed_over": "Handed a post, a position, a place, prisoners or remains over to another side in the event ('the "
                   "army handed the checkpoints over to the peacekeepers': the army); the side receiving it is "
                   "took_over, the people handed over are released or exchanged, the place the event's place or "
                   "its places (this project's extension).",
    "took_over": "Received or took over a post, a position, a place, prisoners or remains from another side in the "
                 "event ('the army handed the checkpoints over to the peacekeepers': the peacekeepers); the side "
                 "giving it is handed_over; taking a place by force is a seizure, in role initiator (this "
                 "project's extension).",
}
