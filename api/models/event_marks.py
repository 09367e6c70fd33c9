"""What an event's reporting marks it as (issue 10, events32, migrations/0109; schemas/event_marks.py): how new it is,
how high an alert went, and on a claim how long it was held up. Columns at the end of their tables, all nullable (no
table rebuild on SQLite, whose event table carries rollup triggers)."""
from peewee import CharField, TextField

from .claims import EventClaim
from .records import Event

Event._meta.add_field("novelty", CharField(max_length=16, null=True))   # statement_novelties
Event._meta.add_field("novelty_words", TextField(null=True))
Event._meta.add_field("alert_level", CharField(max_length=12, null=True))   # alert_levels (closed)
Event._meta.add_field("alert_level_words", TextField(null=True))
EventClaim._meta.add_field("delay", TextField(null=True))   # JSON {amount, amount_max, unit, ..., words}
