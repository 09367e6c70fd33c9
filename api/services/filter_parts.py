"""Pieces the filters of several kinds share (api/services/filters.py, api/services/event_filters.py): the place
hierarchy, a column among terms, a bounding box, and the reported-date filters."""
from .. import jsonio
from ..models import Place
from ..sql import any_of


def places_within(place_id):
    """IDs of a place and every place inside it, at any depth (a recursive CTE over place.parent).

    UNION, not UNION ALL: a place already produced is not walked again, so even a cycle in the data (which
    writes refuse, api/services/rules.py) ends the walk instead of running until the query time limit."""
    base = Place.select(Place.id).where(Place.id == place_id).cte("tree", recursive=True, columns=("id",))
    child = Place.alias()
    tree = base.union(child.select(child.id).join(base, on=(child.parent == base.c.id)))
    return tree.select_from(tree.c.id)


def in_terms(column, values):
    """column IN values, or no clause (None) when no value is given."""
    return column.in_(values) if values else None


def bbox(lat, lon, box):
    west, south, east, north = box
    inside_lon = (lon >= west) & (lon <= east) if west <= east else (lon >= west) | (lon <= east)
    return lat.between(south, north) & inside_lon


def reported_date_filters(model, args):
    """date_bound= (terms, or `none` for dates with no open bound) and date_precision=."""
    clauses = [in_terms(model.date_precision, args.get("date_precision"))]
    bounds = args.get("date_bound")
    if bounds:
        terms = [b for b in bounds if b != "none"]
        clause = model.date_bound.in_(terms) if terms else None
        if "none" in bounds:
            clause = model.date_bound.is_null() if clause is None else clause | model.date_bound.is_null()
        clauses.append(clause)
    return clauses


def in_season(column, terms):
    """figs33 (migrations/0113): an occasion_timing (JSON text, orjson writes no spaces) whose season is one of
    `terms` (occasion_season=); None (no clause) when none are asked."""
    if not terms:
        return None
    return any_of(column.contains(f'"season":{jsonio.dumps_text(term)}') for term in terms)
