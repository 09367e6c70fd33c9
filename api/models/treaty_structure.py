"""The rows of a treaty's structure over time (migrations/0011): its dated status history, each change a
claim with its sources, and its relations to other treaties. Parties' roles and participation live on
TreatyParty (records.py)."""
from peewee import BooleanField, CharField, DateField, IntegerField, TextField

from .base import BaseModel, StableIdField
from .records import Actor, Source, Treaty, owned_by, refers_to


class TreatyStatusChange(BaseModel):
    """A dated change of a treaty's status, as one claimant reports it. Its ID is public (kept by PUT)."""

    id = StableIdField()
    treaty = owned_by(Treaty, "status_rows", index=False)
    status = CharField(max_length=20)
    date = TextField(null=True)      # the reported date, JSON (schemas/dates.py), read and written whole
    day = DateField(null=True)       # its `date` (first day, or the bound): what in_force_on compares
    until = TextField(null=True)     # the reported new end (an extension), JSON (migrations/0015)
    until_day = DateField(null=True) # its `date`: the last day in_force_on counts the entry in force
    claimant = refers_to(Actor, "claimed_treaty_statuses", null=True)
    attribution = CharField(max_length=10, default="source")   # named, source or unnamed (migrations/0016)
    rank = CharField(max_length=20)
    qualifier = CharField(max_length=20, null=True)
    as_of = DateField(null=True)
    as_of_part = CharField(max_length=5, null=True)   # early, mid, late of as_of's month (migrations/0057)
    as_of_precision = CharField(max_length=5, null=True)   # week, month, year (migrations/0074)
    note = TextField(null=True)
    position = IntegerField()
    extension = TextField(null=True)  # by how much an extension extended the term, JSON {amount, unit} (0017)
    occasion_timing = TextField(null=True)   # JSON, schemas/occasions.py (migrations/0078)
    de_facto = BooleanField(null=True)   # holds in fact, not formally (migrations/0095); null: false
    reason = CharField(max_length=80, null=True)   # why it changed (migrations/0103, cond30); 80: local terms
    reason_words = TextField(null=True)
    blamed_actor_ids = TextField(null=True)   # JSON list of actor IDs, checked when written; null: []
    cited_event_ids = TextField(null=True)    # JSON list of event IDs, likewise
    claimant_words = TextField(null=True)     # unnamed claimants in words (schemas/unnamed.py)
    claimant_kind = CharField(max_length=80, null=True)   # 80: local terms (migrations/0105)
    claimant_country = CharField(max_length=3, null=True)

    class Meta:
        indexes = ((("treaty", "position"), False),)


class TreatyStatusChangeSource(BaseModel):
    change = owned_by(TreatyStatusChange, "source_rows", index=False)
    source = refers_to(Source, "treaty_status_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("change", "source"), True),)


class TreatyStatusChangeActor(BaseModel):
    """Who made a status change (agreed an extension, suspended, withdrew): migrations/0017."""

    change = owned_by(TreatyStatusChange, "actor_rows", index=False)
    actor = refers_to(Actor, "treaty_status_changes")
    position = IntegerField()

    class Meta:
        indexes = ((("change", "actor"), True),)


class TreatyRelation(BaseModel):
    """`owner` says `relation` of `treaty`: the Minsk II package `implements` the Minsk Protocol."""

    owner = owned_by(Treaty, "relation_rows", index=False)
    treaty = refers_to(Treaty, "related_by")
    relation = CharField(max_length=80)   # 80: local terms (migrations/0105)
    position = IntegerField()

    class Meta:
        indexes = ((("owner", "treaty", "relation"), False),)   # not unique: two claims of it (0106)


class TreatyAlias(BaseModel):
    """Another name of a treaty ("the Washington Accords"), in a language or none (migrations/0058)."""

    id = StableIdField()
    treaty = owned_by(Treaty, "alias_rows")
    name = TextField()
    language = CharField(max_length=2, null=True)
    position = IntegerField()
