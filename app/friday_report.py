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

from app import attendance, documents, register_facts
from app import calendar as hall_calendar
from app import document_parts as parts
from app.documents import MM
from app.errors import ValidationError
from app.i18n import translate
from app.register_facts import EN_MONTHS, GREY

# A 周报 the bureau office files is in the language the hall chose for its
# printed registers (the setting register_language: Chinese unless changed),
# whatever language the window speaks: the words printed on it are the
# constants below (LABELS), not translations.
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
class ReportWords:
    """Every word the report prints in one language; ``register``: the words shared with the register."""

    register: register_facts.Words = register_facts.CHINESE
    title: str = TITLE
    period: str = PERIOD
    to_office: str = TO_OFFICE
    from_unit: str = FROM_UNIT
    sections: tuple[str, ...] = SECTIONS
    rota_head: tuple[str, ...] = ROTA_HEAD
    log_closed: str = LOG_CLOSED
    log_open: str = LOG_OPEN
    log_none: str = LOG_NONE
    unit_head: tuple[str, ...] = UNIT_HEAD
    total: str = TOTAL
    problem_head: tuple[str, ...] = PROBLEM_HEAD
    off_post: str = OFF_POST
    no_problems: str = NO_PROBLEMS
    finding_head: tuple[str, ...] = FINDING_HEAD
    positive: str = POSITIVE
    negative: str = NEGATIVE
    no_findings: str = NO_FINDINGS
    not_set: str = NOT_SET
    signers: tuple[str, ...] = SIGNERS
    problem: str = "{date}{session}{what}"  # 12月2日上午迟到、脱岗
    heads_wrap: bool = False  # table heads as paragraphs that wrap between words
    rota_mm: tuple[int, ...] = (22, 15, 43, 31, 37, 22)  # the rota table's columns
    unit_mm: tuple[int, ...] = (50, *[15] * 8)  # the units' table: the unit, then eight numbers

    def date(self, day: dt.date, long: bool = False) -> str:
        """12月2日 (2025年12月2日), or 2 December (2 December 2025)."""
        if self.register is register_facts.CHINESE:
            return documents.cn_date(day) if long else f"{day.month}月{day.day}日"
        return f"{day.day} {EN_MONTHS[day.month - 1]}" + (f" {day.year}" if long else "")

    def weekday(self, day: dt.date) -> str:
        if self.register is register_facts.CHINESE:
            return documents.cn_weekday(day)
        return register_facts.EN_WEEKDAYS[day.weekday()]


ENGLISH = ReportWords(
    register=register_facts.ENGLISH,
    title="Hall Duty Attendance Weekly Report",
    period="({first} to {last}, week {week} of {year})",
    to_office="To: the Bureau Office",
    from_unit="From (unit on duty): {unit}",
    sections=(
        "1. Duty rota of the week",
        "2. Attendance by unit",
        "3. People with attendance problems",
        "4. Inspections",
    ),
    rota_head=("Date", "Day", "Unit on duty", "Duty leader", "Duty officer(s)", "Duty log"),
    log_closed="Signed off",
    log_open="Not closed",
    log_none="Not opened",
    unit_head=(
        "Unit",
        "People",
        "Half-days",
        "Late",
        "Early leave",
        "Absent",
        "Missing punch",
        "Leave",
        "Off post",
    ),
    total="Total",
    problem_head=("Unit", "Name", "Problems (date, session)"),
    off_post="Off post",
    no_problems="No late arrival, early leave, absence without leave, missing punch or off post this week.",
    finding_head=("Category", "Findings", "Counted", "Kind"),
    positive="Commendation",
    negative="Violation",
    no_findings="No inspection findings this week.",
    not_set="Not scheduled",
    signers=("Prepared by", "Duty leader"),
    problem="{date} {session}: {what}",
    heads_wrap=True,
    rota_mm=(24, 21, 41, 28, 34, 22),
    unit_mm=(38, 15, 20, 13, 16, 16, 18, 15, 19),
)
LABELS: dict[str, ReportWords] = {"zh_CN": ReportWords(), "en": ENGLISH}
CHINESE = LABELS["zh_CN"]


def words(lang: str | None = None) -> ReportWords:
    """The report's words in ``lang``; None means the hall's setting register_language."""
    register = register_facts.words(lang)  # checks lang
    return next(w for w in LABELS.values() if w.register is register)


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


def problems(first: dt.date, last: dt.date, w: ReportWords = CHINESE) -> list[tuple[str, str, str]]:
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
            what.append(w.register.status[status])
        if off_post:
            what.append(w.off_post)
        item = w.problem.format(
            date=w.date(day), session=w.register.sessions[session], what=w.register.list_sep.join(what)
        )
        people.setdefault(staff_id, (unit, name, []))[2].append(item)
    return [(unit, name, w.register.remark_sep.join(items)) for unit, name, items in people.values()]


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


def log_states(first: dt.date, last: dt.date, w: ReportWords = CHINESE) -> dict[dt.date, str]:
    """Each day's log: 已签字闭合, 未闭合 (days without a log are absent)."""
    from db.models import DutyLog

    q = DutyLog.select(DutyLog.day, DutyLog.leader_signed_at).where(DutyLog.day.between(first, last))
    return {day: w.log_closed if signed else w.log_open for day, signed in q.tuples()}


# ---------------------------------------------------------------- layout


def _table(rows: list[list], widths: list[float], font: str, extra: list | None = None) -> Any:
    style = [
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
        *(extra or []),
    ]
    return parts.ruled_table(rows, widths, font=font, extra=style, padding=3, repeat_rows=1)


def story(monday: dt.date, font: str, w: ReportWords = CHINESE) -> list:
    """The report's flowables for the ISO week starting ``monday``."""
    from reportlab.platypus import KeepTogether, Spacer

    from app import duty_rota, settings

    sunday = monday + dt.timedelta(days=6)
    attendance.ensure_derived(monday, sunday)
    st = documents.styles(font, 10.5, w.register.word_wrap)
    section = st.body.clone("section", fontSize=12, leading=16, spaceBefore=5 * MM, spaceAfter=2 * MM)
    cell = st.cell.clone("cell10", fontSize=10, leading=13)
    width = documents.A4_FORM.width
    workdays = hall_calendar.workdays(monday, sunday)
    rota = {r.day: r for r in duty_rota.rota(monday, sunday)}
    states = log_states(monday, sunday, w)
    year, week, _ = monday.isocalendar()
    friday_unit = next((rota[d].unit for d in reversed(workdays) if d in rota and rota[d].unit), "")

    out: list = []
    hall = str(settings.get("hall_name") or "")
    if hall:
        out += [parts.para(hall, st.hall), Spacer(1, 1 * MM)]
    period = w.period.format(first=w.date(monday, True), last=w.date(sunday, True), year=year, week=week)
    out += [parts.heading(w.title, font, 20), parts.para(period, st.label), Spacer(1, 3 * MM)]
    out.append(
        parts.layout_table(
            [
                [
                    parts.para(w.to_office, st.body),
                    parts.para(w.from_unit.format(unit=friday_unit or w.not_set), st.body),
                ]
            ],
            [width / 2, width / 2],
            font=font,
        )
    )

    head_style = st.label.clone("head", fontSize=9, leading=11.5)

    def head(texts: tuple[str, ...]) -> list:
        return [parts.para(t, head_style) for t in texts] if w.heads_wrap else list(texts)

    rows: list[list] = [head(w.rota_head)]
    for day in workdays:
        r = rota.get(day)
        officers = w.register.list_sep.join(n for n in (r.officer, r.officer2) if n) if r else ""
        rows.append(
            [
                w.date(day),
                w.weekday(day),
                parts.para(r.unit if r and r.unit else w.not_set, cell),
                parts.para((r.leader if r else "") or "—", cell),
                parts.para(officers or "—", cell),
                states.get(day, w.log_none),
            ]
        )
    out += [
        parts.para(w.sections[0], section),
        _table(rows, [c * MM for c in w.rota_mm], font),
    ]

    units = unit_weeks(monday, sunday)
    rows = [head(w.unit_head)]
    rows += [[parts.para(u.unit, cell), *map(str, u.numbers())] for u in units]
    totals = [sum(column) for column in zip(*(u.numbers() for u in units), strict=True)] if units else [0] * 8
    rows.append([w.total, *map(str, totals)])
    extra = [("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), GREY)]
    out += [parts.para(w.sections[1], section), _table(rows, [c * MM for c in w.unit_mm], font, extra)]

    named = problems(monday, sunday, w)
    out.append(parts.para(w.sections[2], section))
    if named:
        rows = [head(w.problem_head)] + [[parts.para(u, cell), n, parts.para(t, cell)] for u, n, t in named]
        out.append(
            _table(rows, [46 * MM, 22 * MM, width - 68 * MM], font, [("ALIGN", (2, 1), (2, -1), "LEFT")])
        )
    else:
        out.append(parts.para(w.no_problems, st.body))

    found = findings(monday, sunday)
    out.append(parts.para(w.sections[3], section))
    if found:
        rows = [head(w.finding_head)]
        rows += [
            [parts.para(c, cell), str(n), str(k), w.positive if p else w.negative] for c, n, k, p in found
        ]
        out.append(_table(rows, [70 * MM, 30 * MM, 40 * MM, 30 * MM], font))
    else:
        out.append(parts.para(w.no_findings, st.body))

    signatures = [
        Spacer(1, 8 * MM),
        *(parts.signature_line(s, st, words=w.register.sign_here) for s in w.signers),
    ]
    return [*out, KeepTogether(signatures)]


def friday_report_pdf(
    monday: dt.date, lang: str | None = None, printed_at: dt.datetime | None = None
) -> tuple[bytes, int]:
    """The report of the ISO week starting ``monday`` as PDF bytes and its number of pages.

    ``lang`` is "zh_CN" or "en"; None means the hall's setting register_language.
    """
    if monday.weekday() != 0:
        raise ValidationError(
            translate("FridayReport", "{day} is not a Monday: the report covers an ISO week.").format(
                day=monday
            ),
            field="week",
        )
    w = words(lang)
    font = documents.document_font()
    from app import settings

    info = documents.DocumentInfo(
        title=f"{w.title} {monday.isoformat()}", author=str(settings.get("hall_name") or ""), subject=w.title
    )
    footer = documents.printed_footer(
        font, printed_at or dt.datetime.now(), printed_by=w.register.printed_by, page_of=w.register.page_of
    )
    return documents.render(
        story(monday, font, w), font=font, page=documents.A4_FORM, info=info, footer=footer
    )


def write_friday_report(
    monday: dt.date, path: Path, lang: str | None = None, printed_at: dt.datetime | None = None
) -> int:
    """Write the week's report to ``path`` (never half a file); returns the number of pages."""
    data, pages = friday_report_pdf(monday, lang, printed_at)
    documents.write_pdf(Path(path), data)
    return pages
