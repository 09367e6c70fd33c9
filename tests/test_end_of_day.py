"""24:00, the end of a day (ISO 8601), where clock times are taken (issue 10, mend-misc; trial t16: "the truce
takes effect at 24:00 local time on Monday (1700 GMT)"), through HTTP: kept on the day reported, written as
EDTF T24:00:00 with the day's offset, read from EDTF too; other times past 23:59 are still a problem."""
import pytest

from helpers import BODIES, problem

TREATY = BODIES["treaties"]
EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}


def test_a_truce_from_24_00_local_time_on_monday(client):
    body = {**TREATY, "in_force_date": "2025-07-28", "in_force_time": "24:00", "in_force_time_zone": "Asia/Bangkok"}
    created = client.post("/v1/treaties", json=body)
    assert created.status_code == 201, created.get_json()
    read = client.get(created.get_json()["href"]).get_json()
    assert (read["in_force_date"], read["in_force_time"], read["in_force_edtf"]) == (
        "2025-07-28", "24:00", "2025-07-28T24:00:00+07:00")
    ids = {t["id"] for t in client.get("/v1/treaties?in_force_on=2025-07-28&limit=500").get_json()["items"]}
    assert read["id"] in ids
    # the EDTF form is read as well, and a span may end at the end of its day
    again = client.post("/v1/treaties", json={**TREATY, "in_force_edtf": "2025-07-28T24:00:00+07:00"})
    assert again.status_code == 201, again.get_json()
    assert client.get(again.get_json()["href"]).get_json()["in_force_time"] == "24:00:00"
    event = client.post("/v1/events", json={**EVENT, "time_start": "18:00", "time_end": "24:00",
                                              "time_zone": "+07:00"})
    assert event.status_code == 201, event.get_json()


@pytest.mark.parametrize("time", ["24:01", "24:00:01", "25:00", "24"])
def test_no_other_time_past_the_day(client, time):
    body = {**TREATY, "in_force_date": "2025-07-28", "in_force_time": time}
    errors = problem(client.post("/v1/treaties", json=body), 422)["errors"]
    assert "in_force_time" in errors, errors
