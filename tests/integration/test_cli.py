"""The ``halldesk`` command line end to end: real processes, real database files."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ADMIN_PASSWORD = "chief-password-1"
DEMO_PASSWORD = "demo-password-1"
CJK = re.compile(r"[\u4e00-\u9fff]")
# A wrong lock or a prompt must fail the test, not hang it.
TIMEOUT = 60


def halldesk(tmp_path: Path, *args: str, env: dict[str, str] | None = None, timeout: float = TIMEOUT):
    """Run ``halldesk ARGS`` in a fresh process with the test's own folders and no terminal."""
    environ = {
        k: v for k, v in os.environ.items() if not k.startswith("HALLDESK_") and k != "QT_QPA_PLATFORM"
    }
    environ.update(
        HALLDESK_CONFIG_DIR=str(tmp_path / "config"),
        HALLDESK_DATA_DIR=str(tmp_path / "data"),
        HALLDESK_LANG="en",
        PYTHONIOENCODING="utf-8",
    )
    environ.update(env or {})
    result = subprocess.run(
        [sys.executable, "-m", "ui.launch", *args],
        env=environ,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )
    # Whatever went wrong, a user never sees a traceback.
    assert "Traceback" not in result.stderr, result.stderr
    return result


def acting(user: str, password: str, **more: str) -> dict[str, str]:
    return {"HALLDESK_USER": user, "HALLDESK_PASSWORD": password, **more}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def query(db: Path, sql: str, *params) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


STAFF_TABLE = """
    SELECT s.staff_no, s.name, s.pinyin, u.name, w.number, s.position, s.mobile, s.hire_date,
           s.trained_on, s.left_on, s.left_reason, s.note, s.version
    FROM staff s JOIN unit u ON u.id = s.unit_id LEFT JOIN service_window w ON w.id = s.window_id
    ORDER BY s.staff_no
"""


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    """A demo hall of 40 staff, seed 3, made once; tests that change it work on a copy."""
    tmp = tmp_path_factory.mktemp("demo")
    db = tmp / "demo.db"
    result = halldesk(
        tmp,
        "demo",
        "--db",
        str(db),
        "--staff",
        "40",
        "--seed",
        "3",
        env={"HALLDESK_DEMO_PASSWORD": DEMO_PASSWORD},
    )
    assert result.returncode == 0, result.stderr
    return db


def copy_db(db: Path, target: Path) -> Path:
    con = sqlite3.connect(db)
    out = sqlite3.connect(target)
    con.backup(out)
    out.close()
    con.close()
    return target


def init(tmp_path: Path, db: Path) -> None:
    result = halldesk(
        tmp_path, "init", "--admin", "chief", "--db", str(db), env={"HALLDESK_ADMIN_PASSWORD": ADMIN_PASSWORD}
    )
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------- accounts


def test_init_creates_the_administrator_once(tmp_path):
    db = tmp_path / "hall.db"
    first = halldesk(
        tmp_path, "init", "--admin", "chief", "--db", str(db), env={"HALLDESK_ADMIN_PASSWORD": ADMIN_PASSWORD}
    )
    assert first.returncode == 0, first.stderr
    assert "Administrator chief created." in first.stdout
    assert query(db, "SELECT username, role FROM app_user") == [("chief", "admin")]
    hashed = query(db, "SELECT password_hash FROM app_user")[0][0]
    assert hashed.startswith("$argon2id$") and ADMIN_PASSWORD not in hashed

    second = halldesk(
        tmp_path, "init", "--admin", "other", "--db", str(db), env={"HALLDESK_ADMIN_PASSWORD": ADMIN_PASSWORD}
    )
    assert second.returncode == 2
    assert "already has accounts" in second.stderr
    assert query(db, "SELECT username FROM app_user") == [("chief",)]


def test_init_without_a_password_asks_for_one(tmp_path):
    result = halldesk(tmp_path, "init", "--admin", "chief", "--db", str(tmp_path / "hall.db"))
    assert result.returncode == 2
    assert "HALLDESK_ADMIN_PASSWORD" in result.stderr


def test_user_add_as_the_administrator(tmp_path):
    db = tmp_path / "hall.db"
    init(tmp_path, db)
    new = {"HALLDESK_NEW_PASSWORD": "clerk-password-1"}
    result = halldesk(
        tmp_path,
        "user",
        "add",
        "clerk",
        "--role",
        "officer",
        "--db",
        str(db),
        env=acting("chief", ADMIN_PASSWORD, **new),
    )
    assert result.returncode == 0, result.stderr
    assert "User clerk (duty officer) added." in result.stdout
    listed = halldesk(tmp_path, "user", "list", "--db", str(db))
    assert listed.returncode == 0 and "clerk\tduty officer" in listed.stdout

    # The new officer may log in, but not add users.
    as_officer = halldesk(
        tmp_path,
        "user",
        "add",
        "someone",
        "--role",
        "admin",
        "--db",
        str(db),
        env=acting("clerk", "clerk-password-1", HALLDESK_NEW_PASSWORD="someone-password-1"),
    )
    assert as_officer.returncode == 2
    assert "may not do this" in as_officer.stderr and "duty officer" in as_officer.stderr

    nobody = halldesk(tmp_path, "user", "add", "someone", "--role", "officer", "--db", str(db), env=new)
    assert nobody.returncode == 2
    assert "--user NAME or HALLDESK_USER" in nobody.stderr

    wrong = halldesk(
        tmp_path,
        "user",
        "add",
        "someone",
        "--role",
        "officer",
        "--db",
        str(db),
        env=acting("chief", "not-it-at-all", **new),
    )
    assert wrong.returncode == 2 and "Wrong user name or password" in wrong.stderr
    assert query(db, "SELECT username FROM app_user ORDER BY username") == [("chief",), ("clerk",)]


def test_user_add_rejects_a_weak_password(tmp_path):
    db = tmp_path / "hall.db"
    init(tmp_path, db)
    result = halldesk(
        tmp_path,
        "user",
        "add",
        "clerk",
        "--role",
        "officer",
        "--db",
        str(db),
        env=acting("chief", ADMIN_PASSWORD, HALLDESK_NEW_PASSWORD="short"),
    )
    assert result.returncode == 2 and "at least 8 characters" in result.stderr


# ---------------------------------------------------------------- demo


def test_demo_prints_its_users_and_password(tmp_path):
    tmp = tmp_path
    result = halldesk(tmp, "demo", "--db", str(tmp / "other.db"), "--staff", "10")
    assert result.returncode == 0, result.stderr
    found = re.search(r"Users \(password (demo-[a-z0-9]{6})\): (.*)\.", result.stdout)
    assert found, result.stdout
    assert (
        found.group(2)
        == "zhiban (duty officer), daiban (duty leader), bangong (manager), admin (administrator)"
    )
    assert "Staff: 10 (" in result.stdout
    assert query(tmp / "other.db", "SELECT count(*) FROM staff") == [(10,)]


def test_demo_with_the_same_seed_gives_the_same_hall(demo_db, tmp_path):
    again = tmp_path / "again.db"
    result = halldesk(tmp_path, "demo", "--db", str(again), "--staff", "40", "--seed", "3")
    assert result.returncode == 0, result.stderr
    first = query(demo_db, STAFF_TABLE)
    assert len(first) == 40
    assert query(again, STAFF_TABLE) == first
    windows = (
        "SELECT w.number, w.title, u.name FROM service_window w JOIN unit u ON u.id = w.unit_id ORDER BY 1"
    )
    assert query(again, windows) == query(demo_db, windows)
    assert query(demo_db, "SELECT value FROM setting WHERE key = 'hall_name'") == [
        ('"新县人力资源和社会保障局服务大厅"',)
    ]
    today = dt.date.today().isoformat()
    assert all(row[7] <= today and (row[9] is None or row[9] < today) for row in first)

    other = tmp_path / "other.db"
    assert halldesk(tmp_path, "demo", "--db", str(other), "--staff", "40", "--seed", "4").returncode == 0
    assert query(other, STAFF_TABLE) != first


def test_demo_refuses_a_database_that_holds_data(demo_db, tmp_path):
    db = copy_db(demo_db, tmp_path / "copy.db")
    before = query(db, "SELECT count(*) FROM audit_entry"), query(db, STAFF_TABLE)
    result = halldesk(tmp_path, "demo", "--db", str(db), "--seed", "9")
    assert result.returncode == 2
    assert "already holds units or staff" in result.stderr
    assert (query(db, "SELECT count(*) FROM audit_entry"), query(db, STAFF_TABLE)) == before


def test_demo_after_init_keeps_the_administrator(tmp_path):
    db = tmp_path / "hall.db"
    init(tmp_path, db)
    result = halldesk(
        tmp_path, "demo", "--db", str(db), "--staff", "8", env={"HALLDESK_DEMO_PASSWORD": DEMO_PASSWORD}
    )
    assert result.returncode == 0, result.stderr
    assert f"Users (password {DEMO_PASSWORD}): zhiban (duty officer)" in result.stdout
    assert query(db, "SELECT username, role FROM app_user ORDER BY id")[0] == ("chief", "admin")


def test_demo_rejects_sizes_out_of_range(tmp_path):
    result = halldesk(tmp_path, "demo", "--db", str(tmp_path / "hall.db"), "--staff", "2")
    assert result.returncode == 2 and "--staff" in result.stderr


# ---------------------------------------------------------------- migrate


def test_migrate_creates_then_reports_up_to_date(tmp_path):
    db = tmp_path / "hall.db"
    first = halldesk(tmp_path, "migrate", "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "Applied: 0001_initial" in first.stdout
    if os.name == "posix":
        assert db.stat().st_mode & 0o777 == 0o600
    second = halldesk(tmp_path, "migrate", "--db", str(db))
    assert second.returncode == 0 and "up to date" in second.stdout


def test_database_from_the_environment(tmp_path):
    db = tmp_path / "from-env.db"
    result = halldesk(tmp_path, "migrate", env={"HALLDESK_DB": str(db)})
    assert result.returncode == 0 and db.exists()


# ---------------------------------------------------------------- roster files


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_roster_export_and_import_back(demo_db, tmp_path, suffix):
    pytest.importorskip("app.roster_io")
    db = copy_db(demo_db, tmp_path / "hall.db")
    manager = acting("bangong", DEMO_PASSWORD)
    active = query(
        db, "SELECT count(*) FROM staff WHERE left_on IS NULL OR left_on > date('now', 'localtime')"
    )[0][0]
    file = tmp_path / f"roster{suffix}"

    exported = halldesk(tmp_path, "roster", "export", str(file), "--db", str(db), env=manager)
    assert exported.returncode == 0, exported.stderr
    assert f"{active} staff written" in exported.stdout
    assert file.stat().st_size > 0

    before = query(db, STAFF_TABLE)
    imported = halldesk(tmp_path, "roster", "import", str(file), "--db", str(db), env=manager)
    assert imported.returncode == 0, imported.stderr
    assert query(db, "SELECT count(*) FROM staff") == [(len(before),)]

    # The same file builds the roster of a new hall, units and windows included.
    fresh = tmp_path / "fresh.db"
    init(tmp_path, fresh)
    built = halldesk(
        tmp_path, "roster", "import", str(file), "--db", str(fresh), env=acting("chief", ADMIN_PASSWORD)
    )
    assert built.returncode == 0, built.stderr
    columns = """SELECT s.staff_no, s.name, u.name, w.number, s.mobile, s.hire_date, s.trained_on
        FROM staff s JOIN unit u ON u.id = s.unit_id LEFT JOIN service_window w ON w.id = s.window_id
        WHERE s.left_on IS NULL ORDER BY s.staff_no"""
    assert query(fresh, columns) == query(db, columns)


def test_roster_import_needs_a_user_with_roster_rights(demo_db, tmp_path):
    pytest.importorskip("app.roster_io")
    db = copy_db(demo_db, tmp_path / "hall.db")
    file = tmp_path / "roster.csv"
    assert (
        halldesk(
            tmp_path, "roster", "export", str(file), "--db", str(db), env=acting("bangong", DEMO_PASSWORD)
        ).returncode
        == 0
    )
    before = query(db, "SELECT count(*) FROM audit_entry WHERE action != 'login'")
    refused = halldesk(
        tmp_path, "roster", "import", str(file), "--db", str(db), env=acting("zhiban", DEMO_PASSWORD)
    )
    assert refused.returncode == 2 and "may not do this" in refused.stderr
    assert query(db, "SELECT count(*) FROM audit_entry WHERE action != 'login'") == before


def test_roster_export_without_a_user_masks_mobiles(demo_db, tmp_path):
    pytest.importorskip("app.roster_io")
    file = tmp_path / "roster.csv"
    result = halldesk(tmp_path, "roster", "export", str(file), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    text = file.read_bytes().decode("utf-8-sig")
    assert "****" in text
    assert not any(mobile in text for (mobile,) in query(demo_db, "SELECT mobile FROM staff"))


# ---------------------------------------------------------------- language


def test_chinese_output_with_lang(tmp_path):
    from app import i18n

    db = tmp_path / "hall.db"
    result = halldesk(tmp_path, "migrate", "--db", str(db), "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    refused = halldesk(tmp_path, "user", "add", "x", "--role", "officer", "--db", str(db), "--lang", "zh_CN")
    assert refused.returncode == 2
    english = halldesk(tmp_path, "user", "add", "x", "--role", "officer", "--db", str(db))
    assert english.returncode == 2 and not CJK.search(english.stderr)
    # The message is the catalogue's, whatever state the translation is in.
    source = "This command changes data: say who you are with --user NAME or HALLDESK_USER."
    i18n.set_language("zh_CN")
    try:
        expected = i18n.translate("CLI", source)
    finally:
        i18n.set_language("en")
    assert expected in refused.stderr
    if expected != source:
        assert CJK.search(refused.stderr)
    help_text = halldesk(tmp_path, "--lang", "zh_CN", "demo", "--help")
    assert help_text.returncode == 0 and "--staff" in help_text.stdout


# ---------------------------------------------------------------- a database that cannot be used


@pytest.fixture
def migrated(tmp_path) -> Path:
    db = tmp_path / "hall.db"
    assert halldesk(tmp_path, "migrate", "--db", str(db)).returncode == 0
    return db


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="file modes do not bind root")
def test_read_only_file(migrated, tmp_path):
    digest = sha256(migrated)
    migrated.chmod(0o444)
    try:
        result = halldesk(tmp_path, "demo", "--db", str(migrated), "--staff", "10")
    finally:
        migrated.chmod(0o600)
    assert result.returncode == 2
    assert "read-only" in result.stderr
    assert sha256(migrated) == digest


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="file modes do not bind root")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = halldesk(tmp_path, "migrate", "--db", str(folder / "hall.db"))
    finally:
        folder.chmod(0o755)
    assert result.returncode == 2
    assert "read-only" in result.stderr
    assert not (folder / "hall.db").exists()


def test_read_only_as_the_system_reports_it(migrated, tmp_path):
    """The same path for every user, root included: the system says the file is not writable."""
    digest = sha256(migrated)
    script = f"""
import os, sys
real_access = os.access
def access(path, mode, *args, **kwargs):
    if mode & os.W_OK and os.path.abspath(path) == {str(migrated)!r}:
        return False
    return real_access(path, mode, *args, **kwargs)
os.access = access
from ui.launch import main
sys.exit(main(["demo", "--db", {str(migrated)!r}, "--staff", "10"]))
"""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("HALLDESK_")}
    environ.update(
        HALLDESK_LANG="en", HALLDESK_CONFIG_DIR=str(tmp_path / "c"), HALLDESK_DATA_DIR=str(tmp_path / "d")
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=environ, capture_output=True, text=True, timeout=TIMEOUT
    )
    assert result.returncode == 2, result.stderr
    assert "read-only" in result.stderr and "Nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert sha256(migrated) == digest


def test_locked_by_another_program(migrated, tmp_path):
    other = sqlite3.connect(migrated, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        other.execute("INSERT INTO setting (key, value, version) VALUES ('x', '1', 1)")
        # SQLite waits busy_timeout (5 s) for the lock, then gives up with a message.
        result = halldesk(tmp_path, "demo", "--db", str(migrated), "--staff", "10", timeout=20)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.returncode == 2
    assert "locked by another program" in result.stderr
    assert query(migrated, "SELECT count(*) FROM staff") == [(0,)]


def test_database_from_a_newer_halldesk(migrated, tmp_path):
    con = sqlite3.connect(migrated)
    with con:
        con.execute(
            "INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2031-01-01 00:00:00')"
        )
    con.close()
    digest = sha256(migrated)
    for args in (["migrate"], ["demo", "--staff", "10"], ["user", "list"]):
        result = halldesk(tmp_path, *args, "--db", str(migrated))
        assert result.returncode == 2, args
        assert "newer version of HallDesk" in result.stderr and "9999_future" in result.stderr
        assert sha256(migrated) == digest
    assert not (tmp_path / "data" / "backups").exists()


@pytest.mark.parametrize("content", [b"name,unit\n\xe5\xbc\xa0\xe4\xb8\x89,x\n" * 50, bytes(range(256)) * 20])
def test_a_file_that_is_not_a_database(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    for args in (["migrate"], ["demo"]):
        result = halldesk(tmp_path, *args, "--db", str(path))
        assert result.returncode == 2
        assert "not a HallDesk database" in result.stderr
    assert path.read_bytes() == content


def test_an_address_that_is_not_understood(tmp_path):
    result = halldesk(tmp_path, "migrate", "--db", "mysql://somewhere/hall")
    assert result.returncode == 2 and "is not understood" in result.stderr


# ---------------------------------------------------------------- no Qt on the command line


def test_the_command_line_never_imports_qt(tmp_path):
    script = f"""
import sys
from ui.launch import main
assert main(["migrate", "--db", {str(tmp_path / "a.db")!r}]) == 0
assert main(["demo", "--db", {str(tmp_path / "b.db")!r}, "--staff", "5"]) == 0
assert main(["user", "list", "--db", {str(tmp_path / "b.db")!r}]) == 0
import app.cli, app.roster, app.auth, app.demo, app.settings
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
assert not qt, qt
print("no Qt")
"""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("HALLDESK_")}
    environ.update(
        HALLDESK_LANG="en", HALLDESK_CONFIG_DIR=str(tmp_path / "c"), HALLDESK_DATA_DIR=str(tmp_path / "d")
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=environ, capture_output=True, text=True, timeout=TIMEOUT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("no Qt")


def test_help_lists_every_command(tmp_path):
    result = halldesk(tmp_path, "--help")
    assert result.returncode == 0
    for command in ("init", "demo", "migrate", "roster", "user"):
        assert command in result.stdout
