"""The week's (or the year's) summary as an Excel workbook: one sheet per table of app.weekly.Summary.

Sheets: units (单位汇总), staff (人员明细), proposals (处理建议) and open items
(待办事项), the names and headings in the reader's language. Each sheet's
header is row 1, frozen, bold and ruled, so that a reader (or a program)
finds the columns where it expects them; figures are numbers and dates are
dates. The period is in each sheet's printed header and the workbook's
properties, not in a title row. Like the monthly sheet, the file is written
beside its place and renamed over it: a failed write leaves no half file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import sanctions, settings, tabular
from app.errors import HallDeskError, ValidationError
from app.i18n import translate
from app.sanction_counts import describe_item
from app.sanction_rules import ISSUED, WEEK, kind_label
from app.weekly import Summary, UnitWeek

MAX_WIDTH = 60  # characters: wider columns wrap


@dataclass(frozen=True)
class Column:
    """A column: its heading, the value of a row, and whether the value is text, a number or a date."""

    heading: str
    value: Callable[[Any], Any]
    kind: str = "number"  # number, text, date
    width: float | None = None  # characters; None: as wide as the contents


def _counts(prefix: list[Column], weekly: bool, person: bool) -> list[Column]:
    def get(key: str) -> Callable[[Any], int]:
        return lambda row: int(getattr(row, key))

    columns = [
        *prefix,
        Column(translate("WeeklyExport", "Half-day sessions"), get("sessions")),
        Column(translate("WeeklyExport", "Late"), get("late")),
        Column(translate("WeeklyExport", "Early leave"), get("early")),
        Column(translate("WeeklyExport", "Absent"), get("absent")),
        Column(translate("WeeklyExport", "Missing punch"), get("missing")),
        Column(translate("WeeklyExport", "Off post"), get("off_post")),
        Column(translate("WeeklyExport", "Inspection findings"), get("findings")),
        Column(translate("WeeklyExport", "Leave sessions"), get("leave_sessions")),
        Column(translate("WeeklyExport", "Commendations"), get("commendations")),
        Column(translate("WeeklyExport", "Violations"), get("violations")),
    ]
    if person and weekly:
        columns.append(Column(translate("WeeklyExport", "Counted by the weekly rule"), get("counted")))
    return columns


def unit_columns(summary: Summary) -> list[Column]:
    weekly = summary.period.window == WEEK

    def before(unit: UnitWeek) -> int:
        previous = summary.previous_of(unit.unit_id)
        return previous.violations if previous else 0

    columns = _counts(
        [
            Column(translate("WeeklyExport", "Unit"), lambda u: u.unit, "text"),
            Column(translate("WeeklyExport", "Staff"), lambda u: u.staff),
        ],
        weekly,
        person=False,
    )
    if weekly:
        columns += [
            Column(translate("WeeklyExport", "Violations the week before"), before),
            Column(translate("WeeklyExport", "Change"), lambda u: u.violations - before(u)),
        ]
    return columns


def staff_columns(summary: Summary) -> list[Column]:
    return _counts(
        [
            Column(translate("WeeklyExport", "Staff no."), lambda p: p.staff_no, "text"),
            Column(translate("WeeklyExport", "Name"), lambda p: p.name, "text"),
            Column(translate("WeeklyExport", "Unit"), lambda p: p.unit, "text"),
        ],
        summary.period.window == WEEK,
        person=True,
    )


def proposal_columns(notices: dict[int, str]) -> list[Column]:
    def status(p: Any) -> str:
        if p.status is None:
            return translate("WeeklyExport", "not yet in the ledger")
        return sanctions.status_label(p.status)

    return [
        Column(translate("WeeklyExport", "Staff no."), lambda p: p.staff_no, "text"),
        Column(translate("WeeklyExport", "Name"), lambda p: p.name, "text"),
        Column(translate("WeeklyExport", "Unit"), lambda p: p.unit, "text"),
        Column(translate("WeeklyExport", "Sanction"), lambda p: kind_label(p.kind), "text"),
        Column(translate("WeeklyExport", "Rule"), lambda p: p.rule, "text"),
        Column(translate("WeeklyExport", "Period"), lambda p: p.period, "text"),
        Column(translate("WeeklyExport", "Counted"), lambda p: p.counted),
        Column(translate("WeeklyExport", "Status"), status, "text"),
        Column(translate("WeeklyExport", "Notice no."), lambda p: notices.get(p.entry_id or 0, ""), "text"),
        Column(
            translate("WeeklyExport", "Evidence"),
            lambda p: "\n".join(describe_item(i) for i in p.evidence),
            "text",
            MAX_WIDTH,
        ),
    ]


@dataclass(frozen=True)
class OpenRow:
    item: str
    day: dt.date | None
    session: str = ""
    staff_no: str = ""
    name: str = ""
    details: str = ""


def open_rows(summary: Summary) -> list[OpenRow]:
    """The open items as rows: days not closed, missing punches, leave and corrections to decide."""
    items = summary.open_items
    session = {"AM": translate("WeeklyExport", "morning"), "PM": translate("WeeklyExport", "afternoon")}
    which = {"in": translate("WeeklyExport", "clock-in"), "out": translate("WeeklyExport", "clock-out")}

    def day(text: str) -> dt.date:
        return dt.date.fromisoformat(text)

    rows = [OpenRow(translate("WeeklyExport", "Duty log not signed off"), d) for d in items.unclosed_days]
    rows += [
        OpenRow(
            translate("WeeklyExport", "Missing punch to check"),
            day(m["day"]),
            session.get(m["session"], m["session"]),
            m["staff_no"],
            m["name"],
        )
        for m in items.missing_punches
    ]
    rows += [
        OpenRow(
            translate("WeeklyExport", "Leave awaiting approval"),
            day(s["from"]),
            "",
            s["staff_no"],
            s["name"],
            translate("WeeklyExport", "{kind}, {first} to {last}").format(
                kind=s["kind"], first=s["from"], last=s["to"]
            ),
        )
        for s in items.pending_leave
    ]
    rows += [
        OpenRow(
            translate("WeeklyExport", "Punch correction awaiting approval"),
            day(c["day"]),
            session.get(c["session"], c["session"]),
            c["staff_no"],
            c["name"],
            f"{which.get(c['which'], c['which'])} {c['time']}",
        )
        for c in items.pending_corrections
    ]
    return rows


def open_columns() -> list[Column]:
    return [
        Column(translate("WeeklyExport", "Item"), lambda r: r.item, "text"),
        Column(translate("WeeklyExport", "Date"), lambda r: r.day, "date", 12),
        Column(translate("WeeklyExport", "Session"), lambda r: r.session, "text"),
        Column(translate("WeeklyExport", "Staff no."), lambda r: r.staff_no, "text"),
        Column(translate("WeeklyExport", "Name"), lambda r: r.name, "text"),
        Column(translate("WeeklyExport", "Details"), lambda r: r.details, "text"),
    ]


def period_text(summary: Summary) -> str:
    """2026-W47 (2026-11-16 – 2026-11-22), the words in the reader's language."""
    period = summary.period
    if period.window == WEEK:
        year, week, _ = period.start.isocalendar()
        label = translate("WeeklyExport", "Week {week} of {year}").format(week=week, year=year)
    else:
        label = translate("WeeklyExport", "Year {year}").format(year=period.start.year)
    return f"{label} ({period.start.isoformat()} – {period.end.isoformat()})"


# ---------------------------------------------------------------- writing


def export(summary: Summary, path: Path | str) -> Path:
    """Write ``summary`` to ``path`` (.xlsx) through a temporary file; returns the path written.

    A path that cannot be written raises ValidationError (field "file") and leaves nothing behind.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(
            translate("WeeklyExport", "The summary is an Excel workbook: name the file *.xlsx."), field="file"
        )
    if path.is_dir():
        raise ValidationError(
            translate("WeeklyExport", "{file} is a folder: give the name of the workbook to write.").format(
                file=path
            ),
            field="file",
        )
    if not path.parent.is_dir():
        raise ValidationError(
            translate("WeeklyExport", "The folder {folder} does not exist: nothing was written.").format(
                folder=path.parent
            ),
            field="file",
        )
    ledger = [p.entry_id for p in summary.proposals if p.status == ISSUED and p.entry_id]
    notices = {entry_id: sanctions.entry(entry_id).notice_no for entry_id in ledger}
    hall = str(settings.get("hall_name") or "")
    try:
        tabular.write_replacing(path, lambda target: _write_book(target, summary, hall, notices))
    except HallDeskError as err:
        if isinstance(err, ValidationError):
            raise
        raise ValidationError(str(err), field="file") from err
    return path


def _write_book(path: Path, summary: Summary, hall: str, notices: dict[int, str]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    period = period_text(summary)
    sheets: list[tuple[str, list[Column], Sequence[Any]]] = [
        (translate("WeeklyExport", "Units"), unit_columns(summary), summary.units),
        (translate("WeeklyExport", "People"), staff_columns(summary), summary.people),
        (translate("WeeklyExport", "Proposals"), proposal_columns(notices), summary.proposals),
        (translate("WeeklyExport", "Open items"), open_columns(), open_rows(summary)),
    ]
    style = _styles(book)
    for title, columns, rows in sheets:
        _write_sheet(book.create_sheet(_sheet_name(title)), columns, rows, f"{hall} {period}".strip(), style)
    props = book.properties
    props.title = translate("WeeklyExport", "Weekly summary {period}").format(period=summary.period.label)
    props.subject = period
    props.creator = "HallDesk"
    props.description = f"{hall} {period}".strip()
    book.save(path)


def _sheet_name(title: str) -> str:
    """A name Excel accepts: at most 31 characters, none of []:*?/\\."""
    for c in "[]:*?/\\":
        title = title.replace(c, " ")
    return title[:31]


def _styles(book: Any) -> dict[str, str]:
    """The cells' looks as named styles of the workbook (far quicker to give 10,000 cells than fonts)."""
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    looks = {
        "head": dict(
            font=Font(size=10, bold=True),
            fill=PatternFill("solid", fgColor="DDEBF7"),
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
        ),
        "text": dict(alignment=Alignment(horizontal="left", vertical="center")),
        "wrap": dict(alignment=Alignment(horizontal="left", vertical="top", wrap_text=True)),
        "number": dict(alignment=Alignment(horizontal="right", vertical="center"), number_format="0"),
        "date": dict(alignment=Alignment(horizontal="left", vertical="center"), number_format="yyyy-mm-dd"),
    }
    names = {}
    for key, look in looks.items():
        name = f"HallDesk {key}"
        look.setdefault("font", Font(size=10))
        book.add_named_style(NamedStyle(name=name, border=border, **look))
        names[key] = name
    return names


def _write_sheet(
    sheet: Any, columns: list[Column], rows: Sequence[Any], header_text: str, style: dict[str, str]
) -> None:
    from openpyxl.worksheet.properties import PageSetupProperties

    widths = [tabular.display_width(c.heading) for c in columns]
    for col, column in enumerate(columns, 1):
        cell = sheet.cell(row=1, column=col, value=column.heading)
        cell.data_type = "s"
        cell.style = style["head"]
    looks = [style["wrap"] if c.width and c.kind == "text" else style[c.kind] for c in columns]
    for r, row in enumerate(rows, 2):
        for col, column in enumerate(columns, 1):
            value = column.value(row)
            cell = sheet.cell(row=r, column=col)
            cell.style = looks[col - 1]
            if column.kind == "text":
                if value:
                    cell.value = str(value)
                    cell.data_type = "s"  # plain text, never a formula
                    lines = str(value).split("\n")
                    widths[col - 1] = max(widths[col - 1], *(tabular.display_width(t) for t in lines))
            else:
                cell.value = value
                if column.kind == "number":
                    widths[col - 1] = max(widths[col - 1], len(str(value)))
    for col, column in enumerate(columns, 1):
        width = column.width or min(MAX_WIDTH, widths[col - 1] + 2)
        sheet.column_dimensions[tabular.column_letter(col - 1)].width = max(6, width)
    sheet.row_dimensions[1].height = 30
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = f"A1:{tabular.column_letter(len(columns) - 1)}{len(rows) + 1}"

    # A4 landscape, one page wide, the header row on every page, the period above.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = "1:1"
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddHeader.center.text = header_text.replace("&", "&&")
    sheet.oddFooter.center.text = translate("WeeklyExport", "Page &P of &N")
