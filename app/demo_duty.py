"""The demo hall's duty logs: three months of closed days, the last ones left open.

For every past workday of the last ``DAYS`` days the duty officer ``zhiban``
opened the log in the morning, ticked every window's power off at closing
time (now and then with a note: a monitor left on and switched off, a PC
left running), answered the hall checks (fine on most days, a problem with
its note now and then), signed at about 17:40, and the duty leader
``daiban`` closed the day at about 17:50. The last two workdays before today
are not closed, so the start-up warning has something to show: the one
before yesterday was signed by the officer only, yesterday's log was never
opened. Today's log is open (when today is a workday), nothing checked yet.

Rows are written in batches inside the demo's transaction, with one audit
entry for the whole step (as an import would write it).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from app import audit
from app import calendar as hall_calendar
from db.models import DutyLog, Window, WindowCheck

if TYPE_CHECKING:
    from app.demo import DemoContext

OFFICER, LEADER = "zhiban", "daiban"
DAYS = 91  # about three months of logs before today
LEFT_OPEN = 2  # the last past workdays not closed
BATCH = 500  # rows per INSERT

WINDOW_NOTES: tuple[tuple[str, int], ...] = (
    ("{n}号窗口显示器未关，已关闭", 1),
    ("{n}号窗口电脑未关机，已代为关机", 1),
    ("{n}号窗口叫号屏电源未关，已关闭", 1),
    ("{n}号窗口台灯未关，已关闭", 1),
    ("{n}号窗口电脑正在安装系统更新，已告知窗口负责人，次日核查", 0),
)
HYGIENE_NOTES = ("大厅东侧地面有水渍，已通知保洁处理", "等候区垃圾桶未清理，已通知保洁")
SAFETY_NOTES = ("2号安全出口指示灯不亮，已报物业维修", "东侧灭火器压力不足，已报物业更换")
DOORS_NOTES = ("西侧窗户插销损坏，已报修", "后门闭门器松动，已报物业")
HANDOVERS = (
    "明日上午社保卡集中发放，提前准备叫号",
    "自助终端打印纸已用完，明早补充",
    "明日上午县局领导检查窗口作风",
    "医保窗口系统明早8点升级，注意告知群众",
)


def _utc(local: dt.datetime) -> dt.datetime:
    """A local wall-clock time as the naive UTC the models store."""
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _at(day: dt.date, hour: int, minute: int, rng: random.Random, spread: int) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(hour, minute)) + dt.timedelta(minutes=rng.randint(0, spread))
    return _utc(local)


def first_day(ctx: DemoContext) -> dt.date:
    return ctx.today - dt.timedelta(days=DAYS)


def step_size(ctx: DemoContext) -> int:
    """Progress ticks of the step: one per calendar day, today included."""
    return DAYS + 1


def _check(rng: random.Random, number: str) -> tuple[int, str]:
    if rng.random() < 0.03:
        note, power_off = rng.choice(WINDOW_NOTES)
        return power_off, note.format(n=number)
    return 1, ""


def _hall(rng: random.Random, notes: tuple[str, ...], chance: float) -> tuple[int, str]:
    return (0, rng.choice(notes)) if rng.random() < chance else (1, "")


def add_logs(ctx: DemoContext, tick: Callable[[], None]) -> None:
    """Write the demo's duty logs and their window checklists (inside the demo's transaction)."""
    rng = random.Random(ctx.rng.getrandbits(64))
    start = first_day(ctx)
    workdays = hall_calendar.workdays(start, ctx.today)
    past = [d for d in workdays if d < ctx.today]
    closed = set(past[:-LEFT_OPEN]) if len(past) > LEFT_OPEN else set()
    officer_only = set(past[-LEFT_OPEN:-1]) if len(past) >= LEFT_OPEN else set()
    opened = [d for d in workdays if d in closed or d in officer_only or d == ctx.today]
    windows = list(Window.select(Window.id, Window.number, Window.retired_on).order_by(Window.number))

    logs, plans = [], {}
    for day in opened:
        row = {"day": day, "opened_by": OFFICER, "opened_at": _at(day, 7, 50, rng, 15)}
        checks = []
        if day != ctx.today:
            hygiene, safety, doors = (
                _hall(rng, HYGIENE_NOTES, 0.05),
                _hall(rng, SAFETY_NOTES, 0.02),
                _hall(rng, DOORS_NOTES, 0.02),
            )
            row |= {
                "hygiene_ok": hygiene[0],
                "hygiene_note": hygiene[1],
                "safety_ok": safety[0],
                "safety_note": safety[1],
                "doors_ok": doors[0],
                "doors_note": doors[1],
                "handover": rng.choice(HANDOVERS) if rng.random() < 0.15 else "",
                "officer_signed_by": OFFICER,
                "officer_signed_at": _at(day, 17, 36, rng, 8),
            }
            if day in closed:
                row |= {
                    "leader_signed_by": LEADER,
                    "leader_signed_at": _at(day, 17, 48, rng, 8),
                    "version": 3,
                }
            else:
                row["version"] = 2
            checked_at = _at(day, 17, 31, rng, 4)
            checks = [(w.id, *_check(rng, w.number), checked_at) for w in windows if _in_use(w, day)]
        else:
            checks = [(w.id, 0, "", None) for w in windows if _in_use(w, day)]
        logs.append(row)
        plans[day] = checks

    fields = [name for name in DutyLog._meta.fields if name != "id"]
    rows = [{name: DutyLog(**log).__data__.get(name) for name in fields} for log in logs]
    for i in range(0, len(rows), BATCH):
        DutyLog.insert_many(rows[i : i + BATCH]).execute()
    ids = dict(DutyLog.select(DutyLog.day, DutyLog.id).where(DutyLog.day.between(start, ctx.today)).tuples())
    lines = [
        {
            "log": ids[day],
            "window": window_id,
            "power_off": power_off,
            "note": note,
            "checked_by": OFFICER if checked_at else "",
            "checked_at": checked_at,
            "version": 1,
        }
        for day, checks in plans.items()
        for window_id, power_off, note, checked_at in checks
    ]
    for i in range(0, len(lines), BATCH):
        WindowCheck.insert_many(lines[i : i + BATCH]).execute()
    audit.record(
        ctx.session.username,
        "demo",
        "duty_log",
        None,
        None,
        {"logs": len(logs), "closed": len(closed), "window_checks": len(lines), "from": start.isoformat()},
    )
    for _ in range(step_size(ctx)):
        tick()


def _in_use(window: Window, day: dt.date) -> bool:
    return window.retired_on is None or window.retired_on > day
