"""Figures and claims as the reporting says them (issue 10, sixth mending round, mend-figures; docs/api.md "Proportions,
people named among those counted, figures compared").

- figure gains `proportion` (all, nearly_all, most, half, some, few, none), `comparison` (higher, lower, same),
  `compared_with_id` and `compared_with_key` (a figure of the same record): null for every existing figure,
  whose reporting was not read for them.
- figure_among is new and starts empty: the actors named among those a figure counts ("among them Omar
  Barakat"), rows (not JSON) so that an actor named there cannot be deleted.
- event_claim_candidate is new and starts empty: the actors a claim names as candidates, one of whom it says took
  part ("accused one of the two of killing him"); every existing claim names one actor or none, as before.

- provision gains `reason` (claimed_reasons, indexed for provision_reason=) and `reason_words`: null for every
  existing provision (its text was not read for them).
- provision_object is new and starts empty: what a provision is about when that is no record of its own kind
  (a candidacy backed, a body to be created, an area not named), rows so that the actor or event it names
  cannot be deleted.

- statement gains `other_quotes` and `other_stances` (JSON lists, '[]' for every existing statement: one quote
  and one stance each, as before).

New terms need no storage: provision actor role target, condition type calm_period (a condition's period and
consecutive are stored whole with it, as JSON), stances announce and accept, claimed reason goodwill.

A share's whole (share_of, share_of_id, share_of_key) now also goes with a count ("18 of 31 trucks"): a rule,
no storage. Old revisions stay valid input: every new field has a default (null, []). down() drops them.
"""
from peewee import CharField, ForeignKeyField, IntegerField, Model, TextField

ADDED = (("proportion", lambda: CharField(max_length=12, null=True)),
         ("comparison", lambda: CharField(max_length=8, null=True)),
         ("compared_with_id", lambda: IntegerField(null=True)),
         ("compared_with_key", lambda: CharField(max_length=40, null=True)))

SEVERAL = ("other_quotes", "other_stances")   # a statement's further quotes and stances


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    figure_t, actor_t, claim_t = _frozen(db, "figure"), _frozen(db, "actor"), _frozen(db, "event_claim")
    provision_t, event_t = _frozen(db, "provision"), _frozen(db, "event")

    class FigureAmong(Model):
        figure = ForeignKeyField(figure_t, on_delete="CASCADE", index=False, field=figure_t._meta.primary_key)
        actor = ForeignKeyField(actor_t, on_delete="RESTRICT", field=actor_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "figure_among"
            legacy_table_names = False
            indexes = ((("figure", "actor"), True),)

    class EventClaimCandidate(Model):
        claim = ForeignKeyField(claim_t, on_delete="CASCADE", index=False, field=claim_t._meta.primary_key)
        actor = ForeignKeyField(actor_t, on_delete="RESTRICT", field=actor_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "event_claim_candidate"
            legacy_table_names = False
            indexes = ((("claim", "actor"), True),)

    class ProvisionObject(Model):
        provision = ForeignKeyField(provision_t, on_delete="CASCADE", index=False,
                                    field=provision_t._meta.primary_key)
        kind = CharField(max_length=12)
        action = CharField(max_length=12, null=True)
        name = TextField()
        criterion = TextField(null=True)
        actor = ForeignKeyField(actor_t, null=True, on_delete="RESTRICT", field=actor_t._meta.primary_key)
        event = ForeignKeyField(event_t, null=True, on_delete="RESTRICT", field=event_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "provision_object"
            legacy_table_names = False
            indexes = ((("provision", "position"), False), (("kind", "action"), False))

    return [FigureAmong, EventClaimCandidate, ProvisionObject]


def up(migrator, db):
    if "proportion" not in {column.name for column in db.get_columns("figure")}:
        migrator.migrate(*[migrator.add_column("figure", column, make()) for column, make in ADDED])
    if "reason" not in {column.name for column in db.get_columns("provision")}:
        migrator.migrate(migrator.add_column("provision", "reason", CharField(max_length=20, null=True)),
                         migrator.add_column("provision", "reason_words", TextField(null=True)),
                         migrator.add_index("provision", ("reason",), False))
    if "other_quotes" not in {column.name for column in db.get_columns("statement")}:
        migrator.migrate(*[migrator.add_column("statement", name, TextField(default="[]")) for name in SEVERAL])
    db.create_tables(_tables(db), safe=True)


def down(migrator, db):
    db.drop_tables(_tables(db))
    migrator.migrate(*[migrator.drop_column("figure", column) for column, _ in ADDED],
                     migrator.drop_index("provision", "provision_reason"),
                     migrator.drop_column("provision", "reason_words"), migrator.drop_column("provision", "reason"),
                     *[migrator.drop_column("statement", name) for name in SEVERAL])
