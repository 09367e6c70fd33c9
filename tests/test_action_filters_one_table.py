"""The eight filters on a statement's lists of acts (requested_action= ... intended_action=) are declared from
one table (schemas/act_filters.py ACTION_FILTERS) and read by it (api/services/act_filters.py): generated over
its rows, each finds the statement whose list has an item of that action, and no other list's."""
import pytest

from schemas.act_filters import ACT_FILTERS, ACTION_FILTERS

from helpers import STATEMENT, created, ids

ROWS = [(name, items, example) for name, items, _, example in ACTION_FILTERS]


def test_every_row_is_a_declared_statement_filter():
    assert [name for name, *_ in ROWS] == [n for n in ACT_FILTERS["statements"]   # (not_said_action: a point left
                                           if n.endswith("_action") and n != "not_said_action"]   # unsaid, acts33)


@pytest.mark.parametrize("name,items,example", ROWS, ids=[row[0] for row in ROWS])
def test_each_filter_finds_its_lists_action(client, name, items, example):
    intended = items == "intentions"   # what another actor intends: that actor named, on the statement too
    item = {"action": example, **({"about_actor_ids": [1]} if intended else {})}
    statement = created(client, "statements", {**STATEMENT, items: [item], **({"about_actor_ids": [1]} if intended else {})})
    assert ids(client, f"/v1/statements?{name}={example}&limit=500") == [statement["id"]]
    for other, other_items, _ in ROWS:
        if other_items != items:
            assert statement["id"] not in ids(client, f"/v1/statements?{other}={example}&limit=500")
