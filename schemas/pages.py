"""A page of a collection, as GET /v1/<kind> answers it in JSON (api/resources/listing.py), and what an events
list says it leaves out by the default occurrence rule (batch31; docs/api.md "Events that did not happen")."""
import functools

from marshmallow import fields

from .common import StrictSchema
from .vocab_occurrence import COUNTED


class LeftOut(StrictSchema):
    """The events a list leaves out by the default occurrence rule: an events list without occurrence= reads only
    the events reported to have happened (COUNTED), and says so, so that a planned or foiled event just posted
    is not taken for data missing."""

    occurrences = fields.List(fields.String(), required=True, metadata={
        "description": "The occurrences the list leaves out, not having been asked for by occurrence= (planned, "
                       "threatened, prevented, suspended, cancelled, did_not_occur): every occurrence but "
                       f"{' and '.join(COUNTED)}."})
    count = fields.Integer(required=True, allow_none=True, metadata={
        "description": "How many events matching the list's filters it leaves out, counted when the page is empty "
                       "or with count=true (also the X-Left-Out-Count header); null on other pages, which do not "
                       "pay for the count."})
    href = fields.String(required=True, metadata={
        "description": "The same query reading those events alone (occurrence= naming these occurrences), from "
                       "its first page; occurrence=any reads them with the others."})
    # events37: a filter on a field only planned events carry (covered_kind=...) read [] with no word of them
    by_occurrence = fields.Dict(keys=fields.String(), values=fields.Integer(), required=True, allow_none=True,
                                metadata={"description": "How many of those left out have each occurrence "
                                          "({\"planned\": 3}; an occurrence none has is not a key), counted as "
                                          "count is; null when count is."})
    hint = fields.String(required=True, allow_none=True, metadata={
        "description": "What to add when the first page is empty only because of the default occurrence rule: "
                       "'3 planned events match; add occurrence=planned' (the occurrences those left out have); "
                       "null on every other page."})


class Page(StrictSchema):
    """A page of a collection; follow `next` (also in the Link header) until it is null."""

    items = fields.List(fields.Dict(), required=True, metadata={"description": "The records of this page, in order."})
    next = fields.String(required=True, allow_none=True, metadata={"description": "URL of the next page."})
    limit = fields.Integer(required=True, metadata={
        "description": "The page size used (the limit asked for, or its default)."})
    total = fields.Integer(metadata={"description": "With count=true: how many records match the filters."})


@functools.cache
def page_of(item_schema, leaves_out=False):
    """The Page schema whose items are documented as item_schema (one class per item schema); `leaves_out`: a
    page of events, read by the default occurrence rule unless occurrence= is given, which says what it leaves
    out (left_out)."""
    name = f"{item_schema.__name__}Page"
    members = {"items": fields.List(fields.Nested(item_schema), required=True,
                                    metadata={"description": "The records of this page, in order."})}
    if leaves_out:
        members["left_out"] = fields.Nested(LeftOut, metadata={
            "description": "Without occurrence=: the events the list leaves out by the default occurrence rule, "
                           "which reads only those reported to have happened (occurred, alleged); absent when "
                           "occurrence= is given."})
    return type(name, (Page,), members)
