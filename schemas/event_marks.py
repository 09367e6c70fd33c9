"""What an event's reporting marks it as beyond its type and mode (issue 10, events32, migrations/0109): how new it
is (notes/trials t53 #11 "the first releases under the agreement"), how high an alert went (t55 #88 "declared
maximum alert"), and, on a claim, how long it was held up against its planned time (t53 #9 "after a delay of most of
the day"). Declared apart from schemas/events.py for its size; novelty is declared once, in schemas/novelty.py."""
from marshmallow import ValidationError, fields, validates_schema

from . import vocabularies as vocab
from .common import one_of, text
from .elapsed import ElapsedIn
from .novelty import novelty_fields, novelty_problems


def event_novelty():
    return novelty_fields("first ('the first releases under the accord', 'the first air raid on the capital'), "
                          "rare ('a rare daylight attack'), repeated ('shelled again'), first_in_period ('the first "
                          "clashes in months')")


def alert_level():
    return one_of(vocab.ALERT_LEVELS, allow_none=True, load_default=None, metadata={
        "description": "With mode alert (a MOBILIZE event): the level of alert declared, raised or lowered (see "
                       "/v1/vocabularies alert_levels): raised, high ('on high alert'), maximum ('declared maximum "
                       "alert'), lowered. Null when not said or for other modes. Filter: alert_level=."})


def alert_level_words():
    return text(300, allow_none=True, load_default=None, metadata={
        "description": "The alert level in the reporting's words ('maximum alert', 'DEFCON 3', 'red alert'); needs "
                       "mode alert. Null when not said."})


def responsibility():
    """agree33 (migrations/0114): "there was no immediate claim of responsibility"."""
    return one_of(vocab.RESPONSIBILITY_CLAIMS, allow_none=True, load_default=None, metadata={
        "description": "Whether responsibility for the event was claimed, as the reporting says (see "
                       "/v1/vocabularies responsibility_claims): not_claimed ('there was no immediate claim of "
                       "responsibility'), claimed (the claim itself is the claimant's statement with about_event_ids "
                       "the event), several_claims ('two groups claimed the attack'). Who the sides say did it stays "
                       "the event's claims. Null when not said. Filter: responsibility=."})


def mark_problems(data):
    """field -> messages: novelty_words with novelty; an alert level on an event of mode alert only."""
    errors = novelty_problems(data)
    for name in ("alert_level", "alert_level_words"):
        if data.get(name) is not None and data.get("mode") != "alert":
            errors[name] = ["An alert's level: with mode alert (type MOBILIZE) only."]
    return errors


class DelayIn(ElapsedIn):
    """How long the event was held up against its planned time, as the claimant gives it. Stored whole as JSON."""

    words = text(300, allow_none=True, load_default=None, metadata={
        "description": "The delay in the reporting's words, kept when vague ('most of the day', 'several hours', "
                       "'a long delay'). Null when the amount and unit say it all."})

    @validates_schema(skip_on_field_errors=True)
    def _worded(self, data, **kwargs):
        if data.get("words") is None and data.get("amount") is None and data.get("nearness") is None:
            raise ValidationError({"amount": ["Give the amount, or the words when it is vague ('most of the day': "
                                              "unit days, words 'most of the day')."]})


def delay():
    return fields.Nested(DelayIn, allow_none=True, load_default=None, metadata={
        "description": "How long the event was held up against its planned time, as the claimant says ('after a "
                       "delay of most of the day': {unit days, qualifier at_most, amount 1, words 'most of the "
                       "day'}; 'three hours late': {amount 3, unit hours}): an amount, unit, qualifier and nearness as "
                       "a relation's elapsed, and the reporting's words. The planned time is another claim (occurrence "
                       "planned, its dates and time); the actual start is the event's. Null when no delay is "
                       "claimed. Filter: delayed=true."})
