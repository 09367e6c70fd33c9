"""The property values a record holds (issue 10, props; api/models/properties.py), as a response shows them:
the item schema's fields (schemas/property_values.py), links by ID, the value as stored (its normal form)."""
from collections import defaultdict

from . import jsonio, sql
from .refs import sources_cited


def property_values(owner_column, ids):
    """record id -> [value, ...] in the order given, for the records of the kind whose values hang on
    `owner_column` (property_value.actor, .event, ...)."""
    from .models import PropertyValue, PropertyValueSource

    values = defaultdict(list)
    found = sql.owned_records(PropertyValue, owner_column, ids)
    cited = sources_cited(PropertyValueSource, "claim", [row["id"] for row in found], False)
    for row in found:
        values[row[owner_column]].append({
            "property": row["property"], "value": jsonio.loads(row["value"]),
            "claimant": row["claimant"], "attribution": row["attribution"],
            "claimant_words": row["claimant_words"], "claimant_kind": row["claimant_kind"],
            "claimant_country": row["claimant_country"], "rank": row["rank"], "as_of": row["as_of"],
            "as_of_precision": row["as_of_precision"], "note": row["note"], "sources": cited[row["id"]]})
    return values


def with_properties(loader, owner_column):
    """A kind's lists and its property values."""
    def lists(ids, shape):
        found = loader(ids, shape)
        if shape.wants("properties"):
            found["properties"] = property_values(owner_column, ids)
        return found
    return lists
