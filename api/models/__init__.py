"""Peewee models, bound to the unbound database object in api.db."""
from .auth import ServiceSecret, Token
from .base import BaseModel, Record, StableIdField, utcnow
from .history import Revision
from .requests import IdempotencyKey, RateLimit
from .search import POSTGRES_TABLES, SQLITE_TABLES
from .records import (Actor, ActorAlias, ActorExternalId, Event, EventSource, EventTreaty, Figure, FigureSource,
                      Participant, Place, PlaceExternalId, Provision, Source, Statement, StatementEvent,
                      StatementSource, StatementStatement, StatementTreaty, Treaty, TreatyParty, TreatySource)
from .treaty_structure import TreatyRelation, TreatyStatusChange, TreatyStatusChangeSource

# Every table the service uses but the search tables, whose form depends on the engine: all_models().
PORTABLE_MODELS = [
    Source, Actor, ActorAlias, ActorExternalId, Place, PlaceExternalId, Treaty, TreatyParty, Provision,
    TreatySource, Event, Participant, EventTreaty, Figure, FigureSource, EventSource, Statement,
    StatementEvent, StatementTreaty, StatementStatement, StatementSource, Revision, Token, IdempotencyKey,
    RateLimit,
]
PORTABLE_MODELS += [TreatyStatusChange, TreatyStatusChangeSource, TreatyRelation]   # treaty structure (0011)


def search_models():
    """The search tables in the form of the engine the database object is bound to."""
    from peewee import SqliteDatabase

    from ..db import database

    tables = SQLITE_TABLES if isinstance(database.obj, SqliteDatabase) else POSTGRES_TABLES
    return list(tables.values())


# The service's own keys stay with the database they were made for: exports do not carry them.
OWN_MODELS = [ServiceSecret]


def all_models():
    return PORTABLE_MODELS + OWN_MODELS + search_models()
