"""What makes a figure as reported mean one thing (issue 10, migrations/0026): a vague magnitude holds no number,
the claimants start with claimant_id, a share says of what, one span counted over. schemas/figures.py calls
these with the rest of a figure's checks; each yields (field or path, message), so that a 422 names the field.
"""

VALUES = ("low", "best", "high")
# What a part or a share names as its whole: a figure of the same record, or words.
WHOLES = ("part_of_id", "part_of_key", "share_of_id", "share_of_key", "share_of")


def as_reported_problems(data, share_needs_whole=True):
    """(field, message) of a figure's vague magnitude, rate, share and relative span that do not go together
    (issue 10, figures as reported). A provision's share may leave its whole to the provision's text
    (share_needs_whole False: provisions stored before they had share_of keep being accepted)."""
    vague, proportion = data.get("vague"), data.get("proportion")
    yield from _proportion_problems(data, proportion)
    if vague is not None:
        for value in VALUES:
            if data.get(value) is not None:
                yield value, (f"A vague figure ({vague}) has no number: leave {value} out (no number is invented "
                              "from the word; give a number with its qualifier instead of vague when one is reported).")
        if data.get("qualifier") in ("exactly", "between"):
            yield "qualifier", f"A vague figure is not given {data['qualifier']}."
    elif data.get("vague_words") is not None and proportion is None:
        yield "vague_words", "The reporting's words go with vague or proportion: say the magnitude or the proportion too."
    claimants = data.get("claimant_ids") or []
    if claimants and data.get("claimant_id") is not None and claimants[0] != data["claimant_id"]:
        yield "claimant_ids", (f"claimant_id ({data['claimant_id']}) is the first of claimant_ids: give them in that "
                               "order, or leave claimant_ids out to name one claimant.")
    shares = [name for name in ("share_of", "share_of_id", "share_of_key") if data.get(name) is not None]
    if data.get("unit") == "percent":
        if not shares and share_needs_whole:
            yield "share_of", "A share (unit percent) says of what: share_of (words), share_of_id or share_of_key."
        for value in VALUES:
            if data.get(value) is not None and data[value] > 100:
                yield value, "A share in percent is at most 100."
    if data.get("share_of_id") is not None and data.get("share_of_key") is not None:
        yield "share_of_key", "Give share_of_id or share_of_key, not both."
    yield from _comparison_problems(data)
    if data.get("as_of_time") is not None and (data.get("as_of") is None or data.get("as_of_precision") is not None
                                               or data.get("as_of_part") is not None):   # figures27 (0095)
        yield "as_of_time", "A time of day goes with an as_of that is a day (no as_of_precision, no as_of_part)."
    spans = [name for name in ("period", "period_last", "period_since_event_id", "period_since_treaty_id",
                               "period_event_id") if data.get(name) is not None]   # period_event_id: 0064
    for name in spans[1:]:
        yield name, (f"The span counted over is given by {spans[0]}: give one of period, period_last, "
                     "period_since_event_id, period_since_treaty_id and period_event_id.")


def _proportion_problems(data, proportion):
    """A proportion word ("most of them") is a part of a whole that is said, and holds no number (mend-figures)."""
    if proportion is None:
        return
    for value in VALUES:
        if data.get(value) is not None:
            yield value, (f"A proportion ({proportion}) has no number: leave {value} out (give the number as a part "
                          "with part_of_key, or a share in percent, when one is reported).")
    if data.get("vague") is not None:
        yield "proportion", "Give vague (how many) or proportion (how much of a whole), not both."
    if data.get("qualifier") in ("exactly", "between"):
        yield "qualifier", f"A proportion is not given {data['qualifier']}."
    if all(data.get(name) is None for name in WHOLES):
        yield "proportion", ("A proportion is of a whole: name it with part_of_id or part_of_key (a figure of this "
                             "record), share_of_id or share_of_key, or share_of (words: 'the population').")


def _comparison_problems(data):
    """A figure given against another ("put the toll higher") names that figure, and only then (mend-figures)."""
    named = [name for name in ("compared_with_id", "compared_with_key") if data.get(name) is not None]
    if data.get("comparison") is not None and not named:
        yield "compared_with_id", ("A comparison names the figure compared with: compared_with_id, or "
                                   "compared_with_key in the write that creates both.")
    if data.get("comparison") is None and data.get("comparison_degree") is not None:
        yield "comparison_degree", "Goes with comparison: say higher, lower or same."
    for field in ("comparison_by", "comparison_by_vague"):   # figures27 (migrations/0095)
        if data.get(field) is not None and data.get("comparison") not in ("higher", "lower"):
            yield field, "The size of a difference goes with comparison higher or lower."
    if data.get("comparison_by") is not None and data.get("comparison_by_vague") is not None:
        yield "comparison_by_vague", "Give the difference as a number (comparison_by) or a vague magnitude, not both."
    if data.get("comparison") is None:
        for name in named:
            yield name, "Goes with comparison: say higher, lower or same."
    if len(named) == 2:
        yield "compared_with_key", "Give compared_with_id or compared_with_key, not both."


def comparison_problems(figures, by_id, by_key):
    """compared_with_id / compared_with_key name another figure of the same record counting the same thing."""
    for i, figure in enumerate(figures or []):
        if figure.get("compared_with_id") is not None:
            field, other = "compared_with_id", by_id.get(figure["compared_with_id"])
        elif figure.get("compared_with_key") is not None:
            field, other = "compared_with_key", by_key.get(figure["compared_with_key"])
        else:
            continue
        if other is None or other == i:
            yield ("figures", i, field), ("Name another figure of this record, the one compared with (its id, or "
                                          "the key of a figure in the same write).")
        elif (figures[other].get("quantity"), figures[other].get("unit")) != (figure.get("quantity"),
                                                                             figure.get("unit")):
            yield ("figures", i, field), (f"Figure {other} counts {figures[other].get('quantity')} in "
                                          f"{figures[other].get('unit')}: compare figures of the same quantity "
                                          "and unit.")


def _largest(figure):
    values = [figure.get(v) for v in VALUES if figure.get(v) is not None]
    return max(values) if values else None


def share_problems(figures, by_id, by_key):
    """share_of_id / share_of_key name another figure of the same record, one that is not itself a share. A
    count of a counted whole ("18 of 31 trucks", mend-figures) is in the whole's unit and not larger than it."""
    for i, figure in enumerate(figures or []):
        if figure.get("share_of_id") is not None:
            field, whole = "share_of_id", by_id.get(figure["share_of_id"])
        elif figure.get("share_of_key") is not None:
            field, whole = "share_of_key", by_key.get(figure["share_of_key"])
        else:
            continue
        if whole is None or whole == i:
            yield ("figures", i, field), ("Name another figure of this record, the whole (its id, or the key of a "
                                          "figure in the same write).")
        elif figures[whole].get("unit") == "percent":
            yield ("figures", i, field), f"Figure {whole} is a share itself: name the figure that gives the whole."
        elif figure.get("unit") != "percent" and figures[whole].get("unit") != figure.get("unit"):
            yield ("figures", i, field), (f"Figure {whole} is in {figures[whole].get('unit')}: a part of a counted "
                                          "whole ('18 of 31') is in the whole's unit (or give a share in percent).")
        elif figure.get("unit") != "percent" and (_largest(figure) or 0) > (_largest(figures[whole]) or float("inf")):
            yield ("figures", i, field), (f"A part is not larger than its whole (figure {whole}, at most "
                                          f"{_largest(figures[whole]):g}).")


def inflicter_problems(data, inflicted):
    """(field, message) of several actors who inflicted a figure's losses together (inflicter_ids, mend-misc,
    migrations/0062): two or more, not beside inflicted_by_id, for the quantities inflicted_by_id takes."""
    several = data.get("inflicter_ids") or []
    if several and data.get("inflicted_by_id") is not None:
        yield "inflicter_ids", "Give inflicted_by_id (one actor) or inflicter_ids (several), not both."
    elif len(several) == 1:
        yield "inflicter_ids", "One actor is inflicted_by_id: inflicter_ids names two or more."
    if several and data.get("quantity") not in inflicted:
        yield "inflicter_ids", (f"Says who inflicted the losses: for {', '.join(inflicted)}, not "
                                f"{data.get('quantity')}.")
