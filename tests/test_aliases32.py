"""An actor's and a place's other names with who uses them (figs32; migrations/0110), through HTTP: "state media
call the north the 'occupied zone'" is an alias with an unnamed claimant (attribution unnamed, claimant_words,
claimant_kind, claimant_country) and its sources; "the government calls it..." names the claimant. Written, read
back equal, filtered, revised; bad input is a problem naming the field and changes nothing."""
from helpers import BODIES, problem, created as post

PLACE, ACTOR = BODIES["places"], BODIES["actors"]


def found(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


STATE_MEDIA = {"name": "occupied zone", "language": "en", "attribution": "unnamed", "claimant_words": "state media",
               "claimant_kind": "civil_society", "claimant_country": "CIV", "source_ids": [1]}
BY_ACTOR = {"name": "the rebel north", "claimant_id": 1, "source_ids": [1], "verification": "unverified"}


def test_an_alias_with_who_uses_it_read_back_and_filtered(client):
    place = post(client, "places", {**PLACE, "aliases": ["Nord", STATE_MEDIA, BY_ACTOR]})
    got = client.get(place["href"]).get_json()["aliases"]
    assert [a["name"] for a in got] == ["Nord", "occupied zone", "the rebel north"]
    assert (got[0]["claimant"], got[0]["attribution"], got[0]["sources"]) == (None, "source", [])
    assert {k: got[1][k] for k in ("attribution", "claimant_words", "claimant_kind", "claimant_country")} == {
        k: STATE_MEDIA[k] for k in ("attribution", "claimant_words", "claimant_kind", "claimant_country")}
    assert [s if isinstance(s, int) else s["id"] for s in got[1]["sources"]] == [1]
    assert (got[2]["claimant"], got[2]["attribution"], got[2]["verification"]) == (1, "named", "unverified")
    assert client.get(place["href"]).get_json() == place
    plain = post(client, "places", {**PLACE, "aliases": ["Nord"]})
    assert place["id"] in found(client, "places", "alias_claimant=1")
    assert plain["id"] not in found(client, "places", "alias_claimant=1")
    assert place["id"] in found(client, "places", "alias_claimant_kind=civil_society")
    assert place["id"] in found(client, "places", "alias_claimant_country=CIV")
    assert plain["id"] not in found(client, "places", "alias_claimant_country=CIV")
    assert place["id"] in found(client, "places", "q=occupied+zone")   # still searched with the name
    etag = client.get(place["href"]).headers["ETag"]
    patched = client.patch(place["href"], headers={"If-Match": etag}, json={"aliases": [STATE_MEDIA]})
    assert patched.status_code == 200, patched.get_json()
    assert place["id"] not in found(client, "places", "alias_claimant=1")


def test_an_actor_alias_with_its_claimant(client):
    actor = post(client, "actors", {**ACTOR, "aliases": [{**BY_ACTOR, "name": "the terrorists"}]})
    alias = client.get(actor["href"]).get_json()["aliases"][0]
    assert (alias["name"], alias["claimant"], alias["attribution"]) == ("the terrorists", 1, "named")
    assert actor["id"] in found(client, "actors", "alias_claimant=1")
    # the same name used by two claimants is two aliases; listed twice alike it is refused
    post(client, "actors", {**ACTOR, "aliases": [{**BY_ACTOR, "name": "x"}, {**BY_ACTOR, "name": "x", "claimant_id": 2}]})
    errors = problem(client.post("/v1/actors", json={**ACTOR, "aliases": [BY_ACTOR, BY_ACTOR]}), 422)["errors"]
    assert "aliases" in errors, errors


def test_bad_aliases_are_problems_naming_the_field(client):
    before = client.get("/v1/places?limit=500&fields=id").get_json()["items"]
    for alias, field in (({"name": "z", "claimant_words": "state media"}, "claimant_words"),
                         ({"name": "z", "claimant_kind": "civil_society"}, "claimant_kind"),
                         ({"name": "z", "attribution": "named"}, "claimant_id"),
                         ({"name": "z", "source_ids": [999999]}, "source_ids"),
                         ({"name": "z", "claimant_id": 999999}, "claimant_id")):
        errors = problem(client.post("/v1/places", json={**PLACE, "aliases": [alias]}), 422)["errors"]
        assert field in errors["aliases"]["0"], errors
    assert client.get("/v1/places?limit=500&fields=id").get_json()["items"] == before


def test_a_source_or_actor_named_by_an_alias_cannot_be_deleted(client):
    post(client, "places", {**PLACE, "aliases": [BY_ACTOR]})
    problem(client.delete("/v1/sources/1", headers={"If-Match": "*"}), 409)
    problem(client.delete("/v1/actors/1", headers={"If-Match": "*"}), 409)
