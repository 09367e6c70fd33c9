"""What an event claim, a figure or a statement is said to rest on (agree33, migrations/0114; schemas/evidence.py),
whom a statement is addressed to in words, and whether an event was claimed. Columns at the end of their tables, nullable so that SQLite adds
them without rebuilding a table (figure carries the rollups' triggers): null for records stored before, read as
[] (evidence) or null."""
from peewee import CharField, TextField

from .claims import EventClaim
from .figures import Figure
from .records import Event, Statement

for _model in (EventClaim, Figure, Statement):
    _model._meta.add_field("evidence", TextField(null=True))   # JSON list of {kind, words}
Statement._meta.add_field("addressee_words", TextField(null=True))   # "told reporters": no actor record
Event._meta.add_field("responsibility", CharField(max_length=16, null=True))   # responsibility_claims (closed)
