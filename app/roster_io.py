"""The staff roster to and from .xlsx and .csv files.

An import is all or nothing: it reads the whole file, checks every row, and
writes only when every row is good; otherwise it lists every bad row with its
number (the header is row 1, as Excel shows it) and writes nothing. Staff are
matched by staff number; units and windows the file names are created when new.

An import never reinstates someone who has left: an old roster file with an
empty leaving date would otherwise bring people back silently. Reinstating is
``roster.undo_leaving``.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import IntegrityError

from app import attendance, i18n, records, roster
from app.auth import Permission, Session, require
from app.errors import ConflictError, Problem, ValidationError
from app.i18n import translate
from app.tabular import (
    CONTROL_RE,
    CellError,
    cell_code,
    cell_date,
    cell_text,
    column_letter,
    display_width,
    map_columns,
    read_sheet,
    write_replacing,
)
from db.connection import database
from db.models import Staff, Unit, Window

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 200

# Accepted headers per field, in export order; export writes the first.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "staff_no": ("工号", "staff_no", "staff number", "人员编号"),
    "name": ("姓名", "name"),
    "unit": ("单位", "unit", "所属单位", "局属单位", "窗口单位"),
    "window": ("窗口", "window", "窗口号", "窗口编号", "window number"),
    "position": ("职务", "position", "职位"),
    "hire_date": ("入职日期", "hire_date", "hire date", "hired on"),
    "trained_on": ("岗前培训合格日期", "trained_on", "岗前培训日期", "training date"),
    "mobile": ("手机", "mobile", "手机号", "手机号码", "联系电话", "电话", "phone"),
    "left_on": ("离职日期", "left_on", "leaving date"),
    "left_reason": ("离职原因", "left_reason", "leaving reason"),
    "note": ("备注", "note", "notes"),
}
FIELDS = tuple(HEADER_ALIASES)
REQUIRED = ("staff_no", "name", "unit", "hire_date")
DATE_FIELDS = frozenset({"hire_date", "trained_on", "left_on"})
# Codes that must be plain ASCII: full-width digits typed on a Chinese keyboard are folded.
CODE_FIELDS = frozenset({"staff_no", "window", "mobile"})
TEXT_WIDTHS = {"name": 10, "unit": 22, "position": 12, "left_reason": 16, "note": 24}


@dataclass
class ImportReport:
    """What an import did; ``summary()`` is the text to show."""

    rows: int = 0
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    left_recorded: list[str] = field(default_factory=list)
    units_created: list[str] = field(default_factory=list)
    windows_created: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [translate("RosterImport", "Rows read: {n}.").format(n=self.rows)]
        for empty, listed, items in (
            (
                translate("RosterImport", "Staff added: {n}."),
                translate("RosterImport", "Staff added: {n} ({items})."),
                self.created,
            ),
            (
                translate("RosterImport", "Staff updated: {n}."),
                translate("RosterImport", "Staff updated: {n} ({items})."),
                self.updated,
            ),
        ):
            lines.append((listed if items else empty).format(n=len(items), items=_listing(items)))
        lines.append(translate("RosterImport", "Staff unchanged: {n}.").format(n=self.unchanged))
        for text, items in (
            (translate("RosterImport", "Leaving recorded: {n} ({items})."), self.left_recorded),
            (translate("RosterImport", "Units created: {n} ({items})."), self.units_created),
            (translate("RosterImport", "Windows created: {n} ({items})."), self.windows_created),
        ):
            if items:
                lines.append(text.format(n=len(items), items=_listing(items)))
        return "\n".join(lines)


def _listing(items: list[str], limit: int = 20) -> str:
    return i18n.join(items[:limit]) + ("…" if len(items) > limit else "")


# ---------------------------------------------------------------- headers and rows


@dataclass
class _Row:
    number: int
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def bad(self, name: str, message: str) -> None:
        self.problems.append(Problem(message, field=name, row=self.number))


def _parse_row(number: int, cells: list[Any], columns: dict[int, str]) -> _Row:
    row = _Row(number)
    for index, cell in enumerate(cells):
        name = columns.get(index)
        if name is None:
            if cell_text(cell):
                row.problems.append(
                    Problem(
                        translate(
                            "RosterImport",
                            "Column {column} holds a value, but the column has no header. "
                            "Remove the value or give the column a header.",
                        ).format(column=column_letter(index)),
                        row=number,
                    )
                )
            continue
        if name in DATE_FIELDS:
            try:
                row.values[name] = cell_date(cell)
            except CellError as err:
                row.values[name] = None
                row.bad(name, str(err))
            continue
        text = cell_code(cell) if name in CODE_FIELDS else cell_text(cell)
        if name == "window":
            text = text.upper()
        elif name == "mobile":
            text = text.replace(" ", "")
        if CONTROL_RE.search(text):
            row.bad(
                name,
                translate("RosterImport", "This cell holds control characters. Remove them and try again."),
            )
        row.values[name] = text
    for name in set(columns.values()) - row.values.keys():
        row.values[name] = None if name in DATE_FIELDS else ""  # a short row: its last cells are empty
    return row


def _mark_duplicates(rows: list[_Row]) -> None:
    by_number: dict[str, list[_Row]] = {}
    for row in rows:
        if row.values.get("staff_no"):
            by_number.setdefault(row.values["staff_no"], []).append(row)
    for staff_no, group in by_number.items():
        if len(group) > 1:
            numbers = i18n.join(r.number for r in group)
            for row in group:
                row.bad(
                    "staff_no",
                    translate(
                        "RosterImport", "Staff number {no} appears more than once in the file: rows {rows}."
                    ).format(no=staff_no, rows=numbers),
                )


# ---------------------------------------------------------------- import


def import_roster(
    session: Session, path: str | os.PathLike, *, progress: Progress | None = None
) -> ImportReport:
    """Import a roster file; raises ValidationError listing every bad row, writing nothing.

    ``progress(done, total)`` is called every few hundred rows (the rows are
    passed twice: once to check, once to write).
    """
    require(session, Permission.ROSTER)
    path = Path(path)
    table = read_sheet(path)
    columns = map_columns(table, HEADER_ALIASES, REQUIRED)
    rows = [_parse_row(number, cells, columns) for number, cells in table.rows]
    _mark_duplicates(rows)
    try:
        with database.atomic():
            return _Importer(session, set(columns.values()), progress).run(rows)
    except IntegrityError as exc:
        # Another PC saved the same staff number, unit or window meanwhile.
        raise ConflictError(
            translate(
                "RosterImport",
                "Someone else changed the roster while this file was imported, so nothing was "
                "imported. Import the file again.",
            )
        ) from exc


class _Importer:
    """One import inside its transaction: looks records up once, then checks and writes."""

    def __init__(self, session: Session, present: set[str], progress: Progress | None) -> None:
        self.session = session
        self.present = present
        self.progress = progress
        self.staff = {s.staff_no: s for s in Staff.select()}
        self.units = {u.name: u.id for u in Unit.select(Unit.id, Unit.name)}
        self.windows = {w.number: w.id for w in Window.select(Window.id, Window.number)}
        self.failed: dict[tuple[str, str], list[Problem]] = {}
        self.report = ImportReport()
        self.dated: list[int] = []  # people added or with new hire/leaving dates

    def _tick(self, done: int, total: int) -> None:
        if self.progress is not None and done % PROGRESS_EVERY == 0:
            self.progress(done, total)

    def run(self, rows: list[_Row]) -> ImportReport:
        total = 2 * len(rows)
        self.report.rows = len(rows)
        plans = []
        problems: list[Problem] = []
        for i, row in enumerate(rows, start=1):
            plan = self._check(row)
            problems.extend(row.problems)
            if plan is not None:
                plans.append(plan)
            self._tick(i, total)
        if problems:
            raise ValidationError(list(dict.fromkeys(problems)))  # one line per problem, in row order
        for i, (current, changes, leaving) in enumerate(plans, start=len(rows) + 1):
            self._write(current, changes, leaving)
            self._tick(i, total)
        self.report.unchanged = len(rows) - len(plans)
        # Sessions run between hire and leaving dates: their attendance is derived again.
        attendance.rederive_people(self.dated)
        if self.progress is not None:
            self.progress(total, total)
        return self.report

    def _created(self, kind: str, key: str, row: _Row, make: Callable[[], Any], fields: dict[str, str]):
        """Create a unit or window once per import, or remember why it could not be."""
        if any(p.field == kind for p in row.problems):
            return None  # the cell itself is bad (control characters): said once is enough
        if (kind, key) in self.failed:
            row.problems.extend(Problem(p.message, p.field, row.number) for p in self.failed[(kind, key)])
            return None
        try:
            return make()
        except ValidationError as err:
            mapped = [Problem(p.message, fields.get(p.field or "", kind), row.number) for p in err.problems]
            self.failed[(kind, key)] = mapped
            row.problems.extend(mapped)
            return None

    def _unit_id(self, row: _Row) -> int | None:
        name = " ".join((row.values.get("unit") or "").split())
        if not name:
            return None
        if name not in self.units:
            unit = self._created(
                "unit", name, row, lambda: roster.add_unit(self.session, name), {"name": "unit"}
            )
            if unit is None:
                return None
            self.units[name] = unit.id
            self.report.units_created.append(name)
        return self.units[name]

    def _window_id(self, row: _Row, unit_id: int | None, current: Staff | None) -> int | None:
        if "window" not in self.present:
            return current.window_id if current is not None else None
        number = row.values.get("window") or ""
        if not number or unit_id is None:
            return self.windows.get(number) if number else None
        if number not in self.windows:
            window = self._created(
                "window",
                number,
                row,
                lambda: roster.add_window(self.session, unit_id, number),
                {"number": "window", "title": "window", "unit": "unit"},
            )
            if window is None:
                return None
            self.windows[number] = window.id
            self.report.windows_created.append(number)
        return self.windows[number]

    def _check(self, row: _Row) -> tuple[Staff | None, dict[str, Any], bool] | None:
        """The write a good row needs (None when nothing changes); problems go on the row."""
        v = row.values
        staff_no = v.get("staff_no") or ""
        current = self.staff.get(staff_no)
        unit_id = self._unit_id(row)
        window_id = self._window_id(row, unit_id, current)

        def pick(name: str, default: Any) -> Any:
            if name in v:
                return v[name]
            return getattr(current, name) if current is not None else default

        mobile = pick("mobile", "")
        if current is not None and mobile != current.mobile and mobile == roster.mask_mobile(current.mobile):
            mobile = current.mobile  # a masked export read back is not a change
        data = roster.StaffInput(
            staff_no=staff_no,
            name=pick("name", ""),
            unit_id=unit_id,
            window_id=window_id,
            position=pick("position", ""),
            mobile=mobile,
            hire_date=pick("hire_date", None),
            trained_on=pick("trained_on", None),
            note=pick("note", ""),
        )
        left_on = v.get("left_on")
        reason = " ".join((v.get("left_reason") or "").split())
        already_left = current is not None and current.left_on is not None
        if already_left:
            left_on = left_on or current.left_on
            reason = reason or current.left_reason
        elif left_on is not None:
            reason = reason or translate("RosterImport", "recorded as left in an imported roster file")
        fields = roster.staff_fields(data)
        fields.update(left_on=left_on, left_reason=reason)

        if current is not None:
            changes = {k: x for k, x in fields.items() if k != "pinyin" and current.__data__.get(k) != x}
            if not changes:
                return None
            if "name" in changes:
                changes["pinyin"] = fields["pinyin"]
        else:
            changes = fields
        if current is None or changes.keys() - {"left_on", "left_reason"}:
            # A field that already has a problem (a cell that is not a date, a
            # unit that could not be created) gets no second, derived one.
            known = {p.field for p in row.problems}
            for p in roster.validate_staff(data, current.id if current is not None else None):
                if p.field is None or p.field not in known:
                    row.problems.append(Problem(p.message, p.field, row.number))
        self._check_leaving(row, data.hire_date, left_on, reason, changes.keys())
        if row.problems:
            return None
        return current, changes, left_on is not None and not already_left

    def _check_leaving(
        self, row: _Row, hire_date: dt.date | None, left_on: dt.date | None, reason: str, changed: Any
    ) -> None:
        """The checks of ``roster.record_leaving``, for what this row changes."""
        if left_on is None:
            if reason:
                row.bad(
                    "left_on",
                    translate("RosterImport", "A reason for leaving is given but no leaving date."),
                )
            return
        if changed & {"left_on", "hire_date"} and hire_date is not None and left_on < hire_date:
            row.bad(
                "left_on",
                translate("Roster", "The leaving date is before the hire date ({date}).").format(
                    date=hire_date.isoformat()
                ),
            )
        if "left_on" in changed and left_on > roster.today() + dt.timedelta(days=366):
            row.bad("left_on", translate("Roster", "The leaving date is more than a year ahead."))
        if "left_reason" in changed and len(reason) > roster.MAX_TEXT:
            row.bad("left_reason", translate("Roster", "At most {n} characters.").format(n=roster.MAX_TEXT))

    def _write(self, current: Staff | None, changes: dict[str, Any], leaving: bool) -> None:
        user = self.session.username
        if current is None:
            self.dated.append(records.create(user, Staff, **changes).id)
            self.report.created.append(changes["staff_no"])
        else:
            action = "leave" if leaving else "update"
            records.update(user, Staff, current.id, current.version, changes, action=action)
            self.report.updated.append(current.staff_no)
            if changes.keys() & {"hire_date", "left_on"}:
                self.dated.append(current.id)
        if leaving:
            self.report.left_recorded.append(changes.get("staff_no") or current.staff_no)


# ---------------------------------------------------------------- export


def _export_header(name: str) -> str:
    return HEADER_ALIASES[name][0]


def _export_values(row: roster.StaffRow) -> list[Any]:
    values = {
        "staff_no": row.staff_no,
        "name": row.name,
        "unit": row.unit_name,
        "window": row.window_number,
        "position": row.position,
        "hire_date": row.hire_date,
        "trained_on": row.trained_on,
        "mobile": row.mobile,
        "left_on": row.left_on,
        "left_reason": row.left_reason if row.left_on else "",
        "note": row.note,
    }
    return [values[name] for name in FIELDS]


def export_roster(
    session: Session | None,
    path: str | os.PathLike,
    include_left: bool = False,
    *,
    progress: Progress | None = None,
) -> int:
    """Write the roster to .xlsx or .csv (by extension); returns the number of staff written.

    Headers are Chinese, so the file imports back unchanged. Mobiles are
    masked unless ``session`` may read contact data. The file is written
    beside the target and renamed over it, so a failure never leaves half a file.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError(
            translate("RosterExport", "Export the roster as an Excel workbook (.xlsx) or a CSV file (.csv)."),
            field="file",
        )
    if session is not None:
        require(session, Permission.READ)
    rows = roster.list_staff(session, status="all" if include_left else "active")
    writer = _write_xlsx if suffix == ".xlsx" else _write_csv
    write_replacing(path, lambda tmp: writer(tmp, rows, progress))
    return len(rows)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and done % PROGRESS_EVERY == 0:
        progress(done, total)


def _write_csv(path: Path, rows: list[roster.StaffRow], progress: Progress | None) -> None:
    # UTF-8 with a BOM: without it Excel reads the Chinese as the local code page.
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([_export_header(n) for n in FIELDS])
        for i, row in enumerate(rows, start=1):
            writer.writerow([v.isoformat() if isinstance(v, dt.date) else v for v in _export_values(row)])
            _report(progress, i, len(rows))
    if progress is not None:
        progress(len(rows), len(rows))


def _write_xlsx(path: Path, rows: list[roster.StaffRow], progress: Progress | None) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = translate("RosterExport", "Roster")
    sheet.append([_export_header(n) for n in FIELDS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [display_width(_export_header(n)) for n in FIELDS]
    for i, row in enumerate(rows, start=2):
        for col, (name, value) in enumerate(zip(FIELDS, _export_values(row), strict=True), start=1):
            if value is None or value == "":
                continue
            cell = sheet.cell(row=i, column=col)
            if isinstance(value, dt.date):
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
                continue
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
            # Plain text, never a formula, even for a note that starts with "=".
            cell.data_type = "s"
            if name in CODE_FIELDS:
                cell.number_format = "@"  # keeps 0012 and 13812345678 as typed when edited
            widths[col - 1] = max(widths[col - 1], min(display_width(cell.value), 60))
        _report(progress, i - 1, len(rows))
    for col, name in enumerate(FIELDS, start=1):
        minimum = 12 if name in DATE_FIELDS else TEXT_WIDTHS.get(name, 8)
        sheet.column_dimensions[column_letter(col - 1)].width = max(widths[col - 1], minimum) + 2
    sheet.freeze_panes = "A2"
    book.save(path)
    if progress is not None:
        progress(len(rows), len(rows))
