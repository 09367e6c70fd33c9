"""What an event's actor agreed, conceded, refused or asked to do (places34, migrations/0117; notes/trials t61 #29
"said he had agreed to step down"): the action, in the requested_actions terms statements' acts use (one
vocabulary, schemas/vocab_acts.py REQUESTED_ACTIONS), so that "agreed to step down" as an event and "called on him to
step down" as a statement meet in one term. And where on its place an event happened, in the reporting's words, when
the spot has no place record ("on the quay"). Declared apart from schemas/events.py for its size."""
from . import vocabularies as vocab
from .common import one_of, text

# The PLOVER types whose events are about an action to be done: agreeing to it, yielding it, refusing or demanding
# it. (Until trial t73 the last was REQUEST, which is no type of this service: a DEMAND could not say what it asked.)
ACTION_TYPES = ("AGREE", "CONCEDE", "REJECT", "DEMAND")


def action():
    return one_of(vocab.REQUESTED_ACTIONS, allow_none=True, load_default=None, metadata={
        "description": "With type " + ", ".join(ACTION_TYPES) + ": the action the event's initiator agreed or "
                       "conceded to do, refused, or asked of the target, in the terms statements' acts use (see "
                       "/v1/vocabularies requested_actions): 'agreed to step down': CONCEDE, resignation; 'agreed "
                       "to a truce': AGREE, ceasefire; 'refused to withdraw': REJECT, withdrawal. Who says it "
                       "happened stays the event's claims. Null when not said. Filter: action=."})


def place_part():
    return text(300, allow_none=True, load_default=None, metadata={
        "description": "With place_id: where in the place the event happened, in the reporting's words, when that "
                       "spot has no place record of its own ('on the quay', 'in the port area', 'outside the main "
                       "gate'), as a figure's place_part; null for the place as a whole. A spot that recurs is "
                       "better a place (kind site, port, building) within the place."})


def action_problems(data):
    """field -> messages: an action on an event of a type about an action, a place part on a named place."""
    errors = {}
    if data.get("action") is not None and data.get("type") not in ACTION_TYPES:
        errors["action"] = [f"An action agreed, conceded, refused or asked: with type {', '.join(ACTION_TYPES)} "
                            "only (an act done is the event's own type and mode)."]
    if data.get("place_part") is not None and data.get("place_id") is None:
        errors["place_part"] = ["A part of the event's place: give place_id too."]
    return errors
