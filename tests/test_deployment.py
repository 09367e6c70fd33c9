"""compose.yaml and the Dockerfile describe the deployment docs/deployment.md promises (no container engine
runs on the test machines: the image itself is tested by container-smoke in .ci/run)."""
import pathlib
import re

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent


def test_compose_runs_two_replicas_on_postgresql_behind_a_proxy():
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"postgres", "api", "proxy"}
    api = services["api"]
    assert api["deploy"]["replicas"] == 2 and api["build"] == "."
    assert api["environment"]["DATABASE_URL"].startswith("postgresql://")
    assert api["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "5432" in api["environment"]["DATABASE_URL"] and services["postgres"]["healthcheck"]
    nginx = compose["configs"]["nginx"]["content"]
    assert "server api:8000" in nginx and "X-Request-ID" in nginx
    assert services["proxy"]["ports"] == ["8000:80"]


def test_the_image_is_what_the_docs_say():
    dockerfile = (ROOT / "Dockerfile").read_text()
    lines = dockerfile.splitlines()
    assert lines[:2] == ["ARG PYTHON_IMAGE=python:3.12-slim", "FROM ${PYTHON_IMAGE}"]
    assert len(re.findall(r"^FROM ", dockerfile, flags=re.M)) == 2               # multi-stage
    assert re.search(r"^USER app$", dockerfile, flags=re.M)                      # not root
    assert re.search(r"^VOLUME /data$", dockerfile, flags=re.M)
    assert re.search(r"^HEALTHCHECK ", dockerfile, flags=re.M)
    assert "STOPSIGNAL SIGTERM" in dockerfile
    assert "INITIAL_ADMIN_TOKEN_FILE=/data/initial-admin-token" in dockerfile


def test_every_environment_variable_the_image_sets_is_documented():
    dockerfile = (ROOT / "Dockerfile").read_text()
    configuration = (ROOT / "docs" / "configuration.md").read_text()
    env_block = re.search(r"^ENV DATABASE_URL=.*?(?=^\S)", dockerfile, flags=re.M | re.S).group(0)
    names = set(re.findall(r"\b([A-Z_]+)=", env_block)) - {"PATH", "PYTHONUNBUFFERED"}
    for name in names:
        assert f"`{name}`" in configuration, name
