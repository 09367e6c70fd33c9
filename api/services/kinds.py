"""The kinds of record: each is its model (the storage), its input schema (the field declaration) and its rules.

Everything else about a kind is read from its declaration (api/services/declared.py): the columns and rows a
write fills, the records its input points at (checked before writing), the input form of a record (what
PUT accepts and PATCH merges into), which records point at it (reported when a delete is refused), its
representation (api/representations.py) and its CSV columns (api/formats.py). The generic
create/replace/patch/delete in records.py works for every kind through this description.
"""
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from schemas import INPUT_SCHEMAS

from .. import representations as rep
from ..models import OWNER_COLUMNS, Actor, Event, Figure, Place, Source, Statement, StatementFigure, Treaty
from . import declared, issue_refs, property_rules, rules

ISSUE_LINKS = (("actor_ids", "actors"), ("event_id", "events"))   # what an event's issues item names (acts35)


@dataclass(frozen=True)
class Referrer:
    """Records of kind `kind` whose field `field` points at a record: `owners(id)` selects their IDs."""

    kind: str
    field: str
    owners: Callable


@dataclass(frozen=True)
class Kind:
    name: str                       # URL segment and the kind named in revisions: "events"
    model: type
    rules: Callable = lambda record_id, data, fixed_ids=False: []  # -> [(path, message)]

    def label(self):
        return self.name[:-1] if not self.name.endswith("ies") else self.name[:-3] + "y"

    @property
    def schema(self):
        return INPUT_SCHEMAS[self.name]

    @property
    def fields(self):
        return declared.declared(self.schema)

    def represent(self, rows, shape=rep.FULL):
        """Row dicts (api/sql.py) -> representations."""
        return rep.represent(self.name, self.fields, rows, shape)

    def to_input(self, representation):
        return declared.to_input(representation, self.fields)

    def columns(self, data):
        return declared.columns(self.fields, data)

    def write_children(self, record_id, data, fresh=False):
        declared.write_rows(self.model, record_id, data, self.fields, fresh)

    def references(self, data):
        """The records the input refers to, as rules.Ref (path, model, id)."""
        return [rules.Ref(ref.path, MODELS[ref.link], ref.id)
                for ref in declared.references(self.fields, data) if ref.link in MODELS]

    @cached_property
    def referrers(self):
        """Who may refer to a record of this kind: every link to it that any kind declares."""
        return tuple(Referrer(kind.name, path, _owners(holder, column, climb))
                     for kind in KINDS.values()
                     for path, link, holder, column, climb in declared.link_paths(kind.fields, kind.model)
                     if link == self.name) + tuple(
            Referrer(kind, field, owners) for kind, field, owners in property_rules.link_referrers(self.name)) + (
            (Referrer("statements", "about_figure_ids", _naming_its_figures(OWNER_COLUMNS[self.name])),)
            if self.name in OWNER_COLUMNS else ()) + tuple(   # acts35: an event's issues name actors and events
            Referrer("events", f"issues.{key}", issue_refs.owners(key))
            for key, link in ISSUE_LINKS if link == self.name)


def _naming_its_figures(owner_column):
    """id -> a query of the statements naming one of that record's figures (about_figure_ids, migrations/0091):
    a figure is not a kind, so its holder is what such a statement refers to, and cannot be deleted under it."""
    def owners(record_id):
        its_figures = Figure.select(Figure.id).where(getattr(Figure, owner_column) == record_id)
        naming = StatementFigure.figure.in_(its_figures)
        if owner_column == "statement":   # a statement naming its own figure is no referrer of itself
            naming &= StatementFigure.statement != record_id
        return StatementFigure.select(StatementFigure.statement).where(naming)
    return owners


def _owners(holder, column, climb):
    """id -> a query of the IDs of the records holding that ID in `column` of `holder` (up `climb`)."""
    def owners(record_id):
        if not climb:
            return holder.select(holder.id).where(getattr(holder, column) == record_id)
        (model, owner_field), *rest = climb
        query = model.select(getattr(model, owner_field)).where(getattr(model, column) == record_id)
        for model, owner_field in rest:
            query = model.select(getattr(model, owner_field)).where(model.id.in_(query))
        return query
    return owners


KINDS = {kind.name: kind for kind in (
    Kind("sources", Source, rules.source_rules),
    Kind("actors", Actor, rules.actor_rules),
    Kind("places", Place, rules.place_rules),
    Kind("events", Event, rules.event_rules),
    Kind("treaties", Treaty, rules.treaty_rules),
    Kind("statements", Statement, rules.statement_rules),
)}
MODELS = {name: kind.model for name, kind in KINDS.items()}
