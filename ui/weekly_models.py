"""The Weekly summary's tables and texts: units, the people with violations, proposals, evidence lines.

Each model shows what ``app.weekly.summarise`` returned, in its order (the
hall's unit order, the people most violations first, the proposals as the
rules rank them); nothing is counted here. A change or a status is written
out and coloured, never coloured alone. ``person_evidence`` lists one
person's lines for the period: what a proposal counted first, then their
other sessions that were not on time and their inspection findings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app import attendance, inspections
from app.i18n import language
from app.sanction_rules import WEEK, Period, kind_label
from app.sanctions import describe_item, item_key, status_label
from app.weekly import CHART_SERIES, UNIT_FIGURES, PersonWeek, Proposal, Summary, UnitWeek, series_label
from ui.sanctions_model import STATUS_COLOURS, TEXT_COLOUR
from ui.table_model import ShownRowsModel

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


WORSE_COLOUR = "#c62828"  # more violations than the week before
BETTER_COLOUR = "#2e7d32"
QUIET_COLOUR = "#8a8a8a"  # zeros and "no change": there, but not shouting
NOT_ENTERED_COLOUR = "#ffe0b2"  # a proposal nobody has entered in the ledger yet
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


# ---------------------------------------------------------------- texts


def _locale() -> QLocale:
    if language() == "zh_CN":
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _month(month: int) -> str:
    return _locale().monthName(month, QLocale.FormatType.ShortFormat)


def day_text(day: dt.date) -> str:
    """ "2026-11-25 (Wednesday)" in the reader's language."""
    return translate("WeeklyModel", "{day} ({weekday})").format(
        day=day.isoformat(), weekday=_locale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    )


def period_text(period: Period) -> str:
    """ "2026-W47: 16–22 Nov" (or "2025-W49: 1–7 Dec", "2026-W49: 30 Nov – 6 Dec"); a year is "2026"."""
    if period.window != WEEK:
        return period.label
    start, end = period.start, period.end
    if start.month == end.month:
        return translate("WeeklyModel", "{week}: {first}–{last} {month}").format(
            week=period.label, first=start.day, last=end.day, month=_month(end.month)
        )
    return translate("WeeklyModel", "{week}: {first} {first_month} – {last} {last_month}").format(
        week=period.label,
        first=start.day,
        first_month=_month(start.month),
        last=end.day,
        last_month=_month(end.month),
    )


def change_text(now: int, before: int) -> str:
    """ "↑2", "↓1" or "—": the violations against the week before."""
    diff = now - before
    if diff > 0:
        return f"↑{diff}"
    if diff < 0:
        return f"↓{-diff}"
    return "—"


def change_colour(now: int, before: int) -> QColor:
    diff = now - before
    return QColor(WORSE_COLOUR if diff > 0 else BETTER_COLOUR if diff < 0 else QUIET_COLOUR)


def breakdown(row: PersonWeek | UnitWeek) -> str:
    """What the violations were, in the chart's words and order: "late 2, absent 1"."""
    parts = [
        translate("WeeklyModel", "{what} {n}").format(what=series_label(key), n=getattr(row, key))
        for key, _colour in CHART_SERIES
        if getattr(row, key)
    ]
    return ("、" if language() == "zh_CN" else ", ").join(parts)


def proposal_status_text(proposal: Proposal) -> str:
    if proposal.status is None:
        return translate("WeeklyModel", "not in the ledger yet")
    return status_label(proposal.status)


class _Rows(ShownRowsModel):
    """Rows shown as they are given; subclasses say what each cell shows."""

    CONTEXT = "WeeklyModel"


# ---------------------------------------------------------------- units

UNIT_KEYS = ("unit", *UNIT_FIGURES, "violations", "change")
U_CHANGE = UNIT_KEYS.index("change")
U_VIOLATIONS = UNIT_KEYS.index("violations")
VIOLATION_KEYS = frozenset(key for key, _colour in CHART_SERIES)

UNIT_HEADERS = (
    QT_TRANSLATE_NOOP("WeeklyModel", "Unit"),
    QT_TRANSLATE_NOOP("WeeklyModel", "Staff"),
    QT_TRANSLATE_NOOP("WeeklyModel", "Sessions"),
    QT_TRANSLATE_NOOP("WeeklyModel", "Late"),
    QT_TRANSLATE_NOOP("WeeklyModel", "Early"),
    QT_TRANSLATE_NOOP("WeeklyModel", "Absent"),
    QT_TRANSLATE_NOOP("WeeklyModel", "Missing"),
    QT_TRANSLATE_NOOP("WeeklyModel", "Off post"),
    QT_TRANSLATE_NOOP("WeeklyModel", "Findings"),
    QT_TRANSLATE_NOOP("WeeklyModel", "Leave"),
    QT_TRANSLATE_NOOP("WeeklyModel", "Praise"),
    QT_TRANSLATE_NOOP("WeeklyModel", "Violations"),
    QT_TRANSLATE_NOOP("WeeklyModel", "Change"),
)
UNIT_TIPS = {
    1: QT_TRANSLATE_NOOP("WeeklyModel", "Staff members with sessions in the period"),
    2: QT_TRANSLATE_NOOP("WeeklyModel", "Morning and afternoon sessions of the unit's staff"),
    3: QT_TRANSLATE_NOOP("WeeklyModel", "Sessions clocked in late (迟到)"),
    4: QT_TRANSLATE_NOOP("WeeklyModel", "Sessions left early (早退)"),
    5: QT_TRANSLATE_NOOP("WeeklyModel", "Sessions absent without leave (旷工)"),
    6: QT_TRANSLATE_NOOP(
        "WeeklyModel", "Missing punches still open (缺卡): no approved punch correction has settled them"
    ),
    7: QT_TRANSLATE_NOOP(
        "WeeklyModel", "Sessions off post (脱岗): an outing's overrun or an off-post finding"
    ),
    8: QT_TRANSLATE_NOOP("WeeklyModel", "Other inspection findings (neither off post nor a commendation)"),
    9: QT_TRANSLATE_NOOP("WeeklyModel", "Sessions covered by approved leave"),
    10: QT_TRANSLATE_NOOP("WeeklyModel", "Commendations (表扬) from inspections"),
    11: QT_TRANSLATE_NOOP("WeeklyModel", "Late + early + absent + off post + findings: what the chart shows"),
    12: QT_TRANSLATE_NOOP("WeeklyModel", "Violations against the week before: ↑ more, ↓ fewer, — the same"),
}


@dataclass
class UnitLine:
    """A unit's figures with the week before's (None: not compared); ``total`` for the sum line."""

    week: UnitWeek
    before: UnitWeek | None
    compare: bool
    total: bool = False

    def value(self, key: str) -> Any:
        if key == "unit":
            return self.week.unit
        if key == "violations":
            return self.week.violations
        if key == "change":
            return change_text(self.week.violations, self.before.violations if self.before else 0)
        return getattr(self.week, key)


def unit_lines(summary: Summary) -> list[UnitLine]:
    """The summary's units, then a line with the hall's totals (when there is more than one unit)."""
    compare = summary.period.window == WEEK
    lines = [UnitLine(u, summary.previous_of(u.unit_id), compare) for u in summary.units]
    if len(summary.units) > 1:
        total = UnitWeek(0, translate("WeeklyModel", "All units"))
        before = UnitWeek(0, "")
        for u in summary.units:
            for key in UNIT_FIGURES:
                setattr(total, key, getattr(total, key) + getattr(u, key))
        for u in summary.previous:
            for key in VIOLATION_KEYS:
                setattr(before, key, getattr(before, key) + getattr(u, key))
        lines.append(UnitLine(total, before, compare, total=True))
    return lines


class UnitsModel(_Rows):
    """One line per unit in the hall's order, and the totals."""

    HEADERS = UNIT_HEADERS
    HEADER_TIPS = UNIT_TIPS

    def display(self, row: UnitLine, col: int) -> str:
        return str(row.value(UNIT_KEYS[col]))

    def other(self, row: UnitLine, col: int, role: int) -> Any:
        key = UNIT_KEYS[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return RIGHT if key != "change" else int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "change":
                before = row.before.violations if row.before else 0
                return change_colour(row.week.violations, before)
            if col > 0 and row.value(key) == 0:
                return QColor(QUIET_COLOUR)
        if role == Qt.ItemDataRole.FontRole and (row.total or (key == "violations" and row.week.violations)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "change":
                before = row.before.violations if row.before else 0
                return translate("WeeklyModel", "{now} violations; {before} the week before").format(
                    now=row.week.violations, before=before
                )
            if key in ("unit", "violations") and row.week.violations:
                return breakdown(row.week)
        return None


# ---------------------------------------------------------------- people

P_PERSON, P_UNIT, P_VIOLATIONS, P_COUNTED, P_WHAT = range(5)
PEOPLE_HEADERS = {
    P_PERSON: QT_TRANSLATE_NOOP("WeeklyModel", "Person"),
    P_UNIT: QT_TRANSLATE_NOOP("WeeklyModel", "Unit"),
    P_VIOLATIONS: QT_TRANSLATE_NOOP("WeeklyModel", "Violations"),
    P_COUNTED: QT_TRANSLATE_NOOP("WeeklyModel", "Counted"),
    P_WHAT: QT_TRANSLATE_NOOP("WeeklyModel", "Of which"),
}
PEOPLE_TIPS = {
    P_PERSON: QT_TRANSLATE_NOOP("WeeklyModel", "Name and staff number; bold: the rules propose a sanction"),
    P_VIOLATIONS: QT_TRANSLATE_NOOP("WeeklyModel", "Late + early + absent + off post + findings"),
    P_COUNTED: QT_TRANSLATE_NOOP(
        "WeeklyModel", "What the week's rule counts towards a sanction (R8: 2 or more, public criticism)"
    ),
}


def person_text(row: PersonWeek | Proposal) -> str:
    """ "张三 (1001)", as the ledger names people."""
    return translate("StaffPicker", "{name} ({staff_no})").format(name=row.name, staff_no=row.staff_no)


class PeopleModel(_Rows):
    """The people with violations, most first (``Summary.offenders``)."""

    HEADERS = PEOPLE_HEADERS
    HEADER_TIPS = PEOPLE_TIPS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._proposed: set[int] = set()

    def set_summary(self, summary: Summary) -> None:
        self._proposed = {p.staff_id for p in summary.proposals}
        self.set_rows(summary.offenders)

    def row_of(self, staff_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.staff_id == staff_id), -1)

    def display(self, row: PersonWeek, col: int) -> str:
        if col == P_PERSON:
            return person_text(row)
        if col == P_UNIT:
            return row.unit
        if col == P_VIOLATIONS:
            return str(row.violations)
        if col == P_COUNTED:
            return str(row.counted)
        if col == P_WHAT:
            return breakdown(row)
        return ""

    def other(self, row: PersonWeek, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (P_VIOLATIONS, P_COUNTED):
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and col == P_PERSON and row.staff_id in self._proposed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == P_PERSON and row.staff_id in self._proposed:
                return translate("WeeklyModel", "The rules propose a sanction for this person")
            if col == P_WHAT:
                return breakdown(row)
        return None


# ---------------------------------------------------------------- proposals

R_PERSON, R_KIND, R_COUNTED, R_STATUS = range(4)
PROPOSAL_HEADERS = {
    R_PERSON: QT_TRANSLATE_NOOP("WeeklyModel", "Person"),
    R_KIND: QT_TRANSLATE_NOOP("WeeklyModel", "Kind"),
    R_COUNTED: QT_TRANSLATE_NOOP("WeeklyModel", "Counted"),
    R_STATUS: QT_TRANSLATE_NOOP("WeeklyModel", "Ledger status"),
}
PROPOSAL_TIPS = {
    R_COUNTED: QT_TRANSLATE_NOOP("WeeklyModel", "How many lapses the rule counted in the week"),
    R_STATUS: QT_TRANSLATE_NOOP(
        "WeeklyModel", "Where the proposal stands in the sanctions ledger; “Enter in ledger” puts it there"
    ),
}


class ProposalsModel(_Rows):
    """What the rules yield for the week, with the ledger's status."""

    HEADERS = PROPOSAL_HEADERS
    HEADER_TIPS = PROPOSAL_TIPS

    def display(self, row: Proposal, col: int) -> str:
        if col == R_PERSON:
            return person_text(row)
        if col == R_KIND:
            return kind_label(row.kind)
        if col == R_COUNTED:
            return str(row.counted)
        if col == R_STATUS:
            return proposal_status_text(row)
        return ""

    def other(self, row: Proposal, col: int, role: int) -> Any:
        if col == R_STATUS:
            if role == Qt.ItemDataRole.BackgroundRole:
                colour = NOT_ENTERED_COLOUR if row.status is None else STATUS_COLOURS.get(row.status)
                return QColor(colour) if colour else None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(TEXT_COLOUR)
            if role == Qt.ItemDataRole.ToolTipRole and row.entry_id is not None:
                return translate(
                    "WeeklyModel", "Ledger entry {id}; double-click to show it in the ledger"
                ).format(id=row.entry_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == R_COUNTED:
            return RIGHT
        return None


# ---------------------------------------------------------------- one person's evidence


@dataclass(frozen=True)
class EvidenceLine:
    """A line of the evidence list: its text, the item behind it (for opening its day), and whether a
    proposal of the period counts it."""

    text: str
    item: dict
    counted: bool = False
    positive: bool = False


def _session_items(row: attendance.SessionRow) -> list[dict]:
    """A stored session that was not on time, as the ledger's evidence items (one per flag)."""
    flags = {
        attendance.LATE: ["LATE"],
        attendance.EARLY: ["EARLY"],
        attendance.LATE_EARLY: ["LATE", "EARLY"],
        attendance.ABSENT: ["ABSENT"],
        attendance.MISSING: ["MISSING"],
    }.get(row.status, [])
    return [
        {
            "type": "session",
            "flag": flag,
            "day": row.day.isoformat(),
            "session": row.session,
            "start": row.start,
            "end": row.end,
            "clock_in": row.clock_in,
            "clock_out": row.clock_out,
        }
        for flag in flags
    ]


def _leave_line(row: attendance.SessionRow) -> EvidenceLine:
    session = (
        translate("Sanctions", "morning") if row.session == "AM" else translate("Sanctions", "afternoon")
    )
    text = translate("WeeklyModel", "{day} {session} {status}: {why}").format(
        day=row.day.isoformat(),
        session=session,
        status=attendance.status_label(row.status),
        why=attendance.explain(row.explanation),
    )
    item = {"type": "session", "day": row.day.isoformat(), "session": row.session, "start": row.start}
    return EvidenceLine(text, item)


def _inspection_item(row: inspections.InspectionRow) -> dict:
    return {
        "type": "inspection",
        "id": row.id,
        "day": row.day.isoformat(),
        "at": row.at.isoformat(timespec="minutes"),
        "category_name": row.category_label,
        "window": row.window,
        "inspector": row.inspector,
        "note": row.note,
    }


def _order(item: dict) -> tuple:
    if item["type"] == "session":
        return (item["day"], item.get("start") or item.get("session", ""), 0)
    if item["type"] == "inspection":
        return (item["day"], item["at"][11:16], 1)
    return (item["day"], "", 2)


HISTORY_LIMIT = 1000  # sessions of one person read for a period: a year is about 500


def person_evidence(summary: Summary, staff_id: int, today: dt.date | None = None) -> list[EvidenceLine]:
    """One person's lines for the summary's period (up to ``today``, the day the summary was counted
    on), in time order.

    What the week's proposals counted comes first in importance (``counted``);
    the person's other sessions that were not on time (late, early, absent,
    missing punch, leave) and their inspection findings complete the picture.
    """
    period = summary.period
    counted: dict[tuple, dict] = {}
    for proposal in summary.proposals:
        if proposal.staff_id == staff_id:
            for item in proposal.evidence:
                counted.setdefault(item_key(item), item)
    lines: dict[tuple, EvidenceLine] = {
        key: EvidenceLine(describe_item(item), item, counted=True) for key, item in counted.items()
    }
    extra: list[EvidenceLine] = []
    last = min(period.end, today) if today is not None else period.end
    for row in attendance.person_history(staff_id, period.start, last, limit=HISTORY_LIMIT):
        if row.status in (attendance.ON_TIME, attendance.PENDING):
            continue
        if row.status == attendance.LEAVE:
            extra.append(_leave_line(row))
            continue
        for item in _session_items(row):
            lines.setdefault(item_key(item), EvidenceLine(describe_item(item), item))
    for finding in inspections.list_inspections(start=period.start, end=last, staff_id=staff_id):
        item = _inspection_item(finding)
        key = item_key(item)
        if key not in lines:
            lines[key] = EvidenceLine(describe_item(item), item, positive=finding.positive)
    everything = list(lines.values()) + extra
    return sorted(everything, key=lambda line: _order(line.item))


def person_title(person: PersonWeek | Proposal) -> str:
    return translate("WeeklyModel", "{name} ({staff_no}), {unit}").format(
        name=person.name, staff_no=person.staff_no, unit=person.unit
    )


def day_of(item: dict) -> dt.date | None:
    try:
        return dt.date.fromisoformat(item["day"])
    except (KeyError, ValueError):
        return None
