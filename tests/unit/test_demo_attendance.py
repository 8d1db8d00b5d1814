"""Demo punches: deterministic, realistic rates, only where and when someone works."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections import Counter, defaultdict

import pytest

from app import attendance, calendar, demo, demo_attendance, demo_sanctions
from app.schedule import HoursBook
from app.store import open_store
from db.connection import close_database
from db.models import AttendanceSession, AuditEntry, DerivedDay, Punch, Staff

PASSWORD = "demo-test-pw"


@pytest.fixture(scope="module")
def hall_file(tmp_path_factory):
    """A demo hall of 30 staff and one year, made once; each test opens its own copy."""
    tmp = tmp_path_factory.mktemp("demo-punches")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HALLDESK_CONFIG_DIR", str(tmp / "config"))
        mp.setenv("HALLDESK_DATA_DIR", str(tmp / "data"))
        open_store(str(tmp / "hall.db"))
        report = demo.fill_demo(staff=30, years=1, seed=11, password=PASSWORD)
        close_database()
    return tmp / "hall.db", report


@pytest.fixture
def hall(hall_file, tmp_path):
    source, report = hall_file
    target = tmp_path / "hall.db"
    with sqlite3.connect(source) as a, sqlite3.connect(target) as b:
        a.backup(b)
    open_store(str(target))
    yield report
    close_database()


def _punches() -> list[tuple[int, dt.datetime]]:
    return list(Punch.select(Punch.staff, Punch.at).order_by(Punch.staff, Punch.at).tuples())


def test_same_seed_same_punches(store):
    people = [
        demo_attendance.Person(1, dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        demo_attendance.Person(2, dt.date(2025, 6, 1), dt.date(2025, 9, 30)),
    ]
    now = dt.datetime(2025, 12, 31, 23, 0)

    def run(seed: int) -> list:
        return list(demo_attendance.generate(random.Random(seed), people, dt.date(2025, 1, 1), now))

    first = run(3)
    assert first == run(3)
    assert first != run(4)
    assert len(first) > 4 * 200  # a year of workdays for one, four months for the other


def test_same_seed_same_demo_punches(tmp_path):
    made = []
    for name, seed in (("a.db", 5), ("b.db", 5)):
        open_store(str(tmp_path / name))
        demo.fill_demo(staff=8, years=1, seed=seed, password=PASSWORD)
        # Today's punches stop at the moment each demo ran; the days before are whole.
        made.append([p for p in _punches() if p[1].date() < dt.date.today()])
        close_database()
    assert made[0] == made[1] and len(made[0]) > 5000


def test_punches_only_on_workdays_within_employment_and_not_in_the_future(hall):
    staff = {s.id: s for s in Staff.select()}
    punches = _punches()
    assert hall.punches == len(punches)
    today = dt.date.today()
    start = today - dt.timedelta(days=365)
    workdays = set(calendar.workdays(start, today))
    assert max(at for _, at in punches) <= dt.datetime.now()
    for staff_id, at in punches:
        person = staff[staff_id]
        assert at.date() in workdays, at
        assert person.hire_date <= at.date() and (person.left_on is None or at.date() <= person.left_on)
    assert min(at for _, at in punches).date() >= start
    # Everyone employed in the demo year punched, leavers included.
    assert {s for s, _ in punches} == {
        s.id for s in staff.values() if (s.left_on is None or s.left_on >= start) and s.hire_date < today
    }


def test_one_audit_entry_and_nothing_derived(hall):
    entries = list(AuditEntry.select().where(AuditEntry.table == "punch"))
    assert len(entries) == 1 and entries[0].username == "demo" and entries[0].action == "import"
    assert f'"added": {hall.punches}' in entries[0].after
    # Only the weeks the demo's sanctions step evaluated are derived; the rest waits for a first read.
    oldest = dt.date.today() - dt.timedelta(weeks=demo_sanctions.WEEKS + 1)
    assert all(d.day >= oldest for d in DerivedDay.select())
    assert AttendanceSession.select().where(AttendanceSession.day < oldest).count() == 0
    assert f"Clock-in punches: {hall.punches}." in hall.summary()


def test_rates_are_plausible(hall):
    today = dt.date.today()
    attendance.ensure_derived(today - dt.timedelta(days=365), today - dt.timedelta(days=1))
    sessions = list(
        AttendanceSession.select(AttendanceSession.staff, AttendanceSession.status)
        .where(AttendanceSession.day < today)
        .tuples()
    )
    counts = Counter(status for _, status in sessions)
    total = len(sessions)
    late = counts["LATE"] + counts["LATE_EARLY"]
    early = counts["EARLY"] + counts["LATE_EARLY"]
    assert 0.01 <= late / total <= 0.10, counts
    assert 0.003 <= early / total <= 0.04, counts
    assert 0.003 <= counts["MISSING"] / total <= 0.03, counts
    assert 0 < counts["ABSENT"] / total <= 0.01, counts
    assert counts["ON_TIME"] / total >= 0.85
    # A few chronic latecomers: the latest person is late far more often than most.
    per_person: dict[int, Counter] = defaultdict(Counter)
    for staff_id, status in sessions:
        per_person[staff_id][status in ("LATE", "LATE_EARLY")] += 1
    shares = sorted(c[True] / (c[True] + c[False]) for c in per_person.values() if sum(c.values()) > 40)
    assert shares[-1] >= 0.06 and shares[-1] >= 2.5 * shares[len(shares) // 2]
    # Some press twice: two punches of a person seconds apart.
    punches = _punches()
    repeats = sum(
        1
        for (s1, t1), (s2, t2) in zip(punches, punches[1:], strict=False)
        if s1 == s2 and (t2 - t1).seconds < 60
    )
    assert repeats > 10


def test_demo_day_reads_mostly_on_time_with_lunch_punches_in_place(hall):
    today = dt.date.today()
    days = [d for d in calendar.workdays(today - dt.timedelta(days=20), today - dt.timedelta(days=1))]
    rows = [r for d in days[-5:] for r in attendance.day_sessions(d)]
    statuses = Counter(r.status for r in rows)
    assert statuses.most_common(1)[0][0] == "ON_TIME" and statuses["ON_TIME"] / len(rows) >= 0.8
    hours = HoursBook()
    for r in rows:
        h = hours(r.day)
        if r.session == "AM" and r.status == "ON_TIME":
            # Out for lunch between the end of the morning and ten minutes later.
            assert h.am_end <= _minutes(r.clock_out) <= h.am_end + 10, r
            assert h.am_start - 45 <= _minutes(r.clock_in) <= h.am_start, r
        if r.session == "PM" and r.status == "ON_TIME":
            # Back 14:20-14:30 in winter, 14:50-15:00 in summer.
            assert h.pm_start - 10 <= _minutes(r.clock_in) <= h.pm_start, r


def test_every_punch_falls_in_its_own_session_window():
    """Late and early punches stay on their side of the split points, even for odd hours."""
    from app.schedule import Hours

    rng = random.Random(2)
    habits = demo_attendance.Habits(
        late=1.0, late_mean=200, early=0.5, forget=0, absent=0, double=0.5, lead=40
    )
    for hours in (Hours(480, 720, 870, 1050, 0, "winter"), Hours(540, 600, 610, 700, 0, "odd")):
        for _ in range(300):
            seconds = demo_attendance.day_punches(rng, habits, hours)
            # Each punch alone: which of the four windows decides it.
            windows = Counter(next(iter(attendance.split_punches(hours, [s // 60]))) for s in seconds)
            assert set(windows) == {("AM", "in"), ("AM", "out"), ("PM", "in"), ("PM", "out")}
            assert all(n in (1, 2) for n in windows.values()), (hours.period, sorted(seconds))
            found = attendance.split_punches(hours, [s // 60 for s in seconds])
            assert found[("AM", "in")] > hours.am_start  # late every morning


def _minutes(hhmm: str) -> int:
    return int(hhmm[:2]) * 60 + int(hhmm[3:])
