"""How new the reporting says a record is (statement_novelties): declared once for statements (stmt30,
migrations/0102) and events (events32, migrations/0109; notes/trials t53 #11 "the first releases under the
agreement"). The terms say first, rare, repeated, first in a span; the words the reporting's."""
from . import vocabularies as vocab
from .common import one_of, text


def novelty_fields(examples, filter_name="novelty"):
    """novelty and novelty_words of a record; `examples` are the record kind's own, in quotes."""
    novelty = one_of(vocab.STATEMENT_NOVELTIES, allow_none=True, load_default=None, metadata={
        "description": "How new the reporting says it is (see /v1/vocabularies statement_novelties): first, rare, "
                       f"repeated, first_in_period; {examples}. Null when the reporting does not say. Filter: "
                       f"{filter_name}=."})
    novelty_words = text(300, allow_none=True, load_default=None, metadata={
        "description": "The reporting's words for it ('the first public confirmation', 'in months'); needs "
                       "novelty. Null when not said."})
    return novelty, novelty_words


def novelty_problems(data):
    """field -> messages: novelty_words say a novelty term, which must be given too."""
    if data.get("novelty_words") and data.get("novelty") is None:
        return {"novelty_words": ["Give the novelty term (first, rare, repeated, first_in_period) too."]}
    return {}
