"""The service layer. The events' rollup is kept in step by every write transaction from the moment any service
is imported (api/services/rollup_upkeep.py registers itself with db.BEFORE_COMMIT)."""
from . import rollup_upkeep

__all__ = ["rollup_upkeep"]
