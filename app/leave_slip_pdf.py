"""The printed leave slip (请假条) or outing slip (临时外出审批单): one A4 page a unit files.

Top: the hall's name, the title (with a boxed 补请假 when the slip was filed
after the fact), the slip's number and the day it was filed. A ruled table
holds the facts: who, unit, kind, when, how long (half-day sessions on
workdays; an outing in hours and minutes), reason, substitute, the duty
leader reported to, and the trail: filed, decided, returned (销假, with the
overrun of an outing back late), status. Below, lines to sign by hand for
the applicant, the unit head and the duty leader; an approval given in
HallDesk is printed with name and time under the leader's line.

Long reasons and remarks wrap, and get smaller until the slip fits one page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app import document_parts as parts
from app import documents, leave
from app.documents import MM
from app.errors import NotFound
from app.i18n import translate
from app.leave import APPROVED, CANCELLED, REJECTED, REQUESTED, RETURNED, SlipRow
from app.schedule import minutes

# A 请假条 is a Chinese document the bureau files, whatever language the
# window speaks: every word printed on it is a Chinese constant, not a
# translated string. Only messages to the user are translated.
TITLE_LEAVE = "请假条"
TITLE_OUTING = "临时外出审批单"
AFTER_THE_FACT = "补请假"
NUMBER = "编号：{code}"
FILED_ON = "填报日期：{date}"
NAME, STAFF_NO, UNIT = "姓名", "工号", "单位"
KIND = {False: "请假类别", True: "外出类别"}
PERIOD = {False: "请假时间", True: "外出时间"}
REASON = {False: "请假事由", True: "外出事由"}
TOTAL = "共计"
SUBSTITUTE, REPORTED_TO = "替岗人员", "报告带班领导"
FILED, DECIDED, RETURN, STATUS = "登记", "审批", "销假", "当前状态"
NONE = "无"
STATUS_TEXT = {
    REQUESTED: "待审批",
    APPROVED: "已批准",
    REJECTED: "不予批准",
    RETURNED: "已销假",
    CANCELLED: "已撤销",
}
ROLE_TEXT = {"leader": "带班领导", "manager": "分管领导"}
APPROVER = "审批人"
SIGNERS = ("申请人", "单位负责人", "带班领导")


@dataclass(frozen=True)
class Level:
    """How compact the slip is set: the first level that fits one page is printed."""

    text: float  # points, for the reason, the remark and a cancellation's reason
    reason_box: float  # the reason's box is at least this tall (room to write by hand)
    padding: float  # above and below each cell's text
    gap: float  # between the table and the signatures, and between signature lines


LEVELS = (
    Level(11, 42 * MM, 7, 10 * MM),
    Level(11, 30 * MM, 6, 7 * MM),
    Level(10.5, 20 * MM, 5, 5 * MM),
    *(Level(size, 0, 4 if size >= 9 else 3, 4 * MM) for size in (10, 9.5, 9, 8.5, 8, 7.5, 7)),
)
LABEL_WIDTH = 28 * MM
VALUE_WIDTH = (documents.A4_FORM.width - 2 * LABEL_WIDTH) / 2
COLUMNS = (LABEL_WIDTH, VALUE_WIDTH, LABEL_WIDTH, VALUE_WIDTH)  # the type area's width


@dataclass(frozen=True)
class Person:
    """A HallDesk account as the slip names it."""

    username: str
    display_name: str
    role: str

    @property
    def full(self) -> str:
        """李刚（leader1）, or the user name alone."""
        if self.display_name and self.display_name != self.username:
            return f"{self.display_name}（{self.username}）"
        return self.username

    @property
    def short(self) -> str:
        return self.display_name or self.username


def account(username: str) -> Person | None:
    """The account behind a stored user name (None for none; the bare name if it is gone)."""
    from db.models import User

    if not username:
        return None
    user = User.get_or_none(User.username == username)
    if user is None:
        return Person(username, "", "")
    return Person(user.username, user.display_name, user.role)


# ---------------------------------------------------------------- the slip's words


def slip_code(row: SlipRow) -> str:
    """2025-000123: the year the slip was filed, then its id."""
    return f"{documents.to_local(row.created_at).year}-{row.id:06d}"


def title_of(row: SlipRow) -> str:
    return TITLE_OUTING if row.outing else TITLE_LEAVE


def period_text(row: SlipRow) -> str:
    """自 2025年12月2日上午 至 2025年12月3日上午, or 2025年12月2日 09:30 至 10:30 for an outing."""
    if row.outing:
        return f"{documents.cn_date(row.start_day)} {row.out_time or '--:--'} 至 {row.back_time or '--:--'}"
    start = documents.cn_date(row.start_day) + documents.SESSIONS.get(row.start_session, "")
    end = documents.cn_date(row.end_day) + documents.SESSIONS.get(row.end_session, "")
    return f"自 {start} 至 {end}"


def duration_text(minutes: int) -> str:
    """1 小时 30 分钟"""
    hours, rest = divmod(max(0, minutes), 60)
    if hours and rest:
        return f"{hours} 小时 {rest} 分钟"
    return f"{hours} 小时" if hours else f"{rest} 分钟"


def total_text(row: SlipRow, sessions: int) -> str:
    """How long: days and half-day sessions on workdays; an outing's hours and minutes."""
    if row.outing:
        if not (row.out_time and row.back_time):
            return ""
        return duration_text(minutes(row.back_time) - minutes(row.out_time))
    if sessions == 0:
        return "0 天（所列时间均非工作日）"
    days = f"{sessions / 2:g}"
    return f"{days} 天（{sessions} 个半天，按工作日计）"


def decision_verb(row: SlipRow) -> str:
    return "不予批准" if row.status == REJECTED else "批准"


def decided_text(row: SlipRow, approver: Person | None) -> str:
    """The decision in the trail: 审批结果：批准；审批人：李刚（leader1）；审批时间：2025-12-01 16:05."""
    if approver is None:
        return "尚未审批" if row.status in (REQUESTED, CANCELLED) else ""
    when = f"；审批时间：{documents.minute(documents.to_local(row.decided_at))}" if row.decided_at else ""
    return f"审批结果：{decision_verb(row)}；审批人：{approver.full}{when}"


def remark_text(row: SlipRow) -> str:
    """审批意见：… (a cancelled slip's remark is the reason for cancelling, shown with the status)."""
    return f"审批意见：{row.remark}" if row.remark and row.status != CANCELLED else ""


def returned_text(row: SlipRow, officer: Person | None) -> str:
    """销假: when, recorded by whom, and an outing's overrun (超时 N 分钟)."""
    if row.returned_at is None:
        return "尚未销假" if row.status == APPROVED else "—"
    text = f"{documents.minute(row.returned_at)} 返回"
    if row.outing:
        text += f"，超时 {row.overrun_minutes} 分钟" if row.overrun_minutes > 0 else "，按时返回"
    if officer is not None:
        text += f"；登记人：{officer.full}"
    return text


def status_text(row: SlipRow) -> str:
    text = STATUS_TEXT.get(row.status, row.status)
    if row.status == CANCELLED and row.remark:
        text += f"（撤销原因：{row.remark}）"
    return text


def leader_note(row: SlipRow, approver: Person | None) -> str:
    """已于 2025-12-01 16:05 在系统中批准（带班领导 李刚）, when the decision was made in HallDesk."""
    if approver is None:
        return ""
    role = ROLE_TEXT.get(approver.role, APPROVER)
    when = f"于 {documents.minute(documents.to_local(row.decided_at))} " if row.decided_at else ""
    # Accounts are often named with their post (带班领导 李刚): say the post once.
    who = approver.short if approver.short.startswith(role) else f"{role} {approver.short}"
    return f"已{when}在系统中{decision_verb(row)}（{who}）"


# ---------------------------------------------------------------- layout


@dataclass(frozen=True)
class SlipFacts:
    """Everything printed, gathered once; the layout is tried at several sizes."""

    row: SlipRow
    hall: str
    sessions: int
    filer: Person | None
    approver: Person | None
    returner: Person | None


def gather(slip_id: int) -> SlipFacts:
    """Read the slip and what it refers to; NotFound for an unknown id."""
    from app import settings
    from db.models import LeaveSlip

    try:
        row = leave.get_slip(slip_id)
    except NotFound:
        raise NotFound(
            translate("LeaveSlipPdf", "There is no leave slip with number {id}.").format(id=slip_id)
        ) from None
    sessions = 0 if row.outing else len(leave.covered_sessions(LeaveSlip.get_by_id(slip_id)))
    return SlipFacts(
        row=row,
        hall=str(settings.get("hall_name") or ""),
        sessions=sessions,
        filer=account(row.created_by),
        approver=account(row.decided_by),
        returner=account(row.returned_by),
    )


def story(facts: SlipFacts, font: str, level: int = 0) -> list:
    """The slip's flowables; a higher ``level`` sets long text smaller."""
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.platypus import Spacer

    row = facts.row
    st = documents.styles(font)
    fit = LEVELS[min(level, len(LEVELS) - 1)]
    long = st.cell.clone("long", fontSize=fit.text, leading=round(fit.text * 1.45, 1))
    right = st.body.clone("right", alignment=TA_RIGHT)
    left = st.body.clone("left", alignment=TA_LEFT)

    def label(text: str):
        return parts.para(text, st.label)

    def value(text: str, style=st.cell):
        return parts.para(text, style)

    filed = f"{documents.minute(documents.to_local(row.created_at))} 登记"
    if facts.filer is not None:
        filed = f"{facts.filer.full} 于 {filed}"
    if row.after_the_fact:
        filed += f"（{AFTER_THE_FACT}）"
    decision = [value(decided_text(row, facts.approver))]
    if remark_text(row):
        decision.append(value(remark_text(row), long))
    rows = [
        [label(NAME), value(row.name), label(STAFF_NO), value(row.staff_no)],
        [label(UNIT), value(row.unit), label(KIND[row.outing]), value(row.kind)],
        [label(PERIOD[row.outing]), value(period_text(row)), None, None],
        [label(TOTAL), value(total_text(row, facts.sessions)), None, None],
        [
            label(REASON[row.outing]),
            parts.min_height(value(row.reason, long), fit.reason_box),
            None,
            None,
        ],
        [label(SUBSTITUTE), value(row.substitute or NONE), label(REPORTED_TO), value(row.reported_to)],
        [label(FILED), value(filed), None, None],
        [label(DECIDED), decision, None, None],
        [label(RETURN), value(returned_text(row, facts.returner)), None, None],
        [label(STATUS), value(status_text(row), long if row.status == CANCELLED else st.cell), None, None],
    ]
    spans = [("SPAN", (1, r), (3, r)) for r in (2, 3, 4, 6, 7, 8, 9)]
    table = parts.ruled_table(rows, COLUMNS, font=font, extra=spans, padding=fit.padding)

    header = parts.layout_table(
        [
            [
                value(NUMBER.format(code=slip_code(row)), left),
                value(FILED_ON.format(date=_filed_day(row)), right),
            ]
        ],
        [sum(COLUMNS) / 2] * 2,
        font=font,
    )
    notes = {SIGNERS[2]: leader_note(row, facts.approver)}
    gap = fit.gap
    out = []
    if facts.hall:
        out += [parts.para(facts.hall, st.hall), Spacer(1, 1 * MM)]
    out += [
        parts.heading(title_of(row), font, 22, AFTER_THE_FACT if row.after_the_fact else ""),
        Spacer(1, 4 * MM),
        header,
        Spacer(1, 1.5 * MM),
        table,
        Spacer(1, gap),
    ]
    for signer in SIGNERS:
        out += [parts.signature_line(signer, st, notes.get(signer, ""), LABEL_WIDTH), Spacer(1, gap / 3)]
    return out


def _filed_day(row: SlipRow) -> str:
    return documents.cn_date(documents.to_local(row.created_at).date())


def slip_pdf(slip_id: int, printed_at: dt.datetime | None = None) -> bytes:
    """The slip as PDF bytes (for a preview in the window); NotFound for an unknown id."""
    facts = gather(slip_id)
    font = documents.document_font()
    row = facts.row
    info = documents.DocumentInfo(
        title=f"{title_of(row)} {slip_code(row)} {row.name}", author=facts.hall, subject=row.kind
    )
    return documents.render_fitting(
        lambda level: story(facts, font, level),
        len(LEVELS),
        font=font,
        page=documents.A4_FORM,
        info=info,
        footer=documents.printed_footer(font, printed_at or dt.datetime.now()),
    )


def write_slip_pdf(slip_id: int, path: Path, printed_at: dt.datetime | None = None) -> Path:
    """Write slip ``slip_id`` as a one-page A4 PDF to ``path``.

    Raises NotFound for an unknown slip and HallDeskError for a place that
    cannot be written; in either case no file (and no partial file) is left.
    """
    data = slip_pdf(slip_id, printed_at)
    return documents.write_pdf(Path(path), data)
