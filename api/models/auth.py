"""API tokens, and the service's own secrets. A token's secret is never stored: only its SHA-256, compared
in constant time."""
from peewee import CharField, DateTimeField, TextField

from .base import BaseModel, StableIdField, utcnow


class Token(BaseModel):
    id = StableIdField()
    name = TextField(unique=True)              # unique: the audit view and the CLI find a token by its name
    role = CharField(max_length=10)            # reader, curator, admin
    secret_hash = CharField(max_length=64)     # hex SHA-256 of the secret part of the token
    created_at = DateTimeField(default=utcnow)
    revoked_at = DateTimeField(null=True)
    expires_at = DateTimeField(null=True)      # null: never expires


class ServiceSecret(BaseModel):
    """Keys the service makes for itself and keeps with its data (so they survive restarts and backups):
    `pseudonym_key` keys the hash that turns a token ID into the pseudonym the public sees."""

    name = CharField(max_length=50, primary_key=True)
    value = TextField()
