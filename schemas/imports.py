"""Dataset imports over HTTP (POST /v1/imports): the form that posts a file, and the import job it starts."""
import functools

from marshmallow import fields, validate

from .common import StrictSchema

STATES = {
    "queued": "Received, not started yet.",
    "running": "Being imported: see progress.",
    "done": "Finished: see summary (rows that failed validation are its rejections).",
    "failed": "Stopped without finishing, or the file could not be imported at all: see error.",
}


@functools.cache
def import_form(format_names):
    """The form fields of POST /v1/imports, for the formats the service imports (a tuple of their names)."""
    class ImportForm(StrictSchema):
        file = fields.Raw(required=True, error_messages={
            "required": "Missing: send the dataset file as a form part with a file name (curl -F file=@ged.csv)."},
            metadata={
            "type": "string", "format": "binary",
            "description": "The dataset file (a form part with a file name: curl -F file=@ged.csv). It is stored "
                           "as it arrives, up to IMPORT_MAX_BYTES, and imported in the background."})
        format = fields.String(required=True, validate=validate.OneOf(format_names), metadata={
            "description": "The file's format: ucdp-ged is UCDP's GED CSV (docs/import-export.md lists each "
                           "format's columns)."})
        strict = fields.Boolean(load_default=False, metadata={
            "description": "true: import nothing if any row fails validation; false (the default): load the "
                           "rows that pass and list the others as rejections."})
    return ImportForm


class Rejection(StrictSchema):
    line = fields.Integer(required=True, metadata={"description": "The line of the file where the row starts."})
    column = fields.String(required=True, metadata={
        "description": "The dataset's column the problem is in ('row' when it is not one column's)."})
    message = fields.String(required=True, metadata={"description": "What is wrong with it."})


class ImportSummary(StrictSchema):
    created = fields.Integer(required=True, metadata={"description": "Records the import created."})
    updated = fields.Integer(required=True, metadata={"description": "Records it changed (a new revision each)."})
    unchanged = fields.Integer(required=True, metadata={
        "description": "Rows whose records were already as the file says (an import posted again, or resumed)."})
    deleted = fields.Integer(required=True, metadata={
        "description": "Records of the dataset that the file no longer has, deleted (only with --delete-missing "
                       "on the command line; 0 over HTTP)."})
    rejected = fields.Integer(required=True, metadata={"description": "Rows that failed validation, all of them."})
    release = fields.String(required=True, allow_none=True, metadata={
        "description": "The dataset's release the file is, as its name says (ged231.csv: 23.1); null if it does not."})
    resumed_from = fields.Integer(required=True, allow_none=True, metadata={
        "description": "The line an interrupted import of the same file resumed from; null when it ran from the start."})
    loaded = fields.Boolean(required=True, metadata={
        "description": "false when a strict import loaded nothing because some row failed."})
    rejections = fields.List(fields.Nested(Rejection), required=True, metadata={
        "description": "The rows that failed, by line and column (the first 1000)."})


class ImportFile(StrictSchema):
    name = fields.String(required=True, metadata={"description": "The file's name, as the client sent it."})
    size = fields.Integer(required=True, metadata={"description": "Bytes received."})
    sha256 = fields.String(required=True, metadata={
        "description": "SHA-256 of the bytes received (hex): tells whether two imports were of the same file."})


class ImportProgress(StrictSchema):
    done = fields.Integer(required=True, metadata={"description": "Rows handled so far."})
    total = fields.Integer(required=True, allow_none=True, metadata={
        "description": "Rows in the file; null until they are counted."})


class ImportJob(StrictSchema):
    id = fields.Integer(required=True, metadata={"description": "The import's ID."})
    href = fields.String(required=True, metadata={"description": "This import's URL path: ask it for the state."})
    state = fields.String(required=True, validate=validate.OneOf(list(STATES)), metadata={
        "description": "; ".join(f"{state}: {meaning}" for state, meaning in STATES.items())})
    format = fields.String(required=True, metadata={"description": "The file's format, as posted."})
    file = fields.Nested(ImportFile, required=True, metadata={"description": "The file posted."})
    strict = fields.Boolean(required=True, metadata={"description": "Whether one failed row loads nothing."})
    progress = fields.Nested(ImportProgress, required=True, metadata={
        "description": "How far the import is (written after each chunk of rows while it runs)."})
    summary = fields.Nested(ImportSummary, required=True, allow_none=True, metadata={
        "description": "Once done: what the import did; null before, and when it failed."})
    error = fields.String(required=True, allow_none=True, metadata={
        "description": "Once failed: why, and what to do; null otherwise."})
    started_by = fields.String(required=True, allow_none=True, metadata={
        "description": "The name of the admin's token that posted it; its revisions carry the same name."})
    created_at = fields.DateTime(required=True, metadata={"description": "When the file was received (UTC)."})
    started_at = fields.DateTime(required=True, allow_none=True, metadata={
        "description": "When the import started (UTC); null while queued."})
    finished_at = fields.DateTime(required=True, allow_none=True, metadata={
        "description": "When it ended, done or failed (UTC); null before."})
    heartbeat_at = fields.DateTime(required=True, allow_none=True, metadata={
        "description": "The last sign of life of the process running it (UTC): a running import whose process "
                       "is gone is marked failed."})


class ImportJobPage(StrictSchema):
    """A page of imports, newest first; follow `next` until it is null."""

    items = fields.List(fields.Nested(ImportJob), required=True, metadata={
        "description": "The imports of this page, newest first."})
    next = fields.String(required=True, allow_none=True, metadata={"description": "URL of the next page."})
    limit = fields.Integer(required=True, metadata={"description": "The page size used."})
