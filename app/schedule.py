"""作息时间: the hours of the morning and afternoon sessions on a given date.

The hall's schedule is a list of seasonal periods (winter, summer ...), each
recurring between two month-days, optionally limited to a range of dates so
that a change of hours leaves past days as they were.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app import records
from app.auth import Permission, Session, require
from app.errors import Problem, ValidationError
from app.i18n import translate
from db.connection import database
from db.models import SchedulePeriod, utcnow

TIME_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
MD_RE = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
MD_TYPED_RE = re.compile(r"^\s*(?:(\d{2})(\d{2})|(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?)\s*$")
MAX_GRACE = 60


def _month_day_exists(text: str) -> bool:
    """ "MM-DD" naming a day that some year has (02-29 included, 02-30 not)."""
    if not MD_RE.match(text):
        return False
    try:
        dt.date(2000, int(text[:2]), int(text[3:]))  # 2000 is a leap year
    except ValueError:
        return False
    return True


def parse_month_day(text: str) -> str | None:
    """Month-days as people type them: 1001, 10-1, 10/01, 10.1, 10月1日 → "10-01"; None if not a day."""
    match = MD_TYPED_RE.match(text or "")
    if not match:
        return None
    month, day = (int(g) for g in match.groups() if g is not None)
    md = f"{month:02d}-{day:02d}"
    return md if _month_day_exists(md) else None


def minutes(hhmm: str) -> int:
    """ "08:30" → 510."""
    return int(hhmm[:2]) * 60 + int(hhmm[3:5])


def hhmm(total: int) -> str:
    return f"{total // 60:02d}:{total % 60:02d}"


@dataclass(frozen=True)
class Hours:
    """One day's sessions, in minutes after midnight."""

    am_start: int
    am_end: int
    pm_start: int
    pm_end: int
    grace: int
    period: str

    def session(self, name: str) -> tuple[int, int]:
        return (self.am_start, self.am_end) if name == "AM" else (self.pm_start, self.pm_end)


def _md(day: dt.date) -> str:
    return f"{day.month:02d}-{day.day:02d}"


def _covers(period: SchedulePeriod, day: dt.date) -> bool:
    if period.effective_from and day < period.effective_from:
        return False
    if period.effective_to and day > period.effective_to:
        return False
    md = _md(day)
    if period.start_md <= period.end_md:
        return period.start_md <= md <= period.end_md
    return md >= period.start_md or md <= period.end_md  # wraps the new year


def active_periods() -> list[SchedulePeriod]:
    return list(SchedulePeriod.select().where(SchedulePeriod.voided_at.is_null()).order_by(SchedulePeriod.id))


class HoursBook:
    """Hours for many days from one read of the schedule (use for a range of days)."""

    def __init__(self, periods: list[SchedulePeriod] | None = None) -> None:
        self.periods = active_periods() if periods is None else periods
        self._cache: dict[dt.date, Hours | None] = {}

    def __call__(self, day: dt.date) -> Hours | None:
        if day not in self._cache:
            found = [p for p in self.periods if _covers(p, day)]
            # The most specific period wins: the latest effective_from, then the newest.
            found.sort(key=lambda p: (p.effective_from or dt.date.min, p.id))
            p = found[-1] if found else None
            self._cache[day] = (
                Hours(
                    minutes(p.am_start),
                    minutes(p.am_end),
                    minutes(p.pm_start),
                    minutes(p.pm_end),
                    p.grace_minutes,
                    p.name,
                )
                if p
                else None
            )
        return self._cache[day]


def hours_for(day: dt.date) -> Hours | None:
    return HoursBook()(day)


def uncovered(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The runs of days in [start, end] that no active period covers (first, last).

    Such days have no hours, so nobody has sessions on them even on workdays.
    """
    book = HoursBook()
    runs: list[tuple[dt.date, dt.date]] = []
    first: dt.date | None = None
    day = start
    while day <= end:
        if book(day) is None:
            first = first or day
        elif first is not None:
            runs.append((first, day - dt.timedelta(days=1)))
            first = None
        day += dt.timedelta(days=1)
    if first is not None:
        runs.append((first, end))
    return runs


# ---------------------------------------------------------------- the administrator's edits


@dataclass
class PeriodInput:
    name: str = ""
    start_md: str = ""
    end_md: str = ""
    am_start: str = ""
    am_end: str = ""
    pm_start: str = ""
    pm_end: str = ""
    grace_minutes: int = 0
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None


def validate_period(data: PeriodInput) -> list[Problem]:
    problems = []

    def bad(field: str, message: str) -> None:
        problems.append(Problem(message, field=field))

    if not data.name.strip():
        bad("name", translate("Schedule", "Give the period a name, such as winter or summer."))
    for field in ("start_md", "end_md"):
        if not _month_day_exists(getattr(data, field) or ""):
            bad(field, translate("Schedule", "Write the month and day as MM-DD, such as 10-01."))
    times = {}
    for field in ("am_start", "am_end", "pm_start", "pm_end"):
        value = getattr(data, field) or ""
        if TIME_RE.match(value):
            times[field] = minutes(value)
        else:
            bad(field, translate("Schedule", "Write the time as HH:MM, such as 08:00."))
    if "am_start" in times and "am_end" in times and times["am_end"] <= times["am_start"]:
        bad("am_end", translate("Schedule", "The morning must end after it starts."))
    elif "am_end" in times and "pm_start" in times and times["pm_start"] < times["am_end"]:
        bad("pm_start", translate("Schedule", "The afternoon must start after the morning ends."))
    if "pm_start" in times and "pm_end" in times and times["pm_end"] <= times["pm_start"]:
        bad("pm_end", translate("Schedule", "The afternoon must end after it starts."))
    if not 0 <= int(data.grace_minutes) <= MAX_GRACE:
        bad("grace_minutes", translate("Schedule", "Grace is 0 to {n} minutes.").format(n=MAX_GRACE))
    if data.effective_from and data.effective_to and data.effective_to < data.effective_from:
        bad("effective_to", translate("Schedule", "The period ends before it starts."))
    return problems


def save_period(
    session: Session, period_id: int | None, data: PeriodInput, version: int | None = None
) -> SchedulePeriod:
    """Add or change a period; the attendance of the days it covers is derived again."""
    require(session, Permission.ADMIN)
    problems = validate_period(data)
    if problems:
        raise ValidationError(problems)
    fields = {
        "name": data.name.strip()[:50],
        "start_md": data.start_md,
        "end_md": data.end_md,
        "am_start": data.am_start,
        "am_end": data.am_end,
        "pm_start": data.pm_start,
        "pm_end": data.pm_end,
        "grace_minutes": int(data.grace_minutes),
        "effective_from": data.effective_from,
        "effective_to": data.effective_to,
    }
    with database.atomic():
        if period_id is None:
            period = records.create(session.username, SchedulePeriod, **fields)
        else:
            period = records.update(session.username, SchedulePeriod, period_id, version, fields)
        _changed()  # in the same transaction: new hours never stand beside stale attendance
    return period


def void_period(session: Session, period_id: int, reason: str, version: int) -> SchedulePeriod:
    require(session, Permission.ADMIN)
    if not reason.strip():
        raise ValidationError(translate("Schedule", "Give a reason."), field="reason")
    with database.atomic():
        period = records.update(
            session.username,
            SchedulePeriod,
            period_id,
            version,
            {"voided_at": utcnow(), "voided_reason": reason.strip()},
            action="void",
        )
        _changed()
    return period


def _changed() -> None:
    """New hours change every derived day; they are derived again when next read."""
    from app import attendance

    attendance.invalidate_all()
