"""What the reporting says is NOT so, and where a treaty was signed (issue 10, mend-not; docs/api.md "What is
reported not to be"), through HTTP: an actor reported not a party, not a signatory or not named, with who says
so; a provision the text is reported not to contain; the place of signing and its filter. Bad input gets a
problem+json naming the field."""
import pytest

from helpers import TREATY, problem
from schemas.vocab_treaties import NEGATIVE_PARTY_ROLES


def ids(client, query):
    body = client.get(f"/v1/treaties?{query}&limit=500").get_json()
    assert "items" in body, body
    return sorted(item["id"] for item in body["items"])


def create(client, **fields):
    response = client.post("/v1/treaties", json={**TREATY, **fields})
    assert response.status_code == 201, response.get_json()
    return client.get(response.get_json()["href"]).get_json()


@pytest.mark.parametrize("role", NEGATIVE_PARTY_ROLES)
def test_an_actor_reported_not_in_the_treaty_reads_back_and_is_no_party(client, role):
    rwanda = client.post("/v1/actors", json={"name": "Rwanda", "kind": "state", "country": "RWA"}).get_json()["id"]
    entry = {"actor_id": rwanda, "role": role, "claimant_id": 1, "source_ids": [1],
             "note": "Rwanda is not a party to the agreement."}
    record = create(client, parties=[{"actor_id": 1}, {"actor_id": 2}, entry])
    shown = record["parties"][2]
    assert shown["role"] == role and shown["claimant"] == 1 and shown["sources"] == [1]
    assert shown["note"] == entry["note"]
    assert ids(client, f"party={rwanda}") == []   # reported NOT in it: no party of it
    assert ids(client, f"party={rwanda}&party_role={role}") == [record["id"]]
    assert ids(client, f"party_role={role}") == [record["id"]]
    assert record["id"] in ids(client, "claimant=1")
    assert record["id"] in ids(client, "party=1")


@pytest.mark.parametrize("name, value", [("joined", "2020-01-01"), ("left", "2020-01-01"), ("signed_by_id", 10),
                                         ("participation", [{"change": "joined", "date": None}])])
def test_a_non_party_has_no_dates_signer_nor_participation(client, name, value):
    before = ids(client, "kind=ceasefire")
    response = client.post("/v1/treaties", json={**TREATY, "parties": [
        {"actor_id": 1}, {"actor_id": 2, "role": "not_party", name: value}]})
    assert name in problem(response, 422)["errors"]["parties"]["1"]
    assert ids(client, "kind=ceasefire") == before


def test_a_provision_the_text_does_not_contain(client):
    provision = {"type": "withdrawal", "summary": "Withdrawal of Rwandan troops from eastern DRC.",
                 "modality": "not_provided", "obliged_actor_ids": [2], "claimant_id": 1, "source_ids": [1]}
    record = create(client, provisions=[provision])
    shown = record["provisions"][0]
    assert shown["modality"] == "not_provided" and shown["claimant"] == 1 and shown["sources"] == [1]
    assert ids(client, "modality=not_provided") == [record["id"]]


def test_where_a_treaty_was_signed(client):
    record = create(client, signed_at_id=6)
    assert record["signed_at"]["id"] == 6 and record["signed_at"]["name"] == "Stepanakert"
    other = create(client, name="Another")
    assert other["signed_at"] is None
    assert ids(client, "signed_at=6") == [record["id"]]
    embedded = client.get(f"/v1/treaties/{record['id']}?include=signed_at").get_json()
    assert embedded["signed_at"]["id"] == 6
    csv = client.get("/v1/treaties?format=csv").get_data(as_text=True)
    assert "signed_at_id" in csv.splitlines()[0]
    assert client.delete("/v1/places/6").status_code == 409   # named as the place of signing


@pytest.mark.parametrize("body, field", [({"signed_at_id": 999999}, "signed_at_id"),
                                         ({"signed_at_id": "x"}, "signed_at_id")])
def test_bad_places_of_signing(client, body, field):
    assert field in str(problem(client.post("/v1/treaties", json={**TREATY, **body}), 422))


def test_bad_signed_at_filter(client):
    assert "signed_at" in problem(client.get("/v1/treaties?signed_at=x"), 400)["errors"]   # a bad query: 400


def test_a_treaty_s_other_names_read_back_and_are_found(client):
    names = [{"name": "Washington Accords", "language": "en"}, {"name": "Accords de Washington", "language": "fr"},
             "Luanda process agreement"]
    record = create(client, name="Peace Agreement between the DRC and Rwanda", aliases=names)
    assert record["aliases"] == [names[0], names[1], {"name": "Luanda process agreement", "language": None}]
    found = client.get("/v1/search", query_string={"q": "Accords de Washington"}).get_json()["items"]
    assert ("treaties", record["id"]) in [(item["kind"], item["id"]) for item in found]
    assert [(item["kind"], item["id"]) for item in found][0] == ("treaties", record["id"])
    assert ids(client, "q=Luanda") == [record["id"]]   # full-text search reads them with the name
    csv = client.get("/v1/treaties?format=csv").get_data(as_text=True)
    assert "Washington Accords" in csv
    changed = client.patch(f"/v1/treaties/{record['id']}", json={"aliases": ["Washington agreement"]})
    assert changed.status_code == 200, changed.get_json()
    assert ids(client, "q=Luanda") == []
    again = client.get("/v1/search", query_string={"q": "Washington agreement"}).get_json()["items"]
    assert ("treaties", record["id"]) in [(item["kind"], item["id"]) for item in again]


@pytest.mark.parametrize("aliases, field", [([{"name": "X", "language": "french"}], "aliases"),
                                            (["X", "X"], "aliases"), ([{"name": ""}], "aliases")])
def test_bad_treaty_aliases(client, aliases, field):
    assert field in problem(client.post("/v1/treaties", json={**TREATY, "aliases": aliases}), 422)["errors"]


def test_a_denial_linked_to_the_relation_it_denies(client):
    rwanda = client.post("/v1/actors", json={"name": "Rwanda", "kind": "state", "country": "RWA"}).get_json()["id"]
    experts = client.post("/v1/actors", json={"name": "UN Group of Experts", "kind": "international_organisation"}
                          ).get_json()["id"]
    denial = client.post("/v1/statements", json={
        "speaker_id": rwanda, "date": "2024-07-10", "medium": "press_release", "stance": "deny",
        "summary": "Denies backing M23.", "source_ids": [1]})
    assert denial.status_code == 201, denial.get_json()
    denial = denial.get_json()["id"]
    relation = {"actor_id": rwanda, "relation": "backed_by", "claimant_id": experts, "source_ids": [1],
                "denied_by_statement_ids": [denial]}
    other = {"actor_id": 1, "relation": "opposes", "source_ids": [1]}
    created = client.post("/v1/actors", json={"name": "M23", "kind": "non_state_armed_group",
                                              "relations": [relation, other]})
    assert created.status_code == 201, created.get_json()
    m23 = created.get_json()["id"]
    shown = client.get(f"/v1/actors/{m23}").get_json()["relations"]
    assert shown[0]["denied_by_statements"] == [denial] and shown[0]["claimant"] == experts
    assert shown[1]["denied_by_statements"] == []

    def actors(query):
        return sorted(item["id"] for item in client.get(f"/v1/actors?{query}").get_json()["items"])

    assert actors(f"relation=backed_by&relation_denied_by={rwanda}") == [m23]
    assert actors(f"related_to={rwanda}&relation=backed_by&relation_denied=true") == [m23]
    assert actors("relation=opposes&relation_denied=true") == []
    assert m23 in actors("relation=opposes&relation_denied=false")
    assert actors(f"relation=opposes&relation_denied_by={rwanda}") == []
    assert client.delete(f"/v1/statements/{denial}").status_code == 409   # a denial a relation names
    kept = client.put(f"/v1/actors/{m23}", json={"name": "M23", "kind": "non_state_armed_group",
                                                 "relations": [relation]})
    assert kept.status_code == 200, kept.get_json()
    assert kept.get_json()["relations"][0]["denied_by_statements"] == [denial]


@pytest.mark.parametrize("value", [[999999], ["x"], [1, 1]])
def test_bad_denying_statements(client, value):
    before = client.get("/v1/actors?limit=500").get_json()["items"]
    response = client.post("/v1/actors", json={"name": "M23", "kind": "non_state_armed_group", "relations": [
        {"actor_id": 1, "relation": "backed_by", "denied_by_statement_ids": value}]})
    assert "denied_by_statement_ids" in str(problem(response, 422)["errors"])
    assert client.get("/v1/actors?limit=500").get_json()["items"] == before


def test_an_actor_a_statement_does_not_name(client):
    hamas = client.post("/v1/actors", json={"name": "Hamas", "kind": "non_state_armed_group"}).get_json()["id"]
    body = {"speaker_id": 1, "date": "2024-07-10", "medium": "press_release", "stance": "condemn",
            "summary": "Condemns the attack without naming Hamas.", "about_actor_ids": [hamas],
            "not_named_actor_ids": [hamas], "source_ids": [1]}
    created = client.post("/v1/statements", json=body)
    assert created.status_code == 201, created.get_json()
    record = client.get(created.get_json()["href"]).get_json()
    assert [a["id"] for a in record["not_named_actors"]] == [hamas] and record["not_named_actors"][0]["name"] == "Hamas"
    assert [a["id"] for a in record["about_actors"]] == [hamas]
    found = client.get(f"/v1/statements?not_named={hamas}").get_json()["items"]
    assert [item["id"] for item in found] == [record["id"]]
    assert client.get("/v1/statements?not_named=2").get_json()["items"] == []
    assert client.delete(f"/v1/actors/{hamas}").status_code == 409
    bad = client.post("/v1/statements", json={**body, "not_named_actor_ids": [999999]})
    assert "not_named_actor_ids" in problem(bad, 422)["errors"]


def test_treaty_stats_by_party_leave_non_parties_out(client):
    rwanda = client.post("/v1/actors", json={"name": "Rwanda", "kind": "state"}).get_json()["id"]
    create(client, parties=[{"actor_id": 1}, {"actor_id": rwanda, "role": "not_party", "source_ids": [1]}])
    body = client.get("/v1/treaties/stats?group_by=party").get_json()
    assert body["buckets"], body
    assert rwanda not in [(bucket["party"] or {}).get("id") for bucket in body["buckets"]]


def test_a_restore_brings_back_aliases_place_and_roles(client):
    record = create(client, aliases=["Washington Accords"], signed_at_id=6,
                    parties=[{"actor_id": 1}, {"actor_id": 2, "role": "not_signatory", "source_ids": [1]}])
    changed = client.patch(f"/v1/treaties/{record['id']}", json={"aliases": [], "signed_at_id": None})
    assert changed.status_code == 200, changed.get_json()
    assert changed.get_json()["aliases"] == [] and changed.get_json()["signed_at"] is None
    restored = client.post(f"/v1/treaties/{record['id']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    again = client.get(f"/v1/treaties/{record['id']}").get_json()
    assert again["aliases"] == [{"name": "Washington Accords", "language": None}]
    assert again["signed_at"]["id"] == 6 and again["parties"][1]["role"] == "not_signatory"
