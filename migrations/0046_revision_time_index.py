"""An index on revision(at): `as_of=<time>` finds the last change made at or before a time through it, instead
of reading every revision (api/revision_sql.py `last_at_or_before`)."""


def up(migrator, db):
    migrator.migrate(migrator.add_index("revision", ("at",), False))


def down(migrator, db):
    migrator.migrate(migrator.drop_index("revision", "revision_at"))
