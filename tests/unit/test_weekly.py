"""The weekly summary's counts against an independent computation from what happened in the week."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import attendance, inspections, roster, sanctions, weekly
from app.roster import StaffInput
from app.sanction_rules import week_period
from db.models import Inspection, InspectionCategory, Punch, Sanction

MON = dt.date(2025, 12, 1)  # winter hours: 08:00-12:00, 14:30-17:30, no grace
WEEK = week_period("2025-W49")
AFTER = dt.datetime(2025, 12, 8, 9, 0)
PUNCHES = {
    "on_time": {"AM": ("07:55", "12:01"), "PM": ("14:25", "17:31")},
    "late": {"AM": ("08:20", "12:01"), "PM": ("14:45", "17:31")},
    "early": {"AM": ("07:55", "11:40"), "PM": ("14:25", "17:00")},
    "late_early": {"AM": ("08:20", "11:40"), "PM": ("14:45", "17:00")},
    "absent": {"AM": (), "PM": ()},
    "missing": {"AM": ("07:55",), "PM": ("14:25",)},
}
# What each pattern is, as attendance defines it: (late, early, absent, missing, counted by R8)
EXPECTED = {
    "on_time": (0, 0, 0, 0, 0),
    "late": (1, 0, 0, 0, 1),
    "early": (0, 1, 0, 0, 1),
    "late_early": (1, 1, 0, 0, 2),
    "absent": (0, 0, 1, 0, 1),
    "missing": (0, 0, 0, 1, 0),
}
NAMES = ("张三", "李四", "王五")


@pytest.fixture
def hall(manager):
    units = [roster.add_unit(manager, "社会保险服务中心"), roster.add_unit(manager, "就业服务中心")]
    people = {}
    for i, name in enumerate(NAMES):
        unit = units[min(i, 1)]
        window = roster.add_window(manager, unit.id, f"0{i + 1}")
        people[name] = roster.add_staff(
            manager,
            StaffInput(
                staff_no=f"100{i + 1}",
                name=name,
                unit_id=unit.id,
                window_id=window.id,
                hire_date=dt.date(2024, 1, 2),
                trained_on=dt.date(2024, 1, 20),
            ),
        )
    return people


def category(code: str) -> int:
    return InspectionCategory.get(InspectionCategory.code == code).id


def live(hall, plan, findings, leader):
    Punch.delete().execute()
    Inspection.delete().execute()
    Sanction.delete().execute()
    rows = []
    for name, person in hall.items():
        for d in range(5):
            day = MON + dt.timedelta(days=d)
            for s in ("AM", "PM"):
                for t in PUNCHES[plan.get((name, d, s), "on_time")][s]:
                    rows.append(
                        {"staff": person.id, "at": dt.datetime.combine(day, dt.time.fromisoformat(t))}
                    )
    Punch.insert_many(rows).execute()
    attendance.invalidate_days([MON + dt.timedelta(days=d) for d in range(7)])
    for name, d, s, code in findings:
        at = dt.datetime.combine(MON + dt.timedelta(days=d), dt.time(10, 0) if s == "AM" else dt.time(15, 30))
        inspections.record(leader, at, category(code), staff_id=hall[name].id, now=AFTER)


def expected_counts(plan, findings):
    out = {}
    for name in NAMES:
        sessions = [plan.get((name, d, s), "on_time") for d in range(5) for s in ("AM", "PM")]
        late, early, absent, missing, counted = (sum(EXPECTED[p][i] for p in sessions) for i in range(5))
        off_post_sessions = {(d, s) for n, d, s, code in findings if n == name and code == "off_post"}
        other = sum(1 for n, _, _, code in findings if n == name and code not in ("off_post", "praise"))
        praise = sum(1 for n, _, _, code in findings if n == name and code == "praise")
        out[name] = {
            "late": late,
            "early": early,
            "absent": absent,
            "missing": missing,
            "off_post": len(off_post_sessions),
            "findings": other,
            "leave_sessions": 0,
            "counted": counted + len(off_post_sessions),
            "commendations": praise,
        }
    return out


KEYS = [(name, d, s) for name in NAMES for d in range(5) for s in ("AM", "PM")]
FINDINGS = st.tuples(
    st.sampled_from(NAMES),
    st.integers(0, 4),
    st.sampled_from(["AM", "PM"]),
    st.sampled_from(["off_post", "games", "dress", "praise"]),
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dictionaries(st.sampled_from(KEYS), st.sampled_from(sorted(PUNCHES)), max_size=10),
    st.lists(FINDINGS, max_size=5),
)
def test_counts_match_an_independent_computation(hall, sessions, plan, findings):
    live(hall, plan, findings, sessions["leader"])
    summary = weekly.summarise(WEEK, now=AFTER)
    got = summary.as_json()
    assert got["week"] == "2025-W49" and got["from"] == "2025-12-01" and got["to"] == "2025-12-07"
    assert got["workdays"] == [(MON + dt.timedelta(days=d)).isoformat() for d in range(5)]
    want = expected_counts(plan, findings)
    people = {p["name"]: p for p in got["staff"]}
    for name, counts in want.items():
        for key, value in counts.items():
            if key == "commendations":
                assert {p.name: p for p in summary.people}[name].commendations == value
            else:
                assert people[name][key] == value, (name, key)
    units = {u["unit"]: u for u in got["units"]}
    by_unit = {"社会保险服务中心": ["张三"], "就业服务中心": ["李四", "王五"]}
    for unit, names in by_unit.items():
        assert units[unit]["staff"] == len(names) and units[unit]["sessions"] == 10 * len(names)
        for key in ("late", "early", "absent", "missing", "off_post", "findings", "commendations"):
            assert units[unit][key] == sum(want[n][key] for n in names), (unit, key)
    # The proposals are what `sanctions evaluate` yields, before and after it is run.
    before = {(p["staff_no"], p["kind"], p["counted"]) for p in got["proposals"]}
    assert all(p["status"] is None for p in got["proposals"])
    outcomes = sanctions.evaluate(sessions["manager"], WEEK, now=AFTER)
    assert before == {(o.staff_no, o.kind, o.counted) for o in outcomes}
    assert {p["status"] for p in weekly.summarise(WEEK, now=AFTER).as_json()["proposals"]} <= {"proposed"}
    for name, counts in want.items():
        kinds = {p["kind"] for p in got["proposals"] if p["name"] == name}
        assert ("CRITICISM" in kinds) == (counts["counted"] >= 2)
        assert ("INELIGIBLE" in kinds) == (counts["counted"] >= 3)


def test_the_week_before_and_open_items(hall, sessions, manager):
    live(hall, {("张三", 0, "AM"): "missing", ("李四", 1, "PM"): "late"}, [], sessions["leader"])
    summary = weekly.summarise(WEEK, now=AFTER)
    # The terminal's records begin this week: the week before judges nobody.
    assert summary.previous == []
    assert summary.open_items.missing_punches == [
        {"staff_no": "1001", "name": "张三", "day": "2025-12-01", "session": "AM"}
    ]
    assert [p.name for p in summary.offenders] == ["李四"]
    year = weekly.summarise(weekly.year_period(2025), now=AFTER)
    assert {p.name: p.late for p in year.people}["李四"] >= 1
    assert "year" in year.as_json() and year.proposals == []


def test_default_week_is_last_week_on_mondays():
    assert weekly.default_week(dt.date(2025, 12, 8)).label == "2025-W49"
    assert weekly.default_week(dt.date(2025, 12, 10)).label == "2025-W50"
