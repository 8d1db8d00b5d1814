"""Inspections: the person found from the window, outings that cover off post, attendance's off-post flag."""

import datetime as dt

import pytest

from app import attendance, inspections, leave, roster
from app.errors import PermissionDenied, ValidationError
from app.leave import SlipInput
from app.roster import StaffInput
from db.models import AttendanceSession, AuditEntry, Inspection, InspectionCategory, LeaveKind

TUE = dt.date(2025, 12, 2)  # a winter workday: 08:30-12:00, 14:00-17:30 by default
NOW = dt.datetime(2025, 12, 2, 17, 0)


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(TUE, dt.time.fromisoformat(hhmm))


def cat(code: str) -> int:
    return InspectionCategory.get(InspectionCategory.code == code).id


@pytest.fixture
def hall(manager):
    unit = roster.add_unit(manager, "社会保险服务中心")
    w1 = roster.add_window(manager, unit.id, "01")
    w2 = roster.add_window(manager, unit.id, "02")
    w3 = roster.add_window(manager, unit.id, "03")
    people = {}
    for no, name, window in [("1001", "张三", w1), ("1002", "李四", w2), ("1003", "王五", w2)]:
        people[name] = roster.add_staff(
            manager,
            StaffInput(
                staff_no=no,
                name=name,
                unit_id=unit.id,
                window_id=window.id,
                hire_date=dt.date(2024, 1, 2),
                trained_on=dt.date(2024, 1, 20),
            ),
        ).id
    people["w1"], people["w2"], people["w3"] = w1.id, w2.id, w3.id
    return people


def off_post(staff_id: int) -> dict[str, int]:
    attendance.day_sessions(TUE)
    return {
        s.session: s.off_post
        for s in AttendanceSession.select().where(
            (AttendanceSession.staff == staff_id) & (AttendanceSession.day == TUE)
        )
    }


def test_window_gives_the_person_when_one_staffs_it(hall, sessions):
    leader = sessions["leader"]
    item, warning = inspections.record(
        leader, at("09:40"), cat("dress"), window_id=hall["w1"], note="未穿工装", now=NOW
    )
    assert warning is None and item.staff_id == hall["张三"] and item.counted == 0
    with pytest.raises(ValidationError, match="李四、王五"):
        inspections.record(leader, at("09:45"), cat("off_post"), window_id=hall["w2"], now=NOW)
    # A window-only finding (the counter) needs no person; the person's window is filled in.
    item, _ = inspections.record(leader, at("09:50"), cat("counter"), window_id=hall["w2"], now=NOW)
    assert item.staff_id is None and item.window_id == hall["w2"]
    item, _ = inspections.record(leader, at("09:55"), cat("badge"), staff_id=hall["李四"], now=NOW)
    assert item.window_id == hall["w2"]
    # A commendation may be for the whole hall.
    item, _ = inspections.record(leader, at("10:00"), cat("praise"), note="群众送来锦旗", now=NOW)
    assert item.staff_id is None and item.window_id is None
    with pytest.raises(ValidationError) as err:
        inspections.record(leader, at("10:05"), cat("noise"), now=NOW)
    assert err.value.for_field("window")
    with pytest.raises(ValidationError, match="choose who"):
        inspections.record(leader, at("10:05"), cat("off_post"), window_id=hall["w3"], now=NOW)
    rows = inspections.list_inspections(TUE)
    assert [r.at.strftime("%H:%M") for r in rows] == ["09:40", "09:50", "09:55", "10:00"]
    assert rows[0].name == "张三" and rows[0].window == "01" and rows[0].category == "着装不整"
    assert rows[0].category_en == "untidy dress" and rows[1].unit == "社会保险服务中心"
    assert rows[3].positive and not rows[3].counts and rows[0].inspector == "Leader1"


def test_off_post_during_an_approved_outing_is_covered(hall, sessions):
    officer, leader = sessions["officer"], sessions["leader"]
    outing = LeaveKind.get(LeaveKind.code == "outing").id
    slip, _ = leave.request(
        officer,
        SlipInput(
            staff_id=hall["张三"],
            kind_id=outing,
            start_day=TUE,
            out_time="09:30",
            back_time="10:30",
            reason="送材料",
        ),
        now=dt.datetime(2025, 12, 2, 9, 0),
    )
    leave.decide(leader, slip.id, True)
    item, warning = inspections.record(leader, at("10:00"), cat("off_post"), window_id=hall["w1"], now=NOW)
    assert item.covered_by_id == slip.id and item.counted == 0
    assert warning == (
        f"张三 was on an approved temporary outing (slip {slip.id}, 09:30–10:30): "
        "recorded as a note, not a violation"
    )
    assert off_post(hall["张三"]) == {"AM": 0, "PM": 0}
    # Outside the outing's time it is a violation.
    item, warning = inspections.record(leader, at("11:00"), cat("off_post"), staff_id=hall["张三"], now=NOW)
    assert warning is None and item.counted == 1 and item.covered_by_id is None


def test_off_post_marks_the_session_and_void_clears_it(hall, sessions):
    leader, officer = sessions["leader"], sessions["officer"]
    assert off_post(hall["李四"]) == {"AM": 0, "PM": 0}
    item, warning = inspections.record(leader, at("15:10"), cat("off_post"), staff_id=hall["李四"], now=NOW)
    assert warning is None and item.counted == 1
    assert off_post(hall["李四"]) == {"AM": 0, "PM": 1}
    assert inspections.off_post_sessions([TUE], None) == {(hall["李四"], TUE, "PM")}
    with pytest.raises(ValidationError):
        inspections.void(officer, item.id, " ")
    voided = inspections.void(officer, item.id, "记错了人")
    assert voided.voided_by == "officer1" and voided.voided_reason == "记错了人"
    assert off_post(hall["李四"]) == {"AM": 0, "PM": 0}
    assert inspections.list_inspections(TUE) == []
    assert inspections.list_inspections(TUE, include_voided=True)[0].voided
    with pytest.raises(ValidationError, match="already"):
        inspections.void(officer, item.id, "again")
    actions = [
        e.action for e in AuditEntry.select().where(AuditEntry.table == "inspection").order_by(AuditEntry.id)
    ]
    assert actions == ["create", "void"]
    assert Inspection.select().count() == 1  # nothing deleted


def test_time_and_category_checks(hall, sessions, admin):
    leader = sessions["leader"]
    with pytest.raises(ValidationError) as err:
        inspections.record(
            leader, NOW + dt.timedelta(minutes=5), cat("dress"), staff_id=hall["张三"], now=NOW
        )
    assert err.value.for_field("at")
    inspections.retire_category(admin, cat("smoking"))
    with pytest.raises(ValidationError) as err:
        inspections.record(leader, at("09:00"), cat("smoking"), staff_id=hall["张三"], now=NOW)
    assert err.value.for_field("category")


def test_categories_admin(store, admin, manager):
    active = inspections.categories()
    assert active[0].code == "off_post" and active[0].counts and active[0].off_post
    assert any(c.positive and c.name == "表扬" for c in active)
    new = inspections.save_category(admin, None, "phone", "玩手机", "using a phone", True, False, False, "h")
    assert new.sort_order > active[-1].sort_order and inspections.categories()[-1].id == new.id
    with pytest.raises(ValidationError) as err:
        inspections.save_category(admin, None, "phone2", "玩手机2", "", False, False, False, "h")
    assert err.value.for_field("key")
    with pytest.raises(ValidationError) as err:
        inspections.save_category(admin, None, "phone", "重复", "", False, False, False, "")
    assert err.value.for_field("code")
    with pytest.raises(ValidationError) as err:
        inspections.save_category(admin, None, "good", "好", "", True, True, False, "")
    assert err.value.for_field("positive")
    changed = inspections.save_category(
        admin, new.id, "phone", "玩手机", "phone", False, False, False, "h", new.version
    )
    assert changed.version == new.version + 1 and not changed.counts
    retired = inspections.retire_category(admin, new.id)
    assert retired.retired and new.id not in [c.id for c in inspections.categories()]
    assert new.id in [c.id for c in inspections.categories(include_retired=True)]
    # A retired category's key is free again.
    inspections.save_category(admin, None, "phone3", "玩手机3", "", False, False, False, "h")
    with pytest.raises(PermissionDenied):
        inspections.save_category(manager, None, "x1", "某", "", False, False, False, "")
    with pytest.raises(PermissionDenied):
        inspections.retire_category(manager, new.id)


def test_photo_is_kept_within_the_size_limit(hall, sessions, tmp_path, monkeypatch):
    leader = sessions["leader"]
    photo = tmp_path / "window01.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    item, _ = inspections.record(
        leader, at("09:40"), cat("counter"), window_id=hall["w1"], photo_path=photo, now=NOW
    )
    assert inspections.photo(item.id) == ("window01.jpg", photo.read_bytes())
    assert inspections.list_inspections(TUE)[0].has_photo
    trail = AuditEntry.get((AuditEntry.table == "inspection") & (AuditEntry.row_id == item.id)).after
    assert '"size": 104' in trail and "sha256" in trail
    fake = tmp_path / "notes.txt"
    fake.write_text("hello")
    with pytest.raises(ValidationError) as err:
        inspections.record(
            leader, at("09:41"), cat("counter"), window_id=hall["w1"], photo_path=fake, now=NOW
        )
    assert err.value.for_field("photo")
    monkeypatch.setattr(inspections, "MAX_PHOTO", 50)
    with pytest.raises(ValidationError, match="larger than"):
        inspections.record(
            leader, at("09:42"), cat("counter"), window_id=hall["w1"], photo_path=photo, now=NOW
        )
    assert Inspection.select().count() == 1


def test_permissions(hall, sessions):
    with pytest.raises(PermissionDenied):
        inspections.record(sessions["admin"], at("09:40"), cat("dress"), staff_id=hall["张三"], now=NOW)
    item, _ = inspections.record(
        sessions["officer"], at("09:40"), cat("dress"), staff_id=hall["张三"], now=NOW
    )
    with pytest.raises(PermissionDenied):
        inspections.void(sessions["admin"], item.id, "x")


def test_find_person_by_window_or_name(hall):
    assert [p.name for p in inspections.find_person("02")] == ["李四", "王五"]
    assert [p.name for p in inspections.find_person("1")] == ["张三"]  # window 01 by its number
    assert [p.name for p in inspections.find_person("zs")] == ["张三"]
    assert [p.name for p in inspections.find_person("王")] == ["王五"]
    assert [p.name for p in inspections.find_person("1002")] == ["李四"]
    assert inspections.find_person("  ") == []
