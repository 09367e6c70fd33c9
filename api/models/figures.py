"""A figure's owners beside an event, and its claimants (migrations/0026, issue 10: figures as reported).

A statement's figures ("a spokesman said 40 were killed"), a place's (its population, the people displaced
there as of a day) and an actor's (its strength: migrations/0098) are rows of the same table as an event's: one
figure ID space, one set of columns and rows (sources, sufferers, claimants), and the owner is whichever of
event, statement, owner_place and owner_actor is set.
The figure models live here, apart from api/models/records.py, with their owners beside the event.
"""
from peewee import BooleanField, CharField, DateField, DoubleField, ForeignKeyField, IntegerField, TextField

from .base import BaseModel, StableIdField
from .records import Actor, Event, Place, Source, Statement, owned_by, refers_to


class Figure(BaseModel):
    """A measured quantity on an event, a statement, a place or an actor (its owner: one of event, statement,
    owner_place, owner_actor, api/models/figures.py). Disagreeing figures for one quantity are kept side by side."""

    id = StableIdField()
    event = ForeignKeyField(Event, backref="figure_rows", on_delete="CASCADE", index=False, null=True)   # 0026
    quantity = CharField(max_length=20, index=True)
    low = DoubleField(null=True)
    best = DoubleField(null=True)
    high = DoubleField(null=True)
    unit = CharField(max_length=10)
    as_of = DateField(null=True)
    as_of_part = CharField(max_length=5, null=True)   # early, mid, late of as_of's month (migrations/0057)
    claimant = refers_to(Actor, "claimed_figures", null=True)
    attribution = CharField(max_length=10, default="source")   # named, source or unnamed (migrations/0016)
    note = TextField(null=True)
    position = IntegerField()
    # A figure is a claim (migrations/0007): whose losses, a subset, what is counted, money's currency, an
    # explicit "not published", and the claim's rank and qualifier.
    category = CharField(max_length=20, null=True, index=True)
    suffered_by = refers_to(Actor, "suffered_figures", null=True)
    subset = CharField(max_length=80, null=True)   # 80: local terms (migrations/0105, as cause, place_relation...)
    counted = TextField(null=True)
    currency = CharField(max_length=3, null=True)
    published = BooleanField(default=True)
    rank = CharField(max_length=12, default="normal")
    qualifier = CharField(max_length=12, null=True)
    # migrations/0013: the people's nationality, the span counted over, and a figure's whole.
    country = CharField(max_length=3, null=True, index=True)
    period = TextField(null=True)   # the reported date as JSON (schemas/dates.py), read and written whole
    key = CharField(max_length=40, null=True)
    part_of_id = IntegerField(null=True)   # a figure of the same event (schemas/figures.py part_problems)
    part_of_key = CharField(max_length=40, null=True)
    # migrations/0017: where the counted people were, or what the figure is about.
    place = refers_to(Place, "figures", null=True)
    # migrations/0026 (issue 10, figures as reported): a vague magnitude, a rate, a share of a whole, a span
    # counted back or since an event (schemas/figure_input.py). Its owners other than an event and its
    # claimants: api/models/figures.py.
    vague = CharField(max_length=24, null=True)
    vague_words = TextField(null=True)
    per = CharField(max_length=10, null=True)
    share_of = TextField(null=True)
    share_of_id = IntegerField(null=True)   # a figure of the same record (schemas/figures.py share_problems)
    share_of_key = CharField(max_length=40, null=True)
    period_last = CharField(max_length=40, null=True)
    period_since_event = refers_to(Event, "figures_since", null=True)
    verification = CharField(max_length=20, null=True)   # migrations/0032: how sure the reporting is of it
    trend = CharField(max_length=10, null=True)   # migrations/0034: rising, falling, steady
    cause = CharField(max_length=80, null=True, index=True)   # migrations/0034: what killed or injured them
    # migrations/0040 (mend-figures): a proportion word instead of a number, and a figure given against another
    proportion = CharField(max_length=12, null=True)
    comparison = CharField(max_length=8, null=True)
    comparison_degree = CharField(max_length=8, null=True)   # far, slightly (migrations/0083)
    comparison_by = DoubleField(null=True)   # the size of the difference (migrations/0095)
    comparison_by_vague = CharField(max_length=24, null=True)
    as_of_time = CharField(max_length=16, null=True)   # HH:MM:SS or a day part, as an event's times (0095; 16: 0123)
    compared_with_id = IntegerField(null=True)   # a figure of the same record (schemas/figure_reporting.py)
    compared_with_key = CharField(max_length=40, null=True)
    # migrations/0042 (mend-places): a part of the place in words, "and its surroundings", a place described
    # relative to a named one, people displaced again (where they fled from and to: FigurePlace)
    place_part = TextField(null=True)
    with_surroundings = BooleanField(default=False)
    place_relation = CharField(max_length=80, null=True)
    place_relative_to = refers_to(Place, "figures_relative_to", null=True)
    displaced_again = BooleanField(default=False)
    earlier_event = refers_to(Event, "later_displacements", null=True)
    # migrations/0048 (mend-equip): what equipment (JSON, its kind beside it for figure_equipment=), who inflicted
    # the losses and with what, and who was counted beyond one subset and one country (JSON)
    equipment = TextField(null=True)
    equipment_kind = CharField(max_length=80, null=True, index=True)   # 80: local terms (migrations/0093)
    inflicted_by = refers_to(Actor, "inflicted_figures", null=True)
    inflicted_with = TextField(null=True)
    other_subsets = TextField(default="[]")
    age = TextField(null=True)
    other_countries = TextField(default="[]")
    # migrations/0049 (mend-actors): an unnamed claimant in words, its kind and country (schemas/unnamed.py)
    claimant_words = TextField(null=True)
    claimant_kind = CharField(max_length=80, null=True)
    claimant_country = CharField(max_length=3, null=True)
    # migrations/0053 (mend-counts): the people counted are held as hostages, prisoners of war, detainees...
    held_as = CharField(max_length=20, null=True, index=True)
    # migrations/0062 (mend-misc): as_of known only to a month or a year ("estimated last year")
    as_of_precision = CharField(max_length=5, null=True)
    # migrations/0064 (mend-figs2): a figure given as possible or not known; a span that is an event's own
    certainty = CharField(max_length=10, null=True, index=True)
    period_event = refers_to(Event, "figures_over", null=True)
    # migrations/0070 (mend-figs3): the event after which it was given or revised, a span ending when an event
    # began, how the people counted moved (JSON list of travel_means terms)
    revised_after_event = refers_to(Event, "figures_revised", null=True)
    period_until_event = refers_to(Event, "figures_until", null=True)
    travel_means = TextField(default="[]")
    claimant_hedge = CharField(max_length=12, null=True)   # appears, believed, probable (migrations/0074)
    # migrations/0098 (figures28): the last day of as_of's bracket, who registered the people counted, the items
    as_of_end = DateField(null=True)
    registration = CharField(max_length=16, null=True, index=True)
    registered_with = refers_to(Actor, "registered_figures", null=True)
    items = TextField(default="[]")
    # migrations/0101 (acts29): the source that says how sure it is, as an event's; a number added to what is there
    verification_source = refers_to(Source, "verified_figures", null=True)
    additional = BooleanField(null=True)   # null (none stored so): false
    # migrations/0108 (batch31): as_of placed against an event, a statement, another figure (JSON, as a relative date)
    as_of_relative = TextField(null=True)
    # migrations/0110 (figs32): preliminary, provisional, final, revised, as its publisher gives it
    status = CharField(max_length=12, null=True, index=True)
    # migrations/0113 (figs33): whether a third party's count exists; what those hit were doing (80: open, local terms)
    independent_count = CharField(max_length=12, null=True, index=True)
    activity_when_hit = CharField(max_length=80, null=True, index=True)
    other_inflicted_with = TextField(null=True)   # JSON list of equipment; null (none stored so): [] (0110)
    # migrations/0116 (vocab34): further causes (figure_causes), what the people deprived went without (JSON lists
    # of terms); null (none stored so): []
    other_causes = TextField(null=True)
    lacked = TextField(null=True)

    class Meta:
        indexes = ((("event", "position", "id"), False),)


class FigureSufferer(BaseModel):
    """The actors whose losses a figure counts together ("Russian and Wagner fighters"): migrations/0020."""

    figure = owned_by(Figure, "sufferer_rows", index=False)
    actor = refers_to(Actor, "suffered_figures_jointly")
    position = IntegerField()

    class Meta:
        indexes = ((("figure", "actor"), True),)


class FigureAmong(BaseModel):
    """The actors the reporting names among those a figure counts ("among them Omar Barakat"): migrations/0040.
    Rows, not JSON, so that an actor named there cannot be deleted."""

    figure = owned_by(Figure, "among_rows", index=False)
    actor = refers_to(Actor, "counted_among")
    position = IntegerField()

    class Meta:
        indexes = ((("figure", "actor"), True),)


class FigureHolder(BaseModel):
    """The actors holding the people a figure counts ("thousands still held by the two sides", "hostages held by
    Hamas"): migrations/0053. Rows, not JSON, so that an actor named there cannot be deleted."""

    figure = owned_by(Figure, "holder_rows", index=False)
    actor = refers_to(Actor, "holding_figures")
    position = IntegerField()

    class Meta:
        indexes = ((("figure", "actor"), True),)


class FigureCoveredEvent(BaseModel):
    """The events a figure totals over ("bringing the total to more than 970" over two release operations):
    migrations/0053. Rows, so that an event named there cannot be deleted."""

    figure = owned_by(Figure, "covered_event_rows", index=False)
    event = refers_to(Event, "covering_figures")
    position = IntegerField()

    class Meta:
        indexes = ((("figure", "event"), True),)


class FigurePlace(BaseModel):
    """Where a figure's people fled or moved from and to (migrations/0042): a named place, one not named, or one
    described relative to a named place, as an event's further places are (api/models/relations.py)."""

    figure = owned_by(Figure, "place_rows", index=False)
    place = refers_to(Place, "figures_moving", null=True)
    unknown = CharField(max_length=12, null=True)
    relation = CharField(max_length=80, null=True)   # 80: local terms (migrations/0105)
    relative_to = refers_to(Place, "figures_moving_relative_to", null=True)
    words = TextField(null=True)
    with_surroundings = BooleanField(default=False)
    role = CharField(max_length=12)
    position = IntegerField()
    site_category = CharField(max_length=80, null=True)   # migrations/0113 (figs33); 80: local terms

    class Meta:
        indexes = ((("figure", "position"), False),)


class FigureAboard(BaseModel):
    """The people the reporting places aboard, or in charge of, one item of a figure (its item_key in the figure's
    items: "the pilot of the second helicopter"): migrations/0098. Rows, so that an actor named cannot be deleted."""

    figure = owned_by(Figure, "aboard_rows", index=False)
    item_key = CharField(max_length=40)
    actor = refers_to(Actor, "aboard_figures")
    position = IntegerField()

    class Meta:
        indexes = ((("figure", "position"), False),)


class FigureSource(BaseModel):
    figure = owned_by(Figure, "source_rows")
    source = refers_to(Source, "figure_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("figure", "source"), True),)


# Statement is declared after Event in records.py: its column is added here, with the place's.
Figure._meta.add_field("statement", ForeignKeyField(Statement, backref="figure_rows", on_delete="CASCADE",
                                                    null=True, index=False))
Figure._meta.add_field("owner_place", ForeignKeyField(Place, backref="figure_rows", on_delete="CASCADE",
                                                      null=True, index=False))
Figure.add_index(Figure.statement, Figure.position, Figure.id)
Figure._meta.add_field("owner_actor", ForeignKeyField(Actor, backref="figure_rows", on_delete="CASCADE",
                                                      null=True, index=False))   # migrations/0098
Figure.add_index(Figure.owner_place, Figure.position, Figure.id)
Figure.add_index(Figure.owner_actor, Figure.position, Figure.id)

# The column each kind's figures hang on.
OWNER_COLUMNS = {"events": "event", "statements": "statement", "places": "owner_place", "actors": "owner_actor"}


class FigureClaimant(BaseModel):
    """Every claimant of a figure, in order; Figure.claimant keeps the first (what clients before 0026 read)."""

    figure = owned_by(Figure, "claimant_rows", index=False)
    actor = refers_to(Actor, "claimed_figures_jointly")
    position = IntegerField()

    class Meta:
        indexes = ((("figure", "actor"), True),)


class FigureInflicter(BaseModel):
    """The actors who inflicted a figure's losses together ("blamed on the army and its militia allies"):
    migrations/0062. Rows, not JSON, so that an actor named there cannot be deleted."""

    figure = owned_by(Figure, "inflicter_rows", index=False)
    actor = refers_to(Actor, "inflicted_figures_jointly")
    position = IntegerField()

    class Meta:
        indexes = ((("figure", "actor"), True),)
