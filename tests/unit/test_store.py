"""Opening databases, migrations, the append-only audit trail."""

import sqlite3

import peewee
import pytest

from app.errors import DatabaseError
from app.store import open_store
from db.connection import close_database, describe, sqlite_path
from db.models import AuditEntry


def test_new_database_is_migrated_with_owner_only_mode(tmp_path):
    opened = open_store(str(tmp_path / "new.db"))
    import db.migrate

    assert opened.migrated == sorted(p.stem for p in db.migrate.MIGRATIONS_DIR.glob("[0-9]*.py"))
    assert opened.migrated[0] == "0001_initial"
    assert (tmp_path / "new.db").stat().st_mode & 0o777 == 0o600
    con = sqlite3.connect(tmp_path / "new.db")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    close_database()


def test_pragmas_applied(store):
    from db.connection import database

    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_second_open_applies_nothing(tmp_path):
    open_store(str(tmp_path / "a.db"))
    close_database()
    assert open_store(str(tmp_path / "a.db")).migrated == []
    close_database()


def test_audit_trail_refuses_update_and_delete(store):
    entry = AuditEntry.create(username="x", action="create", table="unit", row_id=1)
    with pytest.raises(peewee.IntegrityError):
        AuditEntry.update(action="changed").where(AuditEntry.id == entry.id).execute()
    with pytest.raises(peewee.IntegrityError):
        AuditEntry.delete().execute()
    assert AuditEntry.get_by_id(entry.id).action == "create"


def test_database_from_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "newer.db"
    open_store(str(path))
    close_database()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2030-01-01')")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        open_store(str(path))
    assert err.value.kind == "too_new" and "newer version" in str(err.value)
    close_database()
    assert path.read_bytes() == before


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a shopping list, not a database" * 50)
    with pytest.raises(DatabaseError) as err:
        open_store(str(path))
    assert err.value.kind == "damaged"


def test_locked_by_another_program(tmp_path, monkeypatch):
    path = tmp_path / "locked.db"
    open_store(str(path))
    close_database()
    other = sqlite3.connect(path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setitem(__import__("db.connection").connection.SQLITE_PRAGMAS, "busy_timeout", 200)
    try:
        with pytest.raises(DatabaseError) as err:
            open_store(str(path))
        assert err.value.kind == "locked" and "another program" in str(err.value)
    finally:
        other.rollback()
        other.close()
        close_database()


def test_read_only_folder(tmp_path, monkeypatch):
    path = tmp_path / "ro.db"
    open_store(str(path))
    close_database()
    # Tests may run as root, for whom file modes do not bite: ask the OS's answer instead.
    monkeypatch.setattr("os.access", lambda p, mode: mode != __import__("os").W_OK)
    with pytest.raises(DatabaseError) as err:
        open_store(str(path))
    assert err.value.kind == "read_only"


def test_bad_url():
    with pytest.raises(DatabaseError) as err:
        open_store("mysql://somewhere/db")
    assert err.value.kind == "bad_url"


def test_backup_taken_before_migrating_an_existing_file(tmp_path, monkeypatch):
    """A pending migration on an existing database first copies the file."""
    import db.migrate as migrate_mod

    path = tmp_path / "old.db"
    open_store(str(path))
    close_database()
    con = sqlite3.connect(path)
    con.execute("DELETE FROM schema_migration")  # pretend 0001 is pending again
    con.execute("DROP TABLE setting")
    con.commit()
    con.close()
    monkeypatch.setattr(migrate_mod, "_has_tables", lambda: True)
    with pytest.raises(DatabaseError):
        open_store(str(path))  # 0001 fails on existing tables ...
    close_database()
    backups = list((tmp_path / "data" / "backups").glob("halldesk-before-0001_initial-*.sqlite"))
    assert len(backups) == 1  # ... but the copy was taken first
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "unit" in {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}


def test_url_forms():
    assert str(sqlite_path("sqlite:////abs/x.db")) == "/abs/x.db"
    assert str(sqlite_path("sqlite:///rel.db")) == "rel.db"
    assert sqlite_path("postgresql://u@h/db") is None
    assert describe("postgresql://u:secret@h:5433/hall") == "PostgreSQL: h:5433/hall"
