"""A vocabulary, as GET /v1/vocabularies/{name} gives it, and the local terms admins add to the open ones (issue 10,
terms; schemas/local_terms.py says how records take them, api/services/local_terms.py keeps the registry)."""
from marshmallow import fields, validate

from .common import StrictSchema, text
from .local_terms import PATTERN


class LocalTermIn(StrictSchema):
    """A local term, as an admin registers it (POST /v1/vocabularies/{name}/terms)."""

    term = fields.String(required=True, validate=[validate.Length(min=7, max=80), validate.Regexp(PATTERN, error=(
        "A local term is local:<snake_case>: 'local:' then lower-case letters, digits and underscores, starting "
        "with a letter ('local:rail')."))], metadata={
        "description": "The term as records give it: local:<snake_case> ('local:rail'), unique in its vocabulary, "
                       "never renamed; its name after local: must not be a standard term of the vocabulary.",
        "pattern": PATTERN})
    description = text(2000, required=True, metadata={
        "description": "What the term means, and when to use it (and when not): curators read it to choose."})
    broader = fields.String(allow_none=True, load_default=None, validate=validate.Length(min=1, max=80), metadata={
        "description": "The standard term of the same vocabulary this one narrows ('local:ethnic_discrimination' "
                       "narrows a charge of 'discrimination' where the vocabulary has it); null when none."})
    source = text(500, allow_none=True, load_default=None, metadata={
        "description": "Where the term comes from, in words: the code book or standard ('ACLED codebook 2024, "
                       "sub-event type ...'); null when none."})


class LocalTermPatch(StrictSchema):
    """What PATCH /v1/vocabularies/{name}/terms/{term} may change; a field left out stays as it is. The term
    itself is never renamed, nor removed: records use it (deprecate it instead)."""

    description = text(2000, metadata={"description": "What the term means, and when to use it."})
    broader = fields.String(allow_none=True, validate=validate.Length(min=1, max=80), metadata={
        "description": "The standard term it narrows; null for none."})
    source = text(500, allow_none=True, metadata={"description": "Where the term comes from; null for none."})
    deprecated = fields.Boolean(metadata={
        "description": "true: new writes using the term are refused (422 saying so); records holding it keep "
                       "it, and filters still find them. false: in use again."})


class VocabularyTermOut(StrictSchema):
    """A term of a vocabulary: a standard one (term, description), or a local one (local: true, and what the
    registry says of it)."""

    term = fields.String(required=True, metadata={"description": "The value the API accepts and returns."})
    description = fields.String(required=True, metadata={"description": "What the term means."})
    quad_class = fields.String(metadata={"description": "For event types: the PLOVER quad class."})
    local = fields.Boolean(metadata={"description": "true for a local term an admin registered (local:...); "
                                                    "absent for standard terms."})
    href = fields.String(metadata={"description": "A local term's URL."})
    vocabulary = fields.String(metadata={"description": "A local term's vocabulary."})
    broader = fields.String(allow_none=True, metadata={"description": "A local term's broader standard term."})
    source = fields.String(allow_none=True, metadata={"description": "Where a local term comes from."})
    deprecated = fields.Boolean(metadata={"description": "A local term's deprecation: true, new writes refuse it."})
    created_at = fields.String(metadata={"description": "When a local term was registered (UTC)."})
    updated_at = fields.String(metadata={"description": "When a local term last changed (UTC)."})


class VocabularyOut(StrictSchema):
    """One vocabulary: its terms, standard then local."""

    name = fields.String(required=True, metadata={"description": "The vocabulary's name (legal_charges)."})
    href = fields.String(required=True, metadata={"description": "Its URL."})
    open = fields.Boolean(required=True, metadata={
        "description": "true: admins may add local terms to it (POST /v1/vocabularies/{name}/terms); false: closed."})
    term_max_length = fields.Integer(required=True, allow_none=True, metadata={
        "description": "An open vocabulary's longest local term (local: included): the width of the columns its "
                       "records keep it in (provision_object_kinds: 12; held in JSON only: 80); null when closed."})
    terms = fields.List(fields.Nested(VocabularyTermOut), required=True, metadata={
        "description": "Its terms in order: the standard ones, then the local ones (local: true) by term."})
