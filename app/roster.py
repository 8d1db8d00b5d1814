"""The staff roster: units, windows and the people who staff them.

Nobody is ever deleted: a person leaves (离职) with a date and reason, a unit or
window is retired. Phone numbers are shown masked to roles without the
``read_contact`` permission.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from peewee import JOIN, fn

from app import i18n, records
from app.auth import Permission, Session, require
from app.errors import Problem, ValidationError
from app.fields import field_label  # noqa: F401  (re-exported for the roster's callers)
from app.i18n import translate
from app.pinyin import key_matches, pinyin_key
from app.tabular import CONTROL_RE, FIRST_YEAR
from db.connection import database
from db.models import Staff, Unit, Window

MAX_NAME = 50
MAX_STAFF_NO = 20
MAX_UNIT_NAME = 100
MAX_WINDOW_NUMBER = 20
MAX_TEXT = 500

# ASCII digits only, and \Z, not $: "$" also matches before a final line break, and
# \d takes any script's digits; either would store a number no phone can dial.
STAFF_NO_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*\Z")
MOBILE_RE = re.compile(r"^1[3-9][0-9]{9}\Z")
LANDLINE_RE = re.compile(r"^(0[0-9]{2,3}-?)?[2-9][0-9]{6,7}(-[0-9]{1,6})?\Z")


def today() -> dt.date:
    return dt.date.today()


def _control_characters() -> str:
    # Pasted text may carry NUL and other control codes: PostgreSQL refuses
    # NUL outright, and none of them belongs in a name, number or note.
    return translate("Roster", "This text holds control characters. Remove them and try again.")


# ---------------------------------------------------------------- read models


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    sort_order: int
    retired_on: dt.date | None
    version: int
    active_staff: int = 0

    @property
    def retired(self) -> bool:
        return self.retired_on is not None


@dataclass(frozen=True)
class WindowRow:
    id: int
    number: str
    title: str
    unit_id: int
    unit_name: str
    retired_on: dt.date | None
    version: int

    @property
    def retired(self) -> bool:
        return self.retired_on is not None

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}".strip()


@dataclass(frozen=True)
class StaffRow:
    """One line of the roster as a list shows it."""

    id: int
    staff_no: str
    name: str
    pinyin: str
    unit_id: int
    unit_name: str
    window_id: int | None
    window_number: str
    position: str
    mobile: str
    hire_date: dt.date
    trained_on: dt.date | None
    left_on: dt.date | None
    left_reason: str
    note: str
    version: int

    def active_on(self, day: dt.date) -> bool:
        return self.left_on is None or self.left_on > day

    @property
    def active(self) -> bool:
        return self.active_on(today())


@dataclass
class StaffInput:
    """What the editor or an import row supplies for one person."""

    staff_no: str = ""
    name: str = ""
    unit_id: int | None = None
    window_id: int | None = None
    position: str = ""
    mobile: str = ""
    hire_date: dt.date | None = None
    trained_on: dt.date | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)


def mask_mobile(number: str) -> str:
    """138****5678 for mobiles; the last four digits for other numbers."""
    if not number:
        return ""
    digits = number.replace(" ", "")
    if MOBILE_RE.match(digits):
        return digits[:3] + "****" + digits[-4:]
    return "*" * max(len(digits) - 4, 0) + digits[-4:]


# ---------------------------------------------------------------- units


def list_units(include_retired: bool = False) -> list[UnitRow]:
    from peewee import Case

    day = today()
    active = fn.SUM(
        Case(None, [((Staff.id.is_null(False)) & (Staff.left_on.is_null() | (Staff.left_on > day)), 1)], 0)
    )
    query = (
        Unit.select(Unit, active.alias("active_staff"))
        .join(Staff, JOIN.LEFT_OUTER, on=(Staff.unit == Unit.id))
        .group_by(Unit.id)
        .order_by(Unit.sort_order, Unit.name)
    )
    if not include_retired:
        query = query.where(Unit.retired_on.is_null())
    return [
        UnitRow(u.id, u.name, u.sort_order, u.retired_on, u.version, int(u.active_staff or 0)) for u in query
    ]


def _unit_name(name: str, exclude_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(translate("Roster", "A unit needs a name."), field="name")
    if len(name) > MAX_UNIT_NAME:
        raise ValidationError(
            translate("Roster", "A unit name has at most {n} characters.").format(n=MAX_UNIT_NAME),
            field="name",
        )
    if CONTROL_RE.search(name):
        raise ValidationError(_control_characters(), field="name")
    clash = Unit.select().where(Unit.name == name)
    if exclude_id is not None:
        clash = clash.where(Unit.id != exclude_id)
    if clash.exists():
        raise ValidationError(
            translate("Roster", "There is already a unit called '{name}'.").format(name=name), field="name"
        )
    return name


def add_unit(session: Session, name: str) -> Unit:
    require(session, Permission.ROSTER)
    with database.atomic():
        name = _unit_name(name)
        order = (Unit.select().count() + 1) * 10
        return records.create(session.username, Unit, name=name, sort_order=order)


def rename_unit(session: Session, unit_id: int, name: str, version: int) -> Unit:
    require(session, Permission.ROSTER)
    with database.atomic():
        return records.update(session.username, Unit, unit_id, version, {"name": _unit_name(name, unit_id)})


def retire_unit(session: Session, unit_id: int, reason: str, version: int) -> Unit:
    """Retire a unit that no longer staffs windows (its people and windows moved first)."""
    require(session, Permission.ROSTER)
    with database.atomic():
        unit = records.get(Unit, unit_id)
        day = today()
        staff = [
            s.name
            for s in Staff.select(Staff.name).where(
                (Staff.unit == unit_id) & (Staff.left_on.is_null() | (Staff.left_on > day))
            )
        ]
        if staff:
            raise ValidationError(
                translate(
                    "Roster",
                    "{unit} still has active staff: {names}. Move them or record their leaving first.",
                ).format(unit=unit.name, names="、".join(staff[:10]) + ("…" if len(staff) > 10 else ""))
            )
        windows = [
            w.number
            for w in Window.select(Window.number).where(
                (Window.unit == unit_id) & Window.retired_on.is_null()
            )
        ]
        if windows:
            raise ValidationError(
                translate(
                    "Roster", "{unit} still has windows in use: {numbers}. Retire or move them first."
                ).format(unit=unit.name, numbers=i18n.join(windows))
            )
        return records.update(
            session.username,
            Unit,
            unit_id,
            version,
            {"retired_on": day, "retired_reason": _reason(reason)},
            action="retire",
        )


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(translate("Roster", "Give a reason."), field="reason")
    if len(reason) > MAX_TEXT:
        raise ValidationError(
            translate("Roster", "At most {n} characters.").format(n=MAX_TEXT), field="reason"
        )
    if CONTROL_RE.search(reason):
        raise ValidationError(_control_characters(), field="reason")
    return reason


# ---------------------------------------------------------------- windows


def list_windows(unit_id: int | None = None, include_retired: bool = False) -> list[WindowRow]:
    query = Window.select(Window, Unit.name.alias("unit_name")).join(Unit).order_by(Window.number)
    if unit_id is not None:
        query = query.where(Window.unit == unit_id)
    if not include_retired:
        query = query.where(Window.retired_on.is_null())
    return [
        WindowRow(r["id"], r["number"], r["title"], r["unit"], r["unit_name"], r["retired_on"], r["version"])
        for r in query.dicts()
    ]


def _window_fields(unit_id: int | None, number: str, title: str, exclude_id: int | None = None) -> dict:
    problems = []
    number = number.strip().upper()
    title = " ".join((title or "").split())
    if not number:
        problems.append(Problem(translate("Roster", "A window needs a number."), field="number"))
    elif len(number) > MAX_WINDOW_NUMBER:
        problems.append(
            Problem(
                translate("Roster", "At most {n} characters.").format(n=MAX_WINDOW_NUMBER), field="number"
            )
        )
    elif CONTROL_RE.search(number):
        problems.append(Problem(_control_characters(), field="number"))
    else:
        clash = Window.select().where(Window.number == number)
        if exclude_id is not None:
            clash = clash.where(Window.id != exclude_id)
        if clash.exists():
            problems.append(
                Problem(
                    translate("Roster", "Window {number} exists already.").format(number=number),
                    field="number",
                )
            )
    if len(title) > MAX_UNIT_NAME:
        problems.append(
            Problem(translate("Roster", "At most {n} characters.").format(n=MAX_UNIT_NAME), field="title")
        )
    elif CONTROL_RE.search(title):
        problems.append(Problem(_control_characters(), field="title"))
    unit = Unit.get_or_none(Unit.id == unit_id) if unit_id is not None else None
    if unit is None:
        problems.append(Problem(translate("Roster", "Choose the unit the window belongs to."), field="unit"))
    elif unit.retired_on is not None:
        problems.append(
            Problem(translate("Roster", "{unit} is retired.").format(unit=unit.name), field="unit")
        )
    if problems:
        raise ValidationError(problems)
    return {"unit": unit_id, "number": number, "title": title}


def add_window(session: Session, unit_id: int, number: str, title: str = "") -> Window:
    require(session, Permission.ROSTER)
    with database.atomic():
        return records.create(session.username, Window, **_window_fields(unit_id, number, title))


def edit_window(
    session: Session, window_id: int, unit_id: int, number: str, title: str, version: int
) -> Window:
    """Renumber, retitle or move a window to another unit (its staff must belong there)."""
    require(session, Permission.ROSTER)
    with database.atomic():
        fields = _window_fields(unit_id, number, title, exclude_id=window_id)
        current = records.get(Window, window_id)
        if current.unit_id != unit_id:
            others = _active_staff_at(window_id)
            if others:
                raise ValidationError(
                    translate(
                        "Roster",
                        "Window {number} is staffed by {names}, who belong to {unit}, not to the "
                        "chosen unit. Reassign them first.",
                    ).format(number=current.number, names="、".join(others), unit=current.unit.name),
                    field="unit",
                )
        return records.update(session.username, Window, window_id, version, fields)


def _active_staff_at(window_id: int) -> list[str]:
    day = today()
    return [
        s.name
        for s in Staff.select(Staff.name).where(
            (Staff.window == window_id) & (Staff.left_on.is_null() | (Staff.left_on > day))
        )
    ]


def retire_window(session: Session, window_id: int, reason: str, version: int) -> Window:
    require(session, Permission.ROSTER)
    with database.atomic():
        window = records.get(Window, window_id)
        names = _active_staff_at(window_id)
        if names:
            raise ValidationError(
                translate(
                    "Roster", "Window {number} is still staffed by {names}. Assign them elsewhere first."
                ).format(number=window.number, names="、".join(names))
            )
        return records.update(
            session.username,
            Window,
            window_id,
            version,
            {"retired_on": today(), "retired_reason": _reason(reason)},
            action="retire",
        )


# ---------------------------------------------------------------- staff


def _staff_query():
    return (
        Staff.select(
            Staff.id,
            Staff.staff_no,
            Staff.name,
            Staff.pinyin,
            Staff.unit,
            Unit.name.alias("unit_name"),
            Staff.window,
            Window.number.alias("window_number"),
            Staff.position,
            Staff.mobile,
            Staff.hire_date,
            Staff.trained_on,
            Staff.left_on,
            Staff.left_reason,
            Staff.note,
            Staff.version,
        )
        .join(Unit, on=(Staff.unit == Unit.id))
        .switch(Staff)
        .join(Window, JOIN.LEFT_OUTER, on=(Staff.window == Window.id))
    )


def _row(r: dict, show_contact: bool) -> StaffRow:
    return StaffRow(
        id=r["id"],
        staff_no=r["staff_no"],
        name=r["name"],
        pinyin=r["pinyin"],
        unit_id=r["unit"],
        unit_name=r["unit_name"],
        window_id=r["window"],
        window_number=r["window_number"] or "",
        position=r["position"],
        mobile=r["mobile"] if show_contact else mask_mobile(r["mobile"]),
        hire_date=r["hire_date"],
        trained_on=r["trained_on"],
        left_on=r["left_on"],
        left_reason=r["left_reason"],
        note=r["note"],
        version=r["version"],
    )


def list_staff(
    session: Session | None,
    unit_id: int | None = None,
    status: str = "active",
    on: dt.date | None = None,
) -> list[StaffRow]:
    """The roster in unit, window, staff-number order.

    ``status`` is ``active``, ``left`` or ``all``; "active" means not left on
    ``on`` (default today). Mobiles are masked unless ``session`` may read
    contact data.
    """
    day = on or today()
    # Windows in number order with the unassigned last; staff numbers by length
    # first so that 9 comes before 10 (natural order for numbered series).
    query = _staff_query().order_by(
        Unit.sort_order,
        Unit.name,
        Window.number.asc(nulls="LAST"),
        fn.LENGTH(Staff.staff_no),
        Staff.staff_no,
    )
    if unit_id is not None:
        query = query.where(Staff.unit == unit_id)
    if status == "active":
        query = query.where(Staff.left_on.is_null() | (Staff.left_on > day))
    elif status == "left":
        query = query.where(Staff.left_on.is_null(False) & (Staff.left_on <= day))
    show = session is not None and session.can(Permission.READ_CONTACT)
    return [_row(r, show) for r in query.dicts()]


def count_staff(status: str = "active", on: dt.date | None = None) -> int:
    """How many people ``list_staff`` would list for ``status`` (one COUNT query)."""
    day = on or today()
    query = Staff.select()
    if status == "active":
        query = query.where(Staff.left_on.is_null() | (Staff.left_on > day))
    elif status == "left":
        query = query.where(Staff.left_on.is_null(False) & (Staff.left_on <= day))
    return query.count()


def get_staff(session: Session | None, staff_id: int) -> StaffRow:
    row = _staff_query().where(Staff.id == staff_id).dicts().first()
    if row is None:
        records.get(Staff, staff_id)  # raises NotFound
    show = session is not None and session.can(Permission.READ_CONTACT)
    return _row(row, show)


def matches(row: StaffRow, query: str) -> bool:
    """The roster search: name, staff number, window number, or pinyin (张三 ← "zs", "zhangs")."""
    q = "".join(query.split()).lower()
    if not q:
        return True
    return (
        q in row.name.lower()
        or q in row.staff_no.lower()
        or (bool(row.window_number) and q == row.window_number.lower())
        or key_matches(row.pinyin, q)
    )


def search(rows: list[StaffRow], query: str) -> list[StaffRow]:
    return [r for r in rows if matches(r, query)]


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def validate_staff(data: StaffInput, staff_id: int | None = None) -> list[Problem]:
    """Every problem with ``data`` (empty when it can be saved)."""
    problems: list[Problem] = []

    def bad(field_name: str, message: str) -> None:
        problems.append(Problem(message, field=field_name))

    staff_no = (data.staff_no or "").strip()
    if not staff_no:
        bad("staff_no", translate("Roster", "A staff number is required."))
    elif len(staff_no) > MAX_STAFF_NO:
        bad("staff_no", translate("Roster", "At most {n} characters.").format(n=MAX_STAFF_NO))
    elif not STAFF_NO_RE.match(staff_no):
        bad("staff_no", translate("Roster", "Use letters, digits, '-' and '_' only."))
    else:
        clash = Staff.select(Staff.name).where(Staff.staff_no == staff_no)
        if staff_id is not None:
            clash = clash.where(Staff.id != staff_id)
        other = clash.first()
        if other is not None:
            bad(
                "staff_no",
                translate("Roster", "Staff number {no} is already used by {name}.").format(
                    no=staff_no, name=other.name
                ),
            )

    name = _clean(data.name)
    if not name:
        bad("name", translate("Roster", "A name is required."))
    elif len(name) > MAX_NAME:
        bad(
            "name",
            translate("Roster", "A name has at most {n} characters (this one has {m}).").format(
                n=MAX_NAME, m=len(name)
            ),
        )

    day = today()
    if data.hire_date is None:
        bad("hire_date", translate("Roster", "The hire date is required."))
    elif data.hire_date > day:
        bad("hire_date", translate("Roster", "The hire date cannot be in the future."))
    elif data.hire_date.year < FIRST_YEAR:
        bad("hire_date", translate("Roster", "Enter a date from {year} on.").format(year=FIRST_YEAR))
    if data.trained_on is not None and data.trained_on > day:
        bad("trained_on", translate("Roster", "The training date cannot be in the future."))
    elif data.trained_on is not None and data.trained_on.year < FIRST_YEAR:
        bad("trained_on", translate("Roster", "Enter a date from {year} on.").format(year=FIRST_YEAR))

    mobile = (data.mobile or "").replace(" ", "")
    if mobile and not (MOBILE_RE.match(mobile) or LANDLINE_RE.match(mobile)):
        bad(
            "mobile",
            translate("Roster", "Enter an 11-digit mobile number or a landline such as 0376-6221234."),
        )

    if len(data.position or "") > MAX_NAME:
        bad("position", translate("Roster", "At most {n} characters.").format(n=MAX_NAME))
    if len(data.note or "") > MAX_TEXT:
        bad("note", translate("Roster", "At most {n} characters.").format(n=MAX_TEXT))
    # The staff number and the phone must match their patterns, which refuse these already.
    for key, text in (("name", name), ("position", data.position), ("note", data.note)):
        if CONTROL_RE.search(text or ""):
            bad(key, _control_characters())

    unit = Unit.get_or_none(Unit.id == data.unit_id) if data.unit_id is not None else None
    if unit is None:
        bad("unit", translate("Roster", "Choose the person's unit."))
    elif unit.retired_on is not None:
        bad("unit", translate("Roster", "{unit} is retired.").format(unit=unit.name))

    if data.window_id is not None:
        window = Window.get_or_none(Window.id == data.window_id)
        if window is None or window.retired_on is not None:
            bad("window", translate("Roster", "That window is not in use."))
        elif unit is not None and window.unit_id != unit.id:
            bad(
                "window",
                translate("Roster", "Window {number} belongs to another unit.").format(number=window.number),
            )
        if data.trained_on is None:
            bad(
                "window",
                translate(
                    "Roster",
                    "Only someone who has passed pre-job training may staff a window: "
                    "enter the training date first.",
                ),
            )
    return problems


def staff_fields(data: StaffInput) -> dict:
    """The stored form of an input: names tidied, pinyin keys computed, numbers without spaces."""
    name = _clean(data.name)
    return {
        "staff_no": data.staff_no.strip(),
        "name": name,
        "pinyin": pinyin_key(name),
        "unit": data.unit_id,
        "window": data.window_id,
        "position": _clean(data.position),
        "mobile": (data.mobile or "").replace(" ", ""),
        "hire_date": data.hire_date,
        "trained_on": data.trained_on,
        "note": (data.note or "").strip(),
    }


def add_staff(session: Session, data: StaffInput) -> Staff:
    require(session, Permission.ROSTER)
    with database.atomic():
        problems = validate_staff(data)
        if problems:
            raise ValidationError(problems)
        person = records.create(session.username, Staff, **staff_fields(data))
        _dates_changed(person.id)  # days already derived now include them
        return person


def update_staff(session: Session, staff_id: int, data: StaffInput, version: int) -> Staff:
    """Save an edit; a person who has left keeps their leaving record."""
    require(session, Permission.ROSTER)
    with database.atomic():
        current = records.get(Staff, staff_id)
        if not session.can(Permission.READ_CONTACT) and data.mobile == mask_mobile(current.mobile):
            data.mobile = current.mobile  # a masked number shown in the editor is not a change
        problems = validate_staff(data, staff_id)
        if problems:
            raise ValidationError(problems)
        saved = records.update(session.username, Staff, staff_id, version, staff_fields(data))
        if saved.hire_date != current.hire_date:
            _dates_changed(staff_id)
        return saved


def _dates_changed(staff_id: int) -> None:
    """Sessions run between hire and leaving dates: the person's attendance is derived again."""
    from app import attendance

    attendance.rederive_people([staff_id])


def record_leaving(
    session: Session, staff_id: int, left_on: dt.date | None, reason: str, version: int
) -> Staff:
    """离职: the person keeps every record and drops out of the active roster from that date."""
    require(session, Permission.ROSTER)
    with database.atomic():
        person = records.get(Staff, staff_id)
        problems = []
        if left_on is None:
            problems.append(Problem(translate("Roster", "Enter the leaving date."), field="left_on"))
        elif left_on < person.hire_date:
            problems.append(
                Problem(
                    translate("Roster", "The leaving date is before the hire date ({date}).").format(
                        date=person.hire_date.isoformat()
                    ),
                    field="left_on",
                )
            )
        elif left_on > today() + dt.timedelta(days=366):
            problems.append(
                Problem(translate("Roster", "The leaving date is more than a year ahead."), field="left_on")
            )
        if person.left_on is not None:
            problems.append(
                Problem(
                    translate("Roster", "{name} left on {date} already.").format(
                        name=person.name, date=person.left_on.isoformat()
                    )
                )
            )
        try:
            reason = _reason(reason)
        except ValidationError as err:
            problems.extend(Problem(p.message, field="left_reason") for p in err.problems)
        if problems:
            raise ValidationError(problems)
        saved = records.update(
            session.username,
            Staff,
            staff_id,
            version,
            {"left_on": left_on, "left_reason": reason},
            action="leave",
        )
        _dates_changed(staff_id)
        return saved


def undo_leaving(session: Session, staff_id: int, version: int) -> Staff:
    """Take back a leaving recorded by mistake (the trail keeps both steps)."""
    require(session, Permission.ROSTER)
    with database.atomic():
        saved = records.update(
            session.username,
            Staff,
            staff_id,
            version,
            {"left_on": None, "left_reason": ""},
            action="reinstate",
        )
        _dates_changed(staff_id)
        return saved
