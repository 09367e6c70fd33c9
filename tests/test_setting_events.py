"""Events that are the setting of a conflict (fixes25, trial t29: the 2004 tsunami behind the Aceh talks, an
election): types DISASTER and ELECTION, quad class `setting`, with modes from EM-DAT and NELDA
(schemas/vocab_settings.py). Generated over the declared modes; the filters, CSV, stats and exports keep working."""
import csv
import io

import pytest

from schemas import vocabularies as vocab
from schemas.vocab_settings import SETTING_EVENT_MODES, SETTING_EVENT_TYPES

from helpers import EVENT, created, ids, problem

SETTING = {**EVENT, "participants": [], "figures": [], "parent_id": None}
MODES = [(mode, types[0]) for mode, (types, _) in SETTING_EVENT_MODES.items()]


def test_the_types_are_published_with_their_quad_class_and_modes(client):
    listing = client.get("/v1/vocabularies").get_json()["vocabularies"]
    types = {entry["term"]: entry for entry in listing["event_types"]}
    assert {types[t]["quad_class"] for t in SETTING_EVENT_TYPES} == {"setting"}
    assert "setting" in [entry["term"] for entry in listing["quad_classes"]]
    modes = [entry["term"] for entry in listing["event_modes"]]
    assert {"tsunami", "earthquake", "flood", "legislative", "referendum"} <= set(modes)


@pytest.mark.parametrize("mode,type_", MODES)
def test_each_mode_goes_with_its_type_and_reads_back(client, mode, type_):
    event = created(client, "events", {**SETTING, "title": f"A {mode}", "type": type_, "mode": mode})
    assert (event["type"], event["mode"], event["quad_class"]) == (type_, mode, "setting")
    assert event["id"] in ids(client, f"/v1/events?type={type_}&mode={mode}")
    other = "ELECTION" if type_ == "DISASTER" else "DISASTER"
    errors = problem(client.post("/v1/events", json={**SETTING, "type": other, "mode": mode}), 422)["errors"]
    assert list(errors) == ["mode"] and type_ in errors["mode"][0]


def test_a_conflict_mode_does_not_go_with_a_setting_type(client):
    errors = problem(client.post("/v1/events", json={**SETTING, "type": "DISASTER", "mode": "ambush"}), 422)["errors"]
    assert "mode" in errors


def test_filters_csv_stats_and_exports_read_them(client):
    tsunami = created(client, "events", {**SETTING, "title": "The tsunami strikes", "type": "DISASTER",
                                         "mode": "tsunami", "date_start": "2004-12-26", "date_end": "2004-12-26"})
    vote = created(client, "events", {**SETTING, "title": "Governor elected", "type": "ELECTION", "mode": "local",
                                      "date_start": "2006-12-11", "date_end": "2006-12-11"})
    assert set(ids(client, "/v1/events?type=DISASTER,ELECTION")) == {tsunami["id"], vote["id"]}
    assert tsunami["id"] not in ids(client, "/v1/events?type=FIGHT,ASSAULT&limit=500")
    rows = list(csv.DictReader(io.StringIO(
        client.get("/v1/events?type=DISASTER,ELECTION&format=csv").get_data(as_text=True))))
    assert {(row["type"], row["quad_class"], row["mode"]) for row in rows} == {
        ("DISASTER", "setting", "tsunami"), ("ELECTION", "setting", "local")}
    by_type = client.get("/v1/events/stats?group_by=type").get_json()
    counts = {bucket["type"]: bucket["events"] for bucket in by_type["buckets"]}
    assert (counts["DISASTER"], counts["ELECTION"]) == (1, 1)
    by_class = client.get("/v1/events/stats?group_by=quad_class").get_json()
    assert {b["quad_class"]: b["events"] for b in by_class["buckets"]}["setting"] == 2
    for fmt in ("acled", "ucdp-ged"):
        assert client.get(f"/v1/events?type=DISASTER,ELECTION&format={fmt}").status_code == 200


def test_every_type_has_a_quad_class_that_is_published():
    assert {vocab.quad_class(t) for t in vocab.EVENT_TYPES} <= set(vocab.QUAD_CLASSES)
