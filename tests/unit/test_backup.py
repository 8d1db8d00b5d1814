"""Backups of the SQLite file: taken with the online API and checked, daily once, pruned, restored."""

import datetime as dt

import pytest

from app import backup, config, roster
from app.errors import PermissionDenied, ValidationError
from db.models import Unit

# Copies of the SQLite file; a PostgreSQL hall is backed up with pg_dump (see the test at the end).
pytestmark = pytest.mark.sqlite_only

NOW = dt.datetime(2026, 11, 27, 7, 55)


def test_a_backup_is_a_checked_copy(store, manager, tmp_path):
    roster.add_unit(manager, "社会保险服务中心")
    path = backup.backup_now(tmp_path / "copy.sqlite")
    assert path.exists() and backup.check_file(path) is None
    assert path.stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob("*.part")) and sorted(p.name for p in tmp_path.glob("copy*")) == [
        "copy.sqlite"
    ]  # a single file: no -wal or -shm left beside it


def test_daily_once_then_pruned(store, manager):
    first = backup.daily(NOW)
    assert first is not None and first.parent == config.data_dir() / "backups"
    assert backup.daily(NOW + dt.timedelta(hours=3)) is None  # the same day: nothing more
    old = [backup.backup_now(why="daily", now=NOW - dt.timedelta(days=d)) for d in (10, 31, 45)]
    backup.daily(NOW + dt.timedelta(days=1))
    left = {b.path for b in backup.backups()}
    assert old[0] in left and old[1] not in left and old[2] not in left  # kept 30 days
    assert backup.newest_good().taken.date() == (NOW + dt.timedelta(days=1)).date()


def test_a_failed_day_says_why_and_what_there_is_to_fall_back_on(store, manager, monkeypatch, tmp_path):
    monkeypatch.setattr(backup, "folder", lambda: tmp_path / "stick")
    text = backup.daily_failed("Cannot write the backup to E:\\: the device is not ready.")
    assert text.startswith("Today's backup of the database could not be taken: Cannot write the backup to E:")
    assert "not ready. There is no backup to fall back on." in text and "administrator" in text
    backup.backup_now(why="daily", now=NOW)
    assert "The newest backup was taken on 2026-11-27 07:55." in backup.daily_failed("the disk is full")


def test_restore_saves_the_current_file_first(store, manager, admin, tmp_path):
    roster.add_unit(manager, "社会保险服务中心")
    before = backup.backup_now(tmp_path / "one-unit.sqlite")
    roster.add_unit(manager, "就业服务中心")
    assert Unit.select().count() == 2
    with pytest.raises(PermissionDenied):
        backup.restore(manager, before)
    saved = backup.restore(admin, before, now=NOW)
    assert [u.name for u in Unit.select()] == ["社会保险服务中心"]
    assert "before-restore" in saved.name and backup.check_file(saved) is None


def test_bad_files_are_refused_and_change_nothing(store, manager, admin, tmp_path):
    roster.add_unit(manager, "社会保险服务中心")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + bytes(4096))
    with pytest.raises(ValidationError, match="junk.sqlite"):
        backup.restore(admin, junk)
    with pytest.raises(ValidationError, match="does not exist"):
        backup.restore(admin, tmp_path / "missing.sqlite")
    assert Unit.select().count() == 1
    assert backup.backups() == []  # a refused restore saved nothing either
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(ValidationError, match="Cannot write the backup"):
        backup.backup_now(tmp_path / "a-file" / "copy.sqlite")


def test_this_pcs_settings_are_private_and_name_the_backup_folder(tmp_path):
    folder = tmp_path / "usb"
    config.save({"backup_folder": str(folder), "backup_keep_days": 7})
    assert config.settings_file().stat().st_mode & 0o777 == 0o600  # it may hold a server password
    assert backup.folder() == folder and backup.keep_days() == 7


def test_the_backup_place_is_checked_before_it_is_saved(tmp_path):
    with pytest.raises(ValidationError) as refused:
        backup.save_place(str(tmp_path), 0)
    assert [p.field for p in refused.value.problems] == ["backup_keep_days"]
    assert "backup_keep_days" not in config.load()
    backup.save_place(f"  {tmp_path / 'usb'}  ", 90)
    assert backup.folder() == tmp_path / "usb" and backup.keep_days() == 90
    backup.save_place("", 30)  # back to the data folder's
    assert backup.folder() == config.data_dir() / "backups"
