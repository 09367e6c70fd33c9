"""Who says what, and through whom (issue 10, mending round mend-claims; docs/api.md "Who claims a membership or
a breach, and sources that carry others").

- actor_membership gains `claimant_id` (an actor), `attribution` (named, source, unnamed) and `note`, as an
  actor's relations have (migrations/0024, 0027): "a member of the coalition, according to Y". Every existing
  membership reads claimant null, attribution source, note null;
- event_treaty gains `claimant_id`, `attribution`, `verification` and `note`: "the army said the strike breached
  the ceasefire". Every existing link reads claimant null, attribution source, verification and note null;
- actor_membership_source and event_treaty_source are new and start empty: the sources that report each;
- source_citation is new and starts empty: the sources a source carries ("Reuters, citing SANA").

- figure gains `period_since_treaty_id` (a treaty): "deaths since the ceasefire took effect"; null for every
  existing figure.

Figures not published with attribution unnamed ("no official toll has been released") need no storage. Old
revisions stay valid input: every new field has a default. down() drops the tables and the columns.
"""
from peewee import CharField, ForeignKeyField, IntegerField, Model, TextField

COLUMNS = {"actor_membership": ("claimant_id", "attribution", "note"),
           "event_treaty": ("claimant_id", "attribution", "verification", "note")}


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    source_t = _frozen(db, "source")
    tables = []
    for owner in COLUMNS:
        owner_t = _frozen(db, owner)
        meta = type("Meta", (), {"database": db, "table_name": f"{owner}_source", "legacy_table_names": False,
                                 "indexes": ((("relation", "source"), True),)})
        tables.append(type(f"{owner}_source", (Model,), {
            "relation": ForeignKeyField(owner_t, on_delete="CASCADE", index=False, field=owner_t._meta.primary_key),
            "source": ForeignKeyField(source_t, on_delete="RESTRICT", field=source_t._meta.primary_key),
            "position": IntegerField(), "Meta": meta, "__module__": __name__}))

    class SourceCitation(Model):
        source = ForeignKeyField(source_t, on_delete="CASCADE", index=False, field=source_t._meta.primary_key)
        cited = ForeignKeyField(source_t, on_delete="RESTRICT", index=False, field=source_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "source_citation"
            legacy_table_names = False
            indexes = ((("source", "cited"), True), (("cited", "source"), False))

    return tables + [SourceCitation]


def up(migrator, db):
    if "attribution" in {column.name for column in db.get_columns("event_treaty")}:
        return   # applied, but not recorded
    actor = _frozen(db, "actor")
    operations = []
    for table, columns in COLUMNS.items():
        operations += [
            migrator.add_column(table, "claimant_id", ForeignKeyField(actor, null=True, on_delete="RESTRICT",
                                                                      field=actor._meta.primary_key)),
            migrator.add_column(table, "attribution", CharField(max_length=10, default="source"))]
        if "verification" in columns:
            operations.append(migrator.add_column(table, "verification", CharField(max_length=20, null=True)))
        operations.append(migrator.add_column(table, "note", TextField(null=True)))
    treaty = _frozen(db, "treaty")
    operations.append(migrator.add_column("figure", "period_since_treaty_id", ForeignKeyField(
        treaty, null=True, on_delete="RESTRICT", field=treaty._meta.primary_key)))
    migrator.migrate(*operations)
    db.create_tables(_tables(db), safe=True)


def down(migrator, db):
    db.drop_tables(list(reversed(_tables(db))))
    operations = [migrator.drop_index(table, f"{table}_claimant_id") for table in COLUMNS]
    operations += [migrator.drop_index("figure", "figure_period_since_treaty_id"),
                   migrator.drop_column("figure", "period_since_treaty_id")]
    migrator.migrate(*operations, *[migrator.drop_column(table, column) for table, columns in COLUMNS.items()
                                    for column in columns])
