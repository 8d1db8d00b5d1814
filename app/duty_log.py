"""值班日志: the day's duty log, its closing checklist and its two sign-offs (rule R6).

The duty officer opens the log of a workday; it holds one line per window in
use that day (power off, or a note why not), the hall's hygiene, safety
(extinguishers, emergency lights, exits) and doors-and-windows checks,
handover notes and remarks. The attendance summary and the day's inspections
are not stored here: they are read from the attendance sessions, the leave
slips and the inspections whenever the log is shown, so they always agree
with the Attendance tab.

The day is closed by the duty officer's sign-off and then the duty leader's,
each with the logged-in account and the time. A closed day is read-only;
reopening it needs a reason, which stays on record, and clears both
sign-offs. A change saved after the officer's sign-off (before the leader's)
withdraws that sign-off: the officer signs the changed log again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from peewee import IntegrityError

from app import calendar as hall_calendar
from app import i18n, records
from app.auth import Permission, Session, require
from app.errors import Problem, ValidationError
from app.i18n import translate
from app.roster import today as hall_today
from db.connection import database
from db.models import (
    DutyLog,
    DutyLogReopening,
    Unit,
    User,
    Window,
    WindowCheck,
    utcnow,
)

if TYPE_CHECKING:
    from app.duty_summary import AttendanceSummary

# The day's attendance summary is read through this module too. It loads, and with it the
# attendance rules, when a log is read: the window's start-up only asks which days are open.
_SUMMARY_NAMES = frozenset({"OFF_POST", "SUMMARY_STATUSES", "AttendanceSummary", "attendance_summary"})


def __getattr__(name: str) -> Any:
    if name in _SUMMARY_NAMES:
        from app import duty_summary

        return getattr(duty_summary, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


MAX_NOTE = 500
MAX_TEXT = 4000
WARN_LIST = 10  # the start-up warning names at most this many days

# The checks of the hall as a whole; each is stored as {key}_ok and {key}_note.
HALL_CHECKS = ("hygiene", "safety", "doors")

# ---------------------------------------------------------------- read models


@dataclass(frozen=True)
class CheckRow:
    """One window's line of the closing checklist."""

    window_id: int
    number: str
    title: str
    unit: str
    power_off: bool
    note: str
    checked_by: str
    checked_at: dt.datetime | None = None

    @property
    def done(self) -> bool:
        """Ticked as powered off, or explained in the note."""
        return self.power_off or bool(self.note.strip())


@dataclass(frozen=True)
class LogView:
    """A day's log with everything shown beside it: checklist, attendance, inspections, rota."""

    id: int
    day: dt.date
    opened_by: str
    opened_at: dt.datetime
    hygiene_ok: bool | None
    hygiene_note: str
    safety_ok: bool | None
    safety_note: str
    doors_ok: bool | None
    doors_note: str
    handover: str
    remarks: str
    checks: list[CheckRow]
    summary: AttendanceSummary
    inspections: list
    officer_signed_by: str
    officer_signed_at: dt.datetime | None
    leader_signed_by: str
    leader_signed_at: dt.datetime | None
    closed: bool
    reopenings: list[tuple[str, str, dt.datetime]]
    rota: Any
    version: int
    officer_signed_name: str = ""  # the signing accounts' full names, for the printed register
    leader_signed_name: str = ""

    @property
    def officer_signed(self) -> bool:
        return self.officer_signed_at is not None


def _ok(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _display_names(usernames: list[str]) -> dict[str, str]:
    wanted = [u for u in usernames if u]
    if not wanted:
        return {}
    q = User.select(User.username, User.display_name).where(User.username.in_(wanted))
    return {u.username: u.display_name or u.username for u in q}


def _checks(log_id: int) -> list[CheckRow]:
    q = (
        WindowCheck.select(WindowCheck, Window.number, Window.title, Unit.name.alias("unit_name"))
        .join(Window)
        .join(Unit)
        .where(WindowCheck.log == log_id)
        .order_by(Window.number)
    )
    return [
        CheckRow(
            window_id=r["window"],
            number=r["number"],
            title=r["title"],
            unit=r["unit_name"],
            power_off=bool(r["power_off"]),
            note=r["note"],
            checked_by=r["checked_by"],
            checked_at=r["checked_at"],
        )
        for r in q.dicts()
    ]


def _inspections(day: dt.date) -> list:
    """The day's inspections (巡查记录), as the inspections module lists them."""
    try:
        from app.inspections import list_inspections
    except ModuleNotFoundError as err:  # the inspections module is not installed in this build
        if err.name != "app.inspections":
            raise
        return []
    return list(list_inspections(day=day))


def _rota(day: dt.date) -> Any:
    """The day's rota (unit on duty, officer, leader), or None."""
    try:
        from app.duty_rota import rota_day
    except ModuleNotFoundError as err:  # the rota module is not installed in this build
        if err.name != "app.duty_rota":
            raise
        return None
    return rota_day(day)


def get_log(day: dt.date) -> LogView | None:
    """The log of ``day`` as the Duty Log tab and the register show it, or None if not opened."""
    from app import duty_summary

    log = DutyLog.get_or_none(DutyLog.day == day)
    if log is None:
        return None
    names = _display_names([log.officer_signed_by, log.leader_signed_by])
    reopenings = [
        (r.reason, r.by, r.at)
        for r in DutyLogReopening.select()
        .where(DutyLogReopening.log == log.id)
        .order_by(DutyLogReopening.at, DutyLogReopening.id)
    ]
    return LogView(
        id=log.id,
        day=log.day,
        opened_by=log.opened_by,
        opened_at=log.opened_at,
        hygiene_ok=_ok(log.hygiene_ok),
        hygiene_note=log.hygiene_note,
        safety_ok=_ok(log.safety_ok),
        safety_note=log.safety_note,
        doors_ok=_ok(log.doors_ok),
        doors_note=log.doors_note,
        handover=log.handover,
        remarks=log.remarks,
        checks=_checks(log.id),
        summary=duty_summary.attendance_summary(day),
        inspections=_inspections(day),
        officer_signed_by=log.officer_signed_by,
        officer_signed_at=log.officer_signed_at,
        leader_signed_by=log.leader_signed_by,
        leader_signed_at=log.leader_signed_at,
        closed=log.leader_signed_at is not None,
        reopenings=reopenings,
        rota=_rota(day),
        version=log.version,
        officer_signed_name=names.get(log.officer_signed_by, ""),
        leader_signed_name=names.get(log.leader_signed_by, ""),
    )


# ---------------------------------------------------------------- opening


def _windows_in_use(day: dt.date) -> list[Window]:
    return list(
        Window.select().where(Window.retired_on.is_null() | (Window.retired_on > day)).order_by(Window.number)
    )


def open_log(session: Session, day: dt.date, today: dt.date | None = None) -> DutyLog:
    """Open the log of ``day`` (a workday, not in the future) with a line per window; idempotent."""
    require(session, Permission.RECORD)
    existing = DutyLog.get_or_none(DutyLog.day == day)
    if existing is not None:
        return existing
    now = today or hall_today()
    if day > now:
        raise ValidationError(
            translate("DutyLog", "{day} is still to come: a day's log is opened on the day.").format(day=day),
            field="day",
        )
    if not hall_calendar.is_workday(day):
        raise ValidationError(
            translate("DutyLog", "{day} is not a workday: the hall keeps no duty log that day.").format(
                day=day
            ),
            field="day",
        )
    try:
        with database.atomic():
            log = records.create(session.username, DutyLog, day=day, opened_by=session.username)
            for window in _windows_in_use(day):
                records.create(session.username, WindowCheck, log=log.id, window=window.id)
    except IntegrityError:  # another PC opened it at the same moment
        existing = DutyLog.get_or_none(DutyLog.day == day)
        if existing is None:
            raise
        return existing
    return log


# ---------------------------------------------------------------- saving


def _log(day: dt.date) -> DutyLog:
    log = DutyLog.get_or_none(DutyLog.day == day)
    if log is None:
        raise ValidationError(
            translate("DutyLog", "The log of {day} has not been opened yet.").format(day=day), field="day"
        )
    return log


def _refuse_if_closed(log: DutyLog) -> None:
    if log.leader_signed_at is not None:
        raise ValidationError(
            translate(
                "DutyLog",
                "The log of {day} was closed by {user} at {time} and is read-only. "
                "A duty leader can reopen it, giving a reason.",
            ).format(day=log.day, user=log.leader_signed_by, time=_local(log.leader_signed_at))
        )


def _local(utc: dt.datetime | None) -> str:
    return "" if utc is None else utc.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _check_label(key: str) -> str:
    return {
        "hygiene": translate("DutyLog", "Hall hygiene"),
        "safety": translate("DutyLog", "Safety (extinguishers, emergency lights, exits)"),
        "doors": translate("DutyLog", "Doors and windows"),
    }[key]


def _text(value: str | None, limit: int, label: str, problems: list[Problem]) -> str:
    text = (value or "").strip()
    if len(text) > limit:
        problems.append(
            Problem(translate("DutyLog", "{what}: at most {n} characters.").format(what=label, n=limit))
        )
    return text


def save(
    session: Session,
    day: dt.date,
    checks: dict[int, tuple[bool, str]] | None = None,
    hygiene: tuple[bool | None, str] = (None, ""),
    safety: tuple[bool | None, str] = (None, ""),
    doors: tuple[bool | None, str] = (None, ""),
    handover: str = "",
    remarks: str = "",
    version: int | None = None,
) -> LogView:
    """Store the checklist, handover and remarks of an open day.

    ``checks`` maps window ids to (power off, note); windows not in it keep
    their line. A window not ticked needs a note, unless its line is still
    untouched (not yet checked). A hall check answered "problem" (ok False)
    needs a note; ok None leaves it unanswered. Every problem is reported at
    once; nothing is written then.
    """
    require(session, Permission.RECORD)
    log = _log(day)
    _refuse_if_closed(log)
    problems: list[Problem] = []
    stored = {c.window_id: c for c in WindowCheck.select().where(WindowCheck.log == log.id)}
    numbers = {
        w.id: w.number for w in Window.select(Window.id, Window.number).where(Window.id.in_(list(stored)))
    }
    check_changes: dict[int, tuple[int, str]] = {}
    for window_id, (power_off, note) in sorted((checks or {}).items(), key=lambda i: numbers.get(i[0], "")):
        line = stored.get(window_id)
        if line is None:
            problems.append(
                Problem(
                    translate("DutyLog", "Window id {id} is not on this day's checklist.").format(
                        id=window_id
                    )
                )
            )
            continue
        label = translate("DutyLog", "Window {number}").format(number=numbers[window_id])
        note = _text(note, MAX_NOTE, label, problems)
        wanted = (int(bool(power_off)), note)
        if wanted == (line.power_off, line.note):
            continue
        if not power_off and not note and (line.power_off or line.note):
            problems.append(
                Problem(
                    translate(
                        "DutyLog", "Window {number} is not ticked as powered off: say why in its note."
                    ).format(number=numbers[window_id])
                )
            )
            continue
        check_changes[window_id] = wanted
    changes: dict[str, Any] = {}
    for key, (ok, note) in zip(HALL_CHECKS, (hygiene, safety, doors), strict=True):
        note = _text(note, MAX_NOTE, _check_label(key), problems)
        if ok is False and not note:
            problems.append(
                Problem(
                    translate("DutyLog", "{check}: describe the problem in the note.").format(
                        check=_check_label(key)
                    )
                )
            )
        changes[f"{key}_ok"] = None if ok is None else int(bool(ok))
        changes[f"{key}_note"] = note
    changes["handover"] = _text(handover, MAX_TEXT, translate("DutyLog", "Handover notes"), problems)
    changes["remarks"] = _text(remarks, MAX_TEXT, translate("DutyLog", "Remarks"), problems)
    if problems:
        raise ValidationError(problems)
    changes = {k: v for k, v in changes.items() if getattr(log, k) != v}
    if not changes and not check_changes:
        if version is not None and version != log.version:
            raise records.conflict(DutyLog, log, {})
        return get_log(day)
    if log.officer_signed_at is not None:  # the officer signed other content: sign again
        changes |= {"officer_signed_by": "", "officer_signed_at": None}
    now = utcnow()
    with database.atomic():
        records.update(session.username, DutyLog, log.id, version, changes)
        for window_id, (power_off, note) in check_changes.items():
            records.update(
                session.username,
                WindowCheck,
                stored[window_id].id,
                None,
                {"power_off": power_off, "note": note, "checked_by": session.username, "checked_at": now},
            )
    return get_log(day)


# ---------------------------------------------------------------- closing


def missing_items(day: dt.date) -> list[Problem]:
    """What still keeps the officer from signing: unchecked windows and unanswered hall checks."""
    log = _log(day)
    problems = [
        Problem(
            translate(
                "DutyLog", "Window {number} is neither ticked as powered off nor explained in a note."
            ).format(number=c.number)
        )
        for c in _checks(log.id)
        if not c.done
    ]
    for key in HALL_CHECKS:
        if getattr(log, f"{key}_ok") is None:
            problems.append(
                Problem(translate("DutyLog", "{check} is not answered yet.").format(check=_check_label(key)))
            )
    return problems


def sign_officer(session: Session, day: dt.date, version: int | None = None) -> LogView:
    """The duty officer's sign-off: every window checked and every hall check answered."""
    require(session, Permission.RECORD)
    log = _log(day)
    _refuse_if_closed(log)
    if log.officer_signed_at is not None:
        raise ValidationError(
            translate("DutyLog", "{user} already signed the log of {day} at {time}.").format(
                user=log.officer_signed_by, day=day, time=_local(log.officer_signed_at)
            )
        )
    problems = missing_items(day)
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        records.update(
            session.username,
            DutyLog,
            log.id,
            version,
            {"officer_signed_by": session.username, "officer_signed_at": utcnow()},
            action="sign",
        )
    return get_log(day)


def sign_leader(session: Session, day: dt.date, version: int | None = None) -> LogView:
    """The duty leader's sign-off after the officer's, by another account: it closes the day."""
    require(session, Permission.APPROVE)
    log = _log(day)
    _refuse_if_closed(log)
    if log.officer_signed_at is None:
        raise ValidationError(
            translate("DutyLog", "The duty officer signs the log of {day} first.").format(day=day)
        )
    if log.officer_signed_by == session.username:
        raise ValidationError(
            translate(
                "DutyLog",
                "You signed the log of {day} as the duty officer; the duty leader's sign-off must come "
                "from another account.",
            ).format(day=day)
        )
    with database.atomic():
        records.update(
            session.username,
            DutyLog,
            log.id,
            version,
            {"leader_signed_by": session.username, "leader_signed_at": utcnow()},
            action="close",
        )
    return get_log(day)


def reopen(session: Session, day: dt.date, reason: str, version: int | None = None) -> LogView:
    """Open a signed day again for changes; the reason stays on record and both sign-offs are cleared."""
    require(session, Permission.APPROVE)
    log = _log(day)
    reason = (reason or "").strip()
    problems = []
    if not reason:
        problems.append(Problem(translate("DutyLog", "Say why the day is reopened."), field="reason"))
    elif len(reason) > MAX_NOTE:
        problems.append(
            Problem(translate("DutyLog", "At most {n} characters.").format(n=MAX_NOTE), field="reason")
        )
    if log.officer_signed_at is None and log.leader_signed_at is None:
        problems.append(
            Problem(
                translate("DutyLog", "The log of {day} is not signed: there is nothing to reopen.").format(
                    day=day
                )
            )
        )
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        records.update(
            session.username,
            DutyLog,
            log.id,
            version,
            {
                "officer_signed_by": "",
                "officer_signed_at": None,
                "leader_signed_by": "",
                "leader_signed_at": None,
            },
            action="reopen",
        )
        records.create(session.username, DutyLogReopening, log=log.id, reason=reason, by=session.username)
    return get_log(day)


# ---------------------------------------------------------------- days left open


def unclosed_days(today: dt.date | None = None) -> list[dt.date]:
    """Past workdays, from the first log's day up to yesterday, whose log is missing or not closed."""
    first = DutyLog.select(DutyLog.day).order_by(DutyLog.day).limit(1).scalar()
    if first is None:
        return []
    yesterday = (today or hall_today()) - dt.timedelta(days=1)
    if first > yesterday:
        return []
    closed = {
        d
        for (d,) in DutyLog.select(DutyLog.day)
        .where(DutyLog.day.between(first, yesterday) & DutyLog.leader_signed_at.is_null(False))
        .tuples()
    }
    return [d for d in hall_calendar.workdays(first, yesterday) if d not in closed]


def unclosed_warning(days: list[dt.date]) -> str:
    """The start-up warning for ``days`` ("" when there are none)."""
    if not days:
        return ""
    shown = [d.isoformat() for d in days[:WARN_LIST]]
    listed = i18n.join(shown) + ("…" if len(days) > WARN_LIST else "")
    if len(days) == 1:
        return translate("DutyLog", "1 past day is not closed: {days}.").format(days=listed)
    return translate("DutyLog", "{n} past days are not closed: {days}.").format(n=len(days), days=listed)
