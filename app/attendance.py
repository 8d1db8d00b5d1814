"""考勤: each person's morning and afternoon sessions, derived from punches.

The derivation (rule R1, exactly):

For one person and one workday with AM = [a1, a2] and PM = [p1, p2], the day is
split at m_am = midpoint(a1, a2), b = midpoint(a2, p1), m_pm = midpoint(p1, p2).
AM clock-in is the earliest punch in [00:00, m_am), AM clock-out the latest in
[m_am, b), PM clock-in the earliest in [b, m_pm), PM clock-out the latest in
[m_pm, 24:00). Times compare at minute resolution. An approved correction
adds or replaces a clock-in or clock-out. Approved leave covering the session
makes it LEAVE; otherwise no clock-in and no clock-out is ABSENT, one of them
missing is MISSING, else LATE if clock-in > start + grace and EARLY if
clock-out < end - grace (both can hold), else ON_TIME. A session is flagged
off post (脱岗) by an outing's overrun or a counted off-post inspection finding.

Sessions are stored (table attendance_session) so that summaries are single
GROUP BY queries. Inputs that change (punches, schedule, calendar, leave,
corrections, staff dates) mark days stale; ``ensure_derived`` derives stale
days before anything reads them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import fn

from app import calendar as hall_calendar
from app.i18n import translate
from app.schedule import Hours, HoursBook, hhmm, minutes
from db.bulk import insert_rows
from db.connection import database
from db.models import AttendanceSession, Correction, DerivedDay, Punch, Staff, utcnow

AM, PM = "AM", "PM"
SESSIONS = (AM, PM)

ON_TIME = "ON_TIME"
LATE = "LATE"
EARLY = "EARLY"
LATE_EARLY = "LATE_EARLY"
MISSING = "MISSING"
ABSENT = "ABSENT"
LEAVE = "LEAVE"
PENDING = "PENDING"  # today, before the session's punching window has closed
STATUSES = (ON_TIME, LATE, EARLY, LATE_EARLY, MISSING, ABSENT, LEAVE, PENDING)

BATCH = 500  # days per DELETE … IN (…): well under SQLite's variable limit
# The columns of a stored session, in the order derive_days writes them.
SESSION_FIELDS = (
    "staff",
    "day",
    "session",
    "start",
    "end",
    "clock_in",
    "clock_out",
    "status",
    "late",
    "early",
    "corrected",
    "off_post",
    "explanation",
)


# ---------------------------------------------------------------- the pure rule


@dataclass(frozen=True)
class LeaveCover:
    """Approved leave that covers a session."""

    slip_id: int
    kind: str


@dataclass
class Derived:
    """One derived session, before it is stored."""

    session: str
    start: int
    end: int
    clock_in: int | None
    clock_out: int | None
    status: str
    late: bool = False
    early: bool = False
    corrected: bool = False
    explanation: list = field(default_factory=list)


def split_punches(hours: Hours, punches: Iterable[int]) -> dict[tuple[str, str], int]:
    """Clock-in/out per session from the day's punches (minutes after midnight).

    Compares doubled minutes so that half-minute midpoints need no floats.
    """
    a1, a2, p1, p2 = hours.am_start, hours.am_end, hours.pm_start, hours.pm_end
    m_am, b, m_pm = a1 + a2, a2 + p1, p1 + p2
    found: dict[tuple[str, str], int] = {}
    for t in sorted(set(punches)):
        t2 = 2 * t
        if t2 < m_am:
            found.setdefault((AM, "in"), t)  # earliest
        elif t2 < b:
            found[(AM, "out")] = t  # latest
        elif t2 < m_pm:
            found.setdefault((PM, "in"), t)
        else:
            found[(PM, "out")] = t
    return found


def window_closes(hours: Hours, session: str) -> int:
    """Minute after which no punch can change the session (b for AM, midnight for PM)."""
    return (hours.am_end + hours.pm_start + 1) // 2 if session == AM else 24 * 60


def derive_day(
    hours: Hours,
    punches: Iterable[int],
    corrections: dict[tuple[str, str], tuple[int, str]] | None = None,
    leave: dict[str, LeaveCover] | None = None,
    now: int | None = None,
) -> list[Derived]:
    """The two sessions of one person's workday.

    ``corrections`` maps (session, "in"/"out") to (minute, approver);
    ``leave`` maps a session to the approved leave covering it; ``now`` is the
    current minute when the day is today (None for a past day).
    """
    found = split_punches(hours, punches)
    corrections = corrections or {}
    leave = leave or {}
    out = []
    for name in SESSIONS:
        start, end = hours.session(name)
        notes: list = []
        if name in leave:
            cover = leave[name]
            notes.append(["leave", {"slip": cover.slip_id, "kind": cover.kind}])
            out.append(Derived(name, start, end, None, None, LEAVE, explanation=notes))
            continue
        values = {}
        corrected = False
        for which in ("in", "out"):
            values[which] = found.get((name, which))
            if (name, which) in corrections:
                minute, approver = corrections[(name, which)]
                notes.append(
                    [
                        "corrected",
                        {
                            "which": which,
                            "time": hhmm(minute),
                            "was": hhmm(values[which]) if values[which] is not None else "",
                            "by": approver,
                        },
                    ]
                )
                values[which] = minute
                corrected = True
        cin, cout = values["in"], values["out"]
        late = cin is not None and cin > start + hours.grace
        early = cout is not None and cout < end - hours.grace
        in_progress = now is not None and now < window_closes(hours, name)
        if cin is None and cout is None:
            if in_progress:
                status = PENDING
                notes.append(["pending", {"start": hhmm(start), "end": hhmm(end)}])
            else:
                status = ABSENT
                notes.append(["absent", {"start": hhmm(start), "end": hhmm(end)}])
        elif cin is None or cout is None:
            if late:
                notes.append(["late", {"time": hhmm(cin), "start": hhmm(start), "grace": hours.grace}])
            if early:
                notes.append(["early", {"time": hhmm(cout), "end": hhmm(end), "grace": hours.grace}])
            if in_progress:
                # Today, before the window closes: a late clock-in is already known and
                # shows in the day's counts; the session is judged when it is over.
                early = False
                status = PENDING
                notes.append(["open", {"time": hhmm(cin if cin is not None else cout)}])
            else:
                # LATE and EARLY need both punches; a lone late clock-in is said, not counted.
                late = early = False
                status = MISSING
                notes.append(
                    ["missing_in" if cin is None else "missing_out", {"start": hhmm(start), "end": hhmm(end)}]
                )
        else:
            if late:
                notes.append(["late", {"time": hhmm(cin), "start": hhmm(start), "grace": hours.grace}])
            if early:
                notes.append(["early", {"time": hhmm(cout), "end": hhmm(end), "grace": hours.grace}])
            status = LATE_EARLY if late and early else LATE if late else EARLY if early else ON_TIME
            if status == ON_TIME:
                notes.append(["on_time", {"in": hhmm(cin), "out": hhmm(cout)}])
        out.append(Derived(name, start, end, cin, cout, status, late, early, corrected, notes))
    return out


# ---------------------------------------------------------------- explanations


def explain(notes: list | str) -> str:
    """A session's explanation in the reader's language."""
    if isinstance(notes, str):
        notes = json.loads(notes or "[]")
    parts = []
    for code, p in notes:
        if code == "leave":
            parts.append(translate("Attendance", "on approved leave (slip {slip}, {kind})").format(**p))
        elif code == "absent":
            parts.append(
                translate("Attendance", "no punch between {start} and {end}, no approved leave").format(**p)
            )
        elif code == "missing_in":
            parts.append(translate("Attendance", "no clock-in for the session {start}–{end}").format(**p))
        elif code == "missing_out":
            parts.append(translate("Attendance", "no clock-out for the session {start}–{end}").format(**p))
        elif code == "late":
            text = (
                translate("Attendance", "clock-in {time} after {start}")
                if not p.get("grace")
                else translate("Attendance", "clock-in {time} after {start} plus {grace} minutes' grace")
            )
            parts.append(text.format(**p))
        elif code == "early":
            text = (
                translate("Attendance", "clock-out {time} before {end}")
                if not p.get("grace")
                else translate("Attendance", "clock-out {time} before {end} less {grace} minutes' grace")
            )
            parts.append(text.format(**p))
        elif code == "on_time":
            parts.append(translate("Attendance", "clock-in {in}, clock-out {out}").format(**p))
        elif code == "pending":
            parts.append(
                translate("Attendance", "session {start}–{end} not over yet, no punch so far").format(**p)
            )
        elif code == "open":
            parts.append(translate("Attendance", "session not over yet (punched {time})").format(**p))
        elif code == "corrected":
            key = (
                translate("Attendance", "clock-in corrected to {time} (approved by {by})")
                if p["which"] == "in"
                else translate("Attendance", "clock-out corrected to {time} (approved by {by})")
            )
            parts.append(key.format(**p))
    return translate("Attendance", "; ").join(parts)


def status_label(status: str) -> str:
    return {
        ON_TIME: translate("Attendance", "on time"),
        LATE: translate("Attendance", "late"),
        EARLY: translate("Attendance", "early leave"),
        LATE_EARLY: translate("Attendance", "late and early leave"),
        MISSING: translate("Attendance", "missing punch"),
        ABSENT: translate("Attendance", "absent without leave"),
        LEAVE: translate("Attendance", "leave"),
        PENDING: translate("Attendance", "in progress"),
    }.get(status, status)


# ---------------------------------------------------------------- storing derived days


def _employed(staff: Staff, day: dt.date) -> bool:
    """Sessions run from the hire date through the leaving date, inclusive."""
    return staff.hire_date <= day and (staff.left_on is None or day <= staff.left_on)


def derive_days(
    days: Iterable[dt.date], staff_ids: Iterable[int] | None = None, now: dt.datetime | None = None
) -> int:
    """Derive and store the sessions of ``days`` (for ``staff_ids``, or everyone); returns rows stored.

    Future days get no sessions. One transaction: readers see the old or the new day, never half.
    """
    now = now or dt.datetime.now()
    today = now.date()
    days = sorted({d for d in days if d <= today})
    if not days:
        return 0
    ids = sorted(set(staff_ids)) if staff_ids is not None else None
    first, last = days[0], days[-1]
    info = {d.day: d for d in hall_calendar.days(first, last)}
    begins = records_begin()
    book = HoursBook()

    staff_q = Staff.select(Staff.id, Staff.hire_date, Staff.left_on).where(
        (Staff.hire_date <= last) & (Staff.left_on.is_null() | (Staff.left_on >= first))
    )
    if ids is not None:
        staff_q = staff_q.where(Staff.id.in_(ids))
    people = list(staff_q)

    day_set = set(days)
    punches: dict[tuple[int, dt.date], list[int]] = defaultdict(list)
    punch_q = Punch.select(Punch.staff, Punch.at).where(
        (Punch.at >= dt.datetime.combine(first, dt.time.min))
        & (Punch.at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min))
    )
    if ids is not None:
        punch_q = punch_q.where(Punch.staff.in_(ids))
    # A day holds ~1 000 punches: read them off the cursor, not as converted rows.
    for staff_id, at in database.execute_sql(*punch_q.sql()):
        day, minute = _day_and_minute(at)
        if day in day_set:
            punches[(staff_id, day)].append(minute)

    fixes: dict[tuple[int, dt.date], dict[tuple[str, str], tuple[int, str]]] = defaultdict(dict)
    corr_q = Correction.select().where(
        (Correction.status == "approved") & (Correction.day >= first) & (Correction.day <= last)
    )
    if ids is not None:
        corr_q = corr_q.where(Correction.staff.in_(ids))
    for c in corr_q.order_by(Correction.decided_at, Correction.id):
        fixes[(c.staff_id, c.day)][(c.session, c.which)] = (minutes(c.time), c.decided_by)

    from app import inspections, leave

    leave_cover, off_post = leave.covers(days, ids)
    off_post |= inspections.off_post_sessions(days, ids)
    now_minute = now.hour * 60 + now.minute

    rows = []
    for day in days:
        hours = book(day)
        if hours is None or not info[day].workday or (begins is not None and day < begins):
            continue
        live = now_minute if day == today else None
        for person in people:
            if not _employed(person, day):
                continue
            covered = {
                s: LeaveCover(*leave_cover[(person.id, day, s)])
                for s in SESSIONS
                if (person.id, day, s) in leave_cover
            }
            for d in derive_day(
                hours, punches.get((person.id, day), ()), fixes.get((person.id, day)), covered, live
            ):
                rows.append(
                    (
                        person.id,
                        day,
                        d.session,
                        hhmm(d.start),
                        hhmm(d.end),
                        hhmm(d.clock_in) if d.clock_in is not None else None,
                        hhmm(d.clock_out) if d.clock_out is not None else None,
                        d.status,
                        int(d.late),
                        int(d.early),
                        int(d.corrected),
                        int((person.id, day, d.session) in off_post),
                        json.dumps(d.explanation, ensure_ascii=False),
                    )
                )

    with database.atomic():
        for chunk in _chunks(days, BATCH):
            delete = AttendanceSession.delete().where(AttendanceSession.day.in_(chunk))
            if ids is not None:
                delete = delete.where(AttendanceSession.staff.in_(ids))
            delete.execute()
        insert_rows(AttendanceSession, SESSION_FIELDS, rows)
        if ids is None:
            stamp = utcnow().replace(microsecond=0)
            for chunk in _chunks(days, BATCH):
                DerivedDay.delete().where(DerivedDay.day.in_(chunk)).execute()
                DerivedDay.insert_many(
                    [{"day": d, "derived_at": stamp, "final": int(d < today)} for d in chunk]
                ).execute()
            if today in days:
                _live[today] = (now.hour * 60 + now.minute, stamp)
        else:
            for d in days:  # some people's day derived anew, perhaps at another minute
                _live.pop(d, None)
    return len(rows)


# Today's sessions change only as the clock passes a session's window, so a day
# derived at the same minute (and not invalidated since: its DerivedDay row is
# the one written then) need not be derived again: the weekly summary, the
# tab and the rules read it several times while opening. Per process.
_live: dict[dt.date, tuple[int, dt.datetime]] = {}


def _day_and_minute(at: dt.datetime | str) -> tuple[dt.date, int]:
    """A stored punch time (a datetime from PostgreSQL, ISO text from SQLite) as its day and minute."""
    if isinstance(at, str):  # "YYYY-MM-DD HH:MM[:SS[.ffffff]]"
        return dt.date(int(at[:4]), int(at[5:7]), int(at[8:10])), int(at[11:13]) * 60 + int(at[14:16])
    return at.date(), at.hour * 60 + at.minute


def records_begin() -> dt.date | None:
    """The first day the terminal recorded anything: earlier days have no sessions.

    A hall starts HallDesk with a roster whose hire dates lie years back; the
    days before its first punch are not days everyone was absent. None while
    no punch is stored (then every workday is judged, as before any import).
    """
    first = Punch.select(fn.MIN(Punch.at)).scalar()
    if first is None:
        return None
    return (first if isinstance(first, dt.datetime) else dt.datetime.fromisoformat(str(first))).date()


def records_moved(before: dt.date | None) -> None:
    """Punches were added: if the terminal's records now begin earlier, the days between are judged anew."""
    now = records_begin()
    if now is None or before is None or now >= before:
        if before is None and now is not None:
            invalidate_all()  # the first punches ever: every stored day changes its meaning
        return
    invalidate_days(now + dt.timedelta(days=n) for n in range((before - now).days))


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def stale_days(
    start: dt.date, end: dt.date, today: dt.date | None = None, now: dt.datetime | None = None
) -> list[dt.date]:
    """Days in [start, end] (up to today) whose stored sessions are missing or not final.

    With ``now``, today counts as done when this process derived it at that minute.
    """
    today = today or (now.date() if now else dt.date.today())
    end = min(end, today)
    if end < start:
        return []
    minute = now.hour * 60 + now.minute if now is not None else None
    done = set()
    for d, final, stamp in (
        DerivedDay.select(DerivedDay.day, DerivedDay.final, DerivedDay.derived_at)
        .where((DerivedDay.day >= start) & (DerivedDay.day <= end))
        .tuples()
    ):
        if final or (minute is not None and _live.get(d) == (minute, stamp)):
            done.add(d)
    out, day = [], start
    while day <= end:
        if day not in done:
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def ensure_derived(
    start: dt.date,
    end: dt.date | None = None,
    now: dt.datetime | None = None,
    staff_ids: Iterable[int] | None = None,
) -> None:
    """Derive whatever in [start, end] is stale, so that reads are current.

    With ``staff_ids``, only those people's sessions are derived (a person's
    history need not derive the whole hall); the days stay marked stale for
    everyone else.
    """
    now = now or dt.datetime.now()
    days = stale_days(start, end or start, now.date(), now)
    if days:
        derive_days(days, staff_ids=staff_ids, now=now)


def invalidate_days(days: Iterable[dt.date]) -> None:
    """Mark days stale (their inputs changed); they are derived again when next read."""
    days = sorted(set(days))
    for chunk in _chunks(days, BATCH):
        DerivedDay.delete().where(DerivedDay.day.in_(chunk)).execute()


def invalidate_all() -> None:
    DerivedDay.delete().execute()


def rederive_people(staff_ids: Iterable[int]) -> None:
    """People were added or their hire or leaving dates changed: derive their stored days again."""
    ids = sorted(set(staff_ids))
    if not ids:
        return
    days = {d for (d,) in DerivedDay.select(DerivedDay.day).tuples()}
    # Days they had sessions on that may now fall outside their employment.
    days.update(
        d
        for (d,) in AttendanceSession.select(AttendanceSession.day)
        .where(AttendanceSession.staff.in_(ids))
        .distinct()
        .tuples()
    )
    if days:
        derive_days(days, staff_ids=ids)


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class SessionRow:
    """A stored session with the person's roster facts, as the tab and the CLI show it."""

    staff_id: int
    staff_no: str
    name: str
    unit: str
    window: str
    day: dt.date
    session: str
    start: str
    end: str
    clock_in: str | None
    clock_out: str | None
    status: str
    late: bool
    early: bool
    corrected: bool
    explanation: str

    def as_json(self) -> dict:
        return {
            "staff_no": self.staff_no,
            "name": self.name,
            "unit": self.unit,
            "session": self.session,
            "clock_in": self.clock_in,
            "clock_out": self.clock_out,
            "status": json_status(self.status),
            "late": self.late,
            "early": self.early,
            "explanation": explain(self.explanation),
        }


def json_status(status: str) -> str:
    """LATE_EARLY is written LATE+EARLY: the two flags, each counted once."""
    return "LATE+EARLY" if status == LATE_EARLY else status


def day_sessions(day: dt.date, staff_id: int | None = None) -> list[SessionRow]:
    """The stored sessions of a day (derived first if stale), in unit, window, staff-number order."""
    from peewee import JOIN, fn

    from db.models import Unit, Window

    ensure_derived(day)
    q = (
        AttendanceSession.select(
            AttendanceSession,
            Staff.staff_no,
            Staff.name,
            Unit.name.alias("unit_name"),
            Window.number.alias("window_number"),
        )
        .join(Staff, on=(AttendanceSession.staff == Staff.id))
        .join(Unit, on=(Staff.unit == Unit.id))
        .switch(Staff)
        .join(Window, JOIN.LEFT_OUTER, on=(Staff.window == Window.id))
        .where(AttendanceSession.day == day)
        .order_by(
            Unit.sort_order,
            Unit.name,
            Window.number.asc(nulls="LAST"),
            fn.LENGTH(Staff.staff_no),
            Staff.staff_no,
            AttendanceSession.session,
        )
    )
    if staff_id is not None:
        q = q.where(AttendanceSession.staff == staff_id)
    return [
        SessionRow(
            staff_id=r["staff"],
            staff_no=r["staff_no"],
            name=r["name"],
            unit=r["unit_name"],
            window=r["window_number"] or "",
            day=r["day"],
            session=r["session"],
            start=r["start"],
            end=r["end"],
            clock_in=r["clock_in"],
            clock_out=r["clock_out"],
            status=r["status"],
            late=bool(r["late"]),
            early=bool(r["early"]),
            corrected=bool(r["corrected"]),
            explanation=r["explanation"],
        )
        for r in q.dicts()
    ]


def person_history(
    staff_id: int, start: dt.date, end: dt.date, offset: int = 0, limit: int = 200
) -> list[SessionRow]:
    """One person's sessions over a range, newest first, a page at a time (for lazy scrolling)."""
    if offset == 0:
        ensure_derived(start, end, staff_ids=[staff_id])
    q = (
        AttendanceSession.select(AttendanceSession, Staff.staff_no, Staff.name)
        .join(Staff)
        .where((AttendanceSession.staff == staff_id) & (AttendanceSession.day.between(start, end)))
        .order_by(AttendanceSession.day.desc(), AttendanceSession.session)
        .offset(offset)
        .limit(limit)
    )
    return [
        SessionRow(
            r["staff"],
            r["staff_no"],
            r["name"],
            "",
            "",
            r["day"],
            r["session"],
            r["start"],
            r["end"],
            r["clock_in"],
            r["clock_out"],
            r["status"],
            bool(r["late"]),
            bool(r["early"]),
            bool(r["corrected"]),
            r["explanation"],
        )
        for r in q.dicts()
    ]


def count_history(staff_id: int, start: dt.date, end: dt.date) -> int:
    ensure_derived(start, end, staff_ids=[staff_id])
    return (
        AttendanceSession.select()
        .where((AttendanceSession.staff == staff_id) & (AttendanceSession.day.between(start, end)))
        .count()
    )


def punches_of(staff_id: int, day: dt.date) -> list[tuple[str, str]]:
    """The raw punches of a person's day as (HH:MM:SS, source), for showing next to the derived times."""
    q = (
        Punch.select(Punch.at, Punch.source)
        .where(
            (Punch.staff == staff_id)
            & (Punch.at >= dt.datetime.combine(day, dt.time.min))
            & (Punch.at < dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min))
        )
        .order_by(Punch.at)
    )
    return [(at.strftime("%H:%M:%S"), source) for at, source in q.tuples()]
