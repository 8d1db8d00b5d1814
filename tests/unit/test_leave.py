"""Leave slips and outings: life cycle, overlaps, substitutes, and what attendance makes of them."""

import datetime as dt

import pytest

from app import attendance, leave, roster
from app.errors import PermissionDenied, ValidationError
from app.leave import SlipInput
from app.roster import StaffInput
from db.models import AttendanceSession, LeaveKind, Punch, Staff, User

TUE, WED = dt.date(2025, 12, 2), dt.date(2025, 12, 3)  # winter workdays
SAT = dt.date(2025, 12, 6)
NOW = dt.datetime(2025, 11, 28, 9, 0)  # slips below are made ahead of time


@pytest.fixture
def hall(manager):
    si = roster.add_unit(manager, "社会保险服务中心")
    jy = roster.add_unit(manager, "就业服务中心")
    w1 = roster.add_window(manager, si.id, "01")
    people = {}
    for no, name, unit, window in [
        ("1001", "张三", si, w1),
        ("1002", "李四", si, w1),
        ("1003", "王五", si, None),
        ("2001", "赵六", jy, None),
    ]:
        people[name] = roster.add_staff(
            manager,
            StaffInput(
                staff_no=no,
                name=name,
                unit_id=unit.id,
                window_id=window.id if window else None,
                hire_date=dt.date(2024, 1, 2),
                trained_on=dt.date(2024, 1, 20) if name != "王五" else None,  # 王五 is still in training
            ),
        ).id
    return people


def kind(code: str) -> int:
    return LeaveKind.get(LeaveKind.code == code).id


def slip(hall, who="张三", sub="李四", code="sick", start=TUE, end=TUE, s1="AM", s2="PM", **kw) -> SlipInput:
    return SlipInput(
        staff_id=hall[who],
        kind_id=kind(code),
        start_day=start,
        start_session=s1,
        end_day=end,
        end_session=s2,
        substitute_id=hall[sub] if sub else None,
        reason="发烧",
        **kw,
    )


def statuses(day, staff_id):
    return {r.session: r.status for r in attendance.day_sessions(day) if r.staff_id == staff_id}


def test_life_cycle_and_attendance(hall, sessions):
    officer, leader = sessions["officer"], sessions["leader"]
    s, warnings = leave.request(officer, slip(hall, end=WED, s2="AM"), now=NOW)
    assert s.status == "requested" and warnings == []
    # Requested is not yet leave: no punches means absent.
    assert statuses(TUE, hall["张三"]) == {"AM": "ABSENT", "PM": "ABSENT"}
    leave.decide(leader, s.id, True)
    assert statuses(TUE, hall["张三"]) == {"AM": "LEAVE", "PM": "LEAVE"}
    assert statuses(WED, hall["张三"]) == {"AM": "LEAVE", "PM": "ABSENT"}
    row = [r for r in attendance.day_sessions(TUE) if r.staff_id == hall["张三"]][0]
    assert f"slip {s.id}" in attendance.explain(row.explanation) and "病假" in attendance.explain(
        row.explanation
    )
    returned = leave.return_slip(officer, s.id, dt.datetime(2025, 12, 3, 12, 0))
    assert returned.status == "returned"
    assert statuses(TUE, hall["张三"])["AM"] == "LEAVE"  # a returned slip still covers its time


def test_rejection_and_cancellation_rederive(hall, sessions):
    officer, leader = sessions["officer"], sessions["leader"]
    s, _ = leave.request(officer, slip(hall), now=NOW)
    leave.decide(leader, s.id, True)
    assert statuses(TUE, hall["张三"])["AM"] == "LEAVE"
    leave.cancel(officer, s.id, "病好了", now=NOW)
    assert statuses(TUE, hall["张三"])["AM"] == "ABSENT"
    s2, _ = leave.request(officer, slip(hall), now=NOW)
    with pytest.raises(ValidationError, match="why"):
        leave.decide(leader, s2.id, False)
    leave.decide(leader, s2.id, False, "无医院证明")
    assert statuses(TUE, hall["张三"])["AM"] == "ABSENT"


def test_punches_are_ignored_under_leave(hall, sessions):
    Punch.create(staff=hall["张三"], at=dt.datetime(2025, 12, 2, 8, 30))
    attendance.invalidate_days([TUE])
    s, _ = leave.request(sessions["officer"], slip(hall, s2="AM"), now=NOW)
    leave.decide(sessions["leader"], s.id, True)
    assert statuses(TUE, hall["张三"]) == {"AM": "LEAVE", "PM": "ABSENT"}


def test_editing_an_approved_slip_goes_back_to_approval(hall, sessions):
    officer, leader = sessions["officer"], sessions["leader"]
    s, _ = leave.request(officer, slip(hall), now=NOW)
    s = leave.decide(leader, s.id, True)
    s, _ = leave.edit(officer, s.id, slip(hall, s1="PM"), s.version, now=NOW)
    assert s.status == "requested"
    assert statuses(TUE, hall["张三"]) == {"AM": "ABSENT", "PM": "ABSENT"}


def test_overlaps_refused(hall, sessions):
    officer = sessions["officer"]
    leave.request(officer, slip(hall, end=WED), now=NOW)
    with pytest.raises(ValidationError, match="already has slip"):
        leave.request(officer, slip(hall, start=WED, end=WED, sub="王五"), now=NOW)
    # The afternoon after a morning-only slip is free.
    leave.request(
        officer,
        slip(hall, who="王五", sub="李四", start=dt.date(2025, 12, 4), end=dt.date(2025, 12, 4), s2="AM"),
        now=NOW,
    )
    leave.request(
        officer,
        slip(hall, who="王五", sub="李四", start=dt.date(2025, 12, 4), end=dt.date(2025, 12, 4), s1="PM"),
        now=NOW,
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"sub": "张三"}, "cannot be the person taking leave"),
        ({"sub": "赵六"}, "another unit"),
        ({"sub": "王五"}, "pre-job training"),
        ({"sub": None}, "needs a substitute"),
    ],
)
def test_substitute_rules(hall, sessions, change, message):
    with pytest.raises(ValidationError, match=message):
        leave.request(sessions["officer"], slip(hall, **change), now=NOW)


def test_substitute_on_leave_or_busy_elsewhere(hall, sessions):
    officer = sessions["officer"]
    # 李四 is on leave on TUE.
    leave.request(officer, slip(hall, who="李四", sub="张三"), now=NOW)
    with pytest.raises(ValidationError, match="on leave at that time"):
        leave.request(officer, slip(hall, who="王五", sub="李四"), now=NOW)
    # 张三 already substitutes for 李四 on TUE.
    with pytest.raises(ValidationError, match="already substituting"):
        leave.request(officer, slip(hall, who="王五", sub="张三"), now=NOW)


def test_bad_input(hall, sessions, manager):
    officer = sessions["officer"]
    with pytest.raises(ValidationError, match="ends before it starts"):
        leave.request(officer, slip(hall, start=WED, end=TUE), now=NOW)
    person = Staff.get_by_id(hall["张三"])
    roster.record_leaving(manager, person.id, dt.date(2025, 11, 30), "调离", person.version)
    with pytest.raises(ValidationError, match="left on 2025-11-30"):
        leave.request(officer, slip(hall), now=NOW)
    with pytest.raises(PermissionDenied):
        leave.request(sessions["admin"], slip(hall, who="李四", sub="张三"), now=NOW)


def test_one_slip_covers_at_most_a_year_and_a_day(hall, sessions):
    officer = sessions["officer"]
    with pytest.raises(ValidationError) as err:  # 2062 typed for 2026, say
        leave.request(officer, slip(hall, end=TUE + dt.timedelta(days=366)), now=NOW)
    assert "at most 366 days" in err.value.for_field("end_day")[0]
    leave.request(officer, slip(hall, end=TUE + dt.timedelta(days=365)), now=NOW)


def test_non_workday_only_warns(hall, sessions):
    s, warnings = leave.request(sessions["officer"], slip(hall, start=SAT, end=SAT, sub=None), now=NOW)
    assert any("no workday" in w for w in warnings)


def test_after_the_fact_is_marked(hall, sessions):
    s, warnings = leave.request(sessions["officer"], slip(hall), now=dt.datetime(2025, 12, 2, 8, 40))
    assert s.after_the_fact == 1 and any("补请假" in w for w in warnings)


def test_nobody_approves_their_own_slip(hall, sessions):
    leader = sessions["leader"]
    s, _ = leave.request(leader, slip(hall), now=NOW)
    with pytest.raises(ValidationError, match="your own slip"):
        leave.decide(leader, s.id, True)
    # A leader who is the applicant (their account linked to the staff record) neither.
    User.update(staff=hall["李四"]).where(User.username == "manager1").execute()
    s2, _ = leave.request(
        sessions["officer"], slip(hall, who="李四", sub="张三", start=WED, end=WED), now=NOW
    )
    with pytest.raises(ValidationError, match="your own slip"):
        leave.decide(sessions["manager"], s2.id, True)
    with pytest.raises(PermissionDenied):
        leave.decide(sessions["officer"], s2.id, True)


def test_outing_within_a_day_and_its_overrun(hall, sessions):
    officer, leader = sessions["officer"], sessions["leader"]
    with pytest.raises(ValidationError, match="return is before the leaving"):
        leave.request(
            officer, slip(hall, code="outing", sub=None, out_time="1030", back_time="0930"), now=NOW
        )
    s, _ = leave.request(
        officer, slip(hall, code="outing", sub=None, out_time="0930", back_time="1030"), now=NOW
    )
    assert (s.end_day, s.out_time, s.back_time) == (TUE, "09:30", "10:30")
    leave.decide(leader, s.id, True)
    leave.return_slip(officer, s.id, dt.datetime(2025, 12, 2, 10, 55))
    row = AttendanceSession.get(
        (AttendanceSession.staff == hall["张三"])
        & (AttendanceSession.day == TUE)
        & (AttendanceSession.session == "AM")
    )
    assert row.off_post == 1 and row.status == "ABSENT"
    from db.models import LeaveSlip

    assert LeaveSlip.get_by_id(s.id).overrun_minutes == 25


def test_an_outing_over_a_whole_session_is_leave(hall, sessions):
    s, _ = leave.request(
        sessions["officer"], slip(hall, code="outing", out_time="1400", back_time="1800"), now=NOW
    )
    leave.decide(sessions["leader"], s.id, True)
    assert statuses(TUE, hall["张三"]) == {"AM": "ABSENT", "PM": "LEAVE"}


def test_lists_and_absentees(hall, sessions):
    officer, leader = sessions["officer"], sessions["leader"]
    s, _ = leave.request(officer, slip(hall), now=NOW)
    leave.decide(leader, s.id, True)
    leave.request(officer, slip(hall, who="王五", sub="李四", start=WED, end=WED), now=NOW)
    away = leave.absentees(TUE)
    assert [(r.name, r.substitute, r.kind, r.status) for r in away] == [("张三", "李四", "病假", "approved")]
    assert [r.name for r in leave.list_slips(status="requested")] == ["王五"]
    row = leave.get_slip(s.id)
    assert row.as_json()["approved_by"] == "leader1" and row.as_json()["from"] == "2025-12-02 AM"


def test_outing_spanning_two_days_and_leave_past_leaving(hall, sessions, manager):
    officer = sessions["officer"]
    with pytest.raises(ValidationError, match="within one day"):
        leave.request(
            officer, slip(hall, code="outing", sub=None, end=WED, out_time="0930", back_time="1030"), now=NOW
        )
    person = Staff.get_by_id(hall["张三"])
    roster.record_leaving(manager, person.id, TUE, "调离", person.version)
    with pytest.raises(ValidationError, match="runs past it"):
        leave.request(officer, slip(hall, end=WED), now=NOW)
