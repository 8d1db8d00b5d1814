"""Which days are workdays: Monday-Friday, minus public holidays, plus make-up
workdays (调休上班), from the ``chinesecalendar`` package for the years it
knows, with the administrator's own entries on top.

A year the package does not know and the administrator has not entered is
treated as plain Monday-Friday, and ``missing_years`` says so, so that the
window can show the warning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app import records
from app.auth import Permission, Session, require
from app.errors import Problem, ValidationError
from app.i18n import translate
from db.connection import database
from db.models import CalendarDay, CalendarYear

HOLIDAY = "holiday"
WORKDAY = "workday"
KINDS = (HOLIDAY, WORKDAY)
MAX_DAY_NAME = 50  # CalendarDay.name


@dataclass(frozen=True)
class DayInfo:
    day: dt.date
    workday: bool
    kind: str  # "weekday", "weekend", "holiday", "workday" (make-up)
    name: str
    source: str  # "admin", "official", "weekday rule"


@cache
def _package_years() -> tuple[int, int]:
    import chinese_calendar

    years = sorted({d.year for d in chinese_calendar.holidays})
    return years[0], years[-1]


def package_knows(year: int) -> bool:
    first, last = _package_years()
    return first <= year <= last


def _package_day(day: dt.date) -> tuple[str, str] | None:
    """("holiday"|"workday", name) when the official schedule changes the weekday rule."""
    import chinese_calendar

    if day in chinese_calendar.holidays and day.weekday() < 5:
        return HOLIDAY, _official_name(chinese_calendar.holidays[day])
    if day in chinese_calendar.workdays and day.weekday() >= 5:
        return WORKDAY, _official_name(chinese_calendar.workdays[day])
    if day in chinese_calendar.holidays:
        return HOLIDAY, _official_name(chinese_calendar.holidays[day])
    return None


OFFICIAL_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


def _official_name(holiday) -> str:
    value = getattr(holiday, "value", holiday)
    text = value[0] if isinstance(value, tuple) else str(value)
    return OFFICIAL_NAMES.get(text, text)


def entered_years() -> set[int]:
    return {y.year for y in CalendarYear.select(CalendarYear.year)}


def missing_years(start: dt.date, end: dt.date) -> list[int]:
    """Years in [start, end] with no official holiday schedule (package or administrator)."""
    entered = entered_years()
    return [y for y in range(start.year, end.year + 1) if not package_knows(y) and y not in entered]


def days(start: dt.date, end: dt.date) -> list[DayInfo]:
    """Every date from start to end inclusive, with whether it is a workday and why."""
    overrides = {
        c.day: c for c in CalendarDay.select().where((CalendarDay.day >= start) & (CalendarDay.day <= end))
    }
    out = []
    day = start
    while day <= end:
        own = overrides.get(day)
        if own is not None:
            out.append(DayInfo(day, own.kind == WORKDAY, own.kind, own.name, "admin"))
        else:
            official = _package_day(day) if package_knows(day.year) else None
            if official is not None:
                kind, name = official
                out.append(DayInfo(day, kind == WORKDAY, kind, name, "official"))
            elif day.weekday() < 5:
                out.append(DayInfo(day, True, "weekday", "", "weekday rule"))
            else:
                out.append(DayInfo(day, False, "weekend", "", "weekday rule"))
        day += dt.timedelta(days=1)
    return out


def workdays(start: dt.date, end: dt.date) -> list[dt.date]:
    return [d.day for d in days(start, end) if d.workday]


def is_workday(day: dt.date) -> bool:
    return days(day, day)[0].workday


def missing_year_warning(year: int) -> str:
    return translate(
        "Calendar",
        "The official holiday schedule for {year} is missing: HallDesk treats {year} as plain "
        "Monday to Friday until the administrator enters its public holidays and make-up "
        "workdays (Administration ▸ Calendar, or halldesk calendar import).",
    ).format(year=year)


# ---------------------------------------------------------------- the administrator's entries


def set_day(session: Session, day: dt.date, kind: str | None, name: str = "") -> None:
    """Mark ``day`` a holiday or make-up workday, or (kind None) return it to the official rule."""
    require(session, Permission.ADMIN)
    with database.atomic():  # the entry and its stale attendance together, or neither
        _set_day(session, day, kind, name)
        _changed([day])


def _set_day(session: Session, day: dt.date, kind: str | None, name: str) -> None:
    current = CalendarDay.get_or_none(CalendarDay.day == day)
    if kind is None:
        if current is not None:
            # Calendar entries are settings, not records of people: returning a
            # date to the official rule removes the entry, and the trail keeps it.
            from app import audit

            audit.record(
                session.username, "delete", "calendar_day", current.id, audit.snapshot(current), None
            )
            current.delete_instance()
        return
    if kind not in KINDS:
        raise ValidationError(translate("Calendar", "Kind must be holiday or workday."), field="kind")
    name = name.strip()
    problem = name_problem(name)
    if problem:
        raise ValidationError(problem, field="name")
    if current is None:
        records.create(session.username, CalendarDay, day=day, kind=kind, name=name)
    else:
        records.update(session.username, CalendarDay, current.id, None, {"kind": kind, "name": name})


def name_problem(name: str) -> str:
    """Why ``name`` cannot name a holiday ("" when it can)."""
    from app.tabular import CONTROL_RE

    if len(name) > MAX_DAY_NAME:
        return translate("Calendar", "A day's name has at most {n} characters.").format(n=MAX_DAY_NAME)
    if CONTROL_RE.search(name):
        # NUL and the like: PostgreSQL refuses them, and no holiday's name has them.
        return translate("RosterImport", "This cell holds control characters. Remove them and try again.")
    return ""


def mark_year_entered(session: Session, year: int) -> None:
    require(session, Permission.ADMIN)
    with database.atomic():
        if not CalendarYear.select().where(CalendarYear.year == year).exists():
            records.create(session.username, CalendarYear, year=year, entered_by=session.username)


KIND_WORDS = {
    "holiday": HOLIDAY,
    "节假日": HOLIDAY,
    "假日": HOLIDAY,
    "放假": HOLIDAY,
    "休": HOLIDAY,
    "workday": WORKDAY,
    "工作日": WORKDAY,
    "调休上班": WORKDAY,
    "上班": WORKDAY,
    "班": WORKDAY,
}


@dataclass
class CalendarImport:
    days: int
    years: list[int]

    def summary(self) -> str:
        return translate("Calendar", "{n} dates entered for {years}.").format(
            n=self.days, years=", ".join(str(y) for y in self.years)
        )


def import_csv(session: Session, path: Path) -> CalendarImport:
    """Enter a year's holidays from a .csv of date, kind, name (header optional).

    Every year the file touches is marked as entered. All rows or none.
    """
    from app.tabular import CellError, cell_date, cell_text, read_sheet

    require(session, Permission.ADMIN)
    sheet = read_sheet(Path(path))
    rows = sheet.rows
    try:  # the header is optional: a first row that starts with a date is data
        if cell_date(sheet.header[0]) is not None:
            rows = [(sheet.header_row, sheet.header), *rows]
    except CellError:
        pass
    problems: list[Problem] = []
    parsed: list[tuple[dt.date, str, str]] = []
    for number, cells in rows:
        texts = [cell_text(c) for c in cells]
        if len(texts) < 2 or not texts[1]:
            problems.append(Problem(translate("Calendar", "Expected date, kind, name."), row=number))
            continue
        try:
            day = cell_date(cells[0])
            if day is None:  # a kind and a name but no date: never dropped silently
                problems.append(Problem(translate("Calendar", "Expected date, kind, name."), row=number))
        except CellError as err:
            problems.append(Problem(str(err), row=number))
            day = None
        kind = KIND_WORDS.get(texts[1].lower())
        if kind is None:
            problems.append(
                Problem(
                    translate(
                        "Calendar", "'{value}' is not a kind: use holiday or workday (节假日 or 调休上班)."
                    ).format(value=texts[1]),
                    row=number,
                )
            )
        name = texts[2].strip() if len(texts) > 2 else ""
        if problem := name_problem(name):
            problems.append(Problem(problem, row=number))
        elif day is not None and kind is not None:
            parsed.append((day, kind, name))
    if not parsed and not problems:
        problems.append(Problem(translate("Calendar", "The file lists no dates.")))
    if problems:
        raise ValidationError(problems)
    years = sorted({d.year for d, _, _ in parsed})
    with database.atomic():
        for day, kind, name in parsed:
            _set_day(session, day, kind, name)
        for year in years:
            if not CalendarYear.select().where(CalendarYear.year == year).exists():
                records.create(session.username, CalendarYear, year=year, entered_by=session.username)
        _changed([d for d, _, _ in parsed])
    return CalendarImport(len(parsed), years)


def _changed(changed: list[dt.date]) -> None:
    """A changed calendar changes the attendance of those dates."""
    from app import attendance

    attendance.invalidate_days(changed)
