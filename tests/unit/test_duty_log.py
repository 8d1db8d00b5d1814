"""The day's duty log: opening, the closing checklist, the two sign-offs, reopening, the summary."""

import datetime as dt

import pytest

from app import attendance, audit, duty_log, leave, roster
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.leave import SlipInput
from app.roster import StaffInput
from db.models import AttendanceSession, DutyLog, DutyLogReopening, LeaveKind, Punch, Window, WindowCheck
from tests.conftest import make_user

TUE = dt.date(2025, 12, 2)  # a winter workday: 08:00-12:00, 14:30-17:30
TODAY = dt.date(2025, 12, 10)


@pytest.fixture
def hall(manager):
    """Two units, three windows (one retired before TUE), five people."""
    si = roster.add_unit(manager, "社会保险服务中心")
    jy = roster.add_unit(manager, "就业服务中心")
    w = {
        n: roster.add_window(manager, u.id, n, t)
        for n, u, t in [("02", si, "社保卡"), ("01", si, "综合"), ("03", jy, "就业")]
    }
    old = roster.add_window(manager, jy.id, "04", "旧窗口")
    roster.retire_window(manager, old.id, "撤并", old.version)
    Window.update(retired_on=dt.date(2025, 11, 1)).where(Window.id == old.id).execute()
    people = {}
    for no, name, unit, window in [
        ("1001", "张三", si, w["01"]),
        ("1002", "李四", si, w["01"]),
        ("1003", "王五", si, w["02"]),
        ("2001", "赵六", jy, w["03"]),
        ("2002", "钱七", jy, w["03"]),
    ]:
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
    return {"windows": {n: x.id for n, x in w.items()}, "old": old.id, "people": people}


@pytest.fixture
def leader(sessions):
    return sessions["leader"]


def punch(staff_id, day, *times):
    for t in times:
        Punch.create(staff=staff_id, at=dt.datetime.combine(day, dt.time.fromisoformat(t)), source="test")
    attendance.invalidate_days([day])


def all_fine(log_view):
    return {c.window_id: (True, "") for c in log_view.checks}


def fill(officer, day=TUE, **kw):
    view = duty_log.get_log(day)
    args = dict(
        checks=all_fine(view),
        hygiene=(True, ""),
        safety=(True, ""),
        doors=(True, ""),
        handover="钥匙已交保安",
        remarks="",
    )
    return duty_log.save(officer, day, **(args | kw))


def test_open_twice_gives_one_log_with_a_line_per_window_in_use(hall, officer):
    first = duty_log.open_log(officer, TUE, today=TODAY)
    again = duty_log.open_log(officer, TUE, today=TODAY)
    assert first.id == again.id and DutyLog.select().count() == 1
    assert WindowCheck.select().count() == 3  # the retired window 04 is not on the list
    view = duty_log.get_log(TUE)
    assert [c.number for c in view.checks] == ["01", "02", "03"]
    assert [c.unit for c in view.checks] == ["社会保险服务中心", "社会保险服务中心", "就业服务中心"]
    assert view.opened_by == officer.username and not view.closed and view.reopenings == []
    assert duty_log.get_log(TUE + dt.timedelta(days=1)) is None


def test_open_refuses_future_days_and_non_workdays_and_readers(hall, officer, admin):
    with pytest.raises(ValidationError, match="still to come"):
        duty_log.open_log(officer, TODAY + dt.timedelta(days=1), today=TODAY)
    with pytest.raises(ValidationError, match="not a workday"):
        duty_log.open_log(officer, dt.date(2025, 12, 6), today=TODAY)  # a Saturday
    with pytest.raises(PermissionDenied):
        duty_log.open_log(admin, TUE, today=TODAY)
    assert DutyLog.select().count() == 0


def test_save_rules(hall, officer):
    duty_log.open_log(officer, TUE, today=TODAY)
    w = hall["windows"]
    # An untouched line may stay unticked; a "problem" answer needs a note.
    with pytest.raises(ValidationError) as err:
        duty_log.save(officer, TUE, checks={w["01"]: (False, "")}, hygiene=(False, ""), doors=(False, " "))
    text = str(err.value)
    assert "Hall hygiene: describe the problem" in text and "Doors and windows: describe" in text
    assert len(err.value.problems) == 2
    view = duty_log.save(
        officer,
        TUE,
        checks={w["01"]: (True, ""), w["03"]: (False, "03号窗口显示器未关，已关闭")},
        hygiene=(False, "地面有水渍，已通知保洁"),
        handover="明早8点前开门",
    )
    lines = {c.number: c for c in view.checks}
    assert lines["01"].power_off and lines["01"].checked_by == officer.username
    assert lines["03"].note == "03号窗口显示器未关，已关闭" and lines["03"].checked_at is not None
    assert lines["02"].checked_by == "" and not lines["02"].done
    assert view.hygiene_ok is False and view.safety_ok is None and view.handover == "明早8点前开门"
    # Un-ticking a checked window without saying why is refused.
    with pytest.raises(ValidationError, match="Window 01 is not ticked"):
        duty_log.save(officer, TUE, checks={w["01"]: (False, "")}, version=view.version)
    # A stale version is a conflict, not a silent overwrite.
    with pytest.raises(ConflictError):
        duty_log.save(officer, TUE, remarks="x", version=view.version - 1)
    with pytest.raises(ValidationError, match="not been opened"):
        duty_log.save(officer, TUE + dt.timedelta(days=1))


def test_officer_sign_off_lists_everything_missing(hall, officer):
    duty_log.open_log(officer, TUE, today=TODAY)
    with pytest.raises(ValidationError) as err:
        duty_log.sign_officer(officer, TUE)
    messages = [p.message for p in err.value.problems]
    assert len(messages) == 6  # three windows and three hall checks
    assert any("Window 02 is neither ticked" in m for m in messages)
    assert any(m.startswith("Safety") and "not answered" in m for m in messages)
    view = fill(officer)
    signed = duty_log.sign_officer(officer, TUE, version=view.version)
    assert signed.officer_signed_by == officer.username and signed.officer_signed_at is not None
    assert signed.officer_signed_name == officer.display_name and not signed.closed


def test_leader_sign_off_order_and_accounts(hall, officer, leader, manager):
    duty_log.open_log(officer, TUE, today=TODAY)
    fill(officer)
    with pytest.raises(ValidationError, match="officer signs .* first"):
        duty_log.sign_leader(leader, TUE)
    with pytest.raises(PermissionDenied):
        duty_log.sign_leader(officer, TUE)  # an officer cannot sign as the leader
    duty_log.sign_officer(manager, TUE)
    with pytest.raises(ValidationError, match="another account"):
        duty_log.sign_leader(manager, TUE)  # the same account twice
    closed = duty_log.sign_leader(leader, TUE)
    assert closed.closed and closed.leader_signed_by == leader.username
    assert closed.officer_signed_by == manager.username
    # A closed day is read-only.
    with pytest.raises(ValidationError, match="closed by .* read-only"):
        fill(officer, remarks="改一下")
    with pytest.raises(ValidationError, match="read-only"):
        duty_log.sign_officer(officer, TUE)
    with pytest.raises(ValidationError, match="read-only"):
        duty_log.sign_leader(manager, TUE)


def test_a_change_after_the_officer_signed_withdraws_the_sign_off(hall, officer):
    duty_log.open_log(officer, TUE, today=TODAY)
    fill(officer)
    signed = duty_log.sign_officer(officer, TUE)
    same = fill(officer, version=signed.version)  # nothing changed: still signed
    assert same.officer_signed
    changed = fill(officer, remarks="补记：18:00 保安巡查", version=same.version)
    assert not changed.officer_signed and changed.remarks == "补记：18:00 保安巡查"


def test_reopen_needs_a_reason_keeps_history_and_clears_sign_offs(hall, officer, leader):
    duty_log.open_log(officer, TUE, today=TODAY)
    fill(officer)
    with pytest.raises(ValidationError, match="nothing to reopen"):
        duty_log.reopen(leader, TUE, "想改")
    duty_log.sign_officer(officer, TUE)
    closed = duty_log.sign_leader(leader, TUE)
    with pytest.raises(ValidationError, match="why"):
        duty_log.reopen(leader, TUE, "  ", version=closed.version)
    with pytest.raises(PermissionDenied):
        duty_log.reopen(officer, TUE, "漏记巡查")
    opened = duty_log.reopen(leader, TUE, "漏记03号窗口巡查情况", version=closed.version)
    assert not opened.closed and not opened.officer_signed and opened.leader_signed_by == ""
    assert [(r, by) for r, by, _at in opened.reopenings] == [("漏记03号窗口巡查情况", leader.username)]
    assert DutyLogReopening.select().count() == 1
    trail = audit.history("duty_log", opened.id)
    assert [e["action"] for e in trail][-3:] == ["sign", "close", "reopen"]
    assert trail[-1]["before"]["leader_signed_by"] == leader.username
    # The day can be changed and closed again.
    fill(officer, remarks="已补记")
    duty_log.sign_officer(officer, TUE)
    assert duty_log.sign_leader(leader, TUE).closed


def test_attendance_summary_equals_the_attendance_tab(hall, officer, leader):
    p = hall["people"]
    punch(p["张三"], TUE, "08:12", "12:01", "14:20", "17:31")  # late in the morning
    punch(p["李四"], TUE, "08:20", "11:30", "14:40", "17:35")  # late and early, late again
    punch(p["王五"], TUE, "07:55", "12:02")  # absent in the afternoon
    punch(p["赵六"], TUE, "07:50", "14:25", "17:40")  # missing the morning clock-out
    sick = LeaveKind.get(LeaveKind.code == "sick").id
    slip, _ = leave.request(
        officer,
        SlipInput(
            staff_id=p["钱七"],
            kind_id=sick,
            start_day=TUE,
            start_session="AM",
            end_day=TUE,
            end_session="PM",
            substitute_id=p["赵六"],
            reason="发烧",
        ),
        now=dt.datetime(2025, 12, 1, 9, 0),
    )
    leave.decide(leader, slip.id, True)
    rows = attendance.day_sessions(TUE)
    AttendanceSession.update(off_post=1).where(
        (AttendanceSession.staff == p["张三"])
        & (AttendanceSession.day == TUE)
        & (AttendanceSession.session == "PM")
    ).execute()

    summary = duty_log.attendance_summary(TUE)
    expected = {s: 0 for s in duty_log.SUMMARY_STATUSES}
    for r in rows:
        for s in ("LATE", "EARLY") if r.status == "LATE_EARLY" else (r.status,):
            expected[s] += 1
    expected["OFF_POST"] = 1
    assert summary.counts == expected
    assert summary.counts["LATE"] == 3 and summary.counts["EARLY"] == 1
    assert summary.counts["ABSENT"] == 1 and summary.counts["MISSING"] == 1 and summary.counts["LEAVE"] == 2
    assert summary.names["LATE"] == ["张三", "李四"]
    assert summary.names["EARLY"] == ["李四"]
    assert summary.names["ABSENT"] == ["王五"]
    assert summary.names["MISSING"] == ["赵六"]
    assert summary.names["LEAVE"] == ["钱七"]
    assert summary.leave == [("钱七", "病假", "赵六")]
    assert summary.off_post == ["张三"] and summary.names["OFF_POST"] == ["张三"]
    assert summary.people == 5 and summary.sessions == 10
    duty_log.open_log(officer, TUE, today=TODAY)
    assert duty_log.get_log(TUE).summary == summary


def test_unclosed_days_skip_holidays_and_closed_days(hall, officer, leader):
    assert duty_log.unclosed_days(dt.date(2025, 10, 14)) == []  # no log yet: nothing to warn about
    first = dt.date(2025, 9, 29)
    duty_log.open_log(officer, first, today=first)
    fill(officer, day=first)
    duty_log.sign_officer(officer, first)
    duty_log.sign_leader(leader, first)
    duty_log.open_log(officer, dt.date(2025, 10, 9), today=dt.date(2025, 10, 9))  # opened, never closed
    days = duty_log.unclosed_days(dt.date(2025, 10, 14))
    # 1-8 October is the National Day holiday; Saturday 11 October is a make-up workday.
    assert days == [
        dt.date(2025, 9, 30),
        dt.date(2025, 10, 9),
        dt.date(2025, 10, 10),
        dt.date(2025, 10, 11),
        dt.date(2025, 10, 13),
    ]
    assert duty_log.unclosed_days(first) == []
    assert duty_log.unclosed_warning([]) == ""
    assert duty_log.unclosed_warning(days[1:3]) == "2 past days are not closed: 2025-10-09, 2025-10-10."
    assert duty_log.unclosed_warning(days[:1]) == "1 past day is not closed: 2025-09-30."


def test_a_second_officer_account_can_save_and_sign(hall):
    other = make_user("officer", "zhiban2")
    duty_log.open_log(other, TUE, today=TODAY)
    fill(other)
    assert duty_log.sign_officer(other, TUE).officer_signed_by == "zhiban2"


def test_the_demo_closes_past_days_and_leaves_the_last_two_open(store):
    from app import calendar, demo

    demo.fill_demo(staff=12, seed=3, password="demo-test-pw")
    today = dt.date.today()
    past = [d for d in calendar.workdays(today - dt.timedelta(days=91), today) if d < today]
    assert duty_log.unclosed_days(today) == past[-2:]
    closed = duty_log.get_log(past[0])
    assert closed.closed and closed.officer_signed_by == "zhiban" and closed.leader_signed_by == "daiban"
    assert closed.checks and all(c.done for c in closed.checks)
    assert closed.officer_signed_at < closed.leader_signed_at
    assert duty_log.get_log(past[-2]).officer_signed and not duty_log.get_log(past[-2]).closed
    assert duty_log.get_log(past[-1]) is None
    assert duty_log.unclosed_warning(duty_log.unclosed_days(today)).startswith("2 past days are not closed")
