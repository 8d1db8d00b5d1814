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
    CHINESE,
    GREY,
    HEAD_HEIGHT,
    HEAD_ROWS,
    NO_WINDOW,
    RULE,
    TABLE_PT,
    RegisterFacts,
    Words,
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
    words,
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


def header_block(facts: RegisterFacts, st: documents.Styles, font: str, w: Words) -> list:
    """Hall, title, and the ruled block of date, unit on duty, leader and officers."""
    from reportlab.platypus import Spacer

    day = facts.day
    date = w.long_date(day)
    if not facts.calendar_day.workday:
        date += f"  {day_kind(facts.calendar_day, w)}"
    rota = facts.rota
    label = st.label

    def value(text: str) -> Any:
        return parts.para(text, st.cell)

    rows = [
        [
            parts.para(w.date, label),
            value(date),
            parts.para(w.unit_on_duty, label),
            value(rota.unit or w.not_set if rota else w.not_set),
        ],
        [
            parts.para(w.leader, label),
            value(leader_text(rota, w)),
            parts.para(w.officers, label),
            value(officers_text(rota, w)),
        ],
    ]
    half = documents.A4_FORM.width / 2
    widths = [w.label_mm * MM, half - w.label_mm * MM] * 2
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
    return [*out, parts.heading(w.title, font, 22), Spacer(1, 4 * MM), table]


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


def attendance_rows(facts: RegisterFacts, cells: Cells, w: Words) -> tuple[list[list], list[int]]:
    """The table's rows after its two header rows, and the indexes of the units' heading rows."""
    remarks = remarks_by_person(facts, w)
    people: dict[int, dict[str, SessionRow]] = {}
    units: dict[str, list[int]] = {}
    for s in facts.sessions:
        if s.staff_id not in people:
            people[s.staff_id] = {}
            units.setdefault(s.unit, []).append(s.staff_id)
        people[s.staff_id][s.session] = s
    staffed = {s.window for s in facts.sessions if s.window}
    empty: dict[str, list[roster.WindowRow]] = defaultdict(list)
    for window in facts.windows:
        if window.number not in staffed:
            empty[window.unit_name].append(window)
            units.setdefault(window.unit_name, [])
    rows: list[list] = []
    unit_rows: list[int] = []
    columns = [c * MM for c in w.columns_mm]
    remark_width = columns[-1]
    # A status is a string when it fits its column (always in Chinese), else a paragraph that wraps.
    fits = {k: isinstance(cells.fit(v, columns[4]), str) for k, v in w.status.items()}
    centred = cells.style.clone("status", alignment=1)  # TA_CENTER
    for unit, ids in units.items():
        unit_rows.append(len(rows) + HEAD_ROWS)
        rows.append([w.unit_heading.format(unit=unit, people=w.people.format(n=len(ids))), *[""] * 8])
        for staff_id in ids:
            by_session = people[staff_id]
            first = next(iter(by_session.values()))
            row = [first.window or NO_WINDOW, first.name]
            for session in attendance.SESSIONS:
                s = by_session.get(session)
                if s is None:
                    row += ["—", "—", "—"]
                else:
                    status = w.status.get(s.status, s.status)
                    if not fits.get(s.status, True):
                        status = parts.para(status, centred)
                    row += [s.clock_in or "—", s.clock_out or "—", status]
            row.append(cells.fit(w.remark_sep.join(remarks.get(staff_id, [])), remark_width))
            rows.append(row)
        for window in empty.get(unit, []):
            rows.append([window.number, "—", "", "", "", "", "", "", w.no_staff])
    return rows, unit_rows


def attendance_table(facts: RegisterFacts, font: str, st: documents.Styles, w: Words) -> Any:
    """Every window and person on duty: a long table whose two header rows repeat on each page.

    It has no spanned cells: spans make ReportLab lay a long table out far
    more slowly. A unit's heading is a string in the first cell of a row
    drawn without inner rules, so it reads across the row; the two header
    rows leave out the rules a span would hide, and the one-row titles are
    moved down by half a row to sit in the middle of both.
    """
    from reportlab.platypus import Table, TableStyle

    small = st.cell.clone("table", fontSize=TABLE_PT, leading=TABLE_PT * 1.3)
    rows, unit_rows = attendance_rows(facts, Cells(font, TABLE_PT, small), w)
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
    head = [list(w.head_top), list(w.head_sub)]
    heights = [HEAD_HEIGHT] * HEAD_ROWS + [None] * len(rows)
    columns = [c * MM for c in w.columns_mm]
    table = Table(head + rows, colWidths=columns, rowHeights=heights, repeatRows=HEAD_ROWS)
    table.setStyle(TableStyle(style))
    return table


def summary_part(facts: RegisterFacts, font: str, st: documents.Styles, w: Words) -> list:
    """A ruled block: the counts, then the names under each problem, leave and off post."""
    rows = [[parts.para(w.summary_label, st.label), parts.para(summary_text(facts.sessions, w), st.cell)]]
    rows += [
        [parts.para(label, st.label), parts.para(text, st.cell)]
        for label, text in problem_lines(facts.sessions, w)
    ]
    leaves = [w.when.format(name=s.name, sessions=leave_text(s, w)) for s in facts.absentees]
    if leaves:
        rows.append(
            [parts.para(w.status[attendance.LEAVE], st.label), parts.para(w.list_sep.join(leaves), st.cell)]
        )
    off_post = list(facts.off_post)
    off_post += [
        w.off_post_found.format(name=i.name, at=f"{i.at:%H:%M}")
        for i in facts.inspections
        if i.off_post and not i.covered_by and i.name
    ]
    if off_post:
        rows.append([parts.para(w.off_post, st.label), parts.para(w.list_sep.join(off_post), st.cell)])
    extra = [("BACKGROUND", (0, 0), (0, -1), GREY)]
    label = w.label_mm * MM
    return [
        parts.ruled_table(rows, [label, documents.A4_FORM.width - label], font=font, extra=extra, padding=3)
    ]


def inspections_part(facts: RegisterFacts, font: str, st: documents.Styles, w: Words) -> list:
    if not facts.inspections:
        return [parts.para(w.no_findings, st.body)]
    cell = st.cell.clone("finding", fontSize=10, leading=13)
    rows = [[parts.para(h, st.label) for h in w.inspection_head]]
    for i in sorted(facts.inspections, key=lambda i: i.at):
        who = i.name or i.unit or ""
        rows.append(
            [
                f"{i.at:%H:%M}",
                i.window or "—",
                parts.para(who, cell),
                parts.para(i.category, cell),
                parts.para(i.note, cell),
                verdict(i, w),
            ]
        )
    widths = [c * MM for c in w.inspection_mm]
    extra = [
        ("FONTSIZE", (0, 1), (-1, -1), 10),
        ("ALIGN", (0, 1), (1, -1), "CENTER"),
        ("ALIGN", (-1, 1), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
    ]
    return [parts.ruled_table(rows, widths, font=font, extra=extra, padding=3, repeat_rows=1)]


def checks_part(facts: RegisterFacts, font: str, st: documents.Styles, w: Words) -> list:
    """Each window's power (three windows a row: ✓ or the note), then hygiene, safety and doors."""
    log = facts.log
    cell = st.cell.clone("check", fontSize=9.5, leading=12.5)
    pairs = [(c.number, power_text(c, w)) for c in log.checks]
    per_row = 3
    head = [parts.para(h, st.label) for _ in range(per_row) for h in w.check_head]
    rows: list[list] = [head]
    for i in range(0, len(pairs), per_row):
        row: list = []
        for number, text in pairs[i : i + per_row]:
            row += [number, parts.para(text, cell) if text != w.check_done else text]
        rows.append(row + [None] * (2 * per_row - len(row)))
    first_hall = len(rows)
    for label, ok, note in (
        (w.hall_checks[0], log.hygiene_ok, log.hygiene_note),
        (w.hall_checks[1], log.safety_ok, log.safety_note),
        (w.hall_checks[2], log.doors_ok, log.doors_note),
    ):
        if ok is None and not note:
            text = w.not_checked
        elif ok:
            text = w.check_ok + (w.check_note.format(note=note) if note else "")
        else:
            text = note
        rows.append(
            [parts.para(label, cell), None, None, parts.para(text, cell), *[None] * (2 * per_row - 4)]
        )
    width = documents.A4_FORM.width / per_row
    widths = [w.check_window_mm * MM, width - w.check_window_mm * MM] * per_row
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
            parts.para(
                w.checked_by.format(names=w.list_sep.join(checkers)), st.note.clone("by", spaceBefore=4)
            )
        )
    return out


def notes_part(facts: RegisterFacts, font: str, st: documents.Styles, w: Words) -> list:
    log = facts.log
    rows = [
        [parts.para(w.handover, st.label), parts.para(getattr(log, "handover", "") or w.none, st.cell)],
        [parts.para(w.remarks, st.label), parts.para(getattr(log, "remarks", "") or w.none, st.cell)],
    ]
    reopened = [reopening_text(r, w) for r in getattr(log, "reopenings", None) or []]
    if reopened:
        rows.append([parts.para(w.reopened, st.label), parts.para("\n".join(reopened), st.cell)])
    extra = [("BACKGROUND", (0, 0), (0, -1), GREY)]
    return [
        parts.ruled_table(
            rows, [28 * MM, documents.A4_FORM.width - 28 * MM], font=font, extra=extra, padding=4
        )
    ]


def story(facts: RegisterFacts, font: str, w: Words = CHINESE) -> list:
    """The register's flowables."""
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

    st = documents.styles(font, 10.5, w.word_wrap)
    section = st.body.clone("section", fontSize=12, leading=16, spaceBefore=5 * MM, spaceAfter=2 * MM)
    out = header_block(facts, st, font, w)
    if not facts.calendar_day.workday:
        when = f"{w.long_date(facts.day).replace('  ', ' ')} {day_kind(facts.calendar_day, w)}"
        return [
            *out,
            Spacer(1, 12 * MM),
            notice(when, font),
            Spacer(1, 6 * MM),
            parts.para(w.not_workday.format(kind=day_kind(facts.calendar_day, w)), st.body),
        ]
    if facts.log is None:
        out += [Spacer(1, 3 * MM), notice(w.no_log, font)]
    elif not facts.log.closed:
        out += [Spacer(1, 3 * MM), notice(w.not_closed, font)]

    def heading(n: int) -> list:
        return [CondPageBreak(30 * MM), parts.para(w.sections[n], section)]

    out += [*heading(0), attendance_table(facts, font, st, w)]
    out += [*heading(1), *summary_part(facts, font, st, w)]
    out += [*heading(2), *inspections_part(facts, font, st, w)]
    if facts.log is not None:
        out += [*heading(3), *checks_part(facts, font, st, w)]
    log = facts.log
    closing = [*heading(4), *notes_part(facts, font, st, w)] if log is not None else []
    signatures = [
        *closing,
        Spacer(1, 6 * MM),
        *(
            parts.signature_line(
                label,
                st,
                signed_note(who, getattr(log, f"{role}_signed_at", None), word, w),
                w.signer_mm * MM,
                words=w.sign_here,
            )
            for label, who, role, word in (
                (w.officers, facts.officer, "officer", w.officer_word),
                (w.leader, facts.leader, "leader", w.leader_word),
            )
        ),
    ]
    return [*out, KeepTogether(signatures)]


# ---------------------------------------------------------------- building


def build(
    facts: RegisterFacts, printed_at: dt.datetime | None = None, lang: str | None = None
) -> tuple[bytes, int]:
    """The register of ``facts`` as PDF bytes and its page count, in ``lang`` (None: the hall's setting)."""
    w = words(lang)
    font = documents.document_font()
    info = documents.DocumentInfo(
        title=f"{w.title} {facts.day.isoformat()}", author=facts.hall, subject=w.title
    )
    footer = documents.printed_footer(
        font, printed_at or dt.datetime.now(), printed_by=w.printed_by, page_of=w.page_of
    )
    return documents.render(
        story(facts, font, w), font=font, page=documents.A4_FORM, info=info, footer=footer
    )


def register_pdf(
    day: dt.date, lang: str | None = None, printed_at: dt.datetime | None = None
) -> tuple[bytes, int]:
    """The register of ``day`` as PDF bytes and its number of pages (for the window's preview).

    ``lang`` is "zh_CN" or "en"; None means the hall's setting register_language.
    """
    return build(gather(day), printed_at, lang)


def write_register(
    day: dt.date, path: Path, lang: str | None = None, printed_at: dt.datetime | None = None
) -> int:
    """Write the register of ``day`` to ``path`` (never half a file); returns the number of pages."""
    data, pages = register_pdf(day, lang, printed_at)
    documents.write_pdf(Path(path), data)
    return pages


def write_friday_report(
    monday: dt.date, path: Path, lang: str | None = None, printed_at: dt.datetime | None = None
) -> int:
    """Write the week's duty attendance report (see app.friday_report); returns the number of pages."""
    from app import friday_report

    return friday_report.write_friday_report(monday, path, lang, printed_at)
