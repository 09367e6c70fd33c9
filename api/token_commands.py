"""The CLI's token commands: create, list, rotate and revoke API tokens (`conflict-facts tokens ...`)."""
import argparse
import datetime
import re
import sys

from . import config as config_module
from . import db


def _bind():
    settings = config_module.load()
    db.bind(settings["DATABASE_URL"], settings["SQLITE_CACHE_MB"])


def _token_command(func):
    """Token commands need the schema to be up to date. A database with nothing in it yet (a first token made
    before the first `serve`) is created here, as `serve` would; one holding an older schema is left to
    `conflict-facts db upgrade`, which an operator runs knowingly (it may take long on a big database)."""
    def run(args):
        from .services import migrations

        _bind()
        with db.database.connection_context():
            with db.schema_lock():   # a server starting at the same moment finishes creating the database first
                applied = [when for _, when in migrations.status()]
                pending = [when for when in applied if when is None]
                fresh = pending and len(pending) == len(applied)
                if fresh:
                    migrations.upgrade()
                    print("the database was empty: created it (serve loads the example data into it if it "
                          "holds no records)", file=sys.stderr)
            if pending and not fresh:
                print("the database has pending migrations: run `conflict-facts db upgrade` first", file=sys.stderr)
                return 1
            return func(args)
    return run


DURATION = re.compile(r"^([1-9][0-9]{0,5})([dhm])$")
DURATION_UNITS = {"d": "days", "h": "hours", "m": "minutes"}


def duration(text):
    """argparse type: '90d', '12h', '30m' -> a timedelta."""
    match = DURATION.match(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration: give a number and d, h or m, e.g. 90d")
    return datetime.timedelta(**{DURATION_UNITS[match.group(2)]: int(match.group(1))})


def moment(text):
    """argparse type: an ISO 8601 date or date and time; without a time zone it is UTC."""
    try:
        moment = datetime.datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: give e.g. 2027-03-31 or 2027-03-31T18:00+02:00")
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.timezone.utc)


def _expiry(token):
    return f"expires {token['expires_at']:%Y-%m-%d %H:%M} UTC" if token["expires_at"] else "never expires"


def _refused(error):
    """A service's refusal as one line."""
    from .services.exceptions import InvalidInput

    if isinstance(error, InvalidInput):
        return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.extra["errors"].items())
    return error.detail


@_token_command
def cmd_tokens_create(args):
    from .services import tokens
    from .services.exceptions import ServiceError

    expires_at = args.expires_at
    if args.expires_in is not None:
        expires_at = datetime.datetime.now(datetime.timezone.utc) + args.expires_in
    try:
        token, secret = tokens.create(args.name, args.role, expires_at)
    except ServiceError as error:
        print(f"no token created: {_refused(error)}", file=sys.stderr)
        return 1
    print(f"created token {token['id']} '{token['name']}' ({token['role']}, {_expiry(token)}). Keep it now; it "
          "is not shown again:", file=sys.stderr)
    print(secret)
    return 0


@_token_command
def cmd_tokens_list(args):
    from .services import tokens

    now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
    for token in tokens.all_tokens():
        if token["revoked_at"]:
            state = f"revoked {token['revoked_at']:%Y-%m-%d %H:%M}"
        elif token["expires_at"] and token["expires_at"] <= now:
            state = f"expired {token['expires_at']:%Y-%m-%d %H:%M}"
        elif token["expires_at"]:
            state = f"until {token['expires_at']:%Y-%m-%d %H:%M}"
        else:
            state = "active"
        print(f"{token['id']:>5}  {token['role']:<8} {state:<24} {token['name']}")
    return 0


@_token_command
def cmd_tokens_rotate(args):
    from .services import tokens
    from .services.exceptions import ServiceError

    try:
        token, secret = tokens.rotate(args.id)
    except ServiceError as error:
        print(f"not rotated: {_refused(error)}", file=sys.stderr)
        return 1
    print(f"token {token['id']} '{token['name']}' has a new secret; the old one no longer works. Keep it now; "
          "it is not shown again:", file=sys.stderr)
    print(secret)
    return 0


@_token_command
def cmd_tokens_revoke(args):
    from .services import tokens
    from .services.exceptions import NotFound

    try:
        matches = [tokens.get(int(args.token))] if args.token.isdigit() else tokens.find_by_name(args.token)
    except NotFound:
        matches = []
    if not matches:
        print(f"no token {args.token!r}", file=sys.stderr)
        return 1
    for token in matches:
        tokens.revoke(token["id"])
        print(f"revoked token {token['id']} '{token['name']}'")
    return 0
