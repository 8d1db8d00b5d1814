"""Background work: a store problem met there reaches the user as the store's message, a bug as a bug."""

from __future__ import annotations

import sqlite3

import peewee
import pytest

from app.errors import DatabaseError
from ui import common, worker


@pytest.fixture
def shown(monkeypatch) -> list[Exception]:
    seen: list[Exception] = []
    monkeypatch.setattr(worker, "show_error", lambda parent, err, title=None: seen.append(err))
    monkeypatch.setattr(common, "show_error", lambda parent, err, title=None: seen.append(err))
    return seen


def disk_full(progress) -> None:
    engine = sqlite3.OperationalError("database or disk is full")
    engine.sqlite_errorcode = 13  # SQLITE_FULL, as SQLite itself sets it
    raise peewee.OperationalError(engine) from engine


def test_a_full_disk_in_background_work_is_the_full_disk_message(qtbot, shown):
    job = worker.run_with_progress(None, "Importing…", disk_full)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert isinstance(shown[0], DatabaseError) and shown[0].kind == "full"
    assert "full" in str(shown[0]).lower()
    assert job is not None


def test_a_bug_in_background_work_stays_an_unexpected_error(qtbot, shown):
    def broken(progress):
        raise KeyError("window")

    worker.run_with_progress(None, "Importing…", broken)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert not isinstance(shown[0], DatabaseError)
    assert "unexpected" in str(shown[0])
