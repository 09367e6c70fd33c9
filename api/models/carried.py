"""Who says what, and through whom (issue 10, mending round mend-claims, migrations/0059): the sources that
report an actor's membership of a body ("a member of the coalition, according to Y") and an event's link to a
treaty ("the army said the strike breached the ceasefire"), and the sources a source carries ("Reuters, citing
state news agency SANA")."""
from peewee import CharField, IntegerField, TextField

from .base import BaseModel
from .figures import Figure
from .records import Actor, EventTreaty, Place, Source, Treaty, owned_by, refers_to
from .relations import ActorMembership

# An event's link to a treaty, as claimed: the columns sit at the end of the event_treaty table.
EventTreaty._meta.add_field("claimant", refers_to(Actor, "claimed_treaty_links", null=True))
EventTreaty._meta.add_field("attribution", CharField(max_length=10, default="source"))   # named, source, unnamed
EventTreaty._meta.add_field("verification", CharField(max_length=20, null=True))
EventTreaty._meta.add_field("note", TextField(null=True))
# ... and its unnamed claimant in words, as every claim's (acts31, migrations/0107; schemas/unnamed.py)
EventTreaty._meta.add_field("claimant_words", TextField(null=True))
EventTreaty._meta.add_field("claimant_kind", CharField(max_length=80, null=True))   # 80: local terms (0105)
EventTreaty._meta.add_field("claimant_country", CharField(max_length=3, null=True))
# A figure counted since a treaty took effect ("deaths since the ceasefire took effect"): the column sits at the
# end of the figure table.
Figure._meta.add_field("period_since_treaty", refers_to(Treaty, "figures_since", null=True))


class ActorMembershipSource(BaseModel):
    """A source that reports a membership (migrations/0059)."""

    relation = owned_by(ActorMembership, "source_rows", index=False)
    source = refers_to(Source, "membership_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("relation", "source"), True),)


class EventTreatySource(BaseModel):
    """A source that reports an event's link to a treaty (migrations/0059)."""

    relation = owned_by(EventTreaty, "source_rows", index=False)
    source = refers_to(Source, "treaty_link_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("relation", "source"), True),)


class SourceCitation(BaseModel):
    """`source` carries `cited`: it reports what that other source said ("Reuters, citing SANA": the Reuters
    report carries SANA's), or relays and verifies it ("a video posted on Telegram and verified by AFP")."""

    source = owned_by(Source, "cited_rows", index=False)
    cited = refers_to(Source, "carried_by_rows", index=False)   # the (cited, source) index serves it
    position = IntegerField()

    class Meta:
        indexes = ((("source", "cited"), True), (("cited", "source"), False))


class SourceDatelinePlace(BaseModel):
    """A further place of a source's dateline ("BANGKOK/PHNOM PENH": Phnom Penh after dateline_place Bangkok;
    migrations/0067)."""

    source = owned_by(Source, "dateline_place_rows", index=False)
    place = refers_to(Place, "further_datelined_sources")
    position = IntegerField()

    class Meta:
        indexes = ((("source", "place"), True),)


MODELS = [ActorMembershipSource, EventTreatySource, SourceCitation, SourceDatelinePlace]
