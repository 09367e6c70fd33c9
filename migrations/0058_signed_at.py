"""What treaties are reported not to have, and where they were signed (issue 10, mend-not; docs/api.md "What
is reported not to be: non-parties, provisions not in the text, where a treaty was signed").

- treaty gains `signed_at_id` (the place where it was signed, "signed in Washington", indexed for signed_at=,
  a place that cannot be deleted while named): null for every existing treaty, whose reporting was not read
  for it.

New terms need no storage: the party roles not_party, not_signatory, not_named (a party entry's role is free
text in its column) and the provision modality not_provided (stored with the provision). Old revisions stay
valid input: the new field has a default. down() drops it.
"""
from peewee import ForeignKeyField, Model


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def up(migrator, db):
    if "signed_at_id" not in {column.name for column in db.get_columns("treaty")}:
        place = _frozen(db, "place")
        # add_column indexes a foreign key itself (treaty_signed_at_id)
        migrator.migrate(migrator.add_column("treaty", "signed_at_id", ForeignKeyField(
            place, null=True, on_delete="RESTRICT", field=place._meta.primary_key)))


def down(migrator, db):
    migrator.migrate(migrator.drop_index("treaty", "treaty_signed_at_id"),
                     migrator.drop_column("treaty", "signed_at_id"))
