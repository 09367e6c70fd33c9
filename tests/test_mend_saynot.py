"""What a side says is not known, not agreed or not done; refusals; allegiance and designation (issue 10, mending
round 3, mend-saynot; migrations/0069; notes/trials t20 #63-#66, t21 #32, #56, #66, #67, #69, #70), through HTTP:
written, read back, filtered, exported; bad input is a problem naming the field and changes nothing."""
import orjson
import pytest

from helpers import BODIES, problem, created as post

MERGE = "application/merge-patch+json"


def ids(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def test_no_information_on_whereabouts_and_a_date_declined(client):
    """t21 #56 "The military said it had no information on the hostages' whereabouts"; #69-#70 "expected to
    regain full control 'within the week', though he declined to set a date" (an undated briefing)."""
    unknown = post(client, "statements", {**BODIES["statements"], "stance": "assert", "not_said": [
        {"point": "where", "reason": "not_known", "words": "no information on the hostages' whereabouts"}]})
    offer = {"action": "other", "words": "regain full control",
             "within": {"amount": 1, "unit": "weeks", "qualifier": "at_most"}}
    declined = post(client, "statements", {**BODIES["statements"], "date": None, "date_precision": "unknown",
                                           "stance": "pledge", "offers": [offer],
                                           "not_said": [{"point": "when", "reason": "declined",
                                                         "words": "declined to set a date"}]})
    plain = post(client, "statements", BODIES["statements"])
    read = client.get(unknown["href"]).get_json()
    assert read["not_said"] == [{"point": "where", "reason": "not_known",
                                 "words": "no information on the hostages' whereabouts", "action": None}]   # agree33
    assert client.get(declined["href"]).get_json()["offers"][0]["within"] == {
        "amount": 1, "amount_max": None, "unit": "weeks", "nearness": None, "qualifier": "at_most"}
    assert client.get(plain["href"]).get_json()["not_said"] == []
    assert ids(client, "statements", "not_said=where") == {unknown["id"]}
    assert ids(client, "statements", "not_said_reason=declined") == {declined["id"]}
    assert ids(client, "statements", "not_said=where,when&not_said_reason=not_known") == {unknown["id"]}
    assert ids(client, "statements", "not_said=when&not_said_reason=not_known") == set()
    lines = client.get("/v1/statements?not_said=when&format=ndjson").get_data(as_text=True)
    assert [orjson.loads(line)["not_said"][0]["words"] for line in lines.splitlines() if line] == [
        "declined to set a date"]
    changed = client.patch(unknown["href"], content_type=MERGE, json={"not_said": []})
    assert changed.status_code == 200, changed.get_json()
    assert ids(client, "statements", "not_said=where") == set()
    restored = client.post(f"{unknown['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert ids(client, "statements", "not_said=where") == {unknown["id"]}


def test_no_pause_agreed_and_offers_of_troops_declined(client):
    """t21 #67 "The military said no humanitarian pause had been agreed"; t20 #66 "Nyusi's government has so far
    declined offers of foreign troops"."""
    pause = post(client, "statements", {**BODIES["statements"], "stance": "assert", "not_agreed": [
        {"action": "ceasefire", "words": "humanitarian pause"}]})
    troops = post(client, "statements", {**BODIES["statements"], "stance": "reject", "refusals": [
        {"action": "deployment", "addressee_words": "foreign governments", "words": "offers of foreign troops"}]})
    assert client.get(pause["href"]).get_json()["not_agreed"][0]["action"] == "ceasefire"
    assert client.get(troops["href"]).get_json()["refusals"][0]["addressee_words"] == "foreign governments"
    assert ids(client, "statements", "not_agreed_action=ceasefire") == {pause["id"]}
    assert ids(client, "statements", "refused_action=deployment,ceasefire") == {troops["id"]}
    assert ids(client, "statements", "offered_action=deployment") == set()
    rows = client.get("/v1/statements?refused_action=deployment&format=csv").get_data(as_text=True)
    assert rows.count("\n") >= 2


@pytest.mark.parametrize("fields, named", [
    ({"not_said": [{"point": "whence", "reason": "declined"}]}, "point"),
    ({"not_said": [{"point": "when"}]}, "reason"),
    ({"not_said": [{"point": "other", "reason": "declined"}]}, "words"),
    ({"not_said": {"point": "when", "reason": "declined"}}, "not_said"),
    ({"refusals": [{"action": "surrender"}]}, "action"),
    ({"not_agreed": [{"action": "ceasefire", "addressee_ids": [99999]}]}, "addressee_ids"),
    ({"offers": [{"action": "ceasefire", "within": {"amount": 1}}]}, "unit"),
    ({"offers": [{"action": "ceasefire", "within": {"amount": 1, "unit": "weeks"},
                  "date": {"date": "2017-06-04", "bound": "on_or_before"}}]}, "within"),
    ({"medium": "sms"}, "medium"),
])
def test_bad_input_is_a_problem_naming_the_field(client, fields, named):
    before = client.get("/v1/statements?limit=500&fields=id").get_json()["items"]
    found = problem(client.post("/v1/statements", json={**BODIES["statements"], **fields}), 422)["errors"]
    assert named in str(found), found
    assert client.get("/v1/statements?limit=500&fields=id").get_json()["items"] == before


def test_said_by_text_message(client):
    """t21 #66 "Residents ... said by text message that food and water were running out"."""
    texted = post(client, "statements", {**BODIES["statements"], "medium": "text_message"})
    assert client.get(texted["href"]).get_json()["medium"] == "text_message"
    assert texted["id"] in ids(client, "statements", "medium=text_message")


def test_allegiance_designation_and_no_known_link(client):
    """t21 #32 and t20 #64 "have pledged allegiance to Islamic State"; t20 #65 "Washington this month designated
    the group a terrorist organisation"; #63 "no known link to the Somali group of the same name"."""
    state = post(client, "actors", {"name": "Islamic State", "kind": "non_state_armed_group"})
    usa = post(client, "actors", {"name": "United States", "kind": "state", "country": "USA"})
    somali = post(client, "actors", {"name": "al-Shabaab (Somalia)", "kind": "non_state_armed_group", "country": "SOM"})
    group = post(client, "actors", {"name": "Ahlu Sunnah Wa-Jama'a", "kind": "non_state_armed_group", "country": "MOZ",
                                    "relations": [
        {"actor_id": state["id"], "relation": "pledged_allegiance", "source_ids": [1]},
        {"actor_id": usa["id"], "relation": "terror_designated_by",
         "since": {"date": "2021-03-01", "precision": "month"}, "note": "Foreign Terrorist Organization",
         "source_ids": [1]},
        {"actor_id": somali["id"], "relation": "no_known_link", "source_ids": [1]}]})
    read = client.get(group["href"]).get_json()
    assert [item["relation"] for item in read["relations"]] == [
        "pledged_allegiance", "terror_designated_by", "no_known_link"]
    assert read["relations"][1]["since"]["edtf"] == "2021-03"
    assert ids(client, "actors", f"related_to={usa['id']}&relation=terror_designated_by") == {group["id"]}
    assert ids(client, "actors", "relation=pledged_allegiance") == {group["id"]}
    assert ids(client, "actors", f"related_to={somali['id']}&relation=no_known_link") == {group["id"]}
    assert ids(client, "actors", f"related_to={somali['id']}") == set()   # an absence, not a relation
    vocabularies = client.get("/v1/vocabularies").get_json()["vocabularies"]
    assert "no_known_link" in {item["term"] for item in vocabularies["actor_relations"]}
    assert {item["term"] for item in vocabularies["not_said_reasons"]} == {"declined", "not_known", "not_given"}
    found = problem(client.post("/v1/actors", json={"name": "X", "kind": "non_state_armed_group", "relations": [
        {"actor_id": usa["id"], "relation": "designated_by"}]}), 422)["errors"]
    assert "relation" in str(found), found


def test_a_figure_of_an_undated_statement_has_no_as_of(client):
    """t21 #19: Amaq, in an undated statement, said its fighters had killed "more than 100" soldiers: the day the
    figure holds at is not said, and none is invented."""
    amaq = post(client, "statements", {**BODIES["statements"], "date": None, "date_precision": "unknown",
                                       "figures": [{"quantity": "deaths", "low": 100, "qualifier": "more_than",
                                                    "unit": "people", "claimant_id": 3, "source_ids": [1]}]})
    figure = client.get(amaq["href"]).get_json()["figures"][0]
    assert (figure["as_of"], figure["low"], figure["qualifier"]) == (None, 100, "more_than")


def test_a_law_whose_rule_counts_from_the_act_invoking_it(client):
    """t21 #44, #46: "the constitution requires him to report to Congress within 48 hours; Congress may revoke"."""
    law = post(client, "treaties", {"name": "Constitution", "kind": "national_law", "status": "in_force",
                                    "parties": [{"actor_id": 1}], "source_ids": [1], "provisions": [
        {"type": "other", "summary": "Report to Congress within 48 hours.", "modality": "obligation",
         "obliged_actor_ids": [3], "deadlines": [{"milestone": "completion", "relation": "within",
                                                  "period": {"amount": 48, "unit": "hours"},
                                                  "relative_to": "invoking_act"}]},
        {"type": "other", "summary": "Congress may revoke it.", "modality": "permission"}]})
    read = client.get(law["href"]).get_json()
    assert read["provisions"][0]["deadlines"][0]["relative_to"] == "invoking_act"
    assert ids(client, "treaties", "kind=national_law") == {law["id"]}
