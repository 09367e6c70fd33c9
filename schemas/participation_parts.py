"""What a party's participation change covers (treaties37, migrations/0122: 'signed the military annex only',
'accepted most of the maps'): declared apart from schemas/treaty_structure.py and mixed into ParticipationIn
before StrictSchema. Stored with the change, in the party's participation JSON; the provisions named are checked
against the treaty's own by api/services/provision_rules.py (participation_provisions)."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import one_of, reference, unique


class ParticipationCoversMixin:
    covers_proportion = one_of(vocab.FIGURE_PROPORTIONS, allow_none=True, load_default=None, metadata={
        "description": "How much of the treaty the change covers, when the reporting says it with a proportion word "
                       "(see /v1/vocabularies figure_proportions): 'signed all parts of the plan': all; 'accepted "
                       "most of the maps': most; some, few... Null when not said (the treaty as a whole). Filter "
                       "treaties with participation_covers=."})
    provision_ids = fields.List(reference("provision of this treaty", link="provisions"), load_default=list,
                                validate=[unique(), validate.Length(max=50)], metadata={
        "description": "IDs of the treaty's own provisions the change covers, when it covers only some ('signed "
                       "the military annex only': that annex's provision); each must be a provision of the same "
                       "treaty (kept by the same write). Empty when not said or when it covers the whole treaty.",
        "shown": {"description": "The treaty's provisions the change covers (their IDs); empty for not said."}})


def participation_shown(change):
    """A participation change as stored (JSON, input names) -> as a response shows it: `sources`, not
    `source_ids`; `provisions`, not `provision_ids`; changes stored before treaties37 read null and empty."""
    return {"change": change["change"], "date": change["date"], "sources": change.get("source_ids", []),
            "note": change.get("note"), "covers_proportion": change.get("covers_proportion"),
            "provisions": change.get("provision_ids", [])}
