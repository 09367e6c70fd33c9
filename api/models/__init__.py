"""Peewee models, bound to the unbound database object in api.db."""
from .auth import Token
from .base import BaseModel, Record, StableIdField, utcnow
from .history import Revision
from .requests import IdempotencyKey, RateLimit
from .search import (SEARCH_MODELS, ActorSearch, EventSearch, PlaceSearch, SourceSearch, StatementSearch,
                     TreatySearch)
from .records import (Actor, ActorAlias, ActorExternalId, Event, EventSource, EventTreaty, Figure, FigureSource,
                      Participant, Place, PlaceExternalId, Provision, Source, Statement, StatementEvent,
                      StatementSource, StatementStatement, StatementTreaty, Treaty, TreatyParty, TreatySource)

ALL_MODELS = [
    Source, Actor, ActorAlias, ActorExternalId, Place, PlaceExternalId, Treaty, TreatyParty, Provision,
    TreatySource, Event, Participant, EventTreaty, Figure, FigureSource, EventSource, Statement,
    StatementEvent, StatementTreaty, StatementStatement, StatementSource, Revision, Token, IdempotencyKey,
    RateLimit,
] + SEARCH_MODELS
