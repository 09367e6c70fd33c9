"""Relations across kinds, time between related records, and richer claims (issue 10, mending round
mend-cross).

- event_statement_relation and statement_event_relation are new and start empty: an event that follows,
  answers or carries out a statement, a statement that follows, answers or precedes an event. No existing
  record had such a link (it could not be stored).
- event_relation and statement_relation gain `elapsed` (JSON {amount, unit, qualifier}: "two days later");
  null for every existing relation: the time between them was not recorded.
- event_claim gains `presence` (at_the_scene, in_the_area, not_present), `equipment` (JSON) with
  `equipment_kind` beside it, `cause` (the figures' causes), `believed_target_id` (an actor) and
  `believed_target_words`; null for every existing claim (the reporting was not read for them). presence,
  equipment_kind and cause are indexed for their filters; believed_target_id, a foreign key, is indexed by
  add_column itself.

New terms need no storage: statement relation follows, period unit minutes. An unnamed claimant of a known
body (attribution unnamed with claimant_id) is a rule, not a column. Old revisions stay valid input: every new
field has a default (null, []).
"""
from peewee import CharField, ForeignKeyField, IntegerField, Model, TextField

CLAIM_COLUMNS = (("presence", lambda: CharField(max_length=20, null=True), True),
                 ("equipment", lambda: TextField(null=True), False),
                 ("equipment_kind", lambda: CharField(max_length=20, null=True), True),
                 ("cause", lambda: CharField(max_length=20, null=True), True),
                 ("believed_target_words", lambda: TextField(null=True), False))
TIMED = ("event_relation", "statement_relation")


def _frozen(db, name):
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    """(subject kind, other kind) -> the new table, frozen: an event's links to statements, and the inverse."""
    tables = []
    for subject, other in (("event", "statement"), ("statement", "event")):
        subject_t, other_t = _frozen(db, subject), _frozen(db, other)
        name = f"{subject}_{other}_relation"
        meta = type("Meta", (), {"database": db, "table_name": name, "indexes": (
            (("subject", other, "relation"), True), ((other, "relation"), False))})
        tables.append(type(name, (Model,), {
            "subject": ForeignKeyField(subject_t, on_delete="CASCADE", index=False,
                                       field=subject_t._meta.primary_key),
            other: ForeignKeyField(other_t, on_delete="RESTRICT", field=other_t._meta.primary_key,
                                   backref=f"related_{subject}s_from"),
            "relation": CharField(max_length=20), "elapsed": TextField(null=True), "position": IntegerField(),
            "Meta": meta, "__module__": __name__}))
    return tables


def up(migrator, db):
    actor = _frozen(db, "actor")
    operations = [migrator.add_column(table, "elapsed", TextField(null=True)) for table in TIMED]
    for column, make, indexed in CLAIM_COLUMNS:
        operations.append(migrator.add_column("event_claim", column, make()))
        if indexed:
            operations.append(migrator.add_index("event_claim", (column,), False))
    operations.append(migrator.add_column("event_claim", "believed_target_id", ForeignKeyField(
        actor, null=True, on_delete="RESTRICT", field=actor._meta.primary_key)))
    migrator.migrate(*operations)
    db.create_tables(_tables(db))


def down(migrator, db):
    db.drop_tables(_tables(db))
    operations = [migrator.drop_index("event_claim", "event_claim_believed_target_id"),
                  migrator.drop_column("event_claim", "believed_target_id")]
    for column, _, indexed in CLAIM_COLUMNS:
        if indexed:
            operations.append(migrator.drop_index("event_claim", f"event_claim_{column}"))
        operations.append(migrator.drop_column("event_claim", column))
    operations += [migrator.drop_column(table, "elapsed") for table in TIMED]
    migrator.migrate(*operations)
