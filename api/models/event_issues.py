"""What an event is over and how the people it holds were treated, as claimed (issue 10, events33, migrations/0112;
schemas/event_issues.py, schemas/held_treatment.py). Columns at the end of their tables, all nullable (no table
rebuild on SQLite, whose event table carries rollup triggers); a null list reads as []."""
from peewee import TextField

from .claims import EventClaim
from .records import Event

Event._meta.add_field("issues", TextField(null=True))   # JSON [{type, words}]
EventClaim._meta.add_field("treatment", TextField(null=True))   # JSON list of held_treatments terms
EventClaim._meta.add_field("treatment_words", TextField(null=True))
