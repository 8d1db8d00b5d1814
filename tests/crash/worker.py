"""The child side of the kill tests: one operation on a database file, announced through a pipe.

The child is forked from the test process, so it starts with the modules
already imported. It sends ``("started", journal_mode, synchronous)`` once the
database is open, just before the operation (the parent times its kill from
there, not from the fork), and ``"done"`` when the operation has returned.
"""

from __future__ import annotations

import datetime as dt
from multiprocessing.connection import Connection
from pathlib import Path

from app import certificate, documents, notices, punches, roster_io, sanctions, signing
from app.auth import Permission, Session
from app.store import open_store
from db.connection import database, open_database
from db.migrate import migrate
from db.models import Sanction

# The date notices are issued on, in the child and in the test's own re-run alike.
TODAY = dt.date(2026, 3, 2)
PASSPHRASE = "crash-passphrase"


def acting() -> Session:
    """A manager with every permission, as a logged-in CLI user would be."""
    return Session(username="manager1", role="manager", permissions=frozenset(Permission))


def unlock() -> signing.SigningIdentity:
    """The hall's signing identity, opened with PASSPHRASE."""
    return certificate.unlock(acting(), PASSPHRASE)


def issue_confirmed(identity: signing.SigningIdentity) -> list[str]:
    """Issue a notice on every confirmed ledger entry, oldest first; return their numbers."""
    ids = [
        s.id
        for s in Sanction.select(Sanction.id)
        .where(Sanction.status == sanctions.CONFIRMED)
        .order_by(Sanction.id)
    ]
    return [notices.issue(acting(), entry_id, identity, today=TODAY).notice_no for entry_id in ids]


def load_notice_libraries() -> None:
    """Load what the first notice of a process loads: the signature library and the CJK font.

    Call with the database open (the font may be a setting). A parent that has
    called it forks children that start with both loaded.
    """
    import pyhanko.sign.signers  # noqa: F401

    documents.document_font()


def backups_of(db: str | Path) -> Path:
    """Where a migration of ``db`` puts its copy: a folder per database file, to look at after a kill."""
    return Path(f"{db}-backups")


def _started(channel: Connection) -> None:
    journal = database.execute_sql("PRAGMA journal_mode").fetchone()[0]
    synchronous = database.execute_sql("PRAGMA synchronous").fetchone()[0]
    channel.send(("started", journal, synchronous))


def run(operation: str, db: str, arg: str, channel: Connection) -> None:
    """Open ``db`` as the app does, then run ``operation`` (on the file ``arg``, for an import)."""
    if operation == "migrate":
        # open_store() is open_database() and then migrate(): the clock starts between the two.
        open_database(db)
        _started(channel)
        migrate(backups_of(db))
    elif operation == "notices":
        open_store(db)
        identity = unlock()
        load_notice_libraries()  # before the clock starts, so the kills spread over the issuing itself
        _started(channel)
        issue_confirmed(identity)
    elif operation == "punches":
        open_store(db)
        _started(channel)
        punches.import_punches(acting(), arg)
    elif operation == "roster":
        open_store(db)
        _started(channel)
        roster_io.import_roster(acting(), arg)
    else:
        raise ValueError(f"unknown operation {operation}")
    channel.send("done")
