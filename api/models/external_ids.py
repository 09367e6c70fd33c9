"""The external IDs of events, treaties, statements and sources (migrations/0018), stored as the actors' and
places' always were: one table per kind, a row per (record, scheme), owned by the record.

One table per kind rather than one table for all: each row then has a real foreign key to its record, so it
is deleted with it (ON DELETE CASCADE), a redaction's scrub and the engine transfer find it through the
model's backrefs like every other owned row, and the write path (api/services/declared.py) stores and reads
it from the `rows` declaration with no code of its own. A lookup by (scheme, value) is one indexed query on
the table of the kind a field links to, which is the only kind a reference may name.
"""
from peewee import CharField, TextField

from .base import BaseModel, StableIdField
from .records import Event, Source, Statement, Treaty, owned_by


def _external_id_model(name, record_model, owner):
    meta = type("Meta", (), {"indexes": (((owner, "scheme"), True), (("scheme", "value"), False))})
    return type(name, (BaseModel,), {
        "__module__": __name__, "id": StableIdField(), owner: owned_by(record_model, "external_id_rows", index=False),
        "scheme": CharField(max_length=20), "value": TextField(), "Meta": meta})


SourceExternalId = _external_id_model("SourceExternalId", Source, "source")
EventExternalId = _external_id_model("EventExternalId", Event, "event")
TreatyExternalId = _external_id_model("TreatyExternalId", Treaty, "treaty")
StatementExternalId = _external_id_model("StatementExternalId", Statement, "statement")
MODELS = [SourceExternalId, EventExternalId, TreatyExternalId, StatementExternalId]
