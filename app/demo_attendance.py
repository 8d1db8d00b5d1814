"""Clock-in terminal punches for the demo hall, as a terminal of a real hall records them.

Every workday of the demo's years, every person then employed punches four
times: in before the morning starts, out at lunch, in before the afternoon
starts, out after work. Habits differ by person: most arrive a few minutes
early, a few chronic latecomers are late far more often than the rest; now
and then someone leaves early, forgets a punch, misses a whole session or
punches twice seconds apart. Times carry random seconds.

Punches are written as raw rows in batches (a county hall's five years are
about 1.5 million of them), with one audit entry for the whole batch, as an
import has. Sessions are not derived here: they are derived lazily when a day
is first read.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import attendance, audit
from app import calendar as hall_calendar
from app.schedule import Hours, HoursBook
from db.bulk import insert_rows
from db.models import Punch, utcnow

if TYPE_CHECKING:
    from app.demo import DemoContext

SOURCE = "demo"
BATCH = 1000  # rows per INSERT

# Share of the staff who are late far more often than the rest.
CHRONIC_SHARE = 0.05
PM_LATE_FACTOR = 0.7  # people are late after lunch less often than in the morning
LUNCH_OUT_MINUTES = 10  # clock-out at lunch: the end of the morning plus up to this
LUNCH_IN_MINUTES = 10  # clock-in after lunch: up to this before the afternoon starts
MAX_LATE = 60  # minutes
MAX_EARLY = 60


@dataclass(frozen=True)
class Habits:
    """How one person punches (probabilities per session or per punch)."""

    late: float  # a morning clock-in is late
    late_mean: float  # minutes late, on average, when late
    early: float  # a session's clock-out is early
    forget: float  # one punch is forgotten
    absent: float  # a whole session without any punch
    double: float  # a punch is repeated a few seconds later
    lead: float  # typical minutes of arriving before the start


@dataclass(frozen=True)
class Person:
    """The days on which someone punches: ``first`` through ``last`` inclusive."""

    staff_id: int
    first: dt.date
    last: dt.date


def draw_habits(rng: random.Random, count: int) -> list[Habits]:
    """Habits for ``count`` people; about one in twenty is a chronic latecomer."""
    chronic = set(rng.sample(range(count), max(1, round(count * CHRONIC_SHARE)) if count >= 10 else 0))
    out = []
    for i in range(count):
        late_often = i in chronic
        out.append(
            Habits(
                late=rng.uniform(0.12, 0.25) if late_often else rng.uniform(0.01, 0.05),
                late_mean=rng.uniform(6, 12) if late_often else rng.uniform(3, 6),
                early=rng.uniform(0.005, 0.025),
                forget=rng.uniform(0.002, 0.008),
                absent=rng.choice((0.0, 0.002, 0.003, 0.004, 0.008)),
                double=rng.uniform(0.1, 0.3) if rng.random() < 0.1 else 0.003,
                lead=rng.uniform(2, 15),
            )
        )
    return out


def _session_punches(
    rng: random.Random,
    habits: Habits,
    start: int,
    end: int,
    in_before: int,
    out_after: int,
    limit: int,
    late_share: float,
    morning: bool,
) -> list[int]:
    """Seconds after midnight of one session's punches (none, one, two, or with repeats).

    An on-time clock-in comes up to ``in_before`` minutes before ``start``, a
    normal clock-out up to ``out_after`` minutes after ``end``; a late clock-in
    or an early clock-out stays within ``limit`` minutes of them, so that every
    punch falls in the session's own punching window.
    """
    if rng.random() < habits.absent:
        return []
    if rng.random() < habits.late * late_share:
        minutes_late = 1 + int(rng.expovariate(1 / habits.late_mean))
        if rng.random() < 0.1:  # the odd long delay: a flat tyre, a sick child
            minutes_late += rng.randint(10, 30)
        clock_in = (start + min(minutes_late, MAX_LATE, limit)) * 60 + rng.randrange(60)
    elif morning:
        lead = min(rng.triangular(0, 3 * habits.lead, habits.lead), in_before)
        clock_in = start * 60 + 59 - int(lead * 60)  # up to hh:mm:59 of the start minute is on time
    else:
        clock_in = rng.randint((start - in_before) * 60, start * 60 + 59)
    if rng.random() < habits.early:
        minutes_early = 1 + int(rng.expovariate(1 / 12))
        clock_out = (end - min(minutes_early, MAX_EARLY, limit)) * 60 + rng.randrange(60)
    elif morning:
        clock_out = rng.randint(end * 60, (end + out_after) * 60 + 59)
    else:
        clock_out = end * 60 + int(rng.triangular(0, out_after * 60, min(4, out_after) * 60))
    out = []
    for t in (clock_in, clock_out):
        if rng.random() < habits.forget:
            continue
        out.append(t)
        if rng.random() < habits.double:
            out.append(t + rng.randint(2, 40))  # pressed again: the terminal did not beep
    return out


def day_punches(rng: random.Random, habits: Habits, hours: Hours) -> list[int]:
    """One person's punches of one workday, in seconds after midnight."""
    a1, a2, p1, p2 = hours.am_start, hours.am_end, hours.pm_start, hours.pm_end
    # Half the distance to each split point, less two minutes (room for a repeated
    # punch's seconds), keeps every punch in the window that decides its session
    # (see attendance.split_punches).
    lunch = max(0, (p1 - a2) // 2 - 2)
    am_limit, pm_limit = max(1, (a2 - a1) // 2 - 2), max(1, (p2 - p1) // 2 - 2)
    morning = _session_punches(
        rng, habits, a1, a2, min(a1, 45), min(LUNCH_OUT_MINUTES, lunch), am_limit, 1.0, True
    )
    afternoon = _session_punches(
        rng,
        habits,
        p1,
        p2,
        min(LUNCH_IN_MINUTES, lunch),
        min(30, 24 * 60 - 2 - p2),
        pm_limit,
        PM_LATE_FACTOR,
        False,
    )
    return morning + afternoon


def generate(
    rng: random.Random,
    people: list[Person],
    start: dt.date,
    now: dt.datetime,
    tick: Callable[[], None] | None = None,
) -> Iterator[tuple[int, dt.datetime]]:
    """(staff id, time) of every punch from ``start`` up to ``now``, day by day.

    Only workdays with hours and within each person's employment; nothing after
    ``now``. ``tick`` is called once per calendar day from ``start`` to ``now``.
    """
    habits = draw_habits(rng, len(people))
    today = now.date()
    workdays = set(hall_calendar.workdays(start, today)) if start <= today else set()
    book = HoursBook()
    day = start
    while day <= today:
        hours = book(day) if day in workdays else None
        if hours is not None:
            midnight = dt.datetime.combine(day, dt.time.min)
            for person, habit in zip(people, habits, strict=True):
                if person.first <= day <= person.last:
                    for seconds in day_punches(rng, habit, hours):
                        at = midnight + dt.timedelta(seconds=seconds)
                        if at <= now:
                            yield person.staff_id, at
        if tick is not None:
            tick()
        day += dt.timedelta(days=1)


# ---------------------------------------------------------------- the demo step


def first_day(ctx: DemoContext) -> dt.date:
    """The demo's punches start this many years before today (as its hiring history does)."""
    return ctx.today - dt.timedelta(days=365 * ctx.years)


def step_size(ctx: DemoContext) -> int:
    """Progress ticks of the step: one per calendar day."""
    return (ctx.today - first_day(ctx)).days + 1


def _now(today: dt.date) -> dt.datetime:
    now = dt.datetime.now().replace(microsecond=0)
    return now if now.date() == today else dt.datetime.combine(today, dt.time(23, 59, 59))


def add_punches(ctx: DemoContext, tick: Callable[[], None]) -> None:
    """Write the punches of every person employed during the demo's years (inside its transaction)."""
    start, now = first_day(ctx), _now(ctx.today)
    people = [
        Person(s.id, max(s.hire_date, start), min(s.left_on or ctx.today, ctx.today)) for s in ctx.staff
    ]
    rng = random.Random(ctx.rng.getrandbits(64))
    stamp = utcnow()
    fields = ("staff", "at", "source", "imported_at")
    batch: list[tuple] = []
    count = 0
    for staff_id, at in generate(rng, people, start, now, tick):
        batch.append((staff_id, at, SOURCE, stamp))
        if len(batch) >= BATCH:
            count += insert_rows(Punch, fields, batch)
            batch.clear()
    if batch:
        count += insert_rows(Punch, fields, batch)
    audit.record(
        ctx.session.username,
        "import",
        "punch",
        None,
        None,
        {"source": SOURCE, "added": count, "from": start.isoformat(), "to": now.isoformat(sep=" ")},
    )
    attendance.invalidate_all()
    ctx.report.punches = count
