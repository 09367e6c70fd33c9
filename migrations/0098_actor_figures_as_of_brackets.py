"""Figures of an actor, a bracket for as_of, who registered the people counted, and the items a figure counts
(issue 10, figures28; trials t38 #31, t39 #19 and #36, t40 #56; docs/api.md "Figures of actors, as_of brackets,
registration, items").

- figure gains `owner_actor_id`: an actor's own figures ("kept an army estimated at up to 30,000": its strength,
  its membership), a fourth owner beside event, statement and place; CASCADE as the other owners, indexed with
  position and id as they are. Null for every existing figure (each has its owner already).
- figure gains `as_of_end` (the last day of a bracket as_of falls in: "between Monday and Wednesday"),
  `registration` (registered, not_registered, declared, not_declared), `registered_with_id` (an actor, RESTRICT,
  indexed by add_column: the body the people are registered with or declared to) and `items` (JSON: the items a
  figure counts, each a key and words). Null or [] for every existing figure: none said.
- figure_aboard is new and starts empty: the people aboard, or in charge of, one item of a figure (its item_key),
  rows so that an actor named cannot be deleted.

All are nullable or have a default, so SQLite adds them by a plain ALTER TABLE without rebuilding the table (which
would drop the rollups' triggers on figure). Old
revisions stay valid input (the new fields default to null and []). down() deletes actors' figures and drops the
columns. Migrations import nothing but peewee (and the standard library).
"""
from peewee import CharField, DateField, ForeignKeyField, IntegerField, Model

PLAIN = (("as_of_end", lambda: DateField(null=True)), ("registration", lambda: CharField(max_length=16, null=True)))


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    figure_t, actor_t = _frozen(db, "figure"), _frozen(db, "actor")

    class FigureAboard(Model):
        figure = ForeignKeyField(figure_t, on_delete="CASCADE", index=False, field=figure_t._meta.primary_key)
        item_key = CharField(max_length=40)
        actor = ForeignKeyField(actor_t, on_delete="RESTRICT", field=actor_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "figure_aboard"
            legacy_table_names = False
            indexes = ((("figure", "position"), False),)

    return [FigureAboard]


def up(migrator, db):
    if "owner_actor_id" in {column.name for column in db.get_columns("figure")}:
        return   # applied, but not recorded
    actor = _frozen(db, "actor")
    migrator.migrate(
        migrator.add_column("figure", "owner_actor_id", ForeignKeyField(
            actor, null=True, on_delete="CASCADE", index=False, field=actor._meta.primary_key)),
        migrator.add_index("figure", ("owner_actor_id", "position", "id"), False),
        *[migrator.add_column("figure", name, make()) for name, make in PLAIN],
        migrator.add_index("figure", ("registration",), False),
        migrator.add_column("figure", "registered_with_id", ForeignKeyField(
            actor, null=True, on_delete="RESTRICT", field=actor._meta.primary_key)))
    # Plain SQL with its default: peewee's add_column of a NOT NULL column rebuilds the table on SQLite, which
    # drops the rollups' triggers on figure (migrations/0050, 0051), as migrations/0070 says.
    db.execute_sql("ALTER TABLE figure ADD COLUMN items TEXT NOT NULL DEFAULT '[]'")
    db.create_tables(_tables(db))


def down(migrator, db):
    db.drop_tables(_tables(db))
    owned = "SELECT id FROM figure WHERE owner_actor_id IS NOT NULL"
    for table in ("statement_figure", "figure_source", "figure_sufferer", "figure_claimant", "figure_among",
                  "figure_holder", "figure_inflicter", "figure_covered_event", "figure_place"):
        db.execute_sql(f"DELETE FROM {table} WHERE figure_id IN ({owned})")
    db.execute_sql("DELETE FROM figure WHERE owner_actor_id IS NOT NULL")
    migrator.migrate(migrator.drop_index("figure", "figure_registered_with_id"),
                     migrator.drop_column("figure", "registered_with_id"),
                     migrator.drop_index("figure", "figure_registration"),
                     *[migrator.drop_column("figure", name) for name, _ in PLAIN],
                     migrator.drop_column("figure", "items"),
                     migrator.drop_index("figure", "figure_owner_actor_id_position_id"),
                     migrator.drop_column("figure", "owner_actor_id"))
