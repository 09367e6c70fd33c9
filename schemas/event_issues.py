"""What an event is over (issue 10, events33, migrations/0112; notes/trials t56 #70 "the talks stalled over the fate
of prisoners who refuse to go home"): the matters in dispute that talks stalled on, a protest was about, a strike
was called over. Before, an event could be over a statement only (its statement_relations' over); an issue that
nobody's statement states went into the context's prose. Each issue is a provision type where one fits (the matters
agreements settle: prisoner_release, third_country_custody, ceasefire...) and the reporting's words. Stored whole
as a JSON list in the event's issues column (null, read as [], for older events), found by ?issue=
(api/services/act_filters.py). Declared once here, on schemas/events.py's EventIn."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import StrictSchema, one_of, reference, references, text


class IssueIn(StrictSchema):
    """One matter the event is over, as a provision type and in the reporting's words."""

    type = one_of(vocab.PROVISION_TYPES, allow_none=True, load_default=None, metadata={
        "description": "The matter as a provision type, the terms agreements settle it with (see /v1/vocabularies "
                       "provision_types): 'the fate of prisoners unwilling to be repatriated' is prisoner_release (or "
                       "third_country_custody when custody elsewhere is at issue); 'the line of the border' "
                       "territory_transfer. Null when none fits: words say it."})
    words = text(1000, allow_none=True, load_default=None, metadata={
        "description": "The issue in the reporting's words ('the fate of prisoners unwilling to be repatriated'); null "
                       "when the type says all."})

    # acts35: "talks on lifting the arms embargo on the government": whom the issue is about, the measure on record
    actor_ids = references("actor", load_default=list, validate=validate.Length(max=20), metadata={
        "description": "The actors the issue concerns, when actor records name them: 'talks on lifting the arms "
                       "embargo on the government': type sanctions_relief, actor_ids [the government]; 'the fate of "
                       "the rebel commanders' (the commanders' actor). Not the event's participants as such (who "
                       "talked or protested). IDs of actors, each of which cannot be deleted while named. Empty "
                       "when not said (items stored before read empty). Filter: issue_actor=.",
        "shown": {"description": "The actors the issue concerns (IDs); empty when none is named."}})
    event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "The event on record the issue concerns, when it is one: the embargo, the arrest, the "
                       "closure in dispute ('talks on lifting the arms embargo': the embargo's event). An event's "
                       "ID, which cannot be deleted while named; not the event itself. Null when not said or not "
                       "on record (items stored before read null).",
        "shown": {"description": "The event on record the issue concerns (its ID); null when none."}})

    @validates_schema(skip_on_field_errors=True)
    def _says_something(self, data, **kwargs):
        if data.get("type") is None and data.get("words") is None:
            raise ValidationError({"type": ["Say what the issue is: a type, its words, or both."]})


def issues():
    return fields.List(fields.Nested(IssueIn), load_default=list, validate=validate.Length(max=20), metadata={
        "description": "What the event is over, the matters in dispute ('talks stalled over the fate of prisoners "
                       "unwilling to be repatriated': [{type: prisoner_release, words: 'the fate of prisoners "
                       "unwilling to be repatriated'}]; 'protesters demanding the release of detainees'), each "
                       "{type, words, actor_ids, event_id}, the type a provision type, actor_ids whom it concerns, "
                       "event_id the measure on record it concerns. A statement the event turned on is a "
                       "statement_relations item (over). Empty when not said. Filters: issue=, issue_actor=."})
