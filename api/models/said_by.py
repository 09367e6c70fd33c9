"""Who says a part of a record that had no claimant, and when a claim holds (claims34, migrations/0115;
schemas/said_by.py, schemas/claim_dates.py). Columns at the end of their tables, all nullable or defaulted (no
table rebuild on SQLite).

- A provision's other actors take a party entry's claim (TreatyParty, migrations/0049): claimant, attribution
  (null reads as the claimant's: schemas/claims.attribution_of), rank (null reads as normal), source_ids (JSON,
  checked when written), and an unnamed claimant in words ("the mediators said he would not be part of it").
- An actor's places take the words of an unnamed claimant, as every relation (relation_claims.COLUMNS).
- An event's claim takes as_of's bracket end and bound; a position its scheduled end; a figure its conditions.
  An event's service disruptions and a statement's reasons are JSON: their new keys need no column."""
from peewee import CharField, DateField, TextField

from .claims import ActorPosition, EventClaim
from .figures import Figure
from .provisions import ProvisionActor
from .records import Actor, refers_to
from .relation_claims import COLUMNS
from .relations import ActorPlace

UNNAMED = ("claimant_words", "claimant_kind", "claimant_country")
for _name in UNNAMED:
    ActorPlace._meta.add_field(_name, COLUMNS[_name]("actor_place"))
ProvisionActor._meta.add_field("claimant", refers_to(Actor, "claimed_provision_roles", null=True))
ProvisionActor._meta.add_field("attribution", CharField(max_length=10, null=True))
ProvisionActor._meta.add_field("rank", CharField(max_length=12, null=True))
ProvisionActor._meta.add_field("source_ids", TextField(default="[]"))
for _name in UNNAMED:
    ProvisionActor._meta.add_field(_name, COLUMNS[_name]("provision_actor"))
del _name

EventClaim._meta.add_field("as_of_end", DateField(null=True))   # the last day of as_of's bracket
EventClaim._meta.add_field("as_of_bound", CharField(max_length=12, null=True))   # on_or_before, not_before
ActorPosition._meta.add_field("scheduled_until", TextField(null=True))   # a reported date, JSON
Figure._meta.add_field("conditions", TextField(null=True))   # JSON list of conditions; null (none stored): []
