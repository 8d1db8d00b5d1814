"""巡查记录 (rules R3-R5, evidence for R8): the duty leader's findings on the hall round.

A finding has a time, the inspector, a window and/or a person, a category
(data the administrator extends), a note and optionally a photo. Findings of
a category that counts toward the weekly rule R8 are counted; an off-post
(脱岗) finding while the person was on an approved temporary outing (or
approved leave) is kept as a note with the slip it is covered by, not counted,
and the inspector is told why. Counted off-post findings mark the session
they fall in as off post (``AttendanceSession.off_post``). Nothing is
deleted: a wrong finding is voided with a reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from peewee import JOIN, fn

from app import attendance, audit, leave, records, roster
from app.auth import Permission, Session, require
from app.errors import Problem, ValidationError
from app.i18n import language, translate
from app.schedule import HoursBook, minutes
from db.connection import database
from db.models import Inspection, InspectionCategory, LeaveKind, LeaveSlip, Staff, Unit, User, Window, utcnow

AM, PM = "AM", "PM"
MAX_NOTE = 500
MAX_PHOTO = 10 * 1024 * 1024
CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,29}$")
KEY_RE = re.compile(r"^[a-z0-9]$")
PHOTO_SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".bmp": (b"BM",),
    ".webp": (b"RIFF",),
}


# ---------------------------------------------------------------- categories


def categories(include_retired: bool = False) -> list[InspectionCategory]:
    q = InspectionCategory.select().order_by(InspectionCategory.sort_order, InspectionCategory.id)
    if not include_retired:
        q = q.where(InspectionCategory.retired == 0)
    return list(q)


def category_label(category: InspectionCategory) -> str:
    """The category's name in the reader's language (the Chinese name is the official one)."""
    return category.name if language() == "zh_CN" or not category.name_en else category.name_en


def _key_taken(key: str, exclude_id: int | None) -> InspectionCategory | None:
    q = InspectionCategory.select().where((InspectionCategory.key == key) & (InspectionCategory.retired == 0))
    if exclude_id is not None:
        q = q.where(InspectionCategory.id != exclude_id)
    return q.first()


def save_category(
    session: Session,
    category_id: int | None,
    code: str,
    name: str,
    name_en: str,
    counts: bool,
    positive: bool,
    off_post: bool,
    key: str,
    version: int | None = None,
) -> InspectionCategory:
    """Add a category (``category_id`` None) or change one; keys are unique among active categories."""
    require(session, Permission.ADMIN)
    code, name, name_en = (
        (code or "").strip().lower(),
        " ".join((name or "").split()),
        (name_en or "").strip(),
    )
    key = (key or "").strip().lower()
    problems: list[Problem] = []

    def bad(field: str, message: str) -> None:
        problems.append(Problem(message, field=field))

    if not CODE_RE.match(code):
        bad(
            "code", translate("Inspections", "A code is a-z, 0-9 and _, starting with a letter (at most 30).")
        )
    else:
        same = InspectionCategory.get_or_none(InspectionCategory.code == code)
        if same is not None and same.id != category_id:
            bad("code", translate("Inspections", "The code {code} is taken.").format(code=code))
    if not name or len(name) > 30:
        bad("name", translate("Inspections", "Give the Chinese name (at most 30 characters)."))
    if len(name_en) > 60:
        bad("name_en", translate("Inspections", "At most {n} characters.").format(n=60))
    if key:
        if not KEY_RE.match(key):
            bad("key", translate("Inspections", "The key is one letter or digit."))
        elif (other := _key_taken(key, category_id)) is not None:
            bad(
                "key",
                translate("Inspections", "The key {key} already chooses {name}.").format(
                    key=key, name=category_label(other)
                ),
            )
    if positive and (counts or off_post):
        bad("positive", translate("Inspections", "A commendation cannot count as a violation or off post."))
    if problems:
        raise ValidationError(problems)
    fields = {
        "code": code,
        "name": name,
        "name_en": name_en,
        "counts": int(bool(counts)),
        "positive": int(bool(positive)),
        "off_post": int(bool(off_post)),
        "key": key,
    }
    with database.atomic():
        if category_id is None:
            top = InspectionCategory.select(fn.MAX(InspectionCategory.sort_order)).scalar() or 0
            return records.create(session.username, InspectionCategory, sort_order=top + 10, **fields)
        current = records.get(InspectionCategory, category_id)
        fresh = records.update(
            session.username,
            InspectionCategory,
            category_id,
            version if version is not None else current.version,
            fields,
        )
        if (current.counts, current.off_post) != (fresh.counts, fresh.off_post):
            _recount(fresh)
    return fresh


def _recount(category: InspectionCategory) -> None:
    """A category now counts (or not): its findings follow, and their days are derived again."""
    Inspection.update(counted=category.counts).where(
        (Inspection.category == category.id) & Inspection.covered_by.is_null()
    ).execute()
    days = [
        d for (d,) in Inspection.select(Inspection.day).where(Inspection.category == category.id).tuples()
    ]
    attendance.invalidate_days(days)


def retire_category(session: Session, category_id: int, version: int | None = None) -> InspectionCategory:
    """Offer a category no more; its findings keep it."""
    require(session, Permission.ADMIN)
    with database.atomic():
        current = records.get(InspectionCategory, category_id)
        if current.retired:
            return current
        return records.update(
            session.username,
            InspectionCategory,
            category_id,
            version if version is not None else current.version,
            {"retired": 1},
            action="retire",
        )


# ---------------------------------------------------------------- finding the person


def _employed(person: Staff, day: dt.date) -> bool:
    return person.hire_date <= day and (person.left_on is None or day <= person.left_on)


def window_staff(window_id: int, day: dt.date) -> list[Staff]:
    """The people who staff a window on ``day``."""
    q = Staff.select().where(
        (Staff.window == window_id)
        & (Staff.hire_date <= day)
        & (Staff.left_on.is_null() | (Staff.left_on >= day))
    )
    return sorted(q, key=lambda s: (len(s.staff_no), s.staff_no))


def _window_by_text(text: str) -> Window | None:
    """A window by its number as typed: "05", or "5" for window 05."""
    found = Window.get_or_none(Window.number == text)
    if found is None and text.isdigit():
        found = next((w for w in Window.select() if w.number.isdigit() and int(w.number) == int(text)), None)
    return found


def find_person(text: str, session: Session | None = None) -> list[roster.StaffRow]:
    """Fast entry: the active staff of a window ("05"), else by name, staff number or pinyin."""
    query = "".join((text or "").split())
    if not query:
        return []
    people = roster.list_staff(session)
    window = _window_by_text(query)
    if window is not None:
        at_window = [p for p in people if p.window_id == window.id]
        if at_window:
            return at_window
    return [p for p in people if roster.matches(p, query)]


# ---------------------------------------------------------------- recording


def _read_photo(path: Path) -> bytes:
    suffix = path.suffix.lower()
    if suffix not in PHOTO_SIGNATURES:
        raise ValidationError(
            translate("Inspections", "{file} is not a photo: use JPEG, PNG, GIF, BMP or WebP.").format(
                file=path.name
            ),
            field="photo",
        )
    limit = MAX_PHOTO // 1024 // 1024
    try:
        if path.stat().st_size > MAX_PHOTO:
            raise ValidationError(
                translate("Inspections", "{file} is larger than {limit} MB.").format(
                    file=path.name, limit=limit
                ),
                field="photo",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            translate("FileImport", "The file {file} cannot be read: {reason}.").format(
                file=path, reason=exc.strerror or exc
            ),
            field="photo",
        ) from exc
    if len(data) > MAX_PHOTO:
        raise ValidationError(
            translate("Inspections", "{file} is larger than {limit} MB.").format(file=path.name, limit=limit),
            field="photo",
        )
    if not data.startswith(PHOTO_SIGNATURES[suffix]) or (suffix == ".webp" and data[8:12] != b"WEBP"):
        raise ValidationError(
            translate(
                "LeaveAttachment", "{file} is not really a {kind} file: its contents do not match its name."
            ).format(file=path.name, kind=suffix[1:].upper()),
            field="photo",
        )
    return data


def session_of(at: dt.datetime, book: HoursBook | None = None) -> str | None:
    """AM before the day's split b = midpoint(morning end, afternoon start), else PM; None without hours."""
    hours = (book or HoursBook())(at.date())
    if hours is None:
        return None
    return AM if 2 * (at.hour * 60 + at.minute) < hours.am_end + hours.pm_start else PM


def covering_slip(staff_id: int, at: dt.datetime) -> LeaveSlip | None:
    """An approved (or returned) outing covering ``at``, or approved leave covering its session."""
    day, minute = at.date(), at.hour * 60 + at.minute
    q = (
        LeaveSlip.select(LeaveSlip, LeaveKind)
        .join(LeaveKind)
        .where(
            (LeaveSlip.staff == staff_id)
            & LeaveSlip.status.in_(leave.COUNTS)
            & (LeaveSlip.start_day <= day)
            & (LeaveSlip.end_day >= day)
        )
        .order_by(LeaveSlip.id)
    )
    session = None
    for slip in q:
        if slip.kind.outing:
            if (
                slip.out_time
                and slip.back_time
                and minutes(slip.out_time) <= minute <= minutes(slip.back_time)
            ):
                return slip
        else:
            session = session or session_of(at)
            if (day, session) in leave.covered_sessions(slip):
                return slip
    return None


def _cover_warning(person: Staff, slip: LeaveSlip) -> str:
    if slip.kind.outing:
        return translate(
            "Inspections",
            "{name} was on an approved temporary outing (slip {id}, {out}–{back}): "
            "recorded as a note, not a violation",
        ).format(name=person.name, id=slip.id, out=slip.out_time, back=slip.back_time)
    return translate(
        "Inspections",
        "{name} was on approved leave (slip {id}, {kind}): recorded as a note, not a violation",
    ).format(name=person.name, id=slip.id, kind=slip.kind.name)


def _inspector(session: Session) -> User:
    user = User.get_or_none(User.id == session.user_id) if session.user_id is not None else None
    user = user or User.get_or_none(User.username == session.username)
    if user is None:
        raise ValidationError(translate("Inspections", "Findings are recorded under a user account."))
    return user


def _resolve(
    category: InspectionCategory, window_id: int | None, staff_id: int | None, day: dt.date
) -> tuple[Window | None, Staff | None, list[Problem]]:
    """The window and person of a finding; the person found from the window when only one staffs it."""
    problems: list[Problem] = []
    window = Window.get_or_none(Window.id == window_id) if window_id is not None else None
    if window_id is not None and (
        window is None or (window.retired_on is not None and window.retired_on <= day)
    ):
        problems.append(Problem(translate("Inspections", "Choose a window in use."), field="window"))
    person = Staff.get_or_none(Staff.id == staff_id) if staff_id is not None else None
    if staff_id is not None and (person is None or not _employed(person, day)):
        problems.append(
            Problem(translate("Inspections", "Choose a person employed on that day."), field="staff")
        )
    if problems:
        return window, person, problems
    candidates = window_staff(window.id, day) if window is not None and person is None else []
    if len(candidates) == 1:
        person = candidates[0]
    if person is not None and window is None and person.window_id is not None:
        window = Window.get_by_id(person.window_id)
    needs_person = bool(category.counts or category.off_post)
    if person is None and needs_person:
        if len(candidates) > 1:
            message = translate(
                "Inspections", "Window {window} is staffed by {names}: choose the person."
            ).format(window=window.number, names="、".join(p.name for p in candidates))
        else:
            message = translate("Inspections", "{category} is about a person: choose who.").format(
                category=category_label(category)
            )
        problems.append(Problem(message, field="staff"))
    elif person is None and window is None and not category.positive:
        problems.append(Problem(translate("Inspections", "Choose the window or the person."), field="window"))
    return window, person, problems


def record(
    session: Session,
    at: dt.datetime,
    category_id: int,
    window_id: int | None = None,
    staff_id: int | None = None,
    note: str = "",
    photo_path: str | os.PathLike | None = None,
    now: dt.datetime | None = None,
) -> tuple[Inspection, str | None]:
    """Record one finding; returns it with a warning for the inspector (or None).

    A counted off-post finding re-derives the person's day in the same transaction.
    """
    require(session, Permission.RECORD)
    now = now or dt.datetime.now()
    note = (note or "").strip()
    problems: list[Problem] = []
    if at > now:
        problems.append(
            Problem(translate("Inspections", "The time of a finding cannot be in the future."), "at")
        )
    if len(note) > MAX_NOTE:
        problems.append(
            Problem(translate("Inspections", "At most {n} characters.").format(n=MAX_NOTE), "note")
        )
    category = InspectionCategory.get_or_none(InspectionCategory.id == category_id)
    if category is None or category.retired:
        problems.append(Problem(translate("Inspections", "Choose a category in use."), field="category"))
        raise ValidationError(problems)
    window, person, found = _resolve(category, window_id, staff_id, at.date())
    problems += found
    if problems:
        raise ValidationError(problems)
    photo = _read_photo(Path(photo_path)) if photo_path else None
    inspector = _inspector(session)
    at = at.replace(microsecond=0)
    with database.atomic():
        slip = covering_slip(person.id, at) if person is not None and category.off_post else None
        item = Inspection.create(
            day=at.date(),
            at=at,
            inspector=inspector.id,
            window=window.id if window else None,
            staff=person.id if person else None,
            category=category.id,
            note=note,
            photo=photo,
            photo_name=Path(photo_path).name[-200:] if photo_path else "",
            covered_by=slip.id if slip else None,
            counted=0 if slip else category.counts,
        )
        after = audit.snapshot(item)
        after["photo"] = {"size": len(photo), "sha256": hashlib.sha256(photo).hexdigest()} if photo else None
        audit.record(session.username, "create", Inspection._meta.table_name, item.id, None, after)
        if person is not None:
            attendance.derive_days([item.day], staff_ids=[person.id])
    return item, (_cover_warning(person, slip) if slip else None)


def void(session: Session, inspection_id: int, reason: str, version: int | None = None) -> Inspection:
    """Withdraw a wrong finding with a reason; the person's day is derived again."""
    require(session, Permission.RECORD)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(translate("Inspections", "Give a reason."), field="reason")
    with database.atomic():
        item = records.get(Inspection, inspection_id)
        if item.voided_at is not None:
            raise ValidationError(translate("Inspections", "This finding has been voided already."))
        fresh = records.update(
            session.username,
            Inspection,
            inspection_id,
            version if version is not None else item.version,
            {"voided_at": utcnow(), "voided_by": session.username, "voided_reason": reason[:MAX_NOTE]},
            action="void",
        )
        if fresh.staff_id is not None:
            attendance.derive_days([fresh.day], staff_ids=[fresh.staff_id])
    return fresh


def photo(inspection_id: int) -> tuple[str, bytes] | None:
    """A finding's photo as (file name, bytes), or None."""
    item = records.get(Inspection, inspection_id)
    return (item.photo_name, bytes(item.photo)) if item.photo else None


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class InspectionRow:
    """A finding as lists, the duty log and the register show it."""

    id: int
    day: dt.date
    at: dt.datetime
    inspector: str
    window: str
    staff_id: int | None
    staff_no: str
    name: str
    unit: str
    category_id: int
    category: str  # the Chinese name
    category_en: str
    counts: bool
    positive: bool
    off_post: bool
    covered_by: int | None
    counted: bool
    note: str
    has_photo: bool
    voided: bool
    version: int

    @property
    def category_label(self) -> str:
        return self.category if language() == "zh_CN" or not self.category_en else self.category_en

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "at": self.at.isoformat(timespec="minutes"),
            "inspector": self.inspector,
            "window": self.window,
            "staff_no": self.staff_no,
            "name": self.name,
            "unit": self.unit,
            "category": self.category,
            "counted": self.counted,
            "covered_by": self.covered_by,
            "note": self.note,
            "voided": self.voided,
        }


def list_inspections(
    day: dt.date | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    staff_id: int | None = None,
    include_voided: bool = False,
) -> list[InspectionRow]:
    """Findings of a day, a period or a person, in time order."""
    window_unit = Unit.alias()
    q = (
        Inspection.select(
            Inspection.id,
            Inspection.day,
            Inspection.at,
            Inspection.staff,
            Inspection.category,
            Inspection.covered_by,
            Inspection.counted,
            Inspection.note,
            Inspection.photo.is_null(False).alias("has_photo"),
            Inspection.voided_at,
            Inspection.version,
            User.display_name,
            User.username,
            Window.number.alias("window_number"),
            Staff.staff_no,
            Staff.name.alias("staff_name"),
            Unit.name.alias("unit_name"),
            window_unit.name.alias("window_unit"),
            InspectionCategory.name.alias("cat_name"),
            InspectionCategory.name_en.alias("cat_en"),
            InspectionCategory.counts,
            InspectionCategory.positive,
            InspectionCategory.off_post,
        )
        .join(User, on=(Inspection.inspector == User.id))
        .switch(Inspection)
        .join(InspectionCategory, on=(Inspection.category == InspectionCategory.id))
        .switch(Inspection)
        .join(Window, JOIN.LEFT_OUTER, on=(Inspection.window == Window.id))
        .join(window_unit, JOIN.LEFT_OUTER, on=(Window.unit == window_unit.id))
        .switch(Inspection)
        .join(Staff, JOIN.LEFT_OUTER, on=(Inspection.staff == Staff.id))
        .join(Unit, JOIN.LEFT_OUTER, on=(Staff.unit == Unit.id))
        .order_by(Inspection.at, Inspection.id)
    )
    if day is not None:
        q = q.where(Inspection.day == day)
    if start is not None:
        q = q.where(Inspection.day >= start)
    if end is not None:
        q = q.where(Inspection.day <= end)
    if staff_id is not None:
        q = q.where(Inspection.staff == staff_id)
    if not include_voided:
        q = q.where(Inspection.voided_at.is_null())
    return [
        InspectionRow(
            id=r["id"],
            day=r["day"],
            at=r["at"],
            inspector=r["display_name"] or r["username"],
            window=r["window_number"] or "",
            staff_id=r["staff"],
            staff_no=r["staff_no"] or "",
            name=r["staff_name"] or "",
            unit=r["unit_name"] or r["window_unit"] or "",
            category_id=r["category"],
            category=r["cat_name"],
            category_en=r["cat_en"],
            counts=bool(r["counts"]),
            positive=bool(r["positive"]),
            off_post=bool(r["off_post"]),
            covered_by=r["covered_by"],
            counted=bool(r["counted"]),
            note=r["note"],
            has_photo=bool(r["has_photo"]),
            voided=r["voided_at"] is not None,
            version=r["version"],
        )
        for r in q.dicts()
    ]


def off_post_sessions(
    days: Iterable[dt.date], staff_ids: Iterable[int] | None
) -> set[tuple[int, dt.date, str]]:
    """(staff, day, "AM"/"PM") of counted, not voided off-post findings, for the derivation."""
    days = set(days)
    if not days:
        return set()
    q = (
        Inspection.select(Inspection.staff, Inspection.at)
        .join(InspectionCategory)
        .where(
            (InspectionCategory.off_post == 1)
            & (Inspection.counted == 1)
            & Inspection.voided_at.is_null()
            & Inspection.staff.is_null(False)
            & (Inspection.day >= min(days))
            & (Inspection.day <= max(days))
        )
    )
    if staff_ids is not None:
        q = q.where(Inspection.staff.in_(list(staff_ids)))
    book = HoursBook()
    out: set[tuple[int, dt.date, str]] = set()
    for staff_id, at in q.tuples():
        if at.date() in days and (session := session_of(at, book)) is not None:
            out.add((staff_id, at.date(), session))
    return out


def restore_category(session: Session, category_id: int, version: int | None = None) -> InspectionCategory:
    """Offer a retired category again; its key must not choose another category in use meanwhile."""
    require(session, Permission.ADMIN)
    with database.atomic():
        current = records.get(InspectionCategory, category_id)
        if not current.retired:
            return current
        if current.key and (other := _key_taken(current.key, category_id)) is not None:
            raise ValidationError(
                translate("Inspections", "The key {key} already chooses {name}.").format(
                    key=current.key, name=category_label(other)
                ),
                field="key",
            )
        return records.update(
            session.username,
            InspectionCategory,
            category_id,
            version if version is not None else current.version,
            {"retired": 0},
            action="restore",
        )
