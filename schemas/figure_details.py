"""A figure's bracketed as_of, the registration of the people it counts, and the items it counts (issue 10,
figures28, migrations/0098): "then 12", given on a day between Monday and Wednesday (trial t39 #19); "prisoners
never registered with the Red Cross" (t38 #31); "the pilot of the second helicopter" (t39 #36). Mixed into FigureIn
(schemas/figure_input.py) before StrictSchema; the rules yield (field, message) so that a 422 names the field.
Also the rule of whose people a figure of a record without sides names (owner_problems: a statement's, a place's,
an actor's figures).
"""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import StrictSchema, one_of, reference, text
from .claim_dates import as_of_bracket_problems, as_of_end
from .figures import counts_people
from .provision_parts import provision_key
from .relative_dates import AsOfRelativeIn
from .verification import verification_source

# Categories that name a role in an event (side_a...): an event's figures only (api/services/rules.py checks them).
ROLE_CATEGORIES = ("side_a", "side_b", "initiator", "target")


class FigureItemIn(StrictSchema):
    """One item of those a figure counts, named so that people can be linked to it ("the second helicopter")."""

    key = provision_key(required=True, metadata={
        "description": "A short name for the item, unique among the figure's items ('second'): what the reporting "
                       "calls it, shortened."})
    words = text(300, allow_none=True, load_default=None, metadata={
        "description": "The item as the reporting names it ('the second helicopter', 'the lead tank'); null when "
                       "it names it no more than the key."})


class FigureAboardIn(StrictSchema):
    """A person the reporting places aboard, or in charge of, one item of a figure ("the pilot of the second
    helicopter"): rows, so that the actor cannot be deleted and figure_aboard= finds it."""

    item_key = provision_key(required=True, metadata={
        "description": "The key of the figure's item (in items) the person was aboard or in charge of ('second')."})
    actor_id = reference("actor", required=True, metadata={
        "description": "The person (an actor): 'the pilot of the second helicopter' is the pilot; what the person "
                       "was, pilot, is the actor's occupation or role_title.",
        "shown": {"description": "The person (its ID, or the actor when embedded)."}})


class FigureDetailsMixin:
    """as_of's bracket, registration with a body, the items counted and the source of verification: fields of
    every owned figure."""

    as_of_end = as_of_end(
        "With as_of: the last day of a bracket of days the state or count was given on, when the "
        "reporting does not say which day ('then 12', between Monday 4 and Wednesday 6 October: "
        "as_of 2021-10-04, as_of_end 2021-10-06), as a reported date's date_end. After as_of; not "
        "with as_of_precision, as_of_part or as_of_time (a week, a month or a year is "
        "as_of_precision). Null: as_of is one day. Filters figure_as_of_from= and figure_as_of_to= "
        "match a figure whose bracket overlaps theirs.")
    # batch31: "a week after the first count, the toll stood at 40"; "by the time of the second exchange"
    as_of_relative = fields.Nested(AsOfRelativeIn, allow_none=True, load_default=None, metadata={
        "description": "as_of placed against an event, a statement, another figure of the same record or a treaty's "
                       "point, as reported ({relation, anchor, event_id, statement_id, figure_id, figure_key, "
                       "treaty_id, treaty_status, elapsed, words}): 'a week after the first count' {after, figure, "
                       "figure_key of the first count, elapsed {amount 1, unit weeks}}; 'by the time of the second "
                       "exchange' {simultaneous, event, event_id}. Beside as_of (the bracket or bound the reporting "
                       "allows), or with as_of null when that is all that is said; never turned into a day. Null "
                       "for none."})
    registration = one_of(vocab.FIGURE_REGISTRATIONS, allow_none=True, load_default=None, metadata={
        "description": "Whether the people counted are registered with, or declared to, a body (registered_with_id): "
                       "registered, not_registered ('prisoners never registered with the Red Cross'), declared, "
                       "not_declared ('undeclared prisoners'; /v1/vocabularies figure_registrations). For figures "
                       "of people; often a part of another figure (part_of_…). Null when not said. Filter: "
                       "figure_registration=."})
    registered_with_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "With registration: the body the people counted are (or are not) registered with or "
                       "declared to (the ICRC, UNHCR); who holds them is holder_ids. Null when the reporting does not "
                       "name it. Filter: figure_registered_with=; an actor named cannot be deleted.",
        "shown": {"description": "The body the people are registered with or declared to (its ID, or the actor "
                                 "when embedded); null when not named."}})
    items = fields.List(fields.Nested(FigureItemIn), load_default=list, validate=validate.Length(max=50), metadata={
        "description": "The items counted, one by one, when the reporting tells them apart ('two helicopters were "
                       "shot down; the pilot of the second...'): each a key and the reporting's words; the people "
                       "aboard one are in aboard. For figures in unit items; no more items than the figure's "
                       "largest value. Empty when not told apart."})
    # acts29 (notes/trials t41, t42, t46 doc): "the figures could not be independently verified by Reuters", as an
    # event's, a claim's and a statement's verification_source_id (schemas/verification.py)
    verification_source_id = verification_source()
    aboard = fields.List(fields.Nested(FigureAboardIn), load_default=list, validate=validate.Length(max=50), metadata={
        "description": "People the reporting places aboard or in charge of one of the items ('the pilot of the "
                       "second helicopter': {item_key: second, actor_id: the pilot}), each person once per item. "
                       "Empty when none is named. Filter: figure_aboard=; an actor named cannot be deleted.",
        "rows": "aboard_rows",
        "shown": {"description": "The people placed aboard or in charge of an item (each with the item's key and "
                                 "the actor's ID, or the actor when embedded); empty when none is named."}})

    @validates_schema(skip_on_field_errors=True)
    def _details(self, data, **kwargs):
        errors = {}
        for field, message in detail_problems(data):
            errors.setdefault(field, []).append(message)
        if errors:
            raise ValidationError(errors)


def detail_problems(data):
    """(field, message) of an as_of bracket, a registration and items that do not fit the figure."""
    yield from as_of_bracket_problems(data)   # declared once (claims34)
    if data.get("registration") is not None and data.get("quantity") and not counts_people(data):
        yield "registration", f"Registration of people: not for {data['quantity']} in {data.get('unit')}."
    if data.get("registered_with_id") is not None and data.get("registration") is None:
        yield "registered_with_id", "Say the registration (registered, not_registered, declared, not_declared)."
    if data.get("verification_source_id") is not None and data.get("verification") is None:   # acts29
        yield "verification_source_id", ("Says which source judged it: give verification too (verified, "
                                         "could_not_verify...).")
    items = data.get("items") or []
    if items and data.get("unit") != "items":
        yield "items", "Items told apart: for a figure in unit items (equipment lost, weapons...)."
    keys = [item.get("key") for item in items]
    if len(set(keys)) < len(keys):
        yield "items", "Each item's key once."
    most = max((data[v] for v in ("low", "best", "high") if data.get(v) is not None), default=None)
    if most is not None and len(items) > most:
        yield "items", f"More items ({len(items)}) than the figure counts ({most:g})."
    pairs = [(person.get("item_key"), person.get("actor_id")) for person in data.get("aboard") or []]
    if any(key not in keys for key, _ in pairs):
        yield "aboard", "item_key names an item of the figure's items (by its key)."
    if len(set(pairs)) < len(pairs):
        yield "aboard", "Each person once per item."


def as_of_anchor_problems(figures, owner):
    """((figures, i, as_of_relative), message) of a record's figures whose as_of_relative names no other figure of
    the record, or a statement without statement_id on a record that is no statement (batch31)."""
    by_id = {f["id"]: i for i, f in enumerate(figures or []) if f.get("id") is not None}
    by_key = {f["key"]: i for i, f in enumerate(figures or []) if f.get("key") is not None}
    for i, figure in enumerate(figures or []):
        relative = figure.get("as_of_relative") or {}
        if relative.get("anchor") == "figure":
            other = (by_id.get(relative["figure_id"]) if relative.get("figure_id") is not None
                     else by_key.get(relative.get("figure_key")))
            if other is None or other == i:
                yield ("figures", i, "as_of_relative"), (
                    "figure_id or figure_key names another figure of this record, the one this as_of is placed "
                    "against (its id, or the key of a figure in the same write).")
        elif relative.get("anchor") == "statement" and relative.get("statement_id") is None and owner != "statement":
            yield ("figures", i, "as_of_relative"), (
                f"Name the statement with statement_id: a{'n' if owner[0] in 'aeiou' else ''} {owner}'s figure is in "
                "no statement (only a statement's own figures are placed against it without one).")


def owner_problems(data, owner):
    """{index: {field: [message]}} of a place's or an actor's figures that name whose people with a role in an
    event: such a record has no event, so no side to check them against. A statement's figures may (statements
    stored before figures28 do): api/services/rules.py checks them against the events the statement is about."""
    problems = {}
    if owner == "statement":
        return problems
    for i, figure in enumerate(data.get("figures") or []):
        named = figure.get("suffered_by_id") is not None or figure.get("sufferer_ids")
        if figure.get("category") in ROLE_CATEGORIES and named:
            problems[i] = {"category": [
                f"{'An' if owner[0] in 'aeiou' else 'A'} {owner}'s figure has no sides: for one actor's people give "
                "category combatants (fighters, troops, prisoners of war), civilians or unknown with suffered_by_id "
                "(side_a, side_b, initiator and target are roles in an event: an event's figures, or a statement's "
                "about that event)."]}
    return problems
