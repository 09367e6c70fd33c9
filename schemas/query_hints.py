"""The common wrong names of each collection's query parameters and the parameters meant (issue 10, round 30,
cond30; trial t49 doc 3: `/v1/treaties?actor=` answered "Did you mean provision_actor?", where a curator meant
`party=`). A name spelt close to a parameter is found by difflib (api/parsing.py); a name a curator carries over
from another collection (actor= of events on treaties) is not close to the one meant, so each collection declares
its own here. The "Did you mean" of an unknown parameter names these first. tests/test_query_hints.py checks that
every name meant is a parameter of that collection and no wrong name is one."""

QUERY_HINTS = {
    "treaties": {"actor": ("party", "provision_actor"), "signatory": ("party",), "parties": ("party",),
                 "type": ("kind", "provision_type"), "place": ("signed_at", "agreed_at", "provision_place"),
                 "date_from": ("in_force_on",), "date_to": ("in_force_on",), "related_to": ("relates_to",)},
    "statements": {"actor": ("speaker", "about_actor"), "about": ("about_actor", "about_event", "about_treaty"),
                   "place": ("said_at", "about_place"), "event": ("about_event", "related_event"),
                   "treaty": ("about_treaty",), "party": ("speaker", "about_actor"), "type": ("stance", "medium"),
                   # agree33 (trials t57, t58 docs): the names other collections give the same filter
                   "not_said_point": ("not_said",), "relates_to": ("related_to",), "related_statement": ("related_to",),
                   "about_statement": ("related_to",)},
    "events": {"party": ("actor",), "participant": ("actor",), "kind": ("type",), "about_actor": ("actor",),
               "about_place": ("place",), "about_treaty": ("treaty",), "speaker": ("actor",),
               "relates_to": ("related_to",),
               # trial t75: events?controlled_by= (places' name for it) answered "Unknown field." with no hint
               "controlled_by": ("control_of",)},
    "actors": {"type": ("kind",), "relates_to": ("related_to",)},
    # trial t74: places?parent= answered "Did you mean present?" (events have parent=; places are found by within=)
    "places": {"type": ("kind",), "relates_to": ("related_to",), "parent": ("within",), "parent_id": ("within",)},
}


def declare(schemas):
    """Give each collection's query schema its hints (WRONG_NAMES: wrong name -> the names meant)."""
    for kind, schema in schemas.items():
        schema.WRONG_NAMES = QUERY_HINTS.get(kind, {})
