"""The holiday calendar and the work schedule, without Qt: what is a workday, which hours apply,
the administrator's entries, and the attendance they change."""

import datetime as dt

import openpyxl
import pytest

from app import attendance, calendar, roster, schedule
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.roster import StaffInput
from app.schedule import PeriodInput
from db.models import AttendanceSession, AuditEntry, CalendarDay, CalendarYear, Punch

TUE = dt.date(2025, 12, 2)  # a winter Tuesday
SAT = dt.date(2025, 12, 6)  # a winter Saturday


def info(day: dt.date) -> calendar.DayInfo:
    return calendar.days(day, day)[0]


def period(name: str):
    return next(p for p in schedule.active_periods() if p.name == name)


def period_input(p, **changes) -> PeriodInput:
    fields = {
        name: getattr(p, name)
        for name in (
            "name",
            "start_md",
            "end_md",
            "am_start",
            "am_end",
            "pm_start",
            "pm_end",
            "grace_minutes",
            "effective_from",
            "effective_to",
        )
    }
    fields.update(changes)
    return PeriodInput(**fields)


def write_csv(path, lines: list[str], encoding: str = "utf-8"):
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


# ---------------------------------------------------------------- the official schedule


@pytest.mark.parametrize(
    ("day", "workday", "kind", "name"),
    [
        (dt.date(2025, 10, 1), False, "holiday", "国庆节"),  # Wednesday, National Day
        (dt.date(2025, 10, 4), False, "holiday", "国庆节"),  # a Saturday inside the holiday
        (dt.date(2025, 9, 28), True, "workday", "国庆节"),  # Sunday, worked for National Day
        (dt.date(2025, 10, 11), True, "workday", "国庆节"),  # Saturday, worked for National Day
        (dt.date(2026, 2, 14), True, "workday", "春节"),  # Saturday, worked for the Spring Festival
        (dt.date(2026, 2, 16), False, "holiday", "春节"),  # Monday of the Spring Festival
        (dt.date(2015, 9, 3), False, "holiday", "抗战胜利70周年纪念日"),
    ],
)
def test_official_holidays_and_make_up_workdays(store, day, workday, kind, name):
    got = info(day)
    assert (got.workday, got.kind, got.name, got.source) == (workday, kind, name, "official")
    assert calendar.is_workday(day) is workday


def test_ordinary_days_follow_the_weekday_rule(store):
    assert info(TUE) == calendar.DayInfo(TUE, True, "weekday", "", "weekday rule")
    assert info(SAT) == calendar.DayInfo(SAT, False, "weekend", "", "weekday rule")
    week = calendar.days(dt.date(2025, 12, 1), dt.date(2025, 12, 7))
    assert [d.workday for d in week] == [True] * 5 + [False] * 2
    assert calendar.workdays(dt.date(2025, 9, 27), dt.date(2025, 10, 12)) == [
        dt.date(2025, 9, 28),  # Sunday, make-up
        dt.date(2025, 9, 29),
        dt.date(2025, 9, 30),
        dt.date(2025, 10, 9),
        dt.date(2025, 10, 10),
        dt.date(2025, 10, 11),  # Saturday, make-up
    ]


def test_the_package_knows_through_2026_and_2027_is_missing(store):
    assert calendar.package_knows(2025) and calendar.package_knows(2026)
    assert not calendar.package_knows(2027)
    assert calendar.missing_years(dt.date(2026, 11, 27), dt.date(2027, 1, 26)) == [2027]
    assert calendar.missing_years(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == []
    warning = calendar.missing_year_warning(2027)
    assert "2027" in warning and "Monday to Friday" in warning
    # Meanwhile 2027 is plain Monday to Friday: New Year's Day is a workday.
    assert info(dt.date(2027, 1, 1)) == calendar.DayInfo(
        dt.date(2027, 1, 1), True, "weekday", "", "weekday rule"
    )


# ---------------------------------------------------------------- the administrator's entries


def test_the_administrators_entry_wins_over_the_package(admin):
    national_day = dt.date(2025, 10, 1)
    calendar.set_day(admin, national_day, "workday", "  大厅值守  ")
    assert info(national_day) == calendar.DayInfo(national_day, True, "workday", "大厅值守", "admin")
    calendar.set_day(admin, TUE, "holiday", "县庆")
    assert info(TUE) == calendar.DayInfo(TUE, False, "holiday", "县庆", "admin")
    calendar.set_day(admin, TUE, "holiday", "县庆日")  # changing an entry keeps one row
    assert CalendarDay.select().where(CalendarDay.day == TUE).count() == 1
    assert info(TUE).name == "县庆日"


def test_returning_to_the_official_rule_removes_the_entry_and_the_trail_keeps_it(admin):
    national_day = dt.date(2025, 10, 1)
    calendar.set_day(admin, national_day, "workday", "值守")
    calendar.set_day(admin, national_day, None)
    assert info(national_day).source == "official" and info(national_day).kind == "holiday"
    assert CalendarDay.select().count() == 0
    actions = [
        e.action
        for e in AuditEntry.select().where(AuditEntry.table == "calendar_day").order_by(AuditEntry.id)
    ]
    assert actions == ["create", "delete"]
    calendar.set_day(admin, SAT, None)  # a date without an entry: nothing to do
    assert info(SAT).kind == "weekend"


def test_an_unknown_kind_is_refused_beside_the_field(admin):
    with pytest.raises(ValidationError) as err:
        calendar.set_day(admin, TUE, "festival", "x")
    assert err.value.for_field("kind")
    assert CalendarDay.select().count() == 0


def test_a_long_name_is_refused_not_cut(admin, tmp_path):
    with pytest.raises(ValidationError) as err:
        calendar.set_day(admin, TUE, calendar.HOLIDAY, "节" * 51)
    assert "at most 50" in err.value.for_field("name")[0]
    path = write_csv(
        tmp_path / "long.csv",
        ["date,kind,name", "2027-01-01,holiday,元旦", f"2027-01-02,holiday,{'节' * 51}"],
    )
    with pytest.raises(ValidationError) as err:
        calendar.import_csv(admin, path)
    assert [p.row for p in err.value.problems] == [3]
    assert CalendarDay.select().count() == 0
    calendar.set_day(admin, TUE, calendar.HOLIDAY, "节" * 50)
    assert CalendarDay.get().name == "节" * 50


def test_a_year_entered_by_hand_is_no_longer_missing(admin):
    calendar.set_day(admin, dt.date(2027, 1, 1), "holiday", "元旦")
    assert calendar.missing_years(dt.date(2027, 1, 1), dt.date(2027, 1, 1)) == [2027]  # not marked yet
    calendar.mark_year_entered(admin, 2027)
    calendar.mark_year_entered(admin, 2027)  # twice is once
    assert calendar.entered_years() == {2027}
    assert CalendarYear.get(CalendarYear.year == 2027).entered_by == admin.username
    assert calendar.missing_years(dt.date(2026, 11, 27), dt.date(2027, 1, 26)) == []
    assert not info(dt.date(2027, 1, 1)).workday


def test_only_the_administrator_changes_the_calendar(sessions, tmp_path):
    good = write_csv(tmp_path / "2027.csv", ["date,kind,name", "2027-01-01,holiday,元旦"])
    for role in ("officer", "leader", "manager"):
        with pytest.raises(PermissionDenied):
            calendar.set_day(sessions[role], TUE, "holiday", "县庆")
        with pytest.raises(PermissionDenied):
            calendar.mark_year_entered(sessions[role], 2027)
        with pytest.raises(PermissionDenied):
            calendar.import_csv(sessions[role], good)
    assert CalendarDay.select().count() == 0 and CalendarYear.select().count() == 0


# ---------------------------------------------------------------- importing a year


def test_import_of_a_good_csv_enters_every_row_and_marks_the_year(admin, tmp_path):
    path = write_csv(
        tmp_path / "2027.csv",
        [
            "date,kind,name",
            "2027-01-01,holiday,元旦",
            "2027/2/6,调休上班,春节",  # a Saturday worked
            "2027-02-08,节假日,春节",
            "2027-02-09,Holiday,春节",
        ],
        encoding="utf-8-sig",
    )
    report = calendar.import_csv(admin, path)
    assert (report.days, report.years) == (4, [2027])
    assert report.summary() == "4 dates entered for 2027."
    assert info(dt.date(2027, 2, 6)) == calendar.DayInfo(
        dt.date(2027, 2, 6), True, "workday", "春节", "admin"
    )
    assert not info(dt.date(2027, 2, 9)).workday
    assert 2027 in calendar.entered_years()
    assert calendar.missing_years(dt.date(2027, 1, 1), dt.date(2027, 12, 31)) == []


def test_import_without_a_header_and_from_excel(admin, tmp_path):
    plain = write_csv(tmp_path / "plain.csv", ["2027-05-03,holiday,劳动节", "2027-05-08,workday,劳动节"])
    assert calendar.import_csv(admin, plain).days == 2
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["日期", "类型", "名称"])
    sheet.append([dt.date(2027, 10, 1), "节假日", "国庆节"])
    sheet.append([dt.datetime(2027, 10, 9), "调休上班", "国庆节"])
    book.save(tmp_path / "2027.xlsx")
    report = calendar.import_csv(admin, tmp_path / "2027.xlsx")
    assert report.days == 2
    assert info(dt.date(2027, 10, 1)).kind == "holiday"
    assert info(dt.date(2027, 10, 9)).workday


def test_import_of_a_bad_file_lists_every_bad_row_and_enters_nothing(admin, tmp_path):
    path = write_csv(
        tmp_path / "bad.csv",
        [
            "date,kind,name",
            "2027-01-01,holiday,元旦",  # row 2, good
            "2027-13-01,holiday,?",  # row 3: no such date
            "2027-02-08,party,春节",  # row 4: no such kind
            "2027-02-09",  # row 5: no kind
            "2027-02-10,workday,春节",  # row 6, good
        ],
    )
    with pytest.raises(ValidationError) as err:
        calendar.import_csv(admin, path)
    assert sorted(p.row for p in err.value.problems) == [3, 4, 5]
    assert "party" in str(err.value) and "row 4" in str(err.value)
    assert CalendarDay.select().count() == 0
    assert CalendarYear.select().count() == 0
    assert calendar.missing_years(dt.date(2027, 1, 1), dt.date(2027, 1, 1)) == [2027]


def test_import_of_an_empty_list_is_refused(admin, tmp_path):
    with pytest.raises(ValidationError, match="no dates"):
        calendar.import_csv(admin, write_csv(tmp_path / "empty.csv", ["date,kind,name"]))


# ---------------------------------------------------------------- the work schedule


@pytest.mark.parametrize(
    ("day", "name", "hours"),
    [
        (dt.date(2025, 12, 2), "winter", ("08:00", "12:00", "14:30", "17:30")),
        (dt.date(2025, 6, 3), "summer", ("08:00", "12:00", "15:00", "18:00")),
        (dt.date(2026, 4, 30), "winter", ("08:00", "12:00", "14:30", "17:30")),
        (dt.date(2026, 5, 1), "summer", ("08:00", "12:00", "15:00", "18:00")),
        (dt.date(2026, 9, 30), "summer", ("08:00", "12:00", "15:00", "18:00")),
        (dt.date(2026, 10, 1), "winter", ("08:00", "12:00", "14:30", "17:30")),
        (dt.date(2025, 12, 31), "winter", ("08:00", "12:00", "14:30", "17:30")),
        (dt.date(2026, 1, 1), "winter", ("08:00", "12:00", "14:30", "17:30")),
    ],
)
def test_winter_and_summer_hours_and_their_boundaries(store, day, name, hours):
    got = schedule.hours_for(day)
    assert got.period == name and got.grace == 0
    assert (got.am_start, got.am_end, got.pm_start, got.pm_end) == tuple(schedule.minutes(h) for h in hours)


def test_a_period_in_force_from_a_date_leaves_earlier_days_alone(admin):
    winter = period("winter")
    new = schedule.save_period(
        admin,
        None,
        period_input(winter, name="winter 2025", pm_start="14:00", pm_end="17:00", effective_from=TUE),
    )
    before = schedule.hours_for(TUE - dt.timedelta(days=1))
    assert before.period == "winter" and schedule.hhmm(before.pm_start) == "14:30"
    on = schedule.hours_for(TUE)
    assert on.period == "winter 2025" and schedule.hhmm(on.pm_start) == "14:00"
    assert schedule.hours_for(dt.date(2026, 6, 3)).period == "summer"  # its months only
    assert schedule.hours_for(dt.date(2026, 12, 1)).period == "winter 2025"  # and every later winter
    # Limited at both ends, the old hours come back after it.
    schedule.save_period(admin, new.id, period_input(new, effective_to=dt.date(2025, 12, 31)), new.version)
    assert schedule.hours_for(dt.date(2026, 1, 5)).period == "winter"


def test_validation_lists_every_problem_with_its_field(admin):
    bad = PeriodInput(
        name=" ",
        start_md="13-01",
        end_md="02-30",
        am_start="8:00",
        am_end="12:00",
        pm_start="11:30",
        pm_end="17:30",
        grace_minutes=61,
        effective_from=dt.date(2026, 1, 1),
        effective_to=dt.date(2025, 12, 31),
    )
    problems = schedule.validate_period(bad)
    assert {p.field for p in problems} == {
        "name",
        "start_md",
        "end_md",
        "am_start",
        "pm_start",
        "grace_minutes",
        "effective_to",
    }
    with pytest.raises(ValidationError) as err:
        schedule.save_period(admin, None, bad)
    assert err.value.for_field("grace_minutes") == ["Grace is 0 to 60 minutes."]
    assert err.value.for_field("start_md") == ["Write the month and day as MM-DD, such as 10-01."]
    assert len(schedule.active_periods()) == 2


@pytest.mark.parametrize(
    ("times", "field"),
    [
        (("12:00", "08:00", "14:30", "17:30"), "am_end"),
        (("08:00", "12:00", "11:59", "17:30"), "pm_start"),
        (("08:00", "12:00", "14:30", "14:30"), "pm_end"),
    ],
)
def test_the_morning_comes_before_the_afternoon(store, times, field):
    data = PeriodInput("x", "10-01", "04-30", *times)
    assert [p.field for p in schedule.validate_period(data)] == [field]


def test_leap_day_and_a_lunch_break_of_nothing_are_allowed(store):
    data = PeriodInput("x", "02-29", "03-01", "08:00", "12:00", "12:00", "17:00")
    assert schedule.validate_period(data) == []


@pytest.mark.parametrize(
    ("typed", "md"),
    [
        ("1001", "10-01"),
        ("10-1", "10-01"),
        ("5/1", "05-01"),
        ("10月1日", "10-01"),
        ("02-29", "02-29"),
        ("0230", None),
        ("13-01", None),
        ("101", None),
        ("", None),
    ],
)
def test_month_days_as_people_type_them(typed, md):
    assert schedule.parse_month_day(typed) == md


def test_void_needs_a_reason_and_the_version_read(admin):
    summer = period("summer")
    with pytest.raises(ValidationError) as err:
        schedule.void_period(admin, summer.id, "  ", summer.version)
    assert err.value.for_field("reason")
    with pytest.raises(ConflictError):
        schedule.void_period(admin, summer.id, "试行", summer.version + 1)
    schedule.void_period(admin, summer.id, "改为全年统一作息", summer.version)
    assert [p.name for p in schedule.active_periods()] == ["winter"]
    assert schedule.hours_for(dt.date(2025, 6, 3)) is None
    assert schedule.uncovered(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == [
        (dt.date(2026, 5, 1), dt.date(2026, 9, 30))
    ]


def test_the_default_schedule_covers_every_day(store):
    assert schedule.uncovered(dt.date(2024, 1, 1), dt.date(2028, 12, 31)) == []


def test_only_the_administrator_changes_the_schedule(sessions):
    winter = period("winter")
    for role in ("officer", "leader", "manager"):
        with pytest.raises(PermissionDenied):
            schedule.save_period(sessions[role], winter.id, period_input(winter, grace_minutes=5))
        with pytest.raises(PermissionDenied):
            schedule.void_period(sessions[role], winter.id, "x", winter.version)
    assert period("winter").grace_minutes == 0 and period("winter").version == winter.version


# ---------------------------------------------------------------- stored attendance follows


@pytest.fixture
def person(manager):
    unit = roster.add_unit(manager, "社会保险服务中心")
    return roster.add_staff(
        manager,
        StaffInput(staff_no="1001", name="张三", unit_id=unit.id, hire_date=dt.date(2025, 9, 1)),
    )


def punch(person, day: dt.date, *times: str) -> None:
    for t in times:
        Punch.create(staff=person.id, at=dt.datetime.combine(day, dt.time.fromisoformat(t)), source="test")


def stored(day: dt.date) -> dict[str, str]:
    return {s.session: s.status for s in AttendanceSession.select().where(AttendanceSession.day == day)}


def am_status(day: dt.date) -> str:
    return next(r.status for r in attendance.day_sessions(day) if r.session == "AM")


def test_a_schedule_change_makes_the_same_punch_late_on_the_next_read(admin, person):
    punch(person, TUE, "07:55:30", "12:00:10", "14:29:00", "17:31:00")
    assert am_status(TUE) == "ON_TIME"
    assert stored(TUE) == {"AM": "ON_TIME", "PM": "ON_TIME"}
    winter = period("winter")
    schedule.save_period(admin, winter.id, period_input(winter, am_start="07:30"), winter.version)
    assert am_status(TUE) == "LATE"
    assert stored(TUE)["AM"] == "LATE"  # stored again, not only shown
    row = attendance.day_sessions(TUE)[0]
    assert attendance.explain(row.explanation) == "clock-in 07:55 after 07:30"
    # Thirty minutes' grace makes the same punch on time again.
    winter = period("winter")
    schedule.save_period(admin, winter.id, period_input(winter, grace_minutes=30), winter.version)
    assert am_status(TUE) == "ON_TIME"


def test_a_period_from_a_date_changes_only_the_days_from_that_date(admin, person):
    monday = TUE - dt.timedelta(days=1)
    for day in (monday, TUE):
        punch(person, day, "08:00", "12:00", "14:30", "17:30")
    assert am_status(monday) == "ON_TIME" and am_status(TUE) == "ON_TIME"
    schedule.save_period(
        admin, None, period_input(period("winter"), name="冬季新作息", am_start="07:45", effective_from=TUE)
    )
    assert am_status(TUE) == "LATE"
    assert am_status(monday) == "ON_TIME"


def test_calendar_entries_change_the_stored_days(admin, person):
    punch(person, SAT, "08:00", "12:00")
    punch(person, TUE, "08:00", "12:00", "14:30", "17:30")
    assert attendance.day_sessions(SAT) == [] and len(attendance.day_sessions(TUE)) == 2
    calendar.set_day(admin, SAT, "workday", "补班")
    calendar.set_day(admin, TUE, "holiday", "县庆")
    assert stored(SAT) == {} and stored(TUE) == {"AM": "ON_TIME", "PM": "ON_TIME"}  # until read
    assert {r.session: r.status for r in attendance.day_sessions(SAT)} == {"AM": "ON_TIME", "PM": "ABSENT"}
    assert attendance.day_sessions(TUE) == [] and stored(TUE) == {}
    calendar.set_day(admin, TUE, None)
    assert stored(TUE) == {}
    assert len(attendance.day_sessions(TUE)) == 2


def test_an_imported_calendar_changes_the_stored_days(admin, person, tmp_path):
    punch(person, TUE, "08:00", "12:00", "14:30", "17:30")
    assert len(attendance.day_sessions(TUE)) == 2
    calendar.import_csv(admin, write_csv(tmp_path / "c.csv", ["2025-12-02,holiday,县庆"]))
    assert attendance.day_sessions(TUE) == []
