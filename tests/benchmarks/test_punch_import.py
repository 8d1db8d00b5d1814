"""Importing 150 000 punches (a ZKTeco attlog of 300 staff) against plain sqlite3, in the same run.

The baseline is ``sqlite3.executemany`` of the very rows the import stores,
already parsed, into a table of the punch table's shape (id, staff_id, at,
source, imported_at, UNIQUE(staff_id, at)) on the same disk with the same
pragmas. The import also reads and checks the file, and its table carries the
foreign key and the two further indexes of the real schema. It must take at
most 3× the baseline, and its memory must not grow with the file.
"""

from __future__ import annotations

import datetime as dt
import gc
import random
import sqlite3
import statistics
import time
import tracemalloc
from pathlib import Path

import chinese_calendar
import pytest

from app import punches
from db.connection import SQLITE_PRAGMAS
from db.models import Punch
from tests.conftest import add_numbered_staff

pytestmark = pytest.mark.sqlite_only  # the baseline is sqlite3.executemany into a file

STAFF = 300
LINES = 150_000
SOURCE = "1_attlog.dat (zk)"
STAMP = "2026-11-27 02:00:00.123456"
MAX_RATIO = 3.0
MAX_PEAK_MB = 60


def write_attlog(path: Path, lines: int, seed: int = 1) -> list[tuple[int, str]]:
    """An attlog of ``lines`` punches, four a day per person, in the terminal's (time) order.

    Returns (staff index, time) of each line, for the baseline.
    """
    rng = random.Random(seed)
    out: list[tuple[int, str]] = []
    days = chinese_calendar.get_workdays(dt.date(2025, 1, 2), dt.date(2026, 10, 30))
    # Clock-in before 08:00, out at lunch, in before the afternoon, out after work; random seconds.
    bases = (7 * 3600 + 40 * 60, 12 * 3600, 14 * 3600 + 10 * 60, 17 * 3600 + 31 * 60)
    with path.open("w", encoding="ascii", newline="") as f:
        for day in days:
            for base in bases:
                for i in sorted(range(STAFF), key=lambda _: rng.random()):
                    at = dt.datetime.combine(day, dt.time()) + dt.timedelta(
                        seconds=base + rng.randrange(1200)
                    )
                    text = f"{at:%Y-%m-%d %H:%M:%S}"
                    f.write(f"{1001 + i:>12}\t{text}\t1\t{rng.randint(0, 5)}\t1\t0\r\n")
                    out.append((i, text))
                    if len(out) == lines:
                        return out
    raise AssertionError("not enough workdays for the lines asked")


@pytest.fixture(scope="module")
def attlog(tmp_path_factory) -> tuple[Path, list[tuple[int, str]]]:
    path = tmp_path_factory.mktemp("attlog") / "1_attlog.dat"
    return path, write_attlog(path, LINES)


@pytest.fixture
def hall_300(store) -> list[int]:
    return add_numbered_staff(STAFF)


def baseline_seconds(folder: Path, rows: list[tuple[int, str, str, str]], rounds: int) -> float:
    """Median seconds of plain executemany into a fresh table of the punch table's shape."""
    times = []
    for n in range(rounds):
        con = sqlite3.connect(folder / f"baseline{n}.db", isolation_level=None)
        for name, value in SQLITE_PRAGMAS.items():
            con.execute(f"PRAGMA {name} = {value}")
        con.execute(
            "CREATE TABLE punch (id INTEGER PRIMARY KEY, staff_id INTEGER NOT NULL, at DATETIME NOT NULL,"
            " source VARCHAR(200) NOT NULL, imported_at DATETIME NOT NULL, UNIQUE (staff_id, at))"
        )
        start = time.perf_counter()
        con.execute("BEGIN")
        con.executemany("INSERT INTO punch (staff_id, at, source, imported_at) VALUES (?, ?, ?, ?)", rows)
        con.execute("COMMIT")
        times.append(time.perf_counter() - start)
        con.close()
    return statistics.median(times)


def peak_mb(session, path: Path) -> float:
    Punch.delete().execute()
    gc.collect()
    tracemalloc.start()
    try:
        punches.import_punches(session, path)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def test_import_150k_punches(benchmark, officer, hall_300, attlog, tmp_path):
    path, lines = attlog
    rows = [(hall_300[i], at, SOURCE, STAMP) for i, at in lines]
    baseline = baseline_seconds(tmp_path, rows, rounds=5)

    def clear() -> None:
        Punch.delete().execute()  # each round imports into an empty punch table

    reports = []
    benchmark.pedantic(
        lambda: reports.append(punches.import_punches(officer, path)), setup=clear, rounds=5, warmup_rounds=1
    )
    ours = benchmark.stats.stats.median
    assert reports[-1].added == LINES and Punch.select().count() == LINES

    # Memory: the full file against a tenth of it. Holding the file would make the peak grow tenfold.
    small = tmp_path / "small_attlog.dat"
    small.write_text("".join(path.read_text().splitlines(keepends=True)[: LINES // 10]))
    peak_small, peak_full = peak_mb(officer, small), peak_mb(officer, path)

    benchmark.extra_info.update(
        import_s=round(ours, 3),
        baseline_executemany_s=round(baseline, 3),
        ratio=round(ours / baseline, 2),
        punches_per_s=round(LINES / ours),
        peak_mb_150k=round(peak_full, 1),
        peak_mb_15k=round(peak_small, 1),
    )
    print(benchmark.extra_info)
    assert ours <= MAX_RATIO * baseline, f"{ours:.3f} s against {baseline:.3f} s for executemany"
    assert peak_full < MAX_PEAK_MB, f"peak {peak_full:.1f} MB"
    assert peak_full < 2 * peak_small + 1, (
        f"peak {peak_full:.1f} MB for 150k lines, {peak_small:.1f} MB for 15k"
    )
