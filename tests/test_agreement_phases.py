"""Issue 10, vocabulary round (migrations/0027), through HTTP: an agreement carried out in phases, each with
its dates and duration, and provisions grouped by phase."""
from helpers import TREATY, problem

PHASES = [{"key": "phase-1", "name": "Phase one", "number": 1, "start": {"date": "2025-01-19", "time": "08:30",
                                                                         "time_zone": "+02:00"},
           "duration": {"amount": 42, "unit": "days"}},
          {"key": "phase-2", "name": "Phase two", "number": 2,
           "note": "Negotiations on it begin by the 16th day of phase one."}]
PROVISIONS = [{"type": "ceasefire", "summary": "A halt to fighting.", "phase": "phase-1"},
              {"type": "other", "summary": "A permanent end to the war.", "phase": "phase-2"},
              {"type": "other", "summary": "Reconstruction of Gaza."}]


def test_phases_are_stored_revised_and_restored(client):
    created = client.post("/v1/treaties", json={**TREATY, "phases": PHASES, "provisions": PROVISIONS})
    assert created.status_code == 201, created.get_json()
    treaty = created.get_json()
    first, second = treaty["phases"]
    assert (first["key"], first["duration"], first["start"]["time"]) == ("phase-1", {"amount": 42, "unit": "days",
                                                                                       "qualifier": None},
                                                                         "08:30")
    assert second["start"] is None and second["note"].startswith("Negotiations")
    assert [p["phase"] for p in treaty["provisions"]] == ["phase-1", "phase-2", None]
    ndjson = client.get("/v1/treaties?format=ndjson&limit=500").get_data(as_text=True)
    assert '"phase-1"' in ndjson
    changed = client.patch(treaty["href"], headers={"If-Match": "*"}, json={"phases": PHASES[:1], "provisions": [
        {"id": treaty["provisions"][0]["id"]}]})
    assert changed.status_code == 200, changed.get_json()
    assert [p["key"] for p in changed.get_json()["phases"]] == ["phase-1"]
    restored = client.post(f"{treaty['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200 and len(restored.get_json()["phases"]) == 2


def test_bad_phases_name_the_field(client):
    cases = (({"phases": PHASES[:1], "provisions": PROVISIONS[:2]}, "provisions"),
             ({"phases": PHASES + [PHASES[0]]}, "phases"),
             ({"phases": [{**PHASES[0], "duration": {"amount": 42, "unit": "fortnights"}}]}, "phases"),
             ({"phases": [{"key": "Phase One"}]}, "phases"),
             ({"phases": [{"key": "p", "start": {"date": "2025-03-01"}, "end": {"date": "2025-01-01"}}]}, "phases"))
    for body, field in cases:
        errors = problem(client.post("/v1/treaties", json={**TREATY, **body}), 422)["errors"]
        assert field in errors, errors
