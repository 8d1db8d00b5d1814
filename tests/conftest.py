"""Shared fixtures: a fresh SQLite database per test, and one session per role."""

from __future__ import annotations

import os
from functools import cache

import pytest

# Qt tests run without a display; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HALLDESK_LANG", "en")

from app import auth, i18n  # noqa: E402
from app.store import open_store  # noqa: E402
from db.connection import close_database  # noqa: E402
from db.models import User  # noqa: E402

TEST_PASSWORD = "correct-horse-7"


@cache
def _test_hash() -> str:
    # One real argon2id hash for every test account: hashing per test would
    # cost ~60 ms each and test nothing new.
    return auth.hash_password(TEST_PASSWORD)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    """Settings and data folders of the test's own, never the developer's."""
    monkeypatch.setenv("HALLDESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("HALLDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("HALLDESK_DB", raising=False)
    monkeypatch.delenv("HALLDESK_USER", raising=False)
    monkeypatch.delenv("HALLDESK_PASSWORD", raising=False)
    i18n.set_language("en")
    i18n.set_backend(None)
    yield
    i18n.set_language("en")
    i18n.set_backend(None)


@pytest.fixture
def db_url(tmp_path) -> str:
    return str(tmp_path / "hall.db")


@pytest.fixture
def store(db_url):
    """A fresh, migrated SQLite database."""
    opened = open_store(db_url)
    yield opened
    close_database()


def make_user(role: str, username: str | None = None) -> auth.Session:
    """An account with TEST_PASSWORD and its logged-in session."""
    name = username or f"{role}1"
    user = User.create(username=name, display_name=name.title(), role=role, password_hash=_test_hash())
    return auth.Session(
        username=user.username,
        role=user.role,
        user_id=user.id,
        display_name=user.display_name,
        permissions=auth.permissions_for(role),
    )


@pytest.fixture
def sessions(store) -> dict[str, auth.Session]:
    """One session per role: officer, leader, manager, admin."""
    return {role: make_user(role) for role in auth.Role}


@pytest.fixture
def admin(sessions) -> auth.Session:
    return sessions["admin"]


@pytest.fixture
def manager(sessions) -> auth.Session:
    return sessions["manager"]


@pytest.fixture
def officer(sessions) -> auth.Session:
    return sessions["officer"]
