"""What an event achieved, how a person left a post, and the sources a report carries for some of its facts (issue
10, mend-actors3, migrations/0075; notes/trials t23 #22 "efforts ... to end the blockade had failed", #74
"citing health reasons", #76 "the post is still vacant", #2 and the trap of its "Doc problems": a statement
"carried by MAP, cited by Reuters" in a report whose other facts rest on other outlets)."""
from peewee import CharField, DateField, IntegerField, TextField

from .base import BaseModel
from .claims import ActorPosition
from .records import Event, Source, owned_by, refers_to

# The columns sit at the end of the event and actor_position tables.
Event._meta.add_field("outcome", CharField(max_length=16, null=True))   # failed, succeeded, partly_succeeded
ActorPosition._meta.add_field("left_how", CharField(max_length=12, null=True))   # resigned, dismissed, ...
ActorPosition._meta.add_field("left_words", TextField(null=True))   # "citing health reasons"
ActorPosition._meta.add_field("vacant_as_of", DateField(null=True))   # "the post is still vacant", on that day


class SourceCitationInPart(BaseModel):
    """`source` carries `cited` for some of its facts only ("the Ministry of Foreign Affairs said, in a statement
    carried by MAP": the Reuters report carries MAP's dispatch for that statement): the records those facts are
    cite both. Unlike SourceCitation (a source the whole report rests on), rests_on= does not read it."""

    source = owned_by(Source, "cited_in_part_rows", index=False)
    cited = refers_to(Source, "carried_in_part_by_rows", index=False)   # the (cited, source) index serves it
    position = IntegerField()

    class Meta:
        indexes = ((("source", "cited"), True), (("cited", "source"), False))


MODELS = [SourceCitationInPart]
