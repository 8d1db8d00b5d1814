"""请假类别: the kinds of leave, data the administrator extends (rule R7).

The ten kinds of the regulation are seeded; the administrator adds, renames,
retires and restores them. The codes the program itself reads (annual leave
for balances, the temporary outing) never change.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app import records
from app.auth import Permission, Session, require
from app.errors import Problem, ValidationError
from app.i18n import translate
from app.leave import COUNTS
from db.connection import database
from db.models import LeaveKind, LeaveSlip

# ---------------------------------------------------------------- kinds (the administrator's list)

OUTING = "outing"  # the code of 临时外出, the temporary outing of rule R7
FIXED_CODES = ("annual", OUTING)  # codes the program itself reads (annual-leave balances, outings)
KIND_CODE_RE = re.compile(r"^[a-z0-9_]+$")
HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
MAX_KIND_CODE, MAX_KIND_NAME, MAX_KIND_NAME_EN = 20, 20, 40


@dataclass(frozen=True)
class KindRow:
    """A kind of leave as the administrator's list shows it, with how many slips use it."""

    id: int
    code: str
    name: str
    name_en: str
    outing: bool
    retired: bool
    sort_order: int
    slips: int
    version: int


def kind_rows(kind_id: int | None = None) -> list[KindRow]:
    """Every kind, retired ones included, in the order they are offered (or the one ``kind_id``)."""
    from peewee import fn

    counts = dict(LeaveSlip.select(LeaveSlip.kind, fn.COUNT(LeaveSlip.id)).group_by(LeaveSlip.kind).tuples())
    q = LeaveKind.select().order_by(LeaveKind.sort_order, LeaveKind.id)
    if kind_id is not None:
        q = q.where(LeaveKind.id == kind_id)
    rows = [
        KindRow(
            id=k.id,
            code=k.code,
            name=k.name,
            name_en=k.name_en,
            outing=bool(k.outing),
            retired=bool(k.retired),
            sort_order=k.sort_order,
            slips=counts.get(k.id, 0),
            version=k.version,
        )
        for k in q
    ]
    if kind_id is not None and not rows:
        records.get(LeaveKind, kind_id)  # raises NotFound
    return rows


def _slips_of_kind(kind_id: int) -> int:
    return LeaveSlip.select().where(LeaveSlip.kind == kind_id).count()


def _other_leave_kinds(kind_id: int | None) -> int:
    """Kinds of leave (not outings) still offered, other than ``kind_id``."""
    q = LeaveKind.select().where((LeaveKind.outing == 0) & (LeaveKind.retired == 0))
    if kind_id is not None:
        q = q.where(LeaveKind.id != kind_id)
    return q.count()


def _kind_problems(kind: LeaveKind | None, code: str, name: str, name_en: str, outing: bool) -> list[Problem]:
    problems: list[Problem] = []

    def bad(field_name: str, message: str) -> None:
        problems.append(Problem(message, field=field_name))

    others = LeaveKind.select()
    if kind is not None:
        others = others.where(LeaveKind.id != kind.id)
    others = list(others)
    used = _slips_of_kind(kind.id) if kind is not None else 0

    if not code:
        bad("code", translate("LeaveKinds", "Enter a code, such as home_leave."))
    elif len(code) > MAX_KIND_CODE:
        bad("code", translate("LeaveKinds", "At most {n} characters.").format(n=MAX_KIND_CODE))
    elif not KIND_CODE_RE.match(code):
        bad(
            "code",
            translate("LeaveKinds", "Use lower-case letters, digits and _ only, such as home_leave."),
        )
    elif kind is not None and code != kind.code and kind.code in FIXED_CODES:
        bad(
            "code",
            translate(
                "LeaveKinds", "HallDesk reads this kind by its code {code}: the code cannot change."
            ).format(code=kind.code),
        )
    elif kind is not None and code != kind.code and used:
        bad(
            "code",
            translate(
                "LeaveKinds",
                "This kind is on slips already ({count}), and files of old slips may name it by its "
                "code: it stays {code}.",
            ).format(count=used, code=kind.code),
        )
    else:
        taken = next((k for k in others if k.code == code), None)
        if taken is not None:
            bad(
                "code",
                translate("LeaveKinds", "The kind {name} has this code already.").format(name=taken.name),
            )

    if not name:
        bad("name", translate("LeaveKinds", "Enter the Chinese name, such as 探亲假."))
    elif len(name) > MAX_KIND_NAME:
        bad("name", translate("LeaveKinds", "At most {n} characters.").format(n=MAX_KIND_NAME))
    elif not HAN_RE.search(name):
        bad("name", translate("LeaveKinds", "Write the name in Chinese: it is printed on the slips."))
    else:
        taken = next((k for k in others if k.name.casefold() == name.casefold()), None)
        if taken is not None and taken.retired:
            bad(
                "name",
                translate(
                    "LeaveKinds", "A retired kind is called {name}: restore it instead of adding another."
                ).format(name=taken.name),
            )
        elif taken is not None:
            bad("name", translate("LeaveKinds", "Another kind is called {name}.").format(name=taken.name))

    if len(name_en) > MAX_KIND_NAME_EN:
        bad("name_en", translate("LeaveKinds", "At most {n} characters.").format(n=MAX_KIND_NAME_EN))
    elif name_en:
        taken = next((k for k in others if k.name_en and k.name_en.casefold() == name_en.casefold()), None)
        if taken is not None:
            bad(
                "name_en",
                translate("LeaveKinds", "The kind {name} has this English name already.").format(
                    name=taken.name
                ),
            )

    if kind is not None and bool(kind.outing) != outing:
        if kind.code == OUTING:
            bad(
                "outing",
                translate(
                    "LeaveKinds", "This is the temporary outing the duty officer records: it stays an outing."
                ),
            )
        elif used:
            bad(
                "outing",
                translate(
                    "LeaveKinds",
                    "This kind is on slips already ({count}): switching between leave and outing would "
                    "change how they count (days and sessions, or clock times within a day). Add a new "
                    "kind instead.",
                ).format(count=used),
            )
        elif outing and not kind.retired and _other_leave_kinds(kind.id) == 0:
            bad("outing", translate("LeaveKinds", "At least one kind of leave must stay: this is the last."))
    return problems


def save_kind(
    session: Session,
    kind_id: int | None,
    code: str,
    name: str,
    name_en: str,
    outing: bool,
    version: int | None = None,
) -> LeaveKind:
    """Add a kind (``kind_id=None``; it is offered after the others) or change one.

    A rename reaches the attendance of the days its approved slips cover: they
    are derived again when next read, so their explanations name it anew.
    """
    require(session, Permission.ADMIN)
    code = (code or "").strip()
    name = " ".join((name or "").split())
    name_en = " ".join((name_en or "").split())
    outing = bool(outing)
    with database.atomic():
        kind = records.get(LeaveKind, kind_id) if kind_id is not None else None
        problems = _kind_problems(kind, code, name, name_en, outing)
        if problems:
            raise ValidationError(problems)
        fields = {"code": code, "name": name, "name_en": name_en, "outing": int(outing)}
        if kind is None:
            last = LeaveKind.select(LeaveKind.sort_order).order_by(LeaveKind.sort_order.desc()).first()
            return records.create(
                session.username, LeaveKind, **fields, sort_order=(last.sort_order if last else 0) + 10
            )
        fresh = records.update(session.username, LeaveKind, kind.id, version, fields)
        if fresh.name != kind.name:
            _kind_renamed(kind.id)
    return fresh


def _kind_renamed(kind_id: int) -> None:
    from app import attendance

    days: set[dt.date] = set()
    spans = LeaveSlip.select(LeaveSlip.start_day, LeaveSlip.end_day).where(
        (LeaveSlip.kind == kind_id) & LeaveSlip.status.in_(COUNTS)
    )
    for start, end in spans.tuples():
        day = start
        while day <= end:
            days.add(day)
            day += dt.timedelta(days=1)
    attendance.invalidate_days(days)


def retire_kind(session: Session, kind_id: int, version: int | None) -> LeaveKind:
    """Stop offering a kind for new slips; the slips that have it keep it."""
    require(session, Permission.ADMIN)
    with database.atomic():
        kind = records.get(LeaveKind, kind_id)
        if kind.retired:
            raise ValidationError(
                translate("LeaveKinds", "{name} is retired already.").format(name=kind.name)
            )
        if kind.code == OUTING:
            raise ValidationError(
                translate(
                    "LeaveKinds",
                    "The temporary outing cannot be retired: the duty officer records every outing with it.",
                )
            )
        if not kind.outing and _other_leave_kinds(kind.id) == 0:
            raise ValidationError(
                translate(
                    "LeaveKinds",
                    "At least one kind of leave must stay offered: add or restore another first.",
                )
            )
        return records.update(session.username, LeaveKind, kind.id, version, {"retired": 1}, action="retire")


def restore_kind(session: Session, kind_id: int, version: int | None) -> LeaveKind:
    """Offer a retired kind for new slips again."""
    require(session, Permission.ADMIN)
    with database.atomic():
        kind = records.get(LeaveKind, kind_id)
        if not kind.retired:
            raise ValidationError(
                translate("LeaveKinds", "{name} is offered for new slips already.").format(name=kind.name)
            )
        return records.update(session.username, LeaveKind, kind.id, version, {"retired": 0}, action="restore")
