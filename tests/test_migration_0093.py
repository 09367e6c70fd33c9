"""Migration 0093 on the engine under test: the nine record columns that hold terms of open vocabularies become
80 characters wide on PostgreSQL (a provision object's kind was 12); down narrows them again. That every such
field takes a local term of 80 characters through HTTP, on both engines: tests/test_local_terms.py."""
import importlib
import pathlib

from old_databases import widens_and_narrows

TARGET = "0093_wider_term_columns"
BEFORE = max(path.stem for path in (pathlib.Path(__file__).parents[1] / "migrations").glob("0*.py")
             if path.stem < TARGET)
COLUMNS = importlib.import_module("migrations." + TARGET).COLUMNS


def test_up_widens_the_columns_and_down_narrows_them(dbs):
    widens_and_narrows(dbs, BEFORE, TARGET, {(table, column): narrow for table, column, narrow in COLUMNS})
