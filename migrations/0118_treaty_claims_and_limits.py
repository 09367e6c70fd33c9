"""Treaties as reported, round 35 (treaties35; docs/api.md "Treaty structure over time" and "Provisions").

- provision gains `proportion` (a figure_proportions term: "the side would give up much of the land it holds":
  many): null for every existing provision, whose text was not read for it.
- provision_actor gains `actor_part` (an actor_parts term, VARCHAR(20) as participant.actor_part since 0116: "its
  officers may inspect the cargo": officers): null, the actor as a whole.
- provision_place_role gains `as_of` (a reported date, JSON: "the positions held on 22 October"): null, not dated.

The new terms (treaty status disputed, participation change refused, treaty link rejects, treaty relation
extends_scope) are values of columns that exist and fit them (treaty.status VARCHAR(20), event_treaty.link
VARCHAR(20), treaty_relation.relation VARCHAR(80); a party's participation is JSON). A condition's `within` and
`deadline` live in the provision's conditions, JSON stored whole: conditions stored before read them null. All
nullable, so that SQLite adds them without rebuilding a table. down() drops what up() added. Migrations import
nothing but peewee (and the standard library).
"""
from peewee import CharField, TextField

ADDED = (("provision", "proportion", lambda: CharField(max_length=12, null=True)),
         ("provision_actor", "actor_part", lambda: CharField(max_length=20, null=True)),
         ("provision_place_role", "as_of", lambda: TextField(null=True)))


def up(migrator, db):
    if "as_of" in {column.name for column in db.get_columns("provision_place_role")}:
        return   # applied, but not recorded
    migrator.migrate(*[migrator.add_column(table, column, make()) for table, column, make in ADDED])


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, column) for table, column, _ in ADDED])
