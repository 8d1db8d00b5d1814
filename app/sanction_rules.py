"""奖罚规则 (R8 and the escalation ladders of the other regulations), as data the administrator edits.

A rule says which session flags, which inspection categories and which
earlier ledger entries count, over what window (ISO week, calendar month or
year), from what threshold, and the consequence. The defaults are R8's two
steps: in one ISO week LATE + EARLY + OFF_POST + ABSENT ≥ 2 → 通报批评, ≥ 3 →
loss of the year's award eligibility.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from app import records
from app.auth import Permission, Session, require
from app.errors import Problem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, language, translate
from db.connection import database
from db.models import InspectionCategory, SanctionRule

# ---------------------------------------------------------------- vocabulary

LATE, EARLY, ABSENT, OFF_POST, MISSING = "LATE", "EARLY", "ABSENT", "OFF_POST", "MISSING"
FLAGS = (LATE, EARLY, ABSENT, OFF_POST, MISSING)
FLAG_NAMES = {LATE: "迟到", EARLY: "早退", ABSENT: "旷工", OFF_POST: "脱岗", MISSING: "缺卡"}
FLAG_LABELS = {
    LATE: QT_TRANSLATE_NOOP("Sanctions", "late"),
    EARLY: QT_TRANSLATE_NOOP("Sanctions", "early leave"),
    ABSENT: QT_TRANSLATE_NOOP("Sanctions", "absent"),
    OFF_POST: QT_TRANSLATE_NOOP("Sanctions", "off post"),
    MISSING: QT_TRANSLATE_NOOP("Sanctions", "missing punch"),
}

COMMENDATION, AWARD = "COMMENDATION", "AWARD"
CRITICISM, WARNING, DEMERIT, DEMOTION, DISMISSAL, INELIGIBLE = (
    "CRITICISM",
    "WARNING",
    "DEMERIT",
    "DEMOTION",
    "DISMISSAL",
    "INELIGIBLE",
)
KINDS = (COMMENDATION, AWARD, CRITICISM, WARNING, DEMERIT, DEMOTION, DISMISSAL, INELIGIBLE)
POSITIVE_KINDS = frozenset({COMMENDATION, AWARD})
# A disciplinary sanction (警告 and above) costs the year's award eligibility as well.
COSTS_ELIGIBILITY = frozenset({INELIGIBLE, WARNING, DEMERIT, DEMOTION, DISMISSAL})
KIND_NAMES = {
    COMMENDATION: "表扬",
    AWARD: "表彰奖励",
    CRITICISM: "通报批评",
    WARNING: "警告",
    DEMERIT: "记过",
    DEMOTION: "降职",
    DISMISSAL: "辞退",
    INELIGIBLE: "取消年终评先评优资格",
}
KIND_LABELS = {
    COMMENDATION: QT_TRANSLATE_NOOP("Sanctions", "commendation"),
    AWARD: QT_TRANSLATE_NOOP("Sanctions", "award"),
    CRITICISM: QT_TRANSLATE_NOOP("Sanctions", "public criticism"),
    WARNING: QT_TRANSLATE_NOOP("Sanctions", "warning"),
    DEMERIT: QT_TRANSLATE_NOOP("Sanctions", "demerit"),
    DEMOTION: QT_TRANSLATE_NOOP("Sanctions", "demotion"),
    DISMISSAL: QT_TRANSLATE_NOOP("Sanctions", "dismissal"),
    INELIGIBLE: QT_TRANSLATE_NOOP("Sanctions", "loss of year-end award eligibility"),
}

# The ledger's statuses (app/sanctions.py moves entries between them).
PROPOSED, CONFIRMED, ISSUED, DISMISSED, WITHDRAWN, REVOKED = (
    "proposed",
    "confirmed",
    "issued",
    "dismissed",
    "withdrawn",
    "revoked",
)
IN_FORCE = (CONFIRMED, ISSUED)  # what a ladder counts and what costs eligibility

WEEK, MONTH, YEAR = "week", "month", "year"
WINDOWS = (WEEK, MONTH, YEAR)
WINDOW_LABELS = {
    WEEK: QT_TRANSLATE_NOOP("Sanctions", "ISO week"),
    MONTH: QT_TRANSLATE_NOOP("Sanctions", "calendar month"),
    YEAR: QT_TRANSLATE_NOOP("Sanctions", "year"),
}
CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,29}$")


def kind_label(kind: str) -> str:
    """A kind in the reader's language (the Chinese name is the official one)."""
    if kind not in KIND_LABELS:
        return kind
    return KIND_NAMES[kind] if language() == "zh_CN" else translate("Sanctions", KIND_LABELS[kind])


def flag_label(flag: str) -> str:
    if flag not in FLAG_LABELS:
        return flag
    return FLAG_NAMES[flag] if language() == "zh_CN" else translate("Sanctions", FLAG_LABELS[flag])


def window_label(window: str) -> str:
    return translate("Sanctions", WINDOW_LABELS[window]) if window in WINDOW_LABELS else window


# ---------------------------------------------------------------- periods


@dataclass(frozen=True)
class Period:
    """The dates a rule counts over: an ISO week, a calendar month or a year."""

    window: str
    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        """2026-W48, 2026-11 or 2026."""
        if self.window == WEEK:
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.window == MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        return str(self.start.year)


def period_of(window: str, day: dt.date) -> Period:
    """The week, month or year that holds ``day``."""
    if window == WEEK:
        monday = day - dt.timedelta(days=day.weekday())
        return Period(WEEK, monday, monday + dt.timedelta(days=6))
    if window == MONTH:
        first = day.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return Period(MONTH, first, nxt - dt.timedelta(days=1))
    return Period(YEAR, dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))


def week_period(text: str) -> Period:
    """An ISO week written 2026-W48 (the form the command line and the week picker use)."""
    try:
        year, week = text.strip().upper().split("-W")
        monday = dt.date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        raise ValidationError(
            translate("Sanctions", "'{value}' is not a week: write YYYY-Www, such as 2026-W48.").format(
                value=text
            ),
            field="week",
        ) from None
    return Period(WEEK, monday, monday + dt.timedelta(days=6))


def periods_touching(window: str, week: Period) -> list[Period]:
    """The periods of a window that a week falls in (a week can straddle two months or years)."""
    first, last = period_of(window, week.start), period_of(window, week.end)
    return [first] if first == last else [first, last]


# ---------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    """A rule as the evaluation reads it."""

    id: int
    code: str
    name: str
    name_en: str
    window: str
    flags: tuple[str, ...]
    categories: tuple[str, ...] | None  # None: the categories marked as counting
    sanction_kinds: tuple[str, ...]
    threshold: int
    kind: str
    clause: str
    retired: bool
    version: int

    @property
    def label(self) -> str:
        return self.name if language() == "zh_CN" or not self.name_en else self.name_en

    def counts_description(self) -> str:
        """What the rule counts, in the reader's language."""
        parts = [flag_label(f) for f in self.flags]
        if self.categories is None:
            parts.append(translate("Sanctions", "findings of counting categories"))
        elif self.categories:
            names = {
                c.code: c.name if language() == "zh_CN" or not c.name_en else c.name_en
                for c in InspectionCategory.select()
            }
            parts += [names.get(code, code) for code in self.categories]
        parts += [kind_label(k) for k in self.sanction_kinds]
        return ", ".join(parts) if language() != "zh_CN" else "、".join(parts)


def _as_rule(row: SanctionRule) -> Rule:
    categories = json.loads(row.categories) if row.categories is not None else None
    return Rule(
        id=row.id,
        code=row.code,
        name=row.name,
        name_en=row.name_en,
        window=row.window,
        flags=tuple(json.loads(row.flags)),
        categories=tuple(categories) if categories is not None else None,
        sanction_kinds=tuple(json.loads(row.sanction_kinds)),
        threshold=row.threshold,
        kind=row.kind,
        clause=row.clause,
        retired=bool(row.retired),
        version=row.version,
    )


def rules(include_retired: bool = False) -> list[Rule]:
    q = SanctionRule.select().order_by(SanctionRule.sort_order, SanctionRule.id)
    if not include_retired:
        q = q.where(SanctionRule.retired == 0)
    return [_as_rule(r) for r in q]


def rule(rule_id: int) -> Rule:
    return _as_rule(records.get(SanctionRule, rule_id))


def _validate(
    code: str,
    name: str,
    name_en: str,
    window: str,
    flags: list[str],
    categories: list[str] | None,
    sanction_kinds: list[str],
    threshold: int,
    kind: str,
    clause: str,
    rule_id: int | None,
) -> dict:
    problems: list[Problem] = []
    code = (code or "").strip().lower()
    name = " ".join((name or "").split())
    name_en = " ".join((name_en or "").split())
    if not CODE_RE.match(code):
        problems.append(
            Problem(
                translate(
                    "Sanctions", "A code is 1 to 30 lower-case letters, digits or _, starting with a letter."
                ),
                "code",
            )
        )
    else:
        taken = SanctionRule.select().where(SanctionRule.code == code)
        if rule_id is not None:
            taken = taken.where(SanctionRule.id != rule_id)
        if taken.exists():
            problems.append(
                Problem(translate("Sanctions", "Another rule has the code {code}.").format(code=code), "code")
            )
    if not name or len(name) > 100:
        problems.append(Problem(translate("Sanctions", "A name needs 1 to 100 characters."), "name"))
    if len(name_en) > 100:
        problems.append(Problem(translate("Sanctions", "At most {n} characters.").format(n=100), "name_en"))
    if window not in WINDOWS:
        problems.append(Problem(translate("Sanctions", "Choose a week, a month or a year."), "window"))
    flags = list(dict.fromkeys(flags or []))
    unknown = [f for f in flags if f not in FLAGS]
    if unknown:
        problems.append(
            Problem(
                translate("Sanctions", "Unknown attendance flag: {flags}.").format(flags=", ".join(unknown)),
                "flags",
            )
        )
    if categories is not None:
        categories = list(dict.fromkeys(categories))
        known = {c for (c,) in InspectionCategory.select(InspectionCategory.code).tuples()}
        missing = [c for c in categories if c not in known]
        if missing:
            problems.append(
                Problem(
                    translate("Sanctions", "Unknown inspection category: {codes}.").format(
                        codes=", ".join(missing)
                    ),
                    "categories",
                )
            )
    sanction_kinds = list(dict.fromkeys(sanction_kinds or []))
    if any(k not in KINDS for k in sanction_kinds):
        problems.append(Problem(translate("Sanctions", "Choose kinds from the list."), "sanction_kinds"))
    if not flags and categories == [] and not sanction_kinds:
        problems.append(Problem(translate("Sanctions", "A rule must count something."), "flags"))
    try:
        threshold = int(threshold)
    except (TypeError, ValueError):
        threshold = 0
    if not 1 <= threshold <= 99:
        problems.append(
            Problem(translate("Sanctions", "The threshold is a whole number from 1 to 99."), "threshold")
        )
    if kind not in KINDS or kind in POSITIVE_KINDS:
        problems.append(Problem(translate("Sanctions", "Choose the penalty the rule leads to."), "kind"))
    elif kind in sanction_kinds:
        problems.append(
            Problem(translate("Sanctions", "A rule cannot count the kind it leads to."), "sanction_kinds")
        )
    clause = (clause or "").strip()
    if len(clause) > 1000:
        problems.append(Problem(translate("Sanctions", "At most {n} characters.").format(n=1000), "clause"))
    if problems:
        raise ValidationError(problems)
    return {
        "code": code,
        "name": name,
        "name_en": name_en,
        "window": window,
        "flags": json.dumps(flags),
        "categories": json.dumps(categories) if categories is not None else None,
        "sanction_kinds": json.dumps(sanction_kinds),
        "threshold": threshold,
        "kind": kind,
        "clause": clause,
    }


def save_rule(
    session: Session,
    rule_id: int | None,
    *,
    code: str,
    name: str,
    name_en: str = "",
    window: str = WEEK,
    flags: list[str] | None = None,
    categories: list[str] | None = None,
    sanction_kinds: list[str] | None = None,
    threshold: int = 2,
    kind: str = CRITICISM,
    clause: str = "",
    version: int | None = None,
) -> Rule:
    """Add a rule or change one (administrator). Entries it already proposed keep their evidence."""
    require(session, Permission.ADMIN)
    fields = _validate(
        code,
        name,
        name_en,
        window,
        flags or [],
        categories,
        sanction_kinds or [],
        threshold,
        kind,
        clause,
        rule_id,
    )
    with database.atomic():
        if rule_id is None:
            top = (
                SanctionRule.select(SanctionRule.sort_order).order_by(SanctionRule.sort_order.desc()).scalar()
                or 0
            )
            row = records.create(session.username, SanctionRule, sort_order=top + 10, **fields)
        else:
            row = records.update(session.username, SanctionRule, rule_id, version, fields)
    return _as_rule(row)


def set_retired(session: Session, rule_id: int, retired: bool, version: int | None = None) -> Rule:
    """Stop applying a rule (or apply it again); its past proposals stay in the ledger."""
    require(session, Permission.ADMIN)
    with database.atomic():
        row = records.update(
            session.username,
            SanctionRule,
            rule_id,
            version,
            {"retired": int(retired)},
            action="retire" if retired else "restore",
        )
    return _as_rule(row)
