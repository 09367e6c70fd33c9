"""Token names (often people's names) are for admins; the public sees a stable pseudonym in revisions, the
change feed and 410s (issue 8, L1)."""
import re

import pytest

from api import db
from api.models import ServiceSecret
from api.services import pseudonyms

from helpers import BODIES, problem

PSEUDONYM = re.compile(r"^curator-[0-9a-f]{8}$")


@pytest.fixture
def deleted_actor(client):
    href = client.post("/v1/actors", json=BODIES["actors"]).get_json()["href"]
    client.patch(href, json={"country": "AUT"})
    client.delete(href)
    return href


def shown_names(client, href):
    """Who made each change, as revisions, the feed and the 410 show it to this client."""
    revisions = {r["token_name"] for r in client.get(f"{href}/revisions").get_json()["items"]}
    feed = {c["token_name"] for c in client.get("/v1/changes?limit=1000").get_json()["items"] if c["href"] == href}
    gone = {problem(client.get(href), 410)["deleted_by"]}
    return revisions, feed, gone


@pytest.mark.parametrize("caller", ["anonymous", "reader", "client"])
def test_non_admins_see_one_stable_pseudonym(request, deleted_actor, caller):
    client = request.getfixturevalue(caller)
    revisions, feed, gone = shown_names(client, deleted_actor)
    assert revisions == feed == gone and len(gone) == 1
    (shown,) = gone
    assert PSEUDONYM.match(shown)
    for path in (f"{deleted_actor}/revisions", "/v1/changes?limit=1000", deleted_actor):
        assert "test curator" not in client.get(path).get_data(as_text=True)


def test_admins_see_the_names(admin, deleted_actor):
    assert shown_names(admin, deleted_actor) == ({"test curator"}, {"test curator"}, {"test curator"})


def test_the_pseudonym_is_a_keyed_hash_of_the_token_id_kept_with_the_data(anonymous, deleted_actor):
    """Stable across restarts: it depends only on the token's ID and the key the database keeps."""
    (shown,) = shown_names(anonymous, deleted_actor)[2]
    with db.database.connection_context():
        key = bytes.fromhex(ServiceSecret.get(ServiceSecret.name == "pseudonym_key").value)
    assert len(key) == 32
    assert shown == pseudonyms.pseudonym(2, key)        # token 2: the test curator
    assert pseudonyms.pseudonym(2, b"another key" * 3) != shown


def test_each_token_has_its_own_pseudonym_and_the_service_its_own_name(admin, app, anonymous, client):
    other = admin.post("/v1/tokens", json={"name": "second curator", "role": "curator"}).get_json()["token"]
    app.test_client(token=other).post("/v1/sources", json=BODIES["sources"])
    client.post("/v1/sources", json=BODIES["sources"])
    feed = anonymous.get("/v1/changes?limit=1000&kind=sources").get_json()["items"]
    names = [c["token_name"] for c in feed]
    assert names[-1] != names[-2] and all(PSEUDONYM.match(n) for n in names[-2:])
    assert set(names[:-2]) == {"example data"}      # changes made by the service itself keep their name


def test_history_answers_vary_with_the_caller(anonymous, deleted_actor):
    """A cache must not hand an admin's answer (names) to anyone else."""
    for path in (f"{deleted_actor}/revisions", f"{deleted_actor}/revisions/1", "/v1/changes"):
        assert "Authorization" in anonymous.get(path).headers.get("Vary", "")


def test_a_410_varies_with_the_caller(client, admin):
    """deleted_by is a token's name to admins and its pseudonym to others: a cache must keep them apart."""
    created = client.post("/v1/sources", json={"title": "To be deleted"}).get_json()
    assert client.delete(created["href"]).status_code == 204
    for caller in (client, admin):
        response = caller.get(created["href"])
        assert response.status_code == 410
        assert "Authorization" in response.headers.get("Vary", "")
