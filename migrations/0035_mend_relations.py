"""Relations as the reporting says them (issue 10, mending round mend-relations).

- actor_relation gains `note` (null: nothing more said), `support_kinds` ('[]' for every existing relation:
  what a backer gives was not recorded) and `of_country` (null: recognises is a new term, no existing relation
  uses it);
- place_relation gains `note`, `since` and `until` (null: undated, as every existing relation was coded);
- statement_relation gains `extent` and `extent_words` (null for every existing relation: a denial read as
  whole, as before);
- statement gains `on_behalf_of_id` and `relayed_by_id` (null: each existing statement's speaker speaks for
  itself and nobody carried it), each indexed for on_behalf_of= and relayed_by=.

New terms need no storage: actor relations adviser_to, defected_from, leads, recognises; place relations
capital_of, within, overlaps; actor kind peacekeeping_mission; control state present; event relation
legal_action_over. Existing data keeps its meaning: no existing row changes. Old revisions stay valid input:
every new field has a default (null, []).
"""
from peewee import CharField, ForeignKeyField, Model, TextField

ADDED = {
    "actor_relation": (("note", lambda: TextField(null=True)), ("support_kinds", lambda: TextField(default="[]")),
                       ("of_country", lambda: CharField(max_length=3, null=True))),
    "place_relation": (("note", lambda: TextField(null=True)), ("since", lambda: TextField(null=True)),
                       ("until", lambda: TextField(null=True))),
    "statement_relation": (("extent", lambda: CharField(max_length=10, null=True)),
                           ("extent_words", lambda: TextField(null=True))),
}
SPOKEN_FOR = ("on_behalf_of", "relayed_by")


def _frozen(db, name):
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def up(migrator, db):
    actor = _frozen(db, "actor")
    operations = [migrator.add_column(table, column, make()) for table, added in ADDED.items()
                  for column, make in added]
    for name in SPOKEN_FOR:
        # add_column indexes a foreign key itself (statement_on_behalf_of_id)
        operations.append(migrator.add_column("statement", f"{name}_id", ForeignKeyField(
            actor, null=True, on_delete="RESTRICT", field=actor._meta.primary_key)))
    migrator.migrate(*operations)


def down(migrator, db):
    operations = []
    for name in SPOKEN_FOR:
        operations += [migrator.drop_index("statement", f"statement_{name}_id"),
                       migrator.drop_column("statement", f"{name}_id")]
    operations += [migrator.drop_column(table, column) for table, added in ADDED.items() for column, _ in added]
    migrator.migrate(*operations)
