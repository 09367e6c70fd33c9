"""Who stood with a speaker when the statement was made (places35, migrations/0119): "flanked by the army chief",
"accompanied by his foreign minister". Neither speakers (other_speaker_ids) nor addressees; mixed into StatementIn
(schemas/statements.py is at its size limit)."""
from marshmallow import validate

from .common import references


class CompanyMixin:
    """`accompanied_by_actor_ids` on a statement (shown accompanied_by_actors); mixed in before StrictSchema."""

    accompanied_by_actor_ids = references("actor", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "IDs of the actors reported to stand with the speaker as the statement was made, without "
                       "speaking it ('flanked by the army chief', 'accompanied by the foreign minister'); joint "
                       "speakers are other_speaker_ids. An actor named here cannot be deleted. Empty when not said. "
                       "Filter: accompanied_by=.", "rows": "companion_rows",
        "shown": {"description": "The actors standing with the speaker (IDs, or the actors with include=speaker)."}})
