"""API tokens. The secret is never stored: only its SHA-256, compared in constant time."""
from peewee import CharField, DateTimeField, TextField

from .base import BaseModel, StableIdField, utcnow


class Token(BaseModel):
    id = StableIdField()
    name = TextField()
    role = CharField(max_length=10)            # reader, curator, admin
    secret_hash = CharField(max_length=64)     # hex SHA-256 of the secret part of the token
    created_at = DateTimeField(default=utcnow)
    revoked_at = DateTimeField(null=True)
