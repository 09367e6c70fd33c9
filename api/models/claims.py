"""An event's claims: one claimant's version of its dates, place or a participant (migrations/0007).

Owned by the event like its figures, with public IDs kept across a PUT; each cites its sources in rows."""
from peewee import BooleanField, CharField, DateField, DoubleField, IntegerField, TextField

from .base import BaseModel, StableIdField
from .records import Actor, Event, Place, Source, Statement, owned_by, refers_to


class EventClaim(BaseModel):
    id = StableIdField()
    event = owned_by(Event, "claim_rows", index=False)
    dates = TextField(null=True)   # the reported date as JSON, read and written whole (schemas/dates.py)
    claimed_first = DateField(null=True)   # from `dates` (schemas/dates.claimed_days): dates=any (migrations/0054)
    claimed_last = DateField(null=True)
    place = refers_to(Place, "claimed_events", null=True)
    actor = refers_to(Actor, "claimed_participations", null=True)
    role = CharField(max_length=80, null=True)   # 80: local terms (migrations/0105, as relation, cause)
    took_part = BooleanField(null=True)
    claimant = refers_to(Actor, "event_claims", null=True)
    attribution = CharField(max_length=10, default="source")   # named, source or unnamed (migrations/0016)
    rank = CharField(max_length=12, default="normal")
    qualifier = CharField(max_length=12, null=True)
    as_of = DateField(null=True)
    as_of_part = CharField(max_length=5, null=True)   # early, mid, late of as_of's month (migrations/0057)
    as_of_precision = CharField(max_length=5, null=True)   # week, month, year (migrations/0074)
    note = TextField(null=True)
    position = IntegerField()
    # migrations/0019: whom a claimed participant took part for; who holds a place; a claimed relation
    on_behalf_of = refers_to(Actor, "claimed_participations_for", null=True)
    control = CharField(max_length=12, null=True)
    controlled_by = refers_to(Actor, "claimed_control", null=True)
    control_of = refers_to(Place, "control_claims", null=True)
    control_part = TextField(null=True)
    control_share = DoubleField(null=True)   # percent of the place held, with control partial (migrations/0070)
    related_event = refers_to(Event, "claimed_related_from", null=True)
    relation = CharField(max_length=80, null=True)
    # migrations/0020: a superlative claim (JSON, schemas/legal.py) and its measure for superlative=.
    superlative = TextField(null=True)
    superlative_measure = CharField(max_length=20, null=True, index=True)
    # migrations/0024: how sure the reporting is, and the source that says so (schemas/verification.py)
    verification = CharField(max_length=20, null=True, index=True)
    verification_source = refers_to(Source, "verified_event_claims", null=True)
    reason = CharField(max_length=80, null=True, index=True)   # migrations/0034: a reason as claimed; 80: 0093
    # migrations/0039: a presence (with equipment, JSON, and its kind for equipment=), a cause, a believed target
    presence = CharField(max_length=20, null=True, index=True)
    equipment = TextField(null=True)
    equipment_kind = CharField(max_length=80, null=True, index=True)   # 80: local terms (migrations/0093)
    cause = CharField(max_length=80, null=True, index=True)
    believed_target = refers_to(Actor, "believed_targeted_in", null=True)
    believed_target_words = TextField(null=True)
    # migrations/0048: the kinds of site it says were hit (JSON) and the actor it links them to
    site_categories = TextField(default="[]")
    site_actor = refers_to(Actor, "linked_sites", null=True)
    # migrations/0049 (mend-actors): an unnamed claimant in words, its kind and country (schemas/unnamed.py)
    claimant_words = TextField(null=True)
    claimant_kind = CharField(max_length=80, null=True)   # 80: local terms (migrations/0105)
    claimant_country = CharField(max_length=3, null=True)
    # migrations/0065 (mend-claims2): the event's type and mode as the claimant gives them (claimed_type=)
    type = CharField(max_length=30, null=True, index=True)
    mode = TextField(null=True)
    claimant_hedge = CharField(max_length=12, null=True, index=True)   # the claimant's own hedge (0065)
    occurrence = CharField(max_length=14, null=True, index=True)   # whether it happened, as claimed (0068)

    class Meta:
        indexes = ((("event", "position", "id"), False),)


class EventClaimSource(BaseModel):
    claim = owned_by(EventClaim, "source_rows")
    source = refers_to(Source, "event_claim_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("claim", "source"), True),)


class EventClaimCandidate(BaseModel):
    """The actors a claim names as candidates, one of whom it says took part without saying which ("one of the
    two soldiers killed him"): migrations/0040. Rows, so that an actor named there cannot be deleted."""

    claim = owned_by(EventClaim, "candidate_rows", index=False)
    actor = refers_to(Actor, "claimed_candidacies")
    position = IntegerField()

    class Meta:
        indexes = ((("claim", "actor"), True),)


class StatementClaim(BaseModel):
    """One outlet's or claimant's version of how a statement was made (its medium), beside the statement's own
    `medium`, the curators' reading (migrations/0027)."""

    id = StableIdField()
    statement = owned_by(Statement, "claim_rows", index=False)
    medium = CharField(max_length=20)
    claimant = refers_to(Actor, "statement_claims", null=True)
    attribution = CharField(max_length=10, default="source")
    rank = CharField(max_length=12, default="normal")
    qualifier = CharField(max_length=12, null=True)
    as_of = DateField(null=True)
    as_of_part = CharField(max_length=5, null=True)   # early, mid, late of as_of's month (migrations/0057)
    as_of_precision = CharField(max_length=5, null=True)   # week, month, year (migrations/0074)
    note = TextField(null=True)
    position = IntegerField()

    class Meta:
        indexes = ((("statement", "position", "id"), False), (("medium",), False))


class StatementClaimSource(BaseModel):
    claim = owned_by(StatementClaim, "source_rows")
    source = refers_to(Source, "statement_claim_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("claim", "source"), True),)


class ActorPosition(BaseModel):
    """A position an actor (a person) held, dated, in a body, as claimed: competing titles from different
    outlets are positions of their own with their claimant, sources and rank (migrations/0027)."""

    id = StableIdField()
    actor = owned_by(Actor, "position_rows", index=False)
    title = TextField()
    of_actor = refers_to(Actor, "positions_in", null=True)
    since = TextField(null=True)   # reported dates as JSON (schemas/dates.py)
    until = TextField(null=True)
    claimant = refers_to(Actor, "position_claims", null=True)
    attribution = CharField(max_length=10, default="source")
    rank = CharField(max_length=12, default="normal")
    qualifier = CharField(max_length=12, null=True)
    as_of = DateField(null=True)
    as_of_part = CharField(max_length=5, null=True)   # early, mid, late of as_of's month (migrations/0057)
    as_of_precision = CharField(max_length=5, null=True)   # week, month, year (migrations/0074)
    note = TextField(null=True)
    position = IntegerField()
    held_at_event = refers_to(Event, "positions_held_at", null=True)   # "when the war began" (migrations/0049)

    class Meta:
        indexes = ((("actor", "position", "id"), False),)


class ActorPositionSource(BaseModel):
    claim = owned_by(ActorPosition, "source_rows")
    source = refers_to(Source, "actor_position_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("claim", "source"), True),)


# How the claimant says an attack was done, and whom it says it singled out (JSON lists of terms; migrations/0081).
EventClaim._meta.add_field("manner", TextField(default="[]"))
EventClaim._meta.add_field("targeted_groups", TextField(default="[]"))
# What the claimant says the event achieved against its aim: failed, succeeded... (migrations/0094, events27).
EventClaim._meta.add_field("outcome", CharField(max_length=20, null=True))
