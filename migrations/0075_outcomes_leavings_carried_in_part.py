"""What an event achieved, how a person left a post, and the sources a report carries for some of its facts only
(issue 10, mend-actors3; trials t23 #22 "after efforts by the U.N. Secretary-General to end the blockade had
failed", #74 "citing health reasons", #76 "the post is still vacant", #2 "a statement carried by MAP" in a
Reuters report; docs/api.md "Factions, hosts, claimed territory, outcomes, leaving a post, sources carried in
part").

- event gains `outcome` (failed, succeeded, partly_succeeded): null for every existing event (not said);
  nullable, so that SQLite adds it without rebuilding the event table and its rollup triggers.
- actor_position gains `left_how` (resigned, dismissed, ...), `left_words` and `vacant_as_of`: null for every
  existing position (not said).
- source_citation_in_part is new and starts empty: the sources a source carries for some of its facts, which
  rests_on= does not read (source_citation, of 0059, is what the whole report rests on).

The new vocabulary terms of the round (actor relations loyal_to, split_from, recognised_by, hosted_by; actor place
relation claims_sovereignty; actor kind media_outlet) need no column: they are values of existing ones.
Old revisions stay valid input: the new fields have defaults ([], null). down() drops them.
"""
from peewee import CharField, DateField, ForeignKeyField, IntegerField, Model, TextField

ADDED = (("event", "outcome", lambda: CharField(max_length=16, null=True)),   # null: no table rebuild
         ("actor_position", "left_how", lambda: CharField(max_length=12, null=True)),
         ("actor_position", "left_words", lambda: TextField(null=True)),
         ("actor_position", "vacant_as_of", lambda: DateField(null=True)))


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    source_t = _frozen(db, "source")

    class SourceCitationInPart(Model):
        source = ForeignKeyField(source_t, on_delete="CASCADE", index=False, field=source_t._meta.primary_key)
        cited = ForeignKeyField(source_t, on_delete="RESTRICT", index=False, field=source_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "source_citation_in_part"
            legacy_table_names = False
            indexes = ((("source", "cited"), True), (("cited", "source"), False))

    return [SourceCitationInPart]


def up(migrator, db):
    db.create_tables(_tables(db), safe=True)
    present = {table: {column.name for column in db.get_columns(table)} for table in ("event", "actor_position")}
    missing = [migrator.add_column(table, name, make()) for table, name, make in ADDED if name not in present[table]]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    db.drop_tables(_tables(db))
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
