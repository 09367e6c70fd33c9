"""A kind's field declaration (its input schema, schemas/declaration.py) read for storage: the columns a write
fills, the rows it owns, the records it refers to, and its input form read back from a representation.

Nothing here names a field: a field added to an input schema is written, read back and checked by these
functions as it stands.
"""
from dataclasses import dataclass
from functools import cache

from marshmallow import fields

from schemas.declaration import is_column, is_list_of_links, nested_schema, owns_records, shown_name

from .. import jsonio, write_sql


@dataclass(frozen=True)
class Ref:
    """A reference from the input to another record: `path` names the field in error messages."""

    path: tuple
    link: str      # the kind it links to: "actors", ...
    id: int


@dataclass(frozen=True)
class Declared:
    """One field of an input schema, as storage sees it."""

    name: str              # the input's name: place_id
    shown: str             # the representation's: place
    column: str | None     # the column of the record (or item) it is stored in: place
    link: str | None       # what an ID (or each ID of a list) links to: "places"
    rows: str | None       # the backref of the rows it is stored in: participant_rows
    item: tuple | None     # the Declared fields of each item of a list of objects
    owns_records: bool     # items kept by ID (figures, provisions, participants)
    is_float: bool
    is_map: bool           # a map (external_ids), not a list
    is_object: bool        # one nested object (a reported date), stored whole as JSON in its column
    also_shown: tuple | None
    also_columns: object = None   # a nested object's plain columns for filters: value -> {column: value}
    item_key: tuple | None = None   # the fields that name an owned item without its id (a participant's)
    is_terms: bool = False        # a list of plain values (a source's publishers), stored whole as JSON
    is_bool: bool = False         # SQLite reads a boolean column back as 0 or 1 (an actor's unidentified)
    inner: tuple | None = None    # a nested object's own Declared fields: its links are checked (a date's relative)


@cache
def declared(schema_cls):
    """The fields of an input schema, in order."""
    result = []
    for name, field in schema_cls._declared_fields.items():
        item_cls = nested_schema(field)
        link = field.inner.metadata.get("link") if is_list_of_links(field) else field.metadata.get("link")
        single_link = link if not isinstance(field, fields.List) else None
        # one nested object, or a value of any JSON type (a property's value, schemas/property_values.py): whole
        is_object = isinstance(field, fields.Nested) or bool(field.metadata.get("json"))
        stored_whole = (isinstance(field, fields.List) and "rows" not in field.metadata) or is_object  # JSON
        column = None
        if name != "id" and (is_column(field) or stored_whole):
            column = name[:-3] if single_link and name.endswith("_id") else name
        result.append(Declared(
            name=name, shown=shown_name(name, field), column=column, link=link, rows=field.metadata.get("rows"),
            item=declared(item_cls) if item_cls is not None else None,
            owns_records=item_cls is not None and owns_records(item_cls),
            is_float=isinstance(field, fields.Float), is_map=isinstance(field, fields.Dict), is_object=is_object,
            also_shown=field.metadata.get("also_shown"),
            also_columns=field.metadata.get("columns") if is_object else None,
            item_key=getattr(item_cls, "KEY", None),
            is_terms=stored_whole and not is_object and item_cls is None and link is None,
            is_bool=isinstance(field, fields.Boolean),
            inner=declared(type(field.schema)) if isinstance(field, fields.Nested) else None))
    return tuple(result)


def _id(value):
    """A link as a representation shows it (the ID, or the record embedded) -> its ID."""
    return value["id"] if isinstance(value, dict) else value


def to_input(representation, fields_):
    """A representation -> the input form a PUT accepts (and a PATCH merges into)."""
    form = {}
    for f in fields_:
        value = representation[f.shown]
        if f.item is not None:
            value = [to_input(item, f.item) for item in value]
        elif f.link and f.shown != f.name:
            value = [_id(v) for v in value] if isinstance(value, list) else _id(value)
        form[f.name] = value
    return form


def columns(fields_, data):
    """Input -> the values of the columns of the record (or item); a field left out is null."""
    values = {}
    for f in fields_:
        if f.column is None:
            continue
        value = data.get(f.name)
        if f.is_object:
            if f.also_columns is not None:
                values.update(f.also_columns(value))
            value = jsonio.dumps_text(value) if value is not None else None
        elif f.item is not None or isinstance(value, list):   # a list of objects, or of terms, stored whole
            value = jsonio.dumps_text(value if value is not None else [])
        values[f.column] = value
    return values


def row_model(owner_model, backref):
    """The model of the rows `owner_model` owns under `backref`, and the name of their owner column."""
    for foreign_key, model in owner_model._meta.backrefs.items():
        if foreign_key.backref == backref:
            return model, foreign_key.name
    raise LookupError(f"{owner_model.__name__} has no rows called {backref}")


def _value_columns(model, owner_field):
    """The columns of an owned row that hold the input's values (not its ID, owner or position)."""
    return [f.name for f in model._meta.sorted_fields if f.name not in ("id", owner_field, "position")]


def _replace_rows(model, owner_field, owner_id, rows, fresh, pending=None):
    """Replace the rows a record owns with new ones, keeping the given order (and the IDs rows give).
    `pending` (model -> rows): where a fresh owner's rows wait, to be inserted with its siblings' rows."""
    if not fresh:
        write_sql.delete_where(model, **{owner_field: owner_id})
    positioned = "position" in model._meta.fields
    for position, row in enumerate(rows):
        row[owner_field] = owner_id
        if positioned:
            row["position"] = position
    if fresh and pending is not None:
        pending.setdefault(model, []).extend(rows)
    else:
        write_sql.insert_many(model, rows)


def _upsert_owned(model, owner_field, owner_id, items, item_fields, fresh):
    """Keep owned rows that the input names by id, create the others, delete the rest.

    Used for rows with public IDs (figures, provisions) so that a PUT of the whole record does not change the
    IDs of the parts it keeps (rules.owned_ids has made sure that a given ID is this record's own, or a fixed
    ID of the example data)."""
    kept = {item["id"] for item in items if item.get("id")}
    pending = {}
    if kept and not fresh:
        model.delete().where((getattr(model, owner_field) == owner_id) & model.id.not_in(kept)).execute()
    elif not fresh:
        write_sql.delete_where(model, **{owner_field: owner_id})
    for position, item in enumerate(items):
        row_id, values = item.get("id"), {**columns(item_fields, item), "position": position}
        updated = bool(row_id and model.update(values).where(model.id == row_id).execute())
        if not updated:
            row_id = write_sql.insert(model, {owner_field: owner_id, **values, **({"id": row_id} if row_id else {})})
        write_rows(model, row_id, item, item_fields, fresh=not updated, pending=pending)
    for row_model_, rows in pending.items():   # the new items' own rows (a figure's sources...), per table
        write_sql.insert_many(row_model_, rows)


def _replace_items(model, owner_field, owner_id, items, item_fields, fresh):
    """Replace owned items that own rows of their own (a relation's sources): written one by one, each
    before its rows. Deleting the old items deletes their rows (on delete cascade)."""
    if not fresh:
        write_sql.delete_where(model, **{owner_field: owner_id})
    for position, item in enumerate(items):
        row_id = write_sql.insert(model, {owner_field: owner_id, "position": position, **columns(item_fields, item)})
        write_rows(model, row_id, item, item_fields, fresh=True)


def write_rows(owner_model, owner_id, data, fields_, fresh=False, pending=None):
    """Write the rows a record (or item) owns, for each list the input gives. `fresh`: the owner was inserted
    just now, so it owns no rows yet and there are none to delete first (a round trip each on PostgreSQL);
    `pending`: see _replace_rows."""
    for f in fields_:
        if f.rows is None or f.name not in data:
            continue
        model, owner_field = row_model(owner_model, f.rows)
        value = data[f.name]
        if f.owns_records and model._meta.backrefs:
            _upsert_owned(model, owner_field, owner_id, value, f.item, fresh)
            continue
        if f.owns_records:   # rows nothing refers to nor hangs on (participants): replaced whole, IDs kept,
            # so that two items trading values (roles) never meet a unique index half-way
            _replace_rows(model, owner_field, owner_id, [
                {**columns(f.item, item), **({"id": item["id"]} if item.get("id") else {})} for item in value], fresh,
                pending)
            continue
        value_columns = _value_columns(model, owner_field)
        if f.item is not None and any(g.rows for g in f.item):
            _replace_items(model, owner_field, owner_id, value, f.item, fresh)
            continue
        if f.item is not None:
            rows = [columns(f.item, item) for item in value]
        elif isinstance(value, dict):
            rows = [dict(zip(value_columns, pair)) for pair in value.items()]
        else:
            rows = [{value_columns[0]: v} for v in value]
        _replace_rows(model, owner_field, owner_id, rows, fresh, pending)


def _walk_links(fields_, data, path=()):
    for f in fields_:
        value = data.get(f.name)
        if f.item is not None:
            for i, item in enumerate(value or []):
                yield from _walk_links(f.item, item, path + (f.name, i))
        elif f.inner is not None and isinstance(value, dict):   # a reported date's relative event (0077)
            yield from _walk_links(f.inner, value, path + (f.name,))
        elif f.link and isinstance(value, list):
            yield from (Ref(path + (f.name, i), f.link, v) for i, v in enumerate(value))
        elif f.link and f.name != "id" and value:
            yield Ref(path + (f.name,), f.link, value)


def references(fields_, data):
    """Every record the input refers to. The record's sources come first, as they always did: an answer
    naming several missing records lists them in that order."""
    refs = list(_walk_links(fields_, data))
    return sorted(refs, key=lambda ref: ref.path[0] != "source_ids")


def link_paths(fields_, model, prefix=""):
    """Every link a kind declares, as (dotted input path, link, model holding the ID, its column, climb): `climb`
    lists the (model, owner column) steps from the row holding the ID up to the record, none when the record
    holds it itself. The record's sources come first, as in `references`."""
    for f in sorted(fields_, key=lambda f: bool(prefix) or f.name != "source_ids"):
        path = prefix + f.name
        if f.item is not None and f.rows:
            rows_model, owner_field = row_model(model, f.rows)
            for found in link_paths(f.item, rows_model, path + "."):
                yield found[:4] + (found[4] + ((rows_model, owner_field),),)
        elif f.link and f.rows:
            rows_model, owner_field = row_model(model, f.rows)
            yield path, f.link, rows_model, _value_columns(rows_model, owner_field)[0], ((rows_model, owner_field),)
        elif f.link and f.column:
            yield path, f.link, model, f.column, ()
