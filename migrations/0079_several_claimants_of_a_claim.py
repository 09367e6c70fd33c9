"""Several claimants of an event's claim, two claimants' versions of one treaty link, the part of a place another
lies in (issue 10, mend-claims4;
notes/trials t24 #53 "Fighters and residents said gunmen still controlled most of the city", and its "Doc
problems" 5: two sides each saying the event breached the treaty; docs/api.md "Several claimants of a claim").

- event_claim_claimant is new: every claimant of an event's claim, in order, as figure_claimant (0026) is for a
  figure's. Each existing claim with a claimant gets one row, that claimant at position 0: what it said before.
- event_treaty's unique index takes the claimant too: (event, treaty, link, provision, claimant). Every existing
  row stays unique under it.
- event_claim gains `reason_for_id` (an actor, RESTRICT, indexed) and `reason_for_words` (t25 #74 "to protect
  French and other foreign nationals"): null for every existing claim (not said).
- place_relation gains `part` (with within: north, ..., northwest, centre; t25 #56 "the north-western town of
  Bossangoa"): null for every existing relation (not said); nullable, so that SQLite adds it without a rebuild.

- place_relation and event_place gain `distance_vague` (a_few, several, dozens...: "a few km north of"; t24 #16,
  t23's "not built"): null for every existing row; nullable, no rebuild.

The new place relation `crosses` (t24 #16 "a bridge over the Euphrates") needs no column: a value of `relation`.

Old revisions stay valid input: claimant_ids defaults to [claimant_id]. down() drops the table and puts the old
index back (it fails, as it should, while an event holds two claimants' versions of one link).
"""
from peewee import CharField, ForeignKeyField, IntegerField, Model, TextField

OLD_INDEX = ("event_id", "treaty_id", "link", "provision_id")
NEW_INDEX = OLD_INDEX + ("claimant_id",)


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    claim_t, actor_t = _frozen(db, "event_claim"), _frozen(db, "actor")

    class EventClaimClaimant(Model):
        claim = ForeignKeyField(claim_t, on_delete="CASCADE", index=False, field=claim_t._meta.primary_key)
        actor = ForeignKeyField(actor_t, on_delete="RESTRICT", field=actor_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "event_claim_claimant"
            legacy_table_names = False
            indexes = ((("claim", "actor"), True),)

    return [EventClaimClaimant]


def _index_name(columns):
    return "event_treaty_" + "_".join(columns)


def up(migrator, db):
    if "event_claim_claimant" not in db.get_tables():
        db.create_tables(_tables(db), safe=True)
        db.execute_sql("INSERT INTO event_claim_claimant (claim_id, actor_id, position) "
                       "SELECT id, claimant_id, 0 FROM event_claim WHERE claimant_id IS NOT NULL")
    names = {index.name for index in db.get_indexes("event_treaty")}
    if _index_name(OLD_INDEX) in names:
        migrator.migrate(migrator.drop_index("event_treaty", _index_name(OLD_INDEX)))
    if _index_name(NEW_INDEX) not in names:
        migrator.migrate(migrator.add_index("event_treaty", NEW_INDEX, True))
    if "reason_for_id" not in {column.name for column in db.get_columns("event_claim")}:
        actor = _frozen(db, "actor")
        migrator.migrate(migrator.add_column("event_claim", "reason_for_id", ForeignKeyField(
                             actor, null=True, on_delete="RESTRICT", field=actor._meta.primary_key)),
                         migrator.add_column("event_claim", "reason_for_words", TextField(null=True)))
    if "part" not in {column.name for column in db.get_columns("place_relation")}:
        migrator.migrate(migrator.add_column("place_relation", "part", CharField(max_length=10, null=True)),
                         *[migrator.add_column(table, "distance_vague", CharField(max_length=24, null=True))
                           for table in ("place_relation", "event_place")])


def down(migrator, db):
    migrator.migrate(migrator.drop_column("place_relation", "part"),
                     *[migrator.drop_column(table, "distance_vague") for table in ("place_relation", "event_place")],
                     migrator.drop_index("event_claim", "event_claim_reason_for_id"),
                     migrator.drop_column("event_claim", "reason_for_id"),
                     migrator.drop_column("event_claim", "reason_for_words"),
                     migrator.drop_index("event_treaty", _index_name(NEW_INDEX)),
                     migrator.add_index("event_treaty", OLD_INDEX, True))
    db.drop_tables(_tables(db))
