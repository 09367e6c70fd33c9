"""What was counted and what was hit (issue 10, mending round of stop 21, mend-equip; docs/api.md "Equipment,
who inflicted losses, and who was counted").

- figure gains `equipment` (JSON {kind, model, maker_country}) with `equipment_kind` beside it (indexed, for
  figure_equipment=), `inflicted_by_id` (an actor, RESTRICT; indexed by add_column), `inflicted_with` (JSON
  equipment), `other_subsets` and `other_countries` (JSON lists, '[]') and `age` (JSON {min, max}): null or
  empty for every existing figure, whose reporting was not read for them (their equipment stays in `counted`).
- event and event_claim gain `site_categories` (JSON list, '[]'), the provisions' vocabulary: what kind of site
  was hit, and event_claim `site_actor_id` (an actor, RESTRICT): whom the claimant links the sites to.

New terms need no storage: quantity equipment_damaged, qualifier nearly, subsets girls, boys, tourists and
dual_nationals, site category militant_sites, a presence claim's equipment maker_country (stored
whole with the claim's equipment; a claim stored before reads maker_country null), and a provision's figures'
`key`/`part_of_key`, its links' `ratio` and its term's `renewal_ratio` (stored whole with the provision as JSON;
one stored before reads them null). Old revisions stay valid input: every new field has a default (null, []). down() drops them.
"""
from peewee import CharField, ForeignKeyField, Model, TextField

FIGURE_COLUMNS = (("equipment", lambda: TextField(null=True)),
                  ("equipment_kind", lambda: CharField(max_length=20, null=True)),
                  ("inflicted_with", lambda: TextField(null=True)),
                  ("other_subsets", lambda: TextField(default="[]")),
                  ("age", lambda: TextField(null=True)),
                  ("other_countries", lambda: TextField(default="[]")))
SITED = ("event", "event_claim")


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def up(migrator, db):
    actor = _frozen(db, "actor")
    operations = []
    if "equipment" not in {column.name for column in db.get_columns("figure")}:
        operations += [migrator.add_column("figure", column, make()) for column, make in FIGURE_COLUMNS]
        operations += [migrator.add_index("figure", ("equipment_kind",), False),
                       migrator.add_column("figure", "inflicted_by_id", ForeignKeyField(
                           actor, null=True, on_delete="RESTRICT", field=actor._meta.primary_key))]
    if "site_categories" not in {column.name for column in db.get_columns("event")}:
        operations += [migrator.add_column(table, "site_categories", TextField(default="[]")) for table in SITED]
        operations.append(migrator.add_column("event_claim", "site_actor_id", ForeignKeyField(
            actor, null=True, on_delete="RESTRICT", field=actor._meta.primary_key)))
    if operations:
        migrator.migrate(*operations)


def down(migrator, db):
    migrator.migrate(migrator.drop_index("figure", "figure_equipment_kind"),
                     migrator.drop_index("figure", "figure_inflicted_by_id"),
                     migrator.drop_column("figure", "inflicted_by_id"),
                     *[migrator.drop_column("figure", column) for column, _ in FIGURE_COLUMNS],
                     migrator.drop_index("event_claim", "event_claim_site_actor_id"),
                     migrator.drop_column("event_claim", "site_actor_id"),
                     *[migrator.drop_column(table, "site_categories") for table in SITED])
