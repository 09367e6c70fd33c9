"""A treaty that builds on statements (issue 10, mending round mend-agree2; notes/trials t18 #79: "Friday's deal
builds on the Aug. 21 ceasefire calls", the calls being statements; docs/api.md "Provisions").

- statement_treaty gains `link` (null for every existing item: each says only that the statement is about the
  treaty, as before): built_on_by, the treaty builds on the statement.

New terms (no storage): provision types agreement_suspension, external_endorsement, political_solution
(also requested actions); provision object action suspends; provision actor role endorser; treaty kind
unilateral_declaration; treaty status and status change declared; event treaty link built_on_by.

Old revisions stay valid input: the new field defaults to null. down() drops it.
"""
from peewee import CharField


def up(migrator, db):
    if "link" not in {column.name for column in db.get_columns("statement_treaty")}:
        migrator.migrate(migrator.add_column("statement_treaty", "link", CharField(max_length=20, null=True)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("statement_treaty", "link"))
