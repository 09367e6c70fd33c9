"""The example data: JSON files in fixtures/, loaded through the same validation and writes as any curator's.

Each record in a fixture file carries its ID, so records can point at each other and a second load can tell
what is already there: a record whose ID exists is left alone (never overwritten: a curator may have
corrected it since), which makes loading idempotent.
"""
import os

import fixtures as fixtures_package
from schemas import INPUT_SCHEMAS

from .. import db, jsonio
from ..db import database
from ..models import PORTABLE_MODELS
from . import records

EXAMPLE_DATA = records.Change(token_name="example data", note="Loaded from the example data.")
DIRECTORY = os.path.dirname(os.path.abspath(fixtures_package.__file__))
# Referenced kinds first.
ORDER = ("sources", "actors", "places", "treaties", "events", "statements")


def read(directory=DIRECTORY):
    """kind -> list of records, as stored in <directory>/<kind>.json."""
    data = {}
    for kind in ORDER:
        path = os.path.join(directory, f"{kind}.json")
        if os.path.exists(path):
            with open(path, "rb") as fh:
                data[kind] = jsonio.loads(fh.read())
    return data


def load(directory=DIRECTORY):
    """Load the fixtures; returns {kind: (created, already there)}. Each record is validated by its kind's
    schema (a broken fixture fails loudly, naming the record) and written with its history."""
    report = {}
    with database.connection_context():
        for kind_name, items in read(directory).items():
            kind = records.kind_of(kind_name)
            schema = INPUT_SCHEMAS[kind_name]()
            created = existing = 0
            for item in items:
                item = dict(item)
                record_id = item.pop("id")
                if kind.model.select().where(kind.model.id == record_id).exists():
                    existing += 1
                    continue
                try:
                    data = schema.load(item)
                    records.create(kind, data, EXAMPLE_DATA, record_id=record_id)
                except Exception as exc:
                    raise ValueError(f"fixtures/{kind_name}.json, record {record_id}: {exc}") from exc
                created += 1
            report[kind_name] = (created, existing)
        db.reset_sequences(PORTABLE_MODELS)  # the fixtures chose their IDs; later creates must not collide
    return report


def database_is_empty():
    with database.connection_context():
        return not any(records.kind_of(name).model.select().exists() for name in ORDER)
