"""Places, vessels and what an event agreed to (places34; trials t59 #4, #7, #13, #20, #24, #59, t61 #29; docs/api.md
"Named craft, ports, zones and a relation's place").

- place gains `declared_by_id` (the actor that declared a zone: "the 200-mile exclusion zone it declared", an
  actor that cannot be deleted while named, indexed for declared_by=): null for every existing place, whose
  reporting was not read for it.
- actor_relation gains `place_id` (the place the relation is limited to: "looks after its interests in the
  country", a place that cannot be deleted while named, indexed for relation_place=): null for every existing
  relation, which holds wherever the actors are as far as was recorded.
- event gains `action` (a requested_actions term, VARCHAR(80) as every open vocabulary's column, indexed for
  action=: what an AGREE, CONCEDE, REJECT or REQUEST event was about) and `place_part` (the spot within its place in
  words, "on the quay"): null for every existing event.

- source gains `contributors` (a JSON list of words, as `publishers`: "pool reporters", who gathered the
  material beside the publisher's staff): null for every existing source, read as none said.

All nullable, so that SQLite adds them without rebuilding the event and place tables (the event table carries
rollup triggers). The new terms (place kinds port and declared_zone, actor relation protecting_power_for) are values
of columns that exist (VARCHAR(80) since 0105); an equipment item's name and flag_country live in the JSON stored
whole (claims', acts' and figures' equipment), read as null where stored before. Old revisions stay valid input:
every new field has a default. down() drops what up() added. Migrations import nothing but peewee (and the
standard library).
"""
from peewee import CharField, ForeignKeyField, Model, TextField

LINKS = (("place", "declared_by_id", "actor"), ("actor_relation", "place_id", "place"))
EVENT = (("action", lambda: CharField(max_length=80, null=True)), ("place_part", lambda: TextField(null=True)))
SOURCE = ("source", "contributors")


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def up(migrator, db):
    if "place_part" in {column.name for column in db.get_columns("event")}:
        return   # applied, but not recorded
    operations = []
    for table, column, target in LINKS:   # add_column indexes a foreign key itself (place_declared_by_id...)
        linked = _frozen(db, target)
        operations.append(migrator.add_column(table, column, ForeignKeyField(
            linked, null=True, on_delete="RESTRICT", field=linked._meta.primary_key)))
    operations += [migrator.add_column("event", name, make()) for name, make in EVENT]
    operations.append(migrator.add_index("event", ("action",), False))
    operations.append(migrator.add_column(*SOURCE, TextField(null=True)))
    migrator.migrate(*operations)


def down(migrator, db):
    operations = []
    for table, column, _ in LINKS:
        operations += [migrator.drop_index(table, f"{table}_{column}"), migrator.drop_column(table, column)]
    operations += [migrator.drop_index("event", "event_action")]
    operations += [migrator.drop_column("event", name) for name, _ in EVENT] + [migrator.drop_column(*SOURCE)]
    migrator.migrate(*operations)
