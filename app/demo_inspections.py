"""The demo hall's duty rota and the duty leader's inspection rounds.

The rota covers every workday of the demo's months, generated month by month
with ``duty_rota.generate_month`` (so it chains as a hall's own would). On
each past workday the day's duty leader walks the hall and writes down one to
three findings on most days: mostly everyday things (dress, a missing badge,
snacks on the counter, chatting online), now and then a commendation (a
visitor's thanks), rarely someone off post; some off-post findings fall in a
person's approved temporary outing and are kept as notes covered by the slip.

Findings are planned in memory and written in batches inside the demo's
transaction, each with its audit entry; sessions are derived lazily, so the
days are only marked stale.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from peewee import fn

from app import attendance, audit, duty_rota, leave
from app import calendar as hall_calendar
from app.demo_attendance import first_day
from app.schedule import HoursBook, minutes
from db.models import AuditEntry, DutyRota, Inspection, InspectionCategory, LeaveKind, LeaveSlip, User, utcnow

if TYPE_CHECKING:
    from app.demo import DemoContext

LEADER = "daiban"
BATCH = 500  # rows per INSERT
FINDINGS = ((0, 1, 2, 3), (2, 4, 3, 1))  # findings a day, and how often
OFF_POST = 0.06  # a finding is someone off post (counted)
COVERED = 0.15  # on a day with an outing, the leader finds that window empty
PRAISE = 0.15  # a finding is a commendation

# How often each everyday category is found, relative to each other.
EVERYDAY = {
    "dress": 6,
    "badge": 6,
    "counter": 5,
    "chat": 4,
    "noise": 3,
    "other_window": 3,
    "browsing": 2,
    "video": 2,
    "music": 1,
    "games": 1,
    "stocks": 1,
    "attitude": 2,
    "shirking": 1,
    "not_told_once": 2,
    "smoking": 1,
}
NOTES = {
    "off_post": ("窗口无人，未放置暂停服务牌", "离开窗口约15分钟，群众排队等候", "上班时间不在岗"),
    "covered": ("窗口无人，经核实已批准临时外出", "离岗，查有带班领导批准的外出单"),
    "praise": (
        "群众送来感谢信",
        "耐心细致解答群众咨询，群众当面致谢",
        "主动延时为群众办结业务",
        "帮助行动不便老人填写表格",
    ),
    "dress": ("未穿工装", "着便装上岗"),
    "badge": ("未佩戴工牌", "工牌放在抽屉内未佩戴"),
    "counter": ("台面放有零食", "台面放有杂志", "台面摆放化妆品"),
    "chat": ("使用微信聊天", "上班时间网上聊天"),
    "noise": ("与同事大声说笑", "在窗口内大声接打电话"),
    "other_window": ("到相邻窗口聊天", "离开本窗口到其他窗口闲谈"),
    "browsing": ("浏览购物网站", "浏览新闻网页"),
    "video": ("用手机看短视频",),
    "music": ("戴耳机听音乐",),
    "games": ("电脑上玩游戏",),
    "stocks": ("查看股票行情",),
    "attitude": ("答复群众语气生硬", "对群众咨询不耐烦"),
    "shirking": ("让群众到其他窗口咨询，未首问负责",),
    "not_told_once": ("未一次性告知所需材料，群众二次往返",),
    "smoking": ("在楼梯间吸烟",),
}


def rota_size(ctx: DemoContext) -> int:
    """Progress ticks of the rota: one per month of the demo, the current one included."""
    start = first_day(ctx)
    return (ctx.today.year - start.year) * 12 + ctx.today.month - start.month + 1


def add_rota(ctx: DemoContext, tick: Callable[[], None]) -> None:
    """The rota of every month of the demo period, generated month by month."""
    start = first_day(ctx)
    year, month = start.year, start.month
    filled = 0
    for _ in range(rota_size(ctx)):
        filled += duty_rota.generate_month(ctx.session, year, month)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        tick()
    ctx.report.rota_days = filled


def inspections_size(ctx: DemoContext) -> int:
    """Progress ticks of the rounds: one per calendar day of the demo, today included."""
    return (ctx.today - first_day(ctx)).days + 1


def _away(start: dt.date, end: dt.date) -> tuple[set, dict]:
    """Who is on leave when ((staff, day)), and the day's approved outings."""
    away: set[tuple[int, dt.date]] = set()
    outings: dict[dt.date, list[LeaveSlip]] = defaultdict(list)
    q = (
        LeaveSlip.select(LeaveSlip, LeaveKind)
        .join(LeaveKind)
        .where(
            LeaveSlip.status.in_(leave.COUNTS) & (LeaveSlip.end_day >= start) & (LeaveSlip.start_day <= end)
        )
    )
    for slip in q:
        if slip.kind.outing:
            if slip.out_time and slip.back_time:
                outings[slip.start_day].append(slip)
            away.add((slip.staff_id, slip.start_day))
            continue
        day = slip.start_day
        while day <= slip.end_day:
            away.add((slip.staff_id, day))
            day += dt.timedelta(days=1)
    return away, outings


def add_inspections(ctx: DemoContext, tick: Callable[[], None]) -> None:
    """The duty leader's findings on every past workday, written in batches with their audit entries."""
    rng = random.Random(ctx.rng.getrandbits(64))
    start, today = first_day(ctx), ctx.today
    cats = {c.code: c for c in InspectionCategory.select().where(InspectionCategory.retired == 0)}
    everyday = [code for code in EVERYDAY if code in cats]
    weights = [EVERYDAY[code] for code in everyday]
    fallback = User.get_or_none(User.username == LEADER)
    rota = {
        r.day: r.leader_id
        for r in DutyRota.select(DutyRota.day, DutyRota.leader).where(
            (DutyRota.day >= start) & (DutyRota.day < today)
        )
    }
    workdays = set(hall_calendar.workdays(start, today - dt.timedelta(days=1)))
    away, outings = _away(start, today)
    book = HoursBook()
    rows: list[dict] = []
    day = start
    while day <= today:
        hours = book(day)
        inspector = rota.get(day) or (fallback.id if fallback else None)
        if day in workdays and hours is not None and inspector is not None:
            at_work = [
                p
                for p in ctx.staff
                if p.window_id is not None
                and p.trained_on is not None
                and p.trained_on <= day
                and p.hire_date <= day
                and (p.left_on is None or day <= p.left_on)
                and (p.id, day) not in away
            ]
            found = []
            for _ in range(rng.choices(*FINDINGS)[0] if at_work else 0):
                found.append(_finding(rng, day, hours, at_work, cats, everyday, weights, None))
            if outings.get(day) and "off_post" in cats and rng.random() < COVERED:
                found.append(
                    _finding(rng, day, hours, at_work, cats, everyday, weights, rng.choice(outings[day]))
                )
            for row in sorted(found, key=lambda r: r["at"]):
                rows.append(row | {"inspector": inspector})
        tick()
        day += dt.timedelta(days=1)
    _write(ctx, rows)
    attendance.invalidate_all()
    ctx.report.inspections = len(rows)


def _finding(rng, day, hours, at_work, cats, everyday, weights, outing: LeaveSlip | None) -> dict:
    """One finding of a round; an outing's empty window when ``outing`` is given."""
    if outing is not None:
        category, code = cats["off_post"], "covered"
        out, back = minutes(outing.out_time), minutes(outing.back_time)
        minute = rng.randint(out, back)
        person_id, window_id = outing.staff_id, outing.staff.window_id
    else:
        roll = rng.random()
        if roll < OFF_POST and "off_post" in cats:
            code = "off_post"
        elif roll < OFF_POST + PRAISE and "praise" in cats:
            code = "praise"
        else:
            code = rng.choices(everyday, weights)[0]
        category = cats[code]
        first, last = hours.session(rng.choice(("AM", "PM")))
        minute = rng.randint(first + 15, max(first + 15, last - 15))
        person = rng.choice(at_work)
        person_id, window_id = person.id, person.window_id
    at = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
    return {
        "day": day,
        "at": at,
        "window": window_id,
        "staff": person_id,
        "category": category.id,
        "note": rng.choice(NOTES.get(code, ("",))),
        "photo": None,
        "photo_name": "",
        "covered_by": outing.id if outing is not None else None,
        "counted": 0 if outing is not None else category.counts,
        "voided_at": None,
        "voided_by": "",
        "voided_reason": "",
        "version": 1,
    }


def _write(ctx: DemoContext, rows: list[dict]) -> None:
    before = Inspection.select(fn.MAX(Inspection.id)).scalar() or 0
    for i in range(0, len(rows), BATCH):
        Inspection.insert_many(rows[i : i + BATCH]).execute()
    ids = [
        i
        for (i,) in Inspection.select(Inspection.id)
        .where(Inspection.id > before)
        .order_by(Inspection.id)
        .tuples()
    ]
    stamp = utcnow()
    entries = [
        {
            "at": stamp,
            "username": ctx.session.username,
            "action": "create",
            "table": Inspection._meta.table_name,
            "row_id": row_id,
            "before": None,
            "after": json.dumps(audit.snapshot(Inspection(id=row_id, **row)), ensure_ascii=False),
        }
        for row_id, row in zip(ids, rows, strict=True)
    ]
    for i in range(0, len(entries), BATCH):
        AuditEntry.insert_many(entries[i : i + BATCH]).execute()
