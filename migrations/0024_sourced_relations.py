"""Sourced relations (issue 10, mending round mend10c): a place's and an actor's relations say who claims them
and from which sources, and the same relation to the same place (or actor) may be listed twice when what is
said differs: "15 km north of Donetsk (Reuters)" and "less than 10 km north (AFP)".

- actor_relation and place_relation gain `claimant_id` (an actor; null for every existing relation: no one
  named, the curators' reading);
- actor_relation_source and place_relation_source are new and start empty: an existing relation cites no
  source;
- the unique indexes on (subject, other, relation) become plain ones (the input still refuses an item listed
  twice with the same values).

How sure the reporting is (schemas/verification.py): event and event_claim gain `verification` (a term,
indexed for verification=) and `verification_source_id` (a source); null for every existing event and claim:
the reporting's certainty was not recorded.

Old revisions stay valid input: every new field has a default (null, []).
"""
from peewee import CharField, ForeignKeyField, IntegerField, Model

UNIQUE = {"actor_relation": ("subject_id", "actor_id", "relation"),
          "place_relation": ("subject_id", "place_id", "relation")}


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    class Meta:
        database = db
        table_name = name

    return type(name, (Model,), {"Meta": Meta})


def _tables(db):
    source_t = _frozen(db, "source")
    tables = []
    for owner in UNIQUE:
        owner_t = _frozen(db, owner)
        meta = type("Meta", (), {"database": db, "table_name": f"{owner}_source",
                                 "indexes": ((("relation", "source"), True),)})
        tables.append(type(f"{owner}_source", (Model,), {
            "relation": ForeignKeyField(owner_t, on_delete="CASCADE", index=False, field=owner_t._meta.primary_key),
            "source": ForeignKeyField(source_t, on_delete="RESTRICT", field=source_t._meta.primary_key,
                                      backref=f"{owner}_citations"),
            "position": IntegerField(), "Meta": meta, "__module__": __name__}))
    return tables


def _index_name(table, columns):
    return "_".join((table,) + columns)


VERIFIED = ("event", "event_claim")


def up(migrator, db):
    actor, source = _frozen(db, "actor"), _frozen(db, "source")
    operations = []
    for table in VERIFIED:
        operations += [
            migrator.add_column(table, "verification", CharField(max_length=20, null=True)),
            migrator.add_index(table, ("verification",), False),
            migrator.add_column(table, "verification_source_id", ForeignKeyField(
                source, null=True, on_delete="RESTRICT", field=source._meta.primary_key))]
    for table, columns in UNIQUE.items():
        operations += [
            migrator.add_column(table, "claimant_id", ForeignKeyField(actor, null=True, on_delete="RESTRICT",
                                                                      field=actor._meta.primary_key)),
            migrator.drop_index(table, _index_name(table, columns)),
            migrator.add_index(table, columns, False)]
    migrator.migrate(*operations)
    db.create_tables(_tables(db))


def down(migrator, db):
    db.drop_tables(_tables(db))
    operations = []
    for table, columns in UNIQUE.items():
        # A relation listed twice cannot go back to the unique index: the later ones go, the first stays.
        subject, other, _ = columns
        db.execute_sql(f"DELETE FROM {table} WHERE id NOT IN (SELECT MIN(id) FROM {table} "
                       f"GROUP BY {subject}, {other}, relation)")
        operations += [migrator.drop_index(table, _index_name(table, columns)),
                       migrator.add_index(table, columns, True),
                       migrator.drop_index(table, f"{table}_claimant_id"),
                       migrator.drop_column(table, "claimant_id")]
    for table in VERIFIED:
        operations += [migrator.drop_index(table, f"{table}_verification"),
                       migrator.drop_index(table, f"{table}_verification_source_id"),
                       migrator.drop_column(table, "verification"),
                       migrator.drop_column(table, "verification_source_id")]
    migrator.migrate(*operations)
