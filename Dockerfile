ARG PYTHON_IMAGE=python:3.12-slim
FROM ${PYTHON_IMAGE}
# conflict-facts: build stage (stage 0; the runtime stage copies from it with --from=0).
# Installs the project (not editable) into a self-contained venv at /opt/venv; the runtime stage copies
# only that venv, so pip caches, the source tree and build-time files never reach the final image.
#
# Works both on the official python image and on a plain Debian base with python3 + python3-venv:
# only `python3 -m venv` is used, never a global `pip`.

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1

RUN python3 -m venv /opt/venv \
 && /opt/venv/bin/pip install --no-cache-dir --upgrade pip

# PostgreSQL's dump and restore programs, taken out of Debian's client package for the runtime stage.
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client \
 && mkdir -p /opt/pg/bin \
 && cp /usr/lib/postgresql/*/bin/pg_dump /usr/lib/postgresql/*/bin/pg_restore /opt/pg/bin/ \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /src
# Only what the package needs. README.md is the project's `readme` in pyproject.toml, so setuptools
# needs it to exist: the README.m[d] glob copies it when present and matches nothing otherwise, and a
# placeholder is made here (build stage only) when it is absent.
COPY pyproject.toml README.m[d] ./
COPY api/ api/
COPY schemas/ schemas/
COPY migrations/ migrations/
COPY fixtures/ fixtures/
# After installing: pip and setuptools leave the venv (about 23 MB; the runtime image installs nothing
# and nothing the app imports needs them), then the installed app is built once, from / so that the
# installed package is imported rather than this source tree, against an in-memory database.
RUN test -f README.md || echo "# conflict-facts" > README.md \
 && /opt/venv/bin/pip install --no-cache-dir . \
 && /opt/venv/bin/conflict-facts --help >/dev/null \
 && /opt/venv/bin/python -m pip uninstall -y pip setuptools \
 && cd / && DATABASE_URL=sqlite:///:memory: /opt/venv/bin/python -c "import api.wsgi"


# The PYTHON_IMAGE declared before the first FROM is a global build argument, usable in every FROM.
FROM ${PYTHON_IMAGE} AS runtime
# conflict-facts: runtime stage. The base image plus the venv, run as an unprivileged user.

# A fixed uid/gid so volume ownership on the host is predictable.
# --no-log-init: a high uid would otherwise grow a large sparse /var/log/lastlog in the image.
# gunicorn keeps its control socket in the working directory (/app/.gunicorn), so /app belongs to app.
# pg_dump and pg_restore (for `conflict-facts backup`/`restore` on PostgreSQL) need only libpq here: the
# binaries themselves come from the build stage, without the client package's Perl wrappers (~150 MB).
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=0 /opt/pg/bin/ /usr/local/bin/

RUN groupadd --gid 10001 app \
 && useradd --uid 10001 --gid app --no-log-init --no-create-home --home-dir /app --shell /usr/sbin/nologin app \
 && mkdir -p /app /data \
 && chown app:app /app /data

COPY --from=0 /opt/venv /opt/venv

# The SQLite database lives on the volume, and so does the admin token made on the first start (read it
# with `docker exec <container> cat /data/initial-admin-token`). Every setting: docs/configuration.md.
ENV DATABASE_URL=sqlite:////data/conflict-facts.db \
    INITIAL_ADMIN_TOKEN_FILE=/data/initial-admin-token \
    HOST=0.0.0.0 \
    PORT=8000 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH

# /data must exist and belong to app before VOLUME, so a fresh named volume inherits that ownership.
VOLUME /data
WORKDIR /app
USER app
EXPOSE 8000

# No curl in slim images: probe /healthz with the standard library.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=4)" || exit 1

# gunicorn's master handles SIGTERM as a graceful shutdown (workers finish their requests).
STOPSIGNAL SIGTERM
CMD ["conflict-facts", "serve", "--host", "0.0.0.0"]
