"""What an event links to, declared apart from schemas/events.py for its size: its participants (an actor in a
role, and whom it took part for) and its links to treaties, as claimed."""
from marshmallow import ValidationError, validates_schema

from . import participant_parts, unnamed
from . import vocabularies as vocab
from .common import StrictSchema, one_of, reference
from .cross_relations import timing
from .relation_claims import SourcedMixin


def on_behalf_of():
    """Whom an actor took part for ("Wagner fighters, fighting for Russia"): declared once for participants and
    participant claims (issue 10, mending round)."""
    return reference("actor", allow_none=True, load_default=None, metadata={
        "description": "The actor this one took part for, on behalf of or under the command of ('Wagner fighters, "
                       "fighting for Russia': Wagner's on_behalf_of_id is Russia); null when not said.",
        "shown": {"description": "The actor it took part for (its ID, or the actor when embedded); null when not said."}})


class ParticipantIn(StrictSchema):
    """An actor taking part in one role. Kept by its id like a figure, and shown in place (never as its ID
    alone); a participant given without id that names a stored one's actor and role is that one (KEY)."""

    SHOWN_IN_PLACE = True
    KEY = ("actor_id", "role")

    id = reference("participant of this event", metadata={
        "description": "Give the ID of an existing participant to keep it (and its ID): alone, {\"id\": 7}, it "
                       "stays as it is; with actor_id and role, it changes. Omit it for a new participant (one "
                       "naming a stored participant's actor and role keeps that one's ID)."})
    actor_id = reference("actor", required=True, metadata={"description": "ID of the actor taking part.", "shown": {
        "description": "The actor taking part (its ID, or the actor with include=participants)."}})
    role = one_of(vocab.PARTICIPANT_ROLES, required=True, metadata={
        "description": "The actor's part in the event: initiator, target, side_a, side_b, mediator, or the people "
                       "released, exchanged or detained in it..."})
    on_behalf_of_id, actor_part = on_behalf_of(), participant_parts.actor_part()   # "Seleka leaders" (0076)


class TreatyLinkIn(unnamed.UnnamedClaimantFields, SourcedMixin, StrictSchema):
    """An event's link to a treaty, as claimed ("the army said the strike breached the ceasefire": claimant_id
    the army, with the sources; migrations/0059): SourcedMixin's claimant_id, attribution, verification,
    source_ids and note; an unnamed claimant in words ("diplomats said the shelling broke the truce"), as every
    other claim takes it (acts31, migrations/0107)."""

    treaty_id = reference("treaty", required=True, metadata={"description": "ID of the treaty the event relates to.",
                                                             "shown": {"description": "The treaty (its ID, or the "
                                                                                      "treaty with include=treaties)."}})
    link = one_of(vocab.TREATY_LINKS, required=True, metadata={
        "description": "How the event relates to the treaty: it signs, accepts (agrees without signing), "
                       "ratifies, rejects (a vote against it, a refusal), invokes, breaches it... (see /v1/vocabularies treaty_links)."})
    provision_id = reference("provision of that treaty", link="provisions", allow_none=True, metadata={
        "description": "The provision the event carries out, breaches or invokes, when it is one clause.",
        "shown": {"description": "The provision (its ID, or the provision with include=treaties); null for the "
                                 "treaty as a whole."}})
    timing = timing()   # "minutes after the truce expired" (mend-time, migrations/0047)

    @validates_schema(skip_on_field_errors=True)
    def _timed(self, data, **kwargs):
        if data.get("link") in ("alleges_breach", "alleges_unfulfilled", "reservation"):   # statements' (agree3-5)
            raise ValidationError({"link": [f"{data['link']} is a statement's about_treaties link: an event that "
                                            "breaches the treaty is breaches, with claimant_id if one side says so."]})
        if data.get("link") == "timed_against" and data.get("timing") is None:
            raise ValidationError({"timing": ["timed_against needs timing: which point of the treaty, and before or "
                                              "after it."]})
