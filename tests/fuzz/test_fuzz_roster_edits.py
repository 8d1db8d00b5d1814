"""Roster edits with generated values never crash and never half-save.

A run of edits (units, windows, staff: add, edit, retire, leave, reinstate)
with names, staff numbers, dates, phone numbers and window numbers drawn from
anything at all: each edit is saved as the roster promises to save it, or
refused with the app's own error, the roster exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from app import auth, i18n, roster
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.roster import StaffInput
from db.models import Staff, Unit, Window
from tests.conftest import make_user
from tests.fuzz.helpers import (
    FUZZ,
    LANGUAGES,
    State,
    assert_storable,
    attempt,
    refused_cleanly,
    rolled_back,
    state,
)

ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
NAMES = st.one_of(
    st.sampled_from(
        [
            "张三",
            " 欧阳  娜娜 ",
            "O'Brien",
            "\u3000张三\u3000",
            "张\x00三",
            "😀" * 10,
            "\u200b",
            "\u202e三张",
            "",
            "  ",
        ]
    ),
    st.sampled_from(["x" * 50, "x" * 51, "张" * 50, "张" * 51, "a\tb\nc"]),
    ANY_TEXT,
)
STAFF_NOS = st.one_of(
    st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_-]{0,19}", fullmatch=True),
    st.sampled_from(
        [
            "1001",
            "0012",
            "12",
            " 1001 ",
            "1001\n",
            "A" * 20,
            "A" * 21,
            "",
            "１２３",
            "-1",
            "a b",
            "10\x0001",
            "_1",
        ]
    ),
    ANY_TEXT,
)
PHONES = st.one_of(
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    st.sampled_from(
        [
            "",
            "13812345678",
            "0376-6221234",
            "138 1234 5678",
            "13812345678\n",
            "0376-62212345-123456\n",
            "0376-62212345-123456",
            "１３８１２３４５６７８",
            "13٨١٢٣٤٥٦٧٨",  # Arabic-Indic digits after "13"
            "138****5678",
            "+8613812345678",
        ]
    ),
    ANY_TEXT,
)
TODAY = dt.date.today()
DATES = st.one_of(
    st.none(),
    st.dates(dt.date(1990, 1, 1), TODAY),
    st.dates(TODAY, TODAY + dt.timedelta(days=400)),
    st.dates(),  # year 1 to 9999
)
WINDOW_NUMBERS = st.one_of(
    st.sampled_from(
        ["A01", "a01", " b02 ", "C1", "ß" * 10, "ß" * 11, "ﬀ" * 10, "W" * 21, "", "A01\x00", "A\n"]
    ),
    ANY_TEXT,
)
UNIT_NAMES = st.one_of(
    st.sampled_from(
        ["社会保险服务中心", " 新  单位 ", "单" * 100, "单" * 101, "", "单位\x00", "就业服务中心"]
    ),
    ANY_TEXT,
)
REASONS = st.one_of(st.sampled_from(["调动", "", "  ", "x" * 500, "x" * 501, "退休\x00"]), ANY_TEXT)
BOGUS_IDS = st.sampled_from([0, -1, 10**9])
EXPECTED = (ValidationError, ConflictError, NotFound)


@pytest.fixture
def hall(manager) -> auth.Session:
    """Two units with a window each; 1001 at A01, 0012 with a mobile, 2001 who has left."""
    si = roster.add_unit(manager, "社会保险服务中心")
    jy = roster.add_unit(manager, "就业服务中心")
    a01 = roster.add_window(manager, si.id, "A01")
    roster.add_window(manager, jy.id, "B01", "就业登记")
    hired = dt.date(2021, 3, 1)
    roster.add_staff(manager, StaffInput("1001", "张三", si.id, a01.id, hire_date=hired, trained_on=hired))
    roster.add_staff(manager, StaffInput("0012", "李四", si.id, hire_date=hired, mobile="13812345678"))
    gone = roster.add_staff(manager, StaffInput("2001", "王五", jy.id, hire_date=hired))
    roster.record_leaving(manager, gone.id, dt.date(2024, 6, 30), "调动", gone.version)
    return manager


def _pick(draw: Callable, model: type, bogus: bool = True) -> Any:
    """An existing record, or now and then an id that does not exist."""
    ids = [r.id for r in model.select(model.id).order_by(model.id)]
    choices = st.sampled_from(ids) if ids else BOGUS_IDS
    return draw(st.one_of(choices, choices, choices, BOGUS_IDS) if bogus else choices)


def _version(draw: Callable, model: type, row_id: int) -> int:
    """The version the editor read: mostly the current one, sometimes stale (someone saved meanwhile)."""
    row = model.get_or_none(model.id == row_id)
    current = row.version if row is not None else 1
    return current + draw(st.sampled_from([0, 0, 0, -1, 1]))


def _staff_input(draw: Callable) -> StaffInput:
    unit = _pick(draw, Unit)
    window = draw(st.one_of(st.none(), st.just(_pick(draw, Window))))
    return StaffInput(
        staff_no=draw(STAFF_NOS),
        name=draw(NAMES),
        unit_id=draw(st.one_of(st.just(unit), st.none())),
        window_id=window,
        position=draw(st.one_of(st.sampled_from(["", "科员", "x" * 51]), ANY_TEXT)),
        mobile=draw(PHONES),
        hire_date=draw(DATES),
        trained_on=draw(DATES),
        note=draw(st.one_of(st.sampled_from(["", "=1+1", "x" * 501, "多行\n备注"]), ANY_TEXT)),
    )


# Stored forms the roster promises (roster.validate_staff): ASCII staff numbers and phone numbers.
STAFF_NO_STORED = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,19}")
MOBILE_STORED = re.compile(r"1[3-9][0-9]{9}|(0[0-9]{2,3}-?)?[2-9][0-9]{6,7}(-[0-9]{1,6})?")


def _check_staff(person: Staff, data: StaffInput) -> None:
    """A saved person is stored as the editor's input, tidied, within the roster's rules."""
    assert person.staff_no == data.staff_no.strip()
    assert STAFF_NO_STORED.fullmatch(person.staff_no), person.staff_no
    assert person.name == " ".join(data.name.split()) and 0 < len(person.name) <= roster.MAX_NAME
    assert person.mobile == "" or MOBILE_STORED.fullmatch(person.mobile), repr(person.mobile)
    assert person.hire_date is not None and person.hire_date <= dt.date.today()
    if person.window_id is not None:
        assert person.trained_on is not None
        assert Window.get_by_id(person.window_id).unit_id == person.unit_id


def _edit(draw: Callable, session: auth.Session) -> tuple[str, Callable[[], Any], Callable[[Any], None]]:
    """One edit: its name, the call, and the check of what it saved."""
    what = draw(
        st.sampled_from(
            [
                "add_staff",
                "add_staff",
                "update_staff",
                "update_staff",
                "record_leaving",
                "undo_leaving",
                "add_unit",
                "rename_unit",
                "retire_unit",
                "add_window",
                "edit_window",
                "retire_window",
            ]
        ),
        label="edit",
    )
    if what == "add_staff":
        data = _staff_input(draw)
        return what, lambda: roster.add_staff(session, data), lambda saved: _check_staff(saved, data)
    if what == "update_staff":
        staff_id = _pick(draw, Staff)
        data, version = _staff_input(draw), _version(draw, Staff, staff_id)
        return (
            what,
            lambda: roster.update_staff(session, staff_id, data, version),
            lambda saved: _check_staff(saved, data),
        )
    if what == "record_leaving":
        staff_id = _pick(draw, Staff)
        day, reason, version = draw(DATES), draw(REASONS), _version(draw, Staff, staff_id)

        def left(saved: Staff) -> None:
            assert saved.left_on == day and saved.left_reason == reason.strip()
            assert day is not None and day >= saved.hire_date

        return what, lambda: roster.record_leaving(session, staff_id, day, reason, version), left
    if what == "undo_leaving":
        staff_id = _pick(draw, Staff)
        version = _version(draw, Staff, staff_id)

        def back(saved: Staff) -> None:
            assert saved.left_on is None and saved.left_reason == ""

        return what, lambda: roster.undo_leaving(session, staff_id, version), back
    if what in ("add_unit", "rename_unit"):
        name = draw(UNIT_NAMES)

        def named(saved: Unit) -> None:
            assert saved.name == " ".join(name.split()) and 0 < len(saved.name) <= roster.MAX_UNIT_NAME

        if what == "add_unit":
            return what, lambda: roster.add_unit(session, name), named
        unit_id = _pick(draw, Unit)
        version = _version(draw, Unit, unit_id)
        return what, lambda: roster.rename_unit(session, unit_id, name, version), named
    if what == "retire_unit":
        unit_id = _pick(draw, Unit)
        reason, version = draw(REASONS), _version(draw, Unit, unit_id)
        return what, lambda: roster.retire_unit(session, unit_id, reason, version), _retired(reason)
    if what in ("add_window", "edit_window"):
        unit_id = _pick(draw, Unit)
        number, title = draw(WINDOW_NUMBERS), draw(st.one_of(st.just(""), UNIT_NAMES))

        def numbered(saved: Window) -> None:
            assert saved.number == number.strip().upper()
            assert 0 < len(saved.number) <= roster.MAX_WINDOW_NUMBER and saved.unit_id == unit_id

        if what == "add_window":
            return what, lambda: roster.add_window(session, unit_id, number, title), numbered
        window_id = _pick(draw, Window)
        version = _version(draw, Window, window_id)
        return what, lambda: roster.edit_window(session, window_id, unit_id, number, title, version), numbered
    window_id = _pick(draw, Window)
    reason, version = draw(REASONS), _version(draw, Window, window_id)
    return what, lambda: roster.retire_window(session, window_id, reason, version), _retired(reason)


def _retired(reason: str) -> Callable[[Any], None]:
    def check(saved: Any) -> None:
        assert saved.retired_on is not None and saved.retired_reason == reason.strip()

    return check


def _roster() -> State:
    return state(Staff, Unit, Window)


@FUZZ
@given(data=st.data(), lang=LANGUAGES)
def test_roster_edits_save_whole_or_not_at_all(hall, data, lang):
    i18n.set_language(lang)
    with rolled_back():
        for _ in range(data.draw(st.integers(1, 4), label="edits")):
            what, call, check = _edit(data.draw, hall)
            before = _roster()
            result = attempt(call, *EXPECTED)
            event(f"{what}: {'refused' if isinstance(result, Exception) else 'saved'}")
            if refused_cleanly(result, before, _roster):
                continue
            check(result)
            assert_storable(Staff, Unit, Window)


@settings(FUZZ, max_examples=min(FUZZ.max_examples, 20))
@given(data=st.data())
def test_roles_without_roster_rights_change_nothing(hall, data):
    """Whatever they type, an officer's roster edit is refused before anything is looked at."""
    with rolled_back():
        officer = make_user("officer", "officer-fuzz")
        what, call, _ = _edit(data.draw, officer)
        before = _roster()
        result = attempt(call, PermissionDenied)
        assert isinstance(result, PermissionDenied), what
        assert refused_cleanly(result, before, _roster)


# ---------------------------------------------------------------- regressions found by the fuzz tests


def _unit(name: str) -> int:
    return Unit.get(Unit.name == name).id


CONTROL_EDITS = {
    "unit name": (lambda s: roster.add_unit(s, "单位\x00"), "name"),
    "window number": (lambda s: roster.add_window(s, _unit("社会保险服务中心"), "A02\x00"), "number"),
    "window title": (
        lambda s: roster.add_window(s, _unit("社会保险服务中心"), "A02", "综合\x00窗口"),
        "title",
    ),
    "staff name": (
        lambda s: roster.add_staff(
            s, StaffInput("3001", "张\x00三", _unit("社会保险服务中心"), hire_date=dt.date(2021, 3, 1))
        ),
        "name",
    ),
    "staff note": (
        lambda s: roster.add_staff(
            s,
            StaffInput(
                "3001", "张三", _unit("社会保险服务中心"), hire_date=dt.date(2021, 3, 1), note="备\x07注"
            ),
        ),
        "note",
    ),
    "leaving reason": (
        lambda s: roster.record_leaving(
            s, Staff.get(Staff.staff_no == "0012").id, dt.date(2024, 1, 1), "退休\x00", 1
        ),
        "left_reason",
    ),
    "retiring reason": (
        lambda s: roster.retire_window(s, Window.get(Window.number == "B01").id, "撤\x00", 1),
        "reason",
    ),
}


@pytest.mark.parametrize("edit", sorted(CONTROL_EDITS))
def test_control_characters_are_refused_in_roster_texts(hall, edit):
    # Found by test_roster_edits_save_whole_or_not_at_all: add_unit("单位\x00") stored
    # the NUL on SQLite, and psycopg2 raised ValueError on PostgreSQL.
    call, field = CONTROL_EDITS[edit]
    before = _roster()
    with pytest.raises(ValidationError) as err:
        call(hall)
    assert err.value.for_field(field), err.value.problems
    assert _roster() == before


@pytest.mark.parametrize("mobile", ["13812345678\n", "0376-62212345-123456\n", "13٨١٢٣٤٥٦٧٨"])
def test_phone_numbers_are_ascii_digits_without_a_line_break(hall, mobile):
    # Found by test_roster_edits_save_whole_or_not_at_all: "$" matched before a final
    # line break, so "13812345678\n" was stored (and a 21-character landline overflowed
    # the 20-character column on PostgreSQL), and \d took Arabic-Indic digits.
    data = StaffInput("3001", "张三", _unit("社会保险服务中心"), hire_date=dt.date(2021, 3, 1), mobile=mobile)
    before = _roster()
    with pytest.raises(ValidationError) as err:
        roster.add_staff(hall, data)
    assert err.value.for_field("mobile")
    assert _roster() == before
