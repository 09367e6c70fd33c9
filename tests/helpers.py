"""Valid request bodies for each kind, built on the example data's IDs."""

SOURCE = {"title": "A report", "url": "https://example.org/report", "publisher": "Example News",
          "published_date": "2020-11-01"}
# No external IDs: an external ID names one record of its kind, and tests post these bodies many times.
ACTOR = {"name": "OSCE Minsk Group", "kind": "international_organisation", "aliases": [{"name": "Minsk Group", "language": "en"}]}
PLACE = {"name": "Hadrut", "kind": "city", "country": "AZE", "parent_id": 3, "latitude": 39.52, "longitude": 47.03}
EVENT = {"title": "Shelling of Stepanakert", "type": "ASSAULT", "date_start": "2020-10-28",
         "date_end": "2020-10-28", "date_precision": "day", "place_id": 6, "location_precision": "exact",
         "parent_id": 1, "participants": [{"actor_id": 9, "role": "initiator"}],
         "figures": [{"quantity": "injured", "low": 10, "best": 12, "high": 20, "unit": "people",
                      "as_of": "2020-10-28", "claimant_id": 10, "source_ids": [1]}],
         "source_ids": [1]}
TREATY = {"name": "Moscow ceasefire of 10 October 2020", "kind": "ceasefire", "status": "collapsed",
          "signed_date": "2020-10-10", "parties": [{"actor_id": 1}, {"actor_id": 2}],
          "provisions": [{"type": "non_aggression", "summary": "Stop fighting from noon."}],
          "source_ids": [1]}
# A treaty with its structure over time: the generated round trips (tests/test_field_declarations.py) start
# from it. Its one status change (extended: until and extension both apply) is deprecated, so any status
# agrees with the history, and its status is the
# first term of the status changes, so a history generated alone agrees with it; the participation change
# cites the treaty's own source.
STRUCTURED_TREATY = {**TREATY, "status": "signed", "parties": [
    {"actor_id": 1, "participation": [{"change": "joined", "date": {"date": "2020-10-10"}, "source_ids": [1]}]},
    {"actor_id": 2}],
    "status_history": [{"status": "extended", "date": {"date": "2020-10-10"}, "source_ids": [1],
                        "rank": "deprecated"}]}
STATEMENT = {"speaker_id": 3, "date": "2020-10-31", "medium": "speech", "quote": "We call for calm.",
             "language": "en", "stance": "request", "about_event_ids": [1], "source_ids": [1]}

BODIES = {"sources": SOURCE, "actors": ACTOR, "places": PLACE, "events": EVENT, "treaties": TREATY,
          "statements": STATEMENT}

# A field each kind's PATCH can change, with a new valid value.
PATCHES = {"sources": {"publisher": "Other News"}, "actors": {"country": "CHE"}, "places": {"name": "Hadrut town"},
           "events": {"summary": "Rockets hit the city centre."}, "treaties": {"status": "terminated"},
           "statements": {"stance": "support"}}


def problem(response, status):
    """Assert a problem+json answer with the given status, and return its body."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["status"] == status
    assert body["title"] and body["detail"] and body["type"]
    return body


def ids(client, path):
    """The IDs of a list answer's items, in order (the answer must be a 200)."""
    response = client.get(path)
    assert response.status_code == 200, response.get_json()
    return [item["id"] for item in response.get_json()["items"]]


def refused(client, kind, body, path):
    """POST `body` as a `kind` is refused with a 422 whose errors hold `path` (field names, then item indexes as
    text), and nothing is written."""
    before = ids(client, f"/v1/{kind}?limit=500&fields=id")
    errors = problem(client.post(f"/v1/{kind}", json=body), 422)["errors"]
    for step in path:
        assert step in errors, errors
        errors = errors[step]
    assert ids(client, f"/v1/{kind}?limit=500&fields=id") == before


def created(client, kind, body):
    """POST a record of `kind` -> its representation (the answer must be a 201)."""
    response = client.post(f"/v1/{kind}", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


# A relation between records as shown, and as its input form reads back, when it says nothing of who claims it
# (migrations/0106: every relation carries the claim; schemas/relation_claims.py).
NO_CLAIM = {"claimant": None, "attribution": "source", "verification": None, "note": None, "claimant_words": None,
            "claimant_kind": None, "claimant_country": None, "degree": None, "sources": []}
# An alias's claim keys (migrations/0110), none said: a relation's without its degree.
ALIAS_NO_CLAIM = {k: v for k, v in NO_CLAIM.items() if k != "degree"}
# What a relation's elapsed and a covers item show when the write did not say (events33, migrations/0112): the
# ends an elapsed joins, start to start; no issuer.
ELAPSED_ENDS = {"counted_from": "start", "counted_to": "start"}
COVERED_NO_ISSUER = {"issued_by": None}
NO_CLAIM_INPUT = {**{k: v for k, v in NO_CLAIM.items() if k not in ("claimant", "sources")}, "claimant_id": None,
                  "source_ids": []}

# An equipment item's own name and flag, as an item that names neither shows them (places34, migrations/0117).
UNNAMED_CRAFT = {"name": None, "flag_country": None}
# A part's claim keys (schemas/said_by.py: a service disruption's, claims34, migrations/0115), none said, as shown.
PART_NO_CLAIM = {"claimant": None, "attribution": "source", "rank": None, "sources": [], "claimant_words": None,
                 "claimant_kind": None, "claimant_country": None}


def found(client, kind, query):
    """The IDs of the records a collection query finds (its first 500)."""
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def ident(shown):
    """A reference's ID, whether it is shown as an ID or embedded as a record."""
    return shown["id"] if isinstance(shown, dict) else shown


def etag(client, href):
    return client.get(href).headers["ETag"]
