"""The roster rules, without Qt."""

import datetime as dt
import json

import pytest

from app import roster
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.roster import StaffInput
from db.models import AuditEntry, Staff


@pytest.fixture
def hall(manager):
    si = roster.add_unit(manager, "社会保险服务中心")
    jy = roster.add_unit(manager, "就业服务中心")
    w1 = roster.add_window(manager, si.id, "01", "社保登记")
    w2 = roster.add_window(manager, jy.id, "02", "失业登记")
    return {"si": si, "jy": jy, "w1": w1, "w2": w2}


def person(hall, **kw) -> StaffInput:
    base = dict(
        staff_no="1001",
        name="张三",
        unit_id=hall["si"].id,
        window_id=hall["w1"].id,
        mobile="13812345678",
        hire_date=dt.date(2020, 3, 1),
        trained_on=dt.date(2020, 3, 20),
    )
    base.update(kw)
    return StaffInput(**base)


def fields_of(err: ValidationError) -> set[str]:
    return {p.field for p in err.value.problems}


def test_add_and_list_staff_with_pinyin(manager, hall):
    roster.add_staff(manager, person(hall))
    rows = roster.list_staff(manager)
    assert [r.name for r in rows] == ["张三"]
    assert rows[0].window_number == "01" and rows[0].unit_name == "社会保险服务中心"
    assert roster.search(rows, "zs") and roster.search(rows, "zhangs") and roster.search(rows, "1001")
    assert not roster.search(rows, "ls")


def test_every_problem_reported_at_once(manager, hall):
    roster.add_staff(manager, person(hall))
    bad = person(
        hall,
        name="",
        mobile="12345",
        hire_date=dt.date.today() + dt.timedelta(days=1),
        window_id=hall["w2"].id,  # another unit's window
    )
    with pytest.raises(ValidationError) as err:
        roster.add_staff(manager, bad)
    assert fields_of(err) == {"staff_no", "name", "mobile", "hire_date", "window"}


def test_dates_before_1900_and_control_characters_are_refused(manager, hall):
    # Files and the editor already keep to 1900 and later; the rule holds for every caller.
    old = person(hall, hire_date=dt.date(1, 1, 1), trained_on=dt.date(1899, 12, 31), note="备注\x85")
    with pytest.raises(ValidationError) as err:
        roster.add_staff(manager, old)
    assert fields_of(err) == {"hire_date", "trained_on", "note"}
    assert "from 1900 on" in err.value.for_field("hire_date")[0]
    assert Staff.select().count() == 0


def test_window_needs_training(manager, hall):
    with pytest.raises(ValidationError) as err:
        roster.add_staff(manager, person(hall, trained_on=None))
    assert "pre-job training" in err.value.for_field("window")[0]
    roster.add_staff(manager, person(hall, trained_on=None, window_id=None))


def test_long_names_and_sql_are_harmless(manager, hall):
    with pytest.raises(ValidationError) as err:
        roster.add_staff(manager, person(hall, name="张" * 10_000))
    assert "at most 50" in err.value.for_field("name")[0]
    sneaky = "Robert'); DROP TABLE staff;--"
    roster.add_staff(manager, person(hall, name=sneaky[:50], window_id=None, note="\"quoted\" 'x'"))
    assert Staff.get(Staff.staff_no == "1001").name == sneaky[:50]


def test_landline_or_mobile(manager, hall):
    for ok in ("13812345678", "0376-6221234", "037662212345", "6221234", ""):
        assert not [p for p in roster.validate_staff(person(hall, mobile=ok)) if p.field == "mobile"], ok
    for bad in ("1381234567", "23812345678", "abc", "0376-12"):
        assert [p for p in roster.validate_staff(person(hall, mobile=bad)) if p.field == "mobile"], bad


def test_mobile_masked_for_roles_without_contact_permission(sessions, hall):
    roster.add_staff(sessions["manager"], person(hall))
    assert roster.list_staff(sessions["officer"])[0].mobile == "138****5678"
    assert roster.list_staff(sessions["leader"])[0].mobile == "138****5678"
    assert roster.list_staff(sessions["manager"])[0].mobile == "13812345678"
    assert roster.list_staff(sessions["admin"])[0].mobile == "13812345678"
    assert roster.list_staff(None)[0].mobile == "138****5678"


def test_officer_cannot_edit_roster(sessions, hall):
    with pytest.raises(PermissionDenied):
        roster.add_staff(sessions["officer"], person(hall))
    with pytest.raises(PermissionDenied):
        roster.add_unit(sessions["leader"], "x")


def test_masked_mobile_in_editor_is_not_a_change(sessions, hall):
    """A role that sees 138****5678 and saves other fields must not overwrite the number."""
    from app import auth

    roster.add_staff(sessions["manager"], person(hall))
    # A role with the roster permission but not the contact one (admin can change the matrix).
    limited = auth.Session("clerk", "manager", 99, permissions=frozenset({"read", "roster"}))
    row = roster.get_staff(limited, Staff.get().id)
    data = person(hall, mobile=row.mobile, position="审核员")
    roster.update_staff(limited, row.id, data, row.version)
    assert Staff.get().mobile == "13812345678" and Staff.get().position == "审核员"


def test_update_conflict_names_the_other_user(sessions, hall):
    manager = sessions["manager"]
    s = roster.add_staff(manager, person(hall))
    roster.update_staff(sessions["admin"], s.id, person(hall, position="审核员"), s.version)
    with pytest.raises(ConflictError) as err:
        roster.update_staff(manager, s.id, person(hall, position="综合柜员"), s.version)
    assert "admin1" in str(err.value)
    assert err.value.changes["position"] == ("综合柜员", "审核员")
    assert Staff.get_by_id(s.id).position == "审核员"


def test_leaving_keeps_the_person(manager, hall):
    s = roster.add_staff(manager, person(hall))
    with pytest.raises(ValidationError) as err:
        roster.record_leaving(manager, s.id, dt.date(2019, 1, 1), "", s.version)
    assert fields_of(err) == {"left_on", "left_reason"}
    left = roster.record_leaving(manager, s.id, dt.date.today(), "调离", s.version)
    assert roster.list_staff(manager) == []
    assert [r.name for r in roster.list_staff(manager, status="left")] == ["张三"]
    assert [r.name for r in roster.list_staff(manager, status="all")] == ["张三"]
    roster.undo_leaving(manager, s.id, left.version)
    assert [r.name for r in roster.list_staff(manager)] == ["张三"]


def test_every_write_is_audited_with_before_and_after(manager, hall):
    s = roster.add_staff(manager, person(hall))
    roster.update_staff(manager, s.id, person(hall, name="张叁"), s.version)
    entries = list(
        AuditEntry.select()
        .where((AuditEntry.table == "staff") & (AuditEntry.row_id == s.id))
        .order_by(AuditEntry.id)
    )
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[1].username == "manager1"
    assert json.loads(entries[1].before)["name"] == "张三" and json.loads(entries[1].after)["name"] == "张叁"


def test_units_and_windows(manager, hall):
    with pytest.raises(ValidationError, match="already a unit"):
        roster.add_unit(manager, " 社会保险服务中心 ")
    roster.add_staff(manager, person(hall))
    unit = [u for u in roster.list_units() if u.name == "社会保险服务中心"][0]
    assert unit.active_staff == 1
    with pytest.raises(ValidationError, match="still has active staff"):
        roster.retire_unit(manager, unit.id, "合并", unit.version)
    with pytest.raises(ValidationError, match="still staffed"):
        roster.retire_window(manager, hall["w1"].id, "撤并", hall["w1"].version)
    w = roster.retire_window(manager, hall["w2"].id, "撤并", hall["w2"].version)
    assert w.retired_on == dt.date.today()
    assert [x.number for x in roster.list_windows()] == ["01"]
    assert [x.number for x in roster.list_windows(include_retired=True)] == ["01", "02"]
    renamed = roster.rename_unit(manager, hall["jy"].id, "就业创业服务中心", hall["jy"].version)
    assert renamed.name == "就业创业服务中心"
    with pytest.raises(ValidationError, match="exists already"):
        roster.add_window(manager, hall["jy"].id, "01")
