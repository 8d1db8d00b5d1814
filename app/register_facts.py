"""The daily duty register's facts and words: what is read for a day and how it is said.

app.register_pdf lays these out on A4. Everything printed is a constant
here, in Chinese (the default) or English (see the comment below); the
functions turn the day's rows into the register's sentences in one of them:
statuses, leave with substitutes, the verdict on a finding, the sign-off
notes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from app import attendance, documents, leave, roster
from app import calendar as hall_calendar
from app.attendance import SessionRow
from app.documents import MM
from app.leave_slip_pdf import Person, account

# A 领导值班登记簿 is a document the bureau files, in the language the hall
# chose for it (the setting register_language: Chinese unless changed),
# whatever language the window speaks: every word printed on it is a
# constant below (LABELS), not a translated string.
TITLE = "领导值班登记簿"
DATE, UNIT_ON_DUTY, LEADER, OFFICERS = "日期", "值日单位", "带班领导", "值班人员"
NOT_SET = "未排班"
NO_LOG = "当日值班日志尚未建立"
NOT_CLOSED = "当日值班日志尚未签字闭合"
REST_DAY = "休息日"
HOLIDAY = "法定节假日"
NOT_WORKDAY = "本日为{kind}，大厅不对外办公，无值班登记。"
SECTIONS = ("一、窗口人员考勤", "二、考勤汇总", "三、巡查记录", "四、下班前检查", "五、交接班事项及备注")
HEAD_TOP = ("窗口", "姓名", "", "上午", "", "", "下午", "", "备注")  # 上午, 下午 over the middle of three
HEAD_SUB = ("", "", "签到", "签退", "状态", "签到", "签退", "状态", "")
HEAD_ROWS = 2
HEAD_HEIGHT = 15  # points, each header row
RULE = 0.5  # points, the table's inner rules
STATUS_CN = {
    attendance.ON_TIME: "正常",
    attendance.LATE: "迟到",
    attendance.EARLY: "早退",
    attendance.LATE_EARLY: "迟到早退",
    attendance.MISSING: "缺卡",
    attendance.ABSENT: "旷工",
    attendance.LEAVE: "请假",
    attendance.PENDING: "进行中",
}
PROBLEMS = (attendance.LATE, attendance.EARLY, attendance.LATE_EARLY, attendance.MISSING, attendance.ABSENT)
NO_STAFF = "无在岗人员"
NO_WINDOW = "—"
SUBSTITUTE = "替岗：{name}"
STANDS_IN = "替{name}顶岗"
AWAITING = "（待审批）"
CORRECTED = "已补卡"
PEOPLE = "{n} 人"
SUMMARY_LABEL = "统计"
OFF_POST = "脱岗"
SUMMARY_LINE = "应考勤 {people} 人、{sessions} 个半天：{counts}。"
NONE = "无"
INSPECTION_HEAD = ("时间", "窗口", "人员", "类别", "情况说明", "结论")
VERDICT_POSITIVE, VERDICT_COVERED, VERDICT_COUNTED, VERDICT_NOTED = "表扬", "已批准外出", "计入考核", "不计次"
NO_FINDINGS = "本日无巡查记录。"
CHECK_HEAD = ("窗口", "电源")
CHECK_DONE = "已关闭 ✓"
CHECKED_BY = "窗口电源检查人：{names}"
NOT_CHECKED = "未检查"
HALL_CHECKS = ("大厅卫生", "安全检查（灭火器、应急灯、安全出口）", "门窗关闭")
CHECK_OK = "正常 ✓"
HANDOVER, REMARKS, REOPENED = "交接班事项", "备注", "重新开启记录"
REOPENING = "{at} 由 {by} 重新开启，原因：{reason}"
SIGNED = "已于 {at} 在系统中签字（{who}）"
OFFICER_WORD, LEADER_WORD = "值班员", "带班领导"

# Column widths of the attendance table, in the A4 form's 170 mm type area.
COLUMNS = tuple(w * MM for w in (14, 20, 13, 13, 17, 13, 13, 17, 50))
TABLE_PT = 9
GREY = "#e8e8e8"


@dataclass(frozen=True)
class Words:
    """Every word the register prints, and the widths that depend on them, in one language."""

    title: str = TITLE
    date: str = DATE
    unit_on_duty: str = UNIT_ON_DUTY
    leader: str = LEADER
    officers: str = OFFICERS
    not_set: str = NOT_SET
    no_log: str = NO_LOG
    not_closed: str = NOT_CLOSED
    rest_day: str = REST_DAY
    holiday: str = "{name} " + HOLIDAY  # the holiday's name, e.g. 国庆节
    not_workday: str = NOT_WORKDAY
    sections: tuple[str, ...] = SECTIONS
    head_top: tuple[str, ...] = HEAD_TOP
    head_sub: tuple[str, ...] = HEAD_SUB
    status: dict[str, str] = field(default_factory=lambda: dict(STATUS_CN))
    sessions: dict[str, str] = field(default_factory=lambda: dict(documents.SESSIONS))
    no_staff: str = NO_STAFF
    substitute: str = SUBSTITUTE
    stands_in: str = STANDS_IN
    awaiting: str = AWAITING
    corrected: str = CORRECTED
    people: str = PEOPLE
    unit_heading: str = "{unit}（{people}）"
    summary_label: str = SUMMARY_LABEL
    off_post: str = OFF_POST
    off_post_found: str = "{name}（{at} 巡查）"
    summary_line: str = SUMMARY_LINE
    none: str = NONE
    inspection_head: tuple[str, ...] = INSPECTION_HEAD
    verdicts: tuple[str, str, str, str] = (VERDICT_POSITIVE, VERDICT_COVERED, VERDICT_COUNTED, VERDICT_NOTED)
    no_findings: str = NO_FINDINGS
    check_head: tuple[str, str] = CHECK_HEAD
    check_done: str = CHECK_DONE
    checked_by: str = CHECKED_BY
    not_checked: str = NOT_CHECKED
    hall_checks: tuple[str, str, str] = HALL_CHECKS
    check_ok: str = CHECK_OK
    check_note: str = "（{note}）"
    handover: str = HANDOVER
    remarks: str = REMARKS
    reopened: str = REOPENED
    reopening: str = REOPENING
    signed: str = SIGNED
    officer_word: str = OFFICER_WORD
    leader_word: str = LEADER_WORD
    list_sep: str = "、"  # between names
    clause_sep: str = "，"  # between the parts of a remark or a count
    remark_sep: str = "；"  # between remarks
    when: str = "{name}（{sessions}）"  # a person and the sessions of a problem
    printed_by: str = documents.PRINTED_BY
    page_of: str = documents.PAGE_OF
    word_wrap: str | None = "CJK"  # None: lines break between words only
    sign_here: tuple[str, ...] = ()  # () for the Chinese signature line: 签字：____ 日期：__年__月__日
    # Layout in millimetres: the attendance and inspection tables' columns, the
    # closing checks' window column, the header block's label column, the
    # signature lines' label column.
    columns_mm: tuple[int, ...] = (14, 20, 13, 13, 17, 13, 13, 17, 50)
    inspection_mm: tuple[int, ...] = (14, 12, 22, 38, 64, 20)
    check_window_mm: float = 11
    label_mm: float = 22
    signer_mm: float = 28

    def long_date(self, day: dt.date) -> str:
        """2026年11月26日  星期四, or Thursday 26 November 2026."""
        if self is LABELS["zh_CN"]:
            return f"{documents.cn_date(day)}  {documents.cn_weekday(day)}"
        return f"{EN_WEEKDAYS[day.weekday()]} {day.day} {EN_MONTHS[day.month - 1]} {day.year}"


EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


ENGLISH = Words(
    title="Leader Duty Register",
    date="Date",
    unit_on_duty="Unit on duty",
    leader="Duty leader",
    officers="Duty officer(s)",
    not_set="Not scheduled",
    no_log="The day's duty log has not been opened",
    not_closed="The day's duty log has not been signed off",
    rest_day="Rest day",
    holiday="Public holiday {name}",
    not_workday="{kind}: the hall is closed to the public; there is no duty to register.",
    sections=(
        "1. Attendance at the windows",
        "2. Attendance summary",
        "3. Inspections",
        "4. Closing checks",
        "5. Handover and remarks",
    ),
    head_top=("Window", "Name", "", "Morning", "", "", "Afternoon", "", "Remarks"),
    head_sub=("", "", "In", "Out", "Status", "In", "Out", "Status", ""),
    status={
        attendance.ON_TIME: "On time",
        attendance.LATE: "Late",
        attendance.EARLY: "Early leave",
        attendance.LATE_EARLY: "Late and early",
        attendance.MISSING: "Missing punch",
        attendance.ABSENT: "Absent without leave",
        attendance.LEAVE: "Leave",
        attendance.PENDING: "In progress",
    },
    sessions={"AM": "morning", "PM": "afternoon"},
    no_staff="No one on duty",
    substitute="substitute: {name}",
    stands_in="standing in for {name}",
    awaiting=" (awaiting approval)",
    corrected="punch corrected",
    people="{n} people",
    unit_heading="{unit} ({people})",
    summary_label="Summary",
    off_post="Off post",
    off_post_found="{name} (inspection at {at})",
    summary_line="{people} people, {sessions} half-days: {counts}.",
    none="None",
    inspection_head=("Time", "Window", "Person", "Category", "Details", "Outcome"),
    verdicts=("Commendation", "Approved outing", "Counted", "Not counted"),
    no_findings="No inspection findings today.",
    check_head=("Window", "Power"),
    check_done="Off ✓",
    checked_by="Window power checked by: {names}",
    not_checked="Not checked",
    hall_checks=(
        "Hall hygiene",
        "Safety (extinguishers, emergency lights, exits)",
        "Doors and windows closed",
    ),
    check_ok="OK ✓",
    check_note=" ({note})",
    handover="Handover",
    remarks="Remarks",
    reopened="Reopened",
    reopening="{at} reopened by {by}, reason: {reason}",
    signed="Signed in HallDesk at {at} ({who})",
    officer_word="duty officer",
    leader_word="duty leader",
    list_sep=", ",
    clause_sep=", ",
    remark_sep="; ",
    when="{name} ({sessions})",
    printed_by="Printed from HallDesk {time}",
    page_of="Page {page} of {total}",
    word_wrap=None,
    sign_here=("Signature:", "Date:"),
    columns_mm=(14, 22, 11, 11, 22, 11, 11, 22, 46),
    inspection_mm=(13, 18, 22, 36, 51, 30),
    check_window_mm=17,
    label_mm=28,
    signer_mm=32,
)
LANGUAGES = ("zh_CN", "en")
LABELS: dict[str, Words] = {"zh_CN": Words(), "en": ENGLISH}
CHINESE = LABELS["zh_CN"]


def words(lang: str | None = None) -> Words:
    """The register's words in ``lang``; None means the hall's setting register_language."""
    if lang is None:
        from app import settings

        lang = str(settings.get("register_language") or "zh_CN")
    if lang not in LABELS:
        raise ValueError(f"no register in {lang!r}: use one of {', '.join(LANGUAGES)}")
    return LABELS[lang]


# ---------------------------------------------------------------- the facts


@dataclass(frozen=True)
class RegisterFacts:
    """Everything the register prints, read once."""

    day: dt.date
    hall: str
    calendar_day: hall_calendar.DayInfo
    rota: Any | None  # duty_rota.RotaDay
    sessions: list[SessionRow]
    absentees: list[leave.SlipRow]
    windows: list[roster.WindowRow]
    inspections: list  # inspections.InspectionRow, voided ones left out
    log: Any | None  # duty_log.LogView
    off_post: list[str]  # names of people whose sessions were off post (an outing's overrun)
    officer: Person | None
    leader: Person | None


def gather(day: dt.date) -> RegisterFacts:
    """Read the day: rota, sessions (derived first if stale), leave, windows, findings, the log."""
    from app import duty_log, duty_rota, settings

    info = hall_calendar.days(day, day)[0]
    log = duty_log.get_log(day)
    return RegisterFacts(
        day=day,
        hall=str(settings.get("hall_name") or ""),
        calendar_day=info,
        rota=duty_rota.rota_day(day),
        sessions=attendance.day_sessions(day) if info.workday else [],
        absentees=leave.absentees(day) if info.workday else [],
        windows=roster.list_windows(),
        inspections=[i for i in day_inspections(day) if not i.voided],
        log=log,
        off_post=(log.summary if log is not None else duty_log.attendance_summary(day)).off_post
        if info.workday
        else [],
        officer=account(log.officer_signed_by) if log is not None else None,
        leader=account(log.leader_signed_by) if log is not None else None,
    )


def day_inspections(day: dt.date) -> list:
    """The day's findings; none in a build without the inspections module."""
    try:
        from app import inspections
    except ModuleNotFoundError as err:
        if err.name != "app.inspections":
            raise
        return []
    return list(inspections.list_inspections(day=day))


# ---------------------------------------------------------------- the register's words


def status_counts(sessions: list[SessionRow]) -> Counter:
    """Sessions per status, exactly as the attendance tab counts them."""
    return Counter(s.status for s in sessions)


def summary_text(sessions: list[SessionRow], w: Words = CHINESE) -> str:
    """应考勤 12 人、24 个半天：正常 20，迟到 1，…"""
    counts = status_counts(sessions)
    listed = w.clause_sep.join(f"{w.status[s]} {counts[s]}" for s in attendance.STATUSES if counts[s])
    people = len({s.staff_id for s in sessions})
    return w.summary_line.format(people=people, sessions=len(sessions), counts=listed or w.none)


def problem_lines(sessions: list[SessionRow], w: Words = CHINESE) -> list[tuple[str, str]]:
    """(迟到, 张三（上午、下午）、李四（下午）): one line per problem status that occurred."""
    named: dict[str, dict[int, list[str]]] = defaultdict(dict)
    names: dict[int, str] = {}
    for s in sessions:
        if s.status in PROBLEMS:
            named[s.status].setdefault(s.staff_id, []).append(w.sessions[s.session])
            names[s.staff_id] = s.name
    return [
        (
            w.status[status],
            w.list_sep.join(
                w.when.format(name=names[i], sessions=w.list_sep.join(when))
                for i, when in named[status].items()
            ),
        )
        for status in PROBLEMS
        if named[status]
    ]


def leave_text(slip: leave.SlipRow, w: Words = CHINESE) -> str:
    """病假，替岗：李四 — or 临时外出 09:30–10:30; a slip not yet decided says so."""
    text = slip.kind
    if slip.outing:
        text += f" {slip.out_time or '--:--'}–{slip.back_time or '--:--'}"
    if slip.substitute:
        text += w.clause_sep + w.substitute.format(name=slip.substitute)
    if slip.status == leave.REQUESTED:
        text += w.awaiting
    return text


def remarks_by_person(facts: RegisterFacts, w: Words = CHINESE) -> dict[int, list[str]]:
    """The remarks column: leave with substitutes, standing in for someone, corrected punches."""
    out: dict[int, list[str]] = defaultdict(list)
    for slip in facts.absentees:
        out[slip.staff_id].append(leave_text(slip, w))
        if slip.substitute_id is not None and slip.status != leave.REQUESTED:
            out[slip.substitute_id].append(w.stands_in.format(name=slip.name))
    for s in facts.sessions:
        if s.corrected and w.corrected not in out[s.staff_id]:
            out[s.staff_id].append(w.corrected)
    return out


def verdict(finding: Any, w: Words = CHINESE) -> str:
    """What a finding amounts to: a commendation, an approved outing, counted or only noted."""
    positive, covered, counted, noted = w.verdicts
    if finding.positive:
        return positive
    if finding.off_post and finding.covered_by:
        return covered
    return counted if finding.counted else noted


def signed_note(who: Person | None, at: dt.datetime | None, role: str, w: Words = CHINESE) -> str:
    """已于 2026-11-26 17:42 在系统中签字（值班员 张艳）, or "" when not signed."""
    if who is None or at is None:
        return ""
    name = who.short if who.short.startswith(role) else f"{role} {who.short}"
    return w.signed.format(at=documents.minute(documents.to_local(at)), who=name)


def bare_name(name: str | None) -> str:
    """徐鹏飞 from an account named with its post (带班领导 徐鹏飞): the label says the post already."""
    name = (name or "").strip()
    for post in (LEADER, OFFICERS, OFFICER_WORD):
        if name.startswith(post) and name[len(post) :].strip():
            return name[len(post) :].strip()
    return name


def leader_text(rota: Any, w: Words = CHINESE) -> str:
    return bare_name(getattr(rota, "leader", "")) or w.not_set


def officers_text(rota: Any, w: Words = CHINESE) -> str:
    names = [bare_name(n) for n in (getattr(rota, "officer", ""), getattr(rota, "officer2", "")) if n]
    return w.list_sep.join(names) or w.not_set


def day_kind(info: hall_calendar.DayInfo, w: Words = CHINESE) -> str:
    """休息日, or 国庆节 法定节假日."""
    if info.kind == hall_calendar.HOLIDAY:
        return w.holiday.format(name=info.name or "").strip()
    return w.rest_day


def power_text(check: Any, w: Words = CHINESE) -> str:
    """已关闭 ✓, ✓ with the note, the note of a window not switched off, or 未检查."""
    if check.power_off:
        return f"✓ {check.note}" if check.note else w.check_done
    return check.note or w.not_checked


def checker_names(checks: list) -> list[str]:
    """Who ticked the windows, by their accounts' names, in order of first appearance."""
    out: list[str] = []
    for username in dict.fromkeys(c.checked_by for c in checks if c.checked_by):
        who = account(username)
        out.append(who.short if who else username)
    return out


def reopening_text(reopening: tuple[str, str, dt.datetime], w: Words = CHINESE) -> str:
    """2026-11-27 09:05 由 李刚 重新开启，原因：…"""
    reason, by, at = reopening
    who = account(by)
    return w.reopening.format(
        at=documents.minute(documents.to_local(at)), by=who.short if who else "", reason=reason
    )
