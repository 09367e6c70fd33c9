"""What makes a figure mean one thing: its values, category, subset, parts and period.

A figure is a claim about a quantity (schemas/claims.py): low/best/high in a unit that fits the quantity,
whose losses it counts (`category`, anchored on UCDP GED's deaths_a, deaths_b, deaths_civilians and
deaths_unknown), optionally the actor that suffered them, a subset (children...) and the people's nationality
(`country`); every figure in unit people takes these, `count` and `casualties` too. It may count over a span
(`period`, a reported date) and be a part of another figure of the event (`part_of_id`/`part_of_key`,
part_problems). Or it says that a named claimant published no figure (`published: false`, no values). The checks below return field -> messages, so
that a 422 names the field; FigureIn and EventIn in schemas/events.py call them.

The death filters and the CSV's deaths columns read one figure per event, `headline_deaths` below (the rule is
documented in docs/api.md, "Figures and claims"). An event's claims are checked in schemas/event_claim_problems.py.
"""
from .countries import country_problem
from .dates import ReportedDateIn
from .figure_reporting import as_reported_problems, comparison_problems, inflicter_problems, share_problems

# The units each quantity may be given in. `count` is the old catch-all: any unit but money.
PEOPLE = ("deaths", "injured", "casualties", "displaced", "missing", "detained", "prisoners_released", "prisoners_exchanged",
          "prisoners_held", "troops", "surrendered", "escaped", "rescued", "remains_returned",
          "in_need", "aid_targeted", "aid_dependent", "besieged",   # figures28: the people aid is for, sieges
          "deprived")   # vocab34 (t59 #64 "went days without food")
# Households and families (mend-figs3, 0070): displacement as UNHCR, IOM and OCHA count it; never deaths.
PEOPLE_UNITS = ("people", "households", "families")
QUANTITY_UNITS = {
    **{quantity: ("people",) for quantity in PEOPLE},
    "displaced": PEOPLE_UNITS,
    "area": ("km2",),
    "distance": ("km", "m", "mi", "nmi"),   # vocab34: miles as given, never converted
    "duration": ("days", "hours", "weeks", "months", "years"),
    "weapons": ("items",),
    "equipment_lost": ("items",),
    "equipment_damaged": ("items",),
    "aid": ("tonnes", "items", "money"),
    "money": ("money",),
    "count": ("people", "households", "families", "km2", "km", "items", "m", "mi", "nmi", "days", "hours", "tonnes",
              "weeks", "months", "years"),
}
# Quantities that are someone's losses or someone's people: they say whose (category, suffered_by).
WHOSE = PEOPLE + ("equipment_lost", "equipment_damaged", "money")
# Quantities of equipment: they may say what it is (equipment) and with what it was hit (inflicted_with).
EQUIPMENT = ("equipment_lost", "equipment_damaged", "weapons")
# Losses someone inflicts: they may name who (inflicted_by_id, migrations/0048).
INFLICTED = ("deaths", "injured", "casualties", "missing", "detained", "equipment_lost", "equipment_damaged")
# Losses something caused (cause, migrations/0034): people killed, injured or gone missing, and equipment lost or
# damaged (figs32, trial t54 #40: "a vehicle hit by a missile": equipment_lost, cause missile).
CAUSED = ("deaths", "injured", "casualties", "missing", "equipment_lost", "equipment_damaged")
# People held, freed or exchanged: they may say what they are held as and by whom (held_as, holder_ids, 0053).
HELD = ("detained", "prisoners_released", "prisoners_exchanged", "prisoners_held",
        "displaced",   # mend-figs2 (0064): "displaced people held in camps", "used as human shields"
        "deaths")   # figs32 (trial t53 #70): "died in captivity": the dead were held as that when they died
# A part (part_of) counts what its whole counts: the same quantity, or one the whole's quantity includes.
INCLUDED_IN = {"deaths": ("casualties",), "injured": ("casualties",)}


def counts_people(data):
    """A figure of people (any quantity in unit people, `count` too) may say whose, which subset, which
    nationality."""
    return data.get("quantity") in PEOPLE or data.get("unit") in PEOPLE_UNITS
# Qualifier -> the value it needs (at_least 5,000 is low=5000).
QUALIFIER_NEEDS = {"at_least": ("low",), "more_than": ("low",), "at_most": ("high",), "fewer_than": ("high",),
                   "between": ("low", "high"), "exactly": ("best",), "about": ("best",),
                   "nearly": ("best",)}
VALUES = ("low", "best", "high")


class EventDateIn(ReportedDateIn):
    """An event's dates as one claimant gives them: an event lasts, so a missing end means "end unknown"."""

    SPAN = True


class FigurePeriodIn(ReportedDateIn):
    """The span of time a figure counts over ("over the previous day", "since 24 February"): a reported date
    whose missing end means the end is unknown."""

    SPAN = True


def _add(errors, field, message):
    errors.setdefault(field, []).append(message)


def value_problems(data, share_needs_whole=True):
    """(field, message) of the fields every figure takes (schemas/figure_values.py), a provision's too: whose
    people and which part of them only for people, a vague figure without a number, a share of a whole, and
    low <= best <= high."""
    quantity, unit = data.get("quantity"), data.get("unit")
    if quantity and quantity not in WHOSE and not counts_people(data) and data.get("category") is not None:
        yield "category", f"Says whose losses or people: not for {quantity} in {unit}."
    for field, what in (("subset", "A subset of people"), ("country", "The nationality of people")):
        if data.get(field) is not None and quantity and not counts_people(data):
            yield field, f"{what}: not for {quantity} in {unit}."
    country = data.get("country")
    if country is not None and country_problem(country):
        yield "country", country_problem(country)
    yield from as_reported_problems(data, share_needs_whole)
    low, best, high = (data.get(v) for v in VALUES)
    if low is not None and best is not None and best < low:
        yield "best", "Must not be less than low."
    if high is not None and best is not None and high < best:
        yield "high", "Must not be less than best."
    elif high is not None and low is not None and high < low:
        yield "high", "Must not be less than low."


def _no_value(certainty, field):
    """The message for a value given with certainty not_known or not_given: which field to leave out, or that a
    figure compared with an unnumbered one keeps its comparison and leaves certainty null (figures28, t38)."""
    if field == "comparison":
        return (f"A figure {certainty} has no value to compare: leave comparison out of it. The figure given against "
                f"it ('thousands more than it has declared') keeps comparison and leaves certainty null.")
    return f"A figure {certainty} has no value: leave {field} out (a guess is certainty possible)."


def figure_problems(data):
    """A figure's own consistency: field -> messages (empty when it makes sense)."""
    errors = {}
    quantity, unit = data.get("quantity"), data.get("unit")
    if quantity in QUANTITY_UNITS and unit and unit != "percent" and unit not in QUANTITY_UNITS[quantity]:
        _add(errors, "unit", f"{quantity} is given in {', '.join(QUANTITY_UNITS[quantity])}, not {unit}.")
    currency = data.get("currency")
    if unit == "money" and not currency:
        _add(errors, "currency", "An amount of money needs its currency (ISO 4217, for example USD).")
    elif currency and unit != "money":
        _add(errors, "currency", "Only an amount of money (unit money) has a currency.")
    if quantity and quantity not in WHOSE and not counts_people(data) and data.get("suffered_by_id") is not None:
        _add(errors, "suffered_by_id", f"Says whose losses or people: not for {quantity} in {unit}.")
    if data.get("part_of_id") is not None and data.get("part_of_key") is not None:
        _add(errors, "part_of_key", "Give part_of_id or part_of_key, not both.")
    several = data.get("sufferer_ids") or []
    if several and data.get("suffered_by_id") is not None:
        _add(errors, "sufferer_ids", "Give suffered_by_id (one actor) or sufferer_ids (several), not both.")
    elif len(several) == 1:
        _add(errors, "sufferer_ids", "One actor is suffered_by_id: sufferer_ids names two or more.")
    if several and quantity and quantity not in WHOSE and not counts_people(data):
        _add(errors, "sufferer_ids", f"Says whose losses or people: not for {quantity} in {unit}.")
    if several and data.get("category") is None:
        _add(errors, "category", "Several actors' losses or people: say the category (side_a, side_b, civilians, "
                                 "combatants, unknown), or it would read as the event's total.")
    if data.get("category") == "total" and several:
        _add(errors, "sufferer_ids", "A total counts every side: give the sides' category for several "
                                        "actors' losses.")
    # A figure of people that gives no category is the total (with_defaults): checked as one, or a create would
    # store what every later write of the record is refused for.
    defaulted = data.get("category") is None and quantity in WHOSE and quantity not in UNSAID
    if (data.get("category") == "total" or defaulted) and data.get("suffered_by_id") is not None:
        _add(errors, "suffered_by_id", "A total counts every side: for one actor's losses or people give a "
                                       "category: combatants (fighters, troops, prisoners of war), civilians or "
                                       "unknown on any figure (a statement's, a place's too); on an event's figure "
                                       "also the actor's role in the event (side_a or side_b; initiator or target "
                                       "in a one-sided event)"
             + (" (without a category the figure is the total)." if defaulted else "."))
    for field in ("equipment", "inflicted_with"):
        if data.get(field) is not None and quantity not in EQUIPMENT and not (quantity == "count" and unit == "items"):
            _add(errors, field, f"Says what equipment: for {', '.join(EQUIPMENT)} (or a count of items), not "
                                f"{quantity}.")
    if data.get("inflicted_by_id") is not None and quantity not in INFLICTED:
        _add(errors, "inflicted_by_id", f"Says who inflicted the losses: for {', '.join(INFLICTED)}, not {quantity}.")
    for field, message in inflicter_problems(data, INFLICTED):   # several who inflicted them (0062)
        _add(errors, field, message)
    for field, needs in (("other_subsets", "subset"), ("other_countries", "country")):
        if data.get(field) and data.get(needs) is None:
            _add(errors, field, f"Further to {needs}: give {needs} first.")
        elif data.get(field) and data.get(needs) in data[field]:
            _add(errors, field, f"Already {needs}: list the others only.")
    if data.get("age") is not None and quantity and not counts_people(data):
        _add(errors, "age", f"The age of people: not for {quantity} in {unit}.")
    if data.get("other_subsets") and quantity and not counts_people(data):
        _add(errors, "other_subsets", f"Subsets of people: not for {quantity} in {unit}.")
    for field in ("held_as", "holder_ids"):
        if data.get(field) and quantity not in HELD and not (quantity == "count" and unit == "people"):
            _add(errors, field, f"Says what people are held as and by whom: for {', '.join(HELD)} (or a count of "
                                f"people), not {quantity}.")
    part = data.get("part_of_id") is not None or data.get("part_of_key") is not None   # mend-figs2: a part's event
    if len(data.get("covers_event_ids") or []) == 1 and not part:
        _add(errors, "covers_event_ids", "A total over several events names two or more: a figure of one event "
                                         "belongs to that event (a part, part_of_…, may name the one event its "
                                         "people were counted in).")
    if data.get("cause") is not None and data.get("quantity") not in CAUSED:
        _add(errors, "cause", f"Says what killed, injured or destroyed: for {', '.join(CAUSED)}, not "
                              f"{data.get('quantity')}.")
    wordy = data.get("vague") is not None or data.get("proportion") is not None
    if data.get("certainty") in ("not_known", "not_given"):   # mend-figs2 (0064); figures27: number not given
        for value in VALUES + ("qualifier", "vague", "trend", "proportion", "comparison"):
            if data.get(value) is not None:
                _add(errors, value, _no_value(data["certainty"], value))
        if not data.get("published", True):
            _add(errors, "certainty", f"published: false says a claimant withheld a figure: a figure "
                                      f"{data['certainty']} is published (the default).")
    elif data.get("published", True) and not wordy:
        if all(data.get(v) is None for v in VALUES) and data.get("trend") is None and data.get("comparison") is None:
            _add(errors, "best", "Give at least one of low, best and high (or vague, proportion, trend, comparison, "
                                 "or published: false).")
        for value in QUALIFIER_NEEDS.get(data.get("qualifier"), ()):
            if data.get(value) is None:
                _add(errors, value, f"Qualifier {data['qualifier']} needs {value}.")
    elif not data.get("published", True):
        for value in VALUES + ("qualifier", "vague", "trend", "proportion", "comparison"):
            if data.get(value) is not None:
                _add(errors, value, "A figure that was not published has no value: leave it out.")
        if data.get("claimant_id") is None and data.get("attribution") != "unnamed":   # mend-claims
            _add(errors, "claimant_id", "Name who did not publish a figure, or give attribution unnamed when the "
                                        "reporting does not say who ('no official toll has been released').")
    for field, message in value_problems(data):
        _add(errors, field, message)
    return errors


# Quantities whose category is never implied: money, and equipment lost (trial t7 found 'trucks destroyed'
# read back as every side's total; mend-acts), and equipment damaged (0048) alike: with no category, whose losses they are is not said (null).
UNSAID = ("money", "equipment_lost", "equipment_damaged")


def with_defaults(data):
    """A figure of people or losses that does not say whose is the total: what figures meant before they had
    categories (so old inputs and old revisions keep their meaning)."""
    if data.get("quantity") in WHOSE and data.get("category") is None and data.get("quantity") not in UNSAID:
        data["category"] = "total"
    return data


# Quantities whose figures count different things when their words (counted) or their equipment differ: "two
# infantry companies" and "three jets" are two counts (figs32, trial t55 doc 5). Figures of people keep one
# preferred figure per category and subset whatever their words, so that the headline deaths stay one figure.
BY_WHAT = ("count", "weapons", "equipment_lost", "equipment_damaged", "aid")


def _what(figure):
    """What a figure counts beyond its quantity: its words and equipment, for the quantities of BY_WHAT."""
    if figure.get("quantity") not in BY_WHAT:
        return None
    equipment = figure.get("equipment") or {}
    return ((figure.get("counted") or "").strip().casefold(),
            tuple(sorted((k, str(v)) for k, v in equipment.items() if v is not None)))


def _sameness(figure):
    return (_what(figure), figure.get("quantity"), figure.get("category"), figure.get("subset"), figure.get("suffered_by_id"),
            figure.get("per"), figure.get("vague") is not None, figure.get("cause"), figure.get("trend"),
            tuple(figure.get("sufferer_ids") or ()),
            figure.get("unit"), figure.get("country"), figure.get("part_of_id"), figure.get("part_of_key"),
            figure.get("proportion"), figure.get("comparison"), figure.get("share_of_id"), figure.get("share_of_key"),
            figure.get("held_as"), tuple(figure.get("covers_event_ids") or ()),
            figure.get("activity_when_hit"))   # figs33: one figure per activity


def _most(figure):
    values = [figure.get(v) for v in VALUES if figure.get(v) is not None]
    return max(values) if values else None


def _least(figure):
    values = [figure.get(v) for v in VALUES if figure.get(v) is not None]
    return min(values) if values else None


def part_problems(figures):
    """part_of_id / part_of_key name another figure of the same event, of the same quantity (or one that
    includes it: deaths in casualties) and unit, and the part is not larger than its whole."""
    problems, by_id, by_key = [], {}, {}
    for i, figure in enumerate(figures or []):
        if figure.get("id") is not None:
            by_id[figure["id"]] = i
        key = figure.get("key")
        if key is not None:
            if key in by_key:
                problems.append((("figures", i, "key"), f"Figure {by_key[key]} has the same key."))
            by_key.setdefault(key, i)
    for i, figure in enumerate(figures or []):
        if figure.get("part_of_id") is not None:
            field, whole = "part_of_id", by_id.get(figure["part_of_id"])
        elif figure.get("part_of_key") is not None:
            field, whole = "part_of_key", by_key.get(figure["part_of_key"])
        else:
            continue
        if whole is None:
            problems.append((("figures", i, field), "Name another figure of this record (its id, or the key "
                                                    "of a figure in the same write)."))
            continue
        if whole == i:
            problems.append((("figures", i, field), "A figure is not a part of itself."))
            continue
        other = figures[whole]
        if (other.get("unit") != figure.get("unit") or other.get("per") != figure.get("per")
                or (other.get("quantity") != figure.get("quantity")
                    and other.get("quantity") not in INCLUDED_IN.get(figure.get("quantity"), ()))):
            problems.append((("figures", i, field), f"Figure {whole} counts {other.get('quantity')} in "
                                                    f"{other.get('unit')}: a part counts the same thing."))
            continue
        least, most = _least(figure), _most(other)
        if least is not None and most is not None and least > most:
            problems.append((("figures", i, field), f"A part is not larger than its whole (figure {whole}, at "
                                                    f"most {most:g})."))
    problems += list(share_problems(figures, by_id, by_key))
    problems += list(comparison_problems(figures, by_id, by_key))
    # No cycles: follow each chain of wholes.
    for i, figure in enumerate(figures or []):
        seen, current = {i}, figure
        while True:
            whole = (by_id.get(current.get("part_of_id")) if current.get("part_of_id") is not None
                     else by_key.get(current.get("part_of_key")))
            if whole is None:
                break
            if whole in seen:
                problems.append((("figures", i, "part_of_id" if figure.get("part_of_id") is not None
                                  else "part_of_key"), "Figures cannot be parts of each other in a circle."))
                break
            seen.add(whole)
            current = figures[whole]
    return problems


def event_figure_problems(figures, participants):
    """Across an event's figures: at most one preferred figure of each thing counted; parts name their whole
    (part_problems). Whether suffered_by takes part in the role of its category needs the actors' parents and
    memberships: services/rules.py (suffered_by_problems)."""
    problems, preferred = part_problems(figures), {}
    for i, figure in enumerate(figures or []):
        if figure.get("rank") == "preferred":
            key = _sameness(figure)
            if key in preferred:
                problems.append((("figures", i, "rank"), f"Figure {preferred[key]} is already the preferred "
                                                         "figure of the same quantity, category and subset"
                                                         + (" (and the same counted words and equipment)."
                                                            if figure.get("quantity") in BY_WHAT else ".")))
            preferred.setdefault(key, i)
    return problems
