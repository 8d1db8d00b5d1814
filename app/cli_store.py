"""The database commands of ``halldesk``: backup and restore (registered by app/cli.py)."""

from __future__ import annotations

import argparse

from app.i18n import translate
from app.store import open_store


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backup", parents=[common], help=translate("CLI", "copy the SQLite database now (checked)")
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help=translate("CLI", "where (default: the backup folder)")
    )
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser(
        "restore",
        parents=[common],
        help=translate("CLI", "replace the database with a backup; the current file is saved first"),
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from app import backup

    open_store(args.db)
    path = backup.backup_now(args.output)
    print(translate("CLI", "Backup written and checked: {file}").format(file=path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app import backup
    from app.cli import acting_session

    open_store(args.db)
    session = acting_session(args)
    saved = backup.restore(session, args.file)
    print(
        translate("CLI", "Restored from {file}. The database as it was is saved in {saved}.").format(
            file=args.file, saved=saved
        )
    )
    return 0
