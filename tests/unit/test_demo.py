import datetime as dt
import random

import pytest

from app import auth, demo, demo_sanctions, roster, settings
from app.errors import ValidationError
from db.models import AuditEntry, Staff, Unit, User, Window

PASSWORD = "demo-test-pw"


def _staff_table() -> list[tuple]:
    return [
        (
            s.staff_no,
            s.name,
            s.unit.name,
            s.window.number if s.window else None,
            s.position,
            s.mobile,
            s.hire_date,
            s.trained_on,
            s.left_on,
            s.left_reason,
            s.note,
        )
        for s in Staff.select().order_by(Staff.staff_no)
    ]


def test_fills_a_realistic_hall(store):
    report = demo.fill_demo(staff=60, years=2, seed=5, password=PASSWORD)
    today = dt.date.today()

    units = list(Unit.select())
    assert 6 <= len(units) <= 8
    assert {"社会保险服务中心", "就业服务中心", "综合受理窗口", "医疗保险服务中心"} <= {u.name for u in units}
    staff = list(Staff.select())
    assert len(staff) == report.staff == 60
    assert len({s.name for s in staff}) == 60
    assert [s.staff_no for s in sorted(staff, key=lambda s: s.staff_no)][0] == "1001"
    assert all(roster.MOBILE_RE.match(s.mobile) and s.mobile[:2] in ("13", "15", "18") for s in staff)
    assert len({s.mobile for s in staff}) == 60
    assert all(s.hire_date <= today and (s.trained_on is None or s.trained_on <= today) for s in staff)
    # Some were hired during the demo years, most before.
    start = today - dt.timedelta(days=365 * 2)
    assert any(s.hire_date >= start for s in staff) and any(s.hire_date < start for s in staff)

    left = [s for s in staff if s.left_on is not None]
    assert 3 <= len(left) <= 5 and report.left == len(left)
    assert all(start <= s.left_on < today and s.left_on > s.hire_date for s in left)
    assert all(s.left_reason in {r for r, _ in demo.LEAVING_REASONS} for s in left)

    untrained = [s for s in staff if s.trained_on is None]
    assert untrained and report.untrained == len(untrained)
    assert all(s.window_id is None for s in untrained)
    # Everyone at a window passed training, and the window is their own unit's.
    assert all(s.trained_on is not None and s.window.unit_id == s.unit_id for s in staff if s.window_id)
    assert all(s.trained_on >= s.hire_date for s in staff if s.trained_on)

    windows = list(Window.select().order_by(Window.number))
    assert [w.number for w in windows] == [f"{i:02d}" for i in range(1, len(windows) + 1)]
    working = [s for s in staff if s.trained_on and s.left_on is None]
    # A county hall: 20-60 windows for 50-300 staff, A/B posts sharing a window.
    assert 2 <= len(working) / len(windows) <= 4
    # Each unit owns one consecutive run of windows.
    owners = [w.unit_id for w in windows]
    runs = [u for i, u in enumerate(owners) if i == 0 or owners[i - 1] != u]
    assert len(runs) == len(set(runs)) == len(units)
    assert sum(s.position == "窗口负责人" for s in staff) == len({s.unit_id for s in working})

    assert settings.get("hall_name") == demo.HALL_NAME


def test_everything_is_audited_as_the_demo(store):
    demo.fill_demo(staff=20, seed=2, password=PASSWORD)
    created = {(a.table, a.row_id) for a in AuditEntry.select().where(AuditEntry.action == "create")}
    assert all(("staff", s.id) in created for s in Staff.select())
    assert all(("unit", u.id) in created for u in Unit.select())
    leaves = AuditEntry.select().where(AuditEntry.action == "leave").count()
    assert leaves == Staff.select().where(Staff.left_on.is_null(False)).count()
    # The ledger's decisions are the demo manager's own, as the ledger shows them.
    assert {a.username for a in AuditEntry.select()} == {"demo", demo_sanctions.MANAGER}


def test_one_user_per_role_sharing_the_password(store):
    report = demo.fill_demo(staff=10, seed=1, password=PASSWORD)
    roles = {u.username: u.role for u in User.select()}
    assert roles == {"zhiban": "officer", "daiban": "leader", "bangong": "manager", "admin": "admin"}
    for name in roles:
        assert auth.login(name, PASSWORD).username == name
    # A person's name, not their post: the post is shown beside it where needed.
    zhiban = User.get(User.username == "zhiban").display_name
    assert 2 <= len(zhiban) <= 4 and not zhiban.startswith("值班员")
    text = report.summary()
    assert f"Users (password {PASSWORD}): zhiban (duty officer), daiban (duty leader)" in text
    assert "bangong (manager), admin (administrator)" in text


def test_same_seed_same_hall(tmp_path):
    from app.store import open_store
    from db.connection import close_database

    tables = []
    for name, seed in (("a.db", 7), ("b.db", 7), ("c.db", 8)):
        open_store(str(tmp_path / name))
        demo.fill_demo(staff=30, seed=seed, password=PASSWORD)
        tables.append(
            (
                _staff_table(),
                [(w.number, w.title, w.unit.name) for w in Window.select().order_by(Window.number)],
            )
        )
        close_database()
    assert tables[0] == tables[1]
    assert tables[0] != tables[2]


def test_plan_has_no_future_dates_and_distinct_names_at_scale():
    today = dt.date(2026, 3, 1)
    plan = demo.plan_hall(random.Random(4), 3000, 5, today)
    assert len(plan.people) == 3000
    assert len({p.name for p in plan.people}) == 3000
    assert all(p.hire_date <= today and (p.trained_on or today) <= today for p in plan.people)
    assert all(p.left_on is None or p.left_on < today for p in plan.people)
    share = sum(p.left_on is not None for p in plan.people) / 3000
    assert 0.05 <= share <= 0.08
    assert any(len(p.name) >= 3 and p.name[:2] in ("欧阳", "司马", "上官", "诸葛") for p in plan.people)


def test_refuses_a_database_with_units_or_staff(store, admin):
    roster.add_unit(admin, "就业服务中心")
    before = AuditEntry.select().count()
    with pytest.raises(ValidationError, match="already holds units or staff"):
        demo.fill_demo(staff=10, password=PASSWORD)
    assert AuditEntry.select().count() == before
    assert Staff.select().count() == 0 and User.select().count() == 4


def test_keeps_existing_accounts(store):
    auth.create_first_admin("admin", "the-admins-own-1")
    report = demo.fill_demo(staff=10, password=PASSWORD)
    assert auth.login("admin", "the-admins-own-1").role == "admin"
    assert report.kept_users == ["admin"]
    assert [name for name, _ in report.users] == ["zhiban", "daiban", "bangong"]
    assert "kept with their own passwords: admin" in report.summary()


def test_password_from_environment_or_random(store, monkeypatch):
    monkeypatch.setenv("HALLDESK_DEMO_PASSWORD", "from-the-env-9")
    assert demo.demo_password() == "from-the-env-9"
    assert demo.demo_password("given-one-9") == "given-one-9"
    monkeypatch.delenv("HALLDESK_DEMO_PASSWORD")
    first, second = demo.demo_password(), demo.demo_password()
    assert first.startswith("demo-") and len(first) == 11 and first != second
    report = demo.fill_demo(staff=5)
    assert report.password.startswith("demo-")
    assert auth.login("bangong", report.password).role == "manager"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"staff": 4}, "staff"),
        ({"staff": 5001}, "staff"),
        ({"years": 0}, "years"),
        ({"password": "short"}, "password"),
    ],
)
def test_bad_arguments_write_nothing(store, kwargs, field):
    args = {"password": PASSWORD, **kwargs}
    with pytest.raises(ValidationError) as err:
        demo.fill_demo(**args)
    assert err.value.for_field(field)
    assert not demo.holds_data() and AuditEntry.select().count() == 0


def _months_since(first: dt.date) -> int:
    today = dt.date.today()
    return (today.year - first.year) * 12 + today.month - first.month + 1


def test_progress_counts_up_to_the_total(store):
    calls = []
    demo.fill_demo(
        staff=12, seed=3, password=PASSWORD, progress=lambda done, total: calls.append((done, total))
    )
    totals = {t for _, t in calls}
    assert len(totals) == 1
    total = totals.pop()
    assert [d for d, _ in calls] == list(range(1, total + 1))
    assert (
        total
        == Unit.select().count()
        + Window.select().count()
        + 12
        + Staff.select().where(Staff.left_on.is_null(False)).count()
        + len(demo.DEMO_USERS)
        + 1
        + 366  # punches: one tick per calendar day of the demo's year, today included
        + 12  # leave: one tick per person
        + _months_since(dt.date.today() - dt.timedelta(days=365))  # duty rota: one tick per month
        + 366  # inspections: one tick per calendar day of the demo's year, today included
        + 92  # duty logs: one tick per calendar day of the last 91 days, today included
        + demo_sanctions.WEEKS
        + 3  # sanctions: letterhead, one tick per week, commendations, notices
    )


def test_a_failing_step_leaves_nothing_behind(store, monkeypatch):
    def broken(ctx, tick):
        raise ValidationError("boom")

    monkeypatch.setattr(demo, "STEPS", [*demo.STEPS[:3], demo.Step("broken", lambda ctx: 1, broken)])
    with pytest.raises(ValidationError, match="boom"):
        demo.fill_demo(staff=10, password=PASSWORD)
    assert not demo.holds_data() and AuditEntry.select().count() == 0


def test_demo_after_first_start_keeps_the_one_administrator(store):
    auth.create_first_admin("chief", "long-enough-1", "主任")
    report = demo.fill_demo(staff=20, seed=2, password="demo-pass-1")
    admins = [u.username for u in User.select().where(User.role == "admin")]
    assert admins == ["chief"]
    assert {name for name, _ in report.users} == {"zhiban", "daiban", "bangong"}
    assert "chief" in report.kept_users
