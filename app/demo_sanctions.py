"""The demo hall's sanctions ledger: a letterhead, a signing key, and the last weeks' decisions.

The issuing body is the demo bureau (新县人力资源和社会保障局, prefix 新人社窗),
with a drawn seal; a self-signed certificate is created whose passphrase
is the demo password. The rules are applied to the last ``WEEKS`` complete
weeks. The manager ``bangong`` confirmed the older weeks' proposals (one
dismissed: the terminal's clock was wrong that morning) and issued notices
for a few; last week's proposals wait for the Monday meeting. Two
commendations come from the duty leaders' praise findings.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from app import certificate, notices, sanctions, settings
from app.auth import Session
from app.sanction_rules import COMMENDATION, period_of
from db.models import Inspection, InspectionCategory, Staff

if TYPE_CHECKING:
    from app.demo import DemoContext

MANAGER = "bangong"
WEEKS = 8
NOTICES = 3
ISSUER = "新县人力资源和社会保障局"
LETTERHEAD = {
    "notice_prefix": "新人社窗",
    "notice_issuer": ISSUER,
    "notice_header": f"{ISSUER}文件",
    "notice_addressee": "局属各单位、各服务窗口：",
    "notice_printed_by": f"{ISSUER}办公室",
    "notice_regulation": f"{ISSUER}窗口工作人员管理制度",
}
DISMISS_REASON = "经核实，当日上午考勤机时钟慢5分钟，迟到记录不成立"


def step_size(ctx: DemoContext) -> int:
    return WEEKS + 3


def add_sanctions(ctx: DemoContext, tick: Callable[[], None]) -> None:
    from app.demo_seal import demo_seal_png

    admin = ctx.session
    for key, value in LETTERHEAD.items():
        settings.put(admin, key, value)
    settings.put(admin, "seal_image", base64.b64encode(demo_seal_png(ISSUER)).decode("ascii"))
    if certificate.current() is None:
        certificate.create_self_signed(admin, ctx.password)
    tick()

    manager = Session(
        username=MANAGER,
        role="manager",
        display_name=ctx.plan.user_names.get(MANAGER, ""),
        permissions=admin.permissions,
    )
    this_week = period_of("week", ctx.today)
    now = dt.datetime.combine(ctx.today, dt.time(7, 20))
    confirmed: list[int] = []
    dismissed = False
    for back in range(WEEKS, 0, -1):
        monday = this_week.start - dt.timedelta(weeks=back)
        week = period_of("week", monday)
        for outcome in sanctions.evaluate(manager, week, now=now):
            if back == 1 or outcome.status != sanctions.PROPOSED:
                continue  # last week's proposals wait for the Monday meeting
            if not dismissed and outcome.kind == "CRITICISM":
                sanctions.dismiss(manager, outcome.entry_id, DISMISS_REASON)
                dismissed = True
            else:
                confirmed.append(sanctions.confirm(manager, outcome.entry_id).id)
        tick()

    praise = (
        Inspection.select(Inspection.staff, Inspection.day, Inspection.note)
        .join(InspectionCategory)
        .where(
            (InspectionCategory.positive == 1)
            & Inspection.staff.is_null(False)
            & Inspection.voided_at.is_null()
            & (Inspection.day >= this_week.start - dt.timedelta(weeks=WEEKS))
        )
        .order_by(Inspection.day.desc())
        .limit(2)
    )
    for staff_id, day, note in praise.tuples():
        name = Staff.get_by_id(staff_id).name
        reason = note or f"{name}同志热情服务，受到办事群众表扬"
        confirmed.append(
            sanctions.record_entry(manager, staff_id, COMMENDATION, day, reason, today=ctx.today).id
        )
    tick()

    identity = certificate.unlock(manager, ctx.password)
    for entry_id in confirmed[-NOTICES:]:
        notices.issue(manager, entry_id, identity, today=ctx.today)
    tick()
    ctx.report.sanctions = len(sanctions.list_entries())
    ctx.report.open_proposals = len(sanctions.list_entries(statuses=[sanctions.PROPOSED]))
    ctx.report.notices = min(NOTICES, len(confirmed))
