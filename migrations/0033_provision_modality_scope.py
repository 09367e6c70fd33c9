"""Provision modality, links, places with roles, scope and covered items (issue 10, mend-provisions).

- provision gains `modality` (null: provisions coded before were not read for how binding their wording is;
  never guessed as an obligation), `scope` (null: not limited), `covers` ('[]') and `links` ('[]').
- provision_place_role is new and starts empty: a place with its part (from, to, via, between, within,
  along, except). The existing provision_place rows keep their meaning: places without a stated part.

- treaty.in_force_precision may be null, and is null wherever in_force_date is: a treaty never in force read
  "in_force_precision: day", a precision of no date. A dated entry into force keeps its precision. On SQLite
  a column's NOT NULL can only go by rebuilding the table: that runs with foreign keys off, checks them before
  committing, and keeps the AUTOINCREMENT counters, as migrations/0009 and 0025 do.

Deadlines gain the anchor `unstated` and provisions new types: vocabulary only, no column. Old revisions stay
valid input: the new fields default to null or [].
"""
from peewee import *

atomic = False   # SQLite's PRAGMA foreign_keys cannot change inside a transaction: up() opens its own


def _tables(db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Provision(Base):
        class Meta:
            table_name = "provision"

    class Place(Base):
        class Meta:
            table_name = "place"

    class ProvisionPlaceRole(Base):
        provision = ForeignKeyField(Provision, on_delete="CASCADE", index=False)
        place = ForeignKeyField(Place, on_delete="RESTRICT", backref="provision_roles", index=True)
        role = CharField(max_length=10)
        position = IntegerField()

        class Meta:
            table_name = "provision_place_role"
            indexes = ((("provision", "place", "role"), True), (("place", "role"), False))

    return [ProvisionPlaceRole]


def _rebuilding(db, change):
    """Run `change` in one transaction; on SQLite with foreign keys off, checked before commit, and the
    AUTOINCREMENT counters kept (a frozen copy of migrations/0025's)."""
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
    if "modality" in {column.name for column in db.get_columns("provision")}:
        return   # applied, but not recorded (stopped between its commit and the runner's record)

    def change():
        migrator.migrate(
            migrator.add_column("provision", "modality", CharField(max_length=20, null=True)),
            migrator.add_column("provision", "scope", TextField(null=True)),
            migrator.add_column("provision", "covers", TextField(default="[]")),
            migrator.add_column("provision", "links", TextField(default="[]")),
            migrator.add_index("provision", ("modality",), False),
        )
        migrator.migrate(migrator.drop_not_null("treaty", "in_force_precision"))
        db.execute_sql("UPDATE treaty SET in_force_precision = NULL WHERE in_force_date IS NULL")
        db.create_tables(_tables(db))

    _rebuilding(db, change)


def down(migrator, db):
    def change():
        db.drop_tables(list(reversed(_tables(db))))
        db.execute_sql("UPDATE treaty SET in_force_precision = 'day' WHERE in_force_precision IS NULL")
        migrator.migrate(migrator.add_not_null("treaty", "in_force_precision"))
        migrator.migrate(
            migrator.drop_index("provision", "provision_modality"),
            migrator.drop_column("provision", "links"),
            migrator.drop_column("provision", "covers"),
            migrator.drop_column("provision", "scope"),
            migrator.drop_column("provision", "modality"),
        )

    _rebuilding(db, change)
