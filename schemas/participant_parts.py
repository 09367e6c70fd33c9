"""Which part of an actor took part in an event (issue 10, mend-acts4, migrations/0076; notes/trials t25 #77
"imposed travel bans and asset freezes on Seleka leaders"): the leaders, members, supporters or officials of the
actor rather than the whole of it. Declared once, on schemas/event_links.py's ParticipantIn."""
from . import vocabularies as vocab
from .common import one_of


def actor_part():
    return one_of(vocab.ACTOR_PARTS, allow_none=True, load_default=None, metadata={
        "description": "Which part of the actor took part, when the reporting names a part rather than the whole: "
                       "leadership ('sanctions on Seleka leaders': Seleka, leadership), members, supporters, "
                       "officials (see /v1/vocabularies actor_parts); null for the actor as a whole or when not "
                       "said. Filter with participant_part=."})
