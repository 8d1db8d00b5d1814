"""The packaged build: ``build.spec`` makes a folder that runs HallDesk without Python.

One PyInstaller build per test session (about a minute on two cores), then the
built program is run as a hall PC would run it: from another folder, on fresh
databases, with no source tree on its path. This is part of the normal suite
on purpose: it is the proof that the folder a hall PC receives works.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
EXE_NAME = "halldesk.exe" if sys.platform == "win32" else "halldesk"
DEMO_PASSWORD = "demo-password-1"
CJK = re.compile(r"[\u4e00-\u9fff]")
BUILD_TIMEOUT = 900  # a cold build takes about a minute here; a stuck one must still end
RUN_TIMEOUT = 120

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None,
    reason="PyInstaller is not installed (pip install -e '.[test]' brings it): packaged build not tested",
)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """Build ``dist/halldesk`` once for this module; return the path of its executable."""
    out = tmp_path_factory.mktemp("pyinstaller")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(out / "dist")]
    cmd += ["--workpath", str(out / "work"), str(SPEC)]
    built = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    assert built.returncode == 0, built.stderr[-5000:]
    exe = out / "dist" / "halldesk" / EXE_NAME
    assert exe.is_file(), f"no {exe} after the build"
    return exe


def run(exe: Path, home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the built ``halldesk ARGS`` from ``home``, with that folder's settings and no terminal."""
    environ = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("HALLDESK_", "PYTHON")) and k != "QT_QPA_PLATFORM"
    }
    environ.update(
        HALLDESK_CONFIG_DIR=str(home / "config"),
        HALLDESK_DATA_DIR=str(home / "data"),
        HALLDESK_LANG="en",
        QT_QPA_PLATFORM="offscreen",
    )
    environ.update(env or {})
    result = subprocess.run(
        [str(exe), *args],
        cwd=home,  # not the repository: nothing may come from the source tree
        env=environ,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=RUN_TIMEOUT,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def recent_tuesday(today: dt.date) -> dt.date:
    """A Tuesday two to three weeks back: inside any demo's year, its punches and duty logs made."""
    back = dt.timedelta(days=14 + (today.weekday() - 1) % 7)
    return today - back


def test_smoke_on_a_fresh_database(bundle, tmp_path):
    db = tmp_path / "fresh.db"
    result = run(bundle, tmp_path, "--smoke", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "smoke: ok" in result.stdout
    # The migrations are loaded by file path at run time: all of them must have shipped.
    shipped = sorted(p.stem for p in (ROOT / "db" / "migrations").glob("[0-9][0-9][0-9][0-9]_*.py"))
    con = sqlite3.connect(db)
    try:
        applied = sorted(name for (name,) in con.execute("SELECT name FROM schema_migration"))
    finally:
        con.close()
    assert applied == shipped


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils (pdffonts, pdftotext)")
def test_demo_hall_and_its_duty_register_in_chinese(bundle, tmp_path):
    db = tmp_path / "demo.db"
    demo_env = {"HALLDESK_DEMO_PASSWORD": DEMO_PASSWORD}
    made = run(bundle, tmp_path, "demo", "--db", str(db), "--staff", "10", env=demo_env)
    assert made.returncode == 0, made.stderr
    assert f"Users (password {DEMO_PASSWORD})" in made.stdout

    # The window opens on it and lists the staff (Qt, its plugins and the shipped font load).
    smoke = run(bundle, tmp_path, "--smoke", "--db", str(db))
    assert smoke.returncode == 0, smoke.stderr
    assert "of 10 staff listed" in smoke.stdout

    day = recent_tuesday(dt.date.today())
    out = tmp_path / "register.pdf"
    printed = run(bundle, tmp_path, "register", "--date", day.isoformat(), "-o", str(out), "--db", str(db))
    assert printed.returncode == 0, printed.stderr
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    embedded = [line.split() for line in fonts.splitlines() if "WenQuanYi" in line]
    assert embedded, fonts
    # Columns: name, type (one word or two), encoding, emb, sub, uni, object, generation.
    assert all(cols[-5] == "yes" for cols in embedded), fonts
    plain = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    text = re.sub(r"\s+", "", plain)
    assert "领导值班登记簿" in text
    assert f"{day.year}年{day.month}月{day.day}日" in text


def test_help_in_chinese(bundle, tmp_path):
    from app import i18n

    source = "create the administrator on a new database"  # the help of ``halldesk init``
    i18n.set_language("zh_CN")
    try:
        expected = i18n.translate("CLI", source)
    finally:
        i18n.set_language("en")
    result = run(bundle, tmp_path, "--lang", "zh_CN", "--help")
    assert result.returncode == 0, result.stderr
    # The command line reads the shipped .ts file: its translation, not the English source.
    assert expected != source and expected in result.stdout
    assert CJK.search(result.stdout)


def test_postgresql_driver_is_bundled(bundle, tmp_path):
    # Nothing listens on port 1: the refusal must come from libpq, not "driver not installed".
    result = run(bundle, tmp_path, "migrate", "--db", "postgresql://halldesk@127.0.0.1:1/halldesk")
    assert result.returncode == 2
    assert "driver" not in result.stderr.lower()
    assert "port 1" in result.stderr, result.stderr
