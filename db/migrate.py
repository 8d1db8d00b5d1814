"""Numbered schema migrations (db/migrations/NNNN_name.py), run on start.

Before any pending migration touches an existing SQLite file, a copy of it is
taken with SQLite's online backup API, so a failed upgrade loses nothing.
A database that has migrations this program does not know was written by a
newer HallDesk: it is refused rather than guessed at.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import SqliteDatabase
from playhouse.migrations import Runner

from db.connection import StoreError, database

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HISTORY_TABLE = "schema_migration"


def _runner() -> Runner:
    if database.obj is None:
        raise StoreError("unavailable", "no database is open")
    return Runner(database.obj, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def pending_migrations() -> list[str]:
    """Names of the migrations not yet applied, in order.

    Raises StoreError('too_new') when the database records migrations that
    this program does not have.
    """
    status = _runner().status()
    unknown = [m.name for m in status if m.path is None]
    if unknown:
        raise StoreError("too_new", ", ".join(sorted(unknown)))
    return [m.name for m in status if not m.applied]


def copy_sqlite_file(target: Path) -> Path:
    """Copy the open SQLite database to ``target`` with the online backup API."""
    db = database.obj
    if not isinstance(db, SqliteDatabase):
        raise StoreError("unavailable", "not a SQLite database")
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    target.chmod(0o600)
    return target


def _has_tables() -> bool:
    return bool(database.obj.get_tables())


def migrate(backup_dir: Path | None = None) -> list[str]:
    """Apply pending migrations; return their names.

    On SQLite, an existing database is first copied to ``backup_dir`` (default:
    a ``backups`` folder beside the file).
    """
    pending = pending_migrations()
    if not pending:
        return []
    db = database.obj
    copy = None
    if isinstance(db, SqliteDatabase) and _has_tables():
        folder = backup_dir or Path(db.database).resolve().parent / "backups"
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = copy_sqlite_file(folder / f"halldesk-before-{pending[0]}-{stamp}.sqlite")
    try:
        return _runner().up()
    except PeeweeDatabaseError as exc:
        # Each migration runs in its own transaction: the failed one left nothing behind.
        raise StoreError("migration_failed", f"{exc} ({copy or 'no copy needed'})") from exc
