"""A realistic demo hall: the Xin County human-resources and social-security service hall.

``fill_demo`` fills a new, empty database with units, numbered windows, staff
with plausible Chinese names and histories, one user per role and the hall
name. Everything goes through the same services as real input, so it is
validated and audited the same way, inside one transaction: either the whole
demo lands or nothing does.

The work is a list of steps (``STEPS``). Planning draws every random choice
from ``random.Random(seed)`` first, so the same seed gives the same hall;
later areas (punches, leave, duty logs ...) add their own steps that read the
created records from the ``DemoContext``.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import secrets
import string
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app import (
    auth,
    demo_attendance,
    demo_duty,
    demo_inspections,
    demo_leave,
    demo_sanctions,
    i18n,
    roster,
    settings,
)
from app.errors import ValidationError
from app.i18n import translate
from db.connection import database, is_sqlite
from db.models import Staff, Unit, User

DEMO_USER = "demo"
HALL_NAME = "新县人力资源和社会保障局服务大厅"
PASSWORD_ENV = "HALLDESK_DEMO_PASSWORD"
MIN_STAFF, MAX_STAFF = 5, 5000
MIN_YEARS, MAX_YEARS = 1, 10
# Most staff were hired before the demo period; this many extra years of hiring history.
EARLIER_YEARS = 8

Progress = Callable[[int, int], None]

# (unit, share of the staff, what its windows handle). The first four are in
# every demo; the hall's own 综合受理窗口 stands nearest the entrance.
UNITS: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("综合受理窗口", 1.0, ("综合受理", "咨询引导", "证照发放", "帮办代办")),
    (
        "社会保险服务中心",
        1.6,
        ("养老保险参保登记", "养老保险待遇核定", "社保卡服务", "工伤保险", "失业保险金申领", "社保关系转移"),
    ),
    ("就业服务中心", 1.1, ("就业登记", "失业登记", "创业担保贷款", "职业技能培训补贴", "就业困难人员认定")),
    ("医疗保险服务中心", 1.3, ("医保参保登记", "医疗费用报销", "异地就医备案", "门诊慢特病认定")),
    ("机关事业单位养老保险中心", 0.8, ("机关养老参保", "机关养老待遇", "职业年金")),
    ("人才交流服务中心", 0.7, ("人事档案管理", "人才引进", "职称申报")),
    ("劳动保障监察大队", 0.6, ("劳动保障投诉举报", "欠薪维权")),
    ("劳动人事争议仲裁院", 0.6, ("仲裁立案", "争议调解")),
)
CORE_UNITS = 4

# Common surnames with rough frequencies (per cent of the population); the
# compound surnames are weighted up a little so a demo hall shows a few.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 7.1), ("李", 7.0), ("张", 6.7), ("刘", 5.4), ("陈", 4.5), ("杨", 3.1), ("黄", 2.2),
    ("赵", 2.0), ("吴", 2.0), ("周", 1.9), ("徐", 1.5), ("孙", 1.5), ("马", 1.2), ("朱", 1.1),
    ("胡", 1.1), ("郭", 1.1), ("何", 1.0), ("高", 1.0), ("林", 1.0), ("罗", 0.9), ("郑", 0.9),
    ("梁", 0.9), ("谢", 0.7), ("宋", 0.6), ("唐", 0.6), ("许", 0.6), ("韩", 0.6), ("冯", 0.6),
    ("邓", 0.6), ("曹", 0.5), ("彭", 0.5), ("曾", 0.5), ("肖", 0.5), ("田", 0.5), ("董", 0.5),
    ("袁", 0.4), ("潘", 0.4), ("于", 0.4), ("蒋", 0.4), ("蔡", 0.4), ("余", 0.4), ("杜", 0.4),
    ("叶", 0.4), ("程", 0.4), ("苏", 0.3), ("魏", 0.3), ("吕", 0.3), ("丁", 0.3), ("任", 0.3),
    ("沈", 0.3), ("姚", 0.3), ("卢", 0.3), ("姜", 0.3), ("崔", 0.3), ("钟", 0.3), ("谭", 0.3),
    ("陆", 0.2), ("汪", 0.2), ("范", 0.2), ("金", 0.2), ("石", 0.2), ("廖", 0.2), ("贾", 0.2),
    ("夏", 0.2), ("韦", 0.2), ("付", 0.2), ("方", 0.2), ("白", 0.2), ("邹", 0.2), ("孟", 0.2),
    ("熊", 0.2), ("秦", 0.2), ("邱", 0.2), ("江", 0.2), ("尹", 0.2), ("薛", 0.2), ("闫", 0.2),
    ("段", 0.2), ("雷", 0.2), ("侯", 0.2), ("龙", 0.2), ("史", 0.2), ("陶", 0.1), ("黎", 0.1),
    ("贺", 0.1), ("顾", 0.1), ("毛", 0.1), ("郝", 0.1), ("龚", 0.1), ("邵", 0.1), ("万", 0.1),
    ("单", 0.1), ("欧阳", 0.3), ("司马", 0.15), ("上官", 0.1), ("诸葛", 0.05),
)  # fmt: skip

GIVEN_ONE = tuple("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚琳颖鹏辉斌宇浩凯婷雪慧晶倩博帆楠鑫瑶悦华红")
GIVEN_TWO = tuple(
    "建华 建国 志强 志明 海燕 秀英 秀兰 桂英 玉兰 丽娟 晓东 晓燕 晓明 春梅 红梅 国强 国庆 文静 "
    "文博 子涵 梓萱 雨萱 浩然 宇航 思远 俊杰 欣怡 佳怡 嘉欣 雅婷 明轩 子轩 一鸣 晨曦 天宇 鹏飞 "
    "志刚 永刚 立新 卫东 爱华 凤英 淑珍 丽华 美玲 海波 红霞 振华 婉清 晓丽 艳红 金凤 玉梅 伟东 "
    "建军 建平 小燕 小红 丽萍 春燕 海涛 志勇 文杰 明辉 俊峰 亚楠 静怡 梦瑶 诗涵 若曦 雨涵 可欣 "
    "家乐 泽宇 博文 瑞霖 书豪 思琪 慧敏 秀芳 玉洁 国华 红军 德明 学军 长青 新民 凤霞 桂芳".split()
)

# Mobile prefixes that really exist (13x, 15x without 154, 18x).
MOBILE_PREFIXES = tuple(
    [f"13{d}" for d in range(10)] + [f"15{d}" for d in range(10) if d != 4] + [f"18{d}" for d in range(10)]
)

LEAVING_REASONS: tuple[tuple[str, float], ...] = (
    ("调离：调至局机关", 0.25),
    ("调离：调至乡镇劳动保障所", 0.2),
    ("辞职", 0.2),
    ("个人原因辞职", 0.1),
    ("退休", 0.25),
)

# (user name, role, display name); the shared demo password is printed by the report.
DEMO_USERS: tuple[tuple[str, auth.Role, str], ...] = (
    ("zhiban", auth.Role.OFFICER, "值班员"),
    ("daiban", auth.Role.LEADER, "带班领导"),
    ("bangong", auth.Role.MANAGER, "局办公室"),
    ("admin", auth.Role.ADMIN, "系统管理员"),
)


# ---------------------------------------------------------------- plan


@dataclass
class PersonPlan:
    name: str
    unit: int  # index into HallPlan.units
    hire_date: dt.date
    trained_on: dt.date | None
    mobile: str
    staff_no: str = ""
    window: int | None = None  # index into HallPlan.windows
    position: str = "窗口受理员"
    note: str = ""
    left_on: dt.date | None = None
    left_reason: str = ""


@dataclass
class HallPlan:
    """Every random choice of the demo, drawn before anything is written."""

    units: list[str]
    windows: list[tuple[int, str, str]]  # (unit index, number, title)
    people: list[PersonPlan]
    user_names: dict[str, str]  # user name -> display name


def _names(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct, plausible Chinese names."""
    surnames = [s for s, _ in SURNAMES]
    weights = [w for _, w in SURNAMES]
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        surname = rng.choices(surnames, weights)[0]
        roll = rng.random()
        if roll < 0.3:
            given = rng.choice(GIVEN_ONE)
        elif roll < 0.95:
            given = rng.choice(GIVEN_TWO)
        else:  # rarer combinations keep a large hall free of duplicates
            given = "".join(rng.sample(GIVEN_ONE, 2))
        if surname + given not in seen:
            seen.add(surname + given)
            out.append(surname + given)
    return out


def _mobile(rng: random.Random, taken: set[str]) -> str:
    while True:
        number = rng.choice(MOBILE_PREFIXES) + "".join(rng.choices(string.digits, k=8))
        if number not in taken:
            taken.add(number)
            return number


def _shares(total: int, weights: list[float]) -> list[int]:
    """Split ``total`` by ``weights`` (largest remainder), at least one each where possible."""
    exact = [total * w / sum(weights) for w in weights]
    counts = [max(1, int(x)) if total >= len(weights) else int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: exact[i] - int(exact[i]), reverse=True)
    i = 0
    while sum(counts) < total:
        counts[order[i % len(order)]] += 1
        i += 1
    while sum(counts) > total:
        largest = max(range(len(counts)), key=lambda j: counts[j])
        counts[largest] -= 1
    return counts


def plan_hall(rng: random.Random, staff: int, years: int, today: dt.date) -> HallPlan:
    """Draw the whole hall: units, windows, people and their histories."""
    optional = list(range(CORE_UNITS, len(UNITS)))
    extra = rng.sample(optional, rng.randint(6, len(UNITS)) - CORE_UNITS)
    chosen = sorted(list(range(CORE_UNITS)) + extra)
    counts = _shares(staff, [UNITS[i][1] for i in chosen])

    demo_days = 365 * years
    history_days = 365 * (years + EARLIER_YEARS)
    recent_share = min(0.15 + 0.05 * years, 0.5)
    untrained = max(1, round(staff * 0.03))
    mobiles: set[str] = set()
    names = _names(rng, staff + len(DEMO_USERS))
    people: list[PersonPlan] = []
    for unit, count in enumerate(counts):
        for _ in range(count):
            if rng.random() < recent_share:
                hired = today - dt.timedelta(days=rng.randint(45, demo_days))
            else:
                hired = today - dt.timedelta(days=rng.randint(demo_days + 1, history_days))
            trained = hired + dt.timedelta(days=rng.randint(14, 42))
            people.append(PersonPlan(names[len(people)], unit, hired, trained, _mobile(rng, mobiles)))

    # A few new hires of the last weeks are still in pre-job training: no window yet.
    for person in rng.sample(people, untrained):
        person.hire_date = today - dt.timedelta(days=rng.randint(1, 20))
        person.trained_on = None
        person.position = "窗口受理员（见习）"
        person.note = "岗前培训中"

    # Staff numbers follow the order of hiring, as a personnel office hands them out.
    people.sort(key=lambda p: p.hire_date)
    for number, person in enumerate(people, start=1001):
        person.staff_no = str(number)

    # 5-8 % have left during the demo period (never the newest hires).
    leavers = [p for p in people if p.trained_on is not None and (today - p.hire_date).days > 90]
    n_left = min(len(leavers), round(staff * rng.uniform(0.05, 0.08)) or (1 if staff >= 10 else 0))
    reasons = [r for r, _ in LEAVING_REASONS]
    reason_weights = [w for _, w in LEAVING_REASONS]
    for person in rng.sample(leavers, n_left):
        first = max(person.hire_date + dt.timedelta(days=60), today - dt.timedelta(days=demo_days))
        person.left_on = first + dt.timedelta(days=rng.randint(0, (today - first).days - 1))
        person.left_reason = rng.choices(reasons, reason_weights)[0]

    # A county hall has 20-60 windows for 50-300 staff (A/B posts share a window);
    # each unit gets its share, numbered through the hall, unit after unit.
    members = [[p for p in people if p.unit == unit] for unit in range(len(chosen))]
    working = [[p for p in m if p.trained_on is not None and p.left_on is None] for m in members]
    hall_windows = min(60, max(len(chosen), round(10 + 0.17 * len(people))))
    at_work = max(1, sum(len(w) for w in working))
    n_windows = [max(1, min(len(w), round(hall_windows * len(w) / at_work))) for w in working]
    width = max(2, len(str(sum(n_windows))))
    windows: list[tuple[int, str, str]] = []
    for unit, unit_index in enumerate(chosen):
        titles = UNITS[unit_index][2]
        first = len(windows)
        for k in range(n_windows[unit]):
            windows.append((unit, str(len(windows) + 1).zfill(width), titles[k % len(titles)]))
        for k, person in enumerate(working[unit]):
            person.window = first + k % n_windows[unit]
        for person in members[unit]:
            if person.left_on is not None:  # keeps the window they last staffed
                person.window = first + rng.randrange(n_windows[unit])
        _positions(rng, UNITS[unit_index][0], working[unit])

    # Accounts carry the person's name only: documents and the status bar add the post.
    user_names = {
        username: names[staff + i] if role != auth.Role.ADMIN else title
        for i, (username, role, title) in enumerate(DEMO_USERS)
    }
    units = [UNITS[i][0] for i in chosen]
    return HallPlan(units, windows, sorted(people, key=lambda p: p.staff_no), user_names)


def _positions(rng: random.Random, unit_name: str, working: list[PersonPlan]) -> None:
    """The longest-serving person leads the unit's windows; some others review."""
    if not working:
        return
    head = min(working, key=lambda p: p.hire_date)
    for person in working:
        if person is head:
            person.position = "窗口负责人"
        elif rng.random() < 0.15:
            person.position = "审核员"
        elif unit_name == "综合受理窗口":
            person.position = rng.choice(("综合柜员", "综合柜员", "咨询引导员"))
        else:
            person.position = "窗口受理员"


# ---------------------------------------------------------------- steps


@dataclass
class DemoReport:
    """What the demo created, for the CLI and the first-start dialog."""

    hall_name: str = HALL_NAME
    units: list[str] = field(default_factory=list)
    windows: int = 0
    staff: int = 0
    left: int = 0
    untrained: int = 0
    punches: int = 0
    leave_slips: int = 0
    outings: int = 0
    rota_days: int = 0
    inspections: int = 0
    sanctions: int = 0
    open_proposals: int = 0
    notices: int = 0
    users: list[tuple[str, str]] = field(default_factory=list)  # (user name, role)
    kept_users: list[str] = field(default_factory=list)
    password: str = ""
    seconds: float = 0.0

    def summary(self) -> str:
        lines = [
            translate("Demo", "Demo hall {hall} created in {seconds:.1f} s.").format(
                hall=self.hall_name, seconds=self.seconds
            ),
            translate("Demo", "Units ({n}): {names}.").format(n=len(self.units), names="、".join(self.units)),
            translate(
                "Demo",
                "Windows: {windows}. Staff: {staff} ({active} active, {left} left, "
                "{untrained} still in pre-job training).",
            ).format(
                windows=self.windows,
                staff=self.staff,
                active=self.staff - self.left,
                left=self.left,
                untrained=self.untrained,
            ),
        ]
        if self.punches:
            lines.append(translate("Demo", "Clock-in punches: {n}.").format(n=self.punches))
        if self.leave_slips:
            lines.append(
                translate("Demo", "Leave slips: {n} ({outings} outings).").format(
                    n=self.leave_slips, outings=self.outings
                )
            )
        if self.rota_days:
            lines.append(
                translate("Demo", "Duty rota: {days} days. Inspection findings: {n}.").format(
                    days=self.rota_days, n=self.inspections
                )
            )
        if self.sanctions:
            lines.append(
                translate(
                    "Demo",
                    "Sanctions ledger: {n} entries, {open} proposals for Monday's meeting, {notices} signed "
                    "notices (the signing passphrase is the demo password).",
                ).format(n=self.sanctions, open=self.open_proposals, notices=self.notices)
            )
        if self.users:
            lines.append(
                translate("Demo", "Users (password {password}): {users}.").format(
                    password=self.password,
                    users=i18n.join(f"{name} ({auth.role_label(role)})" for name, role in self.users),
                )
            )
        if self.kept_users:
            lines.append(
                translate("Demo", "Existing accounts were kept with their own passwords: {users}.").format(
                    users=i18n.join(self.kept_users)
                )
            )
        return "\n".join(lines)


@dataclass
class DemoContext:
    """What the steps share: the plan, the acting session and the records made so far."""

    rng: random.Random
    session: auth.Session
    today: dt.date
    years: int
    password: str
    plan: HallPlan
    report: DemoReport
    unit_ids: list[int] = field(default_factory=list)
    window_ids: list[int] = field(default_factory=list)
    staff: list[Staff] = field(default_factory=list)


Tick = Callable[[], None]


@dataclass(frozen=True)
class Step:
    """One part of the demo: how many ticks it will report, and the work."""

    name: str
    size: Callable[[DemoContext], int]
    run: Callable[[DemoContext, Tick], None]


def _add_units(ctx: DemoContext, tick: Tick) -> None:
    for name in ctx.plan.units:
        ctx.unit_ids.append(roster.add_unit(ctx.session, name).id)
        tick()
    ctx.report.units = list(ctx.plan.units)


def _add_windows(ctx: DemoContext, tick: Tick) -> None:
    for unit, number, title in ctx.plan.windows:
        ctx.window_ids.append(roster.add_window(ctx.session, ctx.unit_ids[unit], number, title).id)
        tick()
    ctx.report.windows = len(ctx.window_ids)


def _add_staff(ctx: DemoContext, tick: Tick) -> None:
    for p in ctx.plan.people:
        data = roster.StaffInput(
            staff_no=p.staff_no,
            name=p.name,
            unit_id=ctx.unit_ids[p.unit],
            window_id=ctx.window_ids[p.window] if p.window is not None else None,
            position=p.position,
            mobile=p.mobile,
            hire_date=p.hire_date,
            trained_on=p.trained_on,
            note=p.note,
        )
        ctx.staff.append(roster.add_staff(ctx.session, data))
        tick()
    ctx.report.staff = len(ctx.staff)
    ctx.report.untrained = sum(1 for p in ctx.plan.people if p.trained_on is None)


def _record_leaving(ctx: DemoContext, tick: Tick) -> None:
    for i, p in enumerate(ctx.plan.people):
        if p.left_on is None:
            continue
        person = ctx.staff[i]
        ctx.staff[i] = roster.record_leaving(ctx.session, person.id, p.left_on, p.left_reason, person.version)
        ctx.report.left += 1
        tick()


def _add_users(ctx: DemoContext, tick: Tick) -> None:
    existing = {u.username: u.role for u in User.select(User.username, User.role)}
    for username, role, _title in DEMO_USERS:
        if username in existing:
            ctx.report.kept_users.append(username)
        elif role == auth.Role.ADMIN and auth.Role.ADMIN in existing.values():
            # The administrator made at first start stays the only one: a second
            # admin account with a password shown on screen would outlive the demo.
            ctx.report.kept_users.extend(n for n, r in existing.items() if r == auth.Role.ADMIN)
        else:
            display = ctx.plan.user_names[username]
            auth.add_user(ctx.session, username, role, ctx.password, display)
            ctx.report.users.append((username, str(role)))
        tick()
    ctx.report.password = ctx.password if ctx.report.users else ""


def _name_hall(ctx: DemoContext, tick: Tick) -> None:
    ctx.report.hall_name = settings.put(ctx.session, "hall_name", HALL_NAME)
    tick()


STEPS: list[Step] = [
    Step("units", lambda ctx: len(ctx.plan.units), _add_units),
    Step("windows", lambda ctx: len(ctx.plan.windows), _add_windows),
    Step("staff", lambda ctx: len(ctx.plan.people), _add_staff),
    Step("leaving", lambda ctx: sum(1 for p in ctx.plan.people if p.left_on), _record_leaving),
    Step("users", lambda ctx: len(DEMO_USERS), _add_users),
    Step("hall name", lambda ctx: 1, _name_hall),
    Step("punches", demo_attendance.step_size, demo_attendance.add_punches),
    Step("leave", demo_leave.step_size, demo_leave.add_leave),
    Step("duty rota", demo_inspections.rota_size, demo_inspections.add_rota),
    Step("inspections", demo_inspections.inspections_size, demo_inspections.add_inspections),
    Step("duty logs", demo_duty.step_size, demo_duty.add_logs),
    Step("sanctions", demo_sanctions.step_size, demo_sanctions.add_sanctions),
]


# ---------------------------------------------------------------- entry point


def demo_password(password: str | None = None) -> str:
    """The given password, else HALLDESK_DEMO_PASSWORD, else a fresh readable one."""
    if password:
        return password
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to misread from a printout
    return "demo-" + "".join(secrets.choice(alphabet) for _ in range(6))


def holds_data() -> bool:
    """True when the database has units or staff (user accounts alone do not count)."""
    return Unit.select().exists() or Staff.select().exists()


def _check_arguments(staff: int, years: int, password: str) -> None:
    if not MIN_STAFF <= staff <= MAX_STAFF:
        raise ValidationError(
            translate("Demo", "The demo needs {low} to {high} staff.").format(low=MIN_STAFF, high=MAX_STAFF),
            field="staff",
        )
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise ValidationError(
            translate("Demo", "The demo covers {low} to {high} years.").format(low=MIN_YEARS, high=MAX_YEARS),
            field="years",
        )
    for username, _role, _title in DEMO_USERS:
        auth.validate_password(password, username)


def _refuse_if_filled() -> None:
    if holds_data():
        raise ValidationError(
            translate(
                "Demo",
                "This database already holds units or staff. Demo data goes only into a new, "
                "empty database: nothing was changed.",
            )
        )


def fill_demo(
    staff: int = 60,
    years: int = 1,
    seed: int = 1,
    password: str | None = None,
    progress: Progress | None = None,
) -> DemoReport:
    """Fill the open, empty database with the demo hall; all of it or nothing.

    Raises ValidationError for a database that holds units or staff, for
    sizes out of range and for a password too weak to log in with.
    """
    started = time.perf_counter()
    password = demo_password(password)
    _check_arguments(staff, years, password)
    _refuse_if_filled()
    today = roster.today()
    rng = random.Random(seed)
    ctx = DemoContext(
        rng=rng,
        session=auth.Session.system(DEMO_USER),
        today=today,
        years=years,
        password=password,
        plan=plan_hall(rng, staff, years, today),
        report=DemoReport(),
    )
    total = sum(step.size(ctx) for step in STEPS)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    with database.atomic():
        _refuse_if_filled()  # again inside the transaction: another PC may have been quicker
        for step in STEPS:
            step.run(ctx, tick)
    if not is_sqlite():
        # A million rows just arrived: PostgreSQL plans with the statistics of an empty
        # database until autovacuum comes round; reading a leave day took 10 ms, not 2.
        database.execute_sql("ANALYZE")
    ctx.report.seconds = time.perf_counter() - started
    return ctx.report
