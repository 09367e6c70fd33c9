"""Where and by whom things hold, and what an event was about (places34, migrations/0117): a zone's declarer
(schemas/places.py declared_by_id), an actor relation limited to a place (schemas/relation_parts.py
PlaceScopeMixin), an event's action agreed or refused and the part of its place in words (schemas/event_action.py);
and who gathered a source's material beside its publisher (schemas/sources.py contributors).
Columns at the end of their tables, all nullable (no table rebuild on SQLite, whose event table carries rollup
triggers)."""
from peewee import CharField, TextField

from .records import Actor, Event, Place, Source, refers_to
from .relations import ActorRelation

Place._meta.add_field("declared_by", refers_to(Actor, "declared_places", null=True))
ActorRelation._meta.add_field("place", refers_to(Place, "scoped_actor_relations", null=True))
Event._meta.add_field("action", CharField(max_length=80, null=True, index=True))   # requested_actions (open: 80)
Event._meta.add_field("place_part", TextField(null=True))
Source._meta.add_field("contributors", TextField(null=True))   # JSON list of words; null before 0117: none said
