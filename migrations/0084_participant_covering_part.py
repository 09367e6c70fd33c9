"""The participant index that answers an event's participants from the index alone (migrations/0005, 0019)
covers `actor_part` too (0076, "Seleka leaders"): without it every participant read visited the table's rows.
Replaces the index on (event_id, position, actor_id, role, on_behalf_of_id); down() puts it back. (The new
index's name is past 64 characters: peewee shortens it, make_index_name says how.)"""
from playhouse.migrate import make_index_name

COVERING = ("event_id", "position", "actor_id", "role", "on_behalf_of_id")


def up(migrator, db):
    migrator.migrate(migrator.add_index("participant", COVERING + ("actor_part",), False),
                     migrator.drop_index("participant", "_".join(("participant",) + COVERING)))


def down(migrator, db):
    migrator.migrate(migrator.add_index("participant", COVERING, False),
                     migrator.drop_index("participant", make_index_name("participant", COVERING + ("actor_part",))))
