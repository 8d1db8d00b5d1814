"""Is the database file sound? The start-up check, and what follows when it is not.

On start HallDesk runs SQLite's ``PRAGMA quick_check`` on its own read-only
connection: at once for a small file, beside the window (the caller's thread)
for a big one, where it takes a second or more (≈0.7 s for a county hall's
160 MB, five years of history, on a warm disk). A damaged file is not written
to any more: the program's connections turn read-only (``PRAGMA query_only``),
so every later write fails with a clear message and nothing lands in a file
that would spread the damage. The user is told, may go on reading, and an
administrator may restore the newest good backup; the damaged file is kept
aside, never deleted.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from app import backup
from app.auth import Permission, Session, require
from app.errors import DatabaseError
from app.store import OpenedStore, open_store
from db.connection import close_database, database, database_file, refuse_writes, sqlite_path

log = logging.getLogger(__name__)

# Below this size (the file and its -wal) quick_check costs a few tens of
# milliseconds (≈4 ms a MB measured), too little to be worth a thread.
SYNC_CHECK_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Damage:
    """A damaged database file that HallDesk no longer writes to."""

    path: Path
    detail: str  # what quick_check said
    newest: backup.BackupFile | None  # the newest backup that passes the checks


_found: tuple[object, Damage] | None = None  # (the database it is about, the damage)


class Check:
    """One ``PRAGMA quick_check`` of a file on its own read-only connection.

    ``run()`` may go on another thread; ``cancel()`` (from any thread) stops it
    early, for a program that is quitting.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.cancelled = False
        self._con: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def run(self) -> str | None:
        """What is wrong with the file, or None when it is sound (or the check could not say)."""
        try:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5, check_same_thread=False)
        except sqlite3.Error as exc:  # gone already: the window will say so when it reads
            log.warning("integrity check not run on %s: %s", self.path, exc)
            return None
        with self._lock:
            self._con = con
        try:
            if self.cancelled:
                return None
            rows = con.execute("PRAGMA quick_check(3)").fetchall()
        except sqlite3.DatabaseError as exc:
            code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
            if code in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB: that is the answer
                return str(exc)
            # Interrupted, busy, a vanished share: no verdict on the file itself.
            log.warning("integrity check of %s did not finish: %s", self.path, exc)
            return None
        finally:
            with self._lock:
                self._con = None
            con.close()
        found = [str(r[0]) for r in rows]
        return None if found == ["ok"] else "; ".join(found) or "?"

    def cancel(self) -> None:
        self.cancelled = True
        with self._lock:
            if self._con is not None:
                self._con.interrupt()


def start_check() -> Check | None:
    """The check for the open database (None on PostgreSQL, whose server looks after its files)."""
    path = database_file()
    return Check(path) if path is not None else None


def in_background(check: Check) -> bool:
    """Whether the file is big enough that the check should not hold up the start."""
    size = 0
    for part in (check.path, Path(f"{check.path}-wal")):
        try:
            size += part.stat().st_size
        except OSError:
            pass
    return size > SYNC_CHECK_BYTES


LOOK_FOR_BACKUP = object()  # found_damage looks for the newest good backup itself


def found_damage(detail: str, newest: backup.BackupFile | None | object = LOOK_FOR_BACKUP) -> Damage:
    """The open database is damaged: refuse writes from now on, and find the backup to offer.

    ``newest``: the newest good backup when the caller has looked already (a check on its own
    thread does, since checking the backups takes seconds at years of history), else None.
    """
    global _found
    path = database_file()
    if path is None:  # PostgreSQL: the server's business, nothing to switch here
        raise ValueError("only a SQLite file can be found damaged")
    log.error("the database file %s is damaged: %s", path, detail)
    refuse_writes()
    damage = Damage(path, detail, backup.newest_good() if newest is LOOK_FOR_BACKUP else newest)  # type: ignore[arg-type]
    _found = (database.obj, damage)
    return damage


def damage() -> Damage | None:
    """The damage found in the database that is open now, if any."""
    if _found is not None and _found[0] is database.obj:
        return _found[1]
    return None


def can_restore(session: Session | None, found: Damage) -> bool:
    """Whether ``session`` may put the newest good backup in place (an administrator, and one exists)."""
    return session is not None and session.can(Permission.ADMIN) and found.newest is not None


def restore_damaged(session: Session, source: str | Path) -> tuple[Path, OpenedStore]:
    """Replace the open, damaged database with a backup (administrator); reopen it.

    Returns where the damaged file was kept and the reopened store. On failure
    nothing changed: the next query reconnects to the damaged file with the same
    settings, still refusing writes.
    """
    global _found
    require(session, Permission.ADMIN)
    path = database_file()
    found = damage()
    if path is None or found is None:
        raise ValueError("no damaged SQLite database is open")
    close_database()
    kept = backup.restore_over(path, source)
    _found = None
    return kept, open_store(str(path))


def backup_for_unopenable(err: DatabaseError, url: str) -> backup.BackupFile | None:
    """The backup to offer when the file could not even be opened as a database (None: nothing to offer)."""
    if err.kind != "damaged":
        return None
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    return backup.newest_good()


def restore_unopenable(url: str, source: str | Path) -> Path:
    """Put a backup in place of a database file that cannot be opened; return where the damaged file went.

    Nobody can log in to a file that cannot be read, so this asks for no
    role: the damaged file is kept, and the restored database has its own
    accounts.
    """
    path = sqlite_path(url)
    if path is None:
        raise ValueError("not a SQLite file")
    close_database()
    return backup.restore_over(path, source)
