"""Numbered schema migrations (db/migrations/NNNN_name.py), run on start.

Before any pending migration touches an existing SQLite file, a copy of it is
taken with SQLite's online backup API, so a failed upgrade loses nothing.
A database that has migrations this program does not know was written by a
newer HallDesk: it is refused rather than guessed at.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import SqliteDatabase

from db.connection import StoreError, database

if TYPE_CHECKING:
    from playhouse.migrations import Runner

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HISTORY_TABLE = "schema_migration"


def _runner() -> Runner:
    # playhouse's migration machinery loads only when there is something to apply:
    # every start asks what is pending, hardly any start applies anything.
    from playhouse.migrations import Runner

    return Runner(_open(), str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def _open():
    if database.obj is None:
        raise StoreError("unavailable", "no database is open")
    return database.obj


def _has_history(db) -> bool:
    if isinstance(db, SqliteDatabase):
        return db.table_exists(HISTORY_TABLE)
    # PostgreSQL: to_regclass finds the table as queries will (through the search path) and
    # costs a fraction of a millisecond; listing pg_tables costs ~10 ms on a busy server.
    return db.execute_sql("SELECT to_regclass(%s)", (HISTORY_TABLE,)).fetchone()[0] is not None


def _applied() -> set[str]:
    """The migrations the database records as applied (the history table of playhouse's Runner)."""
    db = _open()
    if not _has_history(db):
        return set()
    return {name for (name,) in db.execute_sql(f'SELECT name FROM "{HISTORY_TABLE}"')}


def pending_migrations() -> list[str]:
    """Names of the migrations not yet applied, in order.

    Raises StoreError('too_new') when the database records migrations that
    this program does not have.
    """
    known = sorted(path.stem for path in MIGRATIONS_DIR.glob("[0-9]*.py"))
    applied = _applied()
    unknown = applied.difference(known)
    if unknown:
        raise StoreError("too_new", ", ".join(sorted(unknown)))
    return [name for name in known if name not in applied]


def copy_sqlite_file(target: Path) -> Path:
    """Copy the open SQLite database to ``target`` with the online backup API."""
    db = database.obj
    if not isinstance(db, SqliteDatabase):
        raise StoreError("unavailable", "not a SQLite database")
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written under a temporary name, owner-only from its first byte, and renamed
    # when whole: a copy cut short (a crash, a full disk) never poses as a backup.
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        dest = sqlite3.connect(str(partial))
        try:
            db.connection().backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _has_tables() -> bool:
    return bool(database.obj.get_tables())


def migrate(backup_dir: Path | Callable[[], Path] | None = None) -> list[str]:
    """Apply pending migrations; return their names.

    On SQLite, an existing database is first copied to ``backup_dir`` (a
    folder, or a function that finds it when a copy is needed; default: a
    ``backups`` folder beside the file).
    """
    pending = pending_migrations()
    if not pending:
        return []
    db = database.obj
    copy = None
    if isinstance(db, SqliteDatabase) and _has_tables():
        if callable(backup_dir):
            backup_dir = backup_dir()
        folder = backup_dir or Path(db.database).resolve().parent / "backups"
        # Named like every other backup, so the list, the newest-good search and
        # the 30-day pruning see it; never reusing a name within one second.
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = folder / f"halldesk-{stamp}-before-{pending[0]}.sqlite"
        n = 1
        while copy.exists():
            n += 1
            copy = folder / f"halldesk-{stamp}-before-{pending[0]}-{n}.sqlite"
        copy = copy_sqlite_file(copy)
    try:
        return _runner().up()
    except PeeweeDatabaseError as exc:
        # Each migration runs in its own transaction: the failed one left nothing behind.
        raise StoreError("migration_failed", f"{exc} ({copy or 'no copy needed'})") from exc
