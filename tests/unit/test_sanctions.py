"""The weekly rule R8: proposals with their evidence, idempotent evaluation, the ledger's steps."""

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import attendance, corrections, eligibility, inspections, roster, sanction_rules, sanctions
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.roster import StaffInput
from db.models import AuditEntry, InspectionCategory, Punch, Sanction

MON = dt.date(2025, 12, 1)  # winter hours: 08:00-12:00, 14:30-17:30, no grace
WEEK = sanction_rules.week_period("2025-W49")
AFTER = dt.datetime(2025, 12, 8, 9, 0)
ON_TIME = {"AM": ("07:55", "12:01"), "PM": ("14:25", "17:31")}
PATTERNS = {
    "on_time": lambda s: ON_TIME[s],
    "late": lambda s: ("08:20", "12:01") if s == "AM" else ("14:45", "17:31"),
    "early": lambda s: ("07:55", "11:40") if s == "AM" else ("14:25", "17:00"),
    "late_early": lambda s: ("08:20", "11:40") if s == "AM" else ("14:45", "17:00"),
    "absent": lambda s: (),
}
COUNTS = {"on_time": 0, "late": 1, "early": 1, "late_early": 2, "absent": 1}


@pytest.fixture
def hall(manager):
    unit = roster.add_unit(manager, "社会保险服务中心")
    people = {}
    for i, name in enumerate(["张三", "李四", "王五"]):
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


def work_week(people, plan: dict[tuple[str, int, str], str] | None = None) -> None:
    """Punches for Monday to Friday: on time unless ``plan`` says otherwise for (name, weekday, session)."""
    plan = plan or {}
    Punch.delete().execute()
    rows = []
    for name, person in people.items():
        for d in range(5):
            day = MON + dt.timedelta(days=d)
            for s in ("AM", "PM"):
                for t in PATTERNS[plan.get((name, d, s), "on_time")](s):
                    rows.append(
                        {"staff": person.id, "at": dt.datetime.combine(day, dt.time.fromisoformat(t))}
                    )
    Punch.insert_many(rows).execute()
    attendance.invalidate_days([MON + dt.timedelta(days=d) for d in range(7)])


def by_person(outcomes):
    out = {}
    for o in outcomes:
        out.setdefault(o.name, {})[o.kind] = o
    return out


def test_two_in_a_week_is_criticism_three_costs_eligibility(hall, manager):
    work_week(
        hall,
        {
            ("张三", 0, "AM"): "late",
            ("张三", 1, "PM"): "early",
            ("李四", 2, "AM"): "late_early",
            ("李四", 3, "PM"): "absent",
            ("王五", 4, "AM"): "late",
        },
    )
    got = by_person(sanctions.evaluate(manager, WEEK, now=AFTER))
    assert set(got) == {"张三", "李四"}
    assert set(got["张三"]) == {"CRITICISM"}
    assert set(got["李四"]) == {"CRITICISM", "INELIGIBLE"}
    crit = got["李四"]["CRITICISM"]
    assert crit.counted == 3 and crit.change == "new" and crit.status == "proposed"
    assert [(i["day"], i["session"], i["flag"]) for i in crit.evidence] == [
        ("2025-12-03", "AM", "LATE"),
        ("2025-12-03", "AM", "EARLY"),
        ("2025-12-04", "PM", "ABSENT"),
    ]
    assert crit.evidence[0]["clock_in"] == "08:20" and crit.evidence[0]["start"] == "08:00"
    entry = sanctions.entry(crit.entry_id)
    assert entry.day == dt.date(2025, 12, 4) and entry.period_label == "2025-W49"


def test_evaluating_again_changes_nothing(hall, manager):
    work_week(hall, {("张三", 0, "AM"): "late", ("张三", 1, "PM"): "early"})
    first = sanctions.evaluate(manager, WEEK, now=AFTER)
    entries, trail = Sanction.select().count(), AuditEntry.select().count()
    again = sanctions.evaluate(manager, WEEK, now=AFTER)
    assert [o.entry_id for o in again] == [o.entry_id for o in first]
    assert {o.change for o in again} == {"unchanged"}
    assert Sanction.select().count() == entries and AuditEntry.select().count() == trail


def test_an_approved_correction_withdraws_the_proposal_with_the_reason(hall, manager, sessions):
    work_week(hall, {("张三", 0, "AM"): "late", ("张三", 1, "PM"): "early"})
    (proposal,) = sanctions.evaluate(manager, WEEK, now=AFTER)
    leader = sessions["leader"]
    c = corrections.request_correction(
        leader, hall["张三"].id, MON + dt.timedelta(days=1), "PM", "out", "17:35", "签退机故障，有纸质签到表"
    )
    corrections.decide(manager, c.id, True)
    (outcome,) = sanctions.evaluate(manager, WEEK, now=AFTER)
    assert outcome.entry_id == proposal.entry_id and outcome.change == "withdrawn"
    assert outcome.status == "withdrawn" and outcome.counted == 1
    assert "2" in outcome.note and "1" in outcome.note
    entry = sanctions.entry(proposal.entry_id)
    assert entry.status == "withdrawn" and "2025-12-02" in entry.note
    # Withdrawn stays withdrawn while the evidence stays the same, and cannot be confirmed.
    assert sanctions.evaluate(manager, WEEK, now=AFTER) == []
    with pytest.raises(ConflictError):
        sanctions.confirm(manager, proposal.entry_id)


def test_changed_evidence_updates_an_open_proposal_but_not_a_decided_one(hall, manager):
    plan = {
        ("张三", 0, "AM"): "late",
        ("张三", 1, "PM"): "early",
        ("李四", 0, "AM"): "late",
        ("李四", 1, "AM"): "late",
    }
    work_week(hall, plan)
    got = by_person(sanctions.evaluate(manager, WEEK, now=AFTER))
    confirmed = sanctions.confirm(manager, got["李四"]["CRITICISM"].entry_id)
    assert confirmed.status == "confirmed" and confirmed.confirmed_by == manager.username
    work_week(hall, {**plan, ("张三", 2, "AM"): "late", ("李四", 2, "AM"): "late"})
    again = by_person(sanctions.evaluate(manager, WEEK, now=AFTER))
    assert again["张三"]["CRITICISM"].change == "updated" and again["张三"]["CRITICISM"].counted == 3
    assert "INELIGIBLE" in again["张三"] and again["张三"]["INELIGIBLE"].change == "new"
    assert again["李四"]["CRITICISM"].change == "decided"
    assert sanctions.entry(confirmed.id).counted == 2  # what was confirmed is what stays on record


def test_an_off_post_finding_counts_once_with_its_session(hall, manager, sessions):
    work_week(hall, {("王五", 0, "AM"): "late"})
    leader = sessions["leader"]
    off_post = InspectionCategory.get(InspectionCategory.code == "off_post").id
    for minute in ("09:40", "10:10"):  # twice in the same morning: one off-post session
        inspections.record(
            leader,
            dt.datetime.combine(MON + dt.timedelta(days=2), dt.time.fromisoformat(minute)),
            off_post,
            staff_id=hall["王五"].id,
            now=AFTER,
        )
    (o,) = sanctions.evaluate(manager, WEEK, now=AFTER)
    assert o.name == "王五" and o.counted == 2
    assert [i["flag"] for i in o.evidence if i["type"] == "session"] == ["LATE", "OFF_POST"]


def test_a_rule_can_count_other_categories_and_earlier_sanctions(hall, manager, admin, sessions):
    work_week(hall)
    leader = sessions["leader"]
    games = InspectionCategory.get(InspectionCategory.code == "games").id
    inspections.record(
        leader,
        dt.datetime.combine(MON, dt.time(9, 30)),
        games,
        staff_id=hall["张三"].id,
        note="手机游戏",
        now=AFTER,
    )
    sanction_rules.save_rule(
        admin,
        None,
        code="discipline",
        name="一周违反工作纪律一次",
        window="week",
        flags=[],
        categories=["games", "chat"],
        threshold=1,
        kind="CRITICISM",
        clause="上班时间不得玩游戏。",
    )
    ladder = sanction_rules.save_rule(
        admin,
        None,
        code="ladder",
        name="一年内通报批评两次给予警告",
        window="year",
        flags=[],
        categories=[],
        sanction_kinds=["CRITICISM"],
        threshold=2,
        kind="WARNING",
    )
    (o,) = sanctions.evaluate(manager, WEEK, now=AFTER)
    assert (
        o.rule == "discipline"
        and o.evidence[0]["type"] == "inspection"
        and o.evidence[0]["note"] == "手机游戏"
    )
    sanctions.confirm(manager, o.entry_id)
    sanctions.record_entry(manager, hall["张三"].id, "CRITICISM", dt.date(2025, 3, 3), "三月脱岗", today=MON)
    got = by_person(sanctions.evaluate(manager, WEEK, now=AFTER))
    warning = got["张三"]["WARNING"]
    assert warning.rule == ladder.code and warning.counted == 2 and warning.period == "2025"
    assert [i["type"] for i in warning.evidence] == ["sanction", "sanction"]


def test_rules_are_validated(admin, manager):
    with pytest.raises(ValidationError) as err:
        sanction_rules.save_rule(
            admin, None, code="Bad Code", name="", window="day", flags=["SLEEPY"], threshold=0, kind="AWARD"
        )
    fields = {p.field for p in err.value.problems}
    assert {"code", "name", "window", "flags", "threshold", "kind"} <= fields
    with pytest.raises(PermissionDenied):
        sanction_rules.save_rule(manager, None, code="x", name="x", flags=["LATE"])
    rule = sanction_rules.rules()[0]
    retired = sanction_rules.set_retired(admin, rule.id, True, rule.version)
    assert retired.retired and rule.id not in {r.id for r in sanction_rules.rules()}


def test_ledger_steps_need_the_role_and_a_reason(hall, manager, officer):
    work_week(hall, {("张三", 0, "AM"): "late", ("张三", 1, "PM"): "early"})
    with pytest.raises(PermissionDenied):
        sanctions.evaluate(officer, WEEK, now=AFTER)
    (o,) = sanctions.evaluate(manager, WEEK, now=AFTER)
    with pytest.raises(PermissionDenied):
        sanctions.confirm(officer, o.entry_id)
    with pytest.raises(ValidationError):
        sanctions.dismiss(manager, o.entry_id, "  ")
    dismissed = sanctions.dismiss(manager, o.entry_id, "经核实系打卡机故障")
    assert dismissed.status == "dismissed" and dismissed.dismissed_reason == "经核实系打卡机故障"
    assert sanctions.evaluate(manager, WEEK, now=AFTER)[0].change == "decided"
    steps = [h["action"] for h in sanctions.history(o.entry_id)]
    assert steps == ["create", "dismissed"]


def test_revoking_keeps_the_history_and_restores_eligibility(hall, manager):
    work_week(hall, {("张三", d, "AM"): "late" for d in range(3)})
    got = by_person(sanctions.evaluate(manager, WEEK, now=AFTER))
    inel = got["张三"]["INELIGIBLE"]
    pending = {s.name: s for s in eligibility.standings(2025)}["张三"]
    assert pending.eligible and pending.pending
    sanctions.confirm(manager, inel.entry_id)
    lost = {s.name: s for s in eligibility.standings(2025)}["张三"]
    assert not lost.eligible and "2025-W49" in lost.reason_text()
    with pytest.raises(ValidationError):
        sanctions.revoke_unissued(manager, inel.entry_id, "")
    revoked = sanctions.revoke_unissued(manager, inel.entry_id, "复核后认定为系统时钟错误")
    assert revoked.status == "revoked" and revoked.revoked_by == manager.username
    assert {s.name: s for s in eligibility.standings(2025)}["张三"].eligible
    assert Sanction.get_by_id(inel.entry_id).status == "revoked"  # still there
    assert [h["action"] for h in sanctions.history(inel.entry_id)] == ["create", "confirmed", "revoked"]


def test_manual_entries(hall, manager):
    with pytest.raises(ValidationError) as err:
        sanctions.record_entry(manager, 999, "PRAISE", dt.date(2030, 1, 1), "", today=MON)
    assert {p.field for p in err.value.problems} == {"staff", "kind", "day", "reason"}
    e = sanctions.record_entry(manager, hall["王五"].id, "COMMENDATION", MON, "群众送来锦旗", today=MON)
    assert e.status == "confirmed" and e.positive and e.counted is None
    assert [x.id for x in sanctions.list_entries(kinds=["COMMENDATION"])] == [e.id]


SESSION_KEYS = [(name, d, s) for name in ("张三", "李四") for d in range(5) for s in ("AM", "PM")]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(SESSION_KEYS), st.sampled_from(sorted(PATTERNS)), max_size=6))
def test_counts_equal_the_evidence_they_cite(hall, manager, plan):
    Sanction.delete().execute()
    work_week({k: hall[k] for k in ("张三", "李四")}, plan)
    got = by_person(sanctions.evaluate(manager, WEEK, now=AFTER))
    for name in ("张三", "李四"):
        expected = sum(COUNTS[p] for (n, _, _), p in plan.items() if n == name)
        kinds = got.get(name, {})
        assert ("CRITICISM" in kinds) == (expected >= 2)
        assert ("INELIGIBLE" in kinds) == (expected >= 3)
        for o in kinds.values():
            assert o.counted == expected == len(o.evidence)
            stored = attendance.person_history(hall[name].id, WEEK.start, WEEK.end)
            flags = {(r.day.isoformat(), r.session): r.status for r in stored}
            for item in o.evidence:
                status = flags[(item["day"], item["session"])]
                assert (
                    item["flag"]
                    in {
                        "LATE": ["LATE"],
                        "EARLY": ["EARLY"],
                        "LATE_EARLY": ["LATE", "EARLY"],
                        "ABSENT": ["ABSENT"],
                    }[status]
                )
            assert json.loads(Sanction.get_by_id(o.entry_id).evidence) == o.evidence
