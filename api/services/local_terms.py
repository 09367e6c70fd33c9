"""The registry of local terms (issue 10, terms; migrations/0089): admins add terms to the open vocabularies
(schemas/vocabularies.py: OPEN) without a release, as CAMEO and ACLED users extend their code books. A term is
spelt local:<snake_case>, never renamed and never removed (records use it: it is deprecated instead, and new
writes then refuse it); its description, broader term and source may change.

Validation reads the registry through schemas/local_terms.py, to which `provide` hands `current`: each worker
keeps one copy, read again only when the registry's head (its change counter, with the count and the last change's
time, so that a restored or another database is never taken for this one) is not the one the copy was read at.
A request that meets no local term asks nothing; one that does asks the head once, so a write sees a term another
worker registered a moment before.
"""
from peewee import fn

from schemas import local_terms as schema_terms
from schemas import vocabularies as vocab

from ..db import write_transaction
from .. import models as m
from ..models import EventClaim, Figure, Implementation, Provision, Statement, Treaty, VocabularyTerm, utcnow
from ..models.provisions import ProvisionObject
from ..sql import timestamp
from .exceptions import InvalidInput, NotFound

# The longest term each open vocabulary's columns hold: the columns a vocabulary is stored in, of the record
# tables (PostgreSQL refuses a longer value). Since migrations/0093 every one is as wide as the registry's own
# `term`; this keeps a narrower column added later from taking a term it cannot hold. A vocabulary held only
# inside JSON text takes the registry's width. tests/test_local_terms.py writes a term this long into every
# field of every open vocabulary, on both engines.
WIDTHS = {"claimed_reasons": (EventClaim.reason, Provision.reason), "equipment_kinds": (EventClaim.equipment_kind,
          Figure.equipment_kind), "implementation_reasons": (Implementation.reason,),
          "provision_object_kinds": (ProvisionObject.kind,), "provision_types": (Provision.type,),
          "statement_platforms": (Statement.platform,), "treaty_kinds": (Treaty.kind,),
          # open31 (migrations/0105): the vocabularies that describe the world
          "actor_kinds": (m.Actor.kind, EventClaim.claimant_kind, Figure.claimant_kind, Implementation.claimant_kind,
                          m.PropertyValue.claimant_kind, m.TreatyStatusChange.claimant_kind,
                          m.ActorRelation.claimant_kind),
          "place_kinds": (m.Place.kind,), "participant_roles": (m.Participant.role, EventClaim.role),
          "party_roles": (m.TreatyParty.role,), "provision_actor_roles": (m.ProvisionActor.role,),
          "stances": (Statement.stance,), "figure_causes": (Figure.cause, EventClaim.cause),
          "figure_subsets": (Figure.subset,), "event_relations": (m.EventRelation.relation, EventClaim.relation),
          "statement_relations": (m.StatementRelation.relation,),
          "event_statement_relations": (m.EventStatementRelation.relation,),
          "statement_event_relations": (m.StatementEventRelation.relation,),
          "actor_relations": (m.ActorRelation.relation,), "actor_place_relations": (m.ActorPlace.relation,),
          "treaty_relations": (m.TreatyRelation.relation,),
          "place_relations": (m.PlaceRelation.relation, m.EventPlace.relation, Figure.place_relation,
                              m.FigurePlace.relation, m.ProvisionPlaceRole.relation,
                              m.ImplementationPlaceAsReported.relation)}
WIDTHS = {name: min(column.max_length for column in columns) for name, columns in WIDTHS.items()}
WIDEST = VocabularyTerm.term.max_length


def width(name):
    """The longest local term the vocabulary takes."""
    return WIDTHS.get(name, WIDEST)


_copy = (None, {})   # (the head it was read at, {vocabulary: {term: entry}})


def _head():
    return VocabularyTerm.select(fn.MAX(VocabularyTerm.change), fn.COUNT(VocabularyTerm.id),
                                 fn.MAX(VocabularyTerm.updated_at)).tuples().get()


def _shown(row):
    return {"term": row.term, "description": row.description, "local": True,
            "href": f"/v1/vocabularies/{row.vocabulary}/terms/{row.term}", "vocabulary": row.vocabulary,
            "broader": row.broader, "source": row.source, "deprecated": row.deprecated,
            "created_at": timestamp(row.created_at), "updated_at": timestamp(row.updated_at)}


def current():
    """{vocabulary: {term: shown}}: every registered local term, from this worker's copy while it is current."""
    global _copy
    head = _head()
    if head != _copy[0]:
        terms = {}
        for row in VocabularyTerm.select().order_by(VocabularyTerm.vocabulary, VocabularyTerm.term):
            terms.setdefault(row.vocabulary, {})[row.term] = _shown(row)
        _copy = (head, terms)
    return _copy[1]


schema_terms.provide(current)


def _standard(name):
    if name not in vocab.ALL:
        raise NotFound(f"No vocabulary named '{name}' (GET /v1/vocabularies lists them).")
    return vocab.ALL[name]


def vocabulary(name):
    """One vocabulary as GET /v1/vocabularies/{name} gives it: standard terms, then local ones."""
    standard = _standard(name)
    terms = [{"term": term, "description": description} for term, description in standard.items()]
    if name == "event_types":
        for entry in terms:
            entry["quad_class"] = vocab.quad_class(entry["term"])
    if name in vocab.OPEN:
        terms += list(current().get(name, {}).values())
    return {"name": name, "href": f"/v1/vocabularies/{name}", "open": name in vocab.OPEN,
            "term_max_length": width(name) if name in vocab.OPEN else None, "terms": terms}


def listing():
    """Every vocabulary: name -> its terms (local ones after the standard ones), and name -> whether it is open."""
    local = current()
    found = {name: [{"term": term, "description": description} for term, description in terms.items()]
             + list(local.get(name, {}).values()) for name, terms in vocab.ALL.items()}
    for entry in found["event_types"]:
        entry["quad_class"] = vocab.quad_class(entry["term"])
    return found, {name: name in vocab.OPEN for name in vocab.ALL}


def _open(name):
    _standard(name)
    if name not in vocab.OPEN:
        raise InvalidInput({"name": [f"The vocabulary {name} is closed: it takes no local terms (the open ones: "
                                     f"{', '.join(sorted(vocab.OPEN))})."]})


def _row(name, term):
    _standard(name)
    row = VocabularyTerm.get_or_none(VocabularyTerm.vocabulary == name, VocabularyTerm.term == term)
    if row is None:
        raise NotFound(f"No local term '{term}' in {name} (GET /v1/vocabularies/{name} lists its terms).")
    return row


def get(name, term):
    return _shown(_row(name, term))


def _check_broader(name, broader):
    if broader is not None and (broader not in vocab.ALL[name] or broader == "other"):
        raise InvalidInput({"broader": [f"'{broader}' is not a standard term of {name}: broader names the standard "
                                        "term this one narrows (GET /v1/vocabularies/" f"{name})."]})


def _next_change():
    return (VocabularyTerm.select(fn.MAX(VocabularyTerm.change)).scalar() or 0) + 1


def create(name, data):
    """Register a local term: 404 for no such vocabulary, 422 naming `name` for a closed one, `term` for a term
    taken or one that is a standard term with local: before it, `broader` for a broader term not standard."""
    with write_transaction():
        _open(name)
        term = data["term"]
        if term[len(schema_terms.PREFIX):] in vocab.ALL[name]:
            raise InvalidInput({"term": [f"{term[len(schema_terms.PREFIX):]} is a standard term of {name}: use it."]})
        if len(term) > width(name):
            raise InvalidInput({"term": [f"At most {width(name)} characters in {name} (its records' columns hold no "
                                         f"more): local: and {width(name) - len(schema_terms.PREFIX)} more."]})
        if VocabularyTerm.get_or_none(VocabularyTerm.vocabulary == name, VocabularyTerm.term == term) is not None:
            raise InvalidInput({"term": [f"{term} is registered in {name} already (PATCH it to change it)."]})
        _check_broader(name, data.get("broader"))
        now = utcnow()
        row = VocabularyTerm.create(vocabulary=name, term=term, description=data["description"],
                                    broader=data.get("broader"), source=data.get("source"), deprecated=False,
                                    change=_next_change(), created_at=now, updated_at=now)
        return _shown(row)


def update(name, term, data):
    """A PATCH: the description, broader term, source and deprecation; the term itself stays."""
    with write_transaction():
        row = _row(name, term)
        if "broader" in data:
            _check_broader(name, data["broader"])
        changes = {key: data[key] for key in ("description", "broader", "source", "deprecated") if key in data}
        changes = {key: value for key, value in changes.items() if getattr(row, key) != value}
        if changes:
            VocabularyTerm.update({**changes, "updated_at": utcnow(), "change": _next_change()}).where(
                VocabularyTerm.id == row.id).execute()
        return get(name, term)
