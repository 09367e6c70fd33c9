"""What a statement gives as its reasons, what it predicts, how new the reporting says it is, and the part of a month
or year it was made in (issue 10, stmt30, migrations/0102; notes/trials t47, t48, t49: a speaker's stated reason for
a refusal or a gesture, novelty, a warning of what may happen, a part of a month).

- A stated reason has the shape of an event claim's reason (schemas/events.py): a claimed_reasons term (open: an
  admin may register local terms), the reporting's words and the events it points to. A statement's `reasons` are
  why the speaker says or does what the statement does; an act item's `reasons` (schemas/statement_acts.py) why
  the act is asked, offered, refused, announced.
- A prediction is what the speaker says will or may happen, not an act of its own (that is an announcement or a
  threat): about an event record or an event type, a treaty or actors (schemas/statement_predictions.py).
- novelty is a small closed vocabulary (statement_novelties); date_part is an event's date_part.
Declared last in StatementIn (CSV columns stay put); reasons and predictions are stored whole as JSON.
"""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import claim_reasons, vocabularies as vocab
from .common import StrictSchema, Terms, one_of, references, text
from .date_parts import PERIOD_PART, part_problems
from .id_filters import id_filter
from .novelty import novelty_fields, novelty_problems
from .parameters import CommaList
from .statement_predictions import PredictionIn


class StatedReasonIn(StrictSchema):
    reason = one_of(vocab.CLAIMED_REASONS, required=True, metadata={
        "description": "The reason the speaker gives (see /v1/vocabularies claimed_reasons, open: local terms "
                       "too): goodwill ('released the prisoners as a gesture to the mediators'), security_operation "
                       "('citing a security alert'), retaliation, protest, other (with "
                       "words)..."})
    words = text(1000, allow_none=True, load_default=None, metadata={
        "description": "The reason in the reporting's words ('as a gesture to the mediators'); required with "
                       "reason other."})
    event_ids = references("event", load_default=list, validate=validate.Length(max=20), metadata={
        "description": "The events the reason points to ('in response to Tuesday's shelling': that event), each "
                       "also among the statement's about_event_ids (a 422 naming this field otherwise). Empty when "
                       "it names none.",
        "shown": {"description": "The events the reason points to (IDs); empty when none."}})
    # claims34 (migrations/0115; notes/trials t61 #69 "so that the country could be spared further bloodshed"): as
    # an event claim's reason; filter stated_reason_for=
    reason_for_id, reason_for_words = claim_reasons.reason_for(), claim_reasons.reason_for_words()

    @validates_schema(skip_on_field_errors=True)
    def _said(self, data, **kwargs):
        if data["reason"] == "other" and not data.get("words"):
            raise ValidationError({"words": ["Say the reason in words with reason other."]})


def stated_reasons(whose):
    return fields.List(fields.Nested(StatedReasonIn), load_default=list, validate=validate.Length(max=10), metadata={
        "description": f"The reasons the speaker gives for {whose}, each {{reason, words, event_ids, reason_for_id, "
                      "reason_for_words}, as an event "
                      "claim's reason: 'refused to let the convoy through, citing a security alert' is a refusal "
                      "whose reasons are [{reason security_operation, words 'citing a security alert'}]. Empty when no reason is given (items stored before read it empty). Filter: "
                      "stated_reason=."})


def said_fields():
    """reasons, predictions, novelty, novelty_words and date_part, declared last in StatementIn."""
    predictions = fields.List(fields.Nested(PredictionIn), load_default=list, validate=validate.Length(max=20), metadata={
        "description": "What the speaker says will or may happen, not an act of its own (an announcement or a "
                       "threat is that: 'we will return to the talks next week' is an announcement, action "
                       "further_negotiations, with its date): each {event_id, event_type, treaty_id, treaty_outcome, "
                       "actor_ids, actor_outcome, hedge, words}, about one subject: an event, an event type, a treaty "
                       "('the plan is still alive': treaty_id, treaty_outcome survives) or actors ('said it would "
                       "prevail': actor_ids, actor_outcome prevails). 'Warned of a looming famine and "
                       "of fighting spreading to the south' is stance warn, predictions [{words 'a looming famine', "
                       "hedge possible}, {event_type FIGHT, words 'fighting spreading to the south', hedge possible}]. "
                       "Empty when it predicts nothing (statements stored before read it empty). Filters: "
                       "predicted_event=, predicted_type=, predicted_treaty=, predicted_treaty_outcome=, "
                       "predicted_actor=, predicted_actor_outcome=."})
    novelty, novelty_words = novelty_fields(
        "first ('the first official confirmation that'), rare ('in a rare public appearance'), repeated ('again "
        "denied', 'reiterated'), first_in_period ('his first remarks in months')")
    date_part = fields.String(allow_none=True, load_default=None, validate=PERIOD_PART, metadata={
        "description": "A part of a month or year the statement was made in, as the reporting says it: early, mid "
                       "or late, as an event's date_part. date and date_end are then the part's bracket ('in "
                       "mid-May 2021': 2021-05-11 to 2021-05-20, precision day; 'late 2019': 2019-09-01 to "
                       "2019-12-31, precision month); with date_bound, date is the part's edge ('by early June': "
                       "on_or_before the 10th). Null when not said. Filter: date_part=."})
    return stated_reasons("what the statement says or does"), predictions, novelty, novelty_words, date_part


ACT_LISTS = ("requests", "offers", "refusals", "not_agreed", "announcements", "pledges", "threats", "intentions")


def _unnamed(ids, about):
    """The messages for event IDs not among the statement's about_event_ids, or None."""
    missing = [ident for ident in ids if ident is not None and ident not in about]
    return [f"Add {', '.join(map(str, missing))} to the statement's about_event_ids too (about_event= then finds it, "
            "and the event cannot be deleted while named)."] if missing else None


def treaty_unnamed(ident):
    """The message for a treaty an item names that is not among the statement's about_treaties (an act's
    for_treaty_id or treaty_id, a prediction's treaty_id)."""
    return [f"Add {ident} to the statement's about_treaties too (about_treaty= then finds it, and the treaty cannot "
            "be deleted while named)."]


def said_problems(data):
    """Events of reasons and predictions among about_event_ids; novelty_words with novelty; date_part's bracket."""
    about, errors = set(data.get("about_event_ids") or []), {}
    for i, item in enumerate(data.get("reasons") or []):
        if _unnamed(item.get("event_ids") or [], about):
            errors.setdefault("reasons", {})[i] = {"event_ids": _unnamed(item["event_ids"], about)}
    treaties = {item.get("treaty_id") for item in data.get("about_treaties") or []}
    actors = set(data.get("about_actor_ids") or [])
    for i, item in enumerate(data.get("predictions") or []):
        if _unnamed([item.get("event_id")], about):
            errors.setdefault("predictions", {})[i] = {"event_id": _unnamed([item["event_id"]], about)}
        elif _unnamed([item.get("treaty_id")], treaties):   # statements37: so about_treaty= finds it
            errors.setdefault("predictions", {})[i] = {"treaty_id": treaty_unnamed(item["treaty_id"])}
        elif _unnamed(item.get("actor_ids") or [], actors):
            missing = ", ".join(str(n) for n in item["actor_ids"] if n not in actors)
            errors.setdefault("predictions", {})[i] = {"actor_ids": [
                f"Add {missing} to the statement's about_actor_ids too (about_actor= then finds it)."]}
    for name in ACT_LISTS:
        for i, item in enumerate(data.get(name) or []):
            for j, reason in enumerate(item.get("reasons") or []):
                if _unnamed(reason.get("event_ids") or [], about):
                    errors.setdefault(name, {}).setdefault(i, {}).setdefault("reasons", {})[j] = {
                        "event_ids": _unnamed(reason["event_ids"], about)}
    errors.update(novelty_problems(data))
    part = part_problems(data.get("date"), data.get("date_end"), data.get("date_precision"), data.get("date_part"),
                         data.get("date_bound"), data.get("time"))
    if part:
        errors["date_part"] = part
    if errors:
        raise ValidationError(errors)


def _terms(vocabulary, description):
    return CommaList(fields.String(validate=validate.OneOf(list(vocabulary))), metadata={"description": description})


SAID_FILTERS = {
    "stated_reason": CommaList(fields.String(validate=Terms(vocab.CLAIMED_REASONS)), metadata={
        "description": "Statements giving one of these reasons (claimed_reasons, local terms too), for the statement "
                       "(reasons) or for one of its acts (an act item's reasons): stated_reason=goodwill."}),
    "stated_reason_for": id_filter("Statements giving a reason for this actor (a reasons item's reason_for_id, the "
                                   "statement's or one of its acts'): whom the speaker says it protects, helps, "
                                   "spares or punishes."),   # claims34 (migrations/0115)
    "novelty": _terms(vocab.STATEMENT_NOVELTIES, "Statements the reporting marks so (novelty, statement_novelties): "
                                                 "novelty=first,rare."),
    "predicted_event": id_filter("Statements predicting this event (a predictions item's event_id)."),
    "predicted_type": _terms(vocab.EVENT_TYPES, "Statements predicting an event of one of these types (a predictions "
                                                "item's event_type): predicted_type=FIGHT."),
    # statements37: an agreement's prospects, an actor's own
    "predicted_treaty": id_filter("Statements predicting anything about this treaty (a predictions item's "
                                  "treaty_id): that it survives, fails, is signed..."),
    "predicted_treaty_outcome": CommaList(fields.String(validate=Terms(vocab.TREATY_PROSPECTS)), metadata={
        "description": "Statements predicting one of these for a treaty (a predictions item's treaty_outcome, "
                       "treaty_prospects, local terms too): predicted_treaty_outcome=fails,collapses."}),
    "predicted_actor": id_filter("Statements predicting anything about this actor (among a predictions item's "
                                 "actor_ids): that it prevails, copes alone, gives in..."),
    "predicted_actor_outcome": CommaList(fields.String(validate=Terms(vocab.ACTOR_PROSPECTS)), metadata={
        "description": "Statements predicting one of these for actors (a predictions item's actor_outcome, "
                       "actor_prospects, local terms too): predicted_actor_outcome=prevails."}),
    "date_part": _terms(vocab.PERIOD_PARTS, "Statements made in a part of a month or year, one of these: early, mid, "
                                            "late (date_part)."),
    "occasion_season": CommaList(fields.String(validate=Terms(vocab.SEASONS)), metadata={"description": (   # figs33
        "Statements timed by a season (occasion_timing's season), one of these: winter, rainy_season...")}),
}
