"""The checks of an event's claims (what each claimant says about its dates, place, actors, control and
relations): each says something, its parts go together, and one ranked preferred agrees with the event's own
fields. Kept apart from the figures' checks (schemas/figures.py), which an event's claims do not use."""
from .claim_parts import claim_part_problems
from .held_treatment import treatment_problems


def _end(start, end):
    """A bracket's end, a one-day bracket's end left out (a reported date writes that day once)."""
    return None if end == start else end


def _date_agrees(claimed, data):
    start = claimed.get("date")
    return (start == data.get("date_start")
            and _end(start, claimed.get("date_end")) == _end(data.get("date_start"), data.get("date_end"))
            and (claimed.get("precision") or "day") == (data.get("date_precision") or "day"))


def _control_and_relation_problems(claim):
    """(field, message) of a claim's control, relation and on_behalf_of parts that do not go together."""
    if claim.get("control") is not None:
        holder = ("the besieger, the actor whose forces are said to besiege the place (an unnamed one, 'the city "
                  "was encircled', is an actor with unidentified true: 'unidentified forces')"
                  if claim["control"] == "besieged" else "the actor said to hold it")
        for name, what in (("controlled_by_id", holder), ("control_of_id", "the place"),
                           ("as_of", "the day it is said to hold at: the day of the statement when no other is given; when the "
                                    "statement itself is undated, as_of with as_of_bound on_or_before (the last day "
                                    "it may have been said) or a bracket (as_of to as_of_end), never an invented day")):
            if claim.get(name) is None:
                yield name, f"A control claim needs {what}."
    else:
        for name in ("controlled_by_id", "control_of_id", "control_part"):
            if claim.get(name) is not None:
                yield name, "Goes with control: say what the claimant says about control."
    if claim.get("control_part") is not None and claim.get("control") != "partial":
        yield "control_part", "The part held goes with control partial."
    if (claim.get("related_event_id") is None) != (claim.get("relation") is None):
        yield ("relation" if claim.get("relation") is None else "related_event_id"), \
            "related_event_id and relation go together."
    if claim.get("on_behalf_of_id") is not None and not claim.get("took_part"):
        yield "on_behalf_of_id", "Says whom the actor took part for: needs actor_id with took_part true."


# What an event claim may be about: one of these, at least (a claim says something).
CLAIMED = ("dates", "place_id", "actor_id", "control", "related_event_id", "reason", "superlative", "cause",
           "believed_target_id", "believed_target_words", "type", "mode", "occurrence", "outcome",   # outcome: 0094
           "delay")   # delay: events32 (0109)


def _candidate_problems(claim, candidates):
    """(field, message) of a claim naming candidates, one of whom took part ("one of the two", migrations/0040)."""
    if not candidates:
        return
    if claim.get("actor_id") is not None:
        yield "candidate_ids", "Give actor_id (the actor is known) or candidate_ids (one of these), not both."
    if len(candidates) == 1:
        yield "candidate_ids", "One candidate is the actor: give actor_id; candidate_ids names two or more."
    if claim.get("rank") == "preferred":
        yield "rank", ("The event's participants name actors: a claim naming candidates, one of whom took part, "
                       "is not the preferred reading (rank it normal).")


def claim_problems(claims, data):
    """An event's claims: each says something; one ranked preferred agrees with the top-level fields."""
    problems = []
    participants = {(p.get("actor_id"), p.get("role")) for p in data.get("participants") or []}
    actors = {actor for actor, _ in participants}
    for i, claim in enumerate(claims or []):
        path = ("claims", i)
        candidates = claim.get("candidate_ids") or []
        if all(claim.get(k) is None for k in CLAIMED) and not candidates and not any(
                claim.get(k) for k in ("site_categories", "manner", "targeted_groups",   # manner...: 0081
                                       "equipment", "treatment")):   # figs33: owner not said; treatment: 0112
            problems.append((path + ("dates",), f"Say what is claimed: {', '.join(CLAIMED)}, candidate_ids, "
                                                "site_categories, manner, targeted_groups, equipment or treatment."))
        problems.extend((path + (name,), message) for name, message in _control_and_relation_problems(claim))
        problems.extend((path + (name,), message) for name, message in claim_part_problems(claim))
        problems.extend((path + (name,), message) for name, message in treatment_problems(claim))   # events33
        problems.extend((path + (name,), message) for name, message in _candidate_problems(claim, candidates))
        named = claim.get("actor_id") is not None or bool(candidates)
        if claim.get("role") is not None and not named:
            problems.append((path + ("actor_id",), "A role needs the actor that plays it."))
        if named and claim.get("took_part") is None and claim.get("presence") is None and not claim.get("treatment"):
            problems.append((path + ("took_part",), "Say whether the claimant says the actor took part (true) "
                                                    "or denies it (false), where it was (presence), or how it was "
                                                    "treated when held (treatment)."))
        if not named and claim.get("took_part") is not None:
            problems.append((path + ("actor_id",), "took_part says something about an actor: name it."))
        if claim.get("took_part") and claim.get("role") is None:
            problems.append((path + ("role",), "Say the role the claimant says the actor played."))
        if claim.get("rank") != "preferred":
            continue
        dates = claim.get("dates")
        if dates is not None and not _date_agrees(dates, data):
            problems.append((path + ("rank",), "A preferred claim's dates must be the event's date_start, "
                                               "date_end and date_precision."))
        # a presence claim's place is where the actor was said to be, not where the event happened
        for name in ("type", "mode", "occurrence", "outcome"):   # mend-claims2, mend-occur, 0094: as the event's
            if claim.get(name) not in (None, data.get(name)):
                problems.append((path + ("rank",), f"A preferred claim's {name} must be the event's {name}."))
        if claim.get("place_id") not in (None, data.get("place_id")) and claim.get("presence") is None:
            problems.append((path + ("rank",), "A preferred claim's place must be the event's place_id."))
        actor = claim.get("actor_id")
        if actor is not None:
            if claim.get("took_part") and (actor, claim.get("role")) not in participants:
                problems.append((path + ("rank",), "A preferred claim's actor and role must be among the "
                                                   "event's participants."))
            if claim.get("took_part") is False and actor in actors:
                problems.append((path + ("rank",), "A preferred denial's actor must not be among the event's "
                                                   "participants."))
    return problems
