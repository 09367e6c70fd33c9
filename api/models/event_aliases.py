"""An event's other names, a membership's dated changes, the events a position began and ended with, the event a
superlative counts since, and a claim's further equipment (issue 10, mend-acts4, migrations/0076; notes/trials t24
#8 "code-named Operation Vigilant Resolve", #48 "mortar, rocket-propelled grenade and small-arms fire", #63 "since
the 2003 invasion", t25 #3 "the African Union suspended the country", #18 "in a 2003 coup", #19 "fled the city")."""
from peewee import CharField, IntegerField, TextField

from .base import BaseModel, StableIdField
from .claims import ActorPosition, EventClaim
from .records import Event, Participant, owned_by, refers_to
from .relations import ActorMembership

# The columns sit at the end of the event, participant, actor_membership, event_claim and actor_position tables.
ActorMembership._meta.add_field("changes", TextField(default="[]"))   # JSON list: suspended, reinstated, ...
Participant._meta.add_field("actor_part", CharField(max_length=20, null=True))   # leadership, ...; 20: 0116
Event._meta.add_field("extent", CharField(max_length=12, null=True))   # widespread, scattered, isolated
ActorPosition._meta.add_field("since_event", refers_to(Event, "positions_begun", null=True))   # "in a 2003 coup"
EventClaim._meta.add_field("since_event", refers_to(Event, "superlatives_since", null=True))   # "since the invasion"
EventClaim._meta.add_field("more_equipment", TextField(default="[]"))   # JSON list: "mortar, RPG and small arms"
ActorPosition._meta.add_field("until_event", refers_to(Event, "positions_ended", null=True))   # "fled the city"


class EventAlias(BaseModel):
    """Another name of an event ("Operation Vigilant Resolve"), in a language or none, as actor_alias, place_alias
    and treaty_alias hold theirs."""

    id = StableIdField()
    event = owned_by(Event, "alias_rows")
    name = TextField()
    language = CharField(max_length=2, null=True)
    position = IntegerField()


MODELS = [EventAlias]
