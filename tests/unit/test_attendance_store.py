"""Stored sessions: which days and people get them, and re-derivation when inputs change."""

import datetime as dt

import pytest

from app import attendance, calendar, corrections, roster, schedule
from app.errors import PermissionDenied, ValidationError
from app.roster import StaffInput
from db.models import AttendanceSession, DerivedDay, Punch, Staff

TUE = dt.date(2025, 12, 2)  # a winter workday
NOW = dt.datetime(2026, 11, 27, 9, 0)


@pytest.fixture
def person(manager):
    unit = roster.add_unit(manager, "社会保险服务中心")
    window = roster.add_window(manager, unit.id, "01")
    return roster.add_staff(
        manager,
        StaffInput(
            staff_no="1001",
            name="张三",
            unit_id=unit.id,
            window_id=window.id,
            hire_date=dt.date(2025, 9, 1),
            trained_on=dt.date(2025, 9, 10),
        ),
    )


def punch(staff, day, *times):
    for t in times:
        h, m = int(t[:2]), int(t[3:5])
        s = int(t[6:8]) if len(t) > 5 else 0
        Punch.create(staff=staff.id, at=dt.datetime.combine(day, dt.time(h, m, s)), source="test")
    attendance.invalidate_days([day])


def sessions(day):
    return {r.session: r for r in attendance.day_sessions(day)}


def test_a_day_is_derived_on_first_read_and_stored(person):
    punch(person, TUE, "07:58:12", "12:01:00", "14:29:59", "17:31:00")
    rows = sessions(TUE)
    assert rows["AM"].status == "ON_TIME" and rows["PM"].status == "ON_TIME"
    assert rows["AM"].clock_in == "07:58" and rows["PM"].clock_in == "14:29"
    assert DerivedDay.get(DerivedDay.day == TUE).final == 1
    assert AttendanceSession.select().where(AttendanceSession.day == TUE).count() == 2


def test_seconds_are_dropped_before_comparing(person):
    punch(person, TUE, "08:00:59", "12:00:00")
    assert sessions(TUE)["AM"].status == "ON_TIME"


def test_no_sessions_on_holidays_and_weekends_but_on_make_up_days(person):
    assert attendance.day_sessions(dt.date(2025, 10, 1)) == []  # National Day
    assert attendance.day_sessions(dt.date(2025, 12, 6)) == []  # a Saturday
    make_up = attendance.day_sessions(dt.date(2025, 9, 28))  # a Sunday worked for National Day
    assert {r.status for r in make_up} == {"ABSENT"}


def test_sessions_only_between_hire_and_leaving_dates(person, manager):
    assert attendance.day_sessions(dt.date(2025, 8, 29)) == []  # before hire
    assert len(attendance.day_sessions(dt.date(2025, 9, 1))) == 2  # the hire date itself
    staff = Staff.get_by_id(person.id)
    roster.record_leaving(manager, person.id, dt.date(2025, 12, 3), "调离", staff.version)
    assert len(attendance.day_sessions(dt.date(2025, 12, 3))) == 2  # works through the leaving date
    assert attendance.day_sessions(dt.date(2025, 12, 4)) == []


def test_changing_the_hire_date_rederives_the_person(person, manager):
    assert len(attendance.day_sessions(TUE)) == 2
    staff = Staff.get_by_id(person.id)
    data = StaffInput(
        staff_no="1001",
        name="张三",
        unit_id=staff.unit_id,
        window_id=staff.window_id,
        hire_date=dt.date(2025, 12, 3),
        trained_on=dt.date(2025, 12, 3),
    )
    roster.update_staff(manager, person.id, data, staff.version)
    assert attendance.day_sessions(TUE) == []


def test_future_days_have_no_sessions(person):
    assert attendance.day_sessions(dt.date.today() + dt.timedelta(days=3)) == []


def test_new_punches_mark_the_day_stale(person):
    assert sessions(TUE)["AM"].status == "ABSENT"
    punch(person, TUE, "08:10", "12:00")
    assert sessions(TUE)["AM"].status == "LATE"
    assert attendance.explain(sessions(TUE)["AM"].explanation) == "clock-in 08:10 after 08:00"


def test_schedule_change_applies_on_next_read(person, admin):
    punch(person, TUE, "08:10", "12:00")
    assert sessions(TUE)["AM"].status == "LATE"
    winter = [p for p in schedule.active_periods() if p.name == "winter"][0]
    data = schedule.PeriodInput(
        name="winter",
        start_md="10-01",
        end_md="04-30",
        am_start="08:30",
        am_end="12:00",
        pm_start="14:30",
        pm_end="17:30",
    )
    schedule.save_period(admin, winter.id, data, winter.version)
    assert sessions(TUE)["AM"].status == "ON_TIME"


def test_calendar_entry_removes_the_day(person, admin):
    assert len(attendance.day_sessions(TUE)) == 2
    calendar.set_day(admin, TUE, "holiday", "县庆")
    assert attendance.day_sessions(TUE) == []
    calendar.set_day(admin, TUE, None)
    assert len(attendance.day_sessions(TUE)) == 2


def test_correction_takes_effect_on_approval_only(person, sessions):
    officer, leader = sessions["officer"], sessions["leader"]
    punch(person, TUE, "07:55")
    assert attendance.day_sessions(TUE)[0].status == "MISSING"
    c = corrections.request_correction(officer, person.id, TUE, "AM", "out", "1201", "纸质签到表")
    assert attendance.day_sessions(TUE)[0].status == "MISSING"
    with pytest.raises(PermissionDenied):
        corrections.decide(officer, c.id, True)
    corrections.decide(leader, c.id, True)
    am = attendance.day_sessions(TUE)[0]
    assert am.status == "ON_TIME" and am.clock_out == "12:01" and am.corrected
    assert "approved by leader1" in attendance.explain(am.explanation)
    # The raw punch is untouched.
    assert [at for at, _ in attendance.punches_of(person.id, TUE)] == ["07:55:00"]


def test_correction_validation_and_self_approval(person, sessions):
    leader = sessions["leader"]
    with pytest.raises(ValidationError) as err:
        corrections.request_correction(leader, person.id, TUE, "AM", "out", "2599", "")
    assert {p.field for p in err.value.problems} == {"time", "reason"}
    c = corrections.request_correction(leader, person.id, TUE, "AM", "out", "12:00", "忘记打卡")
    with pytest.raises(ValidationError, match="another leader"):
        corrections.decide(leader, c.id, True)
    with pytest.raises(ValidationError, match="why"):
        corrections.decide(sessions["manager"], c.id, False, "")
    corrections.decide(sessions["manager"], c.id, False, "与签到表不符")
    assert corrections.list_corrections(status="rejected")[0].remark == "与签到表不符"


def test_today_is_pending_until_the_window_closes(person):
    day = NOW.date()
    if not calendar.is_workday(day):
        pytest.skip("the reference day is not a workday")
    attendance.derive_days([day], now=NOW)
    rows = {r.session: r for r in AttendanceSession.select().where(AttendanceSession.day == day)}
    assert rows["AM"].status == "PENDING" and rows["PM"].status == "PENDING"
    assert DerivedDay.get(DerivedDay.day == day).final == 0


@pytest.mark.parametrize(
    "clock",
    [
        ("0801", "08:01"),
        ("801", "08:01"),
        ("8:01", "08:01"),
        ("08.01", "08:01"),
        ("2400", None),
        ("abc", None),
    ],
)
def test_parse_clock(clock):
    assert corrections.parse_clock(clock[0]) == clock[1]


def test_history_pages(person):
    start, end = dt.date(2025, 11, 3), dt.date(2025, 11, 28)
    total = attendance.count_history(person.id, start, end)
    assert total == 2 * len(calendar.workdays(start, end))
    first = attendance.person_history(person.id, start, end, 0, 10)
    rest = attendance.person_history(person.id, start, end, 10, 1000)
    assert len(first) == 10 and len(first) + len(rest) == total
    assert first[0].day == end


def test_someone_added_later_appears_on_days_already_derived(person, manager):
    assert len(attendance.day_sessions(TUE)) == 2
    staff = Staff.get_by_id(person.id)
    roster.add_staff(
        manager,
        StaffInput(staff_no="1002", name="李四", unit_id=staff.unit_id, hire_date=dt.date(2025, 11, 1)),
    )
    assert {r.staff_no for r in attendance.day_sessions(TUE)} == {"1001", "1002"}
