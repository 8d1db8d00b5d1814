"""Leave taken in a year, per person and kind, and the annual-leave entitlement (年休假).

Days taken count the workday sessions that approved or returned slips cover,
two sessions to a day, so a half day is 0.5: the sessions attendance shows as
LEAVE. Only sessions inside the year and inside the person's employment
count; weekends and public holidays within a slip do not. Temporary outings
(临时外出) are counted in minutes on their slips, not in days, and are left
out here.

Annual leave: the days a manager entered for the person and year
(``set_entitlement``), else the national rule (《职工带薪年休假条例》 art. 3) by
completed years of service on 31 December of the year:

    less than 1 year → 0 days; 1 to under 10 → 5; 10 to under 20 → 10; 20 or more → 15.

The rule counts all years worked (累计工作时间), and HallDesk knows only the
hire date in this hall; earlier service elsewhere, and the cases of art. 4
that cancel a year's leave (long sick leave, long personal leave ...), are
entered by a manager as the person's entitlement for that year.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from app import calendar as hall_calendar
from app import leave, records
from app.auth import Permission, Session, require
from app.errors import Problem, ValidationError
from app.i18n import translate
from db.connection import database
from db.models import LeaveEntitlement, LeaveKind, LeaveSlip, Staff, Unit

ANNUAL = "annual"  # LeaveKind.code of 年休假
MAX_DAYS = 40
FIRST_YEAR, LAST_YEAR = 1990, 2100
# (completed years of service, days): the first step the person has reached applies.
NATIONAL_RULE = ((20, 15.0), (10, 10.0), (1, 5.0), (0, 0.0))


@dataclass(frozen=True)
class BalanceRow:
    """One person's days of one kind in the year. Entitlement and remaining are for annual leave only."""

    staff_id: int
    staff_no: str
    name: str
    unit: str
    kind: str
    days_taken: float
    entitlement: float | None = None
    remaining: float | None = None
    kind_code: str = ""
    entitlement_set: bool = False  # entered by a manager, rather than by the national rule


def service_years(hire_date: dt.date, on: dt.date) -> int:
    """Completed years from ``hire_date`` to ``on`` (0 before the first anniversary)."""
    years = on.year - hire_date.year
    if (on.month, on.day) < (hire_date.month, hire_date.day):
        years -= 1
    return max(0, years)


def default_entitlement(hire_date: dt.date, year: int) -> float:
    """Annual-leave days by the national rule, from the years of service on 31 December of ``year``."""
    served = service_years(hire_date, dt.date(year, 12, 31))
    return next(days for least, days in NATIONAL_RULE if served >= least)


def entitlement(staff_id: int, year: int) -> tuple[float, bool]:
    """(annual-leave days, whether a manager entered them) for one person and year."""
    person = records.get(Staff, staff_id)
    row = LeaveEntitlement.get_or_none((LeaveEntitlement.staff == staff_id) & (LeaveEntitlement.year == year))
    if row is not None:
        return row.days, True
    return default_entitlement(person.hire_date, year), False


def _sessions_taken(
    year: int, staff_ids: list[int], employed: dict[int, tuple[dt.date, dt.date | None]]
) -> dict[tuple[int, int], int]:
    """Sessions of leave per (staff, kind) in ``year``, from approved and returned slips."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    workdays = set(hall_calendar.workdays(first, last))
    q = (
        LeaveSlip.select(
            LeaveSlip.staff,
            LeaveSlip.kind,
            LeaveSlip.start_day,
            LeaveSlip.start_session,
            LeaveSlip.end_day,
            LeaveSlip.end_session,
        )
        .join(LeaveKind)
        .where(
            LeaveSlip.status.in_(leave.COUNTS)
            & (LeaveKind.outing == 0)
            & (LeaveSlip.start_day <= last)
            & (LeaveSlip.end_day >= first)
            & LeaveSlip.staff.in_(staff_ids)
        )
    )
    sessions: dict[tuple[int, int], int] = defaultdict(int)
    for staff_id, kind_id, start_day, start_session, end_day, end_session in q.tuples():
        hired, left = employed[staff_id]
        day, until = max(start_day, hired, first), min(end_day, left or last)
        days = set()
        while day <= until:
            if day in workdays:
                days.add(day)
            day += dt.timedelta(days=1)
        # The sessions ``leave.covered_sessions`` gives for leave, on this year's workdays.
        covered = leave._sessions_between((start_day, start_session), (end_day, end_session), days)
        sessions[(staff_id, kind_id)] += len(covered)
    return sessions


def balances(year: int, staff_id: int | None = None, unit_id: int | None = None) -> list[BalanceRow]:
    """Days taken per person and kind in ``year`` (everyone employed that year, or one person or unit).

    Every person has an annual-leave row with entitlement and remaining days;
    other kinds have a row where some was taken. In unit, staff-number order.
    """
    from peewee import fn

    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    q = (
        Staff.select(
            Staff.id, Staff.staff_no, Staff.name, Staff.hire_date, Staff.left_on, Unit.name.alias("unit")
        )
        .join(Unit)
        .where((Staff.hire_date <= last) & (Staff.left_on.is_null() | (Staff.left_on >= first)))
        .order_by(Unit.sort_order, Unit.name, fn.LENGTH(Staff.staff_no), Staff.staff_no)
    )
    if staff_id is not None:
        q = q.where(Staff.id == staff_id)
    if unit_id is not None:
        q = q.where(Staff.unit == unit_id)
    people = list(q.dicts())
    if not people:
        return []
    ids = [p["id"] for p in people]
    taken = _sessions_taken(year, ids, {p["id"]: (p["hire_date"], p["left_on"]) for p in people})
    entered = {
        e.staff_id: e.days
        for e in LeaveEntitlement.select().where(
            (LeaveEntitlement.year == year) & LeaveEntitlement.staff.in_(ids)
        )
    }
    kinds = list(LeaveKind.select().where(LeaveKind.outing == 0).order_by(LeaveKind.sort_order, LeaveKind.id))
    rows: list[BalanceRow] = []
    for p in people:
        for kind in kinds:
            days = taken.get((p["id"], kind.id), 0) / 2
            common = {
                "staff_id": p["id"],
                "staff_no": p["staff_no"],
                "name": p["name"],
                "unit": p["unit"],
                "kind": kind.name,
                "days_taken": days,
                "kind_code": kind.code,
            }
            if kind.code == ANNUAL:
                own = entered.get(p["id"])
                allowed = own if own is not None else default_entitlement(p["hire_date"], year)
                rows.append(
                    BalanceRow(
                        **common,
                        entitlement=allowed,
                        remaining=allowed - days,
                        entitlement_set=own is not None,
                    )
                )
            elif days:
                rows.append(BalanceRow(**common))
    return rows


def set_entitlement(
    session: Session, staff_id: int, year: int, days: float, version: int | None = None
) -> LeaveEntitlement:
    """Enter a person's annual-leave days for a year (0 to 40, in half days); audited.

    ``version`` is the entitlement's version as read (None: no check, or none stored yet).
    """
    require(session, Permission.ROSTER)
    problems: list[Problem] = []
    try:
        value = float(days)
    except (TypeError, ValueError):
        value = -1.0
    if not (0 <= value <= MAX_DAYS) or value * 2 != int(value * 2):
        problems.append(
            Problem(
                translate("LeaveBalance", "Enter 0 to {n} days, in whole or half days.").format(n=MAX_DAYS),
                field="entitlement",
            )
        )
    if not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        problems.append(
            Problem(
                translate("LeaveBalance", "Enter a year from {first} to {last}.").format(
                    first=FIRST_YEAR, last=LAST_YEAR
                ),
                field="year",
            )
        )
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        records.get(Staff, staff_id)
        current = LeaveEntitlement.get_or_none(
            (LeaveEntitlement.staff == staff_id) & (LeaveEntitlement.year == year)
        )
        if current is None:
            return records.create(session.username, LeaveEntitlement, staff=staff_id, year=year, days=value)
        return records.update(session.username, LeaveEntitlement, current.id, version, {"days": value})
