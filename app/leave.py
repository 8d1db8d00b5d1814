"""请假与临时外出 (rule R7): leave slips, outings, substitutes, approval and return.

Sick or personal leave needs a substitute arranged by the unit and a report to
the duty leader; a temporary outing needs the duty leader's approval before
leaving; otherwise the time is absence without leave. A slip's life:
requested → approved or rejected → returned (销假), or cancelled before it
starts. Approved leave turns the sessions it covers into LEAVE; any change of
a slip derives those days again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app import records
from app.auth import Permission, Session, require
from app.errors import Problem, ValidationError
from app.i18n import translate
from app.schedule import HoursBook, minutes
from db.connection import database
from db.models import LeaveKind, LeaveSlip, Staff, User, utcnow

REQUESTED, APPROVED, REJECTED, RETURNED, CANCELLED = (
    "requested",
    "approved",
    "rejected",
    "returned",
    "cancelled",
)
LIVE = (REQUESTED, APPROVED, RETURNED)  # slips that hold their dates
COUNTS = (APPROVED, RETURNED)  # slips that make sessions LEAVE
AM, PM = "AM", "PM"
MAX_TEXT = 500
# A year and a day, whatever the kind: a longer span is a typing slip (2062 for 2026), and would
# re-derive years of attendance.
MAX_SLIP_DAYS = 366


@dataclass
class SlipInput:
    """What the duty officer types on the slip."""

    staff_id: int | None = None
    kind_id: int | None = None
    start_day: dt.date | None = None
    start_session: str = AM
    end_day: dt.date | None = None
    end_session: str = PM
    out_time: str = ""  # outings: HH:MM
    back_time: str = ""
    reason: str = ""
    substitute_id: int | None = None
    reported_to_id: int | None = None  # the duty leader's user account


@dataclass
class Checked:
    """The outcome of validating a slip: problems stop it, warnings do not."""

    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def kinds(include_retired: bool = False) -> list[LeaveKind]:
    q = LeaveKind.select().order_by(LeaveKind.sort_order, LeaveKind.id)
    if not include_retired:
        q = q.where(LeaveKind.retired == 0)
    return list(q)


def _sessions_between(start: tuple[dt.date, str], end: tuple[dt.date, str], workdays: set[dt.date]):
    """The (day, session) pairs from start to end inclusive, on workdays."""
    out = []
    day = start[0]
    while day <= end[0]:
        for s in (AM, PM):
            if (day, s) < (start[0], start[1]) or (day, s) > (end[0], end[1]):
                continue
            if day in workdays:
                out.append((day, s))
        day += dt.timedelta(days=1)
    return out


def covered_sessions(
    slip: LeaveSlip,
    within: tuple[dt.date, dt.date] | None = None,
    workdays: set[dt.date] | None = None,
    book: HoursBook | None = None,
) -> list[tuple[dt.date, str]]:
    """The sessions an approved slip makes LEAVE (only those in the days ``within``, if given).

    Leave covers its sessions from start to end on workdays. An outing covers a
    session only when it spans the whole of it (a shorter outing leaves the
    session to the punches; its overrun is counted as off post instead).
    ``workdays`` (the workdays of ``within``) and ``book`` spare a caller going
    through many slips a calendar and a schedule query per slip.
    """
    from app import calendar

    if within is not None:
        first, last = within
        if slip.end_day < first or slip.start_day > last:
            return []
        if workdays is None:
            workdays = set(calendar.workdays(first, last))
    if slip.kind.outing:
        hours = (book or HoursBook())(slip.start_day)
        workday = slip.start_day in workdays if workdays is not None else calendar.is_workday(slip.start_day)
        if hours is None or not workday or not slip.out_time or not slip.back_time:
            return []
        out, back = minutes(slip.out_time), minutes(slip.back_time)
        return [
            (slip.start_day, s)
            for s in (AM, PM)
            if out <= hours.session(s)[0] and back >= hours.session(s)[1]
        ]
    start, end = (slip.start_day, slip.start_session), (slip.end_day, slip.end_session)
    if within is not None:  # only the days asked about: a long slip is not walked end to end
        start = max(start, (within[0], AM))
        end = min(end, (within[1], PM))
    if workdays is None:
        workdays = set(calendar.workdays(start[0], end[0]))
    return _sessions_between(start, end, workdays)


def _span(data: SlipInput) -> tuple[tuple[dt.date, str], tuple[dt.date, str]]:
    return (data.start_day, data.start_session), (data.end_day, data.end_session)


def _overlapping(staff_id: int, data: SlipInput, exclude_id: int | None, as_substitute: bool = False):
    """Live slips of a person (or where they substitute) that share time with ``data``."""
    q = LeaveSlip.select().where(LeaveSlip.status.in_(LIVE))
    q = q.where(LeaveSlip.substitute == staff_id) if as_substitute else q.where(LeaveSlip.staff == staff_id)
    q = q.where((LeaveSlip.start_day <= data.end_day) & (LeaveSlip.end_day >= data.start_day))
    if exclude_id is not None:
        q = q.where(LeaveSlip.id != exclude_id)
    found = []
    (a_start, a_end) = _span(data)
    for other in q:
        b_start, b_end = (other.start_day, other.start_session), (other.end_day, other.end_session)
        if a_start <= b_end and b_start <= a_end:
            if other.kind.outing and data.out_time and data.back_time and other.start_day == data.start_day:
                if not (
                    minutes(data.out_time) < minutes(other.back_time)
                    and minutes(other.out_time) < minutes(data.back_time)
                ):
                    continue  # two outings on one day at different times
            found.append(other)
    return found


def validate(data: SlipInput, slip_id: int | None = None, now: dt.datetime | None = None) -> Checked:
    """Every problem with a slip, and the warnings that do not stop it."""
    from app import calendar

    now = now or dt.datetime.now()
    checked = Checked()

    def bad(field_name: str | None, message: str) -> None:
        checked.problems.append(Problem(message, field=field_name))

    person = Staff.get_or_none(Staff.id == data.staff_id) if data.staff_id else None
    kind = LeaveKind.get_or_none(LeaveKind.id == data.kind_id) if data.kind_id else None
    if person is None:
        bad("staff", translate("Leave", "Choose who is taking leave."))
    if kind is None:
        bad("kind", translate("Leave", "Choose the kind of leave."))
    elif kind.retired and (slip_id is None or LeaveSlip.get_by_id(slip_id).kind_id != kind.id):
        # Old slips keep a retired kind; new ones may not take it.
        bad(
            "kind",
            translate("Leave", "{kind} is no longer offered: choose another kind.").format(kind=kind.name),
        )
    if data.start_day is None:
        bad("start_day", translate("Leave", "Enter the first day."))
    if kind is not None and kind.outing:
        if data.end_day is not None and data.start_day is not None and data.end_day != data.start_day:
            bad(
                "end_day",
                translate("Leave", "A temporary outing is within one day: file leave for longer absences."),
            )
        data.end_day, data.start_session, data.end_session = data.start_day, AM, PM
        from app.corrections import parse_clock

        out, back = parse_clock(data.out_time), parse_clock(data.back_time)
        if out is None:
            bad("out_time", translate("Leave", "Type the time of leaving as 0930 or 09:30."))
        if back is None:
            bad("back_time", translate("Leave", "Type the time of return as 1030 or 10:30."))
        if out and back and back <= out:
            bad(
                "back_time",
                translate("Leave", "An outing returns later the same day: the return is before the leaving."),
            )
        data.out_time, data.back_time = out or data.out_time, back or data.back_time
    else:
        data.out_time = data.back_time = ""
        if data.end_day is None:
            bad("end_day", translate("Leave", "Enter the last day."))
        if data.start_session not in (AM, PM) or data.end_session not in (AM, PM):
            bad("start_session", translate("Leave", "Choose morning or afternoon."))
    if data.start_day and data.end_day and _span(data)[1] < _span(data)[0]:
        bad("end_day", translate("Leave", "The leave ends before it starts."))
    elif data.start_day and data.end_day and (data.end_day - data.start_day).days >= MAX_SLIP_DAYS:
        bad(
            "end_day",
            translate(
                "Leave", "One slip covers at most {n} days: file another slip for the time after."
            ).format(n=MAX_SLIP_DAYS),
        )
    reason = (data.reason or "").strip()
    if len(reason) > MAX_TEXT:
        bad("reason", translate("Leave", "At most {n} characters.").format(n=MAX_TEXT))
    if checked.problems or person is None or kind is None:
        return checked

    if person.left_on is not None and data.start_day <= person.left_on < data.end_day:
        bad(
            "end_day",
            translate("Leave", "{name} leaves on {date}: the slip runs past it.").format(
                name=person.name, date=person.left_on
            ),
        )
    if person.left_on is not None and data.start_day > person.left_on:
        bad(
            "staff",
            translate("Leave", "{name} left on {date}: no leave after that.").format(
                name=person.name, date=person.left_on
            ),
        )
    if data.start_day < person.hire_date:
        bad(
            "start_day",
            translate("Leave", "{name} was hired on {date}.").format(name=person.name, date=person.hire_date),
        )
    for other in _overlapping(person.id, data, slip_id):
        bad(
            "start_day",
            translate(
                "Leave", "{name} already has slip {id} ({kind}, {start} to {end}) for this time."
            ).format(
                name=person.name, id=other.id, kind=other.kind.name, start=other.start_day, end=other.end_day
            ),
        )
    for other in _overlapping(person.id, data, slip_id, as_substitute=True):
        checked.warnings.append(
            translate(
                "Leave",
                "{name} is the substitute on slip {id} at this time: arrange another substitute for it.",
            ).format(name=person.name, id=other.id)
        )

    probe = LeaveSlip(
        kind=kind,
        start_day=data.start_day,
        end_day=data.end_day,
        start_session=data.start_session,
        end_session=data.end_session,
        out_time=data.out_time,
        back_time=data.back_time,
    )
    covered = covered_sessions(probe)
    needs_substitute = bool(covered)
    if data.substitute_id is None:
        if needs_substitute:
            bad(
                "substitute",
                translate("Leave", "Leave of a session or more needs a substitute arranged by the unit."),
            )
    else:
        _check_substitute(checked, person, data, slip_id)
    if data.reported_to_id is not None:
        leader = User.get_or_none(User.id == data.reported_to_id)
        if leader is None or leader.disabled_at is not None or leader.role not in ("leader", "manager"):
            bad("reported_to", translate("Leave", "Report to a duty leader's account."))
    if not kind.outing and not calendar.workdays(data.start_day, data.end_day):
        checked.warnings.append(
            translate("Leave", "The slip covers no workday: it will not change any attendance.")
        )
    start_at = dt.datetime.combine(data.start_day, dt.time(0 if data.start_session == AM else 12))
    if kind.outing and data.out_time:
        start_at = dt.datetime.combine(data.start_day, dt.time.fromisoformat(data.out_time))
    if start_at < now:
        checked.warnings.append(
            translate(
                "Leave", "The leave has already begun: it is recorded as a slip after the fact (补请假)."
            )
        )
    return checked


def _check_substitute(checked: Checked, person: Staff, data: SlipInput, slip_id: int | None) -> None:
    sub = Staff.get_or_none(Staff.id == data.substitute_id)

    def bad(message: str) -> None:
        checked.problems.append(Problem(message, field="substitute"))

    if sub is None:
        bad(translate("Leave", "Choose the substitute."))
        return
    if sub.id == person.id:
        bad(translate("Leave", "The substitute cannot be the person taking leave."))
        return
    if sub.left_on is not None and sub.left_on < data.end_day or sub.hire_date > data.start_day:
        bad(translate("Leave", "{name} is not employed for the whole time.").format(name=sub.name))
    if sub.unit_id != person.unit_id:
        bad(
            translate(
                "Leave", "{name} works for another unit: the unit arranges the substitute from its own staff."
            ).format(name=sub.name)
        )
    if sub.trained_on is None:
        bad(
            translate("Leave", "{name} has not passed pre-job training and may not staff a window.").format(
                name=sub.name
            )
        )
    if _overlapping(sub.id, data, slip_id):
        bad(translate("Leave", "{name} is on leave at that time.").format(name=sub.name))
    if _overlapping(sub.id, data, slip_id, as_substitute=True):
        bad(
            translate("Leave", "{name} is already substituting for someone else at that time.").format(
                name=sub.name
            )
        )


def _fields(data: SlipInput) -> dict:
    return {
        "staff": data.staff_id,
        "kind": data.kind_id,
        "start_day": data.start_day,
        "start_session": data.start_session,
        "end_day": data.end_day,
        "end_session": data.end_session,
        "out_time": data.out_time or None,
        "back_time": data.back_time or None,
        "reason": (data.reason or "").strip(),
        "substitute": data.substitute_id,
        "reported_to": data.reported_to_id,
    }


def request(session: Session, data: SlipInput, now: dt.datetime | None = None) -> tuple[LeaveSlip, list[str]]:
    """Record a slip (pending approval). Returns it with the warnings the user should see."""
    require(session, Permission.RECORD)
    with database.atomic():
        checked = validate(data, now=now)
        if checked.problems:
            raise ValidationError(checked.problems)
        after = any("补请假" in w for w in checked.warnings)
        slip = records.create(
            session.username,
            LeaveSlip,
            **_fields(data),
            created_by=session.username,
            after_the_fact=int(after),
        )
    return slip, checked.warnings


def edit(
    session: Session, slip_id: int, data: SlipInput, version: int, now: dt.datetime | None = None
) -> tuple[LeaveSlip, list[str]]:
    """Change a slip; an approved one goes back to approval."""
    require(session, Permission.RECORD)
    with database.atomic():
        slip = records.get(LeaveSlip, slip_id)
        if slip.status not in (REQUESTED, APPROVED):
            raise ValidationError(translate("Leave", "Only a requested or approved slip can be changed."))
        before = _days(slip)
        checked = validate(data, slip_id, now=now)
        if checked.problems:
            raise ValidationError(checked.problems)
        fields = _fields(data) | {"status": REQUESTED, "decided_by": "", "decided_at": None}
        fresh = records.update(session.username, LeaveSlip, slip_id, version, fields)
        _rederive(fresh, before)
    return fresh, checked.warnings


def decide(
    session: Session, slip_id: int, approve: bool, remark: str = "", version: int | None = None
) -> LeaveSlip:
    """A duty leader or manager approves or rejects; nobody approves their own slip."""
    require(session, Permission.APPROVE)
    with database.atomic():
        slip = records.get(LeaveSlip, slip_id)
        if slip.status != REQUESTED:
            raise ValidationError(translate("Leave", "This slip has been decided already."))
        own_staff = User.get_or_none(User.id == session.user_id)
        if slip.created_by == session.username or (
            own_staff is not None and own_staff.staff_id == slip.staff_id
        ):
            raise ValidationError(
                translate("Leave", "You cannot approve your own slip: another leader must.")
            )
        if not approve and not remark.strip():
            raise ValidationError(translate("Leave", "Say why the slip is rejected."), field="remark")
        fresh = records.update(
            session.username,
            LeaveSlip,
            slip_id,
            version if version is not None else slip.version,
            {
                "status": APPROVED if approve else REJECTED,
                "decided_by": session.username,
                "decided_at": utcnow(),
                "remark": remark.strip()[:MAX_TEXT],
            },
            action="approve" if approve else "reject",
        )
        _rederive(fresh)
    return fresh


def return_slip(
    session: Session, slip_id: int, returned_at: dt.datetime, version: int | None = None
) -> LeaveSlip:
    """销假: the duty officer records when the person is back.

    An outing back later than approved is flagged; its overrun counts as off post.
    """
    require(session, Permission.RECORD)
    with database.atomic():
        slip = records.get(LeaveSlip, slip_id)
        if slip.status != APPROVED:
            raise ValidationError(translate("Leave", "Only an approved slip can be returned."))
        began = dt.datetime.combine(
            slip.start_day,
            dt.time.fromisoformat(slip.out_time)
            if slip.out_time
            else dt.time(0 if slip.start_session == AM else 12),
        )
        if returned_at < began:
            raise ValidationError(
                translate("Leave", "The return ({time}) is before the leave began ({start}).").format(
                    time=returned_at.strftime("%Y-%m-%d %H:%M"), start=began.strftime("%Y-%m-%d %H:%M")
                ),
                field="returned_at",
            )
        overrun = 0
        if slip.kind.outing and slip.back_time:
            due = dt.datetime.combine(slip.start_day, dt.time.fromisoformat(slip.back_time))
            overrun = max(0, int((returned_at - due).total_seconds() // 60))
        fresh = records.update(
            session.username,
            LeaveSlip,
            slip_id,
            version if version is not None else slip.version,
            {
                "status": RETURNED,
                "returned_at": returned_at,
                "returned_by": session.username,
                "overrun_minutes": overrun,
            },
            action="return",
        )
        _rederive(fresh)
    return fresh


def cancel(
    session: Session, slip_id: int, reason: str, version: int | None = None, now: dt.datetime | None = None
) -> LeaveSlip:
    """Withdraw a slip before it starts."""
    require(session, Permission.RECORD)
    now = now or dt.datetime.now()
    with database.atomic():
        slip = records.get(LeaveSlip, slip_id)
        if slip.status not in (REQUESTED, APPROVED):
            raise ValidationError(translate("Leave", "Only a requested or approved slip can be cancelled."))
        starts = dt.datetime.combine(
            slip.start_day,
            dt.time.fromisoformat(slip.out_time)
            if slip.out_time
            else dt.time(0 if slip.start_session == AM else 12),
        )
        if starts <= now and slip.status == APPROVED:
            raise ValidationError(
                translate("Leave", "The leave has begun: record the return (销假) instead of cancelling.")
            )
        if not reason.strip():
            raise ValidationError(translate("Leave", "Give a reason."), field="reason")
        fresh = records.update(
            session.username,
            LeaveSlip,
            slip_id,
            version if version is not None else slip.version,
            {"status": CANCELLED, "remark": reason.strip()[:MAX_TEXT]},
            action="cancel",
        )
        _rederive(fresh)
    return fresh


def _days(slip: LeaveSlip) -> set[dt.date]:
    days, day = set(), slip.start_day
    while day <= slip.end_day:
        days.add(day)
        day += dt.timedelta(days=1)
    return days


def _rederive(slip: LeaveSlip, also: set[dt.date] | None = None) -> None:
    from app import attendance

    attendance.derive_days(_days(slip) | (also or set()), staff_ids=[slip.staff_id])


def covers(days: list[dt.date], staff_ids: list[int] | None):
    """Approved leave and outing overruns by (staff, day, session), for the derivation.

    Returns ({(staff, day, session): (slip_id, kind name)}, {(staff, day, session)} off post).
    """
    if not days:
        return {}, set()
    first, last = min(days), max(days)
    q = (
        LeaveSlip.select(LeaveSlip, LeaveKind)
        .join(LeaveKind)
        .where(LeaveSlip.status.in_(COUNTS) & (LeaveSlip.start_day <= last) & (LeaveSlip.end_day >= first))
    )
    if staff_ids is not None:
        q = q.where(LeaveSlip.staff.in_(staff_ids))
    from app import calendar

    cover: dict = {}
    off_post: set = set()
    book = HoursBook()
    workdays = set(calendar.workdays(first, last))  # once, not once per slip
    for slip in q:
        for day, s in covered_sessions(slip, (first, last), workdays, book):
            cover[(slip.staff_id, day, s)] = (slip.id, slip.kind.name)
        if slip.kind.outing and slip.overrun_minutes > 0 and slip.back_time:
            hours = book(slip.start_day)
            if hours is not None:
                back = minutes(slip.back_time)
                session = AM if 2 * back < hours.am_end + hours.pm_start else PM
                off_post.add((slip.staff_id, slip.start_day, session))
    return cover, off_post


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class SlipRow:
    """A slip as lists, the tab and the printed slip show it."""

    id: int
    staff_id: int
    staff_no: str
    name: str
    unit: str
    kind_id: int
    kind: str
    outing: bool
    start_day: dt.date
    start_session: str
    end_day: dt.date
    end_session: str
    out_time: str | None
    back_time: str | None
    reason: str
    substitute_id: int | None
    substitute: str
    reported_to_id: int | None
    reported_to: str
    status: str
    after_the_fact: bool
    created_by: str
    created_at: dt.datetime
    decided_by: str
    decided_at: dt.datetime | None
    remark: str
    returned_at: dt.datetime | None
    returned_by: str
    overrun_minutes: int
    version: int

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "staff_no": self.staff_no,
            "name": self.name,
            "unit": self.unit,
            "kind": self.kind,
            "from": f"{self.start_day} {self.out_time or self.start_session}",
            "to": f"{self.end_day} {self.back_time or self.end_session}",
            "substitute": self.substitute,
            "status": self.status,
            "after_the_fact": self.after_the_fact,
            "approved_by": self.decided_by if self.status in COUNTS else "",
            "reason": self.reason,
            "overrun_minutes": self.overrun_minutes,
        }


def list_slips(
    status: str | None = None,
    on: dt.date | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit_id: int | None = None,
    kind_id: int | None = None,
    staff_id: int | None = None,
    slip_id: int | None = None,
) -> list[SlipRow]:
    """Slips by status, by a day they cover (``on``), by a period they touch, unit, kind or person."""
    from peewee import JOIN

    from db.models import Unit

    sub = Staff.alias()
    leader = User.alias()
    q = (
        LeaveSlip.select(
            LeaveSlip,
            Staff.staff_no,
            Staff.name,
            Unit.name.alias("unit_name"),
            LeaveKind.name.alias("kind_name"),
            LeaveKind.outing,
            sub.name.alias("sub_name"),
            leader.display_name.alias("leader_name"),
            leader.username.alias("leader_user"),
        )
        .join(Staff, on=(LeaveSlip.staff == Staff.id))
        .join(Unit, on=(Staff.unit == Unit.id))
        .switch(LeaveSlip)
        .join(LeaveKind)
        .switch(LeaveSlip)
        .join(sub, JOIN.LEFT_OUTER, on=(LeaveSlip.substitute == sub.id))
        .switch(LeaveSlip)
        .join(leader, JOIN.LEFT_OUTER, on=(LeaveSlip.reported_to == leader.id))
        .order_by(LeaveSlip.start_day.desc(), LeaveSlip.id.desc())
    )
    if status:
        q = q.where(LeaveSlip.status == status)
    if on:
        q = q.where((LeaveSlip.start_day <= on) & (LeaveSlip.end_day >= on))
    if start:
        q = q.where(LeaveSlip.end_day >= start)
    if end:
        q = q.where(LeaveSlip.start_day <= end)
    if unit_id:
        q = q.where(Staff.unit == unit_id)
    if kind_id:
        q = q.where(LeaveSlip.kind == kind_id)
    if staff_id:
        q = q.where(LeaveSlip.staff == staff_id)
    if slip_id:
        q = q.where(LeaveSlip.id == slip_id)
    return [
        SlipRow(
            id=r["id"],
            staff_id=r["staff"],
            staff_no=r["staff_no"],
            name=r["name"],
            unit=r["unit_name"],
            kind_id=r["kind"],
            kind=r["kind_name"],
            outing=bool(r["outing"]),
            start_day=r["start_day"],
            start_session=r["start_session"],
            end_day=r["end_day"],
            end_session=r["end_session"],
            out_time=r["out_time"],
            back_time=r["back_time"],
            reason=r["reason"],
            substitute_id=r["substitute"],
            substitute=r["sub_name"] or "",
            reported_to_id=r["reported_to"],
            reported_to=r["leader_name"] or r["leader_user"] or "",
            status=r["status"],
            after_the_fact=bool(r["after_the_fact"]),
            created_by=r["created_by"],
            created_at=r["created_at"],
            decided_by=r["decided_by"],
            decided_at=r["decided_at"],
            remark=r["remark"],
            returned_at=r["returned_at"],
            returned_by=r["returned_by"],
            overrun_minutes=r["overrun_minutes"],
            version=r["version"],
        )
        for r in q.dicts()
    ]


def get_slip(slip_id: int) -> SlipRow:
    rows = list_slips(slip_id=slip_id)
    if not rows:
        records.get(LeaveSlip, slip_id)  # raises NotFound
    return rows[0]


def absentees(day: dt.date) -> list[SlipRow]:
    """The duty officer's morning question: who is away on ``day`` (approved or not yet), and who covers."""
    return [r for r in list_slips(on=day) if r.status in LIVE]


def status_label(status: str) -> str:
    return {
        REQUESTED: translate("Leave", "awaiting approval"),
        APPROVED: translate("Leave", "approved"),
        REJECTED: translate("Leave", "rejected"),
        RETURNED: translate("Leave", "returned"),
        CANCELLED: translate("Leave", "cancelled"),
    }.get(status, status)
