"""UCDP GED rows read into plain values, and the tables that map GED's codes to the project's vocabularies.

One place for the mapping (docs/import-export.md shows it as a table): the importer (ged_import.py) reads
rows through `parse`, and the exporter (api/formats.py, `ucdp-ged`) writes them back with the inverse tables.
A value that is not what GED's codebook allows is a RowError naming the GED column, so that a rejected row
is reported by line and column.
"""
import datetime as dt

from .import_values import RowError, day, number, text, whole

COLUMNS = ("id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,"
           "dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,"
           "side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,"
           "where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,"
           "country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,"
           "deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob").split(",")

# type_of_violence -> (PLOVER event type, mode). Fighting between two organised sides is FIGHT; one-sided
# violence against civilians is ASSAULT. The mode keeps GED's own category, so the export can give it back.
VIOLENCE = {1: ("FIGHT", "state-based conflict"), 2: ("FIGHT", "non-state conflict"),
            3: ("ASSAULT", "one-sided violence")}
VIOLENCE_OF_MODE = {mode: code for code, (_, mode) in VIOLENCE.items()}

# where_prec -> location_precision of the event at its location place (docs/import-export.md).
WHERE_PRECISION = {1: "exact", 2: "near", 3: "within", 4: "within", 5: "within", 6: "within", 7: "within"}

# The deaths columns -> the figure category each becomes (`best`/`low`/`high` are the total's values).
DEATHS = {"deaths_a": "side_a", "deaths_b": "side_b", "deaths_civilians": "civilians", "deaths_unknown": "unknown"}

UCDP_NAME = "Uppsala Conflict Data Program"
DATASET_TITLE = "UCDP Georeferenced Event Dataset (GED)"
DATASET_URL = "https://ucdp.uu.se/downloads/"

# The context of an event keeps its dyad: "UCDP dyad <dyad_new_id>: <dyad_name>".
DYAD_PREFIX = "UCDP dyad "


def _last_day(year, month):
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def precision_of(date_prec, start, end):
    """GED's date_prec -> the project's date precision, never more precise than GED says and never a
    bracket other than GED's: month or year only when GED's bracket is whole months or years, else day
    precision with GED's bracket of days (the bracket itself says how uncertain the date is)."""
    whole_months = start.day == 1 and end.day == _last_day(end.year, end.month)
    whole_years = whole_months and (start.month, end.month) == (1, 12)
    if date_prec == 3:
        return "week"
    if date_prec == 5 and whole_years:
        return "year"
    if date_prec in (4, 5) and whole_months:
        return "month"
    return "day"


def date_prec_of(precision, start, end):
    """The inverse of precision_of, for the export: GED's codebook reads 2 as a bracket of 2-6 days, 4 as up
    to a month and 5 as longer."""
    if precision == "year":
        return 5
    if precision == "month":
        return 4 if (end.year, end.month) == (start.year, start.month) else 5
    if precision == "week":
        return 3
    days = ((end or start) - start).days + 1
    return 1 if days == 1 else 2 if days <= 7 else 4 if days <= 31 else 5


def split_sources(row):
    """source_office, source_date, source_headline and source_article, each `;`-separated -> one dict per
    source, by position. source_article's parts are paired with the others only when there are as many;
    otherwise the whole text goes with the first source (its parts quote `;` too often to split safely)."""
    parts = {c: [p.strip() for p in (row.get(c) or "").split(";")] if (row.get(c) or "").strip() else []
             for c in ("source_office", "source_date", "source_headline", "source_article")}
    count = max(len(p) for p in parts.values())
    articles = parts["source_article"]
    if len(articles) != count:
        articles = [row["source_article"].strip()] if articles else []
    sources = []
    for i in range(count):
        def at(column, values=None):
            values = parts[column] if values is None else values
            return values[i] if i < len(values) and values[i] else None
        published = at("source_date")
        try:
            published = dt.date.fromisoformat(published) if published else None
        except ValueError:
            raise RowError("source_date", f"'{published}' is not a date (YYYY-MM-DD).") from None
        sources.append({"publisher": at("source_office"), "published_date": published,
                        "title": at("source_headline"), "excerpt": at("source_article", articles)})
    return sources


def parse(row):
    """A GED row (csv.DictReader's dict) -> the values the importer writes; RowError on a bad value."""
    start, end = day(row, "date_start"), day(row, "date_end")
    if end < start:
        raise RowError("date_end", "Must not be before date_start.")
    date_prec = whole(row, "date_prec", allowed=range(1, 6))
    violence = whole(row, "type_of_violence", allowed=VIOLENCE)
    values = {
        "id": whole(row, "id", minimum=1), "violence": violence,
        "conflict_id": whole(row, "conflict_new_id", minimum=1), "conflict_name": text(row, "conflict_name"),
        "dyad_id": whole(row, "dyad_new_id", minimum=1), "dyad_name": text(row, "dyad_name"),
        "side_a_id": whole(row, "side_a_new_id", minimum=0), "side_a": text(row, "side_a"),
        "side_b_id": whole(row, "side_b_new_id", minimum=0), "side_b": text(row, "side_b"),
        "where_prec": whole(row, "where_prec", allowed=WHERE_PRECISION),
        "where_coordinates": text(row, "where_coordinates"),
        "where_description": text(row, "where_description", required=False),
        "adm_1": text(row, "adm_1", required=False), "adm_2": text(row, "adm_2", required=False),
        "latitude": number(row, "latitude"), "longitude": number(row, "longitude"),
        "country": text(row, "country"),
        "date_start": start, "date_end": end, "date_precision": precision_of(date_prec, start, end),
        "sources": split_sources(row),
    }
    for column in DEATHS:
        values[column] = whole(row, column, minimum=0)
    for column in ("low", "best", "high"):
        values[column] = whole(row, column, minimum=0)
    return values
