"""What a claimant says an event achieved against its aim (issue 10, events27; notes/trials t37 #59 "the rebels say
they have repelled every attack": the attacks failed, as one side claims; docs/api.md "Event claims").

- event_claim gains `outcome` (a term of event_outcomes: failed, succeeded, partly_succeeded), as the event's own
  outcome (migrations/0075) is the curators' reading: null for every existing claim (not said); nullable, so that
  SQLite adds it without a rebuild (and keeps every trigger).

- event gains `legal_in_force_as_of` (t36 #61 "the order to arrest him remained in force"): the day of a legal
  action's `in_force_as_of` (its `legal` is stored whole as JSON), a plain column for legal_in_force_on=; null for
  every existing event (not said), nullable likewise.
- actor_relation gains `seniority` (a term of relation_seniorities: top, senior, junior; t36 #22 "two of the
  general's senior aides", with adviser_to and the like): null for every existing relation (not said).

The new terms of events27 (participant roles sought and supervisor, the event relation in_order_to, the legal status
arrest_ordered, three event modes, the targeted group crowds) need no column.
Migrations import nothing but peewee (and the standard library).
"""
from peewee import CharField, DateField


def up(migrator, db):
    if "outcome" not in {column.name for column in db.get_columns("event_claim")}:
        migrator.migrate(migrator.add_column("event_claim", "outcome", CharField(max_length=20, null=True)))
    if "legal_in_force_as_of" not in {column.name for column in db.get_columns("event")}:
        migrator.migrate(migrator.add_column("event", "legal_in_force_as_of", DateField(null=True)))
    if "seniority" not in {column.name for column in db.get_columns("actor_relation")}:
        migrator.migrate(migrator.add_column("actor_relation", "seniority", CharField(max_length=12, null=True)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("event_claim", "outcome"),
                     migrator.drop_column("event", "legal_in_force_as_of"),
                     migrator.drop_column("actor_relation", "seniority"))
