"""Treaty structure over time: party roles, who signed, dated participation; a dated status history; relations.

- treaty_party gains `role` (every existing party becomes `party`: before roles, `parties` listed "the actors
  bound by the treaty"), `signed_by_id` (null: not said), `participation` ('[]': no dated changes; the
  existing `joined`/`left` stay as they are and keep answering) and `note` (null). An actor may now be
  listed once per role: unique (treaty_id, actor_id, role).
- treaty_status_change (+ its sources) and treaty_relation are new and start empty. The existing `status`
  does NOT become a history entry: it is an undated reading (as of the curator's last edit), and an entry
  would need a date it does not have (an invented one would change what in_force_on answers) and sources
  that reported that status (the treaty's sources report the treaty). Treaties without a dated history keep
  answering in_force_on from their signed/in_force/ended dates, exactly as before.

Old revisions (parties without role, no status_history or relations) stay valid input: the new fields have
defaults, so restoring one gives `party` roles and empty histories.
"""
from peewee import *
from peewee import SQL, NodeList


def stable_id_field(db):
    """An integer primary key never reused: AUTOINCREMENT on SQLite (PostgreSQL sequences never reuse)."""

    class StableIdField(AutoField):
        def ddl(self, ctx):
            node = super().ddl(ctx)
            return NodeList((node, SQL("AUTOINCREMENT"))) if isinstance(db, SqliteDatabase) else node

    return StableIdField


def _tables(db):
    StableIdField = stable_id_field(db)

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Actor(Base):
        id = StableIdField()

        class Meta:
            table_name = "actor"

    class Source(Base):
        id = StableIdField()

        class Meta:
            table_name = "source"

    class Treaty(Base):
        id = StableIdField()

        class Meta:
            table_name = "treaty"

    class TreatyStatusChange(Base):
        id = StableIdField()
        treaty = ForeignKeyField(Treaty, on_delete="CASCADE", index=False)
        status = CharField(max_length=20)
        date = TextField(null=True)
        day = DateField(null=True)
        claimant = ForeignKeyField(Actor, null=True, on_delete="RESTRICT")
        rank = CharField(max_length=20)
        qualifier = CharField(max_length=20, null=True)
        as_of = DateField(null=True)
        note = TextField(null=True)
        position = IntegerField()

        class Meta:
            table_name = "treaty_status_change"
            indexes = ((("treaty", "position"), False),)

    class TreatyStatusChangeSource(Base):
        change = ForeignKeyField(TreatyStatusChange, on_delete="CASCADE", index=False)
        source = ForeignKeyField(Source, on_delete="RESTRICT")
        position = IntegerField()

        class Meta:
            table_name = "treaty_status_change_source"
            indexes = ((("change", "source"), True),)

    class TreatyRelation(Base):
        owner = ForeignKeyField(Treaty, on_delete="CASCADE", index=False)
        treaty = ForeignKeyField(Treaty, on_delete="RESTRICT", backref="related_by")
        relation = CharField(max_length=20)
        position = IntegerField()

        class Meta:
            table_name = "treaty_relation"
            indexes = ((("owner", "treaty", "relation"), True),)

    return Actor, [TreatyStatusChange, TreatyStatusChangeSource, TreatyRelation]


def up(migrator, db):
    Actor, new_tables = _tables(db)
    migrator.migrate(
        migrator.add_column("treaty_party", "role", CharField(max_length=20, default="party")),
        migrator.add_column("treaty_party", "signed_by_id",
                            ForeignKeyField(Actor, null=True, on_delete="RESTRICT", field=Actor.id)),
        migrator.add_column("treaty_party", "participation", TextField(default="[]")),
        migrator.add_column("treaty_party", "note", TextField(null=True)),
        migrator.add_index("treaty_party", ("treaty_id", "actor_id", "role"), True),
    )
    db.create_tables(new_tables)


def down(migrator, db):
    _, new_tables = _tables(db)
    db.drop_tables(list(reversed(new_tables)))
    migrator.migrate(
        migrator.drop_index("treaty_party", "treaty_party_treaty_id_actor_id_role"),
        migrator.drop_index("treaty_party", "treaty_party_signed_by_id"),
        migrator.drop_column("treaty_party", "note"),
        migrator.drop_column("treaty_party", "participation"),
        migrator.drop_column("treaty_party", "signed_by_id"),
        migrator.drop_column("treaty_party", "role"),
    )
