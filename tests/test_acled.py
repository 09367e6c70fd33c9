"""`conflict-facts import --format acled` and `GET /v1/events?format=acled`: ACLED rows in through the CLI, read
back over HTTP, and exported again.

The real rows are ACLED's 2022 sample (../shared/data/README.md). Its terms forbid copying it into the
repository, so the tests that need it read it from ../shared/data/ beside the repository and skip when it is
not there (CI always has it); the other tests write small ACLED-shaped rows of their own.
"""
import csv
import io
import pathlib

import pytest

from api.services.acled_rows import COLUMNS, SUB_EVENT_TYPES
from dataset_imports import cli_importer, feed, one, ref
from helpers import ALIAS_NO_CLAIM

SAMPLE = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "data" / "acled-2022h1-sample-9000.csv"
needs_sample = pytest.mark.skipif(not SAMPLE.exists(), reason=f"ACLED's sample is not at {SAMPLE}: its terms keep "
                                                              "it out of the repository (see ../shared/data/README.md)")
FIRST = 20


def sample_rows(count=None):
    with open(SAMPLE, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return rows[:count] if count else rows


def write_acled(path, rows, columns=COLUMNS):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return str(path)


def synthetic(**changes):
    """An ACLED-shaped row of our own (a made-up event), changed by `changes`."""
    row = {"event_id_cnty": "XYZ1", "event_date": "2022-03-14", "year": "2022", "time_precision": "1",
           "disorder_type": "Political violence", "event_type": "Battles", "sub_event_type": "Armed clash",
           "actor1": "Military Forces of Testland (2010-)", "assoc_actor_1": "", "inter1": "1",
           "actor2": "Testland Liberation Front", "assoc_actor_2": "", "inter2": "2", "interaction": "12",
           "civilian_targeting": "", "iso": "999", "region": "Test Region", "country": "Testland",
           "admin1": "North", "admin2": "Hills", "admin3": "Upper Hills", "location": "Testville",
           "latitude": "12.5", "longitude": "-7.25", "geo_precision": "1", "source": "Test Gazette",
           "source_scale": "National", "notes": "On 14 March 2022, made-up forces clashed in Testville.",
           "fatalities": "3", "tags": "", "timestamp": "1650000000"}
    row.update(changes)
    return row


@pytest.fixture
def importer(empty_client, monkeypatch, capsys):
    return cli_importer("acled", empty_client, monkeypatch, capsys)





def exported_rows(client, query=""):
    response = client.get(f"/v1/events?format=acled{query}")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == 'attachment; filename="acled.csv"'
    reader = csv.DictReader(io.StringIO(response.get_data(as_text=True)))
    assert reader.fieldnames == COLUMNS
    return list(reader)


def same_cell(original, exported):
    try:
        return float(original) == float(exported)
    except ValueError:
        return original == exported


def differences(originals, exported):
    back = {r["event_id_cnty"]: r for r in exported}
    assert set(back) == {r["event_id_cnty"] for r in originals}
    return [(o["event_id_cnty"], column, o[column], back[o["event_id_cnty"]][column])
            for o in originals for column in COLUMNS if not same_cell(o[column], back[o["event_id_cnty"]][column])]


# --- import ----------------------------------------------------------------------------------------------------

@needs_sample
def test_rows_become_events_with_actors_places_fatalities_and_sources(empty_client, importer, tmp_path):
    code, summary, err = importer(write_acled(tmp_path / "first.csv", sample_rows(FIRST)))
    assert (code, summary["created"], summary["rejected"], err.count("line")) == (0, FIRST, 0, 0)

    event = one(empty_client, "acled:UGA7752")
    assert (event["type"], event["mode"], event["context"]) == ("ASSAULT", "Mob violence", "Political violence")
    assert event["title"] == "Mob violence: Rioters (Uganda) - Civilians (Uganda), Minakulu"
    assert (event["date_start"], event["date_end"], event["date_precision"]) == ("2022-02-23", "2022-02-23", "day")
    assert event["location_precision"] == "near" and event["summary"].startswith("On 23 February 2022, a group")

    actors = {p["role"] + ("+" if p["on_behalf_of"] else ""): (empty_client.get(f"/v1/actors/{ref(p['actor'])}")
                                                                .get_json(), ref(p["on_behalf_of"]))
              for p in event["participants"]}
    assert set(actors) == {"initiator", "initiator+", "target"}
    rioters, vigilantes, civilians = actors["initiator"][0], actors["initiator+"][0], actors["target"][0]
    assert (rioters["name"], rioters["kind"]) == ("Rioters (Uganda)", "group")
    assert rioters["description"] == "ACLED actor type: Rioters (inter code 5)."
    assert rioters["aliases"] == [{"name": "Rioters (Uganda)", "language": None, **ALIAS_NO_CLAIM}]
    assert vigilantes["name"] == "Vigilante Group (Uganda)" and actors["initiator+"][1] == rioters["id"]
    assert civilians["name"] == "Civilians (Uganda)"

    [figure] = event["figures"]
    assert (figure["quantity"], figure["category"], figure["best"], figure["unit"]) == ("deaths", "total", 1, "people")
    acled = empty_client.get(f"/v1/actors/{ref(figure['claimant'])}").get_json()
    assert acled["name"] == "Armed Conflict Location & Event Data Project (ACLED)"
    assert figure["note"] == ("inter1: 5\ninter2: 7\niso: 800\nregion: Eastern Africa\nsource_scale: National\n"
                              "timestamp: 1646077433 (2022-02-28T19:43:53Z)")

    sources = [empty_client.get(f"/v1/sources/{ref(s)}").get_json() for s in event["sources"]]
    assert [(s["title"], s["publisher"]) for s in sources] == [
        (None, "URN (Uganda)"), ("ACLED (Armed Conflict Location & Event Data) events",
                                 "Armed Conflict Location & Event Data Project (ACLED)")]

    chain, place = [], empty_client.get(f"/v1/places/{ref(event['place'])}").get_json()
    assert (place["latitude"], place["longitude"]) == (2.44, 32.3894)
    while place:
        chain.append((place["name"], place["kind"]))
        place = place["parent"] and empty_client.get(f"/v1/places/{ref(place['parent'])}").get_json()
    assert chain == [("Minakulu", "site"), ("Oyam", "district"), ("Oyam", "district"), ("Northern", "region"),
                     ("Uganda", "country")]
    # ACLED's misspelling "Demostrations" is stored spelt right.
    assert one(empty_client, "acled:BOL3216")["context"] == "Demonstrations"
    # One actor per name and one ACLED, whatever the number of rows.
    names = [a["name"] for a in empty_client.get("/v1/actors?limit=500").get_json()["items"]]
    assert len(names) == len(set(names))


@needs_sample
def test_importing_the_same_file_again_changes_nothing(empty_client, importer, tmp_path):
    path = write_acled(tmp_path / "first.csv", sample_rows(FIRST))
    importer(path)
    before = feed(empty_client)
    code, summary, _ = importer(path)
    assert (code, summary["created"], summary["updated"], summary["unchanged"]) == (0, 0, 0, FIRST)
    assert feed(empty_client) == before


@needs_sample
def test_a_row_acled_changed_is_one_revision_naming_the_file(empty_client, importer, tmp_path):
    rows = sample_rows(FIRST)
    importer(write_acled(tmp_path / "first.csv", rows))
    before = feed(empty_client)
    rows[0].update(fatalities="2", timestamp="1650000000")
    code, summary, _ = importer(write_acled(tmp_path / "newer.csv", rows))
    assert (summary["created"], summary["updated"], summary["unchanged"]) == (0, 1, FIRST - 1)
    event = one(empty_client, "acled:UGA7752")
    assert feed(empty_client) == before + [("events", event["id"], 2)]
    assert event["figures"][0]["best"] == 2 and "timestamp: 1650000000 " in event["figures"][0]["note"]
    revisions = empty_client.get(f"/v1/events/{event['id']}/revisions").get_json()["items"]
    assert revisions[-1]["note"] == "ACLED import of newer.csv"


def test_an_actor_is_matched_by_its_acled_name_even_renamed(empty_client, importer, tmp_path):
    importer(write_acled(tmp_path / "one.csv", [synthetic()]))
    first = one(empty_client, "acled:XYZ1")
    front = ref(first["participants"][1]["actor"])
    renamed = empty_client.patch(f"/v1/actors/{front}", json={"name": "Front for the Liberation of Testland"})
    assert renamed.status_code == 200, renamed.get_json()
    importer(write_acled(tmp_path / "two.csv", [synthetic(event_id_cnty="XYZ2")]))
    second = one(empty_client, "acled:XYZ2")
    assert [ref(p["actor"]) for p in second["participants"]] == [ref(p["actor"]) for p in first["participants"]]
    row = exported_rows(empty_client, "&external_id=acled:XYZ2")[0]
    assert row["actor2"] == "Front for the Liberation of Testland"   # the export names actors as they are now


def test_an_actor_first_met_as_associated_gets_the_kind_of_its_code(empty_client, importer, tmp_path):
    rows = [synthetic(assoc_actor_2="Testland Peasants Militia; Testland Liberation Front Youth"),
            synthetic(event_id_cnty="XYZ2", actor2="Testland Peasants Militia", inter2="4", interaction="14")]
    importer(write_acled(tmp_path / "two.csv", rows))
    event = one(empty_client, "acled:XYZ1")
    kinds = {}
    for p in event["participants"]:
        actor = empty_client.get(f"/v1/actors/{ref(p['actor'])}").get_json()
        kinds[actor["name"]] = (p["role"], actor["kind"])
    assert kinds == {"Military Forces of Testland (2010-)": ("side_a", "armed_force"),
                     "Testland Liberation Front": ("side_b", "non_state_armed_group"),
                     "Testland Peasants Militia": ("side_b", "non_state_armed_group"),
                     "Testland Liberation Front Youth": ("side_b", "group")}


@pytest.mark.parametrize("changes, column, words", [
    ({"event_date": "2022-02-30"}, "event_date", "is not a date"),
    ({"year": "2021"}, "year", "Must be the year of event_date (2022)."),
    ({"sub_event_type": "Picnic"}, "sub_event_type", "not one of ACLED's sub-event types"),
    ({"event_type": "Protests"}, "event_type", "'Armed clash' is a sub-event type of 'Battles'"),
    ({"inter2": "9"}, "inter2", "9 is not one of 0, 1, 2"),
    ({"actor2": "", "inter2": "2"}, "inter2", "Must be 0 exactly when there is no actor2."),
    ({"interaction": "21"}, "interaction", "Must be inter1 and inter2 combined (12)."),
    ({"time_precision": "4"}, "time_precision", "4 is not one of 1, 2, 3."),
    ({"geo_precision": "0"}, "geo_precision", "0 is not one of 1, 2, 3."),
    ({"fatalities": "-1"}, "fatalities", "-1 is less than 0."),
    ({"fatalities": "many"}, "fatalities", "'many' is not a whole number."),
    ({"timestamp": "yesterday"}, "timestamp", "not a whole number"),
    ({"latitude": "95"}, "latitude", ""),
    ({"event_id_cnty": "12345"}, "event_id_cnty", "Must be an ACLED event_id_cnty such as UGA7752."),
    ({"location": ""}, "location", "Missing"),
    ({"source": ""}, "source", "Missing"),
    ({"notes": "x" * 20001}, "notes", "Longer than maximum length 20000."),
])
def test_a_bad_value_is_reported_by_line_and_column_and_the_rest_loads(empty_client, importer, tmp_path,
                                                                       changes, column, words):
    rows = [synthetic(), synthetic(**{"event_id_cnty": "XYZ2", **changes}), synthetic(event_id_cnty="XYZ3")]
    path = write_acled(tmp_path / "bad.csv", rows)
    code, summary, err = importer(path)
    assert code == 1 and summary["created"] == 2 and summary["loaded"]
    [rejection] = summary["rejections"]
    assert (rejection["line"], rejection["column"]) == (3, column) and words in rejection["message"]
    assert f"{path}: line 3: {column}: " in err and "Traceback" not in err
    assert empty_client.get("/v1/events?external_id=acled:XYZ2").get_json()["items"] == []


def test_strict_loads_nothing_if_a_row_fails(empty_client, importer, tmp_path):
    rows = [synthetic(), synthetic(event_id_cnty="XYZ2", fatalities="-1")]
    code, summary, err = importer(write_acled(tmp_path / "bad.csv", rows), "--strict")
    assert code == 1 and not summary["loaded"] and summary["created"] == 0 and "line 3: fatalities" in err
    assert feed(empty_client) == []
    code, summary, _ = importer(write_acled(tmp_path / "good.csv", rows[:1]), "--strict")
    assert code == 0 and summary["created"] == 1 and summary["loaded"]


def test_a_file_that_is_not_acled_is_one_line(importer, tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n")
    code, summary, err = importer(str(path))
    assert code == 1 and summary is None
    assert "not a ACLED CSV file: no column event_id_cnty" in err and "Traceback" not in err


@needs_sample
def test_the_sample_has_the_columns_the_mapping_names():
    with open(SAMPLE, newline="", encoding="utf-8") as handle:
        assert csv.DictReader(handle).fieldnames == COLUMNS
    assert {r["sub_event_type"] for r in sample_rows()} <= set(SUB_EVENT_TYPES)


# --- export: GET /v1/events?format=acled -----------------------------------------------------------------------

ROUND_TRIP = 200   # rows of the sample; docs/import-export.md gives the figures for the whole file
# "Demostrations" comes back as "Demonstrations" (docs/import-export.md): the only cells that differ.
FIXED = {("disorder_type", "Demostrations", "Demonstrations")}


@needs_sample
def test_export_gives_back_every_column_of_the_real_file(empty_client, importer, tmp_path):
    rows = sample_rows(ROUND_TRIP)
    code, summary, err = importer(write_acled(tmp_path / "round-trip.csv", rows))
    assert (code, summary["created"]) == (0, ROUND_TRIP), err
    found = differences(rows, exported_rows(empty_client))
    assert {d[1:] for d in found} == FIXED
    assert len(found) == sum(r["disorder_type"] == "Demostrations" for r in rows)


# Each sub-event type of the codebook once (the sample lacks two), each time precision, each geo precision,
# several associated actors, no actor2, missing admin units, the same actor on both sides.
GENERATED = [synthetic(event_id_cnty=f"GEN{n}", event_type=event_type, sub_event_type=sub,
                       disorder_type={"Protests": "Demonstrations", "Riots": "Demonstrations",
                                      "Strategic developments": "Strategic developments"}.get(event_type,
                                                                                            "Political violence"))
             for n, (sub, (event_type, _, _)) in enumerate(SUB_EVENT_TYPES.items())] + [
    synthetic(event_id_cnty="GEN100", time_precision="2", geo_precision="2"),
    synthetic(event_id_cnty="GEN101", time_precision="3", event_date="2022-03-15", geo_precision="3"),
    synthetic(event_id_cnty="GEN102", time_precision="3", event_date="2022-03-01"),
    synthetic(event_id_cnty="GEN103", assoc_actor_1="Testland Police; Testland Militia (North); Hunters (Testland)",
              assoc_actor_2="Women (Testland)"),
    synthetic(event_id_cnty="GEN104", actor2="", inter2="0", interaction="10", admin3="", admin2=""),
    synthetic(event_id_cnty="GEN105", admin1="", actor2="Military Forces of Testland (2010-)", inter2="1",
              interaction="11"),
    synthetic(event_id_cnty="GEN106", tags="crowd size=around 50", civilian_targeting="Civilian targeting",
              source="Test Gazette; Radio Testville; Twitter", source_scale="National-International",
              fatalities="0"),
]


def test_generated_rows_round_trip_cell_by_cell(empty_client, importer, tmp_path):
    code, summary, err = importer(write_acled(tmp_path / "generated.csv", GENERATED))
    assert (code, summary["created"]) == (0, len(GENERATED)), err
    assert differences(GENERATED, exported_rows(empty_client)) == []
    modes = {e["mode"]: e["type"] for e in empty_client.get("/v1/events?limit=100").get_json()["items"]}
    assert modes == {sub: plover for sub, (_, plover, _) in SUB_EVENT_TYPES.items()}
    month = one(empty_client, "acled:GEN101")
    assert (month["date_start"], month["date_end"], month["date_precision"]) == ("2022-03-01", "2022-03-31", "month")
    arrest = one(empty_client, "acled:GEN" + str(list(SUB_EVENT_TYPES).index("Arrests")))
    assert [p["role"] for p in arrest["participants"]] == ["initiator", "detained"]


def test_a_cell_a_spreadsheet_would_run_is_neutralised(empty_client, importer, tmp_path):
    importer(write_acled(tmp_path / "formula.csv", [synthetic(notes="=HYPERLINK(\"http://example.com\")")]))
    assert exported_rows(empty_client)[0]["notes"] == "'=HYPERLINK(\"http://example.com\")"


def test_export_takes_any_filter(empty_client, importer, tmp_path):
    importer(write_acled(tmp_path / "generated.csv", GENERATED))
    assert [r["event_id_cnty"] for r in exported_rows(empty_client, "&external_id=acled:GEN100")] == ["GEN100"]
    protests = exported_rows(empty_client, "&type=PROTEST")
    assert {r["sub_event_type"] for r in protests} == {"Peaceful protest", "Protest with intervention",
                                                       "Violent demonstration"}
    assert exported_rows(empty_client, "&date_from=2023-01-01") == []


def test_events_not_from_acled_are_rows_too(client):
    """The example events (curated here): ACLED's columns as far as the model holds them."""
    rows = exported_rows(client)
    events = client.get("/v1/events?limit=100").get_json()["items"]
    assert len(rows) == len(events)
    for row in rows:
        assert row["event_id_cnty"] == "" and row["event_type"] and row["disorder_type"]
        assert row["year"] == row["event_date"][:4] and row["time_precision"] in ("1", "2", "3")
        if row["inter1"] and row["inter2"]:
            assert row["interaction"] == "".join(sorted(row["inter1"] + row["inter2"], key=lambda c: (c == "0", c)))


def test_only_events_take_the_acled_format(empty_client):
    assert empty_client.get("/v1/actors?format=acled").status_code in (400, 422)


def test_delete_missing_tombstones_the_acled_events_a_newer_file_dropped(empty_client, importer, tmp_path):
    """ACLED's own update files drop deleted events: --delete-missing deletes those events, and only those
    (the events ACLED still has stay)."""
    rows = [synthetic(event_id_cnty=f"XYZ{n}", location=f"Testville {n}") for n in (1, 2, 3)]
    importer(write_acled(tmp_path / "first.csv", rows))
    kept = rows[:1] + rows[2:]
    code, summary, _ = importer(write_acled(tmp_path / "newer.csv", kept), "--delete-missing")
    assert (code, summary["deleted"], summary["unchanged"]) == (0, 1, 2)
    assert empty_client.get("/v1/events?external_id=acled:XYZ2").get_json()["items"] == []
    assert [one(empty_client, f"acled:XYZ{n}")["external_ids"]["acled"] for n in (1, 3)] == ["XYZ1", "XYZ3"]
