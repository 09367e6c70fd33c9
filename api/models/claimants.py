"""Every claimant of an event's claim, in order (issue 10, mend-claims4, migrations/0079; notes/trials t24 #53:
"Fighters and residents said ..."). EventClaim.claimant keeps the first, as FigureClaimant does for a figure's.
Rows, not JSON, so that an actor named there cannot be deleted."""
from peewee import IntegerField, TextField

from .base import BaseModel
from .claims import EventClaim
from .records import Actor, owned_by, refers_to

# Whom a claimed reason is for ("to protect French and other foreign nationals", t25 #74): the columns sit at the
# end of the event_claim table.
EventClaim._meta.add_field("reason_for", refers_to(Actor, "claimed_reasons_for", null=True))
EventClaim._meta.add_field("reason_for_words", TextField(null=True))


class EventClaimClaimant(BaseModel):
    claim = owned_by(EventClaim, "claimant_rows", index=False)
    actor = refers_to(Actor, "event_claims_jointly")
    position = IntegerField()

    class Meta:
        indexes = ((("claim", "actor"), True),)


MODELS = [EventClaimClaimant]
