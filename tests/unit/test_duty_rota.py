"""The duty rota: generation by rotation over workdays, chaining months, and swaps."""

import datetime as dt

import chinese_calendar
import pytest

from app import duty_rota, roster
from app.errors import PermissionDenied, ValidationError
from db.models import AuditEntry, DutyRota
from tests.conftest import make_user

# October 2025: National Day holidays 1-8, Saturday 11 a make-up workday; Sunday 28 September too.
OCT1, OCT11 = dt.date(2025, 10, 1), dt.date(2025, 10, 11)
SEP28 = dt.date(2025, 9, 28)


@pytest.fixture
def hall(sessions, manager):
    units = [
        roster.add_unit(manager, name).id for name in ("综合受理窗口", "社会保险服务中心", "就业服务中心")
    ]
    leaders = [sessions["leader"].user_id, make_user("leader", "leader2").user_id]
    officers = [sessions["officer"].user_id, make_user("officer", "officer2").user_id]
    return units, sorted(leaders), sorted(officers)


def workdays(year: int, month: int) -> list[dt.date]:
    day, out = dt.date(year, month, 1), []
    while day.month == month:
        if chinese_calendar.is_workday(day):
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def cycles(values: list, items: list) -> bool:
    """Each value is the one after the previous in ``items`` (round robin)."""
    return all(
        items[(items.index(a) + 1) % len(items)] == b for a, b in zip(values, values[1:], strict=False)
    )


def test_generation_rotates_skips_holidays_includes_make_up_days_and_chains(hall, sessions):
    units, leaders, officers = hall
    leader = sessions["leader"]
    assert duty_rota.generate_month(leader, 2025, 9) == len(workdays(2025, 9))
    assert duty_rota.generate_month(leader, 2025, 10) == len(workdays(2025, 10)) == 18
    days = duty_rota.rota(dt.date(2025, 9, 1), dt.date(2025, 10, 31))
    assert [d.day for d in days] == workdays(2025, 9) + workdays(2025, 10)
    assert SEP28 in [d.day for d in days] and OCT11 in [d.day for d in days]
    assert not any(dt.date(2025, 10, 1) <= d.day <= dt.date(2025, 10, 8) for d in days)
    assert all(d.assigned and d.officer2 is None for d in days)
    # One unbroken rotation across the two months: October continues September.
    assert (
        days[0].unit_id == units[0] and days[0].leader_id == leaders[0] and days[0].officer_id == officers[0]
    )
    assert cycles([d.unit_id for d in days], units)
    assert cycles([d.leader_id for d in days], leaders)
    assert cycles([d.officer_id for d in days], officers)
    assert days[0].unit == "综合受理窗口" and days[0].leader == "Leader1"
    assert duty_rota.generate_month(leader, 2025, 10) == 0  # nothing left to fill
    assert duty_rota.rota_day(OCT1) is None and duty_rota.rota_day(OCT11).unit_id is not None


def test_generation_fills_only_empty_days_and_continues_from_set_ones(hall, sessions):
    units, leaders, officers = hall
    leader = sessions["leader"]
    first = workdays(2025, 11)[0]
    duty_rota.set_day(leader, first, units[2], officers[1], officers[0], leaders[1], "")
    filled = duty_rota.generate_month(leader, 2025, 11)
    assert filled == len(workdays(2025, 11)) - 1
    days = duty_rota.rota(dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    assert days[0].officers_text() == "Officer2, Officer1"
    assert [d.unit_id for d in days[:3]] == [units[2], units[0], units[1]]
    assert days[1].leader_id == leaders[0] and days[1].officer_id == officers[0]


def test_unassigned_days_are_listed_empty(hall):
    days = duty_rota.rota(dt.date(2025, 12, 1), dt.date(2025, 12, 5))
    assert len(days) == 5
    assert all(d.version is None and d.unit is None and d.leader is None for d in days)
    assert days[0].officers_text() == "—"
    assert days[0].as_json() == {
        "day": "2025-12-01",
        "unit": None,
        "officer": None,
        "officer2": None,
        "leader": None,
        "note": "",
    }


def test_set_day_needs_a_reason_to_change_and_keeps_it(hall, sessions):
    units, leaders, officers = hall
    leader = sessions["leader"]
    duty_rota.generate_month(leader, 2025, 12)
    day = dt.date(2025, 12, 3)
    before = duty_rota.rota_day(day)
    other_unit = next(u for u in units if u != before.unit_id)
    with pytest.raises(ValidationError) as err:
        duty_rota.set_day(leader, day, other_unit, before.officer_id, None, before.leader_id, "  ")
    assert err.value.for_field("reason")
    changed = duty_rota.set_day(
        leader, day, other_unit, before.officer_id, None, before.leader_id, "与12月5日对调", before.version
    )
    after = duty_rota.rota_day(day)
    assert (
        after.unit_id == other_unit and after.note == "与12月5日对调" and after.version == before.version + 1
    )
    entry = AuditEntry.select().where((AuditEntry.table == "duty_rota") & (AuditEntry.row_id == changed.id))
    assert [e.action for e in entry.order_by(AuditEntry.id)] == ["create", "swap"]
    assert "与12月5日对调" in entry.order_by(AuditEntry.id.desc()).first().after
    # The same values again change nothing and need no reason.
    assert duty_rota.set_day(
        leader, day, other_unit, before.officer_id, None, before.leader_id, ""
    ).version == (after.version)


def test_set_day_checks_the_day_unit_and_accounts(hall, sessions, manager):
    units, leaders, officers = hall
    leader = sessions["leader"]
    with pytest.raises(ValidationError) as err:
        duty_rota.set_day(leader, OCT1, units[0], officers[0], None, leaders[0], "")
    assert err.value.for_field("day")
    with pytest.raises(ValidationError) as err:
        duty_rota.set_day(leader, OCT11, units[0], officers[0], officers[0], officers[1], "")
    assert err.value.for_field("leader") and err.value.for_field("officer2")
    with pytest.raises(ValidationError) as err:
        duty_rota.set_day(leader, OCT11, units[0], sessions["admin"].user_id, None, leaders[0], "")
    assert err.value.for_field("officer")
    retired = roster.retire_unit(manager, units[1], "撤并", 1)
    with pytest.raises(ValidationError) as err:
        duty_rota.set_day(leader, OCT11, retired.id, officers[0], None, leaders[0], "")
    assert err.value.for_field("unit")
    # A manager may lead the day; a leader may be a duty officer.
    made = duty_rota.set_day(manager, OCT11, units[0], leaders[1], None, manager.user_id, "")
    assert made.day == OCT11 and DutyRota.select().count() == 1


def test_permissions(hall, sessions, manager):
    units, leaders, officers = hall
    with pytest.raises(PermissionDenied):
        duty_rota.generate_month(sessions["officer"], 2025, 12)
    with pytest.raises(PermissionDenied):
        duty_rota.set_day(sessions["officer"], OCT11, units[0], officers[0], None, leaders[0], "")
    with pytest.raises(PermissionDenied):
        duty_rota.generate_month(sessions["admin"], 2025, 12)
    assert duty_rota.generate_month(manager, 2025, 12) > 0


def test_generation_needs_units(sessions):
    with pytest.raises(ValidationError, match="unit"):
        duty_rota.generate_month(sessions["leader"], 2025, 12)
