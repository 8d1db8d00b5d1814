"""Backups of the SQLite file: daily on first start, before migrations, on demand; restore; pruning.

Copies are taken with SQLite's online backup API (a consistent copy while the
program runs), checked with ``PRAGMA quick_check`` before they count, and
kept for ``backup_keep_days`` days (30 by default) in the data folder's
``backups`` or the folder this PC's settings name (a USB stick, a network
share). A restore first saves the current file, then copies the chosen
backup over it with the same API, so the database is never half-written.
PostgreSQL is backed up on the server with pg_dump (README).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app import config
from app.auth import Permission, Session, require
from app.errors import Problem, ValidationError
from app.i18n import translate
from db.connection import database, is_sqlite
from db.migrate import HISTORY_TABLE, MIGRATIONS_DIR

KEEP_DAYS = 30
MIN_KEEP_DAYS, MAX_KEEP_DAYS = 1, 3650
PREFIX = "halldesk-"
NAME_RE = re.compile(r"^halldesk-(\d{8})-(\d{6})(?:-[\w-]+)?\.sqlite$")  # -daily, -before-0006_x…


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: dt.datetime
    size: int


def folder() -> Path:
    """Where backups go: this PC's setting ``backup_folder``, else the data folder's ``backups``."""
    chosen = config.load().get("backup_folder")
    return Path(chosen) if chosen else config.data_dir() / "backups"


def check_place(folder_text: str, days: int) -> dict[str, object]:
    """This PC's backup settings as they would be saved, or ValidationError naming the field.

    ``folder_text`` "" means the data folder's ``backups``. A folder must be
    one this PC can write to now (a USB stick that is in, a share that is
    reachable); it is created if missing.
    """
    problems = []
    text = folder_text.strip()
    if text:
        where = Path(text).expanduser()
        try:
            where.mkdir(parents=True, exist_ok=True)
            writable = where.is_dir() and os.access(where, os.W_OK)
        except OSError:
            writable = False
        if not writable:
            problems.append(
                Problem(
                    translate(
                        "Backup",
                        "Backups cannot be written to {folder}: choose a folder this PC may write to.",
                    ).format(folder=text),
                    field="backup_folder",
                )
            )
    if not MIN_KEEP_DAYS <= days <= MAX_KEEP_DAYS:
        problems.append(
            Problem(
                translate("Backup", "Keep backups for {low} to {high} days.").format(
                    low=MIN_KEEP_DAYS, high=MAX_KEEP_DAYS
                ),
                field="backup_keep_days",
            )
        )
    if problems:
        raise ValidationError(problems)
    return {"backup_folder": text, "backup_keep_days": days}


def save_place(folder_text: str, days: int) -> None:
    """Check and save this PC's backup folder and keeping time (nothing saved when a check fails)."""
    config.save(check_place(folder_text, days))


def keep_days() -> int:
    try:
        return max(1, int(config.load().get("backup_keep_days", KEEP_DAYS)))
    except (TypeError, ValueError):
        return KEEP_DAYS


def _require_sqlite() -> sqlite3.Connection:
    if not is_sqlite():
        raise ValidationError(
            translate(
                "Backup",
                "This hall's database is on a PostgreSQL server: it is backed up there with pg_dump "
                "(see README).",
            )
        )
    return database.obj.connection()


def quick_check(path: Path, timeout: float = 5.0) -> str | None:
    """What SQLite's ``PRAGMA quick_check`` finds wrong in ``path`` (None when it says ok).

    Opens its own read-only connection, so it may run beside the program's
    own (in another thread too) and never writes to the file.
    """
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = con.execute("PRAGMA quick_check(3)").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        con.close()
    found = [str(r[0]) for r in rows]
    return None if found == ["ok"] else "; ".join(found) or "?"


def check_file(path: Path) -> str | None:
    """Why ``path`` is not a usable HallDesk database (None when it is): damaged, foreign or newer."""
    problem = quick_check(path)
    if problem:
        return translate("Backup", "the file is damaged ({detail})").format(detail=problem)
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if HISTORY_TABLE not in names or "staff" not in names:
            return translate("Backup", "it is not a HallDesk database")
        known = {p.stem for p in MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py")}
        applied = {r[0] for r in con.execute(f"SELECT name FROM {HISTORY_TABLE}")}  # noqa: S608 - our own name
        if applied - known:
            return translate("Backup", "it was written by a newer HallDesk")
        return None
    except sqlite3.DatabaseError as exc:
        return translate("Backup", "the file is damaged ({detail})").format(detail=exc)
    finally:
        con.close()


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _copy_to(target: Path) -> Path:
    source = _require_sqlite()
    partial = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
            # One self-contained file: no -wal beside it to copy along, and checking
            # it read-only (now, and each time the newest good one is looked for)
            # leaves no -wal and -shm behind.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        problem = check_file(partial)
        if problem:
            _discard(partial)
            raise ValidationError(
                translate("Backup", "The copy could not be checked: {problem}.").format(problem=problem)
            )
        partial.replace(target)
    except OSError as exc:
        _discard(partial)
        raise ValidationError(
            translate("Backup", "Cannot write the backup to {folder}: {error}").format(
                folder=target.parent, error=exc.strerror or exc
            ),
            field="file",
        ) from None
    except sqlite3.Error as exc:
        _discard(partial)
        raise ValidationError(
            translate("Backup", "Cannot write the backup to {folder}: {error}").format(
                folder=target.parent, error=exc
            ),
            field="file",
        ) from None
    target.chmod(0o600)
    return target


def backup_now(target: str | Path | None = None, why: str = "", now: dt.datetime | None = None) -> Path:
    """Copy the open database to ``target`` (or a dated file in the backup folder) and check the copy."""
    if target is not None:
        return _copy_to(Path(target))
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    name = f"{PREFIX}{stamp}{'-' + why if why else ''}.sqlite"
    return _copy_to(folder() / name)


def backups(where: Path | None = None) -> list[BackupFile]:
    """The backups in the folder, newest first."""
    where = where or folder()
    out = []
    for path in where.glob(f"{PREFIX}*.sqlite") if where.is_dir() else []:
        m = NAME_RE.match(path.name)
        if m:
            taken = dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
            out.append(BackupFile(path, taken, path.stat().st_size))
    return sorted(out, key=lambda b: b.taken, reverse=True)


def prune(now: dt.datetime | None = None) -> list[Path]:
    """Delete backups older than the days kept (never the newest one); returns what was removed."""
    now = now or dt.datetime.now()
    limit = now - dt.timedelta(days=keep_days())
    kept = backups()
    removed = []
    for b in kept[1:]:
        if b.taken < limit:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def daily(now: dt.datetime | None = None) -> Path | None:
    """The first start of a day takes a backup (SQLite only) and prunes old ones; later starts do nothing."""
    if not is_sqlite():
        return None
    now = now or dt.datetime.now()
    if any(b.taken.date() == now.date() for b in backups()):
        return None
    path = backup_now(why="daily", now=now)
    prune(now)
    return path


def daily_failed(problem: str) -> str:
    """What everyone is told when the day's backup could not be taken: why, and what there is to fall
    back on. A failing backup must not go unnoticed (a USB stick left out, a share gone)."""
    text = translate("Backup", "Today's backup of the database could not be taken: {problem}.").format(
        problem=problem.rstrip("。.")
    )
    try:
        found = backups()
    except OSError:  # the folder itself is what failed
        found = []
    newest = found[0] if found else None
    if newest is None:
        after = translate("Backup", "There is no backup to fall back on.")
    else:
        after = translate("Backup", "The newest backup was taken on {time}.").format(
            time=newest.taken.strftime("%Y-%m-%d %H:%M")
        )
    ask = translate("Backup", "Ask the administrator to check the backups folder (Hall settings ▸ This PC).")
    # Sentences: a space between them in English, none in Chinese.
    return translate("Backup", "{failed} {after} {ask}").format(failed=text, after=after, ask=ask)


def newest_good() -> BackupFile | None:
    """The newest backup that passes the checks (offered when the database is damaged)."""
    return next((b for b in backups() if check_file(b.path) is None), None)


def _check_source(source: Path) -> None:
    """A backup to restore from must exist and pass the checks; ValidationError says which failed."""
    if not source.is_file():
        raise ValidationError(
            translate("Backup", "The file {file} does not exist.").format(file=source), field="file"
        )
    problem = check_file(source)
    if problem:
        raise ValidationError(
            translate("Backup", "{file} cannot be restored: {problem}.").format(
                file=source.name, problem=problem
            ),
            field="file",
        )


def restore(session: Session, source: str | Path, now: dt.datetime | None = None) -> Path:
    """Replace the open database with a backup (administrator); the current file is saved first.

    Returns where the current file was saved.
    """
    require(session, Permission.ADMIN)
    source = Path(source)
    _check_source(source)
    saved = backup_now(why="before-restore", now=now)
    con = _require_sqlite()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        src.backup(con)
    except sqlite3.Error as exc:
        raise ValidationError(
            translate("Backup", "The restore failed and the database is unchanged: {error}").format(
                error=exc
            ),
            field="file",
        ) from None
    finally:
        src.close()
    return saved


def kept_name(path: Path, now: dt.datetime | None = None) -> Path:
    """Where a damaged ``hall.db`` is kept: ``hall.damaged-20261127-075500.db`` beside it."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")


def restore_over(path: str | Path, source: str | Path, now: dt.datetime | None = None) -> Path:
    """Put the backup ``source`` in place of the damaged file ``path``; return where the damaged file went.

    For a file that cannot be used (not even opened): nothing is copied out of
    it. It is moved aside under a dated name, with its ``-wal`` (which may hold
    the last saved transactions, for whoever tries to rescue them), and a checked
    copy of the backup takes its place. The database must not be open in this
    program. On failure nothing has changed.
    """
    path, source = Path(path), Path(source)
    _check_source(source)
    partial = path.with_name(path.name + ".part")
    kept = kept_name(path, now)
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    moved: list[tuple[Path, Path]] = []
    try:
        # The copy first, next to the target: if it cannot be made, nothing was touched.
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(str(partial))
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
        partial.chmod(0o600)
        if path.exists():
            path.replace(kept)
            moved.append((kept, path))
        if wal.exists():
            wal.replace(Path(f"{kept}-wal"))
            moved.append((Path(f"{kept}-wal"), wal))
        shm.unlink(missing_ok=True)  # only an index of the -wal; SQLite rebuilds it
        partial.replace(path)
    except (OSError, sqlite3.Error) as exc:
        for now_at, was_at in reversed(moved):  # put the damaged file back where it was
            with contextlib.suppress(OSError):
                now_at.replace(was_at)
        _discard(partial)
        raise ValidationError(
            translate("Backup", "The restore failed and the database file is unchanged: {error}").format(
                error=getattr(exc, "strerror", None) or exc
            ),
            field="file",
        ) from None
    return kept
