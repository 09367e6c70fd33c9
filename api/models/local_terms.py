"""The registry of local terms (issue 10, terms; migrations/0089): the terms admins add to the open vocabularies
(schemas/vocabularies.py: OPEN), kept by api/services/local_terms.py. Records hold the terms as the strings they
are, as they hold standard terms."""
from peewee import BooleanField, CharField, DateTimeField, IntegerField, TextField

from .base import BaseModel, StableIdField, utcnow


class VocabularyTerm(BaseModel):
    id = StableIdField()
    vocabulary = CharField(max_length=60)
    term = CharField(max_length=80)   # local:<snake_case>
    description = TextField()
    broader = CharField(max_length=80, null=True)   # the standard term of the same vocabulary it narrows
    source = TextField(null=True)   # citation words: the code book it comes from
    deprecated = BooleanField(default=False)
    change = IntegerField(unique=True)   # the registry's change counter: each insert or update takes the next
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("vocabulary", "term"), True),)
