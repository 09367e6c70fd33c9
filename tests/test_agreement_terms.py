"""What agreement reporting says that needed terms of its own (issue 10, mend-agree; notes/trials t16, t17),
through HTTP: a treaty that builds on a declaration, an economic integration framework, a deadline counted from
a mechanism's first meeting, the body that meets and the host of a meeting, an unconditional ceasefire, and a
treaty aimed at ending a war. Each reads back as written, a filter finds it, and bad input gets a problem+json
naming the field (docs/api.md, "Provisions", "Treaty structure over time")."""
from helpers import EVENT, TREATY, problem


def treaty(client, **fields):
    response = client.post("/v1/treaties", json={**TREATY, **fields})
    assert response.status_code == 201, response.get_json()
    return client.get(response.get_json()["href"]).get_json()


def ids(client, kind, query):
    response = client.get(f"/v1/{kind}?{query}&limit=500")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def washington(client):
    """The DRC-Rwanda agreement: builds on a declaration; economic framework within 30 days of the first meeting."""
    declaration = treaty(client, name="Declaration of Principles", kind="other", status="signed", provisions=[])
    mechanism = {"key": "mechanism", "type": "monitoring", "summary": "A joint security coordination mechanism.",
                 "objects": [{"kind": "body", "action": "creates", "name": "joint security coordination mechanism"}]}
    framework = {"type": "economic_cooperation", "summary": "Launch a regional economic integration framework.",
                 "deadlines": [{"milestone": "start", "period": {"amount": 30, "unit": "days"}, "relation": "within",
                                "relative_to": "provision_first_occurrence", "provision_key": "mechanism",
                                "note": "within 30 days of the mechanism's first meeting"}]}
    record = treaty(client, name="Washington agreement", kind="peace_agreement", status="signed",
                    relations=[{"treaty_id": declaration["id"], "relation": "builds_on"}],
                    provisions=[mechanism, framework])
    return declaration, record


def test_builds_on_economic_cooperation_and_a_first_meeting_anchor_read_back_and_are_found(client):
    declaration, record = washington(client)
    assert [r["relation"] for r in record["relations"]] == ["builds_on"]
    mechanism, framework = record["provisions"]
    assert framework["type"] == "economic_cooperation"
    deadline = framework["deadlines"][0]
    assert (deadline["relative_to"], deadline["provision_key"]) == ("provision_first_occurrence", "mechanism")
    assert ids(client, "treaties", f"relates_to={declaration['id']}&relation=builds_on") == {record["id"]}
    assert ids(client, "treaties", "provision_type=economic_cooperation") == {record["id"]}
    assert "provision_first_occurrence" in str(client.get("/v1/vocabularies").get_json())


def test_a_first_occurrence_anchor_must_name_the_provision(client):
    body = problem(client.post("/v1/treaties", json={**TREATY, "provisions": [
        {"type": "economic_cooperation", "summary": "A framework.", "deadlines": [
            {"milestone": "start", "period": {"amount": 30, "unit": "days"}, "relation": "within",
             "relative_to": "provision_first_occurrence"}]}]}), 422)
    assert "provision_id" in str(body)
    assert "relation" in str(problem(client.post("/v1/treaties", json={**TREATY, "relations": [
        {"treaty_id": 1, "relation": "builds_upon"}]}), 422))


def gbc(client, **conditions):
    """The Putrajaya ceasefire: unconditional; the General Border Committee to meet, Cambodia hosting."""
    thailand, cambodia = (client.post("/v1/actors", json={"name": name, "kind": "state"}).get_json()["id"]
                          for name in ("Thailand", "Cambodia"))
    committee = client.post("/v1/actors", json={"name": "General Border Committee",
                                                 "kind": "joint_body"}).get_json()["id"]
    return treaty(client, name="Putrajaya ceasefire", kind="ceasefire", status="agreed", provisions=[
        {"type": "ceasefire", "summary": "An immediate and unconditional ceasefire.",
         "conditions": [{"type": "unconditional", "description": "immediate and unconditional"}]},
        {"type": "confidence_building", "summary": "A General Border Committee meeting on 4 August, Cambodia hosting.",
         "actors": [{"actor_id": committee, "role": "meeting_body"}, {"actor_id": cambodia, "role": "host"}]}],
        parties=[{"actor_id": thailand}, {"actor_id": cambodia}]), committee, cambodia


def test_host_meeting_body_and_unconditional_read_back_and_are_found(client):
    record, committee, cambodia = gbc(client)
    other = treaty(client)   # a provision with no conditions and no such roles
    ceasefire, meeting = record["provisions"]
    assert ceasefire["conditions"][0]["type"] == "unconditional"
    assert {(a["actor"]["id"], a["role"]) for a in meeting["actors"]} == {
        (committee, "meeting_body"), (cambodia, "host")}
    assert ids(client, "treaties", "provision_condition=unconditional") == {record["id"]}
    assert ids(client, "treaties", "provision_actor_role=host") == {record["id"]}
    assert ids(client, "treaties", f"provision_actor={cambodia}&provision_actor_role=host") == {record["id"]}
    assert ids(client, "treaties", f"provision_actor={committee}&provision_actor_role=host") == set()
    assert other["id"] not in ids(client, "treaties", "provision_condition=unconditional,other")
    problem(client.get("/v1/treaties?provision_condition=none"), 400)
    problem(client.get("/v1/treaties?provision_actor_role=venue"), 400)


def test_unconditional_stands_alone_and_its_words_are_optional(client):
    both = {"type": "ceasefire", "summary": "A ceasefire.", "conditions": [
        {"type": "unconditional", "description": "unconditional"}, {"type": "other", "description": "if calm"}]}
    body = problem(client.post("/v1/treaties", json={**TREATY, "provisions": [both]}), 422)
    assert "conditions" in str(body)
    # the type says it all (trial t73: the words "unconditional" added nothing); other types still need words
    bare = {"type": "ceasefire", "summary": "A ceasefire.", "conditions": [{"type": "unconditional"}]}
    response = client.post("/v1/treaties", json={**TREATY, "provisions": [bare]})
    assert response.status_code == 201, response.get_json()
    condition = response.get_json()["provisions"][0]["conditions"][0]
    assert (condition["type"], condition["description"]) == ("unconditional", None)
    assert response.get_json()["id"] in ids(client, "treaties", "provision_condition=unconditional")
    vague = {"type": "ceasefire", "summary": "A ceasefire.", "conditions": [{"type": "other"}]}
    assert "description" in str(problem(client.post("/v1/treaties", json={**TREATY, "provisions": [vague]}), 422))


def test_a_treaty_aimed_at_ending_a_war_is_found_from_the_war(client):
    _, record = washington(client)
    war = client.post("/v1/events", json={**EVENT, "title": "War in eastern Congo", "treaties": [
        {"treaty_id": record["id"], "link": "aimed_at_by"}]})
    assert war.status_code == 201, war.get_json()
    stored = client.get(war.get_json()["href"]).get_json()
    assert [(t["treaty"]["id"], t["link"]) for t in stored["treaties"]] == [(record["id"], "aimed_at_by")]
    assert ids(client, "events", f"treaty={record['id']}&treaty_link=aimed_at_by") == {war.get_json()["id"]}
    assert "link" in str(problem(client.post("/v1/events", json={**EVENT, "treaties": [
        {"treaty_id": record["id"], "link": "aims_to_end"}]}), 422))


def test_an_unnamed_understanding_is_an_unidentified_treaty_and_a_claimed_breach_its_accuser_s(client):
    """'Cambodia said the attack was in breach of an earlier understanding': no treaty is invented beyond the one
    the reporting refers to, marked unidentified; the breach is Cambodia's, so a statement says it."""
    understanding = treaty(client, name="an earlier understanding", kind="unknown", status="unknown",
                           unidentified=True, parties=[], provisions=[], signed_date=None)
    named = treaty(client)
    assert (understanding["unidentified"], named["unidentified"]) == (True, False)
    assert ids(client, "treaties", "unidentified=true") == {understanding["id"]}
    assert named["id"] in ids(client, "treaties", "unidentified=false")
    said = client.post("/v1/statements", json={
        "speaker_id": 3, "date": None, "date_precision": "unknown", "medium": "unknown", "stance": "accuse",
        "summary": "The attack was in breach of an earlier understanding.",
        "about_treaties": [{"treaty_id": understanding["id"]}], "source_ids": [1]})
    assert said.status_code == 201, said.get_json()
    assert "unidentified" in str(problem(client.post("/v1/treaties", json={**TREATY, "unidentified": "maybe"}), 422))
    problem(client.get("/v1/treaties?unidentified=perhaps"), 400)
