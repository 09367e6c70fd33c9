"""What a figure says about its number, declared once for every figure: a record's (schemas/figure_input.py: an
event's, a statement's, a place's) and a provision's (schemas/provisions.py, stored whole with the provision).

The bounds, a vague magnitude instead of a number, a rate, what is counted, whose people and which part of them,
a share's whole, and how sure the reporting is. The rules between them: schemas/figures.py (value_problems).
Curators coding real agreements needed these on provisions ("two round trips a week", "18 fuel ships",
"servicemen": notes/trials t1, t3); a provision's quantity and unit keep their own vocabularies.
"""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import country, one_of
from .verification import verification


class FigureValuesMixin:
    """The fields every figure takes beside its quantity and unit; mixed in before StrictSchema."""

    category = one_of(vocab.FIGURE_CATEGORIES, allow_none=True, metadata={
        "description": "Whose losses or people (UCDP GED's sides): total, side_a, side_b, civilians, combatants, "
                       "unknown, in a one-sided event initiator or target; left out, a figure of people reads back "
                       "total; a side is checked against the event's participant roles (suffered_by_id must take "
                       "part in that role: people detained, or an actor in another role, take combatants, "
                       "civilians or unknown; 422 naming suffered_by_id). For people (every quantity in unit "
                       "people, count and casualties too), equipment lost or damaged and money; left out, total for people (a count in people, equipment and "
                       "money: null, though a count in people may give one). A provision's figure keeps null when "
                       "left out ('servicemen': combatants)."})
    subset = one_of(vocab.FIGURE_SUBSETS, allow_none=True, metadata={
        "description": "A part of the people counted (children, women...); null for all of them. A subset "
                       "figure never counts as the event's total. For figures in unit people."})
    country = country(allow_none=True, metadata={
        "description": "The nationality of the people counted (ISO 3166-1 alpha-3): 'five British' is a figure "
                       "of 5 with country GBR. For figures in unit people; null when not said or mixed.",
        "example": "GBR"})
    counted = fields.String(validate=validate.Length(min=1, max=200), allow_none=True, metadata={
        "description": "What exactly is counted, in a few words: 'tanks', 'trucks of flour', 'servicemen', "
                       "'fuel ships'."})
    vague = one_of(vocab.VAGUE_MAGNITUDES, allow_none=True, metadata={
        "description": "When the reporting gives only a word for the quantity ('dozens of', 'thousands'): its "
                       "magnitude (several, dozens, hundreds, thousands, tens_of_thousands...). Then low, best "
                       "and high are left out: no number is invented from the word, and no filter, sum or deaths "
                       "column reads a vague figure. Null when a number is given."})
    vague_words = fields.String(allow_none=True, validate=validate.Length(min=1, max=200), metadata={
        "description": "With vague: the reporting's own words ('dozens of', 'scores of', 'several thousand')."})
    per = one_of(vocab.RATE_PERIODS, allow_none=True, metadata={
        "description": "When the figure is a rate ('about 100 a day', 'two round trips a week'): the unit of time "
                       "it is given per (hour, day, week, month, year); low, best and high are then per that "
                       "unit. A rate is never summed or read as a count (min_deaths, the deaths columns). Null "
                       "for a count."})
    share_of = fields.String(allow_none=True, validate=validate.Length(min=1, max=200), metadata={
        "description": "The whole a share (unit percent) or a proportion word (any unit: people too) is of, in "
                       "the reporting's words ('the town's population', 'the buildings'), when no figure gives it "
                       "(else share_of_id); the figure's unit stays that of the part."})
    low = fields.Float(allow_none=True, allow_nan=False, validate=validate.Range(min=0),
                       metadata={"description": "Lower bound: 'more than 5,000' is low=5000, qualifier more_than."})
    best = fields.Float(allow_none=True, allow_nan=False, validate=validate.Range(min=0), metadata={
        "description": "The best estimate, at least low and at most high; in `unit`."})
    high = fields.Float(allow_none=True, allow_nan=False, validate=validate.Range(min=0), metadata={
        "description": "Upper bound: 'up to 7,000' is high=7000, qualifier at_most."})
    # "could not be independently verified" of a number (trial t2): the events' and claims' vocabulary.
    verification = verification()
    # acts29 (notes/trials t43 #7, t44 #7): a number added to a force already there
    additional = fields.Boolean(load_default=False, allow_none=True, metadata={
        "description": "true when the number is added to what is already there, as the reporting says it: "
                       "reinforcements ('more than 20,000 additional troops': quantity troops, low 20000, "
                       "qualifier more_than, additional true), 'a further 300 prisoners', 'another 2,000 "
                       "displaced' (the total then is another figure, or not said). As APP-6's reinforced (+) "
                       "amplifier and an event participant's role reinforced. false (the default): the figure is "
                       "the whole count; figures stored before, a provision's too, read false. Filter: "
                       "figure_additional=true.",
        "shown": {"description": "true when the number is added to what is already there ('20,000 more troops'); "
                                 "false for a whole count."}})
