"""Rows of the links across kinds (issue 10, mending round mend-cross, migrations/0039): an event that follows,
answers or carries out a statement, and a statement that follows, answers or precedes an event, each with the
time elapsed between them (reported, as JSON)."""
from peewee import CharField, IntegerField, TextField

from .base import BaseModel
from .records import Event, Statement, owned_by, refers_to


class EventStatementRelation(BaseModel):
    """`subject` (an event) <relation> `statement`: it follows / is in response to / carries out that statement."""

    subject = owned_by(Event, "statement_relation_rows", index=False)
    statement = refers_to(Statement, "related_events_from")
    relation = CharField(max_length=80)   # 80: local terms (migrations/0105)
    elapsed = TextField(null=True)
    position = IntegerField()

    class Meta:   # not unique: the same relation twice when its claim differs (0106)
        indexes = ((("subject", "statement", "relation"), False), (("statement", "relation"), False))


class StatementEventRelation(BaseModel):
    """`subject` (a statement) <relation> `event`: it follows / answers / precedes that event."""

    subject = owned_by(Statement, "event_relation_rows", index=False)
    event = refers_to(Event, "related_statements_from")
    relation = CharField(max_length=80)   # 80: local terms (migrations/0105)
    elapsed = TextField(null=True)
    position = IntegerField()

    class Meta:   # not unique: the same relation twice when its claim differs (0106)
        indexes = ((("subject", "event", "relation"), False), (("event", "relation"), False))
