"""Rows of the typed links between records (issue 10, migrations/0008): event -> event and statement ->
statement relations, events at further places, statements about actors and places, joint speakers and
further addressees, place aliases, actor memberships, and an actor's seat.

A row that links a record to another record of the same kind names its owner `subject` (the record whose
field it is) and the other record by the item's own name (`event`, `statement`, `actor`), because the item
field `event_id` is stored in column `event`.
"""
from peewee import BooleanField, CharField, DateField, FloatField, IntegerField, TextField

from .base import BaseModel, StableIdField
from .records import Actor, Event, Place, Source, Statement, Treaty, owned_by, refers_to

# An actor's seat (a place). Added here, after Place exists; the column sits at the end of the actor table.
Actor._meta.add_field("seat", refers_to(Place, "seated_actors", null=True))
# A place's description (migrations/0014): the column sits at the end of the place table.
Place._meta.add_field("description", TextField(null=True))
# A source's dateline (migrations/0042): its words as printed, and the place it names.
Source._meta.add_field("dateline", TextField(null=True))
Source._meta.add_field("dateline_place", refers_to(Place, "datelined_sources", null=True))
# A statement's further languages (a JSON list beside language); a person's age and occupation as reported; when
# a source was leaked (migrations/0067).
Statement._meta.add_field("other_languages", TextField(default="[]"))
# What a statement refuses, says is not agreed, and leaves unsaid (JSON lists; migrations/0069).
for _name in ("refusals", "not_agreed", "not_said"):
    Statement._meta.add_field(_name, TextField(default="[]"))
# A record's flat dates placed against another record or the report (JSON, schemas/relative_dates.py; 0077).
Event._meta.add_field("date_relative", TextField(null=True))
Statement._meta.add_field("date_relative", TextField(null=True))
# What a statement announces, pledges, threatens, and says another intends (JSON lists; migrations/0077).
for _name in ("announcements", "pledges", "threats", "intentions"):
    Statement._meta.add_field(_name, TextField(default="[]"))
# Who within the speaker spoke, unnamed: the reporting's words and the part of the body (migrations/0081).
Statement._meta.add_field("speaker_words", TextField(null=True))
Statement._meta.add_field("speaker_part", CharField(max_length=20, null=True))   # 20: rank_and_file (0116)
Event._meta.add_field("travel_means", TextField(null=True))   # how they moved (JSON list; null before: [])
Event._meta.add_field("service_disruptions", TextField(null=True))   # services cut (JSON list; migrations/0071)
Event._meta.add_field("ending", CharField(max_length=12, null=True))   # how it ended against its plan (0071)
Event._meta.add_field("recurrence", CharField(max_length=12, null=True))   # daily, weekly, repeated (0083)
Event._meta.add_field("legal_in_force_as_of", DateField(null=True))   # a legal action's in_force_as_of (0094)
Event._meta.add_field("covers", TextField(null=True))   # what a sanction covers (JSON list, read as []; 0099)
Event._meta.add_field("sites_near", TextField(null=True))   # kinds of site it was near (JSON list, read as []; 0104)
Actor._meta.add_field("age", IntegerField(null=True))
Actor._meta.add_field("age_as_of", DateField(null=True))
Actor._meta.add_field("occupation", TextField(null=True))
Actor._meta.add_field("valid_from_precision", CharField(max_length=5, null=True))   # month, year (0074)
Actor._meta.add_field("valid_to_precision", CharField(max_length=5, null=True))
Actor._meta.add_field("member_count", IntegerField(null=True))   # "the 10-nation ECCAS" (migrations/0078)
Actor._meta.add_field("member_count_as_of", DateField(null=True))
Actor._meta.add_field("aims", TextField(null=True))   # what it fights for (JSON list; null before: []; 0092)
Source._meta.add_field("leaked_date", DateField(null=True))
Source._meta.add_field("leaked_precision", CharField(max_length=5, null=True))
# Whether an event happened (planned, foiled, alleged...) and the occasion it was timed by (migrations/0068): not
# indexed, so that no planner reads the events by a column nearly all of whose rows hold one value.
Event._meta.add_field("occurrence", CharField(max_length=14, default="occurred"))
Event._meta.add_field("occasion_timing", TextField(null=True))   # JSON, schemas/occasions.py
# Where a treaty was signed (migrations/0058).
Treaty._meta.add_field("signed_at", refers_to(Place, "treaties_signed_at", null=True))
# Where an agreement was reached, not signed (migrations/0111): "agreed at Accra".
Treaty._meta.add_field("agreed_at", refers_to(Place, "treaties_agreed_at", null=True))


class EventRelation(BaseModel):
    """`subject` <relation> `event`: this event follows / is in response to / ends that event."""

    subject = owned_by(Event, "relation_rows", index=False)
    event = refers_to(Event, "related_from")
    relation = CharField(max_length=80)   # 80: local terms (migrations/0105)
    position = IntegerField()
    elapsed = TextField(null=True)   # how long after the other, as JSON {amount, unit, qualifier} (migrations/0039)

    class Meta:   # the same relation twice when its claim differs (migrations/0106): not unique
        indexes = ((("subject", "event", "relation"), False), (("event", "relation"), False))


class EventPlace(BaseModel):
    """A further place an event happened at, beyond its main place."""

    event = owned_by(Event, "place_rows", index=False)
    place = refers_to(Place, "other_events", null=True)   # null: a place not named (migrations/0019)
    location_precision = CharField(max_length=10, null=True)
    position = IntegerField()
    role = CharField(max_length=10, null=True)   # migrations/0014: at, from, to, via (null read as at)
    unknown = CharField(max_length=12, null=True)   # migrations/0019: unknown or undisclosed, when place is null
    # migrations/0042: a place described relative to a named one ("positions east of Khartoum"), its words as
    # printed, and "and its surroundings"
    relation = CharField(max_length=80, null=True)   # 80: local terms (migrations/0105)
    relative_to = refers_to(Place, "events_relative_to", null=True)
    words = TextField(null=True)
    with_surroundings = BooleanField(default=False)
    # migrations/0062 (mend-misc): how far from relative_to ("about 20 km north of Samraong")
    distance_km = FloatField(null=True)
    distance_qualifier = CharField(max_length=12, null=True)
    distance_vague = CharField(max_length=24, null=True)   # "a few km north of" (migrations/0079)
    # migrations/0113 (figs33): the kind of site the place is ("to hospitals in Japan"); 80: local terms
    site_category = CharField(max_length=80, null=True, index=True)

    class Meta:
        indexes = ((("event", "place"), True),)


class StatementRelation(BaseModel):
    """`subject` <relation> `statement`: this statement denies / retracts / replies to ... that one."""

    subject = owned_by(Statement, "relation_rows", index=False)
    statement = refers_to(Statement, "related_from")
    relation = CharField(max_length=80)   # 80: local terms (migrations/0105)
    position = IntegerField()
    extent = CharField(max_length=10, null=True)   # with denies, contradicts: whole, part, scale (migrations/0035)
    extent_words = TextField(null=True)
    elapsed = TextField(null=True)   # how long after the other, as JSON {amount, unit, qualifier} (migrations/0039)

    class Meta:   # the same relation twice when its claim differs (migrations/0106): not unique
        indexes = ((("subject", "statement", "relation"), False), (("statement", "relation"), False))


class StatementActor(BaseModel):
    statement = owned_by(Statement, "about_actor_rows", index=False)
    actor = refers_to(Actor, "statements_about_actor")
    position = IntegerField()

    class Meta:
        indexes = ((("statement", "actor"), True),)


class StatementNotNamed(BaseModel):
    """An actor a statement is reported NOT to name ("without naming Russia"; migrations/0058)."""

    statement = owned_by(Statement, "not_named_rows", index=False)
    actor = refers_to(Actor, "statements_not_naming")
    position = IntegerField()

    class Meta:
        indexes = ((("statement", "actor"), True),)


class StatementPlace(BaseModel):
    statement = owned_by(Statement, "about_place_rows", index=False)
    place = refers_to(Place, "statements_about_place")
    position = IntegerField()

    class Meta:
        indexes = ((("statement", "place"), True),)


class StatementSpeaker(BaseModel):
    """A speaker of a joint statement beyond the first (the statement's speaker_id)."""

    statement = owned_by(Statement, "speaker_rows", index=False)
    actor = refers_to(Actor, "joint_statements")
    position = IntegerField()

    class Meta:
        indexes = ((("statement", "actor"), True),)


class StatementAddressee(BaseModel):
    """An addressee beyond the first (the statement's addressee_id)."""

    statement = owned_by(Statement, "addressee_rows", index=False)
    actor = refers_to(Actor, "co_addressed_statements")
    position = IntegerField()

    class Meta:
        indexes = ((("statement", "actor"), True),)


class PlaceAlias(BaseModel):
    id = StableIdField()
    place = owned_by(Place, "alias_rows")
    name = TextField()
    language = CharField(max_length=2, null=True)
    position = IntegerField()


class ActorMembership(BaseModel):
    """`member` is (or was) a member of the body `actor`, from `joined` to `left` (reported dates, as JSON)."""

    member = owned_by(Actor, "membership_rows", index=False)
    actor = refers_to(Actor, "member_rows")
    joined = TextField(null=True)
    left = TextField(null=True)
    position = IntegerField()
    verification = CharField(max_length=20, null=True)   # "reportedly part of" (migrations/0027)
    claimant = refers_to(Actor, "claimed_memberships", null=True)   # who says so (migrations/0059)
    attribution = CharField(max_length=10, default="source")   # named, source, unnamed (migrations/0059)
    note = TextField(null=True)   # migrations/0059

    class Meta:
        indexes = ((("member", "actor"), False), (("actor", "member"), False))


class ActorRelation(BaseModel):
    """`subject` <relation> `actor`: this actor is backed by / allied with ... that one, from `since` to `until`
    (reported dates, as JSON). migrations/0014."""

    subject = owned_by(Actor, "relation_rows", index=False)
    actor = refers_to(Actor, "related_from", index=False)
    relation = CharField(max_length=80)   # 80: local terms (migrations/0105)
    since = TextField(null=True)
    until = TextField(null=True)
    position = IntegerField()
    claimant = refers_to(Actor, "claimed_actor_relations", null=True)   # who says so (migrations/0024)
    attribution = CharField(max_length=10, default="source")   # named, source, unnamed (migrations/0027)
    verification = CharField(max_length=20, null=True, index=True)   # how sure (migrations/0027)
    note = TextField(null=True)   # migrations/0035
    support_kinds = TextField(default="[]")   # with backed_by: a JSON list of SUPPORT_KINDS (migrations/0035)
    of_country = CharField(max_length=3, null=True)   # with recognises (migrations/0035)
    # migrations/0065 (mend-claims2): an unnamed claimant in words ("Western governments say"; schemas/unnamed.py)
    claimant_words = TextField(null=True)
    claimant_kind = CharField(max_length=80, null=True)   # 80: local terms (migrations/0105)
    claimant_country = CharField(max_length=3, null=True)
    proportion = CharField(max_length=12, null=True)   # with from_community: 'mostly Muslim' (migrations/0078)
    designation = CharField(max_length=24, null=True)   # with designated_by: banned, extremist (0082)
    seniority = CharField(max_length=12, null=True)   # with adviser_to...: top, senior, junior (0094)

    class Meta:   # the same relation twice when what is said differs (its sources, claimant): not unique (0024)
        indexes = ((("subject", "actor", "relation"), False), (("actor", "relation"), False))


class PlaceRelation(BaseModel):
    """`subject` <relation> `place` (and `and_place`): this place is north of / near / on the road between ...
    (migrations/0019)."""

    subject = owned_by(Place, "relation_rows", index=False)
    place = refers_to(Place, "related_from", null=True)   # null: a coast not named, between two sides (0110)
    relation = CharField(max_length=80)   # 80: local terms (migrations/0105)
    and_place = refers_to(Place, "related_from_second", null=True)
    distance_km = FloatField(null=True)
    qualifier = CharField(max_length=12, null=True)
    position = IntegerField()
    claimant = refers_to(Actor, "claimed_place_relations", null=True)   # who says so (migrations/0024)
    attribution = CharField(max_length=10, default="source")   # named, source, unnamed (migrations/0027)
    verification = CharField(max_length=20, null=True, index=True)   # how sure (migrations/0027)
    note = TextField(null=True)   # migrations/0035
    since = TextField(null=True)   # reported dates, as JSON (migrations/0035): a capital since, until
    until = TextField(null=True)
    side = CharField(max_length=8, null=True)   # with on_bank_of: which bank (migrations/0042)
    across = refers_to(Place, "between_opposites", null=True)   # with opposite: the water between (0042)
    part = CharField(max_length=10, null=True)   # with within: the part of the other place, north... (0079)
    distance_vague = CharField(max_length=24, null=True)   # "a few km north of" (migrations/0079)
    actor = refers_to(Actor, "place_relations_between", null=True)   # with between: two sides' areas (0110)
    and_actor = refers_to(Actor, "place_relations_between_second", null=True)

    class Meta:   # "15 km north (Reuters)" and "less than 10 km north (AFP)" both stand: not unique (0024)
        indexes = ((("subject", "place", "relation"), False), (("place", "relation"), False))


class ActorPlace(BaseModel):
    """`subject` <relation> `place`: this actor is based in / operates in that place ("Pakistan-based
    militants"), from `since` to `until` (reported dates, as JSON), as claimed. migrations/0052."""

    subject = owned_by(Actor, "place_rows", index=False)
    place = refers_to(Place, "based_actors", index=False)   # the (place, relation) index serves it
    relation = CharField(max_length=80)   # 80: local terms (migrations/0105)
    since = TextField(null=True)
    until = TextField(null=True)
    position = IntegerField()
    claimant = refers_to(Actor, "claimed_actor_places", null=True)
    attribution = CharField(max_length=10, default="source")
    verification = CharField(max_length=20, null=True)
    note = TextField(null=True)

    class Meta:
        indexes = ((("subject", "position"), False), (("place", "relation"), False))


class ActorPlaceSource(BaseModel):
    """A source that reports where an actor is based (migrations/0052)."""

    relation = owned_by(ActorPlace, "source_rows", index=False)
    source = refers_to(Source, "actor_place_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("relation", "source"), True),)


class ActorRelationSource(BaseModel):
    """A source that reports an actor relation (migrations/0024)."""

    relation = owned_by(ActorRelation, "source_rows", index=False)
    source = refers_to(Source, "actor_relation_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("relation", "source"), True),)


class ActorRelationDenial(BaseModel):
    """A statement that denies an actor relation ("Rwanda denied backing M23"; migrations/0058)."""

    relation = owned_by(ActorRelation, "denial_rows", index=False)
    statement = refers_to(Statement, "denied_actor_relations")
    position = IntegerField()

    class Meta:
        indexes = ((("relation", "statement"), True),)


class PlaceRelationSource(BaseModel):
    """A source that reports a place relation (migrations/0024)."""

    relation = owned_by(PlaceRelation, "source_rows", index=False)
    source = refers_to(Source, "place_relation_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("relation", "source"), True),)
