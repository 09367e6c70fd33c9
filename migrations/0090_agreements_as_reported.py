"""Agreements as reported (issue 10, agree26; notes/trials t32 #29 #30 #32, t33 #9, t34 #63; docs/api.md
"Provisions").

- provision_place_role's `place_id` may be null: a provision's place not named ("their usual bases", "the lines
  they held before fighting began"), as an event's further places and a figure's places are (migrations/0019,
  0042). It gains their columns: `unknown`, `relation`, `relative_to_id`, `words`, `with_surroundings` (false),
  and `before_event_id` (the place as held before that event). Every existing row names its place: the new
  columns are null (false) for all.
- provision gains `not_set` (JSON list of provision_not_set terms: "the plan sets no deadline"): null for every
  existing provision, read as none said.
- treaty_party gains `agreed_by_id` (the person who agreed for the actor when nothing was signed: "Milosevic
  agreed"): null for every existing party entry.
- provision_actor gains `deployed_since` (a reported date, JSON: "security forces deployed since last
  February"): null for every existing provision actor (covered whenever deployed).
- implementation gains `extent` ("mostly held": implementation_extents): null for every existing entry.
- implementation_place is new and starts empty: the places an implementation entry is about ("held in Juba").

provision_place_role, provision, provision_actor, treaty_party and implementation carry no triggers (migrations/0050, 0051 put
them on event, figure, place and the participants): a rebuilt table loses none. New terms (treaty link
negotiates) need no storage. Old revisions stay valid input: every new field has a default (null, false, []).
down() drops what up() added; a provision place not named cannot go back to the old shape, so such rows go.
Migrations import nothing but peewee (and the standard library).
"""
from peewee import BooleanField, CharField, ForeignKeyField, IntegerField, Model, TextField

PLAIN = (("provision_place_role", "unknown", lambda: CharField(max_length=12, null=True)),
         ("provision_place_role", "relation", lambda: CharField(max_length=20, null=True)),
         ("provision_place_role", "words", lambda: TextField(null=True)),
         ("provision_place_role", "with_surroundings", lambda: BooleanField(default=False)),
         ("provision", "not_set", lambda: TextField(null=True)),
         ("implementation", "extent", lambda: CharField(max_length=10, null=True)),
         ("provision_actor", "deployed_since", lambda: TextField(null=True)))
# Links, each indexed by add_column (<table>_<column>_id), as the models' refers_to declares them.
LINKS = (("provision_place_role", "relative_to", "place"), ("provision_place_role", "before_event", "event"),
         ("treaty_party", "agreed_by", "actor"))


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _implementation_place(db):
    implementation_t, place_t = _frozen(db, "implementation"), _frozen(db, "place")

    class ImplementationPlace(Model):
        implementation = ForeignKeyField(implementation_t, on_delete="CASCADE", index=False,
                                         field=implementation_t._meta.primary_key)
        place = ForeignKeyField(place_t, on_delete="RESTRICT", field=place_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "implementation_place"
            legacy_table_names = False
            indexes = ((("implementation", "place"), True),)

    return ImplementationPlace


def up(migrator, db):
    if "not_set" in {column.name for column in db.get_columns("provision")}:
        return
    operations = [migrator.add_column(table, column, make()) for table, column, make in PLAIN]
    for table, column, target in LINKS:
        target_t = _frozen(db, target)
        operations.append(migrator.add_column(table, f"{column}_id", ForeignKeyField(
            target_t, null=True, on_delete="RESTRICT", field=target_t._meta.primary_key)))
    operations.append(migrator.drop_not_null("provision_place_role", "place_id"))
    migrator.migrate(*operations)
    db.create_tables([_implementation_place(db)], safe=True)


def down(migrator, db):
    db.drop_tables([_implementation_place(db)])
    db.execute_sql("DELETE FROM provision_place_role WHERE place_id IS NULL")
    operations = [migrator.add_not_null("provision_place_role", "place_id")]
    for table, column, _ in LINKS:
        operations += [migrator.drop_index(table, f"{table}_{column}_id"), migrator.drop_column(table, f"{column}_id")]
    operations += [migrator.drop_column(table, column) for table, column, _ in PLAIN]
    migrator.migrate(*operations)
