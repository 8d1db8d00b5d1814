"""A damaged database file: found by quick_check, refused for writes, replaced by the newest good backup."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import peewee
import pytest

from app import backup, i18n, integrity, roster
from app.auth import Role
from app.errors import DatabaseError, PermissionDenied, ValidationError, engine_error
from app.store import open_store
from db.connection import close_database, database, writes_refused
from db.models import AuditEntry, Unit
from tests.conftest import make_user

pytestmark = pytest.mark.sqlite_only

NOW = dt.datetime(2026, 11, 27, 7, 55)
PAGE = 4096


def hall_file(path: Path, rows: int = 3000) -> Path:
    """A real HallDesk database with enough rows that its middle pages are table data, closed."""
    open_store(str(path))
    roster.add_unit(make_user(Role.MANAGER, "chief"), "社会保险服务中心")
    with database.atomic():
        AuditEntry.insert_many(
            [
                {"username": "x", "action": "create", "table": "unit", "row_id": i, "after": "y" * 300}
                for i in range(rows)
            ]
        ).execute()
    close_database()
    assert not Path(f"{path}-wal").exists()  # checkpointed into the file on close
    return path


def damage_middle(path: Path, pages: int = 3) -> None:
    """Overwrite pages in the middle of a closed database file with garbage."""
    middle = path.stat().st_size // PAGE // 2
    with path.open("r+b") as f:
        f.seek(middle * PAGE)
        f.write(random.Random(7).randbytes(pages * PAGE))


def damaged_hall(tmp_path: Path) -> Path:
    path = hall_file(tmp_path / "hall.db")
    damage_middle(path)
    return path


@pytest.fixture
def closed():
    yield
    close_database()


def test_quick_check_finds_pages_overwritten_with_garbage(tmp_path, closed):
    path = hall_file(tmp_path / "hall.db")
    assert backup.quick_check(path) is None and integrity.Check(path).run() is None
    damage_middle(path)
    found = integrity.Check(path).run()
    assert found and "Page" in found  # SQLite's own words: which pages are wrong
    assert backup.quick_check(path) == found
    assert "damaged" in backup.check_file(path)
    # The schema is still readable, so the file opens: only the check says it is damaged.
    assert open_store(str(path)).migrated == []


def test_a_damaged_file_refuses_writes_with_a_clear_message_and_still_reads(tmp_path, closed):
    path = damaged_hall(tmp_path)
    open_store(str(path))
    check = integrity.start_check()
    assert check.path == path.resolve()
    found = integrity.found_damage(check.run())
    assert writes_refused() and integrity.damage() == found and found.newest is None
    with pytest.raises(peewee.OperationalError) as raised:
        Unit.create(name="就业服务中心")
    err = engine_error(raised.value)
    assert isinstance(err, DatabaseError) and err.kind == "write_refused"
    assert "damaged" in str(err) and "administrator" in str(err) and "backup" in str(err)
    i18n.set_language("zh_CN")
    assert "数据库文件已损坏" in str(engine_error(raised.value))
    i18n.set_language("en")
    assert [u.name for u in Unit.select()] == ["社会保险服务中心"]  # reading goes on

    # Another thread's connection (a background job's) refuses writes too.
    import threading

    errors = []

    def write() -> None:
        try:
            Unit.create(name="另一个")
        except peewee.OperationalError as exc:
            errors.append(engine_error(exc).kind)
        finally:
            database.close()

    worker = threading.Thread(target=write)
    worker.start()
    worker.join()
    assert errors == ["write_refused"]
    assert Unit.select().count() == 1


def test_the_newest_good_backup_is_found_and_an_administrator_restores_it(tmp_path, closed):
    path = hall_file(tmp_path / "hall.db")
    open_store(str(path))
    good = backup.backup_now(why="daily", now=NOW)
    close_database()
    damage_middle(path)
    open_store(str(path))
    found = integrity.found_damage(integrity.start_check().run())
    assert found.newest.path == good
    officer = _session(Role.OFFICER)
    admin = _session(Role.ADMIN)
    assert not integrity.can_restore(officer, found) and not integrity.can_restore(None, found)
    assert integrity.can_restore(admin, found)
    with pytest.raises(PermissionDenied):
        integrity.restore_damaged(officer, good)
    assert path.exists() and writes_refused()

    kept, store = integrity.restore_damaged(admin, good)
    assert kept.parent == path.parent and kept.name.startswith("hall.damaged-") and kept.suffix == ".db"
    assert backup.quick_check(kept) is not None  # the damaged file, kept as it was
    assert backup.check_file(path) is None and store.url == str(path.resolve())
    assert not writes_refused() and integrity.damage() is None
    Unit.create(name="就业服务中心")  # writable again
    assert Unit.select().count() == 2


def _session(role: str):
    from app import auth

    return auth.Session(username=role, role=role, permissions=auth.permissions_for(role))


def test_restore_over_a_file_that_cannot_be_opened_keeps_the_damaged_copy(tmp_path, closed):
    path = hall_file(tmp_path / "hall.db")
    open_store(str(path))
    good = backup.backup_now(why="daily", now=NOW)
    close_database()
    with path.open("r+b") as f:  # the header and the schema: not even a database any more
        f.write(random.Random(3).randbytes(4 * PAGE))
    Path(f"{path}-wal").write_bytes(b"the last transactions, maybe")
    Path(f"{path}-shm").write_bytes(bytes(32768))
    damaged_bytes = path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        open_store(str(path))
    assert err.value.kind == "damaged"
    assert Path(f"{path}-wal").exists()  # trying to open it did not delete the -wal
    newest = integrity.backup_for_unopenable(err.value, str(path))
    assert newest.path == good

    kept = backup.restore_over(path, newest.path, now=NOW)
    assert kept == tmp_path / "hall.damaged-20261127-075500.db"
    assert kept.read_bytes() == damaged_bytes
    assert Path(f"{kept}-wal").read_bytes() == b"the last transactions, maybe"
    assert not Path(f"{path}-shm").exists() and not list(tmp_path.glob("*.part"))
    assert path.stat().st_mode & 0o777 == 0o600
    open_store(str(path))
    assert [u.name for u in Unit.select()] == ["社会保险服务中心"]


def test_a_bad_backup_changes_nothing_and_only_damage_offers_a_restore(tmp_path, closed):
    path = tmp_path / "hall.db"
    path.write_bytes(b"not a database at all" * 500)
    before = path.read_bytes()
    junk = tmp_path / "halldesk-20261127-075500-daily.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + bytes(4096))
    with pytest.raises(ValidationError, match="cannot be restored"):
        backup.restore_over(path, junk)
    with pytest.raises(ValidationError, match="does not exist"):
        backup.restore_over(path, tmp_path / "missing.sqlite")
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("hall.damaged-*")) and not list(tmp_path.glob("*.part"))
    assert integrity.backup_for_unopenable(DatabaseError("x", "damaged"), str(path)) is None  # no backup
    assert integrity.backup_for_unopenable(DatabaseError("x", "locked"), str(path)) is None
    assert integrity.backup_for_unopenable(DatabaseError("x", "damaged"), "postgresql://h/db") is None


def test_small_files_are_checked_at_once_big_ones_in_the_background(tmp_path, closed):
    small = hall_file(tmp_path / "small.db", rows=10)
    assert not integrity.in_background(integrity.Check(small))
    big = tmp_path / "big.db"
    con = sqlite3.connect(big)
    con.execute("CREATE TABLE t (b BLOB)")
    con.execute("INSERT INTO t VALUES (zeroblob(?))", (integrity.SYNC_CHECK_BYTES + PAGE,))
    con.commit()
    con.close()
    check = integrity.Check(big)
    assert integrity.in_background(check)
    check.cancel()  # a program that quits before the check ran
    assert check.run() is None and check.cancelled
