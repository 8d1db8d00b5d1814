"""Leave slips from the hall's old Excel records.

``import_slips`` reads a .xlsx or .csv of slips kept before HallDesk: staff
number, kind, from, to, substitute, who approved it, reason. Every row goes
through the same checks as a slip typed in the window (``leave.validate``),
in file order inside one transaction, so that a row overlapping an earlier
row of the same file is refused like any other overlap. All rows or none:
every bad row is listed with its number and column, and nothing is written.
A row that names who approved it becomes an approved slip (the past is
recorded, so the importer's own name does not stop it); a row without
becomes a slip awaiting approval. Slips are audited as "import".

From and to are a date (a whole day: from the morning, to the afternoon), a
date with 上午/下午 or AM/PM, or a date and clock time (an outing's times; for
leave, the session the time falls in).

The scans kept with a slip live in ``app.leave_attachments``; their functions
are importable from here too.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import attendance, audit, auth, i18n, leave
from app.auth import Permission, Session, require
from app.errors import PermissionDenied, Problem, ValidationError
from app.i18n import translate
from app.leave import AM, PM, SlipInput
from app.leave_attachments import add_attachment, attachment_data, attachments, void_attachment
from app.tabular import CONTROL_RE, CellError, cell_code, cell_date, cell_text, column_letter, map_columns
from db.connection import database
from db.models import DerivedDay, LeaveKind, LeaveSlip, Staff, User, utcnow

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "staff_no": ("工号", "staff_no", "staff number", "人员编号"),
    "name": ("姓名", "name"),
    "kind": ("类别", "请假类别", "kind", "请假类型", "假别", "type"),
    "leave_from": ("开始时间", "开始", "from", "start", "起始时间", "请假开始时间"),
    "leave_to": ("结束时间", "结束", "to", "end", "截止时间", "请假结束时间"),
    "substitute": ("替岗人员", "替岗人", "substitute", "顶岗人员"),
    "approved_by": ("批准人", "审批人", "approved by", "approver"),
    "reason": ("事由", "请假事由", "reason", "原因"),
    "serial": ("序号", "no."),  # the old sheet's running number: read and ignored
}
__all__ = [
    "LeaveImportReport",
    "Point",
    "add_attachment",
    "attachment_data",
    "attachments",
    "import_slips",
    "parse_point",
    "void_attachment",
]
REQUIRED = ("staff_no", "kind", "leave_from", "leave_to")
# Where ``leave.validate`` reports a problem → the column of the file that holds it.
COLUMN_OF = {
    "staff": "staff_no",
    "kind": "kind",
    "start_day": "leave_from",
    "start_session": "leave_from",
    "out_time": "leave_from",
    "end_day": "leave_to",
    "end_session": "leave_to",
    "back_time": "leave_to",
    "substitute": "substitute",
    "reported_to": "approved_by",
    "reason": "reason",
}
SESSION_WORDS = {"上午": AM, "下午": PM, "am": AM, "pm": PM}
SESSION_RE = re.compile(r"上午|下午|(?<![A-Za-z])[AaPp]\.?[Mm]\.?(?![A-Za-z])")
CLOCK_RE = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?!\d)")
NOON = 12 * 60
PROGRESS_EVERY = 50  # rows
Progress = Callable[[int, int], None]


# ---------------------------------------------------------------- the report


@dataclass
class LeaveImportReport:
    """What an import did; ``summary()`` is the text to show."""

    file: str
    rows: int = 0
    approved: int = 0
    requested: int = 0
    outings: int = 0
    warnings: list[Problem] = field(default_factory=list)
    rederived_staff: int = 0

    def summary(self) -> str:
        lines = [
            translate("LeaveImport", "File: {file}.").format(file=self.file),
            translate("LeaveImport", "Rows read: {n}.").format(n=self.rows),
            translate(
                "LeaveImport", "Slips imported: {n} ({approved} approved, {requested} awaiting approval)."
            ).format(n=self.approved + self.requested, approved=self.approved, requested=self.requested),
        ]
        if self.outings:
            lines.append(translate("LeaveImport", "Of these, temporary outings: {n}.").format(n=self.outings))
        if self.rederived_staff:
            lines.append(
                translate("LeaveImport", "Attendance derived again for {n} staff.").format(
                    n=self.rederived_staff
                )
            )
        if self.warnings:
            lines.append(translate("LeaveImport", "Warnings ({n}):").format(n=len(self.warnings)))
            lines.extend(f"  {w}" for w in self.warnings)
        return "\n".join(lines)


# ---------------------------------------------------------------- cells


@dataclass(frozen=True)
class Point:
    """A from or to cell: a day, and a session or a clock time ("HH:MM") when the cell has one."""

    day: dt.date | None
    session: str | None = None
    clock: str | None = None


def _not_a_point(value: Any) -> CellError:
    return CellError(
        translate(
            "LeaveImport",
            "“{value}” is not a date, a date with 上午/下午, or a date and time such as 2025-12-02 09:30.",
        ).format(value=cell_text(value)[:40])
    )


def _clock(hour: int, minute: int, value: Any) -> str:
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise _not_a_point(value)
    return f"{hour:02d}:{minute:02d}"


def parse_point(value: Any) -> Point | None:
    """A from/to cell as a Point; None for an empty cell. Raises CellError."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return Point(value.date())
        return Point(value.date(), clock=_clock(value.hour, value.minute, value))
    if isinstance(value, dt.date):
        return Point(value)
    if isinstance(value, dt.time):
        return Point(None, clock=_clock(value.hour, value.minute, value))
    if isinstance(value, float) and not math.isfinite(value):
        raise _not_a_point(value)  # a workbook's <v>1E999</v> reads as inf, which no date is
    if isinstance(value, float) and not value.is_integer() and value > 1:
        # A date-time saved as "General": an Excel serial with the time as its fraction.
        try:
            day = cell_date(int(value))
        except CellError as err:
            raise _not_a_point(value) from err
        total = round((value - int(value)) * 24 * 60)
        if total >= 24 * 60:
            raise _not_a_point(value)
        return Point(day, clock=_clock(total // 60, total % 60, value))
    if isinstance(value, int | float):
        try:
            return Point(cell_date(value))
        except CellError as err:
            raise _not_a_point(value) from err
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    clocks = list(CLOCK_RE.finditer(text))
    words = list(SESSION_RE.finditer(text))
    if len(clocks) > 1 or len(words) > 1:
        raise _not_a_point(value)
    rest = text
    for match in sorted(clocks + words, key=lambda m: m.start(), reverse=True):
        rest = rest[: match.start()] + " " + rest[match.end() :]
    rest = rest.strip().rstrip("T").strip()
    try:
        day = cell_date(rest) if rest else None
    except CellError as err:
        raise _not_a_point(value) from err
    word = SESSION_WORDS[words[0].group(0).replace(".", "").casefold()] if words else None
    if clocks:
        hour, minute = int(clocks[0].group(1)), int(clocks[0].group(2))
        if word is not None:  # a 12-hour time: 下午 2:30, 2:30 PM
            if hour > 12:
                raise _not_a_point(value)
            hour = hour % 12 + (12 if word == PM else 0)
        return Point(day, clock=_clock(hour, minute, value))
    if day is None:
        raise _not_a_point(value)
    return Point(day, session=word)


# ---------------------------------------------------------------- rows


@dataclass
class _Row:
    number: int
    problems: list[Problem] = field(default_factory=list)
    data: SlipInput = field(default_factory=SlipInput)
    approver: User | None = None
    outing: bool = False

    def bad(self, name: str | None, message: str) -> None:
        self.problems.append(Problem(message, field=name, row=self.number))


class _Lookup:
    """The roster, the kinds and the accounts, read once for the whole file."""

    def __init__(self) -> None:
        from app.schedule import HoursBook

        self.staff = {s.staff_no: s for s in Staff.select(Staff.id, Staff.staff_no, Staff.name)}
        self.by_name: dict[str, list[Staff]] = {}
        for person in self.staff.values():
            self.by_name.setdefault(person.name, []).append(person)
        self.kinds: dict[str, LeaveKind] = {}
        for kind in LeaveKind.select().order_by(LeaveKind.sort_order, LeaveKind.id):
            for key in (kind.name, kind.code, kind.name_en):
                if key:
                    self.kinds.setdefault(key.casefold(), kind)
        self.kind_names = [k.name for k in leave.kinds()]
        self.users = list(User.select())
        self.approver_roles = {str(r) for r in auth.permission_matrix()[Permission.APPROVE]}
        self.hours = HoursBook()

    def person(self, text: str) -> list[Staff]:
        """Staff matching a staff number, else a name."""
        if text in self.staff:
            return [self.staff[text]]
        return self.by_name.get(" ".join(text.split()), [])

    def user(self, text: str) -> list[User]:
        found = [u for u in self.users if u.username.casefold() == text.casefold()]
        return found or [u for u in self.users if u.display_name and u.display_name == text]


def _session_of(look: _Lookup, point: Point, is_end: bool) -> str:
    """The session a clock time falls in, for leave: any part of a session is the session."""
    hours = look.hours(point.day)
    minute = int(point.clock[:2]) * 60 + int(point.clock[3:])
    if is_end:
        return AM if minute <= (hours.pm_start if hours else NOON) else PM
    return AM if minute < (hours.am_end if hours else NOON) else PM


def _parse_row(look: _Lookup, number: int, cells: list[Any], columns: dict[int, str]) -> _Row:
    row = _Row(number)
    raw: dict[str, Any] = {}
    for index, cell in enumerate(cells):
        name = columns.get(index)
        if name is None:
            if cell_text(cell):
                row.bad(
                    None,
                    translate(
                        "RosterImport",
                        "Column {column} holds a value, but the column has no header. "
                        "Remove the value or give the column a header.",
                    ).format(column=column_letter(index)),
                )
            continue
        raw[name] = cell
    text = {name: cell_text(raw.get(name)) for name in HEADER_ALIASES}
    for name, value in text.items():
        if CONTROL_RE.search(value):
            row.bad(
                name,
                translate("RosterImport", "This cell holds control characters. Remove them and try again."),
            )
    data = row.data
    data.reason = text["reason"]

    staff_no = cell_code(raw.get("staff_no"))
    if not staff_no:
        row.bad("staff_no", translate("LeaveImport", "Enter the staff number."))
    elif staff_no not in look.staff:
        row.bad(
            "staff_no", translate("LeaveImport", "No staff member has the number {no}.").format(no=staff_no)
        )
    else:
        person = look.staff[staff_no]
        data.staff_id = person.id
        if text["name"] and " ".join(text["name"].split()) != person.name:
            row.bad(
                "name",
                translate("LeaveImport", "Staff number {no} is {roster} on the roster, not {name}.").format(
                    no=staff_no, roster=person.name, name=text["name"]
                ),
            )

    kind = look.kinds.get(text["kind"].casefold()) if text["kind"] else None
    if not text["kind"]:
        row.bad("kind", translate("LeaveImport", "Enter the kind of leave, such as 病假."))
    elif kind is None:
        row.bad(
            "kind",
            translate("LeaveImport", "“{value}” is not a kind of leave. The kinds are: {kinds}.").format(
                value=text["kind"][:20], kinds=i18n.join(look.kind_names)
            ),
        )
    else:
        data.kind_id = kind.id
        row.outing = bool(kind.outing)

    points: dict[str, Point | None] = {}
    for name in ("leave_from", "leave_to"):
        try:
            points[name] = parse_point(raw.get(name))
        except CellError as err:
            points[name] = None
            row.bad(name, str(err))
            continue
        if points[name] is None:
            row.bad(name, translate("LeaveImport", "Enter the date."))
    start, end = points["leave_from"], points["leave_to"]
    if start is not None and end is not None and kind is not None:
        _read_span(look, row, start, end)

    if text["substitute"]:
        found = look.person(cell_code(raw.get("substitute")))
        if len(found) == 1:
            data.substitute_id = found[0].id
        elif found:
            row.bad(
                "substitute",
                translate(
                    "LeaveImport", "Several staff are called {name} ({numbers}): write the staff number."
                ).format(name=text["substitute"], numbers=i18n.join(p.staff_no for p in found)),
            )
        else:
            row.bad(
                "substitute",
                translate("LeaveImport", "No staff member has the number or name {value}.").format(
                    value=text["substitute"][:30]
                ),
            )
    if text["approved_by"]:
        _read_approver(look, row, text["approved_by"])
    return row


def _read_span(look: _Lookup, row: _Row, start: Point, end: Point) -> None:
    data = row.data
    if row.outing:
        if start.clock is None or start.day is None:
            row.bad(
                "leave_from",
                translate("LeaveImport", "An outing is written with its time, such as 2025-12-02 09:30."),
            )
            return
        if end.clock is None:
            row.bad(
                "leave_to",
                translate("LeaveImport", "An outing is written with its time, such as 2025-12-02 10:30."),
            )
            return
        if end.day is not None and end.day != start.day:
            row.bad(
                "leave_to",
                translate(
                    "LeaveImport",
                    "An outing ends on the day it starts. Absence over more than one day is leave: "
                    "use another kind.",
                ),
            )
            return
        data.start_day, data.out_time, data.back_time = start.day, start.clock, end.clock
        return
    if start.day is None or end.day is None:
        name = "leave_from" if start.day is None else "leave_to"
        row.bad(name, translate("LeaveImport", "Write the date as well as the time."))
        return
    data.start_day, data.end_day = start.day, end.day
    data.start_session = start.session or (_session_of(look, start, False) if start.clock else AM)
    data.end_session = end.session or (_session_of(look, end, True) if end.clock else PM)


def _read_approver(look: _Lookup, row: _Row, name: str) -> None:
    found = look.user(name)
    if len(found) > 1:
        row.bad(
            "approved_by",
            translate("LeaveImport", "Several accounts are called {name}: write the user name.").format(
                name=name
            ),
        )
    elif not found:
        row.bad(
            "approved_by",
            translate("LeaveImport", "No account has the user name or full name {name}.").format(
                name=name[:30]
            ),
        )
    elif found[0].role not in look.approver_roles:
        row.bad(
            "approved_by",
            translate("LeaveImport", "{name} is a {role}, whose role does not approve leave.").format(
                name=name, role=auth.role_label(found[0].role)
            ),
        )
    else:
        row.approver = found[0]


# ---------------------------------------------------------------- import


def import_slips(
    session: Session, path: str | os.PathLike, *, progress: Progress | None = None
) -> LeaveImportReport:
    """Import the slips of a .xlsx/.csv file.

    Raises ValidationError listing every bad row, having written nothing.
    ``progress(done, total)`` is called every few dozen rows.
    """
    from app.tabular import read_sheet

    require(session, Permission.RECORD)
    path = Path(path)
    table = read_sheet(path)
    columns = map_columns(table, HEADER_ALIASES, REQUIRED)
    report = LeaveImportReport(file=path.name, rows=len(table.rows))
    with database.atomic():
        look = _Lookup()
        rows = [_parse_row(look, number, cells, columns) for number, cells in table.rows]
        if any(r.approver is not None for r in rows) and not session.can(Permission.APPROVE):
            raise PermissionDenied(
                translate(
                    "LeaveImport",
                    "The file says who approved its slips, and importing approved slips is approving "
                    "them: your role ({role}) may not. Import it as a duty leader or manager, or "
                    "empty the approved-by column to import the slips as awaiting approval.",
                ).format(role=auth.role_label(session.role))
            )
        problems, approved = _check_and_write(session, rows, report, progress)
        if problems:
            raise ValidationError(problems)
        report.rederived_staff = _rederive(approved)
    return report


def _check_and_write(
    session: Session, rows: list[_Row], report: LeaveImportReport, progress: Progress | None
) -> tuple[list[Problem], list[LeaveSlip]]:
    """Validate each row against the database and the rows before it; write the good ones.

    The caller rolls everything back when any problem is returned.
    """
    problems: list[Problem] = []
    approved: list[LeaveSlip] = []
    in_file: dict[int, int] = {}  # slip id → its row, for slips written by this import
    stamp = utcnow()
    for done, row in enumerate(rows, start=1):
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(rows)):
            progress(done, len(rows))
        if row.problems:
            problems.extend(row.problems)
            continue
        data = row.data
        if row.approver is not None and row.approver.disabled_at is None:
            if row.approver.role in ("leader", "manager"):
                data.reported_to_id = row.approver.id
        # The records are of the past: no slip is "after the fact" against today.
        checked = leave.validate(data, now=dt.datetime.min)
        if checked.problems:
            problems.extend(
                Problem(p.message, COLUMN_OF.get(p.field or "", p.field), row.number)
                for p in checked.problems
            )
            earlier = _earlier_rows(data, in_file)
            if earlier:
                problems.append(
                    Problem(
                        translate(
                            "LeaveImport",
                            "The slip in the way is row {rows} of this file; nothing is imported, "
                            "so it has no number yet.",
                        ).format(rows=i18n.join(earlier)),
                        row=row.number,
                    )
                )
            continue
        report.warnings.extend(Problem(w, row=row.number) for w in checked.warnings)
        if row.approver is not None and row.approver.staff_id == data.staff_id:
            report.warnings.append(
                Problem(
                    translate("LeaveImport", "{name} approved their own slip.").format(
                        name=row.approver.display_name or row.approver.username
                    ),
                    "approved_by",
                    row.number,
                )
            )
        # Written even when an earlier row failed (all is rolled back then), so that
        # later rows are still checked against it and every bad row is listed.
        fields = leave._fields(data) | {"created_by": session.username, "after_the_fact": 0}
        if row.approver is not None:
            fields |= {"status": leave.APPROVED, "decided_by": row.approver.username, "decided_at": stamp}
        slip = LeaveSlip.create(**fields)
        audit.record(
            session.username, "import", LeaveSlip._meta.table_name, slip.id, None, audit.snapshot(slip)
        )
        in_file[slip.id] = row.number
        if row.approver is not None:
            report.approved += 1
            approved.append(slip)
        else:
            report.requested += 1
        report.outings += int(row.outing)
    return problems, approved


def _earlier_rows(data: SlipInput, in_file: dict[int, int]) -> list[int]:
    """Rows of this file whose slips stand in the way of ``data`` (the person's or the substitute's)."""
    if not in_file or data.staff_id is None or data.start_day is None or data.end_day is None:
        return []
    people = [data.staff_id] + ([data.substitute_id] if data.substitute_id else [])
    q = LeaveSlip.select(LeaveSlip.id).where(
        (LeaveSlip.id >= min(in_file))  # ids only grow: older slips are below the import's first
        & (LeaveSlip.staff.in_(people) | LeaveSlip.substitute.in_(people))
        & (LeaveSlip.start_day <= data.end_day)
        & (LeaveSlip.end_day >= data.start_day)
    )
    return sorted({in_file[s.id] for s in q if s.id in in_file})


def _rederive(slips: list[LeaveSlip]) -> int:
    """Derive again the stored days the approved slips cover; returns how many people."""
    if not slips:
        return 0
    days: set[dt.date] = set()
    for slip in slips:
        day = slip.start_day
        while day <= slip.end_day:
            days.add(day)
            day += dt.timedelta(days=1)
    stored = [
        d for (d,) in DerivedDay.select(DerivedDay.day).where(DerivedDay.day.in_(sorted(days))).tuples()
    ]
    people = sorted({s.staff_id for s in slips})
    if stored:
        attendance.derive_days(stored, staff_ids=people)
    # Days derived for single people (a history) are not marked: stale, derived again when read.
    return len(people)
