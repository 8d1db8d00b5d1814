"""The monthly sheet (月度考勤表): symbols per day, totals from SQL, printable layout."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from openpyxl import load_workbook

from app import attendance, calendar, monthly, roster
from app.errors import ValidationError
from app.roster import StaffInput
from db.connection import database
from db.models import AttendanceSession, Punch, Staff

# October 2025: National Day holidays 1-8, make-up workday Saturday the 11th, winter hours.
YEAR, MONTH = 2025, 10
AFTER = dt.datetime(2025, 11, 5, 9, 0)  # the month is over
NORMAL = ("07:52:13", "12:03:40", "14:24:05", "17:36:22")


def day(n: int) -> dt.date:
    return dt.date(YEAR, MONTH, n)


def add(manager, unit_id: int, staff_no: str, name: str, hired: dt.date) -> Staff:
    return roster.add_staff(
        manager,
        StaffInput(staff_no=staff_no, name=name, unit_id=unit_id, hire_date=hired, trained_on=hired),
    )


def punch(person: Staff, when: dt.date, *times: str) -> None:
    Punch.insert_many(
        [
            {"staff": person.id, "at": dt.datetime.combine(when, dt.time.fromisoformat(t)), "source": "test"}
            for t in times
        ]
    ).execute()


@pytest.fixture
def hall(manager):
    """Four people in two units with a month of punches, each deviation on a known day."""
    first = roster.add_unit(manager, "社会保险服务中心")
    second = roster.add_unit(manager, "就业服务中心")
    a = add(manager, first.id, "1001", "张三", dt.date(2020, 3, 1))
    b = add(manager, first.id, "1002", "李四", day(15))
    c = add(manager, first.id, "1003", "王五", dt.date(2021, 6, 1))
    d = add(manager, second.id, "1004", "赵六", dt.date(2019, 1, 2))
    c = roster.record_leaving(manager, c.id, day(20), "调离", c.version)
    workdays = calendar.workdays(day(1), day(31))
    deviations = {
        9: ("08:07:30", "12:01:00", "14:25:00", "17:31:00"),  # AM late
        10: ("07:50:00", "12:02:00", "14:29:59", "17:10:00"),  # PM early
        13: ("07:58:00", "14:27:00", "17:35:00"),  # AM no clock-out
        14: (),  # absent all day
        15: ("08:05:00", "11:50:00", "14:26:00", "17:40:00"),  # AM late and early
    }
    with database.atomic():
        for when in workdays:
            punch(a, when, *deviations.get(when.day, NORMAL))
            punch(d, when, *NORMAL)
            if when >= b.hire_date:
                punch(b, when, *NORMAL)
            if when <= c.left_on:
                punch(c, when, *NORMAL)
        punch(a, day(12), "09:00:00", "11:00:00")  # Sunday overtime: no session
        punch(c, day(22), *NORMAL)  # after leaving: the terminal still knows the finger
        punch(d, day(17), "07:49:02", "07:49:05")  # pressed twice
    attendance.invalidate_all()
    return {"a": a, "b": b, "c": c, "d": d}


def read(path):
    sheet = load_workbook(path).active
    rows = {}
    for r in range(monthly.HEADER_ROWS[1] + 1, sheet.max_row + 1):
        value = sheet.cell(row=r, column=1).value
        if value:
            rows[value] = r
    return sheet, rows


def cell(sheet, row: int, n: int):
    return sheet.cell(row=row, column=monthly.FIRST_DAY_COLUMN + n - 1).value


def totals(sheet, row: int) -> dict[str, int]:
    start = monthly.FIRST_DAY_COLUMN + 31
    return {key: sheet.cell(row=row, column=start + i).value for i, (key, _) in enumerate(monthly.TOTALS)}


def test_symbols_in_the_right_cells(hall, tmp_path):
    path = tmp_path / "october.xlsx"
    assert monthly.write_month_sheet(YEAR, MONTH, path, now=AFTER) == 4
    sheet, rows = read(path)
    a = rows["1001"]
    assert cell(sheet, a, 9) == "迟/√"
    assert cell(sheet, a, 10) == "√/早"
    assert cell(sheet, a, 13) == "缺/√"
    assert cell(sheet, a, 14) == "旷"
    assert cell(sheet, a, 15) == "迟早/√"
    assert cell(sheet, a, 16) == "√"
    assert cell(sheet, a, 11) == "√"  # the make-up Saturday is a workday
    assert cell(sheet, a, 1) == cell(sheet, a, 8) == "休"  # National Day on weekdays
    assert cell(sheet, a, 12) == "休"  # a Sunday, punches or not
    # Before hire and after leaving: blank, even on rest days and with punches.
    b, c = rows["1002"], rows["1003"]
    assert [cell(sheet, b, n) for n in (12, 14)] == [None, None] and cell(sheet, b, 15) == "√"
    assert cell(sheet, c, 20) == "√" and [cell(sheet, c, n) for n in (21, 22, 25)] == [None, None, None]
    assert cell(sheet, rows["1004"], 17) == "√"
    # Days: number and weekday; October 2025 has 31.
    top, bottom = monthly.HEADER_ROWS
    assert cell(sheet, top, 1) == "1" and cell(sheet, bottom, 1) == "We" and cell(sheet, bottom, 12) == "Su"
    assert (
        cell(sheet, top, 31) == "31"
        and sheet.cell(row=top, column=monthly.FIRST_DAY_COLUMN + 31).value == "Late"
    )


def test_grouped_by_unit_with_title_and_legend(hall, tmp_path, admin):
    from app import settings

    settings.put(admin, "hall_name", "新县政务服务大厅")
    path = tmp_path / "october.xlsx"
    monthly.write_month_sheet(YEAR, MONTH, path, now=AFTER)
    sheet, rows = read(path)
    assert sheet.cell(row=1, column=1).value == "新县政务服务大厅: attendance sheet for 2025-10"
    order = sorted(rows, key=rows.get)
    assert order[:4] == ["社会保险服务中心", "1001", "1002", "1003"]
    assert order[4:6] == ["就业服务中心", "1004"]
    assert sheet.cell(row=rows["1001"], column=2).value == "张三"
    texts = [sheet.cell(row=r, column=1).value or "" for r in range(rows["1004"] + 1, sheet.max_row + 1)]
    legend = next(t for t in texts if t.startswith("Legend"))
    for piece in (
        "√ on time",
        "迟 late",
        "早 early leave",
        "缺 missing punch",
        "旷 absent",
        "假 leave",
        "休 rest day",
    ):
        assert piece in legend


def test_totals_equal_independent_counts(hall, tmp_path):
    path = tmp_path / "october.xlsx"
    monthly.write_month_sheet(YEAR, MONTH, path, now=AFTER)
    sheet, rows = read(path)
    # What the punches say, counted by hand: 18 workdays, 36 sessions.
    assert totals(sheet, rows["1001"]) == {
        "late": 2, "early": 2, "missing": 1, "absent": 2, "leave": 0, "on_time": 30
    }  # fmt: skip
    assert totals(sheet, rows["1002"])["on_time"] == 26  # 13 workdays from the 15th
    assert totals(sheet, rows["1003"])["on_time"] == 18  # 9 workdays up to the 20th
    assert totals(sheet, rows["1004"])["on_time"] == 36

    # The stored sessions, counted in Python, and the day-by-day reading agree.
    stored: dict[str, Counter] = {}
    by_day: dict[str, Counter] = {}
    for s in AttendanceSession.select().where(AttendanceSession.day.between(day(1), day(31))):
        stored.setdefault(s.staff.staff_no, Counter())[s.status] += 1
    for when in calendar.workdays(day(1), day(31)):
        for r in attendance.day_sessions(when):
            by_day.setdefault(r.staff_no, Counter())[r.status] += 1
    assert stored == by_day
    for staff_no, counts in stored.items():
        got = totals(sheet, rows[staff_no])
        for key, statuses in monthly.TOTALS:
            assert got[key] == sum(counts[s] for s in statuses), (staff_no, key)
    summary = {p["staff_no"]: p for p in monthly.month_summary(YEAR, MONTH, now=AFTER)}
    assert [p for p in summary] == ["1001", "1002", "1003", "1004"]
    assert all({k: summary[n][k] for k, _ in monthly.TOTALS} == totals(sheet, rows[n]) for n in summary)
    assert summary["1001"]["sessions"] == 36


def test_cells_and_totals_are_one_query_each(hall, tmp_path, monkeypatch):
    monthly.write_month_sheet(YEAR, MONTH, tmp_path / "first.xlsx", now=AFTER)  # derives the month
    seen: list[str] = []
    run_sql = database.obj.execute_sql  # every query of either engine passes here

    def recorded(sql, params=None, *args, **kwargs):
        seen.append(sql)
        return run_sql(sql, params, *args, **kwargs)

    monkeypatch.setattr(database.obj, "execute_sql", recorded)
    monthly.write_month_sheet(YEAR, MONTH, tmp_path / "again.xlsx", now=AFTER)
    monkeypatch.undo()
    reads = [s for s in seen if "attendance_session" in s]
    assert len(reads) == 2, reads
    assert sum("GROUP BY" in s for s in reads) == 1


def test_current_month_leaves_the_future_blank(hall, tmp_path):
    now = dt.datetime(2025, 10, 20, 10, 0)  # Monday morning: the morning is not over
    Punch.delete().where(Punch.at > now).execute()  # nobody has punched yet what is to come
    path = tmp_path / "so-far.xlsx"
    monthly.write_month_sheet(YEAR, MONTH, path, now=now)
    sheet, rows = read(path)
    a = rows["1001"]
    assert cell(sheet, a, 17) == "√" and cell(sheet, a, 19) == "休"
    assert cell(sheet, a, 20) is None  # in progress
    assert [cell(sheet, a, n) for n in (21, 25, 31)] == [None, None, None]
    assert totals(sheet, a)["on_time"] == 10  # 8 workdays up to the 17th, 6 sessions off time
    assert "2025-10-20" in sheet.cell(row=2, column=1).value


def test_printable_on_a4_landscape(hall, tmp_path):
    path = tmp_path / "october.xlsx"
    monthly.write_month_sheet(YEAR, MONTH, path, now=AFTER)
    sheet, _ = read(path)
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and int(setup.paperSize) == 9  # A4
    assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$3:$4"
    assert sheet.freeze_panes == "C5"
    assert sheet.page_margins.left <= 0.3 and sheet.page_margins.right <= 0.3
    first_day = sheet.cell(row=monthly.HEADER_ROWS[1] + 2, column=monthly.FIRST_DAY_COLUMN)
    assert first_day.font.sz <= 8


def test_day_symbol_and_months():
    from app.attendance import AM, LEAVE, ON_TIME, PENDING, PM

    assert monthly.day_symbol({AM: LEAVE, PM: LEAVE}) == "假"
    assert monthly.day_symbol({AM: ON_TIME, PM: LEAVE}) == "√/假"
    assert monthly.day_symbol({AM: ON_TIME, PM: PENDING}) == "√/"
    assert monthly.month_bounds(2024, 2) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert monthly.month_bounds(2025, 12) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    with pytest.raises(ValidationError):
        monthly.month_bounds(2025, 13)


def test_refuses_other_file_types_and_writes_nothing(store, tmp_path):
    with pytest.raises(ValidationError, match="xlsx"):
        monthly.write_month_sheet(YEAR, MONTH, tmp_path / "october.csv", now=AFTER)
    assert list(tmp_path.glob("october*")) == []


def test_a_year_without_the_official_calendar_is_flagged_on_the_sheet(hall, tmp_path):
    path = tmp_path / "2030-01.xlsx"
    assert monthly.write_month_sheet(2030, 1, path, now=AFTER) == 3  # 1003 has left by then
    sheet, rows = read(path)
    assert "official holiday schedule for 2030 is missing" in sheet.cell(row=2, column=1).value
    assert "has not begun" in sheet.cell(row=2, column=1).value
    # Not yet: nothing to show, not even rest days.
    assert all(cell(sheet, rows["1001"], n) is None for n in range(1, 32))
    assert totals(sheet, rows["1001"]) == dict.fromkeys(
        ["late", "early", "missing", "absent", "leave", "on_time"], 0
    )
