"""An event's type and mode as a claimant gives them, and an actor relation's unnamed claimant in words (issue 10,
mending round mend-claims2; trials t18, t19: "killed in combat" against "executed while surrendering"; "Western
governments say Turkey backs..."; docs/api.md "An event's type in dispute", "Unnamed voices in words").

- event_claim gains `type` and `mode`: the PLOVER type and mode the claimant gives the event; null for every
  existing claim, which was not about the type. It gains `claimant_hedge` too ("the army said he appears to
  have been killed": appears), the claimant's own hedge; null for every existing claim (its words were in note).
- actor_relation gains `claimant_words`, `claimant_kind`, `claimant_country`, as claims and figures have them
  (migrations/0049); null for every existing relation, whose unnamed claimant was not described.

A provision's deadlines take the same three words fields inside their JSON: no column. Old revisions stay valid
input: the new fields default to null. down() drops them.
"""
from peewee import CharField, TextField


def _missing(db, table, column):
    return column not in {c.name for c in db.get_columns(table)}


def up(migrator, db):
    if _missing(db, "event_claim", "type"):
        migrator.migrate(migrator.add_column("event_claim", "type", CharField(max_length=30, null=True)),
                         migrator.add_column("event_claim", "mode", TextField(null=True)),
                         migrator.add_column("event_claim", "claimant_hedge", CharField(max_length=12, null=True)),
                         migrator.add_index("event_claim", ("type",), False),
                         migrator.add_index("event_claim", ("claimant_hedge",), False))
    if _missing(db, "actor_relation", "claimant_words"):
        migrator.migrate(migrator.add_column("actor_relation", "claimant_words", TextField(null=True)),
                         migrator.add_column("actor_relation", "claimant_kind", CharField(max_length=40, null=True)),
                         migrator.add_column("actor_relation", "claimant_country", CharField(max_length=3, null=True)))


def down(migrator, db):
    migrator.migrate(migrator.drop_index("event_claim", "event_claim_type"),
                     migrator.drop_index("event_claim", "event_claim_claimant_hedge"),
                     migrator.drop_column("event_claim", "claimant_hedge"),
                     migrator.drop_column("event_claim", "type"), migrator.drop_column("event_claim", "mode"),
                     migrator.drop_column("actor_relation", "claimant_words"),
                     migrator.drop_column("actor_relation", "claimant_kind"),
                     migrator.drop_column("actor_relation", "claimant_country"))
