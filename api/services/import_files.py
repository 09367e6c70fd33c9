"""Reading a dataset file for imports.py: its rows as dicts of the dataset's columns, with where each starts.

Two forms, told apart by content: CSV as the datasets publish it (the line a row starts on, the header being
line 1), and the JSON pages of UCDP's API (ucdpapi.pcr.uu.se), one page {"TotalCount", "TotalPages",
"NextPageUrl", "Result": [rows]} or a list of them, whose rows carry the CSV's column names (a row's "line"
is then its position among all the file's rows, from 1). A file that is neither, or lacks the format's
required columns, is an ImportFileError: one line for the CLI.
"""
import csv
import json


class ImportFileError(Exception):
    """The file cannot be imported at all (not of the format): one line for the CLI."""


def is_json(path):
    with open(path, "rb") as handle:
        start = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return start[:1] in (b"{", b"[")


def rows(path, fmt):
    """(line, row dict) for each data row of the file at `path`."""
    yield from (_json_rows if is_json(path) else _csv_rows)(path, fmt)


def _missing(fmt, columns):
    return [c for c in fmt.REQUIRED_COLUMNS if c not in columns]


def _csv_rows(path, fmt):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        try:
            missing = _missing(fmt, reader.fieldnames or [])
            if missing:
                raise ImportFileError(f"{path} is not a {fmt.LABEL} CSV file: no column {', '.join(missing)}")
            line = reader.line_num + 1
            for row in reader:
                yield line, row
                line = reader.line_num + 1
        except csv.Error as error:   # a NUL byte, a field longer than csv allows: the file, not a row, is bad
            raise ImportFileError(f"{path}, line {reader.line_num}: not readable as CSV ({error})") from None


def _cell(value):
    """A JSON value as the CSV would give it (the formats read text cells)."""
    return "" if value is None else value if isinstance(value, str) else json.dumps(value)


def _json_rows(path, fmt):
    with open(path, encoding="utf-8-sig") as handle:
        try:
            content = json.load(handle)
        except ValueError as error:
            raise ImportFileError(f"{path} is not readable as JSON ({error})") from None
    pages = content if isinstance(content, list) else [content]
    if not pages or not all(isinstance(p, dict) and isinstance(p.get("Result"), list) for p in pages):
        raise ImportFileError(f"{path} is not a page of UCDP's API (an object with a \"Result\" list of rows), "
                              "nor a list of them")
    position = 0
    for page in pages:
        for row in page["Result"]:
            position += 1
            if not isinstance(row, dict):
                raise ImportFileError(f"{path}: row {position} is not an object")
            missing = _missing(fmt, row)
            if missing and position == 1:
                raise ImportFileError(f"{path} is not {fmt.LABEL} JSON: no column {', '.join(missing)}")
            yield position, {key: _cell(value) for key, value in row.items()}
