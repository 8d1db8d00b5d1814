"""SIGKILL during an import, a notice issue and a migration: the file is intact, the work all there or absent.

Each test builds a database file, runs the operation once to the end in a
forked child to learn how long it takes, then runs it again on fresh copies
and kills the child at fixed fractions of that time, measured from the
moment the child says it has started. After every kill the file must pass
``PRAGMA integrity_check`` and hold exactly the state before the operation
or exactly the state after it (never something between; a batch of notices
or of migrations is a run of such operations, each whole or absent), and
running the operation again normally must give what one clean run gives. On
a loaded machine a child may finish before its kill: then the state must be
"after".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import pytest
from playhouse.migrations import Runner

from app import certificate, notices, punches, roster, roster_io, sanctions, settings
from app.auth import Session
from app.roster import StaffInput
from app.store import open_store
from db.connection import close_database, database, open_database
from db.migrate import HISTORY_TABLE, MIGRATIONS_DIR
from tests.conftest import add_numbered_staff
from tests.crash import worker

# Where the kills land, as fractions of one clean run of the operation.
FRACTIONS = (0.1, 0.4, 0.7, 0.95)
# A child that neither starts nor finishes in this long is stuck: fail rather than hang.
TIMEOUT = 120.0
# A forked child starts with the modules imported: no second of start-up per kill. The test
# process holds no open connection when it forks (run_child closes it) and no other thread.
POSIX = "fork" in multiprocessing.get_all_start_methods() and hasattr(signal, "SIGKILL")
pytestmark = pytest.mark.skipif(not POSIX, reason="needs fork() and SIGKILL")


# ---------------------------------------------------------------- running and killing a child


@dataclass
class Run:
    seconds: float  # from "started" to "done", or to the kill
    finished: bool  # the child said "done": the operation returned (and committed)


def run_child(operation: str, db: Path, arg: str | Path = "", kill_after: float | None = None) -> Run:
    """Run ``operation`` on ``db`` in a forked child; SIGKILL it ``kill_after`` seconds after it starts."""
    close_database()  # the child must not inherit an open connection
    fork = multiprocessing.get_context("fork")
    reader, writer = fork.Pipe(duplex=False)
    child = fork.Process(target=worker.run, args=(operation, str(db), str(arg), writer), daemon=True)
    child.start()
    writer.close()  # the child holds the only writing end: its death reads as EOF
    try:
        assert reader.poll(TIMEOUT), f"{operation}: the child did not start"
        try:
            message = reader.recv()
        except EOFError:
            child.join(TIMEOUT)
            pytest.fail(f"{operation}: the child died before starting (exit code {child.exitcode})")
        # The file is used as the app uses it: write-ahead log, a sync at every commit.
        assert message == ("started", "wal", 2), message
        started = time.monotonic()
        wait = TIMEOUT if kill_after is None else kill_after
        finished = reader.poll(wait) and said_done(reader)
        if not finished:
            assert kill_after is not None, f"{operation}: the child did not finish"
            with suppress(ProcessLookupError):  # it may have died on its own meanwhile
                os.kill(child.pid, signal.SIGKILL)
        seconds = time.monotonic() - started
        child.join(TIMEOUT)
        # "done" may have been sent just before the kill landed.
        finished = finished or (reader.poll(0) and said_done(reader))
        if finished:
            assert child.exitcode in (0, -signal.SIGKILL), child.exitcode
        else:
            assert child.exitcode == -signal.SIGKILL, f"{operation}: the child failed ({child.exitcode})"
        return Run(seconds, finished)
    finally:
        reader.close()
        if child.is_alive():
            child.kill()
            child.join()


def said_done(reader: Connection) -> bool:
    """Whether the child's next word is "done" (rather than the end of the pipe: it was killed)."""
    try:
        return reader.recv() == "done"
    except EOFError:
        return False


def copy_db(source: Path, target: Path) -> Path:
    """A consistent copy of a closed database file, with SQLite's backup API."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def query(db: Path, sql: str, *params) -> list[tuple]:
    with closing(sqlite3.connect(db)) as con:
        return con.execute(sql, params).fetchall()


def assert_intact(db: Path) -> None:
    """The file opens (recovering the log of the killed writer) and SQLite finds nothing wrong."""
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "PRAGMA foreign_key_check") == []


def digest(rows: list[tuple]) -> tuple[int, str]:
    """A comparable summary of many rows: a failed comparison prints two short lines, not 150 000."""
    return len(rows), hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()[:16]


def all_or_none(state: object, before: object, after: object, run: Run) -> str:
    """Which of the two allowed states a killed run left, "all" or "none"; nothing else passes."""
    if state == after:
        return "all"
    assert state == before, f"neither the state before nor the state after: {state}, {before}, {after}"
    # A child that said "done" has committed: its work must all be there.
    assert not run.finished, "the operation returned, yet its work is missing"
    return "none"


@contextmanager
def opened(db: Path) -> Iterator[None]:
    """The database open in this process, as the app opens it (migrating if need be)."""
    open_store(str(db))
    try:
        yield
    finally:
        close_database()


def run_clean(
    tmp_path: Path, base: Path, operation: str, arg: str | Path = "", repeat: int = 1
) -> tuple[Path, float]:
    """The operation run to its end on a copy of ``base``: the copy, and how long a run takes.

    A short operation is run ``repeat`` times and timed by the median: one
    slow start would put every kill after its end.
    """
    times = []
    for _ in range(repeat):
        for leftover in tmp_path.glob("clean.db*"):  # the last run's file, log and backup folder
            if leftover.is_dir():
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
        clean = copy_db(base, tmp_path / "clean.db")
        run = run_child(operation, clean, arg)
        assert run.finished
        times.append(run.seconds)
    return clean, statistics.median(times)


def kill_at_fractions(
    tmp_path: Path,
    base: Path,
    operation: str,
    arg: str | Path,
    seconds: float,
    check: Callable[[Path, Run], str],
) -> list[str]:
    """Kill the operation at each of FRACTIONS of ``seconds``, each time on a fresh copy of ``base``.

    ``check(db, run)`` judges a killed copy and says which state it found;
    returns one line per kill (printed, for ``pytest -s``).
    """
    lines = []
    for fraction in FRACTIONS:
        db = copy_db(base, tmp_path / f"killed-{round(fraction * 100)}.db")
        run = run_child(operation, db, arg, kill_after=fraction * seconds)
        assert_intact(db)
        state = check(db, run)
        lines.append(
            f"{operation}: kill at {fraction:.0%} of {seconds:.2f} s"
            f" ({'finished first' if run.finished else f'killed after {run.seconds:.2f} s'}): {state}"
        )
    print("\n".join(lines))
    return lines


# ---------------------------------------------------------------- punches


STAFF = 100
PUNCH_LINES = 100_000
STRANGER = "9001"  # a cleaner's card: not on the roster, skipped and listed
IMPORTS_AUDITED = "SELECT count(*) FROM audit_entry WHERE action = 'import' AND table_name = 'punch'"
PUNCH_ROWS = """
    SELECT s.staff_no, p.at, p.source FROM punch p JOIN staff s ON s.id = p.staff_id
    ORDER BY s.staff_no, p.at
"""


def write_attlog(path: Path, lines: int) -> Path:
    """A ZKTeco attlog: four punches a day for each of STAFF people, and the cleaner once a day."""
    rng = random.Random(7)
    bases = (7 * 3600 + 40 * 60, 12 * 3600, 14 * 3600 + 10 * 60, 17 * 3600 + 31 * 60)
    cards = [STRANGER, *(str(1001 + i) for i in range(STAFF))]
    day, written = dt.date(2024, 1, 1), 0
    with path.open("w", encoding="ascii", newline="") as out:
        while written < lines:
            for base in bases:
                for no in cards[: lines - written]:
                    second = base + rng.randrange(1200)
                    clock = f"{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}"
                    out.write(f"{no:>12}\t{day} {clock}\t1\t0\t1\t0\r\n")
                    written += 1
            day += dt.timedelta(days=1)
    return path


def punch_state(db: Path) -> tuple[int, str]:
    return digest(query(db, PUNCH_ROWS))


def imports_audited(db: Path) -> int:
    return query(db, IMPORTS_AUDITED)[0][0]


@pytest.mark.sqlite_only
def test_killed_punch_import_leaves_all_or_none(tmp_path):
    attlog = write_attlog(tmp_path / "1_attlog.dat", PUNCH_LINES)
    # The hall already holds the first days of the file: they come back as duplicates.
    earlier = tmp_path / "earlier_attlog.dat"
    earlier.write_bytes(b"".join(attlog.read_bytes().splitlines(keepends=True)[:4000]))
    base = tmp_path / "base.db"
    with opened(base):
        add_numbered_staff(STAFF)
        punches.import_punches(worker.acting(), earlier)
    before = punch_state(base)
    clean, seconds = run_clean(tmp_path, base, "punches", attlog)
    after = punch_state(clean)
    assert before[0] == 4000 * STAFF // (STAFF + 1) and after[0] == PUNCH_LINES * STAFF // (STAFF + 1)

    def check(db: Path, run: Run) -> str:
        state = punch_state(db)
        found = all_or_none(state, before, after, run)
        assert imports_audited(db) == (2 if found == "all" else 1)  # the audit entry came with the punches
        with opened(db):
            report = punches.import_punches(worker.acting(), attlog)
        assert punch_state(db) == after
        # The re-run adds what the killed run did not; repeated, it is all duplicates.
        assert report.added == (0 if found == "all" else after[0] - before[0])
        return found

    kill_at_fractions(tmp_path, base, "punches", attlog, seconds, check)


# ---------------------------------------------------------------- roster


ROSTER_ROWS = 600
KNOWN = 30  # staff already on the roster; the file changes their mobile numbers
ROSTER_HEADER = "工号,姓名,单位,窗口,职务,入职日期,岗前培训合格日期,手机\n"
STAFF_ROWS = """
    SELECT s.staff_no, s.name, s.pinyin, u.name, w.number, s.position, s.mobile, s.hire_date,
           s.trained_on, s.left_on, s.left_reason, s.note, s.version
    FROM staff s JOIN unit u ON u.id = s.unit_id LEFT JOIN service_window w ON w.id = s.window_id
    ORDER BY s.staff_no
"""
PLACES = """
    SELECT 'unit', name, '' FROM unit
    UNION ALL SELECT 'window', w.number, u.name FROM service_window w JOIN unit u ON u.id = w.unit_id
    ORDER BY 1, 2
"""
FAMILY = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"


def write_roster(path: Path, rows: int, mobile_prefix: str = "139") -> Path:
    """A roster .csv: seven units with six windows each; people share windows across shifts."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        out.write(ROSTER_HEADER)
        for i in range(rows):
            unit = i % 7
            name = FAMILY[i % len(FAMILY)] + GIVEN[(i // len(FAMILY)) % len(GIVEN)] + GIVEN[i % 11]
            out.write(
                f"{20001 + i},{name},第{unit + 1}服务单位,{unit + 1}{(i // 7) % 6 + 1:02d},"
                f"{'窗口负责人' if i % 50 == 0 else '受理员'},2021-{1 + i % 12:02d}-{1 + i % 28:02d},"
                f"2021-{1 + i % 12:02d}-{1 + i % 28:02d},{mobile_prefix}{i:08d}\n"
            )
    return path


def roster_state(db: Path) -> tuple:
    """The staff, the units and windows, and how many writes the audit trail holds (one per write)."""
    return digest(query(db, STAFF_ROWS)), query(db, PLACES), query(db, "SELECT count(*) FROM audit_entry")


@pytest.mark.sqlite_only
def test_killed_roster_import_leaves_all_or_none(tmp_path):
    base = tmp_path / "base.db"
    with opened(base):
        roster_io.import_roster(worker.acting(), write_roster(tmp_path / "first.csv", KNOWN, "138"))
    roster_file = write_roster(tmp_path / "roster.csv", ROSTER_ROWS)
    before = roster_state(base)
    clean, seconds = run_clean(tmp_path, base, "roster", roster_file)
    after = roster_state(clean)
    assert before[0][0] == KNOWN and after[0][0] == ROSTER_ROWS

    def check(db: Path, run: Run) -> str:
        found = all_or_none(roster_state(db), before, after, run)
        with opened(db):
            report = roster_io.import_roster(worker.acting(), roster_file)
        assert roster_state(db) == after
        if found == "all":
            assert report.unchanged == ROSTER_ROWS
        else:
            assert (len(report.created), len(report.updated)) == (ROSTER_ROWS - KNOWN, KNOWN)
        return found

    kill_at_fractions(tmp_path, base, "roster", roster_file, seconds, check)


# ---------------------------------------------------------------- notices


ENTRIES = 6
LEDGER = "SELECT id, status, version FROM sanction ORDER BY id"
AUDITED_NOTICES = "SELECT count(*) FROM audit_entry WHERE table_name = 'notice' AND action = 'create'"
NOTICES = """
    SELECT n.number, n.notice_no, n.sanction_id, n.purpose, n.title, n.sha256, n.pdf, s.status
    FROM notice n JOIN sanction s ON s.id = n.sanction_id ORDER BY n.number
"""


def notice_state(db: Path) -> tuple[list[tuple], list[tuple]]:
    """The ledger, and each notice with what must match the clean run (not the signing time)."""
    issued = []
    for number, notice_no, entry_id, purpose, title, sha256, pdf, status in query(db, NOTICES):
        # A stored notice is whole: its fingerprint is that of the very PDF, which is complete.
        assert hashlib.sha256(pdf).hexdigest() == sha256
        assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
        issued.append((number, notice_no, entry_id, purpose, title, status))
    return query(db, LEDGER), issued


@pytest.mark.sqlite_only
def test_killed_notice_issue_leaves_all_or_none(tmp_path):
    base = tmp_path / "base.db"
    manager, admin = worker.acting(), Session.system("admin1")
    with opened(base):
        unit = roster.add_unit(manager, "社会保险服务中心")
        person = roster.add_staff(
            manager,
            StaffInput(staff_no="1018", name="魏俊杰", unit_id=unit.id, hire_date=dt.date(2024, 1, 2)),
        )
        settings.put(admin, "notice_prefix", "新人社窗")
        settings.put(admin, "notice_issuer", "新县人力资源和社会保障局")
        certificate.create_self_signed(admin, worker.PASSPHRASE)
        for i in range(ENTRIES):
            kind = "COMMENDATION" if i % 2 else "CRITICISM"
            sanctions.record_entry(
                manager, person.id, kind, dt.date(2026, 2, 27), f"第{i + 1}次记录", today=worker.TODAY
            )
        worker.load_notice_libraries()  # once here rather than in every child
    base_ledger = query(base, LEDGER)
    clean, seconds = run_clean(tmp_path, base, "notices")
    clean_ledger, clean_issued = notice_state(clean)
    year = worker.TODAY.year
    assert [row[1] for row in clean_issued] == [f"新人社窗〔{year}〕{n}号" for n in range(1, ENTRIES + 1)]

    def check(db: Path, run: Run) -> str:
        ledger, issued = notice_state(db)
        done = len(issued)
        # Numbers run 1..k without a gap; the k entries issued first have them and are ISSUED,
        # exactly as in the clean run, each with its audit entry; the others are untouched.
        assert issued == clean_issued[:done]
        assert ledger[:done] == clean_ledger[:done]
        assert ledger[done:] == base_ledger[done:]
        assert query(db, AUDITED_NOTICES) == [(done,)]
        assert done == ENTRIES or not run.finished
        with opened(db):
            # What the killed child stored is a whole notice: signed, and known as the hall's.
            for (pdf,) in query(db, "SELECT pdf FROM notice"):
                assert notices.verify(pdf).status == notices.GENUINE
            assert len(worker.issue_confirmed(worker.unlock())) == ENTRIES - done
        assert notice_state(db) == (clean_ledger, clean_issued)
        return f"{done} of {ENTRIES} issued"

    kill_at_fractions(tmp_path, base, "notices", "", seconds, check)


# ---------------------------------------------------------------- migration


OLD = "0004_duty"  # the database is built up to here; the migrations after it run in the child
# Enough data to matter, few enough that copying the file before migrating is not all the child does.
OLD_PUNCHES = 10_000
SCHEMA = (
    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
)
DATA = (
    "SELECT staff_no, name, unit_id, hire_date FROM staff ORDER BY staff_no",
    "SELECT staff_id, at, source FROM punch ORDER BY staff_id, at",
    "SELECT at, username, action, table_name, row_id, before, after FROM audit_entry ORDER BY id",
)


def schema_state(db: Path) -> tuple[list[str], tuple[int, str]]:
    """The migrations recorded, and the schema itself."""
    names = [name for (name,) in query(db, f"SELECT name FROM {HISTORY_TABLE} ORDER BY name")]
    return names, digest(query(db, SCHEMA))


def data_state(db: Path) -> list[tuple[int, str]]:
    return [digest(query(db, sql)) for sql in DATA]


def runner() -> Runner:
    """playhouse's migration runner on the open database, as db.migrate sets it up."""
    return Runner(database.obj, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def build_old_database(db: Path, tmp_path: Path) -> None:
    """A hall's database as an older HallDesk left it: migrated up to OLD, with staff and punches."""
    open_database(str(db))
    try:
        runner().up(target=OLD)
        # Only tables that exist at OLD are written, through today's models (unchanged since).
        add_numbered_staff(STAFF)
        punches.import_punches(worker.acting(), write_attlog(tmp_path / "old_attlog.dat", OLD_PUNCHES))
    finally:
        close_database()


def states_after_each(base: Path, tmp_path: Path) -> list[tuple[list[str], tuple[int, str]]]:
    """The schema state of ``base``, then after each of its pending migrations in turn.

    Each migration is its own transaction, so with several pending a kill may
    stop between two of them: any of these states is whole, and the next start
    applies the rest.
    """
    open_database(str(base))
    try:
        pending = [m.name for m in runner().status() if not m.applied]
    finally:
        close_database()
    states = [schema_state(base)]
    for name in pending:
        copy = copy_db(base, tmp_path / f"up-to-{name}.db")
        open_database(str(copy))
        try:
            runner().up(target=name)
        finally:
            close_database()
        states.append(schema_state(copy))
    return states


def backup_state(db: Path, data: list[tuple[int, str]]) -> str:
    """What the copy taken before migrating ``db`` looks like: none yet, cut short, or complete.

    The copy is written in place (not to a temporary name renamed when done), so
    a kill during it leaves a file under the backup's name that holds nothing.
    """
    copies = sorted(worker.backups_of(db).glob("halldesk-*-before-*.sqlite"))
    if not copies:
        return "no copy yet"
    assert len(copies) == 1
    if Path(f"{copies[0]}-journal").exists():
        return "copy cut short (half written, with the journal that empties it)"
    if not query(copies[0], "SELECT name FROM sqlite_master"):
        return "copy cut short (an empty file)"
    assert_intact(copies[0])
    assert data_state(copies[0]) == data
    return "copy complete"


@pytest.mark.sqlite_only
def test_killed_migration_leaves_each_migration_all_or_none(tmp_path):
    base = tmp_path / "base.db"
    build_old_database(base, tmp_path)
    data = data_state(base)
    states = states_after_each(base, tmp_path)
    old, new = states[0], states[-1]
    assert old[0][-1] == OLD and len(new[0]) > len(old[0])
    clean, seconds = run_clean(tmp_path, base, "migrate", repeat=3)
    assert schema_state(clean) == new

    def check(db: Path, run: Run) -> str:
        # Each migration is one transaction: its tables and its record come together or not at all.
        state = schema_state(db)
        assert state in states, f"a schema no migration leaves: {state}"
        applied = states.index(state)
        assert applied == len(states) - 1 or not run.finished
        assert data_state(db) == data
        backup = backup_state(db, data)
        with opened(db):
            pass  # the app's own start: a copy of the file, then the pending migrations
        assert schema_state(db) == new and data_state(db) == data
        assert query(db, "SELECT * FROM sanction_rule") == query(clean, "SELECT * FROM sanction_rule")
        return f"{applied} of {len(states) - 1} pending migrations applied, {backup}"

    kill_at_fractions(tmp_path, base, "migrate", "", seconds, check)
