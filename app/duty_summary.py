"""The hall's attendance of one day, as the duty log and the daily duty register summarise it.

Read from the stored attendance sessions (the Attendance tab's own rows) and
the day's leave slips, never stored, so the log always agrees with the tab.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from peewee import JOIN

from app import attendance, leave
from db.models import AttendanceSession, Staff, Unit, Window

OFF_POST = "OFF_POST"
# The order the summary lists the statuses in (LATE_EARLY is counted under LATE and EARLY).
SUMMARY_STATUSES = (
    attendance.ON_TIME,
    attendance.LATE,
    attendance.EARLY,
    attendance.ABSENT,
    attendance.MISSING,
    attendance.LEAVE,
    attendance.PENDING,
    OFF_POST,
)


@dataclass(frozen=True)
class AttendanceSummary:
    """The day's hall attendance as the log and the register print it.

    ``counts`` counts sessions (人次) by status, a LATE_EARLY session under both
    LATE and EARLY, and ``OFF_POST`` the sessions marked off post. ``names``
    lists the distinct people of each status in the Attendance tab's order.
    ``leave`` is who is away that day (approved or awaiting approval) as
    (name, kind of leave, substitute or "").
    """

    counts: dict[str, int] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)
    leave: list[tuple[str, str, str]] = field(default_factory=list)
    off_post: list[str] = field(default_factory=list)
    people: int = 0  # people with sessions that day
    sessions: int = 0


def attendance_summary(day: dt.date) -> AttendanceSummary:
    """Counts and names of the day's sessions by status, who is on leave and who covers, who was off post."""
    rows = attendance.day_sessions(day)
    counts: Counter[str] = Counter()
    names: dict[str, list[str]] = {}

    def add(status: str, name: str) -> None:
        counts[status] += 1
        listed = names.setdefault(status, [])
        if name not in listed:
            listed.append(name)

    for row in rows:
        if row.status == attendance.LATE_EARLY:
            add(attendance.LATE, row.name)
            add(attendance.EARLY, row.name)
        else:
            add(row.status, row.name)
    off_post_rows = (
        AttendanceSession.select(Staff.name)
        .join(Staff, on=(AttendanceSession.staff == Staff.id))
        .join(Unit, on=(Staff.unit == Unit.id))
        .switch(Staff)
        .join(Window, JOIN.LEFT_OUTER, on=(Staff.window == Window.id))
        .where((AttendanceSession.day == day) & (AttendanceSession.off_post == 1))
        .order_by(Unit.sort_order, Unit.name, Window.number.asc(nulls="LAST"), Staff.staff_no)
        .tuples()
    )
    off_post: list[str] = []
    for (name,) in off_post_rows:
        counts[OFF_POST] += 1
        if name not in off_post:
            off_post.append(name)
    if off_post:
        names[OFF_POST] = off_post
    away = [(slip.name, slip.kind, slip.substitute) for slip in leave.absentees(day)]
    return AttendanceSummary(
        counts={status: counts.get(status, 0) for status in SUMMARY_STATUSES},
        names=names,
        leave=away,
        off_post=off_post,
        people=len({row.staff_id for row in rows}),
        sessions=len(rows),
    )
