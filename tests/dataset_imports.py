"""What the dataset import tests share (test_ged_import, test_import_releases, test_acled): running
`conflict-facts import` in process as a user would, and reading the result back over HTTP."""
import json

from api import cli


def cli_importer(format_name, client, monkeypatch, capsys):
    """import_(path, *options) -> (exit code, JSON summary or None, standard error), run in process on the
    database of `client` (the test's own)."""
    monkeypatch.setenv("DATABASE_URL", client.application.config["DATABASE_URL"])

    def import_(path, *options):
        capsys.readouterr()
        code = cli.main(["import", "--format", format_name, *options, path])
        out, err = capsys.readouterr()
        return code, json.loads(out) if out.strip() else None, err
    return import_


def feed(client):
    """The change feed as (kind, id, version) triples."""
    body = client.get("/v1/changes?limit=1000").get_json()
    return [(item["kind"], item["id"], item["version"]) for item in body["items"]]


def ref(value):
    """The ID of a reference, whether shown embedded or as its ID."""
    return value["id"] if isinstance(value, dict) else value


def one(client, external_id):
    """The one event holding this external ID."""
    found = client.get(f"/v1/events?external_id={external_id}").get_json()["items"]
    assert len(found) == 1, found
    return found[0]
