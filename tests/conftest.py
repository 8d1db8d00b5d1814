"""Shared fixtures: a fresh database per test on each engine, and one session per role.

Every test that asks for ``db_url`` (or ``store``) runs twice: on a SQLite file
and on PostgreSQL, each in a fresh schema of the server named by
HALLDESK_TEST_PG_URL (default: the local server's database ``test``). When no
server answers, the PostgreSQL runs are skipped with the reason, and the
summary at the end says so. ``@pytest.mark.sqlite_only`` keeps a test to
SQLite (a file, a pragma, a kill).
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from functools import cache
from urllib.parse import quote

import pytest

# Qt tests run without a display; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HALLDESK_LANG", "en")

from app import auth, i18n  # noqa: E402
from app.store import open_store  # noqa: E402
from db.connection import close_database, database  # noqa: E402
from db.models import Staff, Unit, User  # noqa: E402

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


PG_DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/test"
ENGINES = ("sqlite", "postgresql")
_SCHEMA_PREFIX = "hdtest_"
_schema_numbers = itertools.count(1)
_used_schemas: list[str] = []  # made by this process, dropped one test later


def pg_base_url() -> str:
    return os.environ.get("HALLDESK_TEST_PG_URL", PG_DEFAULT_URL)


def _pg_connect():
    import psycopg2

    from db.connection import parse_url

    params = parse_url(pg_base_url())
    params["dbname"] = params.pop("database")
    params.setdefault("connect_timeout", 3)
    con = psycopg2.connect(**params)
    con.autocommit = True
    return con


@cache
def pg_unavailable() -> str | None:
    """Why the test server cannot be used, or None when it answers.

    Also drops the schemas that earlier runs, since killed, left behind
    (those whose process is gone), so the server does not fill up.
    """
    try:
        con = _pg_connect()
    except Exception as exc:  # psycopg2.OperationalError and a missing driver alike
        return f"{pg_base_url()}: {str(exc).strip() or type(exc).__name__}"
    with con, con.cursor() as cur:
        cur.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE %s", (_SCHEMA_PREFIX + "%",))
        for (name,) in cur.fetchall():
            pid = name[len(_SCHEMA_PREFIX) :].split("_", 1)[0]
            if pid.isdigit() and not os.path.exists(f"/proc/{pid}"):
                cur.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    con.close()
    return None


def pytest_generate_tests(metafunc):
    if "engine" in metafunc.fixturenames:
        sqlite_only = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("engine", ENGINES[:1] if sqlite_only else ENGINES, indirect=True)


def pytest_report_header(config):
    reason = pg_unavailable()
    if reason:
        return f"PostgreSQL: NOT reachable, its runs are skipped ({reason})"
    return f"PostgreSQL: {pg_base_url()} (every database test runs on SQLite and on PostgreSQL)"


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    reason = pg_unavailable()
    if reason:
        terminalreporter.write_sep("!", "PostgreSQL run SKIPPED", yellow=True)
        terminalreporter.write_line(f"The tests ran on SQLite only: {reason}")
    else:
        terminalreporter.write_line(f"PostgreSQL run: done against {pg_base_url()}")


@pytest.fixture
def engine(request) -> str:
    """The engine of this run of the test: 'sqlite' or 'postgresql'."""
    if request.param == "postgresql":
        reason = pg_unavailable()
        if reason:
            pytest.skip(f"PostgreSQL not reachable: {reason}")
    return request.param


@pytest.fixture
def db_url(engine, tmp_path) -> str:
    """A fresh database: a file in tmp_path, or a new schema on the PostgreSQL server."""
    if engine == "sqlite":
        yield str(tmp_path / "hall.db")
        return
    schema = f"{_SCHEMA_PREFIX}{os.getpid()}_{next(_schema_numbers)}"
    con = _pg_connect()
    with con.cursor() as cur:
        # The previous test's schema goes now rather than at its teardown: a
        # window's settle timer may still fire one last query while pytest-qt
        # closes the widgets after the fixtures are gone.
        for old in _used_schemas:
            cur.execute(f'DROP SCHEMA IF EXISTS "{old}" CASCADE')
        _used_schemas.clear()
        cur.execute(f'CREATE SCHEMA "{schema}"')
    con.close()
    _used_schemas.append(schema)
    base = pg_base_url()
    glue = "&" if "?" in base else "?"
    yield f"{base}{glue}options={quote(f'-c search_path={schema}')}"
    close_database()


def pytest_sessionfinish(session, exitstatus):
    if _used_schemas and pg_unavailable() is None:
        con = _pg_connect()
        with con.cursor() as cur:
            for old in _used_schemas:
                cur.execute(f'DROP SCHEMA IF EXISTS "{old}" CASCADE')
        con.close()


@pytest.fixture
def store(db_url):
    """A fresh, migrated database (SQLite, then PostgreSQL)."""
    opened = open_store(db_url)
    yield opened
    close_database()


def add_numbered_staff(count: int) -> list[int]:
    """``count`` people numbered 1001 on in one unit, in one statement (benchmarks, kill tests); their ids."""
    unit = Unit.create(name="社会保险服务中心")
    with database.atomic():
        Staff.insert_many(
            [
                {
                    "staff_no": str(1001 + i),
                    "name": f"员工{i}",
                    "unit": unit.id,
                    "hire_date": dt.date(2020, 1, 1),
                }
                for i in range(count)
            ]
        ).execute()
    return [s.id for s in Staff.select(Staff.id).order_by(Staff.staff_no)]


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
