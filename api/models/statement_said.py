"""What a statement gives as reasons, what it predicts, how new it is said to be, and the part of a month or year it
was made in (issue 10, stmt30, migrations/0102; schemas/statement_said.py). Columns at the end of the statement
table: the JSON lists null for statements stored before (read as [])."""
from peewee import CharField, TextField

from .records import Statement

Statement._meta.add_field("reasons", TextField(null=True))   # JSON list of {reason, words, event_ids}
Statement._meta.add_field("predictions", TextField(null=True))   # JSON list of {event_id, event_type, hedge, words}
Statement._meta.add_field("novelty", CharField(max_length=16, null=True))   # statement_novelties
Statement._meta.add_field("novelty_words", TextField(null=True))
Statement._meta.add_field("date_part", CharField(max_length=5, null=True))   # early, mid, late
