"""Claims' attribution (issue 11): whom the reporting attributes a claim to.

Each claim table (figure, event_claim, treaty_status_change, implementation) gains `attribution`: `named`
(claimant_id gives who), `source` (the source's own voice) or `unnamed` (someone not named). Existing rows
read as before: `named` where they name a claimant, `source` where claimant_id is null.
"""
from peewee import CharField

TABLES = ("figure", "event_claim", "treaty_status_change", "implementation")


def up(migrator, db):
    migrator.migrate(*[migrator.add_column(table, "attribution", CharField(max_length=10, default="source"))
                       for table in TABLES])
    for table in TABLES:
        db.execute_sql(f"UPDATE {table} SET attribution = 'named' WHERE claimant_id IS NOT NULL")


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, "attribution") for table in TABLES])
