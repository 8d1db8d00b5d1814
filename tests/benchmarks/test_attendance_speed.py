"""Re-deriving one day for 300 staff: target ≤ 50 ms.

Baseline in the same run: reading the same day's punches with one plain
sqlite3 query (the floor any derivation pays), so the figure shows how much
the rule and the store add on top of the read.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

from app import attendance, demo
from db.models import Punch, Staff
from tests.benchmarks.conftest import median_seconds

# The baseline is plain sqlite3; the full-scale module measures the tab on PostgreSQL.
pytestmark = pytest.mark.sqlite_only

DAY = dt.date(2025, 12, 2)


@pytest.fixture
def day_300(store, manager):
    demo.fill_demo(staff=300, seed=9, password="bench-pass-1")
    rng = random.Random(1)
    rows = []
    for (staff_id,) in Staff.select(Staff.id).where(Staff.hire_date <= DAY).tuples():
        for base in (7 * 60 + 50, 12 * 60 + 2, 14 * 60 + 22, 17 * 60 + 33):
            t = base + rng.randint(-8, 14)
            rows.append(
                {
                    "staff": staff_id,
                    "at": dt.datetime.combine(DAY, dt.time(t // 60, t % 60, rng.randint(0, 59))),
                }
            )
    Punch.insert_many(rows).on_conflict_ignore().execute()  # the demo has punches that day too
    return store


def test_rederive_one_day_for_300_staff(benchmark, day_300, db_url):
    def plain_read() -> None:
        con = sqlite3.connect(db_url)
        con.execute(
            "SELECT staff_id, at FROM punch WHERE at >= ? AND at < ?",
            (f"{DAY} 00:00:00", f"{DAY + dt.timedelta(days=1)} 00:00:00"),
        ).fetchall()
        con.close()

    baseline = median_seconds(plain_read, rounds=20)
    stored = benchmark.pedantic(lambda: attendance.derive_days([DAY]), rounds=20, warmup_rounds=2)
    assert stored >= 2 * 200  # everyone employed that day, two sessions each
    median = benchmark.stats.stats.median
    benchmark.extra_info.update(derive_ms=round(median * 1000, 1), plain_read_ms=round(baseline * 1000, 2))
    assert median <= 0.050, f"{median * 1000:.1f} ms"
