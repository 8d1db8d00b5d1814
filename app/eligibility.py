"""评先评优资格: who keeps the year-end award eligibility, and for each loss the reason.

A person loses it through an entry in force (confirmed or with a notice)
dated in the year whose kind costs eligibility: 取消年终评先评优资格 itself,
or a disciplinary sanction (警告 and above). Proposals not yet decided are
listed as pending, so the year-end review sees what is still open.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from app import sanctions
from app.i18n import translate
from app.sanction_rules import COSTS_ELIGIBILITY, kind_label
from db.models import Sanction, Staff, Unit


@dataclass(frozen=True)
class Loss:
    entry_id: int
    kind: str
    day: dt.date
    status: str
    reason: str
    notice_no: str

    def as_json(self) -> dict:
        return {
            "entry_id": self.entry_id,
            "kind": self.kind,
            "day": self.day.isoformat(),
            "status": self.status,
            "reason": self.reason,
            "notice_no": self.notice_no,
        }


@dataclass
class Standing:
    staff_id: int
    staff_no: str
    name: str
    unit: str
    losses: list[Loss] = field(default_factory=list)
    pending: list[Loss] = field(default_factory=list)

    @property
    def eligible(self) -> bool:
        return not self.losses

    def reason_text(self) -> str:
        """Why eligibility is lost (or what is still open), in the reader's language."""
        parts = [
            translate("Eligibility", "{day} {kind}: {reason}").format(
                day=loss.day.isoformat(), kind=kind_label(loss.kind), reason=loss.reason
            )
            + (f" ({loss.notice_no})" if loss.notice_no else "")
            for loss in self.losses
        ]
        parts += [
            translate("Eligibility", "pending: {day} {kind}").format(
                day=p.day.isoformat(), kind=kind_label(p.kind)
            )
            for p in self.pending
        ]
        return "; ".join(parts)

    def as_json(self) -> dict:
        return {
            "staff_no": self.staff_no,
            "name": self.name,
            "unit": self.unit,
            "eligible": self.eligible,
            "losses": [loss.as_json() for loss in self.losses],
            "pending": [p.as_json() for p in self.pending],
        }


def _reason(entry: sanctions.Entry) -> str:
    if entry.counted is not None and entry.rule_name:
        return translate("Eligibility", "{rule}, {period}: counted {n}").format(
            rule=entry.rule_name, period=entry.period_label, n=entry.counted
        )
    return entry.reason


def standings(year: int) -> list[Standing]:
    """Everyone employed at some point of ``year``, in unit and staff-number order, with their losses."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    people = (
        Staff.select(Staff.id, Staff.staff_no, Staff.name, Unit.name)
        .join(Unit)
        .where((Staff.hire_date <= last) & (Staff.left_on.is_null() | (Staff.left_on >= first)))
        .order_by(Unit.sort_order, Unit.name, Staff.staff_no)
    )
    out = {sid: Standing(sid, no, name, unit) for sid, no, name, unit in people.tuples()}
    by_person: dict[int, list[sanctions.Entry]] = defaultdict(list)
    for entry in sanctions.list_entries(
        kinds=COSTS_ELIGIBILITY,
        statuses=(sanctions.PROPOSED, *sanctions.IN_FORCE),
        start=first,
        end=last,
    ):
        by_person[entry.staff_id].append(entry)
    for staff_id, entries in by_person.items():
        standing = out.get(staff_id)
        if standing is None:
            continue
        for entry in sorted(entries, key=lambda e: (e.day, e.id)):
            loss = Loss(entry.id, entry.kind, entry.day, entry.status, _reason(entry), entry.notice_no)
            (standing.pending if entry.status == sanctions.PROPOSED else standing.losses).append(loss)
    return list(out.values())


def ineligible_count(year: int) -> int:
    """How many people lost eligibility in ``year`` (one query; for summaries)."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return (
        Sanction.select(Sanction.staff)
        .where(
            Sanction.kind.in_(list(COSTS_ELIGIBILITY))
            & Sanction.status.in_(list(sanctions.IN_FORCE))
            & Sanction.day.between(first, last)
        )
        .distinct()
        .count()
    )
