"""Which records are related to which: the WHERE clauses behind the relation routes."""
from ..models import Event, Participant, Statement, StatementEvent, StatementStatement, StatementTreaty, EventTreaty


def events_of_actor(actor_id):
    return Event.id.in_(Participant.select(Participant.event).where(Participant.actor == actor_id))


def statements_of_actor(actor_id):
    return Statement.speaker == actor_id


def events_at_place(place_id):
    return Event.place == place_id


def sub_events(event_id):
    return Event.parent == event_id


def statements_about_event(event_id):
    return Statement.id.in_(StatementEvent.select(StatementEvent.statement).where(StatementEvent.event == event_id))


def events_linked_to_treaty(treaty_id):
    return Event.id.in_(EventTreaty.select(EventTreaty.event).where(EventTreaty.treaty == treaty_id))


def statements_about_treaty(treaty_id):
    return Statement.id.in_(StatementTreaty.select(StatementTreaty.statement)
                            .where(StatementTreaty.treaty == treaty_id))


def statements_about_statement(statement_id):
    return Statement.id.in_(StatementStatement.select(StatementStatement.statement)
                            .where(StatementStatement.about == statement_id))
