"""Who within the speaker spoke, when the reporting names no one (issue 10, mend-stmt5, migrations/0081;
notes/trials t26 #15 "government officials said ... they did not know where he was"). The speaker is the body the
unnamed people speak for (speaker_id, required as before); the reporting's words and, as a term, which part of the
body they are (the actor parts of a participant's actor_part: officials, leadership, members, supporters) stand
beside it, as a claim's claimant_words stand beside its claimant_id (schemas/unnamed.py)."""
from marshmallow import ValidationError, validates_schema

from . import vocabularies as vocab
from .common import one_of, text


def speaker_fields():
    """speaker_words and speaker_part, declared last in StatementIn (CSV columns stay put)."""
    words = text(500, allow_none=True, load_default=None, metadata={
        "description": "Who spoke, in the reporting's words, when the speaker is a body and the people who spoke "
                       "for it are not named ('government officials said': speaker the government, speaker_words "
                       "'government officials', speaker_part officials; 'a military spokesman'); with speaker_id "
                       "null, the speaker not known, as far as the reporting describes it ('unidentified gunmen', "
                       "'the kidnappers'; acts28); null when the speaker is named or the body speaks as such, or "
                       "nothing is said of an unknown one."})
    part = one_of(vocab.ACTOR_PARTS, allow_none=True, load_default=None, metadata={
        "description": "Which part of the speaker spoke, when unnamed people speak for it (see /v1/vocabularies "
                       "actor_parts): officials ('government officials said'), leadership ('the RUF leadership "
                       "said'), members, supporters; null when the speaker speaks as a whole or is a person. "
                       "Filter with speaker_part=."})
    return words, part


class UnknownSpeakerMixin:
    """A statement whose speaker is not known (acts28, migrations/0097; trial t39 #40 "footage of the captive was
    shown on television" by a party not named): speaker_id null. A part of no one, or further speakers after no
    first, say nothing."""

    @validates_schema(skip_on_field_errors=True)
    def _unknown_speaker(self, data, **kwargs):
        if data.get("speaker_id") is not None:
            return
        if data.get("speaker_part") is not None:
            raise ValidationError({"speaker_part": ["A part of the speaker: give speaker_id (the body), or say who "
                                                    "in speaker_words when the speaker is not known."]})
        if data.get("other_speaker_ids"):
            raise ValidationError({"other_speaker_ids": ["The speakers beyond the first: give the first in "
                                                         "speaker_id."]})


def addressee_words_field():
    """agree33 (migrations/0114; notes/trials t58 #67 "he told reporters"): whom a statement is addressed to when no
    actor record fits, in words, as an act item's addressee_words. Declared last in StatementIn (CSV columns stay
    put)."""
    return text(500, allow_none=True, load_default=None, metadata={
        "description": "Whom the statement is addressed to, in the reporting's words, when no actor record fits: "
                       "'told reporters' ('reporters', with medium remarks_to_reporters), 'told residents', 'in a "
                       "message to the nation'; beside addressee_id when the words say more than the actor. Null "
                       "when not said, or when addressee_id says it all."})
