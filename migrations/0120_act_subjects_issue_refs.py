"""What an act is about, whom and which measure an event's issue concerns, relative sizes and the sides of a handover
(issue 10, acts35: "will not discuss a disengagement until it has the list", "talks on lifting the arms embargo on the
government", "heavy losses", "the army handed the checkpoints over to the peacekeepers"; docs/api.md "What an act
is about, whom an issue concerns, relative sizes, handovers").

No column changes, on purpose; this migration records the round's shapes so that a database knows it holds them:
- an act item's `subject_types` lives in the statement's stored act lists, an issues item's `actor_ids` and
  `event_id` in the event's stored issues (JSON stored whole): items stored before read them empty or null, which
  means not said. The actors and the event an issue names are found from that JSON (api/services/issue_refs.py) for
  issue_actor= and to refuse their deletion; no row holds them, so none needs filling here.
- the terms decision (requested_actions), heavy and light (vague_magnitudes), handed_over and took_over
  (participant_roles) are values of columns that exist: participant roles and act actions are VARCHAR(80) (0105) or
  JSON, a figure's vague VARCHAR(24).

Old revisions stay valid input: every new field has a default. up() and down() change nothing, and both may run
again. Migrations import nothing but peewee (and the standard library).
"""


def up(migrator, db):
    """Nothing to add: the new fields live in JSON already stored, the new terms in columns that exist."""


def down(migrator, db):
    """Nothing to drop: items written with the new fields keep them in their JSON, and a version before this one
    shows only the keys it declares."""
