"""The vocabularies that describe the world are open (issue 10, round 31, open31; docs/vocabularies.md "Open
vocabularies and local terms"): stances, figure causes and subsets, actor and place kinds, the relations between
records, participant, party and provision actor roles, targeted groups, claim manners, travel means and event
modes take an `other` term, and admins register local terms in them (local:<snake_case>, up to 80 characters).

Their record columns held 20 or 40 characters (a statement's stance, an actor's kind, every relation). PostgreSQL
refuses a longer value, so they become VARCHAR(80), as migrations/0093 made the first open vocabularies' columns.
On PostgreSQL, ALTER COLUMN TYPE to a wider VARCHAR rewrites no rows and keeps the indexes and triggers (the
rollup's on participant, figure and place); SQLite does not enforce a VARCHAR's length, so there is nothing to do
there. The vocabularies kept in JSON lists (other_stances, other_subsets, manner, targeted_groups, travel_means,
covers) and the mode (text) need nothing; the new standard terms (place kinds road, camp, crossing, building,
actor kinds political_party, militia, figure causes less_lethal..., stances praise...) are values of these columns.

down() narrows them again, which PostgreSQL refuses while a longer value is stored (then the terms must go first).
Migrations import nothing but peewee (and the standard library).
"""
from peewee import CharField, SqliteDatabase

WIDE = 80   # as the registry's terms (vocabulary_term.term, local_terms.WIDEST)

COLUMNS = (
    # actor_kinds: an actor's kind, and the kind of an unnamed claimant ("officials said")
    ("actor", "kind", 40), ("event_claim", "claimant_kind", 40), ("figure", "claimant_kind", 40),
    ("implementation", "claimant_kind", 40), ("property_value", "claimant_kind", 40),
    ("treaty_status_change", "claimant_kind", 40), ("actor_relation", "claimant_kind", 40),
    ("place", "kind", 40),   # place_kinds
    # participant_roles, party_roles, provision_actor_roles
    ("participant", "role", 20), ("event_claim", "role", 20), ("treaty_party", "role", 20),
    ("provision_actor", "role", 20),
    ("statement", "stance", 20),   # stances
    ("figure", "cause", 20), ("event_claim", "cause", 20), ("figure", "subset", 20),   # figure_causes, figure_subsets
    # the relations between records
    ("event_relation", "relation", 20), ("event_claim", "relation", 20), ("statement_relation", "relation", 20),
    ("event_statement_relation", "relation", 20), ("statement_event_relation", "relation", 20),
    ("actor_relation", "relation", 20), ("actor_place", "relation", 20), ("treaty_relation", "relation", 20),
    # place_relations: a place's own, and a place described relative to a named one
    ("place_relation", "relation", 20), ("event_place", "relation", 20), ("figure", "place_relation", 20),
    ("figure_place", "relation", 20), ("provision_place_role", "relation", 20),
    ("implementation_place_as_reported", "relation", 20),
)


def _widths(migrator, db, wide):
    """Each column as wide as the registry's terms (`wide`), or as it was; peewee's ALTER COLUMN ... TYPE
    changes the type alone (not null, defaults and indexes stay)."""
    if isinstance(db, SqliteDatabase):
        return   # SQLite does not enforce a VARCHAR's length
    migrator.migrate(*[migrator.alter_column_type(table, column, CharField(max_length=WIDE if wide else narrow))
                       for table, column, narrow in COLUMNS])


def up(migrator, db):
    _widths(migrator, db, wide=True)


def down(migrator, db):
    _widths(migrator, db, wide=False)
