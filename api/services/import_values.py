"""Reading one dataset row's cells into plain values (shared by the formats' row modules: ged_rows.py, ...).

A cell that is not what the dataset's codebook allows is a RowError naming the dataset's column, so that a
rejected row is reported by line and column.
"""
import datetime as dt


class RowError(Exception):
    """A value that is not what the codebook allows: `column` names the dataset's column."""

    def __init__(self, column, message):
        super().__init__(f"{column}: {message}")
        self.column, self.message = column, message


def whole(row, column, allowed=None, minimum=None):
    text = (row.get(column) or "").strip()
    try:
        value = int(text)
    except ValueError:
        raise RowError(column, f"'{text}' is not a whole number.") from None
    if allowed is not None and value not in allowed:
        raise RowError(column, f"{value} is not one of {', '.join(map(str, sorted(allowed)))}.")
    if minimum is not None and value < minimum:
        raise RowError(column, f"{value} is less than {minimum}.")
    return value


def number(row, column):
    text = (row.get(column) or "").strip()
    try:
        return float(text)
    except ValueError:
        raise RowError(column, f"'{text}' is not a number.") from None


def day(row, column):
    text = (row.get(column) or "").strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise RowError(column, f"'{text}' is not a date (YYYY-MM-DD, optionally with a time).") from None


def text(row, column, required=True):
    value = (row.get(column) or "").strip()
    if required and not value:
        raise RowError(column, "Missing: the dataset always gives it.")
    return value or None
