"""The contract of conflict-facts: marshmallow schemas for every request and response.

Plain marshmallow only: nothing here imports the service (api/) or its models, so the schemas can be used
on their own, by clients and by tests, to validate what the API accepts and returns.
"""

from .actors import ActorIn
from .events import EventIn
from .places import PlaceIn
from .sources import SourceIn
from .statements import StatementIn
from .treaties import TreatyIn

# The schema that validates a write of each kind, by the kind's URL name.
INPUT_SCHEMAS = {"sources": SourceIn, "actors": ActorIn, "places": PlaceIn, "events": EventIn,
                 "treaties": TreatyIn, "statements": StatementIn}
