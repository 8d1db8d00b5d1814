"""The Monday brief (周一早会通报, rule R2): the previous week of every unit as a meeting handout.

Every Monday at 07:30 the leader in charge reviews each unit's week and
announces the problems of its windows. The brief is what lies on the table:
the hall's name and the week; a paragraph that opens the announcement; per
unit the week's figures with the change of violations against the week
before; a stacked bar chart of the violations per unit (the series, order
and colours of the weekly dialog, app.weekly.CHART_SERIES); the problems
announced per unit, each person with what happened and when; the sanctions
decided (with the notice number once issued) and those the meeting still has
to decide; the open items to settle before the meeting. A year summary
(``period.window == "year"``) has the same layout, titled as the year's
review, without the sanctions and open items (they belong to weeks).

Everything printed comes from app.weekly.Summary, except the "when" of each
problem: one query over the offenders' sessions and findings of the week.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from app import document_parts as parts
from app import documents, register_facts, sanctions
from app.documents import MM
from app.errors import HallDeskError, ValidationError
from app.i18n import translate
from app.register_facts import EN_MONTHS, EN_WEEKDAYS, GREY
from app.sanction_rules import (
    CONFIRMED,
    DISMISSED,
    ISSUED,
    KIND_LABELS,
    KIND_NAMES,
    PROPOSED,
    REVOKED,
    WEEK,
    WITHDRAWN,
)
from app.weekly import (
    CHART_SERIES,
    UNIT_FIGURES,
    PersonWeek,
    Proposal,
    Summary,
    UnitWeek,
    chart_rows,
    series_label,
    tick_step,
)

# The brief is a document the bureau hands out, in the language the hall
# chose for its printed registers (the setting register_language: Chinese
# unless changed) or the one asked for, whatever language the window speaks:
# the words printed on it are the constants below (LABELS), not translations.
# Only messages to the user go through translate().

MEETING_TIME = "07:30"
MISSING_INLINE = 8  # more missing punches than this are listed day by day
DECIDED = (CONFIRMED, ISSUED)
OPEN = (None, PROPOSED)
SET_ASIDE = (DISMISSED, WITHDRAWN, REVOKED)
# The per-unit table's figures after the unit's name, in order.
UNIT_COLUMNS = (*UNIT_FIGURES, "violations")
# What a person's problem line counts, in the chart's order.
PROBLEM_KEYS = tuple(key for key, _ in CHART_SERIES)


@dataclass(frozen=True)
class BriefWords:
    """Every word the brief prints in one language, and the widths that depend on them."""

    register: register_facts.Words = register_facts.CHINESE
    title: str = "{hall}周一早会通报"
    year_title: str = "{hall}{year}年度窗口工作情况汇总"
    hall_above: bool = False  # the hall's name on a line of its own above the title
    week: str = "{year}年第{week}周（{span}）"
    week_in_text: str = "{year}年第{week}周（{span}）"  # the same inside a sentence
    year_in_text: str = "{year}年度"
    year: str = "{year}年{span}"
    up_to: str = "（统计至{day}）"
    facts: str = "工作日{days}天，考勤{people}人、{sessions}个半天"
    meeting: str = "早会时间：{date}（{weekday}）{time}"
    printed: str = "印发日期：{date}"
    opening: str = "现将{period}各单位窗口工作情况通报如下，请各单位对照整改。"
    sections: tuple[str, ...] = (
        "一、各单位考勤情况",
        "二、违规情况分布",
        "三、问题通报",
        "四、处理情况",
        "五、会前待办事项",
    )
    unit_head: tuple[str, ...] = (
        "单位",
        "人数",
        "考勤\n半天",
        "迟到",
        "早退",
        "旷工",
        "缺卡",
        "脱岗",
        "巡查\n发现",
        "请假\n半天",
        "表扬",
        "违规\n合计",
        "较上周",
    )
    total: str = "合计"
    table_note: str = "注：违规合计为迟到、早退、旷工、脱岗与巡查发现次数之和（缺卡待核实，不计入）。"
    change_note: str = "较上周为违规合计与上一周相比的增减。"
    chart_caption: str = "各单位违规次数（按类别堆叠）"
    no_violations_chart: str = "本期无违规。"
    unit_heading: str = "（{n}）{unit}：违规{violations}次{change}，涉及{people}人。"
    unit_clean: str = "（{n}）{unit}：无违规。"
    change_text: str = "（较上周{change}）"
    counts_item: str = "{what}{n}次"
    person: str = "{name}（{no}）{counts}。"
    person_when: str = "{name}（{no}）{counts}：{items}。"
    commended: str = "受到表扬：{names}。"
    commended_person: str = "{name}（{no}）{n}次"
    clean_units: str = "以下单位本期无违规：{units}。"
    no_problems: str = "本期各单位均无违规。"
    session_item: str = "{date}{session}{what}"
    clock_in: str = "{time}签到"
    clock_out: str = "{time}签退"
    no_punch: str = "无打卡"
    finding_item: str = "{date}{time}巡查发现“{category}”"
    finding: str = "巡查发现"
    decided: str = "（一）已决定的处理"
    undecided: str = "（二）待早会决定的处理建议"
    sanction_head: tuple[str, ...] = ("单位", "姓名", "工号", "处理", "依据", "状态")
    basis_week: str = "本周计{n}次"
    basis_other: str = "{period}累计{n}次"
    status_text: tuple[tuple[str | None, str], ...] = (
        (None, "系统建议，尚未登记"),
        (PROPOSED, "待确认"),
        (CONFIRMED, "已确认，待发文"),
        (ISSUED, "已发文\n{notice}"),
        (DISMISSED, "不予处理"),
        (WITHDRAWN, "已撤回"),
        (REVOKED, "已撤销"),
    )
    none_decided: str = "本周尚无已决定的处理。"
    none_open: str = "无待决定的处理建议。"
    no_sanctions: str = "本周无应处理事项。"
    set_aside: str = "另有{n}项建议未予处理：{items}。"
    set_aside_item: str = "{name}（{kind}，{status}）"
    kinds: tuple[tuple[str, str], ...] = tuple(KIND_NAMES.items())
    open_unclosed: str = "值班日志未签字闭合（{n}天）：{days}。"
    open_missing: str = "缺卡待核实（{n}人次）：{items}。"
    open_missing_item: str = "{name}（{no}）{date}{session}"
    open_missing_by_day: str = "缺卡待核实（{n}人次），按日期列出如下："
    open_day: str = "{date}（{n}人次）：{items}。"
    open_missing_person: str = "{name}（{no}）{session}"
    open_leave: str = "请假待审批（{n}件）：{items}。"
    open_leave_item: str = "{name}（{no}）{kind}{first}—{last}"
    open_corrections: str = "补卡待审批（{n}件）：{items}。"
    open_correction_item: str = "{name}（{no}）{date}{session}{which}{time}"
    which: tuple[tuple[str, str], ...] = (("in", "签到"), ("out", "签退"))
    no_open: str = "无。"
    open_close: str = "以上事项请于早会前处理完毕。"
    list_sep: str = "、"  # between names and items
    what_sep: str = "、"  # between the problems of one session
    item_sep: str = "，"  # between the events of one person
    positive_sign: str = "+"
    # Layout in millimetres: the unit table (the unit's column, then one per
    # figure), the sanctions table, the chart's label column at most.
    unit_mm: tuple[float, ...] = (44, 10, 13, 10, 10, 10, 10, 10, 10, 10, 10, 10, 13)
    sanction_mm: tuple[float, ...] = (42, 16, 12, 36, 20, 44)
    head_pt: float = 9

    def date(self, day: dt.date, year: bool = False) -> str:
        """11月16日 (2026年11月16日), or 16 November (16 November 2026)."""
        if self.register is register_facts.CHINESE:
            return documents.cn_date(day) if year else f"{day.month}月{day.day}日"
        return f"{day.day} {EN_MONTHS[day.month - 1]}" + (f" {day.year}" if year else "")

    def short_date(self, day: dt.date) -> str:
        """11月16日, or 16 Nov."""
        if self.register is register_facts.CHINESE:
            return f"{day.month}月{day.day}日"
        return f"{day.day} {EN_MONTHS[day.month - 1][:3]}"

    def weekday(self, day: dt.date) -> str:
        if self.register is register_facts.CHINESE:
            return documents.cn_weekday(day)
        return EN_WEEKDAYS[day.weekday()]

    def span(self, first: dt.date, last: dt.date) -> str:
        """11月16日—11月22日 (years shown when the span crosses one), or 16–22 November."""
        crosses = first.year != last.year
        if self.register is register_facts.CHINESE:
            return f"{self.date(first, crosses)}—{self.date(last, crosses)}"
        if crosses:
            return f"{self.date(first, True)} – {self.date(last, True)}"
        if first.month == last.month:
            return f"{first.day}–{last.day} {EN_MONTHS[last.month - 1]}"
        return f"{self.date(first)} – {self.date(last)}"

    def kind(self, kind: str) -> str:
        return dict(self.kinds).get(kind, kind)

    def status(self, status: str | None, notice: str = "") -> str:
        return dict(self.status_text).get(status, status or "").format(notice=notice).strip()

    def number(self, n: int) -> str:
        """（一）…: the number of a unit's paragraph."""
        if self.register is not register_facts.CHINESE:
            return str(n)
        digits = "零一二三四五六七八九"
        if n < 10:
            return digits[n]
        tens, ones = divmod(n, 10)
        return (digits[tens] if tens > 1 else "") + "十" + (digits[ones] if ones else "")


ENGLISH = BriefWords(
    register=register_facts.ENGLISH,
    title="Monday Meeting Brief",
    year_title="Review of Window Work in {year}",
    hall_above=True,
    week="Week {week} of {year} ({span})",
    week_in_text="week {week} of {year} ({span})",
    year_in_text="{year}",
    year="{span} {year}",
    up_to=" (figures up to {day})",
    facts="{days} workdays, {people} staff, {sessions} half-day sessions",
    meeting="Meeting: {weekday} {date}, {time}",
    printed="Issued: {date}",
    opening=(
        "The figures of {period} for each unit's windows are announced below; "
        "each unit is asked to correct the problems named."
    ),
    sections=(
        "1. Attendance by unit",
        "2. Violations by unit",
        "3. Problems announced",
        "4. Sanctions",
        "5. Open items before the meeting",
    ),
    unit_head=(
        "Unit",
        "Staff",
        "Half-\ndays",
        "Late",
        "Early\nleave",
        "Absent",
        "Missing\npunch",
        "Off\npost",
        "Findings",
        "Leave\nhalf-days",
        "Praise",
        "Violations",
        "vs last\nweek",
    ),
    total="Total",
    table_note=(
        "Note: violations are the late arrivals, early leaves, absences, off-post sessions "
        "and inspection findings together (missing punches are still to be checked and not counted)."
    ),
    change_note=" The last column is the change in violations against the week before.",
    chart_caption="Violations per unit, stacked by kind",
    no_violations_chart="No violations in the period.",
    unit_heading="({n}) {unit}: {violations} violations{change}, {people} people.",
    unit_clean="({n}) {unit}: no violations.",
    change_text=" ({change} on the week before)",
    counts_item="{what} ×{n}",
    person="{name} ({no}) — {counts}.",
    person_when="{name} ({no}) — {counts}: {items}.",
    commended="Commended: {names}.",
    commended_person="{name} ({no}) ×{n}",
    clean_units="No violations in these units: {units}.",
    no_problems="No unit had a violation in the period.",
    session_item="{what} on the {session} of {date}",
    clock_in="clocked in {time}",
    clock_out="clocked out {time}",
    no_punch="no punch",
    finding_item="inspection finding at {time} on {date}: {category}",
    finding="inspection finding",
    decided="(1) Sanctions decided",
    undecided="(2) Proposals for the meeting to decide",
    sanction_head=("Unit", "Name", "Staff no.", "Sanction", "Basis", "Status"),
    basis_week="{n} times this week",
    basis_other="{n} times in {period}",
    status_text=(
        (None, "proposed by HallDesk, not yet in the ledger"),
        (PROPOSED, "to be confirmed"),
        (CONFIRMED, "confirmed, notice to be issued"),
        (ISSUED, "notice issued:\n{notice}"),
        (DISMISSED, "dismissed"),
        (WITHDRAWN, "withdrawn"),
        (REVOKED, "revoked"),
    ),
    none_decided="No sanction has been decided this week yet.",
    none_open="No proposal awaits a decision.",
    no_sanctions="Nothing to decide this week.",
    set_aside="{n} more proposals were set aside: {items}.",
    set_aside_item="{name} ({kind}, {status})",
    kinds=tuple(KIND_LABELS.items()),
    open_unclosed="Duty logs not signed off ({n} days): {days}.",
    open_missing="Missing punches to check ({n}): {items}.",
    open_missing_item="{name} ({no}) {date} {session}",
    open_missing_by_day="Missing punches to check ({n}), by day:",
    open_day="{date} ({n}): {items}.",
    open_missing_person="{name} ({no}) {session}",
    open_leave="Leave slips awaiting approval ({n}): {items}.",
    open_leave_item="{name} ({no}) {kind} {first} – {last}",
    open_corrections="Punch corrections awaiting approval ({n}): {items}.",
    open_correction_item="{name} ({no}) {date} {session} {which} {time}",
    which=(("in", "clock-in"), ("out", "clock-out")),
    no_open="None.",
    open_close="These items are to be settled before the meeting.",
    list_sep=", ",
    what_sep=" and ",
    item_sep="; ",
    unit_mm=(43, 9, 11, 9, 9, 10, 11, 9, 12, 13, 10, 14, 10),
    sanction_mm=(42, 15, 15, 26, 29, 43),
    head_pt=7.5,
)
LABELS: dict[str, BriefWords] = {"zh_CN": BriefWords(), "en": ENGLISH}
CHINESE = LABELS["zh_CN"]


def words(lang: str | None = None) -> BriefWords:
    """The brief's words in ``lang`` ("zh_CN" or "en"); None means the hall's setting register_language."""
    try:
        register = register_facts.words(lang)
    except ValueError:
        raise ValidationError(
            translate("WeeklyBrief", "There is no Monday brief in {language}: use zh_CN or en.").format(
                language=lang
            ),
            field="language",
        ) from None
    return next(w for w in LABELS.values() if w.register is register)


# ---------------------------------------------------------------- what is said


def change_text(now: int, before: int | None, w: BriefWords = CHINESE) -> str:
    """+2, −1 (a true minus sign) or — for no change; a unit absent the week before counts from 0."""
    delta = now - (before or 0)
    if delta > 0:
        return f"{w.positive_sign}{delta}"
    if delta < 0:
        return f"−{-delta}"
    return "—"


def counts_text(person: PersonWeek, w: BriefWords = CHINESE) -> str:
    """迟到2次、脱岗1次 (the chart's kinds, in its order)."""
    lang = "zh_CN" if w.register is register_facts.CHINESE else "en"
    return w.list_sep.join(
        w.counts_item.format(what=series_label(key, lang), n=getattr(person, key))
        for key in PROBLEM_KEYS
        if getattr(person, key)
    )


def events(summary: Summary, staff_ids: list[int], w: BriefWords = CHINESE) -> dict[int, list[str]]:
    """Per person, what happened when in the week: 11月18日下午迟到（14:38签到）, in time order.

    One query over the sessions late, early, absent or off post, one over the
    findings the summary counts (neither off post nor a commendation).
    """
    from app import attendance
    from db.models import AttendanceSession as S
    from db.models import Inspection, InspectionCategory

    out: dict[int, list[tuple[tuple, str]]] = defaultdict(list)
    if not staff_ids:
        return {}
    period = summary.period
    late = (attendance.LATE, attendance.LATE_EARLY)
    early = (attendance.EARLY, attendance.LATE_EARLY)
    problem = S.status.in_([attendance.LATE, attendance.EARLY, attendance.LATE_EARLY, attendance.ABSENT])
    q = (
        S.select(S.staff, S.day, S.session, S.start, S.clock_in, S.clock_out, S.status, S.off_post)
        .where(
            S.day.between(period.start, period.end) & S.staff.in_(staff_ids) & (problem | (S.off_post == 1))
        )
        .order_by(S.day, S.session)
        .tuples()
    )
    lang = "zh_CN" if w.register is register_facts.CHINESE else "en"
    for staff_id, day, session, start, clock_in, clock_out, status, off_post in q:
        what, detail = [], []
        if status in late:
            what.append(series_label("late", lang))
            detail.append(w.clock_in.format(time=clock_in or "—"))
        if status in early:
            what.append(series_label("early", lang))
            detail.append(w.clock_out.format(time=clock_out or "—"))
        if status == attendance.ABSENT:
            what.append(series_label("absent", lang))
            detail.append(w.no_punch)
        if off_post:
            what.append(series_label("off_post", lang))
        text = w.session_item.format(
            date=w.short_date(day), session=w.register.sessions[session], what=w.what_sep.join(what)
        )
        if detail:
            text += _bracket(w.register.clause_sep.join(detail), w)
        out[staff_id].append(((day, start or ""), text))
    c = InspectionCategory
    q = (
        Inspection.select(Inspection.staff, Inspection.day, Inspection.at, c.name, c.name_en)
        .join(c)
        .where(
            Inspection.day.between(period.start, period.end)
            & Inspection.staff.in_(staff_ids)
            & Inspection.voided_at.is_null()
            & (c.positive == 0)
            & (c.off_post == 0)
        )
        .order_by(Inspection.at, Inspection.id)
        .tuples()
    )
    for staff_id, day, at, name, name_en in q:
        category = name if lang == "zh_CN" or not name_en else name_en
        text = w.finding_item.format(date=w.short_date(day), time=at.strftime("%H:%M"), category=category)
        out[staff_id].append(((day, at.strftime("%H:%M")), text))
    return {sid: [text for _, text in sorted(items, key=lambda i: i[0])] for sid, items in out.items()}


def _bracket(text: str, w: BriefWords) -> str:
    return f"（{text}）" if w.register is register_facts.CHINESE else f" ({text})"


def person_line(person: PersonWeek, items: list[str], w: BriefWords = CHINESE) -> str:
    """张三（1016）迟到2次、脱岗1次：11月18日上午迟到（08:20签到），…"""
    counts = counts_text(person, w)
    if not items:
        return w.person.format(name=person.name, no=person.staff_no, counts=counts)
    return w.person_when.format(
        name=person.name, no=person.staff_no, counts=counts, items=w.item_sep.join(items)
    )


def period_text(
    summary: Summary, w: BriefWords = CHINESE, today: dt.date | None = None, *, in_text: bool = False
) -> str:
    """2026年第47周（11月16日—11月22日）, or 2026年1月1日—12月31日; a period not over says how far it goes.

    ``in_text``: as the period is named inside a sentence (week 47 of 2026 …, 2026年度).
    """
    period = summary.period
    span = w.span(period.start, period.end)
    if period.window == WEEK:
        year, week, _ = period.start.isocalendar()
        text = (w.week_in_text if in_text else w.week).format(year=year, week=week, span=span)
    elif in_text:
        return w.year_in_text.format(year=period.start.year)
    else:
        text = w.year.format(year=period.start.year, span=span)
    if today is not None and period.start <= today < period.end:
        text += w.up_to.format(day=w.date(today))
    return text


def title_text(summary: Summary, hall: str, w: BriefWords = CHINESE) -> str:
    """新县…服务大厅周一早会通报, or the year's: …2026年度窗口工作情况汇总 (hall omitted in English)."""
    if summary.period.window == WEEK:
        return w.title.format(hall="" if w.hall_above else hall)
    return w.year_title.format(hall="" if w.hall_above else hall, year=summary.period.start.year)


def meeting_day(summary: Summary) -> dt.date:
    """The Monday after the week: the meeting that reviews it."""
    return summary.period.end + dt.timedelta(days=1)


# ---------------------------------------------------------------- layout


def _heading_lines(text: str, hall: str, font: str, width: float) -> list:
    """The title in heavy type: one line from 20 down to 16 points, else the hall's name on a line above."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = 20.0
    while size > 16 and stringWidth(text, font, size) > width:
        size -= 0.5
    if stringWidth(text, font, size) <= width or not hall or not text.startswith(hall):
        return [parts.heading(text, font, size)]
    return [parts.heading(hall, font, 18), parts.heading(text[len(hall) :], font, 20)]


def chart(summary: Summary, font: str, width: float, w: BriefWords = CHINESE) -> Any:
    """Violations per unit as horizontal stacked bars, the units as the table lists them, with a legend."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lang = "zh_CN" if w.register is register_facts.CHINESE else "en"
    rows = chart_rows(summary)
    size = 8.5
    pitch = (7 if len(rows) <= 12 else 5) * MM
    bar = pitch * 0.62
    label_w = min(max((stringWidth(u, font, size) for u, _ in rows), default=0) + 3 * MM, 52 * MM)
    plot_x, plot_w = label_w, width - label_w - 10 * MM
    legend_h, axis_h = 8 * MM, 5 * MM
    rows_h = max(len(rows), 1) * pitch
    height = legend_h + axis_h + rows_h + 1 * MM
    top_total = max((sum(v) for _, v in rows), default=0)
    step = tick_step(top_total)
    scale_max = max(step, -(-top_total // step) * step)
    per = plot_w / scale_max
    y0 = legend_h + axis_h

    d = Drawing(width, height)
    grid = colors.HexColor("#c8c8c8")
    for tick in range(0, scale_max + 1, step):
        x = plot_x + tick * per
        d.add(Line(x, y0, x, y0 + rows_h, strokeColor=grid, strokeWidth=0.4))
        d.add(String(x, y0 - 3.6 * MM, str(tick), fontName=font, fontSize=size - 1, textAnchor="middle"))
    d.add(Line(plot_x, y0, plot_x, y0 + rows_h, strokeColor=colors.black, strokeWidth=0.8))
    d.add(Line(plot_x, y0, plot_x + plot_w, y0, strokeColor=colors.black, strokeWidth=0.8))
    for i, (unit, values) in enumerate(rows):
        y = y0 + rows_h - (i + 1) * pitch + (pitch - bar) / 2
        pt = size
        while pt > 6 and stringWidth(unit, font, pt) > label_w - 2 * MM:
            pt -= 0.5
        d.add(
            String(
                plot_x - 2 * MM, y + bar / 2 - pt * 0.35, unit, fontName=font, fontSize=pt, textAnchor="end"
            )
        )
        x = plot_x
        for (_, rgb), value in zip(CHART_SERIES, values, strict=True):
            if not value:
                continue
            seg = value * per
            fill = colors.Color(*rgb)
            d.add(Rect(x, y, seg, bar, fillColor=fill, strokeColor=colors.white, strokeWidth=0.5))
            text = str(value)
            if seg >= stringWidth(text, font, size - 1) + 3:
                light = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] > 0.6
                d.add(
                    String(
                        x + seg / 2,
                        y + bar / 2 - (size - 1) * 0.35,
                        text,
                        fontName=font,
                        fontSize=size - 1,
                        textAnchor="middle",
                        fillColor=colors.black if light else colors.white,
                    )
                )
            x += seg
        total = sum(values)
        d.add(String(x + 1.5 * MM, y + bar / 2 - size * 0.35, str(total), fontName=font, fontSize=size))
    # the legend, centred under the axis
    swatch, gap, space = 3.2 * MM, 1.2 * MM, 5 * MM
    labels = [_capital(series_label(key, lang)) for key, _ in CHART_SERIES]
    legend_w = sum(swatch + gap + stringWidth(t, font, size) for t in labels) + space * (len(labels) - 1)
    x = plot_x + max(0.0, (plot_w - legend_w) / 2) if legend_w <= plot_w else max(0.0, (width - legend_w) / 2)
    y = 1.5 * MM
    for (_, rgb), text in zip(CHART_SERIES, labels, strict=True):
        d.add(Rect(x, y, swatch, swatch, fillColor=colors.Color(*rgb), strokeColor=None))
        x += swatch + gap
        d.add(String(x, y + swatch / 2 - size * 0.35, text, fontName=font, fontSize=size))
        x += stringWidth(text, font, size) + space
    return d


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _table(rows: list[list], widths: list[float], font: str, extra: list | None = None) -> Any:
    style = [
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        *(extra or []),
    ]
    return parts.ruled_table(rows, widths, font=font, extra=style, padding=2.5, repeat_rows=1)


def _unit_numbers(unit: UnitWeek) -> list[int]:
    return [getattr(unit, key) for key in UNIT_COLUMNS]


def unit_table(summary: Summary, font: str, st: documents.Styles, w: BriefWords = CHINESE) -> Any:
    """Per unit the period's figures; a week adds the change of violations against the week before."""
    weekly = summary.period.window == WEEK
    head_style = st.label.clone("brief-head", fontSize=w.head_pt, leading=w.head_pt * 1.25)
    cell = st.cell.clone("brief-unit", fontSize=9.5, leading=12)
    heads = list(w.unit_head if weekly else w.unit_head[:-1])
    mm = list(w.unit_mm if weekly else w.unit_mm[:-1])
    if not weekly:  # the change's column goes to the year's larger numbers and the unit
        mm[2] += 4
        mm[0] += w.unit_mm[-1] - 4
    rows: list[list] = [[parts.para(h, head_style) for h in heads]]
    for unit in summary.units:
        numbers = [str(n) for n in _unit_numbers(unit)]
        if weekly:
            before = summary.previous_of(unit.unit_id)
            numbers.append(change_text(unit.violations, before.violations if before else None, w))
        rows.append([parts.para(unit.unit, cell), *numbers])
    totals = [sum(column) for column in zip(*(_unit_numbers(u) for u in summary.units), strict=True)]
    totals = totals or [0] * len(UNIT_COLUMNS)
    total_row = [w.total, *map(str, totals)]
    if weekly:
        total_row.append(change_text(totals[-1], sum(u.violations for u in summary.previous), w))
    rows.append(total_row)
    last = len(rows) - 1
    extra = [
        ("FONTSIZE", (1, 1), (-1, -1), 9.5 if weekly else 9),  # a year's figures run to thousands
        ("BACKGROUND", (0, last), (-1, last), GREY),
        ("ALIGN", (0, 1), (0, -1), "LEFT"),
        ("ALIGN", (0, last), (0, last), "CENTER"),
    ]
    return _table(rows, [c * MM for c in mm], font, extra)


def problem_story(summary: Summary, st: Any, w: BriefWords = CHINESE) -> list:
    """三、问题通报: per unit its violations and the people behind them; the units without any on one line."""
    from reportlab.platypus import Paragraph

    weekly = summary.period.window == WEEK
    offenders = summary.offenders
    happened = events(summary, [p.staff_id for p in offenders], w) if weekly else {}
    item = st.body.clone(
        "brief-item",
        leftIndent=st.body.fontSize * 3,
        bulletIndent=st.body.fontSize * 1.5,
        bulletFontName=st.font,
        spaceAfter=1,
    )
    sub = st.body.clone("brief-sub", spaceBefore=4, spaceAfter=2, keepWithNext=1)
    out: list = []
    clean: list[str] = []
    n = 0
    for unit in summary.units:
        people = [p for p in offenders if p.unit_id == unit.unit_id]
        praised = [p for p in summary.people if p.unit_id == unit.unit_id and p.commendations]
        if not unit.violations and not praised:
            clean.append(unit.unit)
            continue
        n += 1
        if unit.violations:
            change = ""
            if weekly:
                before = summary.previous_of(unit.unit_id)
                change = w.change_text.format(
                    change=change_text(unit.violations, before.violations if before else None, w)
                )
            line = w.unit_heading.format(
                n=w.number(n), unit=unit.unit, violations=unit.violations, change=change, people=len(people)
            )
        else:
            line = w.unit_clean.format(n=w.number(n), unit=unit.unit)
            clean.append(unit.unit)
        out.append(parts.para(line, sub))
        for i, person in enumerate(people, 1):
            text = person_line(person, happened.get(person.staff_id, []), w)
            out.append(Paragraph(escape(text), item, bulletText=f"{i}."))
        if praised:
            names = w.list_sep.join(
                w.commended_person.format(name=p.name, no=p.staff_no, n=p.commendations) for p in praised
            )
            out.append(Paragraph(escape(w.commended.format(names=names)), item, bulletText="•"))
    if not n:
        return [parts.para(w.no_problems, st.body)]
    clean = [u for u in clean if not any(u == x.unit and x.violations for x in summary.units)]
    if clean:
        out.append(
            parts.para(
                w.clean_units.format(units=w.list_sep.join(clean)), sub.clone("brief-end", keepWithNext=0)
            )
        )
    return out


def sanction_story(summary: Summary, font: str, st: Any, w: BriefWords = CHINESE) -> list:
    """四、处理情况: the week's sanctions decided (with the notice number) and the proposals to decide."""
    from reportlab.platypus import CondPageBreak

    proposals = list(summary.proposals)
    if not proposals:
        return [parts.para(w.no_sanctions, st.body)]
    order = {u.unit: i for i, u in enumerate(summary.units)}
    proposals.sort(key=lambda p: (order.get(p.unit, len(order)), len(p.staff_no), p.staff_no, p.kind))
    cell = st.cell.clone("brief-sanction", fontSize=9.5, leading=12)
    head_style = st.label.clone("brief-shead", fontSize=9, leading=11.5)
    sub = st.body.clone("brief-sub2", spaceBefore=4, spaceAfter=3)
    weekly_label = summary.period.label

    def basis(p: Proposal) -> str:
        if p.period == weekly_label:
            return w.basis_week.format(n=p.counted)
        return w.basis_other.format(period=p.period, n=p.counted)

    def table(chosen: list[Proposal]) -> Any:
        rows: list[list] = [[parts.para(h, head_style) for h in w.sanction_head]]
        for p in chosen:
            notice = sanctions.entry(p.entry_id).notice_no if p.status == ISSUED and p.entry_id else ""
            rows.append(
                [
                    parts.para(p.unit, cell),
                    parts.para(p.name, cell),
                    p.staff_no,
                    parts.para(_capital(w.kind(p.kind)), cell),
                    parts.para(basis(p), cell),
                    parts.para(_capital(w.status(p.status, notice)), cell),
                ]
            )
        return _table(rows, [c * MM for c in w.sanction_mm], font, [("ALIGN", (0, 1), (-1, -1), "LEFT")])

    out: list = []
    for heading, statuses, empty in ((w.decided, DECIDED, w.none_decided), (w.undecided, OPEN, w.none_open)):
        chosen = [p for p in proposals if p.status in statuses]
        out += [CondPageBreak(25 * MM), parts.para(heading, sub)]
        out.append(table(chosen) if chosen else parts.para(empty, st.body))
    aside = [p for p in proposals if p.status in SET_ASIDE]
    if aside:
        items = w.list_sep.join(
            w.set_aside_item.format(name=p.name, kind=w.kind(p.kind), status=w.status(p.status))
            for p in aside
        )
        out.append(parts.para(w.set_aside.format(n=len(aside), items=items), sub))
    return out


def open_story(summary: Summary, st: Any, w: BriefWords = CHINESE) -> list:
    """五、会前待办事项: days not closed, missing punches, leave and corrections awaiting a decision."""
    items = summary.open_items
    sessions = w.register.sessions
    day = w.short_date
    lines: list[tuple[str, list[str]]] = []  # an item, and the lines under it
    if items.unclosed_days:
        unclosed = w.list_sep.join(day(d) for d in items.unclosed_days)
        lines.append((w.open_unclosed.format(n=len(items.unclosed_days), days=unclosed), []))
    if items.missing_punches:
        n = len(items.missing_punches)
        if n <= MISSING_INLINE:
            listed = w.list_sep.join(
                w.open_missing_item.format(
                    name=m["name"],
                    no=m["staff_no"],
                    date=day(dt.date.fromisoformat(m["day"])),
                    session=sessions.get(m["session"], m["session"]),
                )
                for m in items.missing_punches
            )
            lines.append((w.open_missing.format(n=n, items=listed), []))
        else:
            by_day: dict[str, list[str]] = defaultdict(list)
            for m in items.missing_punches:
                by_day[m["day"]].append(
                    w.open_missing_person.format(
                        name=m["name"], no=m["staff_no"], session=sessions.get(m["session"], m["session"])
                    )
                )
            days = [
                w.open_day.format(
                    date=day(dt.date.fromisoformat(d)), n=len(names), items=w.list_sep.join(names)
                )
                for d, names in by_day.items()
            ]
            lines.append((w.open_missing_by_day.format(n=n), days))
    if items.pending_leave:
        listed = w.list_sep.join(
            w.open_leave_item.format(
                name=s["name"],
                no=s["staff_no"],
                kind=s["kind"],
                first=day(dt.date.fromisoformat(s["from"])),
                last=day(dt.date.fromisoformat(s["to"])),
            )
            for s in items.pending_leave
        )
        lines.append((w.open_leave.format(n=len(items.pending_leave), items=listed), []))
    if items.pending_corrections:
        which = dict(w.which)
        listed = w.list_sep.join(
            w.open_correction_item.format(
                name=c["name"],
                no=c["staff_no"],
                date=day(dt.date.fromisoformat(c["day"])),
                session=sessions.get(c["session"], c["session"]),
                which=which.get(c["which"], c["which"]),
                time=c["time"],
            )
            for c in items.pending_corrections
        )
        lines.append((w.open_corrections.format(n=len(items.pending_corrections), items=listed), []))
    if not lines:
        return [parts.para(w.no_open, st.body)]
    from reportlab.platypus import Paragraph

    item = st.body.clone(
        "brief-open",
        leftIndent=st.body.fontSize * 3,
        bulletIndent=st.body.fontSize * 1.5,
        bulletFontName=st.font,
        spaceAfter=2,
    )
    under = item.clone("brief-open-under", leftIndent=item.leftIndent + st.body.fontSize, spaceAfter=1)
    out: list = []
    for i, (text, below) in enumerate(lines, 1):
        out.append(Paragraph(escape(text), item, bulletText=f"{i}."))
        out += [Paragraph(escape(t), under) for t in below]
    return [*out, parts.para(w.open_close, st.body)]


def story(
    summary: Summary,
    font: str,
    w: BriefWords = CHINESE,
    hall: str = "",
    printed_at: dt.datetime | None = None,
) -> list:
    """The brief's flowables."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

    printed_at = printed_at or dt.datetime.now()
    weekly = summary.period.window == WEEK
    st = documents.styles(font, 11, w.register.word_wrap)
    width = documents.A4_FORM.width
    section = st.body.clone(
        "brief-section", fontSize=12.5, leading=17, spaceBefore=4.5 * MM, spaceAfter=2 * MM
    )
    opening = st.body.clone("brief-opening", firstLineIndent=22 if w is CHINESE else 0, spaceBefore=2 * MM)
    note = st.note.clone("brief-note", spaceBefore=1.5 * MM)
    right = st.body.clone("brief-right", alignment=TA_RIGHT)
    caption = st.small.clone("brief-caption", alignment=1, spaceBefore=1 * MM)

    out: list = []
    if hall and w.hall_above:
        out += [parts.para(hall, st.hall), Spacer(1, 1 * MM)]
    out += _heading_lines(title_text(summary, hall, w), hall, font, width)
    period = period_text(summary, w, printed_at.date())
    out += [Spacer(1, 1 * MM), parts.para(period, st.label), Spacer(1, 3 * MM)]
    facts = w.facts.format(
        days=len(summary.workdays),
        people=sum(u.staff for u in summary.units),
        sessions=sum(u.sessions for u in summary.units),
    )
    if weekly:
        monday = meeting_day(summary)
        when = w.meeting.format(date=w.date(monday, True), weekday=w.weekday(monday), time=MEETING_TIME)
    else:
        when = w.printed.format(date=w.date(printed_at.date(), True))
    small = st.small.clone("brief-facts", fontSize=st.small.fontSize)
    out.append(
        parts.layout_table(
            [[parts.para(facts, small), parts.para(when, small.clone("brief-when", alignment=TA_RIGHT))]],
            [width * 0.55, width * 0.45],
            font=font,
        )
    )
    rule = _rule(width)
    out += [Spacer(1, 1 * MM), rule]
    scope = period_text(summary, w, in_text=True)
    out.append(parts.para(w.opening.format(period=scope), opening))

    out += [parts.para(w.sections[0], section), unit_table(summary, font, st, w)]
    out.append(parts.para(w.table_note + (w.change_note if weekly else ""), note))

    out += [
        CondPageBreak(40 * MM),
        KeepTogether(
            [
                parts.para(w.sections[1], section),
                chart(summary, font, width, w),
                parts.para(w.chart_caption, caption),
            ]
            if any(u.violations for u in summary.units)
            else [parts.para(w.sections[1], section), parts.para(w.no_violations_chart, st.body)]
        ),
    ]
    out += [CondPageBreak(30 * MM), parts.para(w.sections[2], section), *problem_story(summary, st, w)]
    if weekly:
        out += [
            CondPageBreak(30 * MM),
            parts.para(w.sections[3], section),
            *sanction_story(summary, font, st, w),
        ]
        out += [CondPageBreak(30 * MM), parts.para(w.sections[4], section), *open_story(summary, st, w)]
    closing_day = meeting_day(summary) if weekly else printed_at.date()
    closing = [Spacer(1, 6 * MM)]
    if hall:
        closing.append(parts.para(hall, right))
    closing.append(parts.para(w.date(closing_day, True), right))
    out.append(KeepTogether([out.pop(), *closing]))  # the signature never alone on a page
    return out


def _rule(width: float) -> Any:
    """A thin red line under the title block, as on a bureau's handout."""
    from reportlab.platypus.flowables import HRFlowable

    return HRFlowable(width=width, thickness=1.2, color="#b00000", spaceBefore=0, spaceAfter=1 * MM)


# ---------------------------------------------------------------- building and writing


def build_brief(
    summary: Summary, language: str | None = None, *, printed_at: dt.datetime | None = None
) -> bytes:
    """The brief of ``summary`` as PDF bytes (A4, page numbers in the footer).

    ``language`` is "zh_CN" or "en"; None means the hall's setting register_language.
    """
    from app import settings

    w = words(language)
    printed_at = printed_at or dt.datetime.now()
    hall = str(settings.get("hall_name") or "").strip()
    font = documents.document_font()
    title = title_text(summary, hall, w)
    info = documents.DocumentInfo(
        title=f"{title} {summary.period.label}".strip(), author=hall, subject=period_text(summary, w)
    )
    footer = documents.printed_footer(
        font, printed_at, printed_by=w.register.printed_by, page_of=w.register.page_of
    )
    data, _pages = documents.render(
        story(summary, font, w, hall, printed_at), font=font, page=documents.A4_FORM, info=info, footer=footer
    )
    return data


def write_brief(summary: Summary, path: Path | str, language: str | None = None) -> Path:
    """Write the brief to ``path`` (never half a file); an unwritable place raises ValidationError."""
    path = Path(path)
    if path.is_dir():
        raise ValidationError(
            translate("WeeklyBrief", "{file} is a folder: give the name of the PDF file to write.").format(
                file=path
            ),
            field="file",
        )
    if not path.parent.is_dir():
        raise ValidationError(
            translate("WeeklyBrief", "The folder {folder} does not exist: nothing was written.").format(
                folder=path.parent
            ),
            field="file",
        )
    data = build_brief(summary, language)
    try:
        return documents.write_pdf(path, data)
    except ValidationError:
        raise
    except HallDeskError as err:
        raise ValidationError(str(err), field="file") from err
