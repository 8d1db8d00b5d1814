"""Opening HallDesk's database for the window, the CLI and the tests alike."""

from __future__ import annotations

from dataclasses import dataclass

from app import config
from app.errors import database_error
from db.connection import StoreError, describe, open_database
from db.migrate import migrate, pending_migrations


@dataclass(frozen=True)
class OpenedStore:
    url: str
    description: str
    migrated: list[str]


def open_store(url: str | None = None, *, apply_migrations: bool = True) -> OpenedStore:
    """Open the database (``--db``, HALLDESK_DB, settings, default) and bring its schema up to date.

    Raises app.errors.DatabaseError with a message fit to show.
    """
    url = config.database_url(url)
    try:
        open_database(url)
        if apply_migrations:
            applied = migrate(_backup_folder)
        else:
            pending_migrations()  # still refuses a database from a newer HallDesk
            applied = []
    except StoreError as err:
        raise database_error(err) from err
    return OpenedStore(url=url, description=describe(url), migrated=applied)


def _backup_folder():
    """Where the copy before a migration goes: the chosen backups folder (a USB stick, a share) or the
    data folder's."""
    from app import backup

    return backup.folder()
