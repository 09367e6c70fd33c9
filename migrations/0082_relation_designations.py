"""What a state or body declared an actor: banned, extremist... (issue 10, mending round 6, mend-agree5; trials
t27 #32 "Akramiya, which they say is extremist", #55 "the banned Islamist group"; docs/api.md "Bans and labels,
names taken from a person, reinforcements, posts and moral guarantors").

- actor_relation gains `designation` (schemas/vocab_relations.py DESIGNATIONS: banned, extremist, ...), with the new
  relation designated_by: null for every existing relation (none was designated_by; terror_designated_by stays
  as it was). Nullable, so that SQLite adds it without rebuilding the table (its triggers stay).

The new vocabulary terms of the round (actor relations named_after and designated_by, the participant role
reinforced, the party role moral_guarantor, the provision type party_transformation, the provision quantity
posts) need no column: they are values of existing ones. Old revisions stay valid input: the field defaults to
null. down() drops the column.
"""
from peewee import CharField

ADDED = (("actor_relation", "designation", lambda: CharField(max_length=24, null=True)),)


def up(migrator, db):
    missing = [migrator.add_column(table, name, make()) for table, name, make in ADDED
               if name not in {column.name for column in db.get_columns(table)}]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
