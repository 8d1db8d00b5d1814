"""HallDesk's store: Peewee models, opening a database from a URL, migrations.

Only peewee and the standard library are imported here (see DESIGN.md).
"""

from db.connection import StoreError, close_database, database, open_database
from db.migrate import migrate, pending_migrations

__all__ = [
    "StoreError",
    "close_database",
    "database",
    "migrate",
    "open_database",
    "pending_migrations",
]
