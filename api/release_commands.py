"""`conflict-facts release publish VERSION --note ...` and `release list`: the releases of POST /v1/releases,
from the server's shell (services/releases.py). Publishing shows a progress bar on a terminal and ends with a
one-line summary."""
import sys

from .data_commands import CommandError, _bind


def cmd_release_publish(args):
    from . import db
    from .progress import Progress
    from .services import releases
    from .services.exceptions import Conflict, InvalidInput
    from .services.records import Change

    _bind()
    with db.database.connection_context():
        try:
            release_id = releases.reserve(args.version, args.note, Change(token_name="command line"), args.license)
        except InvalidInput as error:
            raise CommandError(f"release {args.version!r}: {error.extra['errors']['version'][0]}") from None
        except Conflict as error:
            raise CommandError(error.detail) from None
        with Progress(f"release {args.version}", unit="records") as progress:
            try:
                release = releases.run(release_id, progress)
            except Conflict as error:
                raise CommandError(error.detail) from None
    records = sum(release["counts"].values())
    print(f"published release {release['version']}: {records:,} records "
          f"({', '.join(f'{n:,} {kind}' for kind, n in release['counts'].items())}), cursor {release['cursor']}, "
          f"sha256 {release['sha256']}, zip {release['zip_bytes']:,} bytes, in {progress.elapsed():.1f} s")
    return 0


def cmd_release_list(args):
    from . import db
    from .services import releases

    _bind()
    with db.database.connection_context():
        items = releases.listing()
    for item in items:
        print(f"{item['version']}\t{item['state']}\t{item['frozen_at'] or '-'}\t{item['sha256'] or '-'}\t"
              f"{item['note']}", file=sys.stdout)
    return 0


def add_commands(sub):
    rel = sub.add_parser("release", help="releases: the data frozen under a version, to download and cite").add_subparsers(
        dest="release_command", required=True, metavar="COMMAND", help="what to do")
    publish = rel.add_parser("publish", help="freeze the data as of now under VERSION (never replaced)")
    publish.add_argument("version", help="e.g. 2026.1: starts with a digit; letters and digits in parts "
                                         "separated by '.' or '-'")
    publish.add_argument("--note", required=True, help="what the release is, for its readers")
    publish.add_argument("--license", help="the data's licence, as an SPDX ID or a name (CC-BY-4.0)")
    publish.set_defaults(func=cmd_release_publish)
    rel.add_parser("list", help="list the releases, newest first").set_defaults(func=cmd_release_list)
