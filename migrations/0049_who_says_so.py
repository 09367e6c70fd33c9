"""Who, in what role, says so (issue 10, mending round mend-actors; docs/api.md "Who says so").

- statement gains `said_during_event_id` (the event it was made at: "speaking at the Shangri-La Dialogue"),
  `verification` and `verification_source_id` (how sure the reporting is that it was made: "TRF was reported to
  have claimed the attack"): null for every existing statement, whose reporting was not read for them.
- source gains `country` (the publisher's country) and `owner_id` (the actor that owns or runs the publisher:
  "Sputnik, Russia's state news agency"): null for every existing source.
- figure and event_claim gain `claimant_words`, `claimant_kind` and `claimant_country`: unnamed claimants said
  in words ("Pakistani media", "local government officials") with the kind and country the words give. Null for
  every existing figure and claim: an unnamed one stays someone not named at all, as before.

- treaty_party and provision gain `claimant_id`, `attribution`, `rank` and `source_ids` (JSON list): who says an
  actor had a role ("Trump credited US mediation") or that the deal provides a clause ("Hamas said Israel would
  halt drone flights"). Null (sources '[]') for every existing entry: the treaty's own sources say it, rank
  normal. Deadlines and provision figures take `rank` in their JSON: no storage.

- actor_position gains `held_at_event_id`: a position dated by an event ("defence minister when the war
  began"); null for every existing position.

New terms need no storage: participant roles co_chair, lead_mediator, operator; party roles lead_mediator,
co_chair; actor relations sibling_of, parent_of, spouse_of, relative_of, run_by; statement media leaflet,
publication. Old revisions stay valid input: every new field has a default (null). down() drops them.
"""
from peewee import CharField, ForeignKeyField, Model, TextField

UNNAMED = (("claimant_words", lambda: TextField(null=True)),
           ("claimant_kind", lambda: CharField(max_length=40, null=True)),
           ("claimant_country", lambda: CharField(max_length=3, null=True)))
CLAIMS = ("figure", "event_claim")
CLAIMED_ENTRIES = ("treaty_party", "provision")   # who says a party's role, a provision
ENTRY_COLUMNS = (("attribution", lambda: CharField(max_length=10, null=True)),
                 ("rank", lambda: CharField(max_length=12, null=True)),
                 ("source_ids", lambda: TextField(default="[]")))
# (table, column without _id, table it refers to): foreign keys, RESTRICT as every link between records
LINKS = (("statement", "said_during_event", "event"), ("statement", "verification_source", "source"),
         ("source", "owner", "actor"), ("treaty_party", "claimant", "actor"), ("provision", "claimant", "actor"),
         ("actor_position", "held_at_event", "event"))


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def up(migrator, db):
    operations = []
    if "verification" not in {column.name for column in db.get_columns("statement")}:
        operations.append(migrator.add_column("statement", "verification", CharField(max_length=20, null=True)))
        operations.append(migrator.add_index("statement", ("verification",), False))
    if "country" not in {column.name for column in db.get_columns("source")}:
        operations.append(migrator.add_column("source", "country", CharField(max_length=3, null=True)))
        operations.append(migrator.add_index("source", ("country",), False))
    for table, name, target in LINKS:
        if f"{name}_id" not in {column.name for column in db.get_columns(table)}:
            other = _frozen(db, target)
            # add_column indexes a foreign key itself (statement_said_during_event_id)
            operations.append(migrator.add_column(table, f"{name}_id", ForeignKeyField(
                other, null=True, on_delete="RESTRICT", field=other._meta.primary_key)))
    for table in CLAIMS:
        if "claimant_words" not in {column.name for column in db.get_columns(table)}:
            operations += [migrator.add_column(table, column, make()) for column, make in UNNAMED]
    for table in CLAIMED_ENTRIES:
        if "rank" not in {column.name for column in db.get_columns(table)}:
            operations += [migrator.add_column(table, column, make()) for column, make in ENTRY_COLUMNS]
    if operations:
        migrator.migrate(*operations)


def down(migrator, db):
    operations = [migrator.drop_index("statement", "statement_verification"),
                  migrator.drop_column("statement", "verification"),
                  migrator.drop_index("source", "source_country"), migrator.drop_column("source", "country")]
    for table, name, _ in LINKS:
        operations += [migrator.drop_index(table, f"{table}_{name}_id"), migrator.drop_column(table, f"{name}_id")]
    operations += [migrator.drop_column(table, column) for table in CLAIMS for column, _ in UNNAMED]
    operations += [migrator.drop_column(table, column) for table in CLAIMED_ENTRIES for column, _ in ENTRY_COLUMNS]
    migrator.migrate(*operations)
