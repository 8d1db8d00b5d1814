"""The launcher: what the window's start-up loads, and the PostgreSQL driver it keeps out of sight.

peewee imports psycopg2 as it loads; ``ui.launch`` loads peewee with the driver
hidden, and ``db.connection.load_postgres_driver`` gives it back when a
PostgreSQL database is opened. These run in fresh processes: the test process
itself has imported peewee with its driver long before.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120

# Libraries and modules the window loads on first use, never to show the roster.
FIRST_USE = (
    "psycopg2",
    "openpyxl",
    "reportlab",
    "pypinyin",
    "argon2",
    "pyhanko",
    "xml.etree.ElementTree",
    "app.attendance",
    "app.duty_summary",
    "ui.units_dialog",
    "ui.worker",
    "playhouse.migrations",
    "ui.calendar_dialog",
)


def run_python(tmp_path: Path, script: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("HALLDESK_")}
    environ.update(
        QT_QPA_PLATFORM="offscreen",
        HALLDESK_LANG="en",
        HALLDESK_CONFIG_DIR=str(tmp_path / "config"),
        HALLDESK_DATA_DIR=str(tmp_path / "data"),
    )
    return subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environ, capture_output=True, text=True, timeout=TIMEOUT
    )


def test_the_window_starts_without_what_it_loads_on_first_use(tmp_path, db_url, engine, store):
    script = f"""
import sys
from ui.launch import main
assert main(["--smoke", "--db", {db_url!r}]) == 0
import peewee
print(peewee.psycopg2 is not None)
print(sorted(m for m in {FIRST_USE!r} if m in sys.modules and m != "psycopg2"))
"""
    result = run_python(tmp_path, script)
    assert result.returncode == 0, result.stderr
    driver, loaded = result.stdout.strip().splitlines()[-2:]
    assert loaded == "[]"
    # The driver is loaded for a PostgreSQL database only.
    assert driver == str(engine == "postgresql")


def test_the_hidden_driver_is_given_back_as_peewee_loads_it(tmp_path):
    script = """
import sys
import ui.launch  # peewee, without psycopg2
import peewee
assert "psycopg2" not in sys.modules and peewee.psycopg2 is None
# playhouse's migrations (and the PostgreSQL extensions they bring) load only to apply one.
assert "playhouse.migrations" not in sys.modules and "playhouse.postgres_ext" not in sys.modules

from db.connection import load_postgres_driver
load_postgres_driver()
load_postgres_driver()  # a second call changes nothing

import psycopg2
from psycopg2 import extensions, extras
assert peewee.psycopg2 is psycopg2 and peewee.pg_extensions is extensions
assert peewee.Json_pg2 is extras.Json and peewee.pg_register_uuid is extras.register_uuid
adapter = peewee.Psycopg2Adapter
assert (adapter.txn_idle, adapter.txn_inerror, adapter.txn_unknown) == (
    extensions.TRANSACTION_STATUS_IDLE,
    extensions.TRANSACTION_STATUS_INERROR,
    extensions.TRANSACTION_STATUS_UNKNOWN,
)
from playhouse import postgres_ext
assert postgres_ext.register_hstore is extras.register_hstore
db = peewee.PostgresqlDatabase("hall")
assert isinstance(db._adapter, adapter) and db._adapter.json_type is extras.Json
assert db.get_binary_type() is psycopg2.Binary
print("ok")
"""
    result = run_python(tmp_path, script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_a_postgresql_store_works_after_a_start_without_the_driver(tmp_path, db_url, engine):
    if engine != "postgresql":
        pytest.skip("PostgreSQL only: SQLite needs no driver given back")
    script = f"""
import peewee
from ui.launch import main
assert main(["migrate", "--db", {db_url!r}]) == 0

from app.store import open_store
from db.connection import database
from db.models import Setting
open_store({db_url!r})
try:
    with database.atomic():
        Setting.create(key="probe", value="1", version=1)
        raise RuntimeError("roll back")
except RuntimeError:
    pass
assert not database.in_transaction()
assert Setting.select().where(Setting.key == "probe").count() == 0
with database.atomic():
    Setting.create(key="probe", value="1", version=1)
assert Setting.get(Setting.key == "probe").value == "1"
print("ok")
"""
    result = run_python(tmp_path, script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")
