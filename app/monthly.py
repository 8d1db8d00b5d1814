"""月度考勤表: the month's attendance of every staff member on one printable sheet.

One row per person employed at some point in the month, grouped by unit; one
column per day, holding the morning and afternoon sessions' symbols (√/迟 when
they differ); per-person totals of sessions at the right. The symbols are the
Chinese ones the bureau files whatever the reader's language; headings follow
the language.

The cells come from one query over the month's stored sessions and the totals
from one GROUP BY, so the sheet costs the same for 30 or 300 staff.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

from peewee import JOIN, Case, fn

from app import attendance, i18n, settings, tabular
from app import calendar as hall_calendar
from app.attendance import ABSENT, EARLY, LATE, LATE_EARLY, LEAVE, MISSING, ON_TIME, PENDING
from app.errors import ValidationError
from app.i18n import translate
from db.models import AttendanceSession, Staff, Unit, Window

# The filed document's symbols, the same in every language.
SYMBOLS = {
    ON_TIME: "√",
    LATE: "迟",
    EARLY: "早",
    LATE_EARLY: "迟早",
    MISSING: "缺",
    ABSENT: "旷",
    LEAVE: "假",
    PENDING: "",  # today's session not over yet
}
REST = "休"
# The totals columns: (key, statuses counted). A session both late and early counts in both.
TOTALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("late", (LATE, LATE_EARLY)),
    ("early", (EARLY, LATE_EARLY)),
    ("missing", (MISSING,)),
    ("absent", (ABSENT,)),
    ("leave", (LEAVE,)),
    ("on_time", (ON_TIME,)),
)
EXCEPTIONS = frozenset({LATE, EARLY, LATE_EARLY, MISSING, ABSENT})

FIRST_DAY_COLUMN = 3  # C: after staff number and name
HEADER_ROWS = (3, 4)  # day numbers, weekdays


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last date of a month; ValidationError for a month that does not exist."""
    try:
        first = dt.date(year, month, 1)
    except (TypeError, ValueError):
        raise ValidationError(
            translate("MonthlySheet", "{year}-{month} is not a month.").format(year=year, month=month),
            field="month",
        ) from None
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def _derive(first: dt.date, last: dt.date, now: dt.datetime) -> None:
    if first <= now.date():
        attendance.ensure_derived(first, min(last, now.date()), now=now)


def _people(first: dt.date, last: dt.date) -> list[dict[str, Any]]:
    """Everyone employed at some point in [first, last], in unit, window, staff-number order."""
    q = (
        Staff.select(
            Staff.id.alias("staff_id"),
            Staff.staff_no,
            Staff.name,
            Staff.hire_date,
            Staff.left_on,
            Unit.name.alias("unit"),
            Window.number.alias("window"),
        )
        .join(Unit, on=(Staff.unit == Unit.id))
        .switch(Staff)
        .join(Window, JOIN.LEFT_OUTER, on=(Staff.window == Window.id))
        .where((Staff.hire_date <= last) & (Staff.left_on.is_null() | (Staff.left_on >= first)))
        .order_by(
            Unit.sort_order,
            Unit.name,
            Window.number.asc(nulls="LAST"),
            fn.LENGTH(Staff.staff_no),
            Staff.staff_no,
        )
    )
    return list(q.dicts())


def _totals(first: dt.date, last: dt.date) -> dict[int, dict[str, int]]:
    """Per person: sessions of each kind in [first, last] (one GROUP BY)."""
    status = AttendanceSession.status
    columns = [
        fn.SUM(Case(None, [(status.in_(list(statuses)), 1)], 0)).alias(key) for key, statuses in TOTALS
    ]
    q = (
        AttendanceSession.select(
            AttendanceSession.staff.alias("staff_id"),
            *columns,
            fn.SUM(Case(None, [(status != PENDING, 1)], 0)).alias("sessions"),
        )
        .where(AttendanceSession.day.between(first, last))
        .group_by(AttendanceSession.staff)
    )
    keys = [key for key, _ in TOTALS] + ["sessions"]
    return {r["staff_id"]: {k: int(r[k] or 0) for k in keys} for r in q.dicts()}


def _summary(first: dt.date, last: dt.date) -> list[dict[str, Any]]:
    totals = _totals(first, last)
    zero = dict.fromkeys([key for key, _ in TOTALS] + ["sessions"], 0)
    return [{**person, **totals.get(person["staff_id"], zero)} for person in _people(first, last)]


def month_summary(year: int, month: int, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Per person employed in the month: staff_id, staff_no, name, unit, window, hire_date,
    left_on and the counts of sessions late, early, missing, absent, leave, on_time and
    sessions (all finished sessions), in sheet order."""
    first, last = month_bounds(year, month)
    _derive(first, last, now or dt.datetime.now())
    return _summary(first, last)


def _cells(first: dt.date, last: dt.date) -> dict[tuple[int, dt.date], dict[str, str]]:
    """(staff id, day) → {session: status} for the whole month, from one query."""
    out: dict[tuple[int, dt.date], dict[str, str]] = defaultdict(dict)
    q = AttendanceSession.select(
        AttendanceSession.staff, AttendanceSession.day, AttendanceSession.session, AttendanceSession.status
    ).where(AttendanceSession.day.between(first, last))
    for staff_id, day, session, status in q.tuples():
        out[(staff_id, day)][session] = status
    return out


def day_symbol(statuses: dict[str, str]) -> str:
    """The cell of one day: one symbol when both sessions agree, else morning/afternoon."""
    am = SYMBOLS.get(statuses.get(attendance.AM, ""), "")
    pm = SYMBOLS.get(statuses.get(attendance.PM, ""), "")
    return am if am == pm else f"{am}/{pm}"


def _weekday(day: dt.date) -> str:
    return (
        translate("MonthlySheet", "Mo"),
        translate("MonthlySheet", "Tu"),
        translate("MonthlySheet", "We"),
        translate("MonthlySheet", "Th"),
        translate("MonthlySheet", "Fr"),
        translate("MonthlySheet", "Sa"),
        translate("MonthlySheet", "Su"),
    )[day.weekday()]


def _total_headers() -> list[str]:
    return [
        translate("MonthlySheet", "Late"),
        translate("MonthlySheet", "Early leave"),
        translate("MonthlySheet", "Missing punch"),
        translate("MonthlySheet", "Absent"),
        translate("MonthlySheet", "Leave"),
        translate("MonthlySheet", "On time"),
    ]


def legend() -> str:
    """The line under the table that says what the symbols mean."""
    label = attendance.status_label
    items = [(SYMBOLS[s], label(s)) for s in (ON_TIME, LATE, EARLY, LATE_EARLY, MISSING, ABSENT, LEAVE)]
    items.append((REST, translate("MonthlySheet", "rest day")))
    return translate("MonthlySheet", "Legend: {items}. {note}").format(
        items=i18n.join(f"{symbol} {text}" for symbol, text in items),
        note=translate(
            "MonthlySheet",
            "A day whose morning and afternoon differ shows both, morning first (√/迟); "
            "blank: not employed, or not yet. Totals count half-day sessions.",
        ),
    )


def write_month_sheet(year: int, month: int, path: Path, now: dt.datetime | None = None) -> int:
    """Write the month's 月度考勤表 to ``path`` (.xlsx); returns how many staff it lists."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(
            translate("MonthlySheet", "The monthly sheet is an Excel workbook: name the file *.xlsx."),
            field="output",
        )
    now = now or dt.datetime.now()
    first, last = month_bounds(year, month)
    _derive(first, last, now)
    days = hall_calendar.days(first, last)
    people = _summary(first, last)
    cells = _cells(first, last)
    hall = settings.get("hall_name")
    warnings = [hall_calendar.missing_year_warning(y) for y in hall_calendar.missing_years(first, last)]

    def write(target: Path) -> None:
        _write_book(target, hall, first, now.date(), days, people, cells, warnings)

    tabular.write_replacing(path, write)
    return len(people)


def _write_book(
    path: Path,
    hall: str,
    first: dt.date,
    today: dt.date,
    days: list[hall_calendar.DayInfo],
    people: list[dict[str, Any]],
    cells: dict[tuple[int, dt.date], dict[str, str]],
    warnings: list[str],
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.properties import PageSetupProperties

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", shrink_to_fit=True)
    wrap = Alignment(horizontal="center", vertical="center", wrap_text=True)
    small, bold, normal = Font(size=8), Font(size=9, bold=True), Font(size=9)
    exception = Font(size=8, bold=True, color="C00000")
    rest_fill = PatternFill("solid", fgColor="EDEDED")
    unit_fill = PatternFill("solid", fgColor="DDEBF7")

    totals = _total_headers()
    last_day_col = FIRST_DAY_COLUMN + len(days) - 1
    last_col = last_day_col + len(totals)
    letter = tabular.column_letter  # 0-based

    book = Workbook()
    sheet = book.active
    sheet.title = f"{first.year}-{first.month:02d}"

    def text(row: int, col: int, value: str, font=normal, align=centre) -> None:
        cell = sheet.cell(row=row, column=col)
        cell.value = value
        cell.data_type = "s"  # plain text, never a formula
        cell.font, cell.alignment = font, align

    title = translate("MonthlySheet", "{hall}: attendance sheet for {year}-{month}").format(
        hall=hall, year=first.year, month=first.month
    )
    text(1, 1, title, Font(size=16, bold=True))
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_col)
    sheet.row_dimensions[1].height = 28
    period_end = min(days[-1].day, today)
    info = (
        translate("MonthlySheet", "Sessions up to {day}.").format(day=period_end.isoformat())
        if first <= today
        else translate("MonthlySheet", "The month has not begun.")
    )
    text(2, 1, " ".join([info, *warnings]), Font(size=9, color="C00000" if warnings else "000000"))
    sheet.cell(row=2, column=1).alignment = Alignment(horizontal="left", vertical="center")
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last_col)

    top, bottom = HEADER_ROWS
    for col, heading in ((1, translate("MonthlySheet", "Staff no.")), (2, translate("MonthlySheet", "Name"))):
        text(top, col, heading, bold, wrap)
        sheet.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
    for i, info_day in enumerate(days):
        col = FIRST_DAY_COLUMN + i
        text(top, col, str(info_day.day.day), bold)
        text(bottom, col, _weekday(info_day.day), small)
        if not info_day.workday:
            for row in HEADER_ROWS:
                sheet.cell(row=row, column=col).fill = rest_fill
    for i, heading in enumerate(totals):
        col = last_day_col + 1 + i
        text(top, col, heading, Font(size=8, bold=True), wrap)
        sheet.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=col)
    sheet.row_dimensions[top].height = 30

    row = bottom
    unit = None
    for person in people:
        if person["unit"] != unit:
            unit = person["unit"]
            row += 1
            text(row, 1, unit, bold, Alignment(horizontal="left", vertical="center"))
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
            for col in range(1, last_col + 1):
                sheet.cell(row=row, column=col).fill = unit_fill
        row += 1
        text(row, 1, person["staff_no"], normal)
        sheet.cell(row=row, column=1).number_format = "@"
        text(row, 2, person["name"], normal, Alignment(horizontal="left", vertical="center"))
        hired, left = person["hire_date"], person["left_on"]
        for i, info_day in enumerate(days):
            day = info_day.day
            employed = hired <= day and (left is None or day <= left)
            statuses = cells.get((person["staff_id"], day))
            col = FIRST_DAY_COLUMN + i
            if statuses:
                symbol = day_symbol(statuses)
                font = exception if EXCEPTIONS.intersection(statuses.values()) else small
            else:
                symbol = REST if employed and not info_day.workday and day <= today else ""
                font = small
            if symbol:
                text(row, col, symbol, font)
            if not info_day.workday:
                sheet.cell(row=row, column=col).fill = rest_fill
        for i, (key, _statuses) in enumerate(TOTALS):
            cell = sheet.cell(row=row, column=last_day_col + 1 + i, value=person[key])
            cell.font, cell.alignment = normal, centre
    table_end = row

    for r in range(top, table_end + 1):
        for col in range(1, last_col + 1):
            sheet.cell(row=r, column=col).border = border

    text(
        table_end + 2, 1, legend(), Font(size=9), Alignment(horizontal="left", vertical="top", wrap_text=True)
    )
    sheet.merge_cells(start_row=table_end + 2, start_column=1, end_row=table_end + 2, end_column=last_col)
    sheet.row_dimensions[table_end + 2].height = 30
    signatures = translate("MonthlySheet", "Prepared by: {blank}  Checked by: {blank}  Date: {blank}").format(
        blank="________"
    )
    text(table_end + 3, 1, signatures, Font(size=10), Alignment(horizontal="left", vertical="center"))
    sheet.merge_cells(start_row=table_end + 3, start_column=1, end_row=table_end + 3, end_column=last_col)

    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = max(
        8, min(16, max((tabular.display_width(p["name"]) for p in people), default=6) + 2)
    )
    for col in range(FIRST_DAY_COLUMN, last_day_col + 1):
        sheet.column_dimensions[letter(col - 1)].width = 4.6
    for col in range(last_day_col + 1, last_col + 1):
        sheet.column_dimensions[letter(col - 1)].width = 6
    sheet.freeze_panes = f"{letter(FIRST_DAY_COLUMN - 1)}{bottom + 1}"

    # A4 landscape, one page wide, the header rows on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{top}:{bottom}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.25
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.page_margins.header = sheet.page_margins.footer = 0.2
    sheet.oddFooter.center.text = translate("MonthlySheet", "Page &P of &N")
    book.save(path)
