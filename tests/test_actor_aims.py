"""What an actor fights for, as the reporting labels it (issue 10, vocab26, migrations/0092; trial t34 #24 "the
separatist Kosovo Liberation Army"): aims after UCDP's incompatibility, generated over the vocabulary: stored, read
back, found by aim=, in CSV; bad input a 422 naming the field, and nothing changes."""
import csv
import io

import pytest

from schemas import vocabularies as vocab

from helpers import ACTOR, created, ids, problem

GROUP = {**ACTOR, "name": "Kosovo Liberation Army", "kind": "non_state_armed_group", "aliases": []}


@pytest.mark.parametrize("aim", list(vocab.ACTOR_AIMS))
def test_each_aim_is_stored_read_back_found_and_listed(client, aim):
    group = created(client, "actors", {**GROUP, "aims": [aim]})
    assert group["aims"] == [aim] and client.get(group["href"]).get_json()["aims"] == [aim]
    plain = created(client, "actors", {**GROUP, "name": "A group of no stated aim"})
    assert plain["aims"] == []
    assert ids(client, f"/v1/actors?aim={aim}") == [group["id"]]
    rows = list(csv.DictReader(io.StringIO(client.get(f"/v1/actors?aim={aim}&format=csv").get_data(as_text=True))))
    assert [row["aims"] for row in rows] == [aim]


def test_several_aims_and_a_filter_on_either(client):
    group = created(client, "actors", {**GROUP, "aims": ["autonomy", "secession"]})
    assert ids(client, "/v1/actors?aim=government,secession") == [group["id"]]
    assert ids(client, "/v1/actors?aim=government") == []
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/actors?aim=autonomy&format=csv").get_data(as_text=True))))
    assert rows[0]["aims"] == "autonomy|secession"


@pytest.mark.parametrize("aims", [["separatism"], ["secession", "secession"], "secession"])
def test_bad_aims_are_refused_naming_the_field(client, aims):
    before = client.get("/v1/actors?limit=500").get_json()["items"]
    assert "aims" in problem(client.post("/v1/actors", json={**GROUP, "aims": aims}), 422)["errors"]
    assert client.get("/v1/actors?limit=500").get_json()["items"] == before
    problem(client.get("/v1/actors?aim=separatism"), 400)
