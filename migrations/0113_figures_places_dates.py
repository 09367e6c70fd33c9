"""Figures, places and dates as reported (figs33; notes/trials t56, t57, t58; docs/api.md "Figs33: ...").

- a provision's figures (stored whole as JSON in provision.figures) name their actors in `actor_ids`, a list, in
  place of `actor_id`, one ID or null (t56 #25 "about 500 a day for the two forces"): each stored figure's actor_id
  is carried into actor_ids ([id], or [] for null). down() carries the first of them back (a figure naming several
  keeps only its first actor: the old shape cannot hold more).
- figure gains `independent_count` (independent_counts, closed: whether a third party's count exists, t57 #26) and
  `activity_when_hit` (activities_when_hit, open: VARCHAR(80) for local terms, t58 #56), both indexed for their
  filters: null for every existing figure, whose reporting was not read for them; nullable, so that SQLite adds
  them without rebuilding the figure table (which would drop the rollups' triggers on figure, 0050, 0051).
- event_place and figure_place gain `site_category` (site_categories, open: VARCHAR(80)), the kind of site a further
  place is (t56 #46 "flown to hospitals in Japan"), indexed on event_place for place_site_category=: null for every
  existing item. The new term police_sites (t58 #81 "police posts") is a value of columns that exist.
- an occasion_timing (stored whole as JSON in event, statement and treaty_status_change) gains `season` (seasons,
  open; t56 #50 "in winter", year not given): null in every stored one, so that it reads as a new one does.
  down() removes the key.
- event claims may name equipment with no actor (t56 #10, whose vehicles not said): a rule, no column.

Old revisions stay valid input: the new fields default to null or [], and a provision figure's actor_id is read as
actor_ids. Migrations import nothing but peewee (and the standard library).
"""
import json

from peewee import CharField

# (table, column, length, indexed): every one nullable, so that SQLite adds it without rebuilding its table
ADDED = (("figure", "independent_count", 12, True), ("figure", "activity_when_hit", 80, True),
         ("event_place", "site_category", 80, True), ("figure_place", "site_category", 80, False))
TIMED = ("event", "statement", "treaty_status_change")   # the tables whose occasion_timing JSON gains season


def _rewrite(db, table, column, change):
    """Every row's JSON in table.column passed through change(value) -> True when it changed it."""
    rows = db.execute_sql(f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL").fetchall()
    for row_id, text in rows:
        value = json.loads(text)
        if change(value):
            db.execute_sql(f"UPDATE {table} SET {column} = {db.param} WHERE id = {db.param}",
                           (json.dumps(value, ensure_ascii=False, separators=(",", ":")), row_id))


def _each_figure(change):
    def changed(figures):
        return isinstance(figures, list) and any([change(f) for f in figures if isinstance(f, dict)])
    return changed


def _add_season(timing):
    if not isinstance(timing, dict) or "season" in timing:
        return False
    timing["season"] = None
    return True


def _drop_season(timing):
    if not isinstance(timing, dict) or "season" not in timing:
        return False
    del timing["season"]
    return True


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
    present = {(table, column.name) for table in {t for t, *_ in ADDED} for column in db.get_columns(table)}
    missing = [added for added in ADDED if added[:2] not in present]
    if missing:
        migrator.migrate(*[migrator.add_column(table, name, CharField(max_length=length, null=True))
                           for table, name, length, _ in missing],
                         *[migrator.add_index(table, (name,), False) for table, name, _, indexed in missing if indexed])
    _rewrite(db, "provision", "figures", _each_figure(_to_list))
    for table in TIMED:
        _rewrite(db, table, "occasion_timing", _add_season)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_index(table, f"{table}_{name}") for table, name, _, indexed in ADDED if indexed],
                     *[migrator.drop_column(table, name) for table, name, *_ in ADDED])
    _rewrite(db, "provision", "figures", _each_figure(_to_one))
    for table in TIMED:
        _rewrite(db, table, "occasion_timing", _drop_season)
