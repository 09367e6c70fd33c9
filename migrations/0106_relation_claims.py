"""Every relation between records as a claim: who says it, from which sources, how far it holds (issue 10, rel31;
curators: "the new accord is based largely on the earlier protocol, the mediators said"; "the talks stalled over
the demands"; docs/api.md "Relations as claims").

- event_relation, statement_relation, treaty_relation, event_statement_relation and statement_event_relation gain
  the claim actor and place relations had (migrations/0024, 0027, 0035, 0065): `claimant_id` (an actor, RESTRICT,
  indexed), `attribution` (named, source, unnamed; 'source' for every existing relation, which names no claimant),
  `verification`, `note`, and the unnamed claimant in words (`claimant_words`, `claimant_kind`,
  `claimant_country`): null for every existing relation, whose claim was not recorded.
- place_relation gains the unnamed claimant in words; every relation table gains `degree` (entirely, largely,
  partly, slightly): null for every existing relation, read as no degree said.
- <table>_source is new for the five tables and starts empty: an existing relation cites no source.
- The unique indexes on (owner, other, relation) of the five tables become plain ones, as actor and place
  relations' did (0024): the same relation may stand twice when its claim differs (the input still refuses an
  item listed twice alike).

The new terms (event -> statement `over`, statement -> event `cause_of`, place relation `distance_from`) and a place
not named placed relative to a named one (unknown with relation) need no column. None of these tables carries
triggers (migrations/0050, 0051), so SQLite's rebuild of a table for a NOT NULL column loses none. Old revisions
stay valid input: every new field has a default. down() drops what up() added; a relation listed twice goes back
to one (the first), as 0024's down() does. Migrations import nothing but peewee (and the standard library).
"""
from peewee import CharField, ForeignKeyField, IntegerField, Model, TextField

# table -> the columns of its unique index, made plain
UNIQUE = {"event_relation": ("subject_id", "event_id", "relation"),
          "statement_relation": ("subject_id", "statement_id", "relation"),
          "treaty_relation": ("owner_id", "treaty_id", "relation"),
          "event_statement_relation": ("subject_id", "statement_id", "relation"),
          "statement_event_relation": ("subject_id", "event_id", "relation")}
WORDS = (("claimant_words", lambda: TextField(null=True)), ("claimant_kind", lambda: CharField(max_length=80, null=True)),
         ("claimant_country", lambda: CharField(max_length=3, null=True)))
PLAIN = (("attribution", lambda: CharField(max_length=10, default="source")),
         ("verification", lambda: CharField(max_length=20, null=True)), ("note", lambda: TextField(null=True)),
         *WORDS)
DEGREE = ("degree", lambda: CharField(max_length=10, null=True))
# table -> what it gains beside claimant_id
GAINED = {**{table: (*PLAIN, DEGREE) for table in UNIQUE}, "place_relation": (*WORDS, DEGREE),
          "actor_relation": (DEGREE,)}


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _source_tables(db):
    """The tables of the sources of each relation, as actor_relation_source (0024)."""
    source_t, tables = _frozen(db, "source"), []
    for owner in UNIQUE:
        owner_t = _frozen(db, owner)
        meta = type("Meta", (), {"database": db, "table_name": f"{owner}_source", "legacy_table_names": False,
                                 "indexes": ((("relation", "source"), True),)})
        tables.append(type(f"{owner}_source", (Model,), {
            "relation": ForeignKeyField(owner_t, on_delete="CASCADE", index=False, field=owner_t._meta.primary_key),
            "source": ForeignKeyField(source_t, on_delete="RESTRICT", field=source_t._meta.primary_key,
                                      backref=f"{owner}_citations"),
            "position": IntegerField(), "Meta": meta, "__module__": __name__}))
    return tables


def _index_name(table, columns):
    return "_".join((table,) + columns)


def up(migrator, db):
    if "degree" in {column.name for column in db.get_columns("actor_relation")}:
        return   # applied, but not recorded
    actor = _frozen(db, "actor")
    operations = []
    for table, columns in UNIQUE.items():
        operations += [migrator.drop_index(table, _index_name(table, columns)),
                       migrator.add_index(table, columns, False),
                       migrator.add_column(table, "claimant_id", ForeignKeyField(
                           actor, null=True, on_delete="RESTRICT", field=actor._meta.primary_key))]
    for table, gained in GAINED.items():
        operations += [migrator.add_column(table, name, make()) for name, make in gained]
    migrator.migrate(*operations)
    db.create_tables(_source_tables(db))


def down(migrator, db):
    db.drop_tables(_source_tables(db))
    operations = []
    for table, gained in GAINED.items():
        operations += [migrator.drop_column(table, name) for name, _ in gained]
    for table, columns in UNIQUE.items():
        # A relation listed twice cannot go back to the unique index: the later ones go, the first stays.
        owner, other, _ = columns
        db.execute_sql(f"DELETE FROM {table} WHERE id NOT IN (SELECT MIN(id) FROM {table} "
                       f"GROUP BY {owner}, {other}, relation)")
        operations += [migrator.drop_index(table, _index_name(table, columns)),
                       migrator.add_index(table, columns, True),
                       migrator.drop_index(table, f"{table}_claimant_id"),
                       migrator.drop_column(table, "claimant_id")]
    migrator.migrate(*operations)
