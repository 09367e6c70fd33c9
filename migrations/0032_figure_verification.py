"""A figure's verification (trial t2: "the toll could not be independently verified"): figure gains the events',
claims' and relations' `verification` (the VERIFICATIONS terms), null for every existing figure (the reporting
was not read for it). A provision's figures are stored inside the provision (JSON) and need no column: an old
provision figure reads back with verification null (schemas/figure_values.py).

Old revisions stay valid input: the field defaults to null.
"""
from peewee import CharField


def up(migrator, db):
    migrator.migrate(migrator.add_column("figure", "verification", CharField(max_length=20, null=True)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("figure", "verification"))
