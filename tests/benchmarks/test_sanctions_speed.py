"""Evaluating a week for 300 staff (target ≤ 200 ms) and issuing one signed notice (≤ 500 ms).

Baseline for the evaluation, in the same run: one hand-written GROUP BY
over the week's stored sessions (the late/early/absent/off-post sum per
person), which is the least any evaluation must do. The evaluation adds the
inspection and ledger counts, reads the evidence of the people over a
threshold and brings their proposals up to date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app import attendance, certificate, demo, notices, roster, sanctions, settings
from app.sanction_rules import period_of
from db.connection import database
from tests.benchmarks.conftest import median_seconds

HAND_WRITTEN = """
    SELECT staff_id, n FROM (
        SELECT staff_id,
               SUM(CASE WHEN status IN ('LATE', 'LATE_EARLY') THEN 1 ELSE 0 END
                 + CASE WHEN status IN ('EARLY', 'LATE_EARLY') THEN 1 ELSE 0 END
                 + CASE WHEN status = 'ABSENT' THEN 1 ELSE 0 END
                 + CASE WHEN off_post = 1 THEN 1 ELSE 0 END) AS n
        FROM attendance_session WHERE day BETWEEN {p} AND {p} GROUP BY staff_id
    ) counted WHERE n >= 2
"""


@pytest.fixture
def hall_300(store, manager, admin):
    demo.fill_demo(staff=300, seed=11, password="bench-pass-1")
    week = period_of("week", roster.today() - dt.timedelta(days=7))
    attendance.ensure_derived(week.start, week.end)
    return week


def test_evaluate_a_week_for_300_staff(benchmark, hall_300, manager):
    week = hall_300

    def hand_written():
        return database.execute_sql(HAND_WRITTEN.format(p=database.param), (week.start, week.end)).fetchall()

    baseline = median_seconds(hand_written, rounds=7)
    outcomes = sanctions.evaluate(manager, week)
    benchmark.pedantic(lambda: sanctions.evaluate(manager, week), rounds=7, warmup_rounds=1)
    median = benchmark.stats.stats.median
    benchmark.extra_info.update(evaluate_ms=round(median * 1000, 1), group_by_ms=round(baseline * 1000, 1))
    print(
        f"\nevaluate {median * 1000:.1f} ms, hand-written GROUP BY {baseline * 1000:.1f} ms, "
        f"{len(outcomes)} proposals"
    )
    assert outcomes
    assert median <= 0.2, f"{median * 1000:.0f} ms"


def test_issue_and_sign_one_notice(benchmark, hall_300, manager, admin):
    settings.put(admin, "notice_prefix", "新人社窗")
    settings.put(admin, "notice_issuer", "新县人力资源和社会保障局")
    certificate.create_self_signed(admin, "bench-passphrase")
    identity = certificate.unlock(manager, "bench-passphrase")
    ids = [o.entry_id for o in sanctions.evaluate(manager, hall_300) if o.status == "proposed"]
    for entry_id in ids:
        sanctions.confirm(manager, entry_id)
    pending = iter(ids)
    notices.issue(manager, next(pending), identity)  # imports and fonts warm

    benchmark.pedantic(lambda: notices.issue(manager, next(pending), identity), rounds=5, warmup_rounds=0)
    median = benchmark.stats.stats.median
    benchmark.extra_info.update(issue_ms=round(median * 1000))
    print(f"\nissue and sign {median * 1000:.0f} ms")
    assert median <= 0.5, f"{median * 1000:.0f} ms"
