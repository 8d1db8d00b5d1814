"""Demo leave and outings: deterministic, within the rules, and what a hall's year of slips looks like."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter, defaultdict

import pytest

from app import attendance, calendar, demo, leave, leave_balance
from app.leave import SlipInput
from app.schedule import HoursBook, minutes
from app.store import open_store
from db.connection import close_database
from db.models import AttendanceSession, AuditEntry, LeaveSlip, User

PASSWORD = "demo-test-pw"
LIVE = ("requested", "approved", "returned")


@pytest.fixture(scope="module")
def hall_file(tmp_path_factory):
    """A demo hall of 40 staff over two years, made once; each test opens its own copy."""
    tmp = tmp_path_factory.mktemp("demo-leave")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HALLDESK_CONFIG_DIR", str(tmp / "config"))
        mp.setenv("HALLDESK_DATA_DIR", str(tmp / "data"))
        open_store(str(tmp / "hall.db"))
        report = demo.fill_demo(staff=40, years=2, seed=11, password=PASSWORD)
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


def slips() -> list[LeaveSlip]:
    return list(LeaveSlip.select().order_by(LeaveSlip.id))


def key(day: dt.date, session: str) -> int:
    return day.toordinal() * 2 + (session == "PM")


def span(s: LeaveSlip) -> range:
    return range(key(s.start_day, s.start_session), key(s.end_day, s.end_session) + 1)


def table() -> list[tuple]:
    return [
        (
            s.staff.staff_no,
            s.kind.code,
            s.start_day,
            s.start_session,
            s.end_day,
            s.end_session,
            s.out_time,
            s.back_time,
            s.substitute.staff_no if s.substitute_id else None,
            s.status,
            s.after_the_fact,
            s.created_at,
            s.decided_at,
            s.returned_at,
            s.overrun_minutes,
            s.reason,
        )
        for s in slips()
    ]


def test_same_seed_same_slips(tmp_path):
    made = []
    for name, seed in (("a.db", 4), ("b.db", 4), ("c.db", 5)):
        open_store(str(tmp_path / name))
        demo.fill_demo(staff=12, years=1, seed=seed, password=PASSWORD)
        made.append(table())
        close_database()
    assert made[0] == made[1] and len(made[0]) > 40
    assert made[0] != made[2]


def test_counts_in_the_summary_and_the_audit(hall):
    all_slips = slips()
    outings = [s for s in all_slips if s.kind.outing]
    assert hall.leave_slips == len(all_slips) and hall.outings == len(outings)
    assert f"Leave slips: {len(all_slips)} ({len(outings)} outings)." in hall.summary()
    # A few slips a year per person (40 staff, two years), some of them outings.
    assert 4 * 40 * 2 <= len(all_slips) <= 12 * 40 * 2
    assert 0.15 <= len(outings) / len(all_slips) <= 0.45
    created = AuditEntry.select().where((AuditEntry.table == "leave_slip") & (AuditEntry.action == "create"))
    assert sorted(a.row_id for a in created) == [s.id for s in all_slips]
    assert {a.username for a in created} == {"demo"}


def test_no_person_is_in_two_places_at_once(hall):
    """Nobody has two live slips at once, substitutes while away, or covers two people at once."""
    taken: dict[int, list[tuple[range, int, str]]] = defaultdict(list)
    for s in slips():
        if s.status not in LIVE:
            continue
        taken[s.staff_id].append((span(s), s.id, "away"))
        if s.substitute_id:
            taken[s.substitute_id].append((span(s), s.id, "covering"))
    for person, spans in taken.items():
        spans.sort(key=lambda x: x[0].start)
        for (a, id_a, what_a), (b, id_b, what_b) in zip(spans, spans[1:], strict=False):
            assert a.stop <= b.start, (person, id_a, what_a, id_b, what_b)


def test_substitutes_are_trained_colleagues_of_the_same_unit(hall):
    leaves = [s for s in slips() if not s.kind.outing]
    assert leaves and all(s.substitute_id for s in leaves)
    for s in leaves:
        sub, person = s.substitute, s.staff
        assert sub.id != person.id and sub.unit_id == person.unit_id, s.id
        assert sub.trained_on is not None and sub.trained_on <= s.start_day, s.id
        assert sub.hire_date <= s.start_day and (sub.left_on is None or s.end_day <= sub.left_on), s.id
        assert person.hire_date <= s.start_day and (person.left_on is None or s.end_day <= person.left_on)
    # Colleagues of the same window stand in for each other when one is free.
    same_window = sum(1 for s in leaves if s.staff.window_id and s.staff.window_id == s.substitute.window_id)
    assert same_window / len(leaves) >= 0.5


def test_every_live_slip_passes_the_rules_as_stored(hall):
    for s in slips():
        if s.status not in LIVE:
            continue
        data = SlipInput(
            staff_id=s.staff_id,
            kind_id=s.kind_id,
            start_day=s.start_day,
            start_session=s.start_session,
            end_day=s.end_day,
            end_session=s.end_session,
            out_time=s.out_time or "",
            back_time=s.back_time or "",
            reason=s.reason,
            substitute_id=s.substitute_id,
            reported_to_id=s.reported_to_id,
        )
        checked = leave.validate(data, slip_id=s.id, now=dt.datetime.min)
        assert checked.problems == [], (s.id, checked.problems)
        assert not any("substitute on slip" in w for w in checked.warnings), (s.id, checked.warnings)


def test_the_life_cycle_of_a_hall(hall):
    today = dt.date.today()
    daiban = User.get(User.username == "daiban")
    all_slips = slips()
    statuses = Counter(s.status for s in all_slips)
    assert statuses["returned"] > 0.8 * len(all_slips)
    assert 1 <= statuses["requested"] <= 5 and statuses["rejected"] == 1 and statuses["cancelled"] == 0
    for s in all_slips:
        assert s.created_by == "zhiban" and s.reported_to_id == daiban.id
        if s.status == "requested":
            assert s.start_day > today and s.decided_at is None and not s.decided_by
            continue
        assert s.decided_by == "daiban" and s.created_at < s.decided_at <= s.created_at + dt.timedelta(
            hours=4
        )
        if s.status == "returned":
            assert s.returned_by == "zhiban" and s.returned_at.date() <= today
        if s.end_day >= today:
            assert s.status in ("approved", "requested"), s.id
    rejected = next(s for s in all_slips if s.status == "rejected")
    assert rejected.kind.code == "personal" and rejected.remark and rejected.end_day < today
    # Every kind a year brings, and slips filed after the fact the same morning.
    assert {"sick", "personal", "annual", "business", "outing"} <= {s.kind.code for s in all_slips}
    late = [s for s in all_slips if s.after_the_fact]
    assert late and all(s.kind.code == "sick" for s in late)
    assert all(local(s.created_at).date() == s.start_day for s in late)
    ahead = [s for s in all_slips if not s.after_the_fact and not s.kind.outing]
    assert all(local(s.created_at).date() < s.start_day for s in ahead)
    # Outings are asked for shortly before leaving, and approved before it.
    for s in all_slips:
        if s.kind.outing:
            leaving = dt.datetime.combine(s.start_day, dt.time.fromisoformat(s.out_time))
            assert local(s.created_at) < local(s.decided_at) <= leaving, s.id


def local(utc: dt.datetime) -> dt.datetime:
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def test_leave_on_workdays_and_outings_inside_a_session(hall):
    today = dt.date.today()
    book = HoursBook()
    workdays = set(calendar.workdays(today - dt.timedelta(days=800), today + dt.timedelta(days=60)))
    outings = [s for s in slips() if s.kind.outing]
    for s in slips():
        assert s.start_day in workdays and s.end_day in workdays, s.id
    for s in outings:
        hours = book(s.start_day)
        out, back = minutes(s.out_time), minutes(s.back_time)
        assert s.start_day < today and s.end_day == s.start_day and 30 <= back - out <= 120
        assert any(start <= out and back <= end for start, end in (hours.session("AM"), hours.session("PM")))
        assert s.status == "returned" and s.substitute_id is None
        due = dt.datetime.combine(s.start_day, dt.time.fromisoformat(s.back_time))
        assert s.overrun_minutes == max(0, int((s.returned_at - due).total_seconds() // 60))
    overrun = [s for s in outings if s.overrun_minutes]
    assert overrun and len(overrun) < 0.25 * len(outings)


def test_attendance_shows_the_leave(hall):
    today = dt.date.today()
    s = next(
        s
        for s in reversed(slips())
        if s.status == "returned" and not s.kind.outing and s.start_day == s.end_day and s.end_day < today
    )
    rows = {r.session: r for r in attendance.day_sessions(s.start_day) if r.staff_id == s.staff_id}
    covered = {sess for _, sess in leave.covered_sessions(s)}
    assert {sess for sess, r in rows.items() if r.status == "LEAVE"} == covered
    assert all(f"slip {s.id}" in attendance.explain(rows[sess].explanation) for sess in covered)
    o = next(s for s in reversed(slips()) if s.kind.outing and s.overrun_minutes)
    attendance.day_sessions(o.start_day)
    flagged = AttendanceSession.select().where(
        (AttendanceSession.staff == o.staff_id)
        & (AttendanceSession.day == o.start_day)
        & (AttendanceSession.off_post == 1)
    )
    assert flagged.count() == 1


def test_annual_leave_stays_within_the_entitlement(hall):
    today = dt.date.today()
    for year in (today.year - 1, today.year):
        rows = [r for r in leave_balance.balances(year) if r.kind_code == "annual"]
        assert rows and all(r.remaining >= 0 for r in rows), year
        assert sum(r.days_taken for r in rows) > 0
