"""Figures' status, and who uses an actor's or a place's other name (figs32; trials t55 #30 "the toll is
provisional", #90 "state media call the north the 'occupied zone'"; docs/api.md "Figures: status, deaths in
captivity, equipment losses' cause, counts of different things" and "Aliases with who uses them").

- figure gains `status` (preliminary, provisional, final, revised: vocabulary figure_statuses, closed), indexed
  for figure_status=: null for every existing figure, whose reporting was not read for it; nullable, so that
  SQLite adds it without rebuilding the figure table (which would drop the rollups' triggers on figure,
  migrations/0050, 0051). It gains `other_inflicted_with` (JSON, a list of equipment like inflicted_with: t54 #40
  "a missile from an aircraft"), nullable for the same reason: null for every existing figure, read as [].
- actor_alias and place_alias gain a relation's claim (migrations/0106) without its degree: `claimant_id` (an
  actor, RESTRICT, indexed), `attribution` ('source' for every existing alias: no one is said to use it),
  `verification`, `note`, `claimant_words`, `claimant_kind`, `claimant_country` (null). Neither table carries
  triggers, so SQLite's rebuild for the NOT NULL attribution loses none.
- actor_alias_source and place_alias_source are new and start empty: an existing alias cites no source.
- place_relation's `place_id` may be null (on_coast_of a sea not named, t54 #6 "a coastal town"; between two
  sides' areas), and it gains `actor_id` and `and_actor_id` (actors, RESTRICT, indexed: with the new relation
  `between`, t55 #85 "the zone of confidence between the two sides"): null for every existing relation. The table
  carries no triggers, so SQLite's rebuild to drop the NOT NULL loses none. down() deletes the relations without
  a place (and their sources) before putting the NOT NULL back.

The rest of figs32 needs no column: held_as on deaths, cause on equipment losses and counts of different things
told apart by their counted words are rules on values already stored. Old revisions stay valid input: every new
field has a default. down() drops what up() added. Migrations import nothing but peewee (and the standard
library).
"""
from peewee import CharField, ForeignKeyField, IntegerField, Model, TextField

ALIASES = ("actor_alias", "place_alias")
SIDES = ("actor_id", "and_actor_id")   # place_relation's two sides of between
GAINED = (("attribution", lambda: CharField(max_length=10, default="source")),
          ("verification", lambda: CharField(max_length=20, null=True)), ("note", lambda: TextField(null=True)),
          ("claimant_words", lambda: TextField(null=True)),
          ("claimant_kind", lambda: CharField(max_length=80, null=True)),
          ("claimant_country", lambda: CharField(max_length=3, null=True)))


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _source_tables(db):
    """The tables of the sources of each alias, as a relation's (migrations/0106)."""
    source_t, tables = _frozen(db, "source"), []
    for owner in ALIASES:
        owner_t = _frozen(db, owner)
        meta = type("Meta", (), {"database": db, "table_name": f"{owner}_source", "legacy_table_names": False,
                                 "indexes": ((("relation", "source"), True),)})
        tables.append(type(f"{owner}_source", (Model,), {
            "relation": ForeignKeyField(owner_t, on_delete="CASCADE", index=False, field=owner_t._meta.primary_key),
            "source": ForeignKeyField(source_t, on_delete="RESTRICT", field=source_t._meta.primary_key,
                                      backref=f"{owner}_citations"),
            "position": IntegerField(), "Meta": meta, "__module__": __name__}))
    return tables


def up(migrator, db):
    if "status" in {column.name for column in db.get_columns("figure")}:
        return   # applied, but not recorded
    actor = _frozen(db, "actor")
    operations = [migrator.add_column("figure", "status", CharField(max_length=12, null=True)),
                  migrator.add_index("figure", ("status",), False),
                  migrator.add_column("figure", "other_inflicted_with", TextField(null=True))]
    for table in ALIASES:
        operations += [migrator.add_column(table, "claimant_id", ForeignKeyField(
            actor, null=True, on_delete="RESTRICT", field=actor._meta.primary_key))]
        operations += [migrator.add_column(table, name, make()) for name, make in GAINED]
    operations += [migrator.drop_not_null("place_relation", "place_id")]
    operations += [migrator.add_column("place_relation", name, ForeignKeyField(
        actor, null=True, on_delete="RESTRICT", field=actor._meta.primary_key)) for name in SIDES]
    migrator.migrate(*operations)
    db.create_tables(_source_tables(db))


def down(migrator, db):
    db.drop_tables(_source_tables(db))
    db.execute_sql("DELETE FROM place_relation_source WHERE relation_id IN "
                   "(SELECT id FROM place_relation WHERE place_id IS NULL)")
    db.execute_sql("DELETE FROM place_relation WHERE place_id IS NULL")
    operations = [migrator.drop_index("figure", "figure_status"), migrator.drop_column("figure", "status"),
                  migrator.drop_column("figure", "other_inflicted_with")]
    for table in ALIASES:
        operations += [migrator.drop_column(table, name) for name, _ in GAINED]
        operations += [migrator.drop_index(table, f"{table}_claimant_id"), migrator.drop_column(table, "claimant_id")]
    for name in SIDES:
        operations += [migrator.drop_index("place_relation", f"place_relation_{name}"),
                       migrator.drop_column("place_relation", name)]
    operations += [migrator.add_not_null("place_relation", "place_id")]
    migrator.migrate(*operations)
