"""One cursor codec for pages and the change feed; the cursors clients already hold keep their meaning."""
import base64
import datetime
import json

import pytest

from api.services import cursors
from api.services.exceptions import InvalidParameter


def _made_by_hand(payload):
    """A cursor as the service has always written it: unpadded URL-safe base64 of compact JSON."""
    text = json.dumps(payload, separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


@pytest.mark.parametrize("revision_id", [0, 1, 36, 2**40])
def test_a_change_feed_cursor_is_the_bytes_it_always_was(revision_id):
    held = _made_by_hand({"r": revision_id})
    assert cursors.encode_revision(revision_id) == held
    assert cursors.decode_revision(held) == revision_id


def test_the_feed_cursor_of_the_api_doc_still_reads():
    assert cursors.decode_revision("eyJyIjozNn0") == 36


def test_a_page_cursor_is_the_bytes_it_always_was():
    from api.models import Event
    keys = [cursors.SortKey("date_start", True), cursors.SortKey("id", False)]
    held = _made_by_hand({"s": "-date_start,id", "v": ["2020-10-01", 3]})
    assert cursors.encode(keys, {"date_start": datetime.date(2020, 10, 1), "id": 3}) == held
    columns = {"date_start": Event.date_start, "id": Event.id}
    assert cursors.decode(held, keys, columns) == [datetime.date(2020, 10, 1), 3]


@pytest.mark.parametrize("cursor", ["", "!!", _made_by_hand({"s": "id", "v": [3]}), _made_by_hand({"r": -1}),
                                    _made_by_hand({"r": True}), _made_by_hand([1])])
def test_anything_else_is_not_a_feed_cursor(cursor):
    with pytest.raises(InvalidParameter) as refused:
        cursors.decode_revision(cursor)
    assert "after" in refused.value.extra["errors"]


def test_the_feed_and_its_links_use_the_codec(client):
    body = client.get("/v1/changes?limit=2").get_json()
    assert cursors.decode_revision(body["cursor"]) == cursors.decode_revision(body["items"][-1]["change"])
    assert body["next"].endswith("after=" + body["cursor"])
    problem = client.get("/v1/changes?after=" + _made_by_hand({"s": "id", "v": [3]}))
    assert problem.status_code == 400 and "after" in problem.get_json()["errors"]
