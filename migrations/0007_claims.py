"""Figures become claims; events get claims about their dates, place and participants.

- figure: category (whose losses), suffered_by_id (the actor), subset, counted (what is counted), currency,
  published (false: a claimant published no figure), rank, qualifier. Existing figures keep their IDs and
  meaning: a figure of people (deaths, injured, displaced, missing, detained) counted everyone, so its
  category is `total`; area, distance and count figures have none. Every existing figure is ranked `normal`
  (no curator chose between them; the death filters' rule reads the first total deaths figure of an event
  when none is preferred, which is what a single figure always was). published is true, qualifier null
  (not said), the rest null.
- event_claim, event_claim_source: new, empty.
"""
from peewee import (SQL, AutoField, BooleanField, CharField, DateField, ForeignKeyField, IntegerField, Model,
                    NodeList, SqliteDatabase, Table, TextField)

PEOPLE = ("deaths", "injured", "displaced", "missing", "detained")


def _stable_id_field(db):
    class StableIdField(AutoField):
        def ddl(self, ctx):
            node = super().ddl(ctx)
            return NodeList((node, SQL("AUTOINCREMENT"))) if isinstance(db, SqliteDatabase) else node

    return StableIdField


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    class Meta:
        database = db
        table_name = name

    return type(name, (Model,), {"Meta": Meta})


def up(migrator, db):
    actor = _frozen(db, "actor")
    migrator.migrate(
        migrator.add_column("figure", "category", CharField(max_length=20, null=True)),
        migrator.add_column("figure", "suffered_by_id", ForeignKeyField(actor, null=True, on_delete="RESTRICT",
                                                                        field=actor._meta.primary_key)),
        migrator.add_column("figure", "subset", CharField(max_length=20, null=True)),
        migrator.add_column("figure", "counted", TextField(null=True)),
        migrator.add_column("figure", "currency", CharField(max_length=3, null=True)),
        migrator.add_column("figure", "published", BooleanField(default=True)),
        migrator.add_column("figure", "rank", CharField(max_length=12, default="normal")),
        migrator.add_column("figure", "qualifier", CharField(max_length=12, null=True)),
        migrator.add_index("figure", ("category",), False),
    )
    figure = Table("figure", ("id", "quantity", "category")).bind(db)
    figure.update(category="total").where(figure.quantity.in_(PEOPLE)).execute()

    StableIdField = _stable_id_field(db)
    actor_t = actor
    event_t, place_t, source_t = _frozen(db, "event"), _frozen(db, "place"), _frozen(db, "source")

    class EventClaim(Model):
        id = StableIdField()
        event = ForeignKeyField(event_t, on_delete="CASCADE", index=False)
        dates = TextField(null=True)
        place = ForeignKeyField(place_t, null=True, on_delete="RESTRICT")
        actor = ForeignKeyField(actor_t, null=True, on_delete="RESTRICT")
        role = CharField(max_length=20, null=True)
        took_part = BooleanField(null=True)
        claimant = ForeignKeyField(actor_t, null=True, on_delete="RESTRICT")
        rank = CharField(max_length=12, default="normal")
        qualifier = CharField(max_length=12, null=True)
        as_of = DateField(null=True)
        note = TextField(null=True)
        position = IntegerField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "event_claim"
            indexes = ((("event", "position", "id"), False),)

    class EventClaimSource(Model):
        claim = ForeignKeyField(EventClaim, on_delete="CASCADE")
        source = ForeignKeyField(source_t, on_delete="RESTRICT")
        position = IntegerField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "event_claim_source"
            indexes = ((("claim", "source"), True),)

    db.create_tables([EventClaim, EventClaimSource])


def down(migrator, db):
    db.execute_sql('DROP TABLE "event_claim_source"')
    db.execute_sql('DROP TABLE "event_claim"')
    migrator.migrate(
        migrator.drop_index("figure", "figure_suffered_by_id"),
        migrator.drop_index("figure", "figure_category"),
        *(migrator.drop_column("figure", column) for column in (
            "qualifier", "rank", "published", "currency", "counted", "subset", "suffered_by_id", "category")),
    )
