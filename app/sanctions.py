"""奖惩台账 (rule R8): the weekly evaluation of the rules and the ledger of what followed.

What the rules count comes from app/sanction_counts.py (SQL aggregates,
evidence only for the people over a threshold). A proposal
is keyed by (rule, person, period), so evaluating a week again changes
nothing unless the evidence changed: then an undecided proposal is updated,
or withdrawn with the reason, and a withdrawn one comes back when it counts
again. Decided entries (confirmed, dismissed, revoked) are never touched.

Entries move proposed → confirmed → issued (a notice), or proposed →
dismissed with a reason; a confirmed or issued entry can be revoked with a
reason. A manager may also enter a commendation, an award or a penalty
directly; it is confirmed at once. Nothing is deleted.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import JOIN

from app import audit, records
from app.auth import Permission, Session, require
from app.errors import ConflictError, Problem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, language, translate
from app.sanction_counts import (  # noqa: F401 - re-exported: the ledger's readers use them from here
    Finding,
    describe_item,
    evidence_of,
    findings,
    item_key,
    tally,
)
from app.sanction_rules import (
    CONFIRMED,
    DISMISSED,
    IN_FORCE,  # noqa: F401 - re-exported
    ISSUED,
    KINDS,
    MONTH,
    POSITIVE_KINDS,
    PROPOSED,
    REVOKED,
    WEEK,
    WITHDRAWN,
    YEAR,
    Period,
    periods_touching,
    rules,
)
from db.connection import database
from db.models import Sanction, Staff, Unit, utcnow

STATUSES = (PROPOSED, CONFIRMED, ISSUED, DISMISSED, WITHDRAWN, REVOKED)
STATUS_LABELS = {
    PROPOSED: QT_TRANSLATE_NOOP("Sanctions", "proposed"),
    CONFIRMED: QT_TRANSLATE_NOOP("Sanctions", "confirmed"),
    ISSUED: QT_TRANSLATE_NOOP("Sanctions", "notice issued"),
    DISMISSED: QT_TRANSLATE_NOOP("Sanctions", "dismissed"),
    WITHDRAWN: QT_TRANSLATE_NOOP("Sanctions", "withdrawn"),
    REVOKED: QT_TRANSLATE_NOOP("Sanctions", "revoked"),
}
MAX_REASON = 500


def status_label(status: str) -> str:
    return translate("Sanctions", STATUS_LABELS[status]) if status in STATUS_LABELS else status


# ---------------------------------------------------------------- evaluation (writes proposals)


@dataclass
class Outcome:
    """What evaluating did to one (rule, person, period)."""

    entry_id: int
    staff_id: int
    staff_no: str
    name: str
    unit: str
    kind: str
    rule: str
    rule_name: str
    period: str
    counted: int
    status: str
    change: str  # new | updated | unchanged | withdrawn | reproposed | decided
    evidence: list[dict] = field(default_factory=list)
    note: str = ""

    def as_json(self) -> dict:
        return {
            "entry_id": self.entry_id,
            "staff_no": self.staff_no,
            "name": self.name,
            "unit": self.unit,
            "kind": self.kind,
            "rule": self.rule,
            "period": self.period,
            "counted": self.counted,
            "status": self.status,
            "change": self.change,
            "note": self.note,
            "evidence": self.evidence,
        }


CHANGE_LABELS = {
    "new": QT_TRANSLATE_NOOP("Sanctions", "new"),
    "updated": QT_TRANSLATE_NOOP("Sanctions", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("Sanctions", "unchanged"),
    "withdrawn": QT_TRANSLATE_NOOP("Sanctions", "withdrawn"),
    "reproposed": QT_TRANSLATE_NOOP("Sanctions", "proposed again"),
    "decided": QT_TRANSLATE_NOOP("Sanctions", "already decided"),
}


def change_label(change: str) -> str:
    return translate("Sanctions", CHANGE_LABELS[change]) if change in CHANGE_LABELS else change


def note_text(note: str) -> str:
    """An entry's stored note (JSON [code, params]) in the reader's language."""
    if not note:
        return ""
    try:
        code, params = json.loads(note)
    except (ValueError, TypeError):
        return note
    removed = "; ".join(describe_item(i) for i in params.get("removed", []))
    added = "; ".join(describe_item(i) for i in params.get("added", []))
    if code == "withdrawn":
        text = translate(
            "Sanctions", "Withdrawn: the count fell from {was} to {now}, under the threshold of {threshold}."
        ).format(**{k: params[k] for k in ("was", "now", "threshold")})
    elif code == "updated":
        text = translate("Sanctions", "Evidence changed: the count went from {was} to {now}.").format(
            was=params["was"], now=params["now"]
        )
    elif code == "reproposed":
        text = translate("Sanctions", "Proposed again: the count is {now} (threshold {threshold}).").format(
            now=params["now"], threshold=params["threshold"]
        )
    else:
        return note
    if removed:
        text += " " + translate("Sanctions", "No longer counted: {items}.").format(items=removed)
    if added:
        text += " " + translate("Sanctions", "Now counted: {items}.").format(items=added)
    return text


def _diff(old: list[dict], new: list[dict]) -> tuple[list[dict], list[dict]]:
    old_keys = {item_key(i) for i in old}
    new_keys = {item_key(i) for i in new}
    return (
        [i for i in new if item_key(i) not in old_keys],
        [i for i in old if item_key(i) not in new_keys],
    )


def _people(staff_ids: Iterable[int]) -> dict[int, tuple[str, str, str]]:
    ids = sorted(set(staff_ids))
    if not ids:
        return {}
    q = Staff.select(Staff.id, Staff.staff_no, Staff.name, Unit.name).join(Unit).where(Staff.id.in_(ids))
    return {sid: (no, name, unit) for sid, no, name, unit in q.tuples()}


def evaluate(session: Session, week: Period, now: dt.datetime | None = None) -> list[Outcome]:
    """Apply the rules to ``week`` and bring the ledger's proposals up to date (manager).

    Idempotent: a second run with the same evidence changes nothing.
    """
    require(session, Permission.SANCTIONS)
    active = rules()
    with database.atomic():
        found = {(f.rule.id, f.staff_id, f.period.start): f for f in findings(week, now, active)}
        keys_by_period = {(r.id, p.start): (r, p) for r in active for p in periods_touching(r.window, week)}
        existing: dict[tuple[int, int, dt.date], Sanction] = {}
        for rule_id, start in keys_by_period:
            for entry in Sanction.select().where(
                (Sanction.rule == rule_id) & (Sanction.period_start == start)
            ):
                existing[(entry.rule_id, entry.staff_id, entry.period_start)] = entry
        people = _people([k[1] for k in found] + [k[1] for k in existing])
        outcomes: list[Outcome] = []
        for key in sorted(set(found) | set(existing), key=lambda k: (k[2], k[0], people.get(k[1], ("",))[0])):
            rule, period = keys_by_period[(key[0], key[2])]
            finding, entry = found.get(key), existing.get(key)
            evidence = finding.evidence if finding else []
            counted = finding.counted if finding else 0
            change, note = "unchanged", ""
            if entry is None:
                entry = records.create(
                    session.username,
                    Sanction,
                    staff=key[1],
                    kind=rule.kind,
                    day=finding.last_day,
                    rule=rule.id,
                    period_start=period.start,
                    period_end=period.end,
                    counted=counted,
                    evidence=json.dumps(evidence, ensure_ascii=False),
                    reason=rule.name,
                    status=PROPOSED,
                    created_by=session.username,
                )
                change = "new"
            elif entry.status in (PROPOSED, WITHDRAWN):
                old = json.loads(entry.evidence)
                added, removed = _diff(old, evidence)
                changes: dict = {}
                if finding is None and entry.status == PROPOSED:
                    change = "withdrawn"
                    now_count = counted = tally(rule, period, [key[1]], minimum=0).get(key[1], 0)
                    note = json.dumps(
                        [
                            "withdrawn",
                            {
                                "was": entry.counted,
                                "now": now_count,
                                "threshold": rule.threshold,
                                "removed": removed,
                            },
                        ],
                        ensure_ascii=False,
                    )
                    changes = {"status": WITHDRAWN, "withdrawn_at": utcnow(), "note": note}
                elif finding is not None and entry.status == WITHDRAWN:
                    change = "reproposed"
                    note = json.dumps(
                        ["reproposed", {"now": counted, "threshold": rule.threshold, "added": added}],
                        ensure_ascii=False,
                    )
                    changes = {"status": PROPOSED, "withdrawn_at": None, "note": note}
                elif finding is not None and (added or removed or old != evidence):
                    change = "updated"
                    note = json.dumps(
                        [
                            "updated",
                            {"was": entry.counted, "now": counted, "added": added, "removed": removed},
                        ],
                        ensure_ascii=False,
                    )
                    changes = {"note": note}
                if finding is not None and changes:
                    changes.update(
                        counted=counted,
                        evidence=json.dumps(evidence, ensure_ascii=False),
                        day=finding.last_day,
                    )
                if changes:
                    entry = records.update(
                        session.username, Sanction, entry.id, None, changes, action="evaluate"
                    )
                elif entry.status == WITHDRAWN:
                    continue  # still withdrawn, nothing new to say
            else:
                change = "decided"
            no, name, unit = people.get(key[1], ("", "", ""))
            outcomes.append(
                Outcome(
                    entry_id=entry.id,
                    staff_id=key[1],
                    staff_no=no,
                    name=name,
                    unit=unit,
                    kind=entry.kind,
                    rule=rule.code,
                    rule_name=rule.label,
                    period=period.label,
                    counted=entry.counted if change == "decided" else counted,
                    status=entry.status,
                    change=change,
                    evidence=json.loads(entry.evidence) if change != "withdrawn" else evidence,
                    note=note_text(note or entry.note),
                )
            )
    return outcomes


# ---------------------------------------------------------------- the ledger


@dataclass(frozen=True)
class Entry:
    """A ledger line as the tab, the CLI and the notices read it."""

    id: int
    staff_id: int
    staff_no: str
    name: str
    unit: str
    kind: str
    day: dt.date
    rule_code: str
    rule_name: str
    period_start: dt.date | None
    period_end: dt.date | None
    counted: int | None
    evidence: list[dict]
    reason: str
    status: str
    note: str
    created_by: str
    created_at: dt.datetime
    confirmed_by: str
    confirmed_at: dt.datetime | None
    dismissed_by: str
    dismissed_at: dt.datetime | None
    dismissed_reason: str
    revoked_by: str
    revoked_at: dt.datetime | None
    revoked_reason: str
    notice_no: str
    version: int

    @property
    def positive(self) -> bool:
        return self.kind in POSITIVE_KINDS

    @property
    def period_label(self) -> str:
        """2026-W48, 2026-11 or 2026: the period a rule counted over ("" for an entry made by hand)."""
        if self.period_start is None or self.period_end is None:
            return ""
        days = (self.period_end - self.period_start).days
        window = WEEK if days == 6 else YEAR if days >= 364 else MONTH
        return Period(window, self.period_start, self.period_end).label

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "staff_no": self.staff_no,
            "name": self.name,
            "unit": self.unit,
            "kind": self.kind,
            "day": self.day.isoformat(),
            "rule": self.rule_code,
            "period": self.period_label,
            "counted": self.counted,
            "reason": self.reason,
            "status": self.status,
            "notice_no": self.notice_no,
            "created_by": self.created_by,
            "confirmed_by": self.confirmed_by,
            "dismissed_reason": self.dismissed_reason,
            "revoked_reason": self.revoked_reason,
            "evidence": self.evidence,
        }


def _entries_query():
    from db.models import Notice, SanctionRule

    latest_notice = (
        Notice.select(Notice.notice_no)
        .where((Notice.sanction == Sanction.id) & (Notice.purpose == "decision"))
        .order_by(Notice.id.desc())
        .limit(1)
    )
    return (
        Sanction.select(
            Sanction,
            Staff.staff_no,
            Staff.name.alias("staff_name"),
            Unit.name.alias("unit_name"),
            SanctionRule.code.alias("rule_code"),
            SanctionRule.name.alias("rule_zh"),
            SanctionRule.name_en.alias("rule_en"),
            latest_notice.alias("notice_no"),
        )
        .join(Staff, on=(Sanction.staff == Staff.id))
        .join(Unit, on=(Staff.unit == Unit.id))
        .switch(Sanction)
        .join(SanctionRule, JOIN.LEFT_OUTER, on=(Sanction.rule == SanctionRule.id))
    )


def _as_entry(r: dict) -> Entry:
    rule_name = r["rule_zh"] or ""
    if language() != "zh_CN" and r["rule_en"]:
        rule_name = r["rule_en"]
    return Entry(
        id=r["id"],
        staff_id=r["staff"],
        staff_no=r["staff_no"],
        name=r["staff_name"],
        unit=r["unit_name"],
        kind=r["kind"],
        day=r["day"],
        rule_code=r["rule_code"] or "",
        rule_name=rule_name,
        period_start=r["period_start"],
        period_end=r["period_end"],
        counted=r["counted"],
        evidence=json.loads(r["evidence"] or "[]"),
        reason=r["reason"],
        status=r["status"],
        note=note_text(r["note"]),
        created_by=r["created_by"],
        created_at=r["created_at"],
        confirmed_by=r["confirmed_by"],
        confirmed_at=r["confirmed_at"],
        dismissed_by=r["dismissed_by"],
        dismissed_at=r["dismissed_at"],
        dismissed_reason=r["dismissed_reason"],
        revoked_by=r["revoked_by"],
        revoked_at=r["revoked_at"],
        revoked_reason=r["revoked_reason"],
        notice_no=r["notice_no"] or "",
        version=r["version"],
    )


def entry(entry_id: int) -> Entry:
    row = _entries_query().where(Sanction.id == entry_id).dicts().first()
    if row is None:
        records.get(Sanction, entry_id)  # raises NotFound with the usual message
    return _as_entry(row)


def list_entries(
    *,
    statuses: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
    unit_id: int | None = None,
    staff_id: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int | None = None,
) -> list[Entry]:
    """Ledger entries, newest first, filtered as the tab and the CLI ask."""
    q = _entries_query()
    if statuses:
        q = q.where(Sanction.status.in_(list(statuses)))
    if kinds:
        q = q.where(Sanction.kind.in_(list(kinds)))
    if unit_id is not None:
        q = q.where(Staff.unit == unit_id)
    if staff_id is not None:
        q = q.where(Sanction.staff == staff_id)
    if start is not None:
        q = q.where(Sanction.day >= start)
    if end is not None:
        q = q.where(Sanction.day <= end)
    q = q.order_by(Sanction.day.desc(), Sanction.id.desc())
    if limit:
        q = q.limit(limit)
    return [_as_entry(r) for r in q.dicts()]


def check_reason(text: str, field_name: str = "reason") -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(
            translate("Sanctions", "Give the reason; it stays on record."), field=field_name
        )
    if len(text) > MAX_REASON:
        raise ValidationError(
            translate("Sanctions", "At most {n} characters.").format(n=MAX_REASON), field=field_name
        )
    return text


def _step(
    session: Session, entry_id: int, version: int | None, allowed: tuple[str, ...], changes: dict, action: str
) -> Entry:
    with database.atomic():
        current = records.get(Sanction, entry_id)
        if version is not None and current.version != version:
            raise records.conflict(Sanction, current, changes)
        if current.status not in allowed:
            raise ConflictError(
                translate("Sanctions", "Entry {id} is {status} now; it cannot be {action}.").format(
                    id=entry_id, status=status_label(current.status), action=translate("Sanctions", action)
                )
            )
        records.update(session.username, Sanction, entry_id, current.version, changes, action=action)
    return entry(entry_id)


def confirm(session: Session, entry_id: int, version: int | None = None) -> Entry:
    """A manager agrees with a proposal: it is in force and a notice can be issued."""
    require(session, Permission.SANCTIONS)
    return _step(
        session,
        entry_id,
        version,
        (PROPOSED,),
        {"status": CONFIRMED, "confirmed_by": session.username, "confirmed_at": utcnow()},
        QT_TRANSLATE_NOOP("Sanctions", "confirmed"),
    )


def dismiss(session: Session, entry_id: int, reason: str, version: int | None = None) -> Entry:
    """A manager decides a proposal does not stand, and says why."""
    require(session, Permission.SANCTIONS)
    reason = check_reason(reason)
    return _step(
        session,
        entry_id,
        version,
        (PROPOSED, WITHDRAWN),
        {
            "status": DISMISSED,
            "dismissed_by": session.username,
            "dismissed_at": utcnow(),
            "dismissed_reason": reason,
        },
        QT_TRANSLATE_NOOP("Sanctions", "dismissed"),
    )


def revoke_unissued(session: Session, entry_id: int, reason: str, version: int | None = None) -> Entry:
    """Revoke a confirmed entry that has no notice yet (an issued one needs a revocation notice)."""
    require(session, Permission.SANCTIONS)
    reason = check_reason(reason)
    return _step(
        session,
        entry_id,
        version,
        (CONFIRMED,),
        {"status": REVOKED, "revoked_by": session.username, "revoked_at": utcnow(), "revoked_reason": reason},
        QT_TRANSLATE_NOOP("Sanctions", "revoked"),
    )


def record_entry(
    session: Session,
    staff_id: int,
    kind: str,
    day: dt.date,
    reason: str,
    today: dt.date | None = None,
) -> Entry:
    """A manager enters a commendation, an award or a penalty directly; it is confirmed at once."""
    require(session, Permission.SANCTIONS)
    problems: list[Problem] = []
    person = Staff.get_or_none(Staff.id == staff_id)
    if person is None:
        problems.append(Problem(translate("Sanctions", "Choose a staff member."), "staff"))
    if kind not in KINDS:
        problems.append(Problem(translate("Sanctions", "Choose a kind from the list."), "kind"))
    if day > (today or dt.date.today()):
        problems.append(Problem(translate("Sanctions", "The date cannot be in the future."), "day"))
    text = (reason or "").strip()
    if not text:
        problems.append(Problem(translate("Sanctions", "Give the reason; it stays on record."), "reason"))
    elif len(text) > MAX_REASON:
        problems.append(
            Problem(translate("Sanctions", "At most {n} characters.").format(n=MAX_REASON), "reason")
        )
    if problems:
        raise ValidationError(problems)
    with database.atomic():
        row = records.create(
            session.username,
            Sanction,
            staff=staff_id,
            kind=kind,
            day=day,
            reason=text,
            status=CONFIRMED,
            created_by=session.username,
            confirmed_by=session.username,
            confirmed_at=utcnow(),
        )
    return entry(row.id)


def history(entry_id: int) -> list[dict]:
    """Every step of one entry, from the audit trail (``user_label`` names who took it)."""
    from app.auth import user_labels

    steps = audit.history(Sanction._meta.table_name, entry_id)
    labels = user_labels(s["user"] for s in steps)
    for step in steps:
        step["user_label"] = labels.get(step["user"], step["user"])
    return steps
