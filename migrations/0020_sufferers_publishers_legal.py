"""Several sufferers in one figure, several publishers of one source, legal actions and superlatives (issue 10,
mend10b; docs/api.md "Figures of several actors", "Co-published sources", "Legal actions", "Superlatives").

- figure_sufferer is new and starts empty: the actors whose losses a figure counts together ("300 Russian and
  Wagner fighters"), rows (not JSON) so that an actor named there cannot be deleted. Existing figures keep
  their one `suffered_by`, which still means one actor.
- source gains `publishers` (JSON list of co-publishers; null for every existing source: each named one
  publisher or none, in `publisher`, where it stays).
- event gains `legal` (JSON: status, charges, penalty, in absentia), with `legal_status` (indexed) and
  `legal_charges` (',treason,terrorism,') beside it for the filters; null for every existing event.
- event_claim gains `superlative` (JSON) and `superlative_measure` (indexed); null for every existing claim.

Old revisions stay valid input: the new fields default to null and [].
"""
from peewee import CharField, ForeignKeyField, IntegerField, Model, TextField


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    class Meta:
        database = db
        table_name = name

    return type(name, (Model,), {"Meta": Meta})


def _tables(db):
    figure_t, actor_t = _frozen(db, "figure"), _frozen(db, "actor")

    class FigureSufferer(Model):
        figure = ForeignKeyField(figure_t, on_delete="CASCADE", index=False, field=figure_t._meta.primary_key)
        actor = ForeignKeyField(actor_t, on_delete="RESTRICT", field=actor_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "figure_sufferer"
            legacy_table_names = False
            indexes = ((("figure", "actor"), True),)

    return [FigureSufferer]


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("source", "publishers", TextField(null=True)),
        migrator.add_column("event", "legal", TextField(null=True)),
        migrator.add_column("event", "legal_status", CharField(max_length=20, null=True)),
        migrator.add_column("event", "legal_charges", TextField(null=True)),
        migrator.add_index("event", ("legal_status",), False),
        migrator.add_column("event_claim", "superlative", TextField(null=True)),
        migrator.add_column("event_claim", "superlative_measure", CharField(max_length=20, null=True)),
        migrator.add_index("event_claim", ("superlative_measure",), False),
    )
    db.create_tables(_tables(db))


def down(migrator, db):
    db.drop_tables(_tables(db))
    migrator.migrate(
        migrator.drop_index("event_claim", "event_claim_superlative_measure"),
        migrator.drop_column("event_claim", "superlative_measure"),
        migrator.drop_column("event_claim", "superlative"),
        migrator.drop_index("event", "event_legal_status"),
        migrator.drop_column("event", "legal_charges"),
        migrator.drop_column("event", "legal_status"),
        migrator.drop_column("event", "legal"),
        migrator.drop_column("source", "publishers"),
    )
