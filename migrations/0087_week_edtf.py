"""A date known to the week writes its EDTF as its bracket of seven days, as an event's week is written
(schemas/edtf.py to_edtf; fixes25, trial t29): a source, a statement or a treaty's dates of precision week and no
end of their own had it as their first day alone ('1982-01-25'), saying a day. Rewrites those derived EDTF
columns; down() puts the first day back. Reported dates kept whole inside records (JSON) are written anew when
their record is next written. Migrations import nothing but peewee."""
import datetime as dt

from peewee import Table

# table, (date, precision, end or None, bound, edtf) columns of each date that is one moment
DATES = (
    ("source", ("published_date", "published_precision", "published_end", "published_bound", "published_edtf")),
    ("statement", ("date", "date_precision", "date_end", "date_bound", "date_edtf")),
    ("treaty", ("signed_date", "date_precision", None, "signed_bound", "signed_edtf")),
    ("treaty", ("in_force_date", "in_force_precision", None, "in_force_bound", "in_force_edtf")),
    ("treaty", ("ended_date", "date_precision", None, "ended_bound", "ended_edtf")),
)


def _day(value):
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _week(day):
    last = day + dt.timedelta(days=6) if day <= dt.date.max - dt.timedelta(days=6) else dt.date.max
    return f"{day.isoformat()}/{last.isoformat()}"


def _rewrite(db, text_of):
    for table_name, (date, precision, end, bound, edtf) in DATES:
        columns = ("id", date, precision, bound, edtf) + ((end,) if end else ())
        table = Table(table_name, columns).bind(db)
        query = table.select(table.id, getattr(table, date)).where(
            (getattr(table, precision) == "week") & getattr(table, date).is_null(False)
            & getattr(table, bound).is_null(True))
        if end:
            query = query.where(getattr(table, end).is_null(True))
        for ident, day in list(query.tuples()):
            table.update({getattr(table, edtf): text_of(_day(day))}).where(table.id == ident).execute()


def up(migrator, db):
    _rewrite(db, _week)


def down(migrator, db):
    _rewrite(db, lambda day: day.isoformat())
