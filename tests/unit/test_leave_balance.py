"""Days of leave taken per person and kind, and annual-leave entitlements, against hand-counted figures."""

from __future__ import annotations

import datetime as dt

import pytest

from app import leave, leave_balance, roster
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.leave import SlipInput
from app.roster import StaffInput
from db.models import AuditEntry, LeaveEntitlement, LeaveKind, Staff

D = dt.date
NOW = dt.datetime(2025, 1, 2, 9, 0)


@pytest.fixture
def hall(manager):
    si = roster.add_unit(manager, "社会保险服务中心")
    jy = roster.add_unit(manager, "就业服务中心")
    people = {}
    for no, name, unit, hired in [
        ("1001", "张三", si, D(2024, 1, 2)),  # 1 year on 2025-12-31 → 5 days
        ("1002", "李四", si, D(2010, 3, 1)),  # 15 years → 10 days
        ("1003", "王五", si, D(2005, 6, 1)),  # 20 years → 15 days
        ("1004", "赵六", si, D(2025, 3, 1)),  # under a year → 0
        ("2001", "钱七", jy, D(2016, 1, 1)),  # 9 years → 5
        ("2002", "孙八", jy, D(2015, 12, 31)),  # 10 years on the last day → 10
    ]:
        people[name] = roster.add_staff(
            manager,
            StaffInput(
                staff_no=no,
                name=name,
                unit_id=unit.id,
                hire_date=hired,
                trained_on=hired + dt.timedelta(days=14),
            ),
        ).id
    return people


def kind(code: str) -> int:
    return LeaveKind.get(LeaveKind.code == code).id


def file_slip(sessions, hall, who, code, start, s1, end, s2, sub=None, decide=True, **kw):
    data = SlipInput(
        staff_id=hall[who],
        kind_id=kind(code),
        start_day=start,
        start_session=s1,
        end_day=end,
        end_session=s2,
        substitute_id=hall[sub] if sub else None,
        **kw,
    )
    slip, _ = leave.request(sessions["officer"], data, now=NOW)
    if decide is not None:
        slip = leave.decide(sessions["leader"], slip.id, decide, "" if decide else "业务高峰")
    return slip


@pytest.fixture
def slips(hall, sessions, manager):
    f = file_slip
    # Thursday to the next Tuesday: the weekend between does not count → 4 days.
    annual = f(sessions, hall, "张三", "annual", D(2025, 12, 4), "AM", D(2025, 12, 9), "PM", "李四")
    leave.return_slip(sessions["officer"], annual.id, dt.datetime(2025, 12, 10, 8, 20))
    f(sessions, hall, "张三", "sick", D(2025, 12, 10), "PM", D(2025, 12, 10), "PM", "王五")  # half a day
    f(sessions, hall, "张三", "personal", D(2025, 12, 11), "AM", D(2025, 12, 11), "AM", "李四", decide=None)
    f(sessions, hall, "张三", "personal", D(2025, 12, 12), "AM", D(2025, 12, 12), "AM", "李四", decide=False)
    f(sessions, hall, "李四", "annual", D(2025, 12, 15), "PM", D(2025, 12, 15), "PM", "张三")  # 0.5
    # Across the new year: 12-31 in 2025; 2026-01-01..03 are New Year holidays, 01-04 (Sunday)
    # a make-up workday, 01-05 a Monday → 2 days in 2026.
    f(sessions, hall, "李四", "annual", D(2025, 12, 31), "AM", D(2026, 1, 5), "PM", "王五")
    # Around National Day: 09-29, 09-30, 10-09, 10-10 are workdays, 10-01..08 holidays → 4 days.
    f(sessions, hall, "王五", "annual", D(2025, 9, 29), "AM", D(2025, 10, 10), "PM", "赵六")
    f(
        sessions,
        hall,
        "王五",
        "outing",
        D(2025, 12, 2),
        "AM",
        D(2025, 12, 2),
        "PM",
        out_time="0930",
        back_time="1030",
    )
    # 赵六 is off sick Tuesday to Friday but leaves on Wednesday: 2 days are his.
    f(sessions, hall, "赵六", "sick", D(2025, 11, 25), "AM", D(2025, 11, 28), "PM", "张三")
    person = Staff.get_by_id(hall["赵六"])
    roster.record_leaving(manager, person.id, D(2025, 11, 26), "辞职", person.version)


def table(rows):
    return {(r.name, r.kind): (r.days_taken, r.entitlement, r.remaining) for r in rows}


def test_days_taken_and_annual_leave_for_a_small_hall(slips):
    rows = leave_balance.balances(2025)
    assert table(rows) == {
        ("张三", "年休假"): (4.0, 5.0, 1.0),
        ("张三", "病假"): (0.5, None, None),
        ("李四", "年休假"): (1.5, 10.0, 8.5),
        ("王五", "年休假"): (4.0, 15.0, 11.0),
        ("赵六", "年休假"): (0.0, 0.0, 0.0),
        ("赵六", "病假"): (2.0, None, None),
        ("钱七", "年休假"): (0.0, 5.0, 5.0),
        ("孙八", "年休假"): (0.0, 10.0, 10.0),
    }
    # Unit by unit, staff numbers in order, each person's kinds in the kinds' order.
    assert [(r.staff_no, r.kind_code) for r in rows][:3] == [
        ("1001", "sick"),
        ("1001", "annual"),
        ("1002", "annual"),
    ]
    assert {r.unit for r in rows if r.staff_no.startswith("2")} == {"就业服务中心"}
    assert not any(r.entitlement_set for r in rows)


def test_the_next_year_and_filters(slips, hall, sessions):
    assert table(leave_balance.balances(2026, staff_id=hall["李四"])) == {
        ("李四", "年休假"): (2.0, 10.0, 8.0)
    }
    # 赵六 left in 2025: nothing for 2026.
    assert leave_balance.balances(2026, staff_id=hall["赵六"]) == []
    unit = Staff.get_by_id(hall["钱七"]).unit_id
    assert [r.name for r in leave_balance.balances(2025, unit_id=unit)] == ["钱七", "孙八"]
    # Nobody was employed in 2000.
    assert leave_balance.balances(2000) == []


def test_cancelling_a_slip_gives_the_days_back(slips, hall, sessions):
    row = next(r for r in leave_balance.balances(2025, staff_id=hall["李四"]) if r.kind_code == "annual")
    assert row.days_taken == 1.5
    future = file_slip(sessions, hall, "李四", "annual", D(2026, 2, 2), "AM", D(2026, 2, 3), "PM", "张三")
    assert leave_balance.balances(2026, staff_id=hall["李四"])[0].days_taken == 4.0
    leave.cancel(sessions["officer"], future.id, "改期", now=NOW)
    assert leave_balance.balances(2026, staff_id=hall["李四"])[0].days_taken == 2.0


@pytest.mark.parametrize(
    ("hired", "year", "days"),
    [
        (D(2025, 3, 1), 2025, 0),
        (D(2024, 12, 31), 2025, 5),  # the first anniversary is the year's last day
        (D(2025, 1, 1), 2025, 0),
        (D(2016, 1, 1), 2025, 5),
        (D(2015, 12, 31), 2025, 10),
        (D(2006, 1, 1), 2025, 10),
        (D(2005, 12, 31), 2025, 15),
        (D(1990, 5, 5), 2025, 15),
        (D(2024, 2, 29), 2025, 5),  # hired on a leap day: a year served by the end of 2025
    ],
)
def test_default_entitlement_by_years_of_service(hired, year, days):
    assert leave_balance.default_entitlement(hired, year) == days


def test_service_years_on_anniversaries():
    assert leave_balance.service_years(D(2015, 6, 1), D(2025, 5, 31)) == 9
    assert leave_balance.service_years(D(2015, 6, 1), D(2025, 6, 1)) == 10
    assert leave_balance.service_years(D(2026, 1, 1), D(2025, 12, 31)) == 0


def test_set_entitlement(hall, sessions, manager, admin):
    zhang = hall["张三"]
    for role in ("officer", "leader"):
        with pytest.raises(PermissionDenied):
            leave_balance.set_entitlement(sessions[role], zhang, 2025, 7)
    first = leave_balance.set_entitlement(manager, zhang, 2025, 7.5)
    assert leave_balance.entitlement(zhang, 2025) == (7.5, True)
    assert leave_balance.entitlement(zhang, 2026) == (5.0, False)
    row = next(r for r in leave_balance.balances(2025, staff_id=zhang) if r.kind_code == "annual")
    assert (row.entitlement, row.remaining, row.entitlement_set) == (7.5, 7.5, True)

    changed = leave_balance.set_entitlement(admin, zhang, 2025, 0, version=first.version)
    assert changed.days == 0 and changed.version == first.version + 1
    with pytest.raises(ConflictError):
        leave_balance.set_entitlement(manager, zhang, 2025, 3, version=first.version)
    assert LeaveEntitlement.select().count() == 1
    trail = [
        (a.action, a.username)
        for a in AuditEntry.select().where(AuditEntry.table == "leave_entitlement").order_by(AuditEntry.id)
    ]
    assert trail == [("create", "manager1"), ("update", "admin1")]


@pytest.mark.parametrize(
    ("days", "year", "fields"),
    [
        (41, 2025, ["entitlement"]),
        (-1, 2025, ["entitlement"]),
        (2.3, 2025, ["entitlement"]),
        ("五", 2025, ["entitlement"]),
        (5, 1989, ["year"]),
        (50, 3000, ["entitlement", "year"]),
    ],
)
def test_set_entitlement_refuses_bad_values(hall, manager, days, year, fields):
    with pytest.raises(ValidationError) as err:
        leave_balance.set_entitlement(manager, hall["张三"], year, days)
    assert [p.field for p in err.value.problems] == fields
    assert LeaveEntitlement.select().count() == 0
