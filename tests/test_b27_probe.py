from helpers import BODIES
def test_probe(client):
    e = {**BODIES["events"]}; e.pop("date_start"); e.pop("date_end"); e.pop("date_precision")
    r = client.post("/v1/events", json={**e, "date_edtf": "1998-12", "date_part": "early"})
    print(r.status_code, r.get_json())
    t = {**BODIES["treaties"]}; t.pop("signed_date")
    r = client.post("/v1/treaties", json=t)
    print(r.status_code, {k: v for k, v in r.get_json().items() if "date" in k or "prec" in k})
