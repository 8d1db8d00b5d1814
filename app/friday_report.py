"""The Friday report (服务大厅值日考勤周报, rule R6): the week's hall duty attendance for the bureau office.

Every Friday afternoon the unit on duty sends the office the week's summary.
For one ISO week (Monday to Sunday) it shows: each workday's unit on duty,
duty leader, officer(s) and whether the day's log was signed and closed; per
unit the week's counts (late, early leave, absent, missing punch, leave
sessions, off post); the people behind those counts with the day and
session; the inspection findings by category; lines for who prepared it.

Counts are single GROUP BY queries over the stored sessions (derived first
for the week), not loops over people.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import attendance, documents
from app import calendar as hall_calendar
from app import document_parts as parts
from app.documents import MM
from app.errors import ValidationError
from app.i18n import translate
from app.register_facts import GREY, STATUS_CN

# A 周报 the bureau office files is Chinese whatever language the window
# speaks: the words printed on it are Chinese constants, not translations.
TITLE = "服务大厅值日考勤周报"
PERIOD = "（{first} 至 {last}，{year} 年第 {week} 周）"
TO_OFFICE = "报送：局办公室"
FROM_UNIT = "报送单位（值日单位）：{unit}"
SECTIONS = ("一、本周值日安排", "二、各单位考勤统计", "三、存在问题人员", "四、巡查情况")
ROTA_HEAD = ("日期", "星期", "值日单位", "带班领导", "值班人员", "值班日志")
LOG_CLOSED, LOG_OPEN, LOG_NONE = "已签字闭合", "未闭合", "未建立"
UNIT_HEAD = ("单位", "人数", "考勤半天", "迟到", "早退", "旷工", "缺卡", "请假", "脱岗")
TOTAL = "合计"
PROBLEM_HEAD = ("单位", "姓名", "问题（日期、时段）")
OFF_POST = "脱岗"
NO_PROBLEMS = "本周无迟到、早退、旷工、缺卡、脱岗。"
FINDING_HEAD = ("巡查类别", "次数", "计入考核", "性质")
POSITIVE, NEGATIVE = "表扬", "违规"
NO_FINDINGS = "本周无巡查记录。"
NOT_SET = "未排班"
SIGNERS = ("填报人", "带班领导")
PROBLEM_STATUSES = (
    attendance.LATE,
    attendance.EARLY,
    attendance.LATE_EARLY,
    attendance.ABSENT,
    attendance.MISSING,
)


@dataclass(frozen=True)
class UnitWeek:
    """One unit's week: sessions by kind (LATE_EARLY counts under late and under early)."""

    unit: str
    people: int
    sessions: int
    late: int
    early: int
    absent: int
    missing: int
    leave: int
    off_post: int

    def numbers(self) -> list[int]:
        return [
            self.people,
            self.sessions,
            self.late,
            self.early,
            self.absent,
            self.missing,
            self.leave,
            self.off_post,
        ]


def unit_weeks(first: dt.date, last: dt.date) -> list[UnitWeek]:
    """Per unit, the counts of [first, last]: one GROUP BY over attendance_session, staff and unit."""
    from peewee import Case, fn

    from db.models import AttendanceSession as S
    from db.models import Staff, Unit

    def count(condition: Any) -> Any:
        return fn.SUM(Case(None, [(condition, 1)], 0))

    q = (
        S.select(
            Unit.name,
            fn.COUNT(fn.DISTINCT(S.staff)),
            fn.COUNT(S.id),
            fn.SUM(S.late),
            fn.SUM(S.early),
            count(S.status == attendance.ABSENT),
            count(S.status == attendance.MISSING),
            count(S.status == attendance.LEAVE),
            fn.SUM(S.off_post),
        )
        .join(Staff, on=(S.staff == Staff.id))
        .join(Unit, on=(Staff.unit == Unit.id))
        .where(S.day.between(first, last))
        .group_by(Unit.id, Unit.name, Unit.sort_order)
        .order_by(Unit.sort_order, Unit.name)
        .tuples()
    )
    return [UnitWeek(name, *(int(v or 0) for v in values)) for name, *values in q]


def problems(first: dt.date, last: dt.date) -> list[tuple[str, str, str]]:
    """(unit, name, 12月2日上午迟到、12月3日下午脱岗): the people behind the counts, one query."""
    from peewee import JOIN

    from db.models import AttendanceSession as S
    from db.models import Staff, Unit, Window

    q = (
        S.select(Unit.name, Staff.id, Staff.name, S.day, S.session, S.status, S.off_post)
        .join(Staff, on=(S.staff == Staff.id))
        .join(Unit, on=(Staff.unit == Unit.id))
        .switch(Staff)
        .join(Window, JOIN.LEFT_OUTER, on=(Staff.window == Window.id))
        .where(S.day.between(first, last) & (S.status.in_(PROBLEM_STATUSES) | (S.off_post == 1)))
        .order_by(
            Unit.sort_order, Unit.name, Window.number.asc(nulls="LAST"), Staff.staff_no, S.day, S.session
        )
        .tuples()
    )
    people: dict[int, tuple[str, str, list[str]]] = {}
    for unit, staff_id, name, day, session, status, off_post in q:
        what = []
        if status in PROBLEM_STATUSES:
            what.append(STATUS_CN[status])
        if off_post:
            what.append(OFF_POST)
        when = f"{day.month}月{day.day}日{documents.SESSIONS[session]}"
        people.setdefault(staff_id, (unit, name, []))[2].append(when + "、".join(what))
    return [(unit, name, "；".join(items)) for unit, name, items in people.values()]


def findings(first: dt.date, last: dt.date) -> list[tuple[str, int, int, bool]]:
    """(category, findings, counted toward R8, positive) of the week, voided ones left out."""
    from peewee import fn

    from db.models import Inspection
    from db.models import InspectionCategory as C

    q = (
        Inspection.select(C.name, fn.COUNT(Inspection.id), fn.SUM(Inspection.counted), C.positive)
        .join(C, on=(Inspection.category == C.id))
        .where(Inspection.day.between(first, last) & Inspection.voided_at.is_null())
        .group_by(C.id, C.name, C.positive, C.sort_order)
        .order_by(C.sort_order, C.name)
        .tuples()
    )
    return [(name, int(n), int(counted or 0), bool(positive)) for name, n, counted, positive in q]


def log_states(first: dt.date, last: dt.date) -> dict[dt.date, str]:
    """Each day's log: 已签字闭合, 未闭合 (days without a log are absent)."""
    from db.models import DutyLog

    q = DutyLog.select(DutyLog.day, DutyLog.leader_signed_at).where(DutyLog.day.between(first, last))
    return {day: LOG_CLOSED if signed else LOG_OPEN for day, signed in q.tuples()}


# ---------------------------------------------------------------- layout


def _table(rows: list[list], widths: list[float], font: str, extra: list | None = None) -> Any:
    style = [
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
        *(extra or []),
    ]
    return parts.ruled_table(rows, widths, font=font, extra=style, padding=3, repeat_rows=1)


def story(monday: dt.date, font: str) -> list:
    """The report's flowables for the ISO week starting ``monday``."""
    from reportlab.platypus import KeepTogether, Spacer

    from app import duty_rota, settings

    sunday = monday + dt.timedelta(days=6)
    attendance.ensure_derived(monday, sunday)
    st = documents.styles(font, 10.5)
    section = st.body.clone("section", fontSize=12, leading=16, spaceBefore=5 * MM, spaceAfter=2 * MM)
    cell = st.cell.clone("cell10", fontSize=10, leading=13)
    width = documents.A4_FORM.width
    workdays = hall_calendar.workdays(monday, sunday)
    rota = {r.day: r for r in duty_rota.rota(monday, sunday)}
    states = log_states(monday, sunday)
    year, week, _ = monday.isocalendar()
    friday_unit = next((rota[d].unit for d in reversed(workdays) if d in rota and rota[d].unit), "")

    out: list = []
    hall = str(settings.get("hall_name") or "")
    if hall:
        out += [parts.para(hall, st.hall), Spacer(1, 1 * MM)]
    period = PERIOD.format(
        first=documents.cn_date(monday), last=documents.cn_date(sunday), year=year, week=week
    )
    out += [parts.heading(TITLE, font, 20), parts.para(period, st.label), Spacer(1, 3 * MM)]
    out.append(
        parts.layout_table(
            [
                [
                    parts.para(TO_OFFICE, st.body),
                    parts.para(FROM_UNIT.format(unit=friday_unit or NOT_SET), st.body),
                ]
            ],
            [width / 2, width / 2],
            font=font,
        )
    )

    rows: list[list] = [list(ROTA_HEAD)]
    for day in workdays:
        r = rota.get(day)
        officers = "、".join(n for n in (r.officer, r.officer2) if n) if r else ""
        rows.append(
            [
                f"{day.month}月{day.day}日",
                documents.cn_weekday(day),
                parts.para(r.unit if r and r.unit else NOT_SET, cell),
                parts.para((r.leader if r else "") or "—", cell),
                parts.para(officers or "—", cell),
                states.get(day, LOG_NONE),
            ]
        )
    out += [
        parts.para(SECTIONS[0], section),
        _table(rows, [22 * MM, 15 * MM, 43 * MM, 31 * MM, 37 * MM, 22 * MM], font),
    ]

    units = unit_weeks(monday, sunday)
    rows = [list(UNIT_HEAD)]
    rows += [[parts.para(u.unit, cell), *map(str, u.numbers())] for u in units]
    totals = [sum(column) for column in zip(*(u.numbers() for u in units), strict=True)] if units else [0] * 8
    rows.append([TOTAL, *map(str, totals)])
    extra = [("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), GREY)]
    out += [parts.para(SECTIONS[1], section), _table(rows, [50 * MM] + [15 * MM] * 8, font, extra)]

    named = problems(monday, sunday)
    out.append(parts.para(SECTIONS[2], section))
    if named:
        rows = [list(PROBLEM_HEAD)] + [[parts.para(u, cell), n, parts.para(t, cell)] for u, n, t in named]
        out.append(
            _table(rows, [46 * MM, 22 * MM, width - 68 * MM], font, [("ALIGN", (2, 1), (2, -1), "LEFT")])
        )
    else:
        out.append(parts.para(NO_PROBLEMS, st.body))

    found = findings(monday, sunday)
    out.append(parts.para(SECTIONS[3], section))
    if found:
        rows = [list(FINDING_HEAD)]
        rows += [[parts.para(c, cell), str(n), str(k), POSITIVE if p else NEGATIVE] for c, n, k, p in found]
        out.append(_table(rows, [70 * MM, 30 * MM, 40 * MM, 30 * MM], font))
    else:
        out.append(parts.para(NO_FINDINGS, st.body))

    signatures = [Spacer(1, 8 * MM), *(parts.signature_line(s, st) for s in SIGNERS)]
    return [*out, KeepTogether(signatures)]


def friday_report_pdf(monday: dt.date, printed_at: dt.datetime | None = None) -> tuple[bytes, int]:
    """The report of the ISO week starting ``monday`` as PDF bytes and its number of pages."""
    if monday.weekday() != 0:
        raise ValidationError(
            translate("FridayReport", "{day} is not a Monday: the report covers an ISO week.").format(
                day=monday
            ),
            field="week",
        )
    font = documents.document_font()
    from app import settings

    info = documents.DocumentInfo(
        title=f"{TITLE} {monday.isoformat()}", author=str(settings.get("hall_name") or ""), subject=TITLE
    )
    footer = documents.printed_footer(font, printed_at or dt.datetime.now())
    return documents.render(story(monday, font), font=font, page=documents.A4_FORM, info=info, footer=footer)


def write_friday_report(monday: dt.date, path: Path, printed_at: dt.datetime | None = None) -> int:
    """Write the week's report to ``path`` (never half a file); returns the number of pages."""
    data, pages = friday_report_pdf(monday, printed_at)
    documents.write_pdf(Path(path), data)
    return pages
