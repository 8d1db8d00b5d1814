"""Leave slips and temporary outings for the demo hall, as a hall's year of them looks.

Each person takes a few slips a year: sick leave of one to three days (now
and then reported the same morning, 补请假), personal leave of half a day,
annual leave in blocks up to their entitlement, official business, and
rarely marriage or bereavement leave; each with a substitute from the same
unit, trained and free at the time (a colleague of the same window first).
The duty officer ``zhiban`` files them, reported to the duty leader
``daiban`` who approves them shortly after; most are returned (销假). A few
outings (临时外出) of 30 to 120 minutes a year each, a few of them back late.
A handful of slips for the coming days await approval, one was rejected.

Everything is planned in memory, keeping the rules of ``leave.validate``: no
person has two slips at once, nobody substitutes while away or while
covering someone else, a substitute is a trained colleague of the same unit
employed all the time (tests check every demo slip with ``leave.validate``
itself; calling it per slip here would make a large demo's leave slower than
its 1.5 million punches). Slips are written in batches, each with its audit
entry, inside the demo's transaction. Sessions are derived lazily, so the
days are only marked stale. The same seed on the same day gives the same
slips.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peewee import fn

from app import attendance, audit, leave, leave_balance
from app import calendar as hall_calendar
from app.demo_attendance import first_day
from app.leave import AM, PM, SlipInput
from app.schedule import HoursBook, hhmm
from db.models import AuditEntry, LeaveKind, LeaveSlip, Staff, User, utcnow

if TYPE_CHECKING:
    from app.demo import DemoContext

OFFICER, LEADER = "zhiban", "daiban"
AHEAD = 30  # days after today that slips are planned for
SETTLED = 30  # days after hiring before a first slip
PENDING = 4  # slips of the coming days still awaiting approval
FORGOTTEN_RETURN = 0.03  # past slips nobody recorded the return of
OVERRUN = 0.1  # outings back late
BATCH = 400  # rows per INSERT (a slip has 22 columns: well within the variable limits)

REASONS = {
    "sick": ("感冒发烧", "急性肠胃炎", "牙痛就医", "腰椎不适复查", "重感冒", "术后复查"),
    "personal": ("孩子家长会", "家中有事", "办理房产过户", "陪父母就医", "孩子生病需照看", "搬家"),
    "annual": ("年休假", "回老家探亲", "外出旅游", "照顾家人"),
    "business": (
        "参加市人社局业务培训",
        "到市社保中心对接业务",
        "参加全省系统业务培训",
        "赴乡镇开展政策宣传",
    ),
    "marriage": ("本人结婚",),
    "bereavement": ("祖父去世", "外婆去世", "岳父去世"),
    "outing": ("到医保局送材料", "去银行办理业务", "到局机关交材料", "去邮局寄件", "到税务局对接业务"),
}
REJECTED_REMARK = "当日为业务高峰，请调整时间"


@dataclass
class Planned:
    """One slip, as it will be written."""

    staff: Staff
    kind: str
    start: dt.date
    start_session: str
    end: dt.date
    end_session: str
    filed: dt.datetime  # local time
    substitute: Staff | None = None
    out_time: str = ""
    back_time: str = ""
    status: str = leave.APPROVED
    returned_at: dt.datetime | None = None
    reason: str = ""


def _key(day: dt.date, session: str) -> int:
    return day.toordinal() * 2 + (session == PM)


class _Planner:
    """Places slips where applicant and substitute are free, remembering who is taken when."""

    def __init__(self, ctx: DemoContext, rng: random.Random) -> None:
        self.rng = rng
        self.today = ctx.today
        self.start = first_day(ctx)
        self.end = ctx.today + dt.timedelta(days=AHEAD)
        self.workdays = hall_calendar.workdays(self.start, self.end)
        self.hours = HoursBook()
        self.busy: dict[int, set[int]] = defaultdict(set)
        self.by_unit: dict[int, list[Staff]] = defaultdict(list)
        for person in ctx.staff:
            if person.trained_on is not None:
                self.by_unit[person.unit_id].append(person)
        self.slips: list[Planned] = []

    def span(self, start: dt.date, s1: str, end: dt.date, s2: str) -> range:
        return range(_key(start, s1), _key(end, s2) + 1)

    def free(self, person: Staff, keys: range) -> bool:
        taken = self.busy[person.id]
        return not any(k in taken for k in keys)

    def employed(self, person: Staff, first: dt.date, last: dt.date) -> bool:
        return person.hire_date <= first and (person.left_on is None or last <= person.left_on)

    def substitute(self, person: Staff, start: dt.date, end: dt.date, keys: range) -> Staff | None:
        """A trained colleague of the unit, free and employed all the time; the same window first."""
        others = [
            p
            for p in self.by_unit[person.unit_id]
            if p.id != person.id
            and p.trained_on <= start
            and self.employed(p, start, end)
            and self.free(p, keys)
        ]
        if not others:
            return None
        same_window = [p for p in others if person.window_id and p.window_id == person.window_id]
        return self.rng.choice(same_window or others)

    def leave(self, person: Staff, kind: str, days: list[dt.date], half: str | None = None) -> bool:
        """Place leave over the workdays ``days`` (one day and ``half`` for half a day)."""
        s1, s2 = (half, half) if half else (AM, PM)
        start, end = days[0], days[-1]
        keys = self.span(start, s1, end, s2)
        if not self.employed(person, start, end) or not self.free(person, keys):
            return False
        sub = self.substitute(person, start, end, keys)
        if sub is None:
            return False
        filed = self._filed(start, s1, after_the_fact=kind == "sick" and self.rng.random() < 0.25)
        slip = Planned(person, kind, start, s1, end, s2, filed, sub, reason=self.rng.choice(REASONS[kind]))
        self._settle(slip)
        for p in (person, sub):
            self.busy[p.id].update(keys)
        self.slips.append(slip)
        return True

    def outing(self, person: Staff, day: dt.date) -> bool:
        """An outing of 30-120 minutes inside one session of a past workday."""
        hours = self.hours(day)
        keys = self.span(day, AM, day, PM)
        if hours is None or day >= self.today or not self.employed(person, day, day):
            return False
        if not self.free(person, keys):
            return False
        first, last = hours.session(self.rng.choice((AM, PM)))
        length = self.rng.randrange(30, 125, 5)
        room = last - first - length - 15
        if room < 15:
            return False
        out = first + 15 + self.rng.randrange(0, room, 5)
        back = out + length
        filed = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=out - self.rng.randint(5, 20))
        slip = Planned(person, "outing", day, AM, day, PM, filed, out_time=hhmm(out), back_time=hhmm(back))
        slip.reason = self.rng.choice(REASONS["outing"])
        late = self.rng.random() < OVERRUN
        delay = self.rng.randint(10, 45) if late else self.rng.randint(-20, 0)
        slip.returned_at = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=back + delay)
        slip.status = leave.RETURNED
        self.busy[person.id].update(keys)
        self.slips.append(slip)
        return True

    def _filed(self, start: dt.date, session: str, after_the_fact: bool) -> dt.datetime:
        """When the slip was filed: a few days ahead in office hours, or that morning after the fact."""
        if after_the_fact and start < self.today:
            return dt.datetime.combine(start, dt.time(8, self.rng.randint(35, 59)))
        filed = dt.datetime.combine(
            start - dt.timedelta(days=self.rng.randint(1, 7)),
            dt.time(self.rng.randint(9, 16), self.rng.randrange(0, 60, 5)),
        )
        yesterday = dt.datetime.combine(self.today - dt.timedelta(days=1), dt.time(16, 30))
        return min(filed, yesterday)

    def _settle(self, slip: Planned) -> None:
        """Returned when the person was back before today; approved while away or ahead."""
        if slip.end >= self.today:
            return
        if slip.end_session == AM:
            back_day = slip.end
        else:
            i = bisect.bisect_right(self.workdays, slip.end)
            back_day = self.workdays[i] if i < len(self.workdays) else self.today
        if back_day >= self.today or self.rng.random() < FORGOTTEN_RETURN:
            return
        hours = self.hours(back_day)
        start = (hours.am_start if slip.end_session == PM else hours.pm_start) if hours else 8 * 60
        slip.returned_at = dt.datetime.combine(back_day, dt.time()) + dt.timedelta(
            minutes=start - self.rng.randint(0, 20)
        )
        slip.status = leave.RETURNED

    # ------------------------------------------------------------ a person's year

    def person(self, person: Staff) -> None:
        """Draw and place one person's slips over the demo's years."""
        if person.trained_on is None:
            return
        lo = max(self.start, person.hire_date + dt.timedelta(days=SETTLED), person.trained_on)
        hi = min(self.end, person.left_on or self.end)
        for year in range(lo.year, hi.year + 1):
            first, last = max(lo, dt.date(year, 1, 1)), min(hi, dt.date(year, 12, 31))
            days = self.workdays[
                bisect.bisect_left(self.workdays, first) : bisect.bisect_right(self.workdays, last)
            ]
            if days:
                # Part of a year (the demo's first, the weeks ahead, a hire or a leaving)
                # gets its share of a year's slips; annual leave stays within the year's days.
                self._year(person, days, year, ((last - first).days + 1) / 365)

    def _year(self, person: Staff, days: list[dt.date], year: int, share: float) -> None:
        rng = self.rng
        wanted: list[tuple[str, int, str | None]] = []  # (kind, workdays, half)
        wanted += [
            ("sick", rng.choices((1, 2, 3), (5, 3, 2))[0], None) for _ in range(rng.choice((0, 1, 1, 2, 3)))
        ]
        for _ in range(rng.randint(1, 3)):
            wanted.append(("personal", 1, rng.choice((AM, PM)) if rng.random() < 0.8 else None))
        allowed = int(leave_balance.default_entitlement(person.hire_date, year))
        budget = round(allowed * rng.uniform(0.6, 1.0))
        while budget >= 2:
            block = min(budget, rng.randint(2, 5))
            wanted.append(("annual", block, None))
            budget -= block
        wanted += [("business", rng.randint(1, 2), None) for _ in range(rng.choice((0, 0, 1, 2)))]
        if rng.random() < 0.02:
            wanted.append(("marriage", rng.randint(3, 10), None))
        if rng.random() < 0.03:
            wanted.append(("bereavement", rng.randint(1, 3), None))
        for kind, length, half in wanted:
            if rng.random() >= share:
                continue
            for _attempt in range(5):
                i = rng.randrange(len(days))
                block = days[i : i + length]
                if len(block) == length and self.leave(person, kind, block, half):
                    break
        past = [d for d in days if d < self.today]
        for _ in range(rng.randint(1, 4) if past else 0):
            if rng.random() >= share:
                continue
            for _attempt in range(5):
                if self.outing(person, rng.choice(past)):
                    break

    def finish(self) -> None:
        """A handful ahead still awaiting approval, one past request rejected."""
        ahead = sorted(
            (s for s in self.slips if s.start > self.today and s.kind != "outing"), key=lambda s: s.start
        )
        for slip in ahead[:PENDING]:
            slip.status = leave.REQUESTED
        past = [s for s in self.slips if s.kind == "personal" and s.end < self.today]
        if past:
            self.rng.choice(past).status = leave.REJECTED


def _begins(slip: Planned) -> dt.datetime:
    if slip.out_time:
        return dt.datetime.combine(slip.start, dt.time.fromisoformat(slip.out_time))
    return dt.datetime.combine(slip.start, dt.time(0 if slip.start_session == AM else 12))


def _utc(local: dt.datetime) -> dt.datetime:
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def step_size(ctx: DemoContext) -> int:
    """Progress ticks of the step: one per person (counted from the plan, before anyone is written)."""
    return len(ctx.plan.people)


def _fields(slip: Planned, kind: LeaveKind, reported_to: int | None, rng: random.Random) -> dict:
    """A planned slip's stored values, as ``leave.request``, ``decide`` and ``return_slip`` leave them."""
    data = SlipInput(
        staff_id=slip.staff.id,
        kind_id=kind.id,
        start_day=slip.start,
        start_session=slip.start_session,
        end_day=slip.end,
        end_session=slip.end_session,
        out_time=slip.out_time,
        back_time=slip.back_time,
        reason=slip.reason,
        substitute_id=slip.substitute.id if slip.substitute else None,
        reported_to_id=reported_to,
    )
    fields = leave._fields(data) | {
        "status": slip.status,
        "created_by": OFFICER,
        "created_at": _utc(slip.filed),
        # As ``leave.request`` marks it: filed after the leave began (补请假).
        "after_the_fact": int(slip.filed > _begins(slip)),
    }
    if slip.status != leave.REQUESTED:
        wait = rng.randint(1, 4) if kind.outing else rng.randint(10, 240)
        fields |= {"decided_by": LEADER, "decided_at": _utc(slip.filed + dt.timedelta(minutes=wait))}
        if slip.status == leave.REJECTED:
            fields["remark"] = REJECTED_REMARK
    if slip.returned_at is not None:
        fields |= {"returned_at": slip.returned_at, "returned_by": OFFICER}
        if kind.outing:
            due = dt.datetime.combine(slip.start, dt.time.fromisoformat(slip.back_time))
            fields["overrun_minutes"] = max(0, int((slip.returned_at - due).total_seconds() // 60))
    return fields


def add_leave(ctx: DemoContext, tick: Callable[[], None]) -> None:
    """Plan and write the demo's slips (inside its transaction); counts go to the report.

    Written in batches, each slip with its own audit entry as ``records.create`` makes it.
    """
    rng = random.Random(ctx.rng.getrandbits(64))
    planner = _Planner(ctx, rng)
    for person in ctx.staff:
        planner.person(person)
        tick()
    planner.finish()
    kinds = {k.code: k for k in LeaveKind.select()}
    leader = User.get_or_none(User.username == LEADER)
    reported_to = (
        leader.id
        if leader is not None and leader.disabled_at is None and leader.role in ("leader", "manager")
        else None
    )
    names = [name for name in LeaveSlip._meta.fields if name != "id"]
    rows = []
    for slip in sorted(planner.slips, key=lambda s: (s.filed, s.staff.staff_no)):
        values = LeaveSlip(**_fields(slip, kinds[slip.kind], reported_to, rng)).__data__  # with the defaults
        rows.append({name: values.get(name) for name in names})
    before = LeaveSlip.select(fn.MAX(LeaveSlip.id)).scalar() or 0
    for i in range(0, len(rows), BATCH):
        LeaveSlip.insert_many(rows[i : i + BATCH]).execute()
    ids = [
        i
        for (i,) in LeaveSlip.select(LeaveSlip.id)
        .where(LeaveSlip.id > before)
        .order_by(LeaveSlip.id)
        .tuples()
    ]
    stamp = utcnow()
    entries = [
        {
            "at": stamp,
            "username": ctx.session.username,
            "action": "create",
            "table": LeaveSlip._meta.table_name,
            "row_id": slip_id,
            "before": None,
            "after": json.dumps(audit.snapshot(LeaveSlip(id=slip_id, **row)), ensure_ascii=False),
        }
        for slip_id, row in zip(ids, rows, strict=True)
    ]
    for i in range(0, len(entries), BATCH):
        AuditEntry.insert_many(entries[i : i + BATCH]).execute()
    attendance.invalidate_all()
    ctx.report.leave_slips = len(rows)
    ctx.report.outings = sum(1 for s in planner.slips if s.kind == "outing")
