"""Where an agreement was reached (agree32; notes/trials t55 #75 "agreed at Accra"; docs/api.md "What the reporting
says is not so: non-parties, provisions not in the text, denied relations; treaties' other names and where they
were signed").

- treaty gains `agreed_at_id` (the place where the agreement was reached, not necessarily where it was signed:
  "agreed at Accra", indexed for agreed_at=, a place that cannot be deleted while named), beside signed_at_id
  (migrations/0058): null for every existing treaty, whose reporting was not read for it. A place stored in
  signed_at_id for an agreement only reached there stays where it is: the migration cannot tell the two apart.

The new terms (provision_links in_step_with and other, provision_actor_roles barred, implementation_reasons refused,
stances dismiss, statement_media written_statement and private_remarks, treaty_relations follows, actor_relations
political_wing_of, condition_types body_ineffective) and an act's term are values of columns or JSON that exist,
each no longer than its column (provision links, conditions and acts are stored whole as JSON). Old revisions stay
valid input: every new field has a default. down() drops the column. Migrations import nothing but peewee (and
the standard library).
"""
from peewee import ForeignKeyField, Model


def _place(db):
    """A stand-in for the place table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": "place"})
    return type("place", (Model,), {"Meta": meta, "__module__": __name__})


def up(migrator, db):
    if "agreed_at_id" in {column.name for column in db.get_columns("treaty")}:
        return   # applied, but not recorded
    place = _place(db)
    # add_column indexes a foreign key itself (treaty_agreed_at_id)
    migrator.migrate(migrator.add_column("treaty", "agreed_at_id", ForeignKeyField(
        place, null=True, on_delete="RESTRICT", field=place._meta.primary_key)))


def down(migrator, db):
    migrator.migrate(migrator.drop_index("treaty", "treaty_agreed_at_id"),
                     migrator.drop_column("treaty", "agreed_at_id"))
