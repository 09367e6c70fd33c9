"""How much a provision covers and how far it goes (treaties37, migrations/0122), an actor's part in it, and a
condition's time limit (treaties35, migrations/0118):
declared apart from schemas/provisions.py, which is near its size limit, and mixed in before StrictSchema."""
from marshmallow import fields

from . import vocabularies as vocab
from .agreement_terms import PeriodIn
from .common import one_of
from .dates import ReportedDateIn


class ProportionMixin:
    """ProvisionIn's proportion: 'the side would give up much of the land it holds'."""

    proportion = one_of(vocab.FIGURE_PROPORTIONS, allow_none=True, load_default=None, metadata={
        "description": "How much of what it is about the provision covers, when the text says it with a proportion "
                       "word, as an act item's proportion (see /v1/vocabularies figure_proportions): 'the side "
                       "would give up much of the land it holds': many; 'most of the prisoners': most; all, some, "
                       "few... Null when not said (a provision covering the whole of it says nothing more). Filter "
                       "with provision_proportion=."})


class DegreeMixin:
    """ProvisionIn's degree (treaties37, migrations/0122): 'largely autonomous provinces', 'a partial amnesty'."""

    degree = one_of(vocab.RELATION_DEGREES, allow_none=True, load_default=None, metadata={
        "description": "How far what the provision provides for goes, when the text qualifies it (see "
                       "/v1/vocabularies relation_degrees): 'largely autonomous provinces': largely; 'a partial "
                       "amnesty': partly; entirely, slightly. Not proportion, which says how much of what it is "
                       "about it covers ('most of the prisoners'). Null when not said. Filter with "
                       "provision_degree=."})


class ActorPartMixin:
    """ProvisionActorIn's actor_part: 'its officers may inspect the cargo' (the army, officers)."""

    actor_part = one_of(vocab.ACTOR_PARTS, allow_none=True, load_default=None, metadata={
        "description": "Which part of the actor takes its part in the provision, when the text names a part rather "
                       "than the whole, as an event participant's and a statement act's actor_part (see "
                       "/v1/vocabularies actor_parts): 'its officers may inspect the cargo': the army, officers; "
                       "'the leaders of both sides shall meet': leadership. Null for the actor as a whole or when "
                       "not said."})


class ConditionTimeLimitMixin:
    """ConditionIn's time limit: 'his signature holds only if the assembly ratifies it within seven days'."""

    within = fields.Nested(PeriodIn, allow_none=True, load_default=None, metadata={
        "description": "The time within which the condition must be met, as reported ('only if the assembly "
                       "ratifies it within seven days': {\"amount\": 7, \"unit\": \"days\"}); null when no time "
                       "limit is said. Beside deadline when both are given."})
    deadline = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "The date by which the condition must be met, as reported (a day, 'by' a date with bound "
                       "on_or_before, a month: docs/api.md, Dates as reported); null when the reporting gives no "
                       "date (never one computed from within)."})
