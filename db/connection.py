"""Opening the run-time database from a URL, with the pragmas HallDesk relies on.

The engine is chosen at run time, so models bind to a ``DatabaseProxy``.
``sqlite:///relative.db``, ``sqlite:////absolute.db`` or a plain file path
give SQLite; ``postgresql://user@host:port/dbname`` gives PostgreSQL.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import DatabaseProxy, PostgresqlDatabase, SqliteDatabase

database = DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    # FULL keeps the last committed transaction through a power cut, which is
    # worth the few milliseconds a commit costs at a hall's write rate.
    "synchronous": "full",
    # 16 MB of page cache (the default is 2 MB): imports and summaries touch
    # more pages than that, and a hall PC has the memory.
    "cache_size": -16384,
}


class StoreError(Exception):
    """The database cannot be used as asked.

    ``kind`` is one of: bad_url, read_only, locked, damaged, too_new,
    unavailable, full, io. ``detail`` is the engine's own words or a path.
    The app layer turns it into a message in the user's language.
    """

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


def parse_url(url: str) -> dict:
    """Connection parameters of a ``postgresql://user:password@host:port/dbname`` URL."""
    from urllib.parse import parse_qsl, unquote, urlsplit

    parts = urlsplit(url)
    params: dict = {"database": unquote(parts.path.lstrip("/"))}
    if parts.username:
        params["user"] = unquote(parts.username)
    if parts.password:
        params["password"] = unquote(parts.password)
    if parts.hostname:
        params["host"] = parts.hostname
    if parts.port:
        params["port"] = parts.port
    params.update(parse_qsl(parts.query))
    return params


def sqlite_path(url: str) -> Path | None:
    """The file path of a SQLite URL or plain path, or None for other engines."""
    if "://" not in url:
        return Path(url).expanduser()
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///") :].split("?", 1)[0]).expanduser()
    return None


def describe(url: str) -> str:
    """A short, password-free description of the database for the status bar."""
    path = sqlite_path(url)
    if path is not None:
        return f"SQLite: {path}"
    params = parse_url(url)
    host = params.get("host", "localhost")
    port = params.get("port")
    return f"PostgreSQL: {host}{':' + str(port) if port else ''}/{params.get('database', '')}"


def classify(exc: Exception) -> StoreError:
    """Map an engine error to a StoreError kind a user can act on."""
    text = str(exc)
    low = text.lower()
    if "locked" in low or "busy" in low:
        return StoreError("locked", text)
    if "readonly" in low or "read-only" in low or "read only" in low:
        return StoreError("read_only", text)
    if "disk is full" in low or "no space" in low:
        return StoreError("full", text)
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return StoreError("damaged", text)
    if "disk i/o" in low or "unable to open" in low:
        return StoreError("io", text)
    return StoreError("unavailable", text)


def _open_sqlite(path: Path, check_write: bool) -> SqliteDatabase:
    path = path.resolve()
    if path.exists():
        if not os.access(path, os.R_OK):
            raise StoreError("unavailable", str(path))
        if check_write and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)):
            raise StoreError("read_only", str(path))
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Created with owner-only permissions before SQLite touches it;
            # SQLite gives its -wal and -shm files the same mode.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise StoreError("read_only" if exc.errno in (13, 30) else "io", str(path)) from exc
    db = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, check_same_thread=False)
    try:
        db.connect(reuse_if_open=True)
        # Reading the schema proves the file is a database; an immediate
        # transaction proves nobody else holds the write lock.
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        if check_write:
            db.execute_sql("BEGIN IMMEDIATE")
            db.execute_sql("ROLLBACK")
    except (PeeweeDatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        raise classify(exc) from exc
    return db


def _open_postgres(url: str) -> PostgresqlDatabase:
    params = parse_url(url)
    name = params.pop("database", "")
    if not name:
        raise StoreError("bad_url", url)
    params.setdefault("connect_timeout", 5)
    db = PostgresqlDatabase(name, **params)
    try:
        db.connect(reuse_if_open=True)
    except Exception as exc:  # psycopg raises its own OperationalError
        raise StoreError("unavailable", str(exc).strip()) from exc
    return db


def open_database(url: str, *, check_write: bool = True):
    """Open the database at ``url``, bind the models to it and return it.

    Raises StoreError when the URL is not understood or the database cannot be
    opened for writing (read-only file, locked by another program, not a
    database, server unreachable).
    """
    close_database()
    if not url or not url.strip():
        raise StoreError("bad_url", url)
    url = url.strip()
    path = sqlite_path(url)
    if path is not None:
        db = _open_sqlite(path, check_write)
    elif url.startswith(("postgresql://", "postgres://")):
        db = _open_postgres(url)
    else:
        raise StoreError("bad_url", url)
    database.initialize(db)
    return db


def close_database() -> None:
    """Close the current database, if any."""
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()


def is_sqlite() -> bool:
    return isinstance(database.obj, SqliteDatabase)


@contextmanager
def serialised(name: str) -> Iterator[None]:
    """A transaction that no other writer of ``name`` can overlap, on either engine.

    SQLite takes the write lock at BEGIN (``BEGIN IMMEDIATE``), so a second
    process waits (``busy_timeout``) instead of reading the same "next number";
    PostgreSQL takes a transaction-scoped advisory lock on the name. Used where
    a number must come out gap-free and unique (notice numbers). Inside a
    caller's SQLite transaction (the demo's) it is a savepoint: that
    transaction has written already, so it holds the write lock.
    """
    if is_sqlite():
        with database.atomic("IMMEDIATE") if not database.obj.in_transaction() else database.atomic():
            yield
        return
    with database.atomic():
        key = int.from_bytes(name.encode("utf-8")[:8].ljust(8, b"\0"), "big", signed=True)
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (key,))
        yield
