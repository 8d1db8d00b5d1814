"""周一早会 (rule R2): a week's or a year's figures per unit and person, proposals, open items.

The counts follow attendance's definitions: a session late and early
(LATE_EARLY) counts once as late and once as early; ``missing`` is the
sessions still MISSING (a punch correction approved turns them into what
the punches say); ``off_post`` the sessions marked off post (an outing's
overrun or a counted off-post finding); ``findings`` the other inspection
findings about the person (not voided, neither off post nor a
commendation); ``commendations`` the commendation findings (表扬);
``leave_sessions`` the sessions covered by approved leave; ``counted`` what
the weekly rule counts (app/sanction_counts.py). Everything is one GROUP BY
per table; units are the sums of their people.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from peewee import Case, fn

from app import attendance, sanction_counts
from app import calendar as hall_calendar
from app.i18n import language, translate
from app.sanction_rules import (
    ABSENT,
    EARLY,
    FLAG_LABELS,
    FLAG_NAMES,
    LATE,
    OFF_POST,
    WEEK,
    Period,
    flag_label,
    period_of,
    rules,
)
from db.connection import database
from db.models import (
    AttendanceSession,
    Correction,
    Inspection,
    InspectionCategory,
    LeaveKind,
    LeaveSlip,
    Sanction,
    Staff,
    Unit,
)

COUNTS = ("late", "early", "absent", "missing", "off_post", "findings", "leave_sessions")
VIOLATIONS = ("late", "early", "absent", "off_post", "findings")  # what the chart and the ranking show
# A unit's figures that add up across units, in the order the tables show them.
UNIT_FIGURES = ("staff", "sessions", *COUNTS, "commendations")


@dataclass
class PersonWeek:
    staff_id: int
    staff_no: str
    name: str
    unit: str
    unit_id: int
    sessions: int = 0
    late: int = 0
    early: int = 0
    absent: int = 0
    missing: int = 0
    off_post: int = 0
    findings: int = 0
    leave_sessions: int = 0
    commendations: int = 0
    counted: int = 0

    @property
    def violations(self) -> int:
        return sum(getattr(self, k) for k in VIOLATIONS)

    def as_json(self) -> dict:
        return {
            "staff_no": self.staff_no,
            "name": self.name,
            "unit": self.unit,
            **{k: getattr(self, k) for k in COUNTS},
            "counted": self.counted,
        }


@dataclass
class UnitWeek:
    unit_id: int
    unit: str
    staff: int = 0
    sessions: int = 0
    late: int = 0
    early: int = 0
    absent: int = 0
    missing: int = 0
    off_post: int = 0
    findings: int = 0
    leave_sessions: int = 0
    commendations: int = 0

    @property
    def violations(self) -> int:
        return sum(getattr(self, k) for k in VIOLATIONS)

    def as_json(self) -> dict:
        out = asdict(self)
        del out["unit_id"]
        return out


@dataclass(frozen=True)
class Proposal:
    """What the rules yield for the week, with the ledger's status when someone has entered it."""

    staff_id: int
    staff_no: str
    name: str
    unit: str
    kind: str
    rule: str
    period: str
    counted: int
    entry_id: int | None
    status: str | None  # None: not in the ledger yet
    evidence: list[dict]

    def as_json(self) -> dict:
        return {
            "staff_no": self.staff_no,
            "name": self.name,
            "kind": self.kind,
            "rule": self.rule,
            "period": self.period,
            "counted": self.counted,
            "entry_id": self.entry_id,
            "status": self.status,
        }


@dataclass
class OpenItems:
    unclosed_days: list[dt.date] = field(default_factory=list)
    missing_punches: list[dict] = field(default_factory=list)
    pending_leave: list[dict] = field(default_factory=list)
    pending_corrections: list[dict] = field(default_factory=list)

    @property
    def total(self) -> int:
        return (
            len(self.unclosed_days)
            + len(self.missing_punches)
            + len(self.pending_leave)
            + len(self.pending_corrections)
        )

    def as_json(self) -> dict:
        return {
            "unclosed_days": [d.isoformat() for d in self.unclosed_days],
            "missing_punches": self.missing_punches,
            "pending_leave": self.pending_leave,
            "pending_corrections": self.pending_corrections,
        }


@dataclass
class Summary:
    period: Period
    workdays: list[dt.date]
    units: list[UnitWeek]
    people: list[PersonWeek]
    proposals: list[Proposal] = field(default_factory=list)
    open_items: OpenItems = field(default_factory=OpenItems)
    previous: list[UnitWeek] = field(default_factory=list)  # the week before, for the change

    @property
    def offenders(self) -> list[PersonWeek]:
        """The people with violations, most first."""
        return sorted((p for p in self.people if p.violations), key=lambda p: (-p.violations, p.staff_no))

    def previous_of(self, unit_id: int) -> UnitWeek | None:
        return next((u for u in self.previous if u.unit_id == unit_id), None)

    def as_json(self) -> dict:
        label = self.period.label
        return {
            "week" if self.period.window == WEEK else "year": label,
            "from": self.period.start.isoformat(),
            "to": self.period.end.isoformat(),
            "workdays": [d.isoformat() for d in self.workdays],
            "units": [u.as_json() for u in self.units],
            "staff": [p.as_json() for p in self.people],
            "proposals": [p.as_json() for p in self.proposals],
            "open_items": self.open_items.as_json(),
        }


# ---------------------------------------------------------------- the counts


def _flag(condition) -> object:
    return fn.SUM(Case(None, [(condition, 1)], 0))


def _sessions_query(start: dt.date, end: dt.date):
    s = AttendanceSession
    return (
        s.select(
            s.staff,
            Staff.staff_no,
            Staff.name,
            Staff.unit,
            fn.COUNT(s.id),
            _flag(s.status.in_([attendance.LATE, attendance.LATE_EARLY])),
            _flag(s.status.in_([attendance.EARLY, attendance.LATE_EARLY])),
            _flag(s.status == attendance.ABSENT),
            _flag(s.status == attendance.MISSING),
            _flag(s.off_post == 1),
            _flag(s.status == attendance.LEAVE),
        )
        .join(Staff, on=(s.staff == Staff.id))
        .where(s.day.between(start, end))
        .group_by(s.staff, Staff.staff_no, Staff.name, Staff.unit)
    )


def _findings_query(start: dt.date, end: dt.date):
    i = Inspection
    return (
        i.select(
            i.staff,
            Staff.staff_no,
            Staff.name,
            Staff.unit,
            _flag((InspectionCategory.positive == 0) & (InspectionCategory.off_post == 0)),
            _flag(InspectionCategory.positive == 1),
        )
        .join(InspectionCategory)
        .switch(i)
        .join(Staff, on=(i.staff == Staff.id))
        .where(i.day.between(start, end) & i.voided_at.is_null())
        .group_by(i.staff, Staff.staff_no, Staff.name, Staff.unit)
    )


# Queries are built by Peewee once per engine and kept as SQL; each call only binds the dates.
# Building them anew costs more than running them on a week (see tests/benchmarks/test_weekly_speed.py).
_SENTINEL_START, _SENTINEL_END = dt.date(1900, 1, 1), dt.date(1900, 1, 2)
_compiled: dict[tuple, tuple[str, list]] = {}


def _rows(build, period: Period) -> list[tuple]:
    key = (build.__name__, type(database.obj))
    if key not in _compiled:
        _compiled[key] = build(_SENTINEL_START, _SENTINEL_END).sql()
    sql, params = _compiled[key]
    swap = {
        _SENTINEL_START: period.start,
        _SENTINEL_END: period.end,
        _SENTINEL_START.isoformat(): period.start.isoformat(),
        _SENTINEL_END.isoformat(): period.end.isoformat(),
    }
    values = [swap.get(p, p) if isinstance(p, dt.date | str) else p for p in params]
    return database.execute_sql(sql, values).fetchall()


def people_counts(period: Period) -> dict[int, PersonWeek]:
    """Per person with sessions or findings in the period: the counts (two GROUP BYs)."""
    out: dict[int, PersonWeek] = {}
    for sid, no, name, unit_id, n, late, early, absent, missing, off_post, leave in _rows(
        _sessions_query, period
    ):
        out[sid] = PersonWeek(
            sid,
            no,
            name,
            "",
            unit_id,
            n,
            late or 0,
            early or 0,
            absent or 0,
            missing or 0,
            off_post or 0,
            0,
            leave or 0,
        )
    for sid, no, name, unit_id, findings, praise in _rows(_findings_query, period):
        person = out.setdefault(sid, PersonWeek(sid, no, name, "", unit_id))
        person.findings, person.commendations = findings or 0, praise or 0
    return out


def weekly_rule():
    """The rule whose count the summary shows as ``counted``: the first weekly rule in force."""
    return next((r for r in rules() if r.window == WEEK), None)


def summarise(
    period: Period, now: dt.datetime | None = None, *, with_previous: bool = True, with_proposals: bool = True
) -> Summary:
    """A week's or a year's figures as the dialog, the brief, the export and ``halldesk weekly`` show them."""
    now = now or dt.datetime.now()
    attendance.ensure_derived(period.start, period.end, now=now)
    people = people_counts(period)
    units = {u.id: u for u in Unit.select(Unit.id, Unit.name, Unit.sort_order)}
    rule = weekly_rule()
    if rule is not None and period.window == WEEK:
        for sid, n in sanction_counts.tally(rule, period).items():
            if sid in people:
                people[sid].counted = n
    rows: dict[int, UnitWeek] = {}
    for p in people.values():
        p.unit = units[p.unit_id].name
        row = rows.setdefault(p.unit_id, UnitWeek(p.unit_id, p.unit))
        row.staff += 1 if p.sessions else 0
        row.sessions += p.sessions
        for key in (*COUNTS, "commendations"):
            setattr(row, key, getattr(row, key) + getattr(p, key))
    order = {u.id: (u.sort_order, u.name) for u in units.values()}
    summary = Summary(
        period=period,
        workdays=hall_calendar.workdays(period.start, min(period.end, now.date())),
        units=sorted(rows.values(), key=lambda r: order[r.unit_id]),
        people=sorted(people.values(), key=lambda p: (order[p.unit_id], len(p.staff_no), p.staff_no)),
    )
    if period.window == WEEK:
        if with_proposals:
            summary.proposals = proposals(period, now)
        summary.open_items = open_items(period, now.date())
        if with_previous:
            before = period_of(WEEK, period.start - dt.timedelta(days=7))
            summary.previous = summarise(before, now, with_previous=False, with_proposals=False).units
    return summary


def proposals(week: Period, now: dt.datetime | None = None) -> list[Proposal]:
    """What the rules yield for the week (the same code as ``sanctions evaluate``), with ledger status."""
    found = sanction_counts.findings(week, now)
    if not found:
        return []
    keys = {(f.rule.id, f.staff_id, f.period.start) for f in found}
    ledger = {
        (e.rule_id, e.staff_id, e.period_start): (e.id, e.status)
        for e in Sanction.select(
            Sanction.id, Sanction.rule, Sanction.staff, Sanction.period_start, Sanction.status
        ).where(
            Sanction.rule.in_(list({k[0] for k in keys}))
            & Sanction.period_start.in_(list({k[2] for k in keys}))
        )
    }
    staff = {
        s.id: (s.staff_no, s.name, s.unit.name)
        for s in Staff.select(Staff.id, Staff.staff_no, Staff.name, Unit.name)
        .join(Unit)
        .where(Staff.id.in_(list({f.staff_id for f in found})))
    }
    out = []
    for f in found:
        no, name, unit = staff[f.staff_id]
        entry_id, status = ledger.get((f.rule.id, f.staff_id, f.period.start), (None, None))
        out.append(
            Proposal(
                f.staff_id,
                no,
                name,
                unit,
                f.rule.kind,
                f.rule.code,
                f.period.label,
                f.counted,
                entry_id,
                status,
                f.evidence,
            )
        )
    return sorted(out, key=lambda p: (-p.counted, p.staff_no, p.rule))


def open_items(week: Period, today: dt.date) -> OpenItems:
    """What needs a decision before the meeting: open days, missing punches, pending slips and corrections."""
    from app import duty_log

    items = OpenItems()
    items.unclosed_days = [d for d in duty_log.unclosed_days(today) if week.start <= d <= week.end]
    s = AttendanceSession
    for no, name, day, session in (
        s.select(Staff.staff_no, Staff.name, s.day, s.session)
        .join(Staff, on=(s.staff == Staff.id))
        .where(s.day.between(week.start, week.end) & (s.status == attendance.MISSING))
        .order_by(s.day, Staff.staff_no, s.session)
        .tuples()
    ):
        items.missing_punches.append(
            {"staff_no": no, "name": name, "day": day.isoformat(), "session": session}
        )
    for sid, no, name, kind, start, end in (
        LeaveSlip.select(
            LeaveSlip.id, Staff.staff_no, Staff.name, LeaveKind.name, LeaveSlip.start_day, LeaveSlip.end_day
        )
        .join(Staff, on=(LeaveSlip.staff == Staff.id))
        .switch(LeaveSlip)
        .join(LeaveKind)
        .where((LeaveSlip.status == "requested") & (LeaveSlip.start_day <= week.end))
        .order_by(LeaveSlip.start_day, LeaveSlip.id)
        .tuples()
    ):
        items.pending_leave.append(
            {
                "id": sid,
                "staff_no": no,
                "name": name,
                "kind": kind,
                "from": start.isoformat(),
                "to": end.isoformat(),
            }
        )
    for cid, no, name, day, session, which, time in (
        Correction.select(
            Correction.id,
            Staff.staff_no,
            Staff.name,
            Correction.day,
            Correction.session,
            Correction.which,
            Correction.time,
        )
        .join(Staff, on=(Correction.staff == Staff.id))
        .where((Correction.status == "pending") & (Correction.day <= week.end))
        .order_by(Correction.day, Correction.id)
        .tuples()
    ):
        items.pending_corrections.append(
            {
                "id": cid,
                "staff_no": no,
                "name": name,
                "day": day.isoformat(),
                "session": session,
                "which": which,
                "time": time,
            }
        )
    return items


def year_period(year: int) -> Period:
    return period_of("year", dt.date(year, 1, 1))


def default_week(today: dt.date) -> Period:
    """The week the Monday meeting reviews: the previous ISO week on Mondays, this week otherwise."""
    return period_of(WEEK, today - dt.timedelta(days=7) if today.weekday() == 0 else today)


# ---------------------------------------------------------------- the chart (dialog and brief draw the same)

# key, colour (RGB 0..1)
CHART_SERIES = (
    ("late", (0.90, 0.49, 0.13)),
    ("early", (0.95, 0.77, 0.06)),
    ("absent", (0.75, 0.10, 0.10)),
    ("off_post", (0.55, 0.27, 0.68)),
    ("findings", (0.20, 0.40, 0.70)),
)
_FLAGS = {"late": LATE, "early": EARLY, "absent": ABSENT, "off_post": OFF_POST}


def series_label(key: str, lang: str | None = None) -> str:
    """A chart series (or a column) in the reader's language, or in ``lang`` for a printed document."""
    if lang == "zh_CN" or (lang is None and language() == "zh_CN"):
        return {**{k: FLAG_NAMES[f] for k, f in _FLAGS.items()}, "findings": "巡查发现"}[key]
    if key in _FLAGS:
        return flag_label(_FLAGS[key]) if lang is None else FLAG_LABELS[_FLAGS[key]]
    return translate("Weekly", "inspection findings") if lang is None else "inspection findings"


def chart_rows(summary: Summary) -> list[tuple[str, list[int]]]:
    """Violations per unit, one stacked bar each, in CHART_SERIES order (the units as listed)."""
    return [(u.unit, [getattr(u, key) for key, _ in CHART_SERIES]) for u in summary.units]


def tick_step(top: int) -> int:
    """The chart's scale step: 1, 2 or 5 times a power of ten, at most eight intervals up to ``top``."""
    step = 1
    while True:
        for m in (1, 2, 5):
            if top <= 8 * step * m:
                return step * m
        step *= 10
