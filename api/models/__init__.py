"""Peewee models, bound to the unbound database object in api.db."""
from .auth import ServiceSecret, Token
from .base import BaseModel, Record, StableIdField, utcnow
from .history import Revision
from .imports import ImportDigest, ImportRun
from .import_jobs import ImportJob
from .releases import Release, ReleaseChunk
from .stored import StoredPast, StoredRecord, StoredShape
from .rollup import (EventRollup, EventRollupActor, EventRollupActorMember, EventRollupActorStale, EventRollupChanged,
                     EventRollupCountry, EventRollupMember, EventRollupMoved, EventRollupStale, EventRollupType)
from .requests import IdempotencyKey, RateLimit
from .search import POSTGRES_TABLES, SQLITE_TABLES, SearchName
from .claims import (ActorPosition, ActorPositionSource, EventClaim, EventClaimCandidate, EventClaimSource,
                     StatementClaim, StatementClaimSource)
from .records import (Actor, ActorAlias, ActorExternalId, Event, EventSource, EventTreaty, Participant, Place, PlaceExternalId, Provision, Source, Statement, StatementEvent,
                      StatementSource, StatementTreaty, Treaty, TreatyParty, TreatySource)

from .relations import (ActorMembership, ActorPlace, ActorPlaceSource, ActorRelation, ActorRelationDenial, ActorRelationSource,
                        StatementNotNamed, EventPlace, EventRelation, PlaceAlias,
                        PlaceRelation, PlaceRelationSource, StatementActor,
                        StatementAddressee, StatementPlace, StatementRelation, StatementSpeaker)
from .cross_relations import EventStatementRelation, StatementEventRelation
from .provisions import (Implementation, ImplementationSource, ProvisionActor, ProvisionObliged,
                         ProvisionPlace, ProvisionPlaceRole)
from .provisions import MODELS as PROVISION_MODELS, MODELS_0040 as PROVISION_OBJECT_MODELS, ImplementationActor
from .provisions import ImplementationPlace, ImplementationPlaceAsReported
from .external_ids import EventExternalId, SourceExternalId, StatementExternalId, TreatyExternalId
from .external_ids import MODELS as EXTERNAL_ID_MODELS
from .figures import OWNER_COLUMNS, Figure, FigureAboard, FigureAmong, FigureClaimant, FigureCoveredEvent, FigureHolder, FigureInflicter, FigurePlace, FigureSource, FigureSufferer
from .treaty_structure import (TreatyAlias, TreatyRelation, TreatyStatusChange, TreatyStatusChangeActor,
                              TreatyStatusChangeSource)
from .carried import ActorMembershipSource, EventTreatySource, SourceCitation, SourceDatelinePlace
from .carried import MODELS as CARRIED_MODELS
from .outcomes import SourceCitationInPart   # noqa: F401 (and an event's outcome, a position's leaving: 0075)
from .claimants import EventClaimClaimant
from .event_aliases import EventAlias   # and a membership's changes, a position's events, ... (0076)
from .properties import Property, PropertyValue, PropertyValueSource
from .properties import OWNER_COLUMNS as PROPERTY_OWNER_COLUMNS  # noqa: F401
from .local_terms import VocabularyTerm
from .about_figures import SourceReportingPlace, StatementFigure   # and a statement's speaker_hedge (0091)
from . import statement_said   # noqa: F401 (a statement's reasons, predictions, novelty, date_part: 0102)
from . import event_marks   # noqa: F401 (an event's novelty and alert level, a claim's delay: 0109)
from . import evidence   # noqa: F401 (claims', figures' and statements' evidence, addressee_words: 0114)
from . import scopes   # noqa: F401 (a zone's declarer, a relation's place, an event's action and place part: 0117)
from . import said_by   # noqa: F401 (who says a provision actor, an actor place; claims' dates: 0115)
from . import event_issues   # noqa: F401 (an event's issues, a claim's treatment: 0112)
from .remoteness import StatementCompanion   # and a place's terrain, a place relation's travel time (0119)
from .relation_claims import MODELS as RELATION_CLAIM_MODELS
from .relation_claims import (EventRelationSource, EventStatementRelationSource, StatementEventRelationSource,  # noqa: F401
                              StatementRelationSource, TreatyRelationSource)
from .alias_claims import MODELS as ALIAS_CLAIM_MODELS, ActorAliasSource, PlaceAliasSource  # noqa: F401 (figs32)

# Every table the service uses but the search tables, whose form depends on the engine: all_models().
PORTABLE_MODELS = [
    Source, Actor, ActorAlias, ActorExternalId, Place, PlaceExternalId, Treaty, TreatyParty, Provision,
    TreatySource, Event, Participant, EventTreaty, Figure, FigureSource, EventSource, Statement,
    StatementEvent, StatementTreaty, StatementSource,
    # issue 10, relations
    PlaceAlias, ActorMembership, EventRelation, EventPlace, StatementRelation, StatementActor, StatementPlace,
    StatementSpeaker, StatementAddressee,
    Revision, Token, IdempotencyKey, RateLimit,
] + PROVISION_MODELS
# An event's claims follow its own rows (they refer to events, places, actors and sources).
PORTABLE_MODELS[PORTABLE_MODELS.index(EventSource) + 1:0] = [EventClaim, EventClaimSource]
PORTABLE_MODELS += [TreatyStatusChange, TreatyStatusChangeSource, TreatyRelation]   # treaty structure (0011)
PORTABLE_MODELS += [ActorRelation]   # actor relations (0014)
PORTABLE_MODELS += [TreatyStatusChangeActor]   # who made a status change (0017)
PORTABLE_MODELS += [PlaceRelation]   # place -> place relations (0019)
PORTABLE_MODELS += [FigureSufferer]   # several actors' losses in one figure (0020)
PORTABLE_MODELS += EXTERNAL_ID_MODELS   # external IDs of every kind (0018)
PORTABLE_MODELS += [ActorRelationSource, PlaceRelationSource]   # the sources of relations (0024)
# Figures may belong to statements too (0026): they follow the statements' own rows, with their claimants.
for _model in (Figure, FigureSource, FigureSufferer):
    PORTABLE_MODELS.remove(_model)
PORTABLE_MODELS[PORTABLE_MODELS.index(StatementSource) + 1:0] = [Figure, FigureSource, FigureSufferer, FigureClaimant]
del _model
PORTABLE_MODELS += [StatementClaim, StatementClaimSource]   # a statement's medium, claimed (0027)
PORTABLE_MODELS += [ActorPosition, ActorPositionSource]   # an actor's dated positions, claimed (0027)
PORTABLE_MODELS += [EventStatementRelation, StatementEventRelation]   # links across kinds (0039)
PORTABLE_MODELS += [FigureAmong]   # the actors named among those a figure counts (0040)
PORTABLE_MODELS += [EventClaimCandidate]   # the actors a claim names as "one of" (0040)
PORTABLE_MODELS += PROVISION_OBJECT_MODELS   # what a provision is about (0040)
PORTABLE_MODELS += [FigurePlace]   # where a figure's people fled from and to (0042)
PORTABLE_MODELS += [ImplementationActor]   # whose keeping an implementation entry is about (0043)
PORTABLE_MODELS += [ActorPlace, ActorPlaceSource]   # where an actor is based, claimed (0052)
PORTABLE_MODELS += [FigureHolder, FigureCoveredEvent]   # who holds the people a figure counts; the events it totals (0053)
PORTABLE_MODELS += [TreatyAlias, ActorRelationDenial, StatementNotNamed]   # other names; denials; not named (0058)
PORTABLE_MODELS += CARRIED_MODELS   # the sources of memberships and treaty links; sources a source carries (0059)
PORTABLE_MODELS += [FigureInflicter]   # the actors who inflicted a figure's losses together (0062)
PORTABLE_MODELS += [SourceCitationInPart]   # the sources a source carries for some of its facts (0075)
PORTABLE_MODELS += [EventClaimClaimant]   # every claimant of an event's claim (0079)
PORTABLE_MODELS += [EventAlias]   # an event's other names (0076)
PORTABLE_MODELS += [Property, PropertyValue, PropertyValueSource]   # the registry of properties, and values (0086)
PORTABLE_MODELS += [VocabularyTerm]   # local terms of the open vocabularies (0089)
PORTABLE_MODELS += [StatementFigure, SourceReportingPlace]   # figures a statement is about; reporting places (0091)
PORTABLE_MODELS += [ImplementationPlace]   # the places an implementation entry is about (0090)
PORTABLE_MODELS += [ImplementationPlaceAsReported]   # its places not named, or described (0100)
PORTABLE_MODELS += [FigureAboard]   # the people aboard one item of a figure (0098)
PORTABLE_MODELS += RELATION_CLAIM_MODELS   # the sources of every relation between records (0106)
PORTABLE_MODELS += ALIAS_CLAIM_MODELS   # the sources of actors' and places' other names (0110)
PORTABLE_MODELS += [StatementCompanion]   # the actors standing with a statement's speaker (0119)


def search_models():
    """The search tables in the form of the engine the database object is bound to."""
    from peewee import SqliteDatabase

    from ..db import database

    tables = SQLITE_TABLES if isinstance(database.obj, SqliteDatabase) else POSTGRES_TABLES
    return list(tables.values()) + [SearchName]   # names: GET /v1/search (migrations/0022)


# The service's own keys stay with the database they were made for, and so do its dataset imports' progress
# (a resumed import reads the database it was writing; what each import last wrote, migrations/0036, names
# record versions of this database) and its import jobs (the uploads they name are files
# on the machine that received them, migrations/0030): exports do not carry them. Nor do they carry releases
# (migrations/0037): bytes frozen in this database, which backups carry; an export's target publishes its own.
OWN_MODELS = [ServiceSecret, ImportRun, ImportDigest, ImportJob, Release, ReleaseChunk]
# Records as stored (migrations/0038) are made again from the records wherever they land: not exported either;
# nor are the stored forms of the past (0085), which as_of reads can do without (they assemble instead).
OWN_MODELS += [StoredRecord, StoredShape, StoredPast]
# So is the events' rollup (migrations/0050): sums of the records, made again from them.
OWN_MODELS += [EventRollup, EventRollupCountry, EventRollupType, EventRollupStale, EventRollupActor,
               EventRollupActorStale, EventRollupMoved]
# and each event's share of it (migrations/0125)
OWN_MODELS += [EventRollupMember, EventRollupActorMember, EventRollupChanged]


def all_models():
    return PORTABLE_MODELS + OWN_MODELS + search_models()
