"""The CLI's commands that move the whole database: backup and restore, export and import.

Each shows a progress bar on a terminal (nothing when piped) and ends with a one-line summary; a mistake is a
CommandError, which the CLI prints as one line saying what to do.
"""
import os
import sys

from . import config as config_module
from . import db


class CommandError(Exception):
    """A mistake or a condition the user can act on: main() prints it as one line and exits 1."""


def _bind():
    settings = config_module.load()
    db.bind(settings["DATABASE_URL"], settings["SQLITE_CACHE_MB"])


def cmd_backup(args):
    """`backup FILE` and `restore FILE`: the operation is the command's own name."""
    from .progress import Progress
    from .services import backup

    _bind()
    with Progress(args.command, unit="B" if db.is_sqlite() else "objects") as progress:
        try:
            getattr(backup, args.command)(args.file, progress)
        except backup.BackupError as error:
            raise CommandError(f"{args.command} failed: {error}") from None
    size = os.path.getsize(args.file)
    print(f"{'backed up to' if args.command == 'backup' else 'restored from'} {args.file} "
          f"({size:,} bytes) in {progress.elapsed():.1f} s")
    return 0


def _summary(verb, counts, elapsed):
    return f"{verb} {sum(counts.values()):,} rows in {len(counts)} tables in {elapsed:.1f} s"


def cmd_export(args):
    from .progress import Progress
    from .services import transfer

    _bind()
    to_stdout = args.file == "-"
    with Progress("export") as progress:
        try:
            counts = transfer.export(sys.stdout.buffer if to_stdout else args.file, progress)
        except transfer.TransferError as error:
            raise CommandError(f"export failed: {error}") from None
    if to_stdout:
        sys.stdout.buffer.flush()
    print(_summary("exported", counts, progress.elapsed()) + ("" if to_stdout else f" to {args.file}"),
          file=sys.stderr if to_stdout else sys.stdout)
    return 0


def _sqlite_file(url):
    path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else ""
    return path if path and path != ":memory:" else None


def cmd_import(args):
    if getattr(args, "format", "export") != "export":
        return cmd_import_dataset(args)
    for option in ("strict", "release", "delete_missing", "log_chunks"):
        if getattr(args, option, None):
            raise CommandError(f"--{option.replace('_', '-')} goes with --format ucdp-ged or acled (an export loads whole "
                               "into an empty database)")
    from .progress import Progress
    from .services import migrations, transfer

    from_stdin = args.file == "-"
    if not from_stdin and not os.path.isfile(args.file):
        raise CommandError(f"no export at {args.file}")
    new_file = _sqlite_file(config_module.load()["DATABASE_URL"])
    if new_file and os.path.exists(new_file):
        new_file = None
    if new_file and not args.upgrade:   # say so before creating an empty database file
        raise CommandError(f"there is no database at {new_file} yet: run `conflict-facts import {args.file} "
                           "--upgrade` to create it and import")
    _bind()
    imported = False
    try:
        if args.upgrade:
            migrations.upgrade()
        elif migrations.pending():
            raise CommandError(f"the database's schema is not up to date: run `conflict-facts import {args.file} "
                               "--upgrade` to migrate it first")
        with Progress("import", unit="B") as progress:
            counts = transfer.import_(sys.stdin.buffer if from_stdin else args.file, progress)
        imported = True
    except transfer.TransferError as error:
        raise CommandError(f"import failed, nothing was imported: {error}") from None
    finally:
        if new_file and not imported:   # a database made for a failed import is of no use: no file left
            db.close_all()
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(new_file + suffix):
                    os.remove(new_file + suffix)
    print(_summary("imported", counts, progress.elapsed()) + "; search index rebuilt")
    return 0


def cmd_import_dataset(args):
    """`import --format ucdp-ged|acled FILE`: rows become records through the same schemas and rules as any write;
    rejected rows are listed on standard error by line and column, and a JSON summary ends on standard output."""
    import json

    from .progress import Progress
    from .services import imports, migrations
    from .services.records import Change

    if args.file == "-" or not os.path.isfile(args.file):
        raise CommandError(f"no file at {args.file}: give the path of the dataset file")
    if _sqlite_file(config_module.load()["DATABASE_URL"]) and not os.path.exists(
            _sqlite_file(config_module.load()["DATABASE_URL"])) and not args.upgrade:
        raise CommandError("there is no database yet: run `conflict-facts db upgrade` first (or add --upgrade)")
    _bind()
    if args.upgrade:
        migrations.upgrade()
    elif migrations.pending():
        raise CommandError("the database's schema is not up to date: run `conflict-facts db upgrade` first")
    def logged(line, summary):
        print(f"{args.file}: committed through line {line} (created {summary.created}, updated {summary.updated}, "
              f"unchanged {summary.unchanged}, rejected {summary.rejected})", file=sys.stderr, flush=True)

    with Progress("import") as progress:
        try:
            summary = imports.run(args.file, args.format, Change(token_name="import"), strict=args.strict,
                                  progress=progress, release=args.release, delete_missing=args.delete_missing,
                                  chunk_rows=args.chunk_rows, committed=logged if args.log_chunks else
                                  lambda line, summary: None)
        except (imports.ImportFileError, UnicodeDecodeError) as error:
            raise CommandError(f"import failed, nothing was imported: {error}") from None
    if summary.resumed_from:
        print(f"{args.file}: resumed at line {summary.resumed_from} (the lines before it were imported by the "
              "run that stopped)", file=sys.stderr)
    for rejection in summary.rejections:
        print(f"{args.file}: line {rejection['line']}: {rejection['column']}: {rejection['message']}", file=sys.stderr)
    for kept in summary.kept:
        print(f"{args.file}: {kept}", file=sys.stderr)
    print(json.dumps(summary.as_dict()))
    return 1 if summary.rejected else 0


def cmd_db_rebuild_stored(args):
    """`db rebuild-stored`: assemble every live record again and store it as GET serves it (api/services/
    stored.py); `--missing`: only those without a current stored form; `--check`: change nothing, report the
    records whose stored form differs from what assembling them gives (exit 1 if any)."""
    from .progress import Progress
    from .services import migrations, stored
    from .services.kinds import KINDS

    _bind()
    if migrations.pending():
        raise CommandError("the database's schema is not up to date: run `conflict-facts db upgrade` first")
    with db.database.connection_context():
        if args.check:
            differing = {kind.name: [i for i, *_ in stored.differences(kind)] for kind in KINDS.values()}
            for name, ids in differing.items():
                if ids:
                    print(f"{name}: {len(ids)} stored form(s) differ, IDs {', '.join(map(str, ids[:20]))}"
                          f"{' ...' if len(ids) > 20 else ''}")
            if any(differing.values()):
                print("run `conflict-facts db rebuild-stored` to store them again")
                return 1
            print("every stored form is what assembling its record gives")
            return 0
        with Progress("rebuild-stored", unit="records") as progress:
            counts = stored.rebuild(not args.missing, progress)
    print(f"stored {sum(counts.values()):,} records ({', '.join(f'{k} {v:,}' for k, v in counts.items())}) "
          f"in {progress.elapsed():.1f} s")
    return 0


def cmd_db_rebuild_rollup(args):
    """`db rebuild-rollup`: sum the events' rollup again from every event (api/services/rollup_upkeep.py), in one
    write transaction; `--check`: change nothing, report the rollup's rows that differ from a fresh sum (exit 1
    if any)."""
    import time

    from .services import migrations, rollup_upkeep

    _bind()
    if migrations.pending():
        raise CommandError("the database's schema is not up to date: run `conflict-facts db upgrade` first")
    with db.database.connection_context():
        if args.check:
            differing, stale = rollup_upkeep.differences()
            if stale:
                print(f"{stale} (place, month) key(s) stale: the aggregates read the events until a write sums them")
            if differing:
                print(f"{len(differing)} rollup row(s) differ from a fresh sum of the events, keys (place, month, end "
                      f"month, type) {', '.join(map(str, differing[:10]))}{' ...' if len(differing) > 10 else ''}")
                print("run `conflict-facts db rebuild-rollup` to sum them again")
                return 1
            print("the rollup is what summing the events gives")
            return 0
        started = time.monotonic()
        with db.write_transaction():
            rollup_upkeep.rebuild()
            rows = db.database.execute_sql("SELECT COUNT(*) FROM event_rollup").fetchone()[0]
    print(f"summed the events into {rows:,} rollup rows in {time.monotonic() - started:.1f} s")
    return 0


def cmd_db_forget_past_forms(args):
    """`db forget-past-forms`: delete the stored forms of the past (api/services/stored_past.py) that stopped
    being the answer at or before `--before` (a time or a change cursor; default: all of them), to give their
    space back. Answers do not change: as_of reads of those moments put the past back instead."""
    from .services import as_of, migrations, stored_past
    from .services.exceptions import InvalidInput, InvalidParameter

    _bind()
    if migrations.pending():
        raise CommandError("the database's schema is not up to date: run `conflict-facts db upgrade` first")
    with db.database.connection_context():
        moment = None
        if args.before is not None:
            try:
                moment = as_of.moment(args.before)
            except (InvalidInput, InvalidParameter) as problem:
                raise CommandError(f"--before: {problem.extra['errors']['as_of'][0]}") from None
        with db.write_transaction():
            count, size = stored_past.forget_until(None if moment is None else moment.revision_id)
    print(f"forgot {count:,} stored forms of the past ({size / 1e6:,.1f} MB)"
          + ("" if moment is None else f" that stopped being the answer by {args.before}")
          + "; as_of reads of those moments now put the past back")
    return 0
