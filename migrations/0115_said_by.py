"""Who says a part of a record, and when a claim holds, without an invented day (claims34; notes/trials t59 #51, t60
#17 #19 #28 #62-64, t61 #28 #34 #56 #69; docs/api.md "Who says a part of a record, and claims' dates (claims34)").

- provision_actor gains a party entry's claim (migrations/0049): `claimant_id` (an actor, RESTRICT, indexed),
  `attribution` and `rank` (null: read as the claimant's attribution and as normal, as a party entry stored before
  0049), `source_ids` (JSON, '[]'), and an unnamed claimant in words: `claimant_words`, `claimant_kind`,
  `claimant_country` (null). Every existing row reads as the treaty's own text saying it.
- actor_place gains `claimant_words`, `claimant_kind`, `claimant_country` (null: no unnamed claimant in words).
- event_claim gains `as_of_end` (the last day of as_of's bracket) and `as_of_bound` (on_or_before, not_before):
  null, as_of is the day it was stored as.
- actor_position gains `scheduled_until` (a reported date, JSON): null, not said.
- figure gains `conditions` (JSON list): null for every existing figure, read as [].

An event's service disruptions and a statement's reasons are JSON: their new keys (a disruption's claim, a reason's
reason_for_id and reason_for_words) need no column; items stored before read them null (attribution as its
claimant's) or empty. All nullable or defaulted, so that SQLite adds them without rebuilding a table (figure and
event_claim carry the rollups' triggers). down() drops what up() added. Migrations import nothing but peewee (and
the standard library).
"""
from peewee import CharField, DateField, ForeignKeyField, Model, TextField


def _unnamed():
    return (("claimant_words", TextField(null=True)), ("claimant_kind", CharField(max_length=80, null=True)),
            ("claimant_country", CharField(max_length=3, null=True)))


def _added():
    """(table, column, field) of every plain column up() adds."""
    return ((("provision_actor", "attribution", CharField(max_length=10, null=True)),
             ("provision_actor", "rank", CharField(max_length=12, null=True)),
             ("provision_actor", "source_ids", TextField(default="[]")))
            + tuple(("provision_actor", name, field) for name, field in _unnamed())
            + tuple(("actor_place", name, field) for name, field in _unnamed())
            + (("event_claim", "as_of_end", DateField(null=True)),
               ("event_claim", "as_of_bound", CharField(max_length=12, null=True)),
               ("actor_position", "scheduled_until", TextField(null=True)),
               ("figure", "conditions", TextField(null=True))))


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def up(migrator, db):
    if "claimant_id" in {column.name for column in db.get_columns("provision_actor")}:
        return   # applied, but not recorded
    actor = _frozen(db, "actor")
    operations = [migrator.add_column("provision_actor", "claimant_id", ForeignKeyField(
        actor, null=True, on_delete="RESTRICT", field=actor._meta.primary_key))]
    operations += [migrator.add_column(table, name, field) for table, name, field in _added()]
    migrator.migrate(*operations)


def down(migrator, db):
    operations = [migrator.drop_column(table, name) for table, name, _ in _added()]
    operations += [migrator.drop_index("provision_actor", "provision_actor_claimant_id"),
                   migrator.drop_column("provision_actor", "claimant_id")]
    migrator.migrate(*operations)
