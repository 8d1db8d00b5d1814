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
from peewee import DatabaseProxy, InterfaceError, OperationalError, PostgresqlDatabase, SqliteDatabase

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
    unavailable, full, io, write_refused (the file was found damaged while
    open, so HallDesk writes nothing more to it). ``detail`` is the engine's
    own words or a path.
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


# SQLite's primary result codes (the low byte of ``sqlite_errorcode``) that mean
# the file or the disk is the problem, not the statement.
_SQLITE_KINDS = {
    5: "locked",  # SQLITE_BUSY: another program holds the lock past busy_timeout
    6: "locked",  # SQLITE_LOCKED
    8: "read_only",  # SQLITE_READONLY (file mode, a read-only mount, query_only)
    10: "io",  # SQLITE_IOERR: the disk or the network share went away
    11: "damaged",  # SQLITE_CORRUPT
    13: "full",  # SQLITE_FULL
    14: "io",  # SQLITE_CANTOPEN: a new connection to a file that is no longer there
    26: "damaged",  # SQLITE_NOTADB
}
_SQLITE_READONLY_DBMOVED = 1032  # the file was moved or deleted while open (rollback journal)


def engine_problem(exc: BaseException) -> StoreError | None:
    """The StoreError behind an error met while working, or None when it is not the store's fault.

    A full disk, a lock held by another program, a read-only or vanished file
    or a damaged page is something the user can act on; a constraint, a missing
    table or a syntax error is a bug and stays one (None).
    """
    if isinstance(exc, StoreError):
        return exc
    orig = getattr(exc, "orig", None)
    engine = orig if isinstance(orig, Exception) else exc
    if isinstance(engine, sqlite3.Error):
        code = getattr(engine, "sqlite_errorcode", None)
        if code is None:  # no code (an old Python): the words, for the errors that have no others
            kind = classify(engine).kind if isinstance(engine, sqlite3.OperationalError) else None
            kind = None if kind == "unavailable" else kind
        else:
            kind = "io" if code == _SQLITE_READONLY_DBMOVED else _SQLITE_KINDS.get(code & 0xFF)
        if kind is None:
            return None
        if kind == "read_only" and writes_refused():
            kind = "write_refused"
        if kind in ("read_only", "io", "write_refused"):
            return StoreError(kind, str(database_file() or engine))
        return StoreError(kind, str(engine))
    if isinstance(exc, OperationalError | InterfaceError):
        # PostgreSQL: its OperationalError is the connection or the server, not the SQL.
        problem = classify(engine)
        return problem if problem.kind != "unavailable" or not is_sqlite() else None
    return None


class HallDeskSqlite(SqliteDatabase):
    """SQLite with two guards a long-running window needs.

    Each commit first checks that the file is still the one opened: on Linux a
    deleted or renamed file (a share unmounted, a folder removed) keeps
    accepting writes through the open handle, and they would vanish on close.
    A rollback after SQLite already rolled back by itself (a full disk, an
    I/O error) is skipped: a second ROLLBACK fails and would hide the real error.
    """

    def __init__(self, database, *args, **kwargs) -> None:
        super().__init__(database, *args, **kwargs)
        self.refused = False
        self._identity = _identity(Path(database)) if database else None

    def commit(self):
        here = _identity(Path(self.database))
        if self._identity is not None and here != self._identity:
            raise StoreError("io", str(self.database))
        return super().commit()

    def rollback(self):
        if not self.is_closed() and not self.connection().in_transaction:
            return None
        return super().rollback()


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file ``path`` names now (None: none).

    On Windows only whether it is there: an open SQLite file can be neither
    deleted nor renamed, and a share's file ids need not be stable.
    """
    try:
        st = path.stat()
    except OSError:
        return None
    return (0, 0) if os.name == "nt" else (st.st_dev, st.st_ino)


def database_file() -> Path | None:
    """The file of the open SQLite database (None for PostgreSQL or nothing open)."""
    if not is_sqlite():
        return None
    return Path(database.obj.database)


def refuse_writes() -> None:
    """From now on this database takes no writes, on every connection (``PRAGMA query_only``).

    A write then fails with SQLite's read-only error, which ``engine_problem``
    reports as ``write_refused``. Reopening the database ends it.
    """
    if not is_sqlite():
        return
    database.obj.refused = True
    # permanent=True: peewee sets it again on each thread's new connection.
    database.obj.pragma("query_only", 1, permanent=True)


def writes_refused() -> bool:
    return is_sqlite() and bool(getattr(database.obj, "refused", False))


def abandon_transaction() -> None:
    """Roll back what an error left open on this thread's connection (nothing when none is).

    Only for the top level (the window's error handler): a transaction peewee
    still tracks belongs to code that is running and will end it itself.
    """
    db = database.obj
    if db is None or db.is_closed() or db.in_transaction():
        return
    try:
        if isinstance(db, SqliteDatabase):
            if db.connection().in_transaction:
                db.connection().rollback()
        else:
            db.rollback()
    except Exception:  # noqa: BLE001 - the connection may be gone with the share; nothing to undo then
        pass


def _open_sqlite(path: Path, check_write: bool) -> SqliteDatabase:
    path = path.resolve()
    if path.exists():
        if not os.access(path, os.R_OK):
            raise StoreError("unavailable", str(path))
        if check_write and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)):
            raise StoreError("read_only", str(path))
        if not _has_sqlite_header(path):
            # Refused before SQLite opens it: closing a connection to such a file
            # deletes the -wal beside it, which may hold the last saved work.
            raise StoreError("damaged", "file is not a database")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Created with owner-only permissions before SQLite touches it;
            # SQLite gives its -wal and -shm files the same mode.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise StoreError("read_only" if exc.errno in (13, 30) else "io", str(path)) from exc
    db = HallDeskSqlite(str(path), pragmas=dict(SQLITE_PRAGMAS), check_same_thread=False)
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


def _has_sqlite_header(path: Path) -> bool:
    """An empty file (a new database) or one that starts as every SQLite database does."""
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError:
        return True  # unreadable: SQLite's own error says more
    return not head or head == b"SQLite format 3\x00"


def load_postgres_driver() -> None:
    """Give peewee the psycopg2 driver if peewee was imported without it (``ui/launch.py`` does
    that, to spare a SQLite hall the driver's start-up time). A no-op when peewee has a driver.

    This repeats what peewee 4.5 does with psycopg2 at its import. (playhouse.postgres_ext, which
    the migrations bring, is loaded only to apply one, after launch has put the driver back in view.)
    """
    import peewee

    if peewee.psycopg2 is not None:
        return
    try:
        import psycopg2
        from psycopg2 import extensions
        from psycopg2.extras import Json, register_uuid
    except ImportError:
        return  # not installed: peewee uses psycopg 3 or says the driver is missing, as it would have
    register_uuid()
    peewee.pg_extensions, peewee.pg_register_uuid, peewee.Json_pg2 = extensions, register_uuid, Json
    adapter = peewee.Psycopg2Adapter
    adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
    adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
    adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
    peewee.psycopg2 = psycopg2  # last: the sign that the driver is in place


def _open_postgres(url: str) -> PostgresqlDatabase:
    params = parse_url(url)
    name = params.pop("database", "")
    if not name:
        raise StoreError("bad_url", url)
    params.setdefault("connect_timeout", 5)
    load_postgres_driver()
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
