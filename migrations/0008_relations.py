"""Typed relations (issue 10): existing data keeps its meaning and IDs.

- actor_alias.language: null (the old aliases said no language). The column `alias` keeps its name; the
  models call it `name`.
- actor.seat_id: null.
- statement_statement (the untyped "about" links) -> statement_relation with relation `refers_to`, the
  same pairs in the same order; statement_statement is dropped.
- New, empty: event_relation, event_place, statement_actor, statement_place, statement_speaker,
  statement_addressee, place_alias, actor_membership.
- Place aliases are searched: on SQLite the FTS5 table place_search gains the column `aliases` (a virtual
  table cannot alter its columns, so it is made again and refilled); on PostgreSQL every place's tsvector is
  written again from its name and aliases, so both engines index every place alike.
"""
from peewee import *
from peewee import SQL, NodeList

TOKENIZE = "porter unicode61 remove_diacritics 2"


def _frozen(db):
    meta = {"database": db, "legacy_table_names": False}

    def model(class_name, table, indexes=(), **fields):
        return type(class_name, (Model,), {**fields, "Meta": type("Meta", (), {**meta, "table_name": table,
                                                                               "indexes": indexes})})

    class StableIdField(AutoField):
        def ddl(self, ctx):
            node = super().ddl(ctx)
            return NodeList((node, SQL("AUTOINCREMENT"))) if isinstance(db, SqliteDatabase) else node

    actor = model("Actor", "actor", id=StableIdField())
    place = model("Place", "place", id=StableIdField())
    event = model("Event", "event", id=StableIdField())
    statement = model("Statement", "statement", id=StableIdField())

    def own(to):
        return ForeignKeyField(to, on_delete="CASCADE", index=False)

    def ref(to):
        return ForeignKeyField(to, on_delete="RESTRICT")

    tables = [
        model("EventRelation", "event_relation", subject=own(event), event=ref(event),
              relation=CharField(max_length=20), position=IntegerField(),
              indexes=((("subject", "event", "relation"), True), (("event", "relation"), False))),
        model("EventPlace", "event_place", event=own(event), place=ref(place),
              location_precision=CharField(max_length=10, null=True), position=IntegerField(),
              indexes=((("event", "place"), True),)),
        model("StatementRelation", "statement_relation", subject=own(statement), statement=ref(statement),
              relation=CharField(max_length=20), position=IntegerField(),
              indexes=((("subject", "statement", "relation"), True), (("statement", "relation"), False))),
        model("StatementActor", "statement_actor", statement=own(statement), actor=ref(actor),
              position=IntegerField(), indexes=((("statement", "actor"), True),)),
        model("StatementPlace", "statement_place", statement=own(statement), place=ref(place),
              position=IntegerField(), indexes=((("statement", "place"), True),)),
        model("StatementSpeaker", "statement_speaker", statement=own(statement), actor=ref(actor),
              position=IntegerField(), indexes=((("statement", "actor"), True),)),
        model("StatementAddressee", "statement_addressee", statement=own(statement), actor=ref(actor),
              position=IntegerField(), indexes=((("statement", "actor"), True),)),
        model("PlaceAlias", "place_alias", id=StableIdField(), place=ForeignKeyField(place, on_delete="CASCADE"),
              name=TextField(), language=CharField(max_length=2, null=True), position=IntegerField()),
        model("ActorMembership", "actor_membership", member=own(actor), actor=ref(actor),
              joined=TextField(null=True), left=TextField(null=True), position=IntegerField(),
              indexes=((("member", "actor"), False), (("actor", "member"), False))),
    ]
    return place, tables


def _place_search(db, columns):
    """SQLite only: (re)make the place search table with these columns, filled from the places."""
    db.execute_sql('DROP TABLE IF EXISTS "place_search"')
    db.execute_sql(f'CREATE VIRTUAL TABLE "place_search" USING fts5 ({", ".join(columns)}, '
                   f"tokenize=\"{TOKENIZE}\")")
    if "aliases" in columns:
        db.execute_sql('INSERT INTO "place_search" (rowid, name, aliases) SELECT p.id, p.name, coalesce('
                       "(SELECT group_concat(name, ' | ') FROM place_alias WHERE place_id = p.id), '') FROM place p")
    else:
        db.execute_sql('INSERT INTO "place_search" (rowid, name) SELECT id, name FROM place')


def up(migrator, db):
    place, tables = _frozen(db)
    migrator.migrate(
        migrator.add_column("actor_alias", "language", CharField(max_length=2, null=True)),
        migrator.add_column("actor", "seat_id", ForeignKeyField(place, field=place.id, null=True,
                                                                on_delete="RESTRICT", index=True)),
    )
    db.create_tables(tables)
    db.execute_sql("INSERT INTO statement_relation (subject_id, statement_id, relation, position) "
                   "SELECT statement_id, about_id, 'refers_to', position FROM statement_statement ORDER BY id")
    db.execute_sql('DROP TABLE "statement_statement"')
    if isinstance(db, SqliteDatabase):
        _place_search(db, ("name", "aliases"))
    else:   # every place's document again, from its name and aliases (none yet), as the service writes it
        db.execute_sql("INSERT INTO place_search (rowid, document) SELECT p.id, to_tsvector('english', p.name || ' ' "
                       "|| coalesce((SELECT string_agg(name, ' | ') FROM place_alias WHERE place_id = p.id), '')) "
                       "FROM place p ON CONFLICT (rowid) DO UPDATE SET document = EXCLUDED.document")


def down(migrator, db):
    place, tables = _frozen(db)
    # Not `statement`: the class body below assigns that name, so it could not read the function's own.
    statement_model = tables[2].statement.rel_model

    class StatementStatement(Model):
        statement = ForeignKeyField(statement_model, on_delete="CASCADE")
        about = ForeignKeyField(statement_model, on_delete="RESTRICT")
        position = IntegerField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "statement_statement"
            indexes = ((("statement", "about"), True),)

    db.create_tables([StatementStatement])
    # Only refers_to links have an untyped form; the first position of each pair is kept.
    db.execute_sql("INSERT INTO statement_statement (statement_id, about_id, position) "
                   "SELECT subject_id, statement_id, min(position) FROM statement_relation "
                   "WHERE relation = 'refers_to' GROUP BY subject_id, statement_id")
    db.drop_tables(tables)
    # The seat's index first: SQLite refuses to drop a column an index still names.
    migrator.migrate(migrator.drop_index("actor", "actor_seat_id"), migrator.drop_column("actor", "seat_id"),
                     migrator.drop_column("actor_alias", "language"))
    if isinstance(db, SqliteDatabase):
        _place_search(db, ("name",))
