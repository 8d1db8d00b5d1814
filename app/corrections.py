"""补卡: punch corrections. Anyone who records attendance may ask for one; it takes
effect when a leader approves it. The original punches stay as they were.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app import attendance, records
from app.auth import Permission, Session, require
from app.errors import Problem, ValidationError
from app.i18n import translate
from db.connection import database
from db.models import Correction, Staff, utcnow

PENDING, APPROVED, REJECTED, WITHDRAWN = "pending", "approved", "rejected", "withdrawn"
CLOCK_RE = re.compile(r"^\s*(\d{1,2})\s*[:：.]?\s*(\d{2})\s*$")


def parse_clock(text: str) -> str | None:
    """Typed clock times as the duty officer types them: 0801, 801, 8:01, 08.01 → "08:01"."""
    match = CLOCK_RE.match(text or "")
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


@dataclass(frozen=True)
class CorrectionRow:
    id: int
    staff_id: int
    staff_no: str
    name: str
    day: dt.date
    session: str
    which: str
    time: str
    reason: str
    status: str
    requested_by: str
    decided_by: str
    remark: str
    version: int


def request_correction(
    session: Session, staff_id: int, day: dt.date, which_session: str, which: str, time_text: str, reason: str
) -> Correction:
    """Ask for a clock-in or clock-out to be set to ``time_text`` (pending a leader's approval)."""
    require(session, Permission.RECORD)
    problems: list[Problem] = []
    person = Staff.get_or_none(Staff.id == staff_id)
    if person is None:
        problems.append(Problem(translate("Corrections", "Choose the staff member."), field="staff"))
    if which_session not in attendance.SESSIONS:
        problems.append(
            Problem(translate("Corrections", "Choose the morning or the afternoon."), field="session")
        )
    if which not in ("in", "out"):
        problems.append(Problem(translate("Corrections", "Choose clock-in or clock-out."), field="which"))
    time = parse_clock(time_text)
    if time is None:
        problems.append(Problem(translate("Corrections", "Type the time as 0801 or 08:01."), field="time"))
    if day > dt.date.today():
        problems.append(
            Problem(translate("Corrections", "A correction cannot be for a future day."), field="day")
        )
    if not (reason or "").strip():
        problems.append(
            Problem(
                translate("Corrections", "Give the reason, e.g. the paper sign-in sheet."), field="reason"
            )
        )
    if person is not None and (day < person.hire_date or (person.left_on and day > person.left_on)):
        problems.append(
            Problem(
                translate("Corrections", "{name} was not employed on {day}.").format(
                    name=person.name, day=day
                ),
                field="day",
            )
        )
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        return records.create(
            session.username,
            Correction,
            staff=staff_id,
            day=day,
            session=which_session,
            which=which,
            time=time,
            reason=reason.strip()[:500],
            requested_by=session.username,
        )


def decide(
    session: Session, correction_id: int, approve: bool, remark: str = "", version: int | None = None
) -> Correction:
    """A leader approves (the session is derived again at once) or rejects a correction."""
    require(session, Permission.APPROVE)
    with database.atomic():
        c = records.get(Correction, correction_id)
        if c.status != PENDING:
            raise ValidationError(translate("Corrections", "This correction has been decided already."))
        if c.requested_by == session.username:
            raise ValidationError(
                translate("Corrections", "You asked for this correction: another leader must decide it.")
            )
        if not approve and not remark.strip():
            raise ValidationError(translate("Corrections", "Say why it is rejected."), field="remark")
        fresh = records.update(
            session.username,
            Correction,
            correction_id,
            version if version is not None else c.version,
            {
                "status": APPROVED if approve else REJECTED,
                "decided_by": session.username,
                "decided_at": utcnow(),
                "remark": remark.strip()[:500],
            },
            action="approve" if approve else "reject",
        )
        if approve:
            attendance.derive_days([c.day], staff_ids=[c.staff_id])
    return fresh


def withdraw(session: Session, correction_id: int, version: int | None = None) -> Correction:
    """The one who asked takes a pending correction back."""
    require(session, Permission.RECORD)
    with database.atomic():
        c = records.get(Correction, correction_id)
        if c.status != PENDING:
            raise ValidationError(translate("Corrections", "This correction has been decided already."))
        return records.update(
            session.username,
            Correction,
            correction_id,
            version if version is not None else c.version,
            {"status": WITHDRAWN},
            action="withdraw",
        )


def list_corrections(
    status: str | None = PENDING, day: dt.date | None = None, staff_id: int | None = None
) -> list[CorrectionRow]:
    q = (
        Correction.select(Correction, Staff.staff_no, Staff.name)
        .join(Staff)
        .order_by(Correction.day, Correction.id)
    )
    if status:
        q = q.where(Correction.status == status)
    if day:
        q = q.where(Correction.day == day)
    if staff_id:
        q = q.where(Correction.staff == staff_id)
    return [
        CorrectionRow(
            r["id"],
            r["staff"],
            r["staff_no"],
            r["name"],
            r["day"],
            r["session"],
            r["which"],
            r["time"],
            r["reason"],
            r["status"],
            r["requested_by"],
            r["decided_by"],
            r["remark"],
            r["version"],
        )
        for r in q.dicts()
    ]
