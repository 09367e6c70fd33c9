"""Plain SQL for the hot write path: inserting and deleting the rows a record owns (participants, figures,
sources cited, external IDs, search entries...).

peewee builds a statement's text anew for every call, and for these one-row statements that cost several
times what the database spends running them (an import writes a dozen such rows per event: profiled in
docs/performance.md, "Imports"). The text is made once per table and column set, from the models' metadata,
and run with bound parameters; values go through each field's db_value, as peewee's own query would. Rows
whose keys nobody needs back go in together (`insert_many`): on PostgreSQL each statement is a round trip.
"""
from functools import cache

from . import db
from .sql import quote


@cache
def _insert_text(model, columns, returning, param):
    fields = [model._meta.combined[name] for name in columns]
    text = (f"INSERT INTO {quote(model._meta.table_name)} ({', '.join(quote(f.column_name) for f in fields)}) "
            f"VALUES ({', '.join([param] * len(fields))})")
    return text + (f" RETURNING {quote(model._meta.primary_key.column_name)}" if returning else "")


def insert(model, values):
    """INSERT one row of `model` (values by field name) -> its primary key (None for a model without an
    automatic one)."""
    columns = tuple(values)
    fields = model._meta.combined   # by field name, column name ("place_id") or a foreign key's id name
    automatic = model._meta.auto_increment
    returning = automatic and not db.is_sqlite()
    cursor = db.database.execute_sql(_insert_text(model, columns, returning, db.database.param),
                                     [fields[name].db_value(values[name]) for name in columns])
    if not automatic:
        return values.get(model._meta.primary_key.name)
    if "id" in values:   # a row that keeps its ID
        return values["id"]
    return cursor.fetchone()[0] if returning else cursor.lastrowid


def insert_with_defaults(model, values):
    """`insert`, with each field left out that has a default given it, as peewee's Model.insert does: for a
    record's own row (records.create), whose statement peewee would build anew for each record."""
    given = set(values)
    for field, default in model._meta.defaults.items():
        if field.name not in given and field.column_name not in given:
            values = {**values, field.name: default() if callable(default) else default}
    return insert(model, values)


@cache
def _insert_many_text(model, columns, count, param):
    fields = [model._meta.combined[name] for name in columns]
    row = f"({', '.join([param] * len(fields))})"
    return (f"INSERT INTO {quote(model._meta.table_name)} ({', '.join(quote(f.column_name) for f in fields)}) "
            f"VALUES {', '.join([row] * count)}")


MANY = 100   # rows per multi-row INSERT at most: far below either engine's limit on bound parameters


def insert_many(model, rows):
    """INSERT rows of `model` (dicts by field name) whose keys are not needed back, one statement per run of
    up to MANY rows with the same fields: one round trip where `insert` takes one per row (what costs most on
    PostgreSQL, whose server is another process)."""
    start = 0
    while start < len(rows):
        columns = tuple(rows[start])
        end = start + 1
        while end < len(rows) and end - start < MANY and tuple(rows[end]) == columns:
            end += 1
        fields = [model._meta.combined[name] for name in columns]
        db.database.execute_sql(_insert_many_text(model, columns, end - start, db.database.param),
                                [f.db_value(row[name]) for row in rows[start:end] for f, name in zip(fields, columns)])
        start = end


@cache
def _delete_text(model, columns, param):
    return (f"DELETE FROM {quote(model._meta.table_name)} WHERE "
            + " AND ".join(f"{quote(model._meta.combined[name].column_name)} = {param}" for name in columns))


def delete_where(model, **equal):
    """DELETE the rows of `model` whose fields equal the values given (by field name)."""
    columns = tuple(equal)
    db.database.execute_sql(_delete_text(model, columns, db.database.param),
                            [model._meta.combined[name].db_value(equal[name]) for name in columns])


@cache
def _update_text(model, columns, param):
    return (f"UPDATE {quote(model._meta.table_name)} SET "
            + ", ".join(f"{quote(model._meta.combined[name].column_name)} = {param}" for name in columns)
            + f" WHERE {quote(model._meta.primary_key.column_name)} = {param}")


def update_by_id(model, row_id, values):
    """UPDATE the row of `model` with this primary key, setting the values given (by field name)."""
    columns = tuple(values)
    fields = model._meta.combined
    db.database.execute_sql(_update_text(model, columns, db.database.param),
                            [fields[name].db_value(values[name]) for name in columns] + [row_id])


@cache
def _upsert_text(table, columns, key, count, param):
    row = f"({', '.join([param] * len(columns))})"
    updated = ", ".join(f"{column} = excluded.{column}" for column in columns if column not in key)
    return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([row] * count)} "
            f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updated}")


def upsert(table, columns, key, params):
    """INSERT rows (`params`: their values, row after row, in `columns`' order) or, where the `key` columns
    match a row already there, UPDATE its other columns: one statement (the stored forms and shapes)."""
    if params:
        db.database.execute_sql(_upsert_text(table, tuple(columns), tuple(key), len(params) // len(columns),
                                             db.database.param), params)
