"""Releases (POST /v1/releases): what an admin posts to publish one, and the release it gives."""
from marshmallow import fields, validate

from .common import StrictSchema

STATES = {
    "publishing": "The data is being frozen and packaged: ask again.",
    "published": "Done: its downloads, hashes, counts and descriptor are there, and never change.",
    "failed": "Not published: see error. The version may be published again.",
}
DOWNLOAD_FORMATS = {"zip": "application/zip", "ndjson": "application/x-ndjson"}


class ReleaseIn(StrictSchema):
    version = fields.String(required=True, validate=validate.Length(min=1, max=40), metadata={
        "description": "The release's version, unique and for good: starts with a digit, letters and digits in up "
                       "to six parts separated by '.' or '-' (2026.1, 2026.1-rc1)."})
    note = fields.String(required=True, validate=validate.Length(min=1, max=2000), metadata={
        "description": "What the release is, for its readers (shown in the listing and the descriptor)."})
    license = fields.String(load_default=None, allow_none=True, validate=validate.Length(min=1, max=100), metadata={
        "description": "The licence the data is published under, as an SPDX ID or a name (CC-BY-4.0); written "
                       "into datapackage.json. null: none is named."})


class ReleaseDownloads(StrictSchema):
    zip = fields.String(required=True, metadata={
        "description": "URL path of the zip: datapackage.json and a CSV per kind."})
    ndjson = fields.String(required=True, metadata={
        "description": "URL path of the NDJSON export: every record, one a line, as {\"kind\", \"record\"}."})


class Release(StrictSchema):
    version = fields.String(required=True, metadata={"description": "The release's version (2026.1)."})
    href = fields.String(required=True, metadata={"description": "This release's URL path."})
    note = fields.String(required=True, metadata={"description": "What the release is, as its publisher said."})
    license = fields.String(required=True, allow_none=True, metadata={
        "description": "The licence the publisher named for the data; null: none."})
    state = fields.String(required=True, validate=validate.OneOf(list(STATES)), metadata={
        "description": "; ".join(f"{state}: {meaning}" for state, meaning in STATES.items())})
    cursor = fields.String(required=True, allow_none=True, metadata={
        "description": "The change feed's cursor at the release's moment: GET /v1/changes?after=<cursor> lists "
                       "every change made since. null until published."})
    counts = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True, allow_none=True, metadata={
        "description": "Live records of each kind the release holds, by kind; null until published."})
    sha256 = fields.String(required=True, allow_none=True, metadata={
        "description": "SHA-256 (hex) of the release's NDJSON export: the hash to cite, and that download's ETag."})
    ndjson_bytes = fields.Integer(required=True, allow_none=True, metadata={
        "description": "Size of the NDJSON export in bytes."})
    zip_sha256 = fields.String(required=True, allow_none=True, metadata={
        "description": "SHA-256 (hex) of the zip download, and its ETag."})
    zip_bytes = fields.Integer(required=True, allow_none=True, metadata={"description": "Size of the zip in bytes."})
    datapackage = fields.Dict(required=True, allow_none=True, metadata={
        "description": "The Frictionless Data Package descriptor (datapackage.json, as in the zip): the CSV "
                       "files with their paths, hashes, sizes and schemas (every column's type and description)."})
    download = fields.Nested(ReleaseDownloads, required=True, allow_none=True, metadata={
        "description": "Where to download the release; null until published."})
    error = fields.String(required=True, allow_none=True, metadata={
        "description": "Once failed: why; null otherwise."})
    published_by = fields.String(required=True, allow_none=True, metadata={
        "description": "The admin's token that published it (a pseudonym for everyone but admins)."})
    created_at = fields.DateTime(required=True, metadata={"description": "When publishing was asked for (UTC)."})
    frozen_at = fields.DateTime(required=True, allow_none=True, metadata={
        "description": "The moment whose data the release holds (UTC); null until published."})
    published_at = fields.DateTime(required=True, allow_none=True, metadata={
        "description": "When the release was stored and its downloads became available (UTC)."})


class ReleaseList(StrictSchema):
    items = fields.List(fields.Nested(Release), required=True, metadata={
        "description": "Every release, newest first."})


class DownloadArgs(StrictSchema):
    format = fields.String(load_default="zip", validate=validate.OneOf(list(DOWNLOAD_FORMATS)), metadata={
        "description": "zip (default): datapackage.json and a CSV per kind; ndjson: the canonical export, whose "
                       "SHA-256 is the release's sha256."})
