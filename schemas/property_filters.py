"""The collections' filters on property values (issue 10, props; docs/api.md "Properties"), one mechanism for
every kind that takes properties:

- `property=founded_by,exiled_to`: records holding a value (not deprecated) of one of these properties;
- `property.<name>=<value>`: records holding a value (not deprecated) of that property equal to this one: an ID
  for a link, a term, true or false, words exactly;
- `property.<name>.min=` / `.max=`: a quantity's number (or its bounds) at least / at most this; a date's
  bracket reaching on or after / on or before this day (YYYY-MM-DD).

A property's name is data, not a declared parameter, so the `property.` parameters are gathered before the
query schema validates into one argument (`property_values`, a map documented as the parameter
`property.<name>`); the service reads each against the registry (api/services/property_filters.py): an unknown
property or a value not of its type is a 400 naming the parameter.
"""
import re

from marshmallow import ValidationError, fields, pre_load, validate

from .parameters import CommaList

PREFIX = "property."
KEY = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*(\.(min|max))?$")


def _keys(names):
    wrong = [name for name in names if not KEY.match(name)]
    if wrong:
        raise ValidationError(f"property.{wrong[0]}: name a property (snake_case), with .min or .max for a range.")


def property_filters():
    """The two filters, for collection_args of a kind that takes properties."""
    return {
        "property": CommaList(fields.String(validate=validate.Regexp(KEY)), metadata={
            "description": "Records holding a value (not deprecated) of one of these properties of the registry "
                           "(GET /v1/properties)."}),
        "property_values": fields.Dict(keys=fields.String(), values=fields.String(validate=validate.Length(max=300)),
                                       validate=_keys, data_key="property.<name>", metadata={
            "description": "property.<name>=<value>: records holding a value (not deprecated) of that property equal "
                           "to this one (a record's ID for a link property, a term, true or false, words exactly); "
                           "property.<name>.min= and .max=: a quantity's number at least or at most this, or a "
                           "date's bracket reaching on or after or on or before this day. Give one parameter per "
                           "property (property.founded_by=12&property.regime=martial_law); all must hold."}),
    }


class PropertyFiltersMixin:
    """Gathers the `property.<name>` parameters into `property_values` before the schema validates (unknown
    parameters are refused, and these names are the registry's)."""

    @pre_load
    def _gather_property_values(self, data, **kwargs):
        keys = [key for key in data if isinstance(key, str) and key.startswith(PREFIX)]
        if not keys:
            return data
        given = {key: data[key] for key in data if key not in keys}
        given["property.<name>"] = {key[len(PREFIX):]: data[key] for key in keys}
        return given
