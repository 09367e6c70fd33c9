"""Schema migrations with peewee's own runner (playhouse.migrations): numbered files in migrations/."""
import os

import migrations as migrations_package
from playhouse.migrations import Runner

from ..db import database, write_transaction

DIRECTORY = os.path.dirname(os.path.abspath(migrations_package.__file__))


def runner():
    # The migration files get the real database, not the proxy, so they can tell the engine apart.
    return Runner(database.obj, directory=DIRECTORY)


def upgrade(progress=lambda done, total: None):
    """Apply every pending migration, each in its own transaction, then store the records that have no
    stored form of the current representation (api/services/stored.py: after migrations/0038, or a change
    to how records read) and sum the events' rollup where it is stale (0050); returns the names applied."""
    from . import rollup_upkeep, stored

    with database.connection_context():
        applied = runner().up()
        stored.refresh(progress)
        with write_transaction():   # the events' rollup: sum what a migration marked stale (0050)
            rollup_upkeep.flush()
        return applied


def status():
    """[(name, applied datetime or None)] in order."""
    with database.connection_context():
        return [(m.name, m.applied) for m in runner().status()]


def pending():
    return [name for name, applied in status() if applied is None]


def pending_on_open_connection():
    """The migrations not yet applied, using the request's own connection (for /readyz)."""
    return [m.name for m in runner().status() if m.applied is None]
