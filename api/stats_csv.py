"""An aggregate's buckets as CSV (GET /v1/<kind>/stats?format=csv; docs/api.md "Aggregates"), cells written as
the collections' CSV writes them (formats.csv_cell)."""
import csv
import io

from .formats import csv_cell


def columns(group_by, linked, sums):
    """The CSV columns of an aggregate (docs/api.md "Aggregates"): each dimension (a record as <name>_id and
    <name>_name), imprecise when grouped by time, then the sums."""
    names = []
    for name in group_by:
        names += [f"{name}_id", f"{name}_name"] if name in linked else [name]
    if "time" in group_by:
        names.append("imprecise")
    return names + list(sums)


def text(answer, linked, sums):
    """An aggregate's buckets as CSV: the zero-filled series first, then the imprecise buckets."""
    group_by = answer["group_by"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns(group_by, linked, sums))
    for imprecise, buckets in ((False, answer["buckets"]), (True, answer["imprecise"])):
        for b in buckets:
            cells = []
            for name in group_by:
                value = b[name]
                cells += [value and value["id"], value and value["name"]] if name in linked else [value]
            if "time" in group_by:
                cells.append("true" if imprecise else "false")
            writer.writerow([csv_cell(cell) for cell in cells + [b[name] for name in sums]])
    return out.getvalue()
