"""What the sanction rules count: per-person tallies in SQL, the evidence behind them, and findings.

A tally is one statement: a GROUP BY per source (the stored attendance
sessions, the inspection findings, the ledger itself for ladders) joined by
UNION ALL and summed per person. Only the people at or over a rule's
threshold have their evidence read, so the cost follows the number of
people who broke a rule, not the size of the hall. Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import JOIN, SQL, Case, fn

from app import attendance
from app.i18n import translate
from app.sanction_rules import (
    ABSENT,
    EARLY,
    FLAGS,
    IN_FORCE,
    LATE,
    MISSING,
    OFF_POST,
    Period,
    Rule,
    flag_label,
    kind_label,
    periods_touching,
    rules,
)
from db.models import AttendanceSession, Inspection, InspectionCategory, Sanction, User, Window

# ---------------------------------------------------------------- counting


def _session_terms(flags: Iterable[str]) -> list:
    """One 0/1 term per flag: a session late and early counts once for each."""
    s = AttendanceSession
    conditions = {
        LATE: s.status.in_([attendance.LATE, attendance.LATE_EARLY]),
        EARLY: s.status.in_([attendance.EARLY, attendance.LATE_EARLY]),
        ABSENT: s.status == attendance.ABSENT,
        MISSING: s.status == attendance.MISSING,
        OFF_POST: s.off_post == 1,
    }
    return [Case(None, [(conditions[f], 1)], 0) for f in flags if f in conditions]


def _inspection_condition(rule: Rule):
    """Which findings count for ``rule``, or None when it counts none.

    Counted off-post findings already mark their session off post; when the
    rule counts that flag, the finding is not counted a second time.
    """
    if rule.categories is not None and not rule.categories:
        return None
    cond = Inspection.voided_at.is_null() & Inspection.staff.is_null(False)
    if rule.categories is None:
        cond &= Inspection.counted == 1
    else:
        cond &= InspectionCategory.code.in_(list(rule.categories)) & Inspection.covered_by.is_null()
    if OFF_POST in rule.flags:
        cond &= InspectionCategory.off_post == 0
    return cond


def _count_parts(rule: Rule, start: dt.date, end: dt.date, staff_ids: list[int] | None) -> list:
    parts = []
    terms = _session_terms(rule.flags)
    if terms:
        total = terms[0]
        for t in terms[1:]:
            total = total + t
        q = AttendanceSession.select(
            AttendanceSession.staff.alias("staff_id"), fn.SUM(total).alias("n")
        ).where(AttendanceSession.day.between(start, end))
        if staff_ids is not None:
            q = q.where(AttendanceSession.staff.in_(staff_ids))
        parts.append(q.group_by(AttendanceSession.staff))
    cond = _inspection_condition(rule)
    if cond is not None:
        q = (
            Inspection.select(Inspection.staff.alias("staff_id"), fn.COUNT(Inspection.id).alias("n"))
            .join(InspectionCategory)
            .where(cond & Inspection.day.between(start, end))
        )
        if staff_ids is not None:
            q = q.where(Inspection.staff.in_(staff_ids))
        parts.append(q.group_by(Inspection.staff))
    if rule.sanction_kinds:
        q = Sanction.select(Sanction.staff.alias("staff_id"), fn.COUNT(Sanction.id).alias("n")).where(
            Sanction.kind.in_(list(rule.sanction_kinds))
            & Sanction.status.in_(list(IN_FORCE))
            & Sanction.day.between(start, end)
        )
        if staff_ids is not None:
            q = q.where(Sanction.staff.in_(staff_ids))
        parts.append(q.group_by(Sanction.staff))
    return parts


def tally(
    rule: Rule, period: Period, staff_ids: Iterable[int] | None = None, minimum: int = 1
) -> dict[int, int]:
    """Per person, what ``rule`` counts in ``period`` (people counting at least ``minimum``).

    One statement: the per-source GROUP BYs joined by UNION ALL and summed.
    Sessions must be derived first (``evaluate`` and ``findings`` see to it).
    """
    ids = sorted(set(staff_ids)) if staff_ids is not None else None
    parts = _count_parts(rule, period.start, period.end, ids)
    if not parts:
        return {}
    union = parts[0]
    for p in parts[1:]:
        union = union + p
    total = fn.SUM(SQL("n"))
    query = (
        union.select_from(SQL("staff_id"), total.alias("n"))
        .group_by(SQL("staff_id"))
        .having(total >= minimum)
    )
    return {int(staff_id): int(n) for staff_id, n in query.tuples()}


def _session_evidence(rule: Rule, period: Period, staff_ids: list[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = defaultdict(list)
    flags = [f for f in rule.flags if f in (LATE, EARLY, ABSENT, MISSING, OFF_POST)]
    if not flags or not staff_ids:
        return out
    s = AttendanceSession
    q = (
        s.select(s.staff, s.day, s.session, s.start, s.end, s.clock_in, s.clock_out, s.status, s.off_post)
        .where(s.day.between(period.start, period.end) & s.staff.in_(staff_ids))
        .order_by(s.day, s.session)
    )
    for staff_id, day, session, start, end, cin, cout, status, off_post in q.tuples():
        hit = {
            LATE: status in (attendance.LATE, attendance.LATE_EARLY),
            EARLY: status in (attendance.EARLY, attendance.LATE_EARLY),
            ABSENT: status == attendance.ABSENT,
            MISSING: status == attendance.MISSING,
            OFF_POST: bool(off_post),
        }
        for flag in flags:
            if hit[flag]:
                out[staff_id].append(
                    {
                        "type": "session",
                        "flag": flag,
                        "day": day.isoformat(),
                        "session": session,
                        "start": start,
                        "end": end,
                        "clock_in": cin,
                        "clock_out": cout,
                    }
                )
    return out


def _inspection_evidence(rule: Rule, period: Period, staff_ids: list[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = defaultdict(list)
    cond = _inspection_condition(rule)
    if cond is None or not staff_ids:
        return out
    q = (
        Inspection.select(
            Inspection.id,
            Inspection.staff,
            Inspection.at,
            Inspection.note,
            InspectionCategory.code,
            InspectionCategory.name,
            Window.number,
            User.display_name,
            User.username,
        )
        .join(InspectionCategory)
        .switch(Inspection)
        .join(Window, JOIN.LEFT_OUTER)
        .switch(Inspection)
        .join(User)
        .where(cond & Inspection.day.between(period.start, period.end) & Inspection.staff.in_(staff_ids))
        .order_by(Inspection.at, Inspection.id)
    )
    for iid, staff_id, at, note, code, name, window, display, username in q.tuples():
        out[staff_id].append(
            {
                "type": "inspection",
                "id": iid,
                "day": at.date().isoformat(),
                "at": at.isoformat(timespec="minutes"),
                "category": code,
                "category_name": name,
                "window": window or "",
                "inspector": display or username,
                "note": note,
            }
        )
    return out


def _sanction_evidence(rule: Rule, period: Period, staff_ids: list[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = defaultdict(list)
    if not rule.sanction_kinds or not staff_ids:
        return out
    q = (
        Sanction.select(Sanction.id, Sanction.staff, Sanction.kind, Sanction.day)
        .where(
            Sanction.kind.in_(list(rule.sanction_kinds))
            & Sanction.status.in_(list(IN_FORCE))
            & Sanction.day.between(period.start, period.end)
            & Sanction.staff.in_(staff_ids)
        )
        .order_by(Sanction.day, Sanction.id)
    )
    for sid, staff_id, kind, day in q.tuples():
        out[staff_id].append({"type": "sanction", "id": sid, "kind": kind, "day": day.isoformat()})
    return out


def evidence_of(rule: Rule, period: Period, staff_ids: Iterable[int]) -> dict[int, list[dict]]:
    """The items ``rule`` counts in ``period`` for these people, in time order."""
    ids = sorted(set(staff_ids))
    merged: dict[int, list[dict]] = defaultdict(list)
    for part in (
        _session_evidence(rule, period, ids),
        _inspection_evidence(rule, period, ids),
        _sanction_evidence(rule, period, ids),
    ):
        for staff_id, items in part.items():
            merged[staff_id].extend(items)
    for items in merged.values():
        items.sort(key=_item_order)
    return merged


def _item_order(item: dict) -> tuple:
    if item["type"] == "session":
        return (item["day"], item["start"] or "", 0, FLAGS.index(item["flag"]))
    if item["type"] == "inspection":
        return (item["day"], item["at"][11:16], 1, item["id"])
    return (item["day"], "", 2, item["id"])


def item_key(item: dict) -> tuple:
    """What identifies an evidence item across evaluations (times may be corrected)."""
    if item["type"] == "session":
        return ("session", item["day"], item["session"], item["flag"])
    return (item["type"], item["id"])


def describe_item(item: dict) -> str:
    """One evidence item as a line a person reads, in the reader's language."""
    day = dt.date.fromisoformat(item["day"])
    if item["type"] == "session":
        session = (
            translate("Sanctions", "morning")
            if item["session"] == "AM"
            else translate("Sanctions", "afternoon")
        )
        flag = item["flag"]
        if flag == LATE:
            detail = translate("Sanctions", "clocked in {time}, due {due}").format(
                time=item["clock_in"], due=item["start"]
            )
        elif flag == EARLY:
            detail = translate("Sanctions", "clocked out {time}, until {due}").format(
                time=item["clock_out"], due=item["end"]
            )
        elif flag == ABSENT:
            detail = translate("Sanctions", "no punch {start}–{end}").format(
                start=item["start"], end=item["end"]
            )
        elif flag == MISSING:
            detail = translate("Sanctions", "in {cin}, out {cout}").format(
                cin=item["clock_in"] or "—", cout=item["clock_out"] or "—"
            )
        else:
            detail = translate("Sanctions", "off post during {start}–{end}").format(
                start=item["start"], end=item["end"]
            )
        return translate("Sanctions", "{day} {session} {flag}: {detail}").format(
            day=day.isoformat(), session=session, flag=flag_label(flag), detail=detail
        )
    if item["type"] == "inspection":
        text = translate("Sanctions", "{time} inspection by {inspector}: {category}").format(
            time=item["at"][11:16], inspector=item["inspector"], category=item["category_name"]
        )
        if item.get("window"):
            text += translate("Sanctions", " (window {window})").format(window=item["window"])
        if item.get("note"):
            text += f" — {item['note']}"
        return f"{day.isoformat()} {text}"
    return f"{day.isoformat()} {kind_label(item['kind'])} (#{item['id']})"


# ---------------------------------------------------------------- findings (no writes)


@dataclass(frozen=True)
class Finding:
    """What a rule yields for one person in one period, before anyone has decided on it."""

    rule: Rule
    period: Period
    staff_id: int
    counted: int
    evidence: list[dict]

    @property
    def last_day(self) -> dt.date:
        return (
            max(dt.date.fromisoformat(i["day"]) for i in self.evidence) if self.evidence else self.period.end
        )


def _prepare(week: Period, now: dt.datetime | None) -> None:
    now = now or dt.datetime.now()
    starts = [week.start] + [p.start for r in rules() for p in periods_touching(r.window, week)]
    attendance.ensure_derived(min(starts), week.end, now=now)


def findings(week: Period, now: dt.datetime | None = None, active: list[Rule] | None = None) -> list[Finding]:
    """What the rules in force yield for ``week`` (month and year rules: the periods the week falls in)."""
    _prepare(week, now)
    out: list[Finding] = []
    for rule in active if active is not None else rules():
        for period in periods_touching(rule.window, week):
            counts = tally(rule, period, minimum=rule.threshold)
            if not counts:
                continue
            evidence = evidence_of(rule, period, counts)
            for staff_id in sorted(counts):
                items = evidence.get(staff_id, [])
                out.append(Finding(rule, period, staff_id, len(items), items))
    return out
