"""Opening databases, migrations, the append-only audit trail."""

import os
import sqlite3
from pathlib import Path

import peewee
import pytest

from app.errors import DatabaseError
from app.store import open_store
from db.connection import StoreError, close_database, describe, sqlite_path
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


@pytest.mark.sqlite_only
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
    backups = list((tmp_path / "data" / "backups").glob("halldesk-*-before-0001_initial.sqlite"))
    assert len(backups) == 1  # ... but the copy was taken first
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "unit" in {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}


def test_the_copy_before_a_migration_goes_to_the_chosen_backups_folder(tmp_path, monkeypatch):
    from app import backup

    path = tmp_path / "hall.db"
    open_store(str(path))
    close_database()
    backup.save_place(str(tmp_path / "usb"), 30)
    con = sqlite3.connect(path)
    con.execute("DELETE FROM schema_migration WHERE name = '0006_audit_errcode'")  # an upgrade to come
    con.commit()
    con.close()
    assert open_store(str(path)).migrated == ["0006_audit_errcode"]
    close_database()
    (copy,) = backup.backups()
    assert copy.path.parent == tmp_path / "usb"
    assert copy.path.name.endswith("-before-0006_audit_errcode.sqlite")
    assert backup.check_file(copy.path) is None and copy.path.stat().st_mode & 0o777 == 0o600
    assert not list((tmp_path / "usb").glob("*.part"))


def test_url_forms():
    assert str(sqlite_path("sqlite:////abs/x.db")) == "/abs/x.db"
    assert str(sqlite_path("sqlite:///rel.db")) == "rel.db"
    assert sqlite_path("postgresql://u@h/db") is None
    assert describe("postgresql://u:secret@h:5433/hall") == "PostgreSQL: h:5433/hall"


# ---------------------------------------------------------------- trouble while working
# A full disk, a lock held by another program, a read-only or vanished file:
# the write fails as a whole, the message says what to do, reading goes on.

ROSTER_HEADER = ["staff_no", "name", "unit", "window", "hire_date", "trained_on", "mobile"]


def roster_file(tmp_path, rows: int = 200):
    import csv

    path = tmp_path / "roster.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(ROSTER_HEADER)
        for i in range(rows):
            writer.writerow([f"{1000 + i}", "张三", "社会保险服务中心", "", "2021-03-01", "2021-03-20", ""])
    return path


def failed_import(tmp_path):
    """Import a roster of several rows; return the engine's error, which must have been raised."""
    from app import auth, roster_io

    manager = auth.Session(username="m", role="manager", permissions=auth.permissions_for("manager"))
    with pytest.raises((peewee.PeeweeException, StoreError)) as raised:
        roster_io.import_roster(manager, roster_file(tmp_path))
    return raised.value


def assert_told_and_nothing_half_written(exc, kind: str, english: str, chinese: str) -> None:
    from app import i18n
    from app.errors import engine_error
    from db.connection import database
    from db.models import Staff, Unit

    err = engine_error(exc)
    assert isinstance(err, DatabaseError) and err.kind == kind
    assert english in str(err) and "Traceback" not in str(err)
    i18n.set_language("zh_CN")
    assert chinese in str(engine_error(exc))
    i18n.set_language("en")
    # Not one row of the import landed, no transaction is left open, reading goes on.
    assert Staff.select().count() == 0 and Unit.select().count() == 0
    assert not database.in_transaction() and not database.connection().in_transaction


@pytest.mark.sqlite_only
def test_a_full_disk_saves_nothing_and_says_so(tmp_path):
    from db.connection import database
    from db.models import Staff

    open_store(str(tmp_path / "hall.db"))
    try:
        pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
        database.execute_sql(f"PRAGMA max_page_count = {pages}")  # the disk is full from here
        exc = failed_import(tmp_path)
        assert_told_and_nothing_half_written(exc, "full", "The disk is full", "磁盘空间已满")
        database.execute_sql("PRAGMA max_page_count = 1073741823")  # space freed: the same import lands
        from app import auth, roster_io

        manager = auth.Session(username="m", role="manager", permissions=auth.permissions_for("manager"))
        roster_io.import_roster(manager, roster_file(tmp_path))
        assert Staff.select().count() == 200
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_a_lock_held_by_another_program_saves_nothing_and_says_so(tmp_path):
    from db.connection import database

    path = tmp_path / "hall.db"
    open_store(str(path))
    database.execute_sql("PRAGMA busy_timeout = 100")  # not the 5 s a user waits
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        exc = failed_import(tmp_path)
        assert_told_and_nothing_half_written(exc, "locked", "locked by another program", "被其他程序锁定")
    finally:
        other.execute("ROLLBACK")
        other.close()
        close_database()


@pytest.mark.sqlite_only
def test_a_read_only_database_saves_nothing_and_says_so(tmp_path):
    from db.connection import database

    path = tmp_path / "hall.db"
    open_store(str(path))
    # What a read-only medium does to SQLite (file modes do not stop root, who runs CI):
    # every write is refused with SQLITE_READONLY.
    database.execute_sql("PRAGMA query_only = 1")
    try:
        exc = failed_import(tmp_path)
        assert_told_and_nothing_half_written(exc, "read_only", str(path.resolve()), "只读")
    finally:
        close_database()


@pytest.mark.sqlite_only
@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root writes through file modes (the query_only test above stands in)",
)
def test_a_file_made_read_only_while_open_refuses_new_connections(tmp_path):
    """chmod does not reach a handle already open; a new connection (a background job's) is refused."""
    import threading

    from app.errors import engine_error
    from db.models import Unit

    folder = tmp_path / "share"
    path = folder / "hall.db"
    open_store(str(path))
    kinds = []

    def write() -> None:
        from db.connection import database

        try:
            Unit.create(name="就业服务中心")
        except peewee.PeeweeException as exc:
            kinds.append(engine_error(exc).kind)
        finally:
            database.close()

    try:
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.chmod(0o444)
        folder.chmod(0o555)
        worker = threading.Thread(target=write)
        worker.start()
        worker.join()
        assert kinds and kinds[0] in ("read_only", "io")
        assert Unit.select().count() == 0
    finally:
        folder.chmod(0o755)
        close_database()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("how", ["removed", "renamed"])
def test_a_vanished_folder_saves_nothing_and_says_so(tmp_path, how):
    """A share unmounted or a folder removed under an open database.

    On Linux SQLite itself reports nothing: the open handle still reads and
    writes the deleted or moved file, and what it writes is lost with it. The
    store checks the file before each commit instead; a new connection gets
    SQLITE_CANTOPEN.
    """
    import shutil
    import threading

    from app.errors import engine_error
    from db.models import Unit

    folder = tmp_path / "share"
    open_store(str(folder / "hall.db"))
    try:
        if how == "removed":
            shutil.rmtree(folder)
        else:
            folder.rename(tmp_path / "elsewhere")
        exc = failed_import(tmp_path)
        assert_told_and_nothing_half_written(exc, "io", "network share", "网络共享")
        assert str(folder / "hall.db") in str(engine_error(exc))
        kinds = []

        def read() -> None:
            from db.connection import database

            try:
                Unit.select().count()
            except peewee.PeeweeException as exc:
                kinds.append(engine_error(exc).kind)
            finally:
                database.close()

        worker = threading.Thread(target=read)
        worker.start()
        worker.join()
        assert kinds == ["io"]
    finally:
        close_database()


def test_a_bug_is_not_taken_for_a_store_problem(store):
    from app.errors import engine_error
    from db.connection import database

    with pytest.raises(peewee.DatabaseError) as missing:
        database.execute_sql("SELECT * FROM no_such_table")
    assert engine_error(missing.value) is None
    entry = AuditEntry.create(username="x", action="create", table="unit", row_id=1)
    with pytest.raises(peewee.IntegrityError) as refused:
        AuditEntry.delete().where(AuditEntry.id == entry.id).execute()
    assert engine_error(refused.value) is None


@pytest.mark.sqlite_only
def test_the_cli_says_what_went_wrong_and_exits_2(tmp_path, capsys):
    import argparse

    from app import cli
    from db.connection import database

    open_store(str(tmp_path / "hall.db"))
    try:
        pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
        database.execute_sql(f"PRAGMA max_page_count = {pages}")

        def full(args) -> int:
            from app import auth, roster_io

            manager = auth.Session(username="m", role="manager", permissions=auth.permissions_for("manager"))
            roster_io.import_roster(manager, roster_file(tmp_path))
            return 0

        assert cli.run(argparse.Namespace(handler=full)) == cli.EXIT_ERROR
        err = capsys.readouterr().err
        assert err.startswith("Error: The disk is full") and "Traceback" not in err

        def bug(args) -> int:
            database.execute_sql("SELECT * FROM no_such_table")
            return 0

        with pytest.raises(peewee.OperationalError):  # a bug stays a traceback, for the log
            cli.run(argparse.Namespace(handler=bug))
    finally:
        close_database()
