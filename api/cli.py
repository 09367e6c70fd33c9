"""The `conflict-facts` command: serve, db, fixtures, tokens, backup/restore, export/import, release."""
import argparse
import errno
import importlib.metadata
import os
import socket
import sys

import fixtures as fixtures_package
from peewee import DatabaseError

from . import config as config_module
from . import db, release_commands
from .data_commands import (CommandError, cmd_backup, cmd_db_forget_past_forms, cmd_db_rebuild_rollup,
                            cmd_db_rebuild_stored, cmd_export,
                            cmd_import)
from .token_commands import (cmd_tokens_create, cmd_tokens_list, cmd_tokens_revoke, cmd_tokens_rotate, duration,
                             moment)


def _bind():
    settings = config_module.load()
    db.bind(settings["DATABASE_URL"], settings["SQLITE_CACHE_MB"])


class TokenFileError(Exception):
    """The initial admin token file cannot be written safely; the message says what to do."""


def _open_token_file(path):
    """Open `path` for the initial admin token: created 0600, or an existing regular file truncated and set
    to 0600 whatever its mode was; never through a symlink (O_NOFOLLOW), never a device or a FIFO."""
    try:
        if os.path.islink(path):
            raise TokenFileError(f"{path} is a symbolic link: the admin token is never written through one. "
                                 "Remove it, or set INITIAL_ADMIN_TOKEN_FILE to another path.")
        if os.path.exists(path) and not os.path.isfile(path):
            raise TokenFileError(f"{path} is not a regular file: set INITIAL_ADMIN_TOKEN_FILE to a file path.")
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_NONBLOCK, 0o600)
    except OSError as error:
        raise TokenFileError(f"cannot write the admin token to {path}: {error.strerror}") from None
    os.fchmod(descriptor, 0o600)   # O_CREAT's mode applies to a new file only
    return os.fdopen(descriptor, "w")


def prepare_database(load_examples=True, log=print, initial_admin_token_file=""):
    """Migrate the database and, when it holds no records yet, load the example data; on a first start,
    write an admin token to `initial_admin_token_file` if one is named (if it cannot be written safely,
    exit with one line saying why: then no token is made, and the next start tries again)."""
    from .services import fixtures, migrations, tokens

    _bind()
    with db.database.connection_context(), db.schema_lock():
        applied = migrations.upgrade()
        log(f"migrations applied: {', '.join(applied) if applied else 'none pending'}")
        if load_examples and fixtures.database_is_empty():
            report = fixtures.load()
            log("example data loaded: " + ", ".join(f"{kind} {created}" for kind, (created, _) in report.items()))
        if initial_admin_token_file and not tokens.all_tokens():
            # The file first: a token is made only once there is a safe place to put it.
            try:
                token_file = _open_token_file(initial_admin_token_file)
            except TokenFileError as error:
                raise SystemExit(f"conflict-facts: {error}") from None   # one line, no traceback
            with token_file as fh:
                _, secret = tokens.create("initial admin", "admin")
                fh.write(secret + "\n")
            log(f"created an admin token; it is in {initial_admin_token_file} (readable by this user only): "
                "read it, keep it somewhere safe, and delete the file")
    db.close_all()  # the workers fork from this process: they must not inherit its connections


def check_port_is_free(host, port):
    """Refuse early, in one line, a port another program listens on (gunicorn would retry for 5 s, logging
    JSON errors, then exit)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as error:
        raise CommandError(f"cannot listen on {host}: {error.strerror}; use --host with an address of "
                           "this machine") from None
    family, kind, protocol, _, address = infos[0]
    with socket.socket(family, kind, protocol) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)   # as gunicorn does
        try:
            probe.bind(address)
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise CommandError(f"port {port} is in use: another program listens on {host}:{port}; stop it "
                                   "or use --port") from None
            if error.errno == errno.EACCES:
                raise CommandError(f"port {port} needs privileges this user lacks: use --port above 1023") from None
            raise CommandError(f"cannot listen on {host}:{port}: {error.strerror}; use --host or --port") from None


def cmd_serve(args):
    from gunicorn.app.base import Application

    check_port_is_free(args.host, args.port)
    os.environ["LOAD_EXAMPLE_DATA"] = "false" if args.no_example_data else os.environ.get("LOAD_EXAMPLE_DATA", "true")
    overrides = {"bind": f"{args.host}:{args.port}"}
    if getattr(args, "workers", None):
        overrides["workers"] = args.workers

    class Server(Application):
        def init(self, parser, opts, args):
            return None

        def load_config(self):
            self.load_config_from_module_name_or_filename("python:api.gunicorn_conf")
            for key, value in overrides.items():
                self.cfg.set(key, value)

        def load(self):
            from .wsgi import app
            return app

    try:
        Server().run()
    except SystemExit as stop:
        if stop.code not in (None, 0):   # gunicorn logged why (as JSON); say it in one plain line too
            raise CommandError(f"the server stopped with an error (exit code {stop.code}); its log above says "
                               "why") from None


def cmd_db_upgrade(args):
    from .progress import Progress
    from .services import migrations

    _bind()
    with db.database.connection_context(), db.schema_lock(), \
            Progress("storing records", unit="records") as progress:   # what has no stored form yet, if any
        applied = migrations.upgrade(progress)
    print("\n".join(f"applied {name}" for name in applied) or "up to date")


def cmd_db_status(args):
    from .services import migrations

    _bind()
    rows = migrations.status()
    for name, applied in rows:
        print(f"[{'x' if applied else ' '}] {name}{'  ' + applied.isoformat(' ', 'seconds') if applied else ''}")
    return 1 if any(applied is None for _, applied in rows) else 0


def cmd_fixtures_load(args):
    from .services import fixtures, migrations

    _bind()
    with db.database.connection_context(), db.schema_lock():   # after a server starting now has migrated
        if migrations.pending():
            print("the database has pending migrations: run `conflict-facts db upgrade` first", file=sys.stderr)
            return 1
        report = fixtures.load(args.directory) if args.directory else fixtures.load()
    for kind, (created, existing) in report.items():
        print(f"{kind}: {created} created, {existing} already there")
    return 0


class _Parser(argparse.ArgumentParser):
    """Every (sub)command's --help shows each argument's default."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", argparse.ArgumentDefaultsHelpFormatter)
        super().__init__(*args, **kwargs)


def _positive(text):
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def parser():
    p = _Parser(prog="conflict-facts", description=__doc__,
                epilog="The database is DATABASE_URL's, by default conflict-facts.db in this user's data folder "
                       f"({config_module.default_database_url()}); every command names it on standard error.")
    p.add_argument("--version", action="version", version=f"%(prog)s {importlib.metadata.version('conflict-facts')}",
                   help="print the version and exit")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND", help="what to do")

    serve = sub.add_parser("serve", help="serve the API with gunicorn (migrates first; loads example data "
                                         "into an empty database)")
    serve.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"),
                       help="address to listen on (0.0.0.0: every interface); environment: HOST")
    serve.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")),
                       help="port to listen on; environment: PORT")
    serve.add_argument("--workers", type=int, default=argparse.SUPPRESS,
                       help="worker processes (default: WEB_CONCURRENCY, else (2 x cores) + 1, at most 9)")
    serve.add_argument("--no-example-data", action="store_true", help="do not load the example data")
    serve.set_defaults(func=cmd_serve)

    database = sub.add_parser("db", help="the database schema").add_subparsers(
        dest="db_command", required=True, metavar="COMMAND", help="what to do")
    database.add_parser("upgrade", help="apply pending migrations").set_defaults(func=cmd_db_upgrade)
    database.add_parser("status", help="list migrations; exits 1 while some are pending").set_defaults(
        func=cmd_db_status)
    rebuild = database.add_parser("rebuild-stored", help="store every record again as GET serves it (after a "
                                  "change to how records read; migrate does it for what is missing)")
    rebuild.add_argument("--missing", action="store_true", help="only records without a current stored form")
    rebuild.add_argument("--check", action="store_true",
                         help="change nothing: list the records whose stored form differs (exit 1 if any)")
    rebuild.set_defaults(func=cmd_db_rebuild_stored)
    rollup = database.add_parser("rebuild-rollup", help="sum the events' rollup (GET /v1/events/stats) again from "
                                 "every event (writes and migrate keep it exact)")
    rollup.add_argument("--check", action="store_true",
                        help="change nothing: compare the rollup with a fresh sum of the events (exit 1 if they differ)")
    rollup.set_defaults(func=cmd_db_rebuild_rollup)
    forget = database.add_parser("forget-past-forms", help="delete the stored forms of the past that as_of reads of "
                                 "one record are served from, to give their space back (answers stay the same)")
    forget.add_argument("--before", metavar="MOMENT", help="only those replaced at or before this time or change "
                        "cursor (default: all)")
    forget.set_defaults(func=cmd_db_forget_past_forms)

    fx = sub.add_parser("fixtures", help="the example data").add_subparsers(
        dest="fixtures_command", required=True, metavar="COMMAND", help="what to do")
    load = fx.add_parser("load", help="load the example data (idempotent)")
    load.add_argument("--directory", default=os.path.dirname(os.path.abspath(fixtures_package.__file__)),
                      help="a folder of fixture files (sources.json, actors.json, ...); default: the packaged "
                           "example data")
    load.set_defaults(func=cmd_fixtures_load)
    backup = sub.add_parser("backup", help="write a consistent copy of the database while it serves")
    backup.add_argument("file", help="the backup file to write (a new file; written readable by this user only)")
    backup.set_defaults(func=cmd_backup)
    restore = sub.add_parser("restore", help="replace the database's content with a backup (stop writers first)")
    restore.add_argument("file", help="a file written by `conflict-facts backup` on the same engine")
    restore.set_defaults(func=cmd_backup)
    export = sub.add_parser("export", help="write the whole dataset, history included, to an engine-neutral file")
    export.add_argument("file", help="the NDJSON file to write; - writes to standard output")
    export.set_defaults(func=cmd_export)
    imp = sub.add_parser("import", help="load an export into an empty database (any engine)")
    imp.add_argument("file", help="a file written by `conflict-facts export`; - reads standard input")
    imp.add_argument("--upgrade", action="store_true", help="create or migrate the target database first")
    imp.add_argument("--format", choices=["export", "ucdp-ged", "acled"], default="export",
                     help="export: this service's own export, into an empty database; ucdp-ged: a UCDP GED CSV "
                          "file, acled: an ACLED CSV export, merged into the data (docs/import-export.md)")
    imp.add_argument("--strict", action="store_true", help="ucdp-ged, acled: load nothing if any row fails validation")
    imp.add_argument("--release", help="ucdp-ged, acled: the dataset release the file is (\"23.1\"), named in each "
                                       "change's note; default: what the file name says (ged231.csv: 23.1)")
    imp.add_argument("--delete-missing", action="store_true",
                     help="ucdp-ged: delete the events of the dataset (holding a ucdp-ged ID) that the file no "
                          "longer has, as a newer release drops them")
    imp.add_argument("--chunk-rows", type=_positive, default=500, metavar="N",
                     help="ucdp-ged, acled: rows per transaction (default 500): a killed import keeps whole chunks, and "
                          "running it again resumes after the last one")
    imp.add_argument("--log-chunks", action="store_true",
                     help="ucdp-ged, acled: one line on standard error per committed chunk (for logs, where no progress "
                          "bar shows)")
    imp.set_defaults(func=cmd_import)

    tok = sub.add_parser("tokens", help="API tokens").add_subparsers(
        dest="tokens_command", required=True, metavar="COMMAND", help="what to do")
    create = tok.add_parser("create", help="create a token and print it (once)")
    create.add_argument("--name", required=True, help="who will use it, unique among tokens; recorded with every "
                                                      "change it makes (the public sees a pseudonym)")
    create.add_argument("--role", required=True, choices=["reader", "curator", "admin"],
                        help="reader: reads; curator: reads and writes; admin: everything")
    expiry = create.add_mutually_exclusive_group()
    expiry.add_argument("--expires-in", type=duration, metavar="DURATION",
                        help="the token stops working after this long: e.g. 90d, 12h, 30m (default: never)")
    expiry.add_argument("--expires-at", type=moment, metavar="WHEN",
                        help="the token stops working then: an ISO 8601 date or time, UTC unless it says "
                             "otherwise (default: never)")
    create.set_defaults(func=cmd_tokens_create)
    tok.add_parser("list", help="list tokens (never their secrets)").set_defaults(func=cmd_tokens_list)
    revoke = tok.add_parser("revoke", help="revoke a token by ID, or every token of a name")
    revoke.add_argument("token", help="a token ID or name")
    revoke.set_defaults(func=cmd_tokens_revoke)
    rotate = tok.add_parser("rotate", help="give a token a new secret (printed once); the old one stops working")
    rotate.add_argument("id", type=int, help="the token's ID (see `tokens list`)")
    rotate.set_defaults(func=cmd_tokens_rotate)
    release_commands.add_commands(sub)
    return p


def _first_line(error):
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def main(argv=None):
    args = parser().parse_args(argv)
    print(f"database: {config_module.describe_database(config_module.load()['DATABASE_URL'])}", file=sys.stderr)
    try:
        return args.func(args) or 0
    except CommandError as error:
        message = str(error)
    except BrokenPipeError:   # `export - | head`: the reader has had enough, as with any Unix tool
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except DatabaseError as error:   # cannot connect, locked, not a database...
        message = f"the database failed: {_first_line(error)}"
    except OSError as error:   # a file that cannot be read or written
        message = f"{error.strerror or _first_line(error)}: {error.filename}" if error.filename else _first_line(error)
    except KeyboardInterrupt:
        message = "interrupted"
    print(f"conflict-facts {args.command}: {message}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
