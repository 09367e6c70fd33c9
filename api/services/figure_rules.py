"""The figures statements are about (issue 10, claims26, migrations/0091): a statement names figures that exist, and
a figure named stays on its record (an event's, a statement's, a place's) until no statement names it."""
from ..models import Figure, StatementFigure


def _removed(owner_field, record_id, data):
    """A query of the IDs of this record's figures that the write leaves out (so removes), or None."""
    if record_id is None or "figures" not in data:
        return None
    kept = {item["id"] for item in data["figures"] if item.get("id")}
    return Figure.select(Figure.id).where((getattr(Figure, owner_field) == record_id) & Figure.id.not_in(kept or {0}))


def about_figures(record_id, data):
    """A statement's about_figure_ids: existing figures, not ones this same write removes from the statement."""
    wanted = data.get("about_figure_ids") or []
    if not wanted:
        return []
    existing = {row[0] for row in Figure.select(Figure.id).where(Figure.id.in_(wanted)).tuples()}
    removed = _removed("statement", record_id, data)
    if removed is not None:
        existing -= {row[0] for row in removed.tuples()}
    return [(("about_figure_ids", i), f"No figure with id {ident}.") for i, ident in enumerate(wanted)
            if ident not in existing]


def named_figures(owner_field, record_id, data):
    """Figures a PUT or PATCH would remove from their record while a statement names them (about_figure_ids)."""
    removed = _removed(owner_field, record_id, data)
    if removed is None:
        return []
    rows = StatementFigure.select(StatementFigure.figure, StatementFigure.statement).where(
        StatementFigure.figure.in_(removed))   # a statement's own too: its figures' rows go before it is rewritten
    return [(("figures",), f"Figure {figure} is named by statement {statement} (its about_figure_ids): keep it (give "
                           "its id), or change the statement first.")
            for figure, statement in rows.order_by(StatementFigure.figure, StatementFigure.statement).tuples()]
