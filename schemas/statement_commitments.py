"""What a statement announces, pledges or threatens the speaker will do, and what it says another actor intends
(issue 10, mend-announce, migrations/0077; notes/trials t25 #11-#14 "announced he was dissolving the National
Assembly ... would rule by decree during a transition that would lead to elections in three years", t24 #52 #73
"would resume full-scale operations if the talks collapsed", #61 "threatened to resign", t25 #54 "accused the rebels
of seeking power by force").

Each is a list of the shape of a statement's requests and offers (schemas/statement_acts.py ActIn): an action term,
the actors the act concerns (about_actor_ids), when (date, or within: 'within three years') and the words. A threat
is an announced act with a condition: the condition is the statement's `conditions` ('if the talks collapsed': type
event_outcome, the talks event, outcome failed).
"""
from marshmallow import ValidationError

from .act_details import named_places
from .act_targets import target_problems
from .condition_scope import condition_index_problems
from .statement_acts import acts
from .statement_said import treaty_unnamed

LISTS = ("announcements", "pledges", "threats", "intentions")


def commitment_lists():
    """The four lists, in the order of LISTS (declared last in StatementIn: CSV columns stay put)."""
    return (
        acts("announces the speaker will do, or has decided to do (the speaker's own planned act, a prediction "
             "about itself: 'we will return to the talks next week': further_negotiations with its date; never "
             "predictions)", "'announced he was dissolving the National "
             "Assembly': dissolution, about_actor_ids the assembly; 'would rule by decree': rule_by_decree; 'a "
             "transition that would lead to elections in three years': elections, within {amount 3, unit years, "
             "qualifier at_most}. Filter with announced_action=", "announces nothing."),
        acts("pledges or promises the speaker will do (a commitment given to others)", "'pledged to hold "
             "elections within three years': elections, within 3 years; 'promised that the prime minister would "
             "stay in his post': stay_in_post, about_actor_ids the prime minister. Filter with pledged_action=",
             "pledges nothing."),
        acts("threatens the speaker will do: an announced act that hangs on a condition, the statement's "
             "conditions", "'would resume full-scale operations if the talks collapsed': military_operations, the "
             "condition type event_outcome with the talks and outcome failed; 'threatened to resign': "
             "resignation. Usually with stance threaten. Filter with threatened_action=", "threatens nothing."),
        acts("says another actor intends, plans or seeks to do (the actor in the item's about_actor_ids)",
             "'accused the rebels of seeking power by force': seizure_of_power, about_actor_ids the rebels; "
             "usually with stance accuse. What the speaker itself means to do is an announcement. Filter with "
             "intended_action=", "says of no one what they intend."),
    )


def concerned_problems(data):
    """Each act's about_actor_ids and target_actor_ids among the statement's about_actor_ids, its for_treaty_id and
    treaty_id among
    the statement's about_treaties, its named places among the statement's about_place_ids; an intention names whose
    it is."""
    about = set(data.get("about_actor_ids") or [])
    places = set(data.get("about_place_ids") or [])
    treaties = {item.get("treaty_id") for item in data.get("about_treaties") or []}
    errors = {}
    for name in ("requests", "offers", "refusals", "not_agreed", *LISTS):
        for i, item in enumerate(data.get(name) or []):
            missing = [ident for ident in item.get("about_actor_ids") or [] if ident not in about]
            if missing:
                errors.setdefault(name, {})[i] = {"about_actor_ids": [
                    f"Add {', '.join(map(str, missing))} to the statement's about_actor_ids too (about_actor= then finds "
                    "it)."]}
            elif target_problems(item, about):   # acts31
                errors.setdefault(name, {})[i] = {"target_actor_ids": [target_problems(item, about)]}
            elif unlisted_treaty(item, treaties):   # for_treaty_id: figures27; treaty_id: statements37
                key = unlisted_treaty(item, treaties)
                errors.setdefault(name, {})[i] = {key: treaty_unnamed(item[key])}
            elif [ident for ident in named_places(item) if ident not in places]:   # acts28
                missing = [ident for ident in named_places(item) if ident not in places]
                errors.setdefault(name, {})[i] = {"places": [
                    f"Add {', '.join(map(str, missing))} to the statement's about_place_ids too (about_place= then finds "
                    "it, and the place cannot be deleted while named)."]}
            elif name == "intentions" and not item.get("about_actor_ids"):
                errors.setdefault(name, {})[i] = {"about_actor_ids": [
                    "Name whose intention it is (the speaker's own is an announcement); a holder the reporting "
                    "does not name is an unidentified actor named as it words them ('militants in the north')."]}
    for name, items in condition_index_problems(data).items():   # cond30
        for i, problem in items.items():
            errors.setdefault(name, {}).setdefault(i, problem)
    if errors:
        raise ValidationError(errors)


def unlisted_treaty(item, treaties):
    """The key (for_treaty_id, treaty_id) of an act item naming a treaty not in `treaties`, or None."""
    return next((key for key in ("for_treaty_id", "treaty_id") if item.get(key) is not None
                 and item[key] not in treaties), None)
