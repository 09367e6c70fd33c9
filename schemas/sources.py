"""Sources: what every event, treaty, statement and figure cites."""
from marshmallow import ValidationError, fields, validate, validates_schema

from .common import StrictSchema, text
from .declaration import output_schema


class SourceIn(StrictSchema):
    RECORD = True

    url = fields.Url(schemes={"http", "https"}, validate=validate.Length(max=2000), allow_none=True,
                     metadata={"description": "Where the source can be read, when it is online."})
    title = text(500, required=True, allow_none=True, metadata={
        "description": "The source's title or headline, as published; null when it has none or it is not known "
                       "(give the key all the same: leaving it out is an error)."})
    publisher = text(200, allow_none=True, metadata={
        "description": "Who published it: a news agency, a ministry, an NGO; null when unknown."})
    published_date = fields.Date(allow_none=True, metadata={
        "description": "The day it was published (YYYY-MM-DD); null when unknown."})
    retrieved_date = fields.Date(allow_none=True, metadata={
        "description": "The day it was read for this dataset (YYYY-MM-DD), for sources that change online."})
    excerpt = fields.String(validate=validate.Length(max=10000), allow_none=True,
                            metadata={"description": "A passage of the source that supports the facts citing it."})

    @validates_schema
    def _retrieved_after_published(self, data, **kwargs):
        published, retrieved = data.get("published_date"), data.get("retrieved_date")
        if published and retrieved and retrieved < published:
            raise ValidationError({"retrieved_date": ["Must not be before published_date."]})


SourceOut = output_schema(SourceIn)
