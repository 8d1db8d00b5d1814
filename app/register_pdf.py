"""The daily duty register (领导值班登记簿): the day's hall on A4, as the bureau files it.

Top: the hall's name, the title, and a ruled block with the date and weekday,
the unit on duty (值日单位), the duty leader (带班领导) and the officer(s)
(值班人员). Then, in numbered sections: every window and person with the
morning and afternoon clock-in, clock-out and status, leave and substitutes
in the remarks; the day's attendance summary (counts and names, the same
sessions the attendance tab shows); the inspection findings; the closing
checklist (each window's power, hygiene, safety, doors and windows); handover
notes, remarks and reopenings; lines for the officer and the leader to sign,
with the sign-offs recorded in HallDesk printed beside them.

A day without a log still prints its attendance, with a visible note; a day
that is not a workday prints one page saying so. The long table repeats its
header on every page; cells are plain strings unless their text needs to
wrap, so that 300 staff lay out about as fast as a bare ReportLab table.

The Friday report lives in app.friday_report; ``write_friday_report`` is
re-exported here for the command line.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

from app import attendance, documents, roster
from app import document_parts as parts
from app.attendance import SessionRow
from app.documents import MM
from app.register_facts import (
    CHECK_DONE,
    CHECK_HEAD,
    CHECK_OK,
    CHECKED_BY,
    COLUMNS,
    DATE,
    GREY,
    HALL_CHECKS,
    HANDOVER,
    HEAD_HEIGHT,
    HEAD_ROWS,
    HEAD_SUB,
    HEAD_TOP,
    INSPECTION_HEAD,
    LEADER,
    LEADER_WORD,
    NO_FINDINGS,
    NO_LOG,
    NO_STAFF,
    NO_WINDOW,
    NONE,
    NOT_CHECKED,
    NOT_CLOSED,
    NOT_SET,
    NOT_WORKDAY,
    OFF_POST,
    OFFICER_WORD,
    OFFICERS,
    PEOPLE,
    REMARKS,
    REOPENED,
    RULE,
    SECTIONS,
    STATUS_CN,
    SUMMARY_LABEL,
    TABLE_PT,
    TITLE,
    UNIT_ON_DUTY,
    RegisterFacts,
    checker_names,
    day_kind,
    gather,
    leader_text,
    leave_text,
    officers_text,
    power_text,
    problem_lines,
    remarks_by_person,
    reopening_text,
    signed_note,
    summary_text,
    verdict,
)

# ---------------------------------------------------------------- layout


class Cells:
    """Plain strings where the text fits its column, paragraphs where it must wrap.

    A Paragraph costs far more to lay out than a string: a 300-person table
    made of paragraphs takes several times as long as one of strings.
    """

    def __init__(self, font: str, size: float, style: Any):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.font, self.size, self.style, self.width_of = font, size, style, stringWidth

    def fit(self, text: str, width: float) -> Any:
        if "\n" not in text and self.width_of(text, self.font, self.size) <= width - 12:
            return text
        return parts.para(text, self.style)


def header_block(facts: RegisterFacts, st: documents.Styles, font: str) -> list:
    """Hall, title, and the ruled block of date, unit on duty, leader and officers."""
    from reportlab.platypus import Spacer

    day = facts.day
    date = f"{documents.cn_date(day)}  {documents.cn_weekday(day)}"
    if not facts.calendar_day.workday:
        date += f"  {day_kind(facts.calendar_day)}"
    rota = facts.rota
    label = st.label

    def value(text: str) -> Any:
        return parts.para(text, st.cell)

    rows = [
        [
            parts.para(DATE, label),
            value(date),
            parts.para(UNIT_ON_DUTY, label),
            value(rota.unit or NOT_SET if rota else NOT_SET),
        ],
        [
            parts.para(LEADER, label),
            value(leader_text(rota)),
            parts.para(OFFICERS, label),
            value(officers_text(rota)),
        ],
    ]
    widths = [22 * MM, 63 * MM, 22 * MM, 63 * MM]
    table = parts.ruled_table(
        rows,
        widths,
        font=font,
        padding=4,
        extra=[("BACKGROUND", (0, 0), (0, -1), GREY), ("BACKGROUND", (2, 0), (2, -1), GREY)],
    )
    out = []
    if facts.hall:
        out += [parts.para(facts.hall, st.hall), Spacer(1, 1 * MM)]
    return [*out, parts.heading(TITLE, font, 22), Spacer(1, 4 * MM), table]


def notice(text: str, font: str) -> Any:
    """A boxed warning line in dark red (the log not made, or not signed)."""
    from reportlab.platypus import Table, TableStyle

    table = Table([[text]], colWidths=[documents.A4_FORM.width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 11),
                ("TEXTCOLOR", (0, 0), (-1, -1), "#a00000"),
                ("BOX", (0, 0), (-1, -1), 1, "#a00000"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def attendance_rows(facts: RegisterFacts, cells: Cells) -> tuple[list[list], list[int]]:
    """The table's rows after its two header rows, and the indexes of the units' heading rows."""
    remarks = remarks_by_person(facts)
    people: dict[int, dict[str, SessionRow]] = {}
    units: dict[str, list[int]] = {}
    for s in facts.sessions:
        if s.staff_id not in people:
            people[s.staff_id] = {}
            units.setdefault(s.unit, []).append(s.staff_id)
        people[s.staff_id][s.session] = s
    staffed = {s.window for s in facts.sessions if s.window}
    empty: dict[str, list[roster.WindowRow]] = defaultdict(list)
    for w in facts.windows:
        if w.number not in staffed:
            empty[w.unit_name].append(w)
            units.setdefault(w.unit_name, [])
    rows: list[list] = []
    unit_rows: list[int] = []
    remark_width = COLUMNS[-1]
    for unit, ids in units.items():
        unit_rows.append(len(rows) + HEAD_ROWS)
        rows.append([f"{unit}（{PEOPLE.format(n=len(ids))}）", *[""] * 8])
        for staff_id in ids:
            by_session = people[staff_id]
            first = next(iter(by_session.values()))
            row = [first.window or NO_WINDOW, first.name]
            for session in attendance.SESSIONS:
                s = by_session.get(session)
                if s is None:
                    row += ["—", "—", "—"]
                else:
                    row += [s.clock_in or "—", s.clock_out or "—", STATUS_CN.get(s.status, s.status)]
            row.append(cells.fit("；".join(remarks.get(staff_id, [])), remark_width))
            rows.append(row)
        for w in empty.get(unit, []):
            rows.append([w.number, "—", "", "", "", "", "", "", NO_STAFF])
    return rows, unit_rows


def attendance_table(facts: RegisterFacts, font: str, st: documents.Styles) -> Any:
    """Every window and person on duty: a long table whose two header rows repeat on each page.

    It has no spanned cells: spans make ReportLab lay a long table out far
    more slowly. A unit's heading is a string in the first cell of a row
    drawn without inner rules, so it reads across the row; the two header
    rows leave out the rules a span would hide, and the one-row titles are
    moved down by half a row to sit in the middle of both.
    """
    from reportlab.platypus import Table, TableStyle

    small = st.cell.clone("table", fontSize=TABLE_PT, leading=TABLE_PT * 1.3)
    rows, unit_rows = attendance_rows(facts, Cells(font, TABLE_PT, small))
    last = len(rows) + HEAD_ROWS - 1
    half = HEAD_HEIGHT / 2
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), TABLE_PT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-2, -1), "CENTER"),
        ("ALIGN", (-1, 0), (-1, 1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, 1), GREY),
        ("BOX", (0, 0), (-1, -1), 1.2, "#000000"),
        # The header: 窗口, 姓名 and 备注 centred over both rows, 上午 and 下午 over their three columns.
        ("TOPPADDING", (0, 0), (1, 0), 3.5 + half),
        ("BOTTOMPADDING", (0, 0), (1, 0), 2.5 - half),
        ("TOPPADDING", (-1, 0), (-1, 0), 3.5 + half),
        ("BOTTOMPADDING", (-1, 0), (-1, 0), 2.5 - half),
        ("LINEBELOW", (2, 0), (-2, 0), RULE, "#000000"),
        ("LINEAFTER", (0, 0), (1, 0), RULE, "#000000"),
        ("LINEAFTER", (4, 0), (4, 0), RULE, "#000000"),
        ("LINEAFTER", (7, 0), (7, 0), RULE, "#000000"),
        ("LINEAFTER", (0, 1), (-2, 1), RULE, "#000000"),
        ("LINEBELOW", (0, 1), (-1, last), RULE, "#000000"),
    ]
    starts = [*unit_rows, last + 1]
    for unit_row, next_unit in zip(starts, starts[1:], strict=False):
        style += [
            ("BACKGROUND", (0, unit_row), (-1, unit_row), GREY),
            ("ALIGN", (0, unit_row), (0, unit_row), "LEFT"),
        ]
        if next_unit > unit_row + 1:
            style.append(("LINEAFTER", (0, unit_row + 1), (-2, next_unit - 1), RULE, "#000000"))
    head = [list(HEAD_TOP), list(HEAD_SUB)]
    heights = [HEAD_HEIGHT] * HEAD_ROWS + [None] * len(rows)
    table = Table(head + rows, colWidths=list(COLUMNS), rowHeights=heights, repeatRows=HEAD_ROWS)
    table.setStyle(TableStyle(style))
    return table


def summary_part(facts: RegisterFacts, font: str, st: documents.Styles) -> list:
    """A ruled block: the counts, then the names under each problem, leave and off post."""
    rows = [[parts.para(SUMMARY_LABEL, st.label), parts.para(summary_text(facts.sessions), st.cell)]]
    rows += [
        [parts.para(label, st.label), parts.para(text, st.cell)]
        for label, text in problem_lines(facts.sessions)
    ]
    leaves = [f"{s.name}（{leave_text(s)}）" for s in facts.absentees]
    if leaves:
        rows.append(
            [parts.para(STATUS_CN[attendance.LEAVE], st.label), parts.para("、".join(leaves), st.cell)]
        )
    off_post = list(facts.off_post)
    off_post += [
        f"{i.name}（{i.at:%H:%M} 巡查）"
        for i in facts.inspections
        if i.off_post and not i.covered_by and i.name
    ]
    if off_post:
        rows.append([parts.para(OFF_POST, st.label), parts.para("、".join(off_post), st.cell)])
    extra = [("BACKGROUND", (0, 0), (0, -1), GREY)]
    return [
        parts.ruled_table(
            rows, [22 * MM, documents.A4_FORM.width - 22 * MM], font=font, extra=extra, padding=3
        )
    ]


def inspections_part(facts: RegisterFacts, font: str, st: documents.Styles) -> list:
    if not facts.inspections:
        return [parts.para(NO_FINDINGS, st.body)]
    cell = st.cell.clone("finding", fontSize=10, leading=13)
    rows = [[parts.para(h, st.label) for h in INSPECTION_HEAD]]
    for i in sorted(facts.inspections, key=lambda i: i.at):
        who = i.name or i.unit or ""
        rows.append(
            [
                f"{i.at:%H:%M}",
                i.window or "—",
                parts.para(who, cell),
                parts.para(i.category, cell),
                parts.para(i.note, cell),
                verdict(i),
            ]
        )
    widths = [14 * MM, 12 * MM, 22 * MM, 38 * MM, 64 * MM, 20 * MM]
    extra = [
        ("FONTSIZE", (0, 1), (-1, -1), 10),
        ("ALIGN", (0, 1), (1, -1), "CENTER"),
        ("ALIGN", (-1, 1), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
    ]
    return [parts.ruled_table(rows, widths, font=font, extra=extra, padding=3, repeat_rows=1)]


def checks_part(facts: RegisterFacts, font: str, st: documents.Styles) -> list:
    """Each window's power (three windows a row: ✓ or the note), then hygiene, safety and doors."""
    log = facts.log
    cell = st.cell.clone("check", fontSize=9.5, leading=12.5)
    pairs = [(c.number, power_text(c)) for c in log.checks]
    per_row = 3
    head = [parts.para(h, st.label) for _ in range(per_row) for h in CHECK_HEAD]
    rows: list[list] = [head]
    for i in range(0, len(pairs), per_row):
        row: list = []
        for number, text in pairs[i : i + per_row]:
            row += [number, parts.para(text, cell) if text != CHECK_DONE else text]
        rows.append(row + [None] * (2 * per_row - len(row)))
    first_hall = len(rows)
    for label, ok, note in (
        (HALL_CHECKS[0], log.hygiene_ok, log.hygiene_note),
        (HALL_CHECKS[1], log.safety_ok, log.safety_note),
        (HALL_CHECKS[2], log.doors_ok, log.doors_note),
    ):
        if ok is None and not note:
            text = NOT_CHECKED
        elif ok:
            text = CHECK_OK + (f"（{note}）" if note else "")
        else:
            text = note
        rows.append(
            [parts.para(label, cell), None, None, parts.para(text, cell), *[None] * (2 * per_row - 4)]
        )
    width = documents.A4_FORM.width / per_row
    widths = [11 * MM, width - 11 * MM] * per_row
    extra = [
        ("FONTSIZE", (0, 1), (-1, -1), 9.5),
        ("ALIGN", (0, 1), (-1, first_hall - 1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in range(first_hall, len(rows)):
        extra += [("SPAN", (0, r), (2, r)), ("SPAN", (3, r), (-1, r)), ("BACKGROUND", (0, r), (2, r), GREY)]
    checkers = checker_names(log.checks)
    out = [parts.ruled_table(rows, widths, font=font, extra=extra, padding=2.5, repeat_rows=1)]
    if checkers:
        out.append(
            parts.para(CHECKED_BY.format(names="、".join(checkers)), st.note.clone("by", spaceBefore=4))
        )
    return out


def notes_part(facts: RegisterFacts, font: str, st: documents.Styles) -> list:
    log = facts.log
    rows = [
        [parts.para(HANDOVER, st.label), parts.para(getattr(log, "handover", "") or NONE, st.cell)],
        [parts.para(REMARKS, st.label), parts.para(getattr(log, "remarks", "") or NONE, st.cell)],
    ]
    reopened = [reopening_text(r) for r in getattr(log, "reopenings", None) or []]
    if reopened:
        rows.append([parts.para(REOPENED, st.label), parts.para("\n".join(reopened), st.cell)])
    extra = [("BACKGROUND", (0, 0), (0, -1), GREY)]
    return [
        parts.ruled_table(
            rows, [28 * MM, documents.A4_FORM.width - 28 * MM], font=font, extra=extra, padding=4
        )
    ]


def story(facts: RegisterFacts, font: str) -> list:
    """The register's flowables."""
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

    st = documents.styles(font, 10.5)
    section = st.body.clone("section", fontSize=12, leading=16, spaceBefore=5 * MM, spaceAfter=2 * MM)
    out = header_block(facts, st, font)
    if not facts.calendar_day.workday:
        when = (
            f"{documents.cn_date(facts.day)} {documents.cn_weekday(facts.day)} {day_kind(facts.calendar_day)}"
        )
        return [
            *out,
            Spacer(1, 12 * MM),
            notice(when, font),
            Spacer(1, 6 * MM),
            parts.para(NOT_WORKDAY.format(kind=day_kind(facts.calendar_day)), st.body),
        ]
    if facts.log is None:
        out += [Spacer(1, 3 * MM), notice(NO_LOG, font)]
    elif not facts.log.closed:
        out += [Spacer(1, 3 * MM), notice(NOT_CLOSED, font)]

    def heading(n: int) -> list:
        return [CondPageBreak(30 * MM), parts.para(SECTIONS[n], section)]

    out += [*heading(0), attendance_table(facts, font, st)]
    out += [*heading(1), *summary_part(facts, font, st)]
    out += [*heading(2), *inspections_part(facts, font, st)]
    if facts.log is not None:
        out += [*heading(3), *checks_part(facts, font, st)]
    log = facts.log
    closing = [*heading(4), *notes_part(facts, font, st)] if log is not None else []
    signatures = [
        *closing,
        Spacer(1, 6 * MM),
        parts.signature_line(
            OFFICERS, st, signed_note(facts.officer, getattr(log, "officer_signed_at", None), OFFICER_WORD)
        ),
        parts.signature_line(
            LEADER, st, signed_note(facts.leader, getattr(log, "leader_signed_at", None), LEADER_WORD)
        ),
    ]
    return [*out, KeepTogether(signatures)]


# ---------------------------------------------------------------- building


def build(facts: RegisterFacts, printed_at: dt.datetime | None = None) -> tuple[bytes, int]:
    """The register of ``facts`` as PDF bytes and its page count."""
    font = documents.document_font()
    info = documents.DocumentInfo(title=f"{TITLE} {facts.day.isoformat()}", author=facts.hall, subject=TITLE)
    footer = documents.printed_footer(font, printed_at or dt.datetime.now())
    return documents.render(story(facts, font), font=font, page=documents.A4_FORM, info=info, footer=footer)


def register_pdf(day: dt.date, printed_at: dt.datetime | None = None) -> tuple[bytes, int]:
    """The register of ``day`` as PDF bytes and its number of pages (for the window's preview)."""
    return build(gather(day), printed_at)


def write_register(day: dt.date, path: Path, printed_at: dt.datetime | None = None) -> int:
    """Write the register of ``day`` to ``path`` (never half a file); returns the number of pages."""
    data, pages = register_pdf(day, printed_at)
    documents.write_pdf(Path(path), data)
    return pages


def write_friday_report(monday: dt.date, path: Path, printed_at: dt.datetime | None = None) -> int:
    """Write the week's duty attendance report (see app.friday_report); returns the number of pages."""
    from app import friday_report

    return friday_report.write_friday_report(monday, path, printed_at)
