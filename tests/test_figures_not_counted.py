"""Property-based (hypothesis): a figure that is not a count (a vague word, a rate, a share in percent), drawn
from the declared vocabularies, never counts as an event's deaths: min_deaths/max_deaths and the CSV's deaths
columns answer from the counted figure beside it, or from none. And a vague figure refuses each number it is
given, naming that field. Same settings as tests/test_any_input.py (derandomized, no example database)."""
import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import vocabularies as vocab
from schemas.figure_input import FigureIn

from helpers import EVENT
from suites import HYPOTHESIS_SCALE as SCALE

BASE = settings(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def examples(n):
    return settings(BASE, max_examples=max(1, int(n * SCALE)))


VALUES = st.integers(min_value=0, max_value=10**6)
RANKS = st.sampled_from(list(vocab.CLAIM_RANKS)[:2])   # preferred or normal: a deprecated one never counts anyway


def not_counted():
    """A deaths figure of everyone that is not a count, each of its forms from the declarations."""
    vague = st.builds(lambda term, rank: {"vague": term, "vague_words": term.replace("_", " "), "rank": rank},
                      st.sampled_from(list(vocab.VAGUE_MAGNITUDES)), RANKS)
    rate = st.builds(lambda per, best, rank: {"per": per, "best": best, "rank": rank},
                     st.sampled_from(list(vocab.RATE_PERIODS)), VALUES, RANKS)
    share = st.builds(lambda best, rank: {"unit": "percent", "best": best, "share_of": "the town's population",
                                          "rank": rank}, st.integers(min_value=0, max_value=100), RANKS)
    return st.one_of(vague, rate, share)


def deaths(**more):
    return {"quantity": "deaths", "unit": "people", "category": "total", "source_ids": [1], **more}


@examples(12)
@given(others=st.lists(not_counted(), min_size=1, max_size=3), counted=st.none() | VALUES, first=st.booleans())
def test_only_the_counted_figure_is_the_deaths_total(client, others, counted, first):
    # at most one preferred figure of each thing counted (schemas/figures.py): the first may be, the others not
    figures = [deaths(**{**other, **({"rank": "normal"} if i else {})}) for i, other in enumerate(others)]
    if counted is not None:
        figures.insert(0 if first else len(figures), deaths(best=counted))
    response = client.post("/v1/events", json={**EVENT, "figures": figures})
    assert response.status_code == 201, response.get_json()
    event_id = response.get_json()["id"]
    total = counted if counted is not None else None
    low = 0 if total is None else total
    found = {e["id"] for e in client.get(f"/v1/events?limit=100&min_deaths={low}&max_deaths={low}")
             .get_json()["items"]}
    assert (event_id in found) == (total is not None)
    newest = client.get("/v1/events?format=csv&sort=-id&limit=1").get_data(as_text=True)
    row = next(csv.DictReader(io.StringIO(newest)))
    assert row["id"] == str(event_id)
    if total is None:
        assert row["deaths_best"] == "", row
    else:
        assert row["deaths_best"] == str(total), row


@examples(60)
@given(term=st.sampled_from(list(vocab.VAGUE_MAGNITUDES)), given_values=st.sets(st.sampled_from(["low", "best", "high"])),
       value=VALUES)
def test_a_vague_figure_refuses_each_number_naming_it(term, given_values, value):
    figure = {**deaths(vague=term), **{name: value for name in given_values}}
    errors = FigureIn().validate(figure)
    assert set(errors) == set(given_values), errors
