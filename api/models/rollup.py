"""The events' rollup (migrations/0050): events and their deaths summed per place, type and month, kept exact in
every write's transaction (api/services/rollup_upkeep.py) and read by the aggregates it can answer
(api/services/rollup.py)."""
from peewee import CharField, CompositeKey, DateField, DoubleField, IntegerField

from schemas.stats import DEATH_CATEGORIES

from .base import BaseModel

# The sums of a bucket, as GET /v1/events/stats names them: counts are integers, deaths as figure's values. Each
# rollup table holds them after its keys, in this order (as migrations/0050 and 0051 create them).
COUNTS = ("events", "events_with_deaths")
DEATHS = ("deaths", "deaths_low", "deaths_best", "deaths_high", *(f"deaths_{c}" for c in DEATH_CATEGORIES))
# Of those events, the ones part of another event summed (at any depth), and their deaths: what the answer's
# nested_events and nested_deaths sum (migrations/0072), after the sums.
NESTING = ("nested_events", "nested_deaths")


def _with_sums(model):
    """The rollup `model` with a column for each sum after its keys: declared here once for the three tables."""
    for name in COUNTS:
        model._meta.add_field(name, IntegerField())
    for name in DEATHS:
        model._meta.add_field(name, DoubleField())
    model._meta.add_field("nested_events", IntegerField(default=0))
    model._meta.add_field("nested_deaths", DoubleField(default=0))
    return model


@_with_sums
class EventRollup(BaseModel):
    """The live events of one place (0: none), month of date_start ('YYYY-MM', '': none) and type, and of one
    month of date_end (`end_month`, null when there is no end or the end is an open bound): with it, whether
    an event's bracket lies in one month, quarter or year is known without the event."""

    place_key = IntegerField()
    month_key = CharField(max_length=7)
    month = DateField(null=True)   # the first day of month_key's month
    end_month = DateField(null=True)
    type = CharField(max_length=20)

    class Meta:
        table_name = "event_rollup"
        indexes = ((("place_key", "month_key", "type", "end_month"), False), (("month_key",), False))


@_with_sums
class EventRollupCountry(BaseModel):
    """The rollup summed again per country (of the place, read when summed: a place's new country marks its
    keys stale), month and `within`: 3 when the bracket lies in its month, 2 in its quarter, 1 in its year, 0
    otherwise. A few thousand rows: what the aggregates by country and period read."""

    country = CharField(max_length=3, null=True)
    month_key = CharField(max_length=7, index=True)
    month = DateField(null=True)
    within = IntegerField()

    class Meta:
        table_name = "event_rollup_country"


@_with_sums
class EventRollupType(BaseModel):
    """The rollup summed again per type, month and `within` (as event_rollup_country's): what the aggregates by
    type or quad class and period read (migrations/0080), a few thousand rows rather than the rollup's hundreds of
    thousands at a million events."""

    type = CharField(max_length=20)
    month_key = CharField(max_length=7, index=True)
    month = DateField(null=True)
    within = IntegerField()

    class Meta:
        table_name = "event_rollup_type"


class EventRollupStale(BaseModel):
    """The (place, month) rollup rows a write of an event or a figure made stale: the database's triggers
    (migrations/0050) add them, and the write's commit sums them again and empties this table."""

    place_key = IntegerField()
    month_key = CharField(max_length=7)

    class Meta:
        table_name = "event_rollup_stale"
        primary_key = CompositeKey("place_key", "month_key")


@_with_sums
class EventRollupActor(BaseModel):
    """The live events of one actor (in any role, each event once) summed per country of the event's place (read
    when summed: a place's new country marks its actors' keys stale), month, `within` (as EventRollupCountry's)
    and type (migrations/0051): what one actor's aggregate by country, period or type reads."""

    actor_id = IntegerField()
    country = CharField(max_length=3, null=True)
    month_key = CharField(max_length=7)
    month = DateField(null=True)
    within = IntegerField()
    type = CharField(max_length=20)

    class Meta:
        table_name = "event_rollup_actor"
        indexes = ((("actor_id", "month_key"), False),)


class EventRollupActorStale(BaseModel):
    """The (actor, month) keys of event_rollup_actor a write made stale ('*': every month of the actor), added by
    the triggers of migrations/0051 and summed again at the write's commit."""

    actor_id = IntegerField()
    month_key = CharField(max_length=7)

    class Meta:
        table_name = "event_rollup_actor_stale"
        primary_key = CompositeKey("actor_id", "month_key")


class EventRollupMoved(BaseModel):
    """Events whose sub-events may have become, or stopped being, part of an event summed: an event whose parent,
    deletion or occurrence changed, or one with sub-events created, removed or given another participant (the
    triggers of migrations/0072). The write's commit marks the keys of each one and of everything below it stale
    (api/services/rollup_nesting.py), so that their nested sums are summed again."""

    event_id = IntegerField(primary_key=True)

    class Meta:
        table_name = "event_rollup_moved"


@_with_sums
class EventRollupMember(BaseModel):
    """One event's row of event_rollup (its keys, and its sums: one event or none): a rollup row is the sum of its
    members' (migrations/0125), so that a write sums again from the events only the events it changed."""

    event_id = IntegerField(primary_key=True)
    place_key = IntegerField()
    month_key = CharField(max_length=7)
    month = DateField(null=True)
    end_month = DateField(null=True)
    type = CharField(max_length=20)
    # and its keys in event_rollup_country and event_rollup_type: its place's country when summed, and `within`
    country = CharField(max_length=3, null=True)
    within = IntegerField()

    class Meta:
        table_name = "event_rollup_member"
        indexes = ((("place_key", "month_key"), False),)


@_with_sums
class EventRollupActorMember(BaseModel):
    """One (event, actor) pair's row of event_rollup_actor (migrations/0125), as EventRollupMember's."""

    event_id = IntegerField()
    actor_id = IntegerField()
    country = CharField(max_length=3, null=True)
    month_key = CharField(max_length=7)
    month = DateField(null=True)
    within = IntegerField()
    type = CharField(max_length=20)

    class Meta:
        table_name = "event_rollup_actor_member"
        primary_key = CompositeKey("event_id", "actor_id")
        indexes = ((("actor_id", "month_key"), False),)


class EventRollupChanged(BaseModel):
    """Events whose members a write may have changed: the triggers of migrations/0125 add them, on the columns
    whose change marks their keys stale (0050, 0051, 0068); the write's commit sums their members again."""

    event_id = IntegerField(primary_key=True)

    class Meta:
        table_name = "event_rollup_changed"
