"""The records of conflict-facts and the rows that link them.

Top-level records (Source, Actor, Place, Event, Treaty, Statement) have stable IDs and versions. The rows
that belong to one record (aliases, participants, figures, provisions, ...) are written and replaced
together with it; foreign keys between records are RESTRICT, so the database itself refuses a delete that
would leave a dangling link, and the service reports who still refers to what before that happens.
"""
from peewee import (BooleanField, CharField, DateField, DoubleField, ForeignKeyField, IntegerField, TextField)

from .base import BaseModel, Record, StableIdField, owned_by, refers_to  # noqa: F401 (imported from here too)


# The rows an event's representation reads for a page or an export batch (participants, treaty links,
# figures, sources) are found by (event, position) indexes that also hold the columns read, so SQLite and
# PostgreSQL answer from the index alone, already in the order given, without visiting the table's rows
# (migrations/0005).


class Source(Record):
    url = TextField(null=True)
    # null: the source has no title, or it is not known (migrations/0009); indexed for imports (0028)
    title = TextField(null=True, index=True)
    publisher = TextField(null=True)
    published_date = DateField(null=True)
    retrieved_date = DateField(null=True)
    excerpt = TextField(null=True)
    # The rest of the publication date as reported (schemas/flatdates.py), migrations/0012.
    published_end = DateField(null=True)
    published_precision = CharField(max_length=10, default="day")
    published_end_precision = CharField(max_length=10, null=True)   # null: as published_precision (0025)
    published_bound = CharField(max_length=20, null=True)
    published_edtf = CharField(max_length=100, null=True)   # derived, not free text: kept by a redaction
    publishers = TextField(null=True)   # JSON list of co-publishers (migrations/0020); null before it
    # the publisher's country and owner (migrations/0049): "Sputnik, Russia's state news agency"
    country = CharField(max_length=3, null=True, index=True)
    # owner: added after Actor below (an actor is declared after the sources it may own)


class Actor(Record):
    name = TextField(index=True)
    kind = CharField(max_length=80, index=True)   # 80: local terms (migrations/0105)
    country = CharField(max_length=3, null=True, index=True)
    parent = ForeignKeyField("self", backref="children", null=True, on_delete="RESTRICT", index=True)
    role_title = TextField(null=True)
    description = TextField(null=True)
    valid_from = DateField(null=True)
    valid_to = DateField(null=True)
    unidentified = BooleanField(default=False, index=True)   # not named by the reporting (migrations/0027)


class ActorAlias(BaseModel):
    id = StableIdField()
    actor = owned_by(Actor, "alias_rows")
    name = TextField(column_name="alias")   # the column keeps its old name (migrations/0008)
    language = CharField(max_length=2, null=True)
    position = IntegerField()


class ActorExternalId(BaseModel):
    id = StableIdField()
    actor = owned_by(Actor, "external_id_rows")
    scheme = CharField(max_length=20)
    value = TextField()

    class Meta:
        indexes = ((("scheme", "value"), False), (("actor", "scheme"), True))


# the actor that owns or runs a source's publisher (migrations/0049): "Sputnik, Russia's state news agency"
Source._meta.add_field("owner", refers_to(Actor, "sources_owned", null=True))


class Place(Record):
    name = TextField(index=True)
    kind = CharField(max_length=80, index=True)   # 80: local terms (migrations/0105)
    country = CharField(max_length=3, null=True, index=True)
    parent = ForeignKeyField("self", backref="children", null=True, on_delete="RESTRICT", index=True)
    latitude = DoubleField(null=True)
    longitude = DoubleField(null=True)


class PlaceExternalId(BaseModel):
    id = StableIdField()
    place = owned_by(Place, "external_id_rows")
    scheme = CharField(max_length=20)
    value = TextField()

    class Meta:
        indexes = ((("scheme", "value"), False), (("place", "scheme"), True))


class Treaty(Record):
    name = TextField()
    kind = CharField(max_length=80, index=True)   # 80: local terms (migrations/0093)
    status = CharField(max_length=20, index=True)
    signed_date = DateField(null=True)
    in_force_date = DateField(null=True)
    ended_date = DateField(null=True)
    date_precision = CharField(max_length=10, null=True)   # null without signed_date and ended_date (0096)
    summary = TextField(null=True)
    # The rest of each reported date (schemas/flatdates.py), migrations/0009.
    signed_time = CharField(max_length=16, null=True)   # HH:MM:SS or a part of the day (schemas/dates.py; 16: 0123)
    signed_time_zone = CharField(max_length=64, null=True)
    signed_bound = CharField(max_length=20, null=True)
    signed_edtf = CharField(max_length=100, null=True)
    in_force_precision = CharField(max_length=10, null=True)   # null without in_force_date (migrations/0033)
    in_force_time = CharField(max_length=16, null=True)   # HH:MM:SS or a part of the day (schemas/dates.py; 16: 0123)
    in_force_time_zone = CharField(max_length=64, null=True)
    in_force_bound = CharField(max_length=20, null=True)
    in_force_edtf = CharField(max_length=100, null=True)
    ended_time = CharField(max_length=16, null=True)   # HH:MM:SS or a part of the day (schemas/dates.py; 16: 0123)
    ended_time_zone = CharField(max_length=64, null=True)
    ended_bound = CharField(max_length=20, null=True)
    ended_edtf = CharField(max_length=100, null=True)
    phases = TextField(default="[]")   # the phases it is carried out in, as JSON (migrations/0027)
    # whether its text was made public, and as of when (migrations/0043)
    text_published = CharField(max_length=20, null=True, index=True)
    unidentified = BooleanField(default=False, index=True)   # an agreement the reporting does not name (0061)
    text_published_as_of = DateField(null=True)


class TreatyParty(BaseModel):
    id = StableIdField()
    treaty = owned_by(Treaty, "party_rows")
    actor = refers_to(Actor, "treaty_parties")
    joined = DateField(null=True)
    left = DateField(null=True)
    position = IntegerField()
    # Treaty structure (migrations/0011): the role, who signed for the actor, its dated participation
    # changes (JSON list, read and written whole: schemas/treaty_structure.py) and a note.
    role = CharField(max_length=80, default="party")   # 80: local terms (migrations/0105)
    signed_by = refers_to(Actor, "treaties_signed", null=True)
    participation = TextField(default="[]")
    note = TextField(null=True)
    # who says the actor had this role, from which sources (migrations/0049; schemas/provisions.py
    # ProvisionClaimMixin): "Trump credited US mediation"
    claimant = refers_to(Actor, "claimed_party_entries", null=True)
    attribution = CharField(max_length=10, null=True)   # null: as claimant (schemas/claims.attribution_of)
    rank = CharField(max_length=12, null=True)   # null reads as normal
    source_ids = TextField(default="[]")   # JSON list, checked when written

    class Meta:
        indexes = ((("treaty", "actor", "role"), True),)


class Provision(BaseModel):
    """A clause of a treaty. Its ID is public: statements cite the clause they invoke."""

    id = StableIdField()
    treaty = owned_by(Treaty, "provision_rows")
    key = CharField(max_length=40, null=True)
    article = TextField(null=True)
    type = CharField(max_length=80, index=True)   # was `obligation` (migrations/0010); 80: local terms (0093)
    summary = TextField()
    # Descriptive parts, read and written whole as JSON (they refer to no record that a delete must respect
    # but conditions' actors, checked on write): schemas/provisions.py.
    figures = TextField(default="[]")
    deadlines = TextField(default="[]")
    term = TextField(null=True)
    conditions = TextField(default="[]")
    site_categories = TextField(default="[]")   # migrations/0015
    phase = CharField(max_length=40, null=True)   # the key of the treaty's phase (migrations/0027)
    # migrations/0033: how binding its wording is (a column, for ?modality=), its scope and covered items, and
    # its links to other provisions (JSON, like conditions)
    modality = CharField(max_length=20, null=True, index=True)
    pace = CharField(max_length=12, null=True)   # immediate, gradual, phased (migrations/0078)
    scope = TextField(null=True)
    covers = TextField(default="[]")
    links = TextField(default="[]")
    position = IntegerField()
    # migrations/0040: the reason the text gives (claimed_reasons, a column for ?provision_reason=) and its words
    reason = CharField(max_length=80, null=True, index=True)   # 80: local terms (migrations/0093)
    reason_words = TextField(null=True)
    # who says the text provides this, from which sources (migrations/0049): "Hamas said Israel would halt
    # drone flights"
    claimant = refers_to(Actor, "claimed_provisions", null=True)
    attribution = CharField(max_length=10, null=True)
    rank = CharField(max_length=12, null=True)
    source_ids = TextField(default="[]")


class TreatySource(BaseModel):
    treaty = owned_by(Treaty, "source_rows")
    source = refers_to(Source, "treaty_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("treaty", "source"), True),)


class Event(Record):
    title = TextField()
    type = CharField(max_length=20, index=True)
    mode = TextField(null=True)
    context = TextField(null=True)
    date_start = DateField(null=True, index=True)   # null: date_precision unknown (migrations/0034)
    date_end = DateField(null=True, index=True)
    date_precision = CharField(max_length=10)
    date_end_precision = CharField(max_length=10, null=True)   # null: as date_precision (migrations/0025)
    date_part = CharField(max_length=5, null=True)   # early, mid, late (migrations/0034)
    date_end_part = CharField(max_length=5, null=True)   # the part date_end is in (migrations/0057)
    place = refers_to(Place, "events", null=True)
    location_precision = CharField(max_length=10, null=True)
    site_categories = TextField(default="[]")   # migrations/0048: the kinds of site hit (JSON)
    summary = TextField(null=True)
    parent = ForeignKeyField("self", backref="children", null=True, on_delete="RESTRICT", index=True)
    # The rest of the reported date (schemas/flatdates.py), migrations/0009.
    time_start = CharField(max_length=16, null=True)   # HH:MM:SS or a part of the day (schemas/dates.py; 16: 0123)
    time_end = CharField(max_length=16, null=True)   # HH:MM:SS or a part of the day (schemas/dates.py; 16: 0123)
    time_zone = CharField(max_length=64, null=True)
    date_bound = CharField(max_length=20, null=True)
    date_edtf = CharField(max_length=100, null=True)   # derived, not free text: kept by a redaction
    # migrations/0020: a legal action (JSON, schemas/legal.py) and its plain columns for the filters.
    legal = TextField(null=True)
    legal_status = CharField(max_length=20, null=True, index=True)
    legal_charges = TextField(null=True)
    # migrations/0024: how sure the reporting is, and the source that says so (schemas/verification.py)
    verification = CharField(max_length=20, null=True, index=True)
    verification_source = refers_to(Source, "verified_events", null=True)

    class Meta:
        # the events of one place and month, which a write's rollup upkeep sums again (migrations/0050)
        indexes = ((("place", "date_start"), False),)


class Participant(BaseModel):
    id = StableIdField()
    event = owned_by(Event, "participant_rows", index=False)
    actor = refers_to(Actor, "participations", index=False)
    role = CharField(max_length=80)   # 80: local terms (migrations/0105)
    position = IntegerField()
    # whom the actor took part for (migrations/0019)
    on_behalf_of = refers_to(Actor, "participations_for", null=True)

    class Meta:
        # (event, position, ...) covers a page's participants, whom they took part for too (migrations/0019)
        indexes = ((("actor", "event"), False), (("event", "actor", "role"), True),
                   (("event", "position", "actor", "role", "on_behalf_of", "actor_part"), False))


class EventTreaty(BaseModel):
    id = StableIdField()
    event = owned_by(Event, "treaty_rows", index=False)
    treaty = refers_to(Treaty, "event_links")
    link = CharField(max_length=20)
    provision = refers_to(Provision, "event_links", null=True)   # the clause carried out or breached (0010)
    position = IntegerField()
    timing = TextField(null=True)   # before or after one of the treaty's dated points, as JSON (migrations/0047)
    # claimant, attribution, verification, note: api/models/carried.py (migrations/0059)

    class Meta:
        # the claimant too (migrations/0079): two sides may each say the event breached the treaty
        indexes = ((("event", "treaty", "link", "provision", "claimant"), True),
                   (("event", "position", "treaty", "link"), False))


class EventSource(BaseModel):
    event = owned_by(Event, "source_rows", index=False)
    source = refers_to(Source, "event_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("event", "source"), True), (("event", "position", "source"), False))


class Statement(Record):
    speaker = refers_to(Actor, "statements", null=True)   # null: not known (migrations/0097)
    addressee = refers_to(Actor, "addressed_statements", null=True)
    date = DateField(index=True, null=True)   # null: the reporting does not say (date_precision unknown, 0025)
    medium = CharField(max_length=20)
    quote = TextField(null=True)
    language = CharField(max_length=2, null=True)
    summary = TextField(null=True)
    stance = CharField(max_length=80, null=True, index=True)   # 80: local terms (migrations/0105)
    # The rest of the reported date (schemas/flatdates.py), migrations/0009.
    date_end = DateField(null=True)
    date_precision = CharField(max_length=10)
    date_end_precision = CharField(max_length=10, null=True)   # null: as date_precision (migrations/0025)
    said_at = refers_to(Place, "statements_said_at", null=True)   # where it was made (migrations/0025)
    time = CharField(max_length=16, null=True)   # HH:MM:SS or a part of the day (schemas/dates.py; 16: 0123)
    time_zone = CharField(max_length=64, null=True)
    time_qualifier = CharField(max_length=10, null=True)   # "about 10 a.m.", "after Friday prayers" (0063)
    occasion_timing = TextField(null=True)   # JSON, schemas/occasions.py
    date_bound = CharField(max_length=20, null=True)
    date_edtf = CharField(max_length=100, null=True)   # derived, not free text: kept by a redaction
    conditions = TextField(default="[]")   # JSON list, the shape of a provision's conditions (0010)
    # speaking for another, carried by another (migrations/0035)
    on_behalf_of = refers_to(Actor, "statements_on_behalf", null=True)
    relayed_by = refers_to(Actor, "statements_relayed", null=True)
    # several passages quoted, several stances (migrations/0040): JSON lists after quote and stance
    other_quotes = TextField(default="[]")
    other_stances = TextField(default="[]")
    # where it was made public and whose channel; what it asks for and offers (JSON lists) (migrations/0043)
    platform = CharField(max_length=80, null=True, index=True)   # 80: local terms (migrations/0093)
    channel = refers_to(Actor, "statements_carried", null=True)
    channel_name = TextField(null=True)
    live = BooleanField(null=True)   # "broadcast live" (migrations/0063)
    requests = TextField(default="[]")
    offers = TextField(default="[]")
    # the event it was made at, and how sure the reporting is that it was made (migrations/0049)
    said_during_event = refers_to(Event, "statements_said_during", null=True)
    verification = CharField(max_length=20, null=True, index=True)
    verification_source = refers_to(Source, "verified_statements", null=True)


class StatementEvent(BaseModel):
    statement = owned_by(Statement, "event_rows")
    event = refers_to(Event, "statements_about")
    position = IntegerField()

    class Meta:
        indexes = ((("statement", "event"), True),)


class StatementTreaty(BaseModel):
    id = StableIdField()
    statement = owned_by(Statement, "treaty_rows")
    treaty = refers_to(Treaty, "statements_about")
    provision = refers_to(Provision, "statements_invoking", null=True)
    position = IntegerField()
    timing = TextField(null=True)   # before or after one of the treaty's dated points, as JSON (migrations/0047)
    link = CharField(max_length=20, null=True)   # built_on_by: the treaty builds on the statement (0066)

    class Meta:
        indexes = ((("statement", "treaty", "provision"), True),)


# StatementStatement (the untyped 'about' links) became relations.StatementRelation (migrations/0008).


class StatementSource(BaseModel):
    statement = owned_by(Statement, "source_rows")
    source = refers_to(Source, "statement_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("statement", "source"), True),)


# A partial index of the live records of each kind (tombstones left out): what `count=true` without other
# filters counts from, instead of scanning the whole table for `deleted_at IS NULL` (migrations/0004).
for _record in (Source, Actor, Place, Treaty, Event, Statement):
    _record.add_index(_record.index(_record.id, name=f"{_record._meta.table_name}_live",
                                    where=_record.deleted_at.is_null()))
del _record
