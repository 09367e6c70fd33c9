"""Figures as reported (issue 10): what curators coding real reports had to bend into prose or a forced number.

- figure gains `vague` and `vague_words` ("dozens of"), `per` (a rate: "about 100 a day"), `share_of`,
  `share_of_id` and `share_of_key` (a share of a whole, with unit percent), `period_last` (an ISO 8601
  duration counted back: "in the last 24 hours") and `period_since_event_id` ("since the start of the war").
  All are null for every existing figure: each gave a number, a count, over the span it already said.
- figure_claimant is new: every claimant of a figure, in order. Each existing figure with a claimant gets one
  row, its claimant; figure.claimant_id stays the first claimant.
- figure.event_id may be null, and figure gains `statement_id` and `owner_place_id`: a figure's owner is an
  event, a statement or a place. Every existing figure is an event's and keeps its ID. On SQLite the NOT NULL
  goes by rebuilding the table, with foreign keys off, checked before commit, and the AUTOINCREMENT counter
  kept (as migrations/0009 does).

down() deletes the figures of statements and places (a figure before 0026 is an event's) and keeps each
figure's first claimant only.
"""
from peewee import CharField, ForeignKeyField, IntegerField, Model, SqliteDatabase, TextField

atomic = False   # SQLite's PRAGMA foreign_keys cannot change inside a transaction: up() opens its own

COLUMNS = {
    "vague": lambda: CharField(max_length=24, null=True),
    "vague_words": lambda: TextField(null=True),
    "per": lambda: CharField(max_length=10, null=True),
    "share_of": lambda: TextField(null=True),
    "share_of_id": lambda: IntegerField(null=True),
    "share_of_key": lambda: CharField(max_length=40, null=True),
    "period_last": lambda: CharField(max_length=40, null=True),
}
OWNERS = {"statement_id": "statement", "owner_place_id": "place"}


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    class Meta:
        database = db
        table_name = name

    return type(name, (Model,), {"Meta": Meta})


def _claimant_table(db):
    figure, actor = _frozen(db, "figure"), _frozen(db, "actor")
    meta = type("Meta", (), {"database": db, "table_name": "figure_claimant",
                             "indexes": ((("figure", "actor"), True),)})
    return type("figure_claimant", (Model,), {
        "figure": ForeignKeyField(figure, on_delete="CASCADE", index=False, field=figure._meta.primary_key),
        "actor": ForeignKeyField(actor, on_delete="RESTRICT", field=actor._meta.primary_key,
                                 backref="claimed_figures_jointly"),
        "position": IntegerField(), "Meta": meta, "__module__": __name__})


def _rebuilding(db, change):
    """Run `change` in one transaction; on SQLite with foreign keys off, checked before commit, and the
    AUTOINCREMENT counters kept (migrations/0009)."""
    if not isinstance(db, SqliteDatabase):
        with db.atomic():
            change()
        return
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            counters = db.execute_sql("SELECT name, seq FROM sqlite_sequence").fetchall()
            change()
            for name, seq in counters:
                if db.execute_sql("SELECT 1 FROM sqlite_sequence WHERE name = ?", (name,)).fetchone():
                    db.execute_sql("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (seq, name))
                elif db.table_exists(name):
                    db.execute_sql("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (name, seq))
            broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"foreign keys broken by the rebuild: {broken[:5]}")
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")


def up(migrator, db):
    if "vague" in {c.name for c in db.get_columns("figure")}:
        return   # applied, but not recorded (stopped between its commit and the runner's record)
    event = _frozen(db, "event")

    def change():
        migrator.migrate(migrator.drop_not_null("figure", "event_id"))
        operations = [migrator.add_column("figure", name, make()) for name, make in COLUMNS.items()]
        operations.append(migrator.add_column("figure", "period_since_event_id", ForeignKeyField(
            event, null=True, on_delete="RESTRICT", field=event._meta.primary_key)))
        for column, owner in OWNERS.items():
            owner_t = _frozen(db, owner)
            operations += [
                migrator.add_column("figure", column, ForeignKeyField(
                    owner_t, null=True, on_delete="CASCADE", index=False, field=owner_t._meta.primary_key)),
                migrator.add_index("figure", (column, "position", "id"), False)]
        migrator.migrate(*operations)
        db.create_tables([_claimant_table(db)])
        db.execute_sql("INSERT INTO figure_claimant (figure_id, actor_id, position) "
                       "SELECT id, claimant_id, 0 FROM figure WHERE claimant_id IS NOT NULL ORDER BY id")

    _rebuilding(db, change)


def down(migrator, db):
    def change():
        # A statement's or a place's figures, and their rows: foreign keys are off on SQLite, nothing cascades.
        for table in ("figure_source", "figure_sufferer", "figure_claimant"):
            db.execute_sql(f"DELETE FROM {table} WHERE figure_id IN (SELECT id FROM figure WHERE event_id IS NULL)")
        db.execute_sql("DELETE FROM figure WHERE event_id IS NULL")
        db.drop_tables([_claimant_table(db)])
        operations = []
        for column in OWNERS:
            operations += [migrator.drop_index("figure", f"figure_{column}_position_id"),
                           migrator.drop_column("figure", column)]
        operations += [migrator.drop_index("figure", "figure_period_since_event_id"),
                       migrator.drop_column("figure", "period_since_event_id")]
        operations += [migrator.drop_column("figure", name) for name in COLUMNS]
        migrator.migrate(*operations)
        migrator.migrate(migrator.add_not_null("figure", "event_id"))

    _rebuilding(db, change)
