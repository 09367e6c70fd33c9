"""Actor relations, places' descriptions, the role of an event's further places (mending round, issue 10).

- actor_relation is new and starts empty: `subject` <relation> `actor` (backed_by, allied_with...), with
  `since` and `until` as reported dates (JSON, like actor_membership's joined/left).
- place gains `description` (null: none written).
- event_place gains `role`; every existing further place becomes `at`, which is what an event's further
  places meant before roles ("a further place it happened at").
- Place descriptions are searched: on SQLite the FTS5 table place_search gains the column `description` (a
  virtual table cannot gain a column: it is made again and filled from the places). On PostgreSQL a place's
  document is one tsvector of its searched text; every description is null here, so no document changes.

Old revisions (places without description, further places without role, actors without relations) stay
valid input: the new fields have defaults (null, "at", []).
"""
from peewee import *


def _tables(db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Actor(Base):
        class Meta:
            table_name = "actor"

    class ActorRelation(Base):
        subject = ForeignKeyField(Actor, on_delete="CASCADE", index=False)
        actor = ForeignKeyField(Actor, on_delete="RESTRICT", backref="related_from", index=False)
        relation = CharField(max_length=20)
        since = TextField(null=True)
        until = TextField(null=True)
        position = IntegerField()

        class Meta:
            table_name = "actor_relation"
            indexes = ((("subject", "actor", "relation"), True), (("actor", "relation"), False))

    return [ActorRelation]


TOKENIZE = "porter unicode61 remove_diacritics 2"


def _place_search(db, columns):
    """SQLite only: (re)make the place search table with these columns, filled from the places."""
    db.execute_sql('DROP TABLE IF EXISTS "place_search"')
    db.execute_sql(f'CREATE VIRTUAL TABLE "place_search" USING fts5 ({", ".join(columns)}, '
                   f"tokenize=\"{TOKENIZE}\")")
    aliases = "coalesce((SELECT group_concat(name, ' | ') FROM place_alias WHERE place_id = p.id), '')"
    extra = ", coalesce(p.description, '')" if "description" in columns else ""
    db.execute_sql(f'INSERT INTO "place_search" (rowid, {", ".join(columns)}) SELECT p.id, p.name, {aliases}{extra} '
                   "FROM place p")


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("place", "description", TextField(null=True)),
        migrator.add_column("event_place", "role", CharField(max_length=10, null=True)),
    )
    db.execute_sql("UPDATE event_place SET role = 'at'")
    db.create_tables(_tables(db))
    if isinstance(db, SqliteDatabase):
        _place_search(db, ("name", "aliases", "description"))


def down(migrator, db):
    db.drop_tables(list(reversed(_tables(db))))
    migrator.migrate(
        migrator.drop_column("event_place", "role"),
        migrator.drop_column("place", "description"),
    )
    if isinstance(db, SqliteDatabase):
        _place_search(db, ("name", "aliases"))
