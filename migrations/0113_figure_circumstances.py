"""Figures, places and dates as reported (figs33; notes/trials t56, t57, t58; docs/api.md "Figs33: ...").

- a provision's figures (stored whole as JSON in provision.figures) name their actors in `actor_ids`, a list, in
  place of `actor_id`, one ID or null (t56 #25 "about 500 a day for the two forces"): each stored figure's actor_id
  is carried into actor_ids ([id], or [] for null). down() carries the first of them back (a figure naming several
  keeps only its first actor: the old shape cannot hold more).
- figure gains `independent_count` (independent_counts, closed: whether a third party's count exists, t57 #26) and
  `activity_when_hit` (activities_when_hit, open: VARCHAR(80) for local terms, t58 #56), both indexed for their
  filters: null for every existing figure, whose reporting was not read for them; nullable, so that SQLite adds
  them without rebuilding the figure table (which would drop the rollups' triggers on figure, 0050, 0051).

Old revisions stay valid input: the new fields default to null or [], and a provision figure's actor_id is read as
actor_ids. Migrations import nothing but peewee (and the standard library).
"""
import json

from peewee import CharField

ADDED = (("figure", "independent_count", 12), ("figure", "activity_when_hit", 80))


def _rewrite_provision_figures(db, change):
    rows = db.execute_sql("SELECT id, figures FROM provision WHERE figures IS NOT NULL").fetchall()
    for provision_id, text in rows:
        figures = json.loads(text)
        changed = [change(f) for f in figures if isinstance(f, dict)] if isinstance(figures, list) else []
        if any(changed):
            db.execute_sql(f"UPDATE provision SET figures = {db.param} WHERE id = {db.param}",
                           (json.dumps(figures, ensure_ascii=False, separators=(",", ":")), provision_id))


def _to_list(figure):
    if "actor_ids" in figure and "actor_id" not in figure:
        return False
    one = figure.pop("actor_id", None)
    figure["actor_ids"] = figure.get("actor_ids") or ([] if one is None else [one])
    return True


def _to_one(figure):
    if "actor_ids" not in figure:
        return False
    several = figure.pop("actor_ids") or []
    figure["actor_id"] = several[0] if several else None
    return True


def up(migrator, db):
    present = {column.name for column in db.get_columns("figure")}
    missing = [(table, name, length) for table, name, length in ADDED if name not in present]
    if missing:
        migrator.migrate(*[migrator.add_column(table, name, CharField(max_length=length, null=True))
                           for table, name, length in missing],
                         *[migrator.add_index(table, (name,), False) for table, name, _ in missing])
    _rewrite_provision_figures(db, _to_list)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_index(table, f"{table}_{name}") for table, name, _ in ADDED],
                     *[migrator.drop_column(table, name) for table, name, _ in ADDED])
    _rewrite_provision_figures(db, _to_one)
