"""What makes a figure as reported mean one thing (issue 10, migrations/0026): a vague magnitude holds no number,
the claimants start with claimant_id, a share says of what, one span counted over. schemas/figures.py calls
these with the rest of a figure's checks; each yields (field or path, message), so that a 422 names the field.
"""

VALUES = ("low", "best", "high")


def as_reported_problems(data, share_needs_whole=True):
    """(field, message) of a figure's vague magnitude, rate, share and relative span that do not go together
    (issue 10, figures as reported). A provision's share may leave its whole to the provision's text
    (share_needs_whole False: provisions stored before they had share_of keep being accepted)."""
    vague = data.get("vague")
    if vague is not None:
        for value in VALUES:
            if data.get(value) is not None:
                yield value, (f"A vague figure ({vague}) has no number: leave {value} out (no number is invented "
                              "from the word; give a number with its qualifier instead of vague when one is reported).")
        if data.get("qualifier") in ("exactly", "between"):
            yield "qualifier", f"A vague figure is not given {data['qualifier']}."
    elif data.get("vague_words") is not None:
        yield "vague_words", "The reporting's words go with vague: say the magnitude too."
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
    else:
        for name in shares:
            yield name, "Says what a share is of: goes with unit percent."
    if data.get("share_of_id") is not None and data.get("share_of_key") is not None:
        yield "share_of_key", "Give share_of_id or share_of_key, not both."
    spans = [name for name in ("period", "period_last", "period_since_event_id") if data.get(name) is not None]
    for name in spans[1:]:
        yield name, f"The span counted over is given by {spans[0]}: give one of period, period_last and period_since_event_id."


def share_problems(figures, by_id, by_key):
    """share_of_id / share_of_key name another figure of the same record, one that is not itself a share."""
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
