"""The session derivation of rule R1, branch by branch, without a database."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.attendance import (
    ABSENT,
    AM,
    EARLY,
    LATE,
    LATE_EARLY,
    LEAVE,
    MISSING,
    ON_TIME,
    PENDING,
    PM,
    LeaveCover,
    derive_day,
    explain,
    split_punches,
)
from app.schedule import Hours, minutes

WINTER = Hours(minutes("08:00"), minutes("12:00"), minutes("14:30"), minutes("17:30"), 0, "winter")
SUMMER = Hours(minutes("08:00"), minutes("12:00"), minutes("15:00"), minutes("18:00"), 0, "summer")


def m(text: str) -> int:
    return minutes(text)


def statuses(hours, punches, **kw):
    return {d.session: d.status for d in derive_day(hours, [m(p) for p in punches], **kw)}


def test_split_points_winter():
    # m_am = 10:00, b = 13:15, m_pm = 16:00
    found = split_punches(
        WINTER, [m(t) for t in ["07:50", "09:59", "10:00", "13:14", "13:15", "15:59", "16:00", "23:59"]]
    )
    assert found[(AM, "in")] == m("07:50")  # earliest before 10:00
    assert found[(AM, "out")] == m("13:14")  # latest in [10:00, 13:15)
    assert found[(PM, "in")] == m("13:15")  # earliest in [13:15, 16:00)
    assert found[(PM, "out")] == m("23:59")  # latest from 16:00


def test_split_points_summer_midpoints():
    # m_am = 10:00, b = 13:30, m_pm = 16:30
    found = split_punches(SUMMER, [m("13:29"), m("13:30"), m("16:29"), m("16:30")])
    assert found[(AM, "out")] == m("13:29")
    assert found[(PM, "in")] == m("13:30")
    assert found[(PM, "out")] == m("16:30")
    assert (AM, "in") not in found


def test_half_minute_midpoint():
    # 08:00-12:01 → m_am = 10:00:30: a punch at 10:00 is still a clock-in.
    odd = Hours(m("08:00"), m("12:01"), m("14:30"), m("17:30"), 0, "odd")
    found = split_punches(odd, [m("07:55"), m("10:00")])
    assert found[(AM, "in")] == m("07:55") and (AM, "out") not in found
    found = split_punches(odd, [m("10:00")])
    assert found[(AM, "in")] == m("10:00")
    found = split_punches(odd, [m("10:01")])
    assert found[(AM, "out")] == m("10:01")


def test_on_time_both_sessions():
    assert statuses(WINTER, ["07:58", "12:01", "14:25", "17:31"]) == {AM: ON_TIME, PM: ON_TIME}


def test_exactly_at_start_and_end_is_on_time():
    assert statuses(WINTER, ["08:00", "12:00", "14:30", "17:30"]) == {AM: ON_TIME, PM: ON_TIME}


def test_one_minute_late_and_one_minute_early():
    assert statuses(WINTER, ["08:01", "11:59", "14:31", "17:29"]) == {AM: LATE_EARLY, PM: LATE_EARLY}
    assert statuses(WINTER, ["08:01", "12:00", "14:30", "17:29"]) == {AM: LATE, PM: EARLY}


def test_minute_resolution_is_applied_by_the_caller_truncating_seconds():
    # 08:00:59 arrives as minute 480 (the store truncates seconds): on time.
    assert statuses(WINTER, ["08:00", "12:00", "14:30", "17:30"])[AM] == ON_TIME


def test_grace_minutes():
    graced = Hours(m("08:00"), m("12:00"), m("14:30"), m("17:30"), 5, "graced")
    assert statuses(graced, ["08:05", "11:55", "14:35", "17:25"]) == {AM: ON_TIME, PM: ON_TIME}
    assert statuses(graced, ["08:06", "11:54", "14:36", "17:24"]) == {AM: LATE_EARLY, PM: LATE_EARLY}


def test_absent_and_missing():
    assert statuses(WINTER, []) == {AM: ABSENT, PM: ABSENT}
    assert statuses(WINTER, ["07:55"]) == {AM: MISSING, PM: ABSENT}
    assert statuses(WINTER, ["12:05"]) == {AM: MISSING, PM: ABSENT}
    assert statuses(WINTER, ["17:40"]) == {AM: ABSENT, PM: MISSING}


def test_missing_is_not_also_late_but_says_so():
    (am, _pm) = derive_day(WINTER, [m("08:20")])
    assert am.status == MISSING and not am.late and not am.early
    assert "clock-in 08:20 after 08:00" in explain(am.explanation)


def test_many_punches_take_earliest_in_and_latest_out():
    day = derive_day(WINTER, [m(t) for t in ["07:40", "07:41", "08:30", "11:00", "12:02", "12:03"]])
    am = day[0]
    assert (am.clock_in, am.clock_out, am.status) == (m("07:40"), m("12:03"), ON_TIME)


def test_leave_ignores_punches():
    leave = {AM: LeaveCover(7, "sick")}
    day = derive_day(WINTER, [m("09:00")], leave=leave)
    assert day[0].status == LEAVE and day[0].clock_in is None
    assert "slip 7" in explain(day[0].explanation)
    assert day[1].status == ABSENT


def test_correction_adds_a_missing_clock_out():
    day = derive_day(WINTER, [m("07:55")], corrections={(AM, "out"): (m("12:00"), "leader1")})
    assert day[0].status == ON_TIME and day[0].corrected
    assert "corrected to 12:00" in explain(day[0].explanation)


def test_correction_replaces_a_late_clock_in():
    day = derive_day(WINTER, [m("08:20"), m("12:00")], corrections={(AM, "in"): (m("08:00"), "leader1")})
    assert day[0].status == ON_TIME


def test_today_in_progress_is_pending_not_absent():
    # 09:00 today: the morning's window closes at 13:15.
    day = derive_day(WINTER, [], now=m("09:00"))
    assert [d.status for d in day] == [PENDING, PENDING]
    day = derive_day(WINTER, [m("07:58")], now=m("11:00"))
    assert day[0].status == PENDING
    # After 13:15 the morning is final.
    day = derive_day(WINTER, [m("07:58")], now=m("13:16"))
    assert day[0].status == MISSING and day[1].status == PENDING


def test_explanations_name_times():
    late = derive_day(WINTER, [m("08:07"), m("12:00")])[0]
    assert explain(late.explanation) == "clock-in 08:07 after 08:00"
    absent = derive_day(WINTER, [])[1]
    assert explain(absent.explanation) == "no punch between 14:30 and 17:30, no approved leave"
    early = derive_day(WINTER, [m("14:20"), m("17:00")])[1]
    assert explain(early.explanation) == "clock-out 17:00 before 17:30"


minute = st.integers(min_value=0, max_value=24 * 60 - 1)


@given(st.lists(minute, max_size=12))
def test_permutation_and_duplication_do_not_matter(punches):
    base = [(d.status, d.clock_in, d.clock_out) for d in derive_day(WINTER, punches)]
    shuffled = list(reversed(punches)) + punches[: len(punches) // 2]
    assert [(d.status, d.clock_in, d.clock_out) for d in derive_day(WINTER, shuffled)] == base


@given(st.lists(minute, max_size=12))
def test_every_session_gets_exactly_one_status(punches):
    for d in derive_day(SUMMER, punches):
        assert d.status in (ON_TIME, LATE, EARLY, LATE_EARLY, MISSING, ABSENT)
        assert d.late == (d.status in (LATE, LATE_EARLY))
        assert d.early == (d.status in (EARLY, LATE_EARLY))
        if d.status == ABSENT:
            assert d.clock_in is None and d.clock_out is None


@pytest.mark.parametrize(
    ("punch", "slot"),
    [
        ("09:59", (AM, "in")),
        ("10:00", (AM, "out")),
        ("13:14", (AM, "out")),
        ("13:15", (PM, "in")),
        ("15:59", (PM, "in")),
        ("16:00", (PM, "out")),
    ],
)
def test_boundaries_winter(punch, slot):
    assert set(split_punches(WINTER, [m(punch)])) == {slot}


def test_today_a_late_clock_in_shows_before_the_session_is_over():
    am = derive_day(WINTER, [m("08:12")], now=m("09:30"))[0]
    assert am.status == PENDING and am.late
    am = derive_day(WINTER, [m("08:12")], now=m("13:20"))[0]
    assert am.status == MISSING and not am.late
