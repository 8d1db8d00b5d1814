"""``halldesk leave import`` and ``leave list`` end to end, on a demo hall."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import chinese_calendar
import pytest

from tests.integration.test_cli import DEMO_PASSWORD, acting, copy_db, halldesk, query

HEADER = "工号,姓名,请假类别,开始时间,结束时间,替岗人员,批准人,事由"


@pytest.fixture(scope="module")
def demo_hall(tmp_path_factory) -> Path:
    """A demo hall of 12 staff and a year of history, made once; tests work on copies."""
    tmp = tmp_path_factory.mktemp("leave")
    db = tmp / "hall.db"
    result = halldesk(
        tmp,
        "demo",
        "--db",
        str(db),
        "--staff",
        "12",
        "--seed",
        "4",
        env={"HALLDESK_DEMO_PASSWORD": DEMO_PASSWORD},
    )
    assert result.returncode == 0, result.stderr
    count = query(db, "SELECT count(*) FROM leave_slip")[0][0]
    outings = query(
        db, "SELECT count(*) FROM leave_slip s JOIN leave_kind k ON k.id = s.kind_id WHERE k.outing = 1"
    )[0][0]
    assert count > 0 and f"Leave slips: {count} ({outings} outings)." in result.stdout
    return db


@pytest.fixture
def hall(demo_hall, tmp_path) -> Path:
    return copy_db(demo_hall, tmp_path / "hall.db")


def workdays_from(day: dt.date, n: int) -> list[dt.date]:
    out = []
    while len(out) < n:
        if chinese_calendar.is_workday(day):
            out.append(day)
        day += dt.timedelta(days=1)
    return out


@pytest.fixture
def pair(hall):
    """Two trained colleagues of one unit, employed on three workdays before the demo's slips begin."""
    days = workdays_from(dt.date.today() - dt.timedelta(days=420), 3)
    rows = query(
        hall,
        "SELECT staff_no, name, unit_id FROM staff WHERE trained_on <= ? AND (left_on IS NULL OR left_on > ?)"
        " ORDER BY unit_id, staff_no",
        days[0].isoformat(),
        days[-1].isoformat(),
    )
    by_unit: dict[int, list[tuple[str, str]]] = {}
    for no, name, unit in rows:
        by_unit.setdefault(unit, []).append((no, name))
    a, b = next(people for people in by_unit.values() if len(people) >= 2)[:2]
    return a, b, days


def slips(db: Path) -> int:
    return query(db, "SELECT count(*) FROM leave_slip")[0][0]


def audit_entries(db: Path) -> int:
    """Entries other than logins (every command that changes data logs its user in)."""
    return query(db, "SELECT count(*) FROM audit_entry WHERE action NOT IN ('login', 'login_failed')")[0][0]


def test_import_then_list_and_attendance(hall, pair, tmp_path):
    (a_no, a_name), (b_no, b_name), (d1, d2, d3) = pair
    path = tmp_path / "old.csv"
    path.write_text(
        "\n".join(
            [
                HEADER,
                f"{a_no},{a_name},病假,{d1},{d2} 上午,{b_name},daiban,发烧",
                f"{b_no},{b_name},临时外出,{d3} 09:30,10:30,,,到医保局送材料",
            ]
        ),
        encoding="utf-8-sig",
    )
    before = slips(hall)
    result = halldesk(
        tmp_path, "leave", "import", str(path), "--db", str(hall), env=acting("bangong", DEMO_PASSWORD)
    )
    assert result.returncode == 0, result.stderr
    assert "Slips imported: 2 (1 approved, 1 awaiting approval)." in result.stdout
    assert "Of these, temporary outings: 1." in result.stdout
    assert slips(hall) == before + 2
    assert query(
        hall, "SELECT count(*) FROM audit_entry WHERE action = 'import' AND username = 'bangong'"
    ) == [(2,)]

    listed = halldesk(tmp_path, "leave", "list", "--date", d1.isoformat(), "--json", "--db", str(hall))
    assert listed.returncode == 0, listed.stderr
    mine = [s for s in json.loads(listed.stdout) if s["staff_no"] == a_no]
    assert len(mine) == 1
    assert {
        k: mine[0][k] for k in ("kind", "from", "to", "substitute", "status", "approved_by", "reason")
    } == {
        "kind": "病假",
        "from": f"{d1} AM",
        "to": f"{d2} AM",
        "substitute": b_name,
        "status": "approved",
        "approved_by": "daiban",
        "reason": "发烧",
    }
    text = halldesk(tmp_path, "leave", "list", "--date", d3.isoformat(), "--db", str(hall))
    assert text.returncode == 0 and f"{b_no}\t{b_name}\t临时外出\t{d3} 09:30\t{d3} 10:30" in text.stdout

    day = halldesk(tmp_path, "attendance", "--date", d1.isoformat(), "--json", "--db", str(hall))
    assert day.returncode == 0, day.stderr
    assert json.loads(day.stdout) == []  # before the terminal's first record: nobody is judged

    # The terminal's older download arrives: from then on the day is judged, the leave shows.
    old = tmp_path / "old_attlog.csv"
    old.write_text(f"工号,打卡时间\n{b_no},{d1} 07:58:00\n", encoding="utf-8")
    imported = halldesk(
        tmp_path, "punches", "import", str(old), "--db", str(hall), env=acting("zhiban", DEMO_PASSWORD)
    )
    assert imported.returncode == 0, imported.stderr
    day = halldesk(tmp_path, "attendance", "--date", d1.isoformat(), "--json", "--db", str(hall))
    sessions = [s for s in json.loads(day.stdout) if s["staff_no"] == a_no]
    assert [s["status"] for s in sessions] == ["LEAVE", "LEAVE"]
    assert "病假" in sessions[0]["explanation"]


def test_a_bad_file_lists_its_rows_and_changes_nothing(hall, pair, tmp_path):
    (a_no, a_name), (b_no, b_name), (d1, d2, _d3) = pair
    path = tmp_path / "bad.csv"
    path.write_text(
        "\n".join(
            [
                HEADER,
                f"99999,,病假,{d1},{d1},{b_no},,",
                f"{a_no},{a_name},病假,{d1},2025-02-30,{b_no},,",
                f"{a_no},{a_name},病假,{d2},{d2},{a_no},,",
                f"{b_no},{b_name},事假,{d2},{d2},{a_no},,",
            ]
        ),
        encoding="utf-8",
    )
    before = (slips(hall), audit_entries(hall))
    result = halldesk(
        tmp_path, "leave", "import", str(path), "--db", str(hall), env=acting("bangong", DEMO_PASSWORD)
    )
    assert result.returncode == 2
    assert "row 2, staff number: No staff member has the number 99999." in result.stderr
    assert "row 3, to: “2025-02-30” is not a date" in result.stderr
    assert "row 4, substitute: The substitute cannot be the person taking leave." in result.stderr
    assert "row 5" not in result.stderr  # good alone; nothing is written all the same
    assert (slips(hall), audit_entries(hall)) == before


def test_an_officer_may_not_import_approvals(hall, pair, tmp_path):
    (a_no, a_name), (_b_no, b_name), (d1, _d2, _d3) = pair
    path = tmp_path / "approved.csv"
    path.write_text(f"{HEADER}\n{a_no},{a_name},病假,{d1},{d1},{b_name},daiban,发烧\n", encoding="utf-8")
    before = slips(hall)
    result = halldesk(
        tmp_path, "leave", "import", str(path), "--db", str(hall), env=acting("zhiban", DEMO_PASSWORD)
    )
    assert (
        result.returncode == 2 and "duty officer" in result.stderr and "approved-by column" in result.stderr
    )
    assert slips(hall) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["leave", "import", "missing.csv"], "does not exist"),
        (["leave", "import", "slips.txt"], "use an Excel workbook (.xlsx) or a CSV file (.csv)"),
        (["leave", "list", "--date", "2025-13-01"], "is not a date"),
    ],
)
def test_errors_exit_2_without_traceback(hall, tmp_path, args, message):
    (tmp_path / "slips.txt").write_text("x", encoding="utf-8")
    args = [str(tmp_path / a) if a.endswith((".csv", ".txt")) else a for a in args]
    result = halldesk(tmp_path, *args, "--db", str(hall), env=acting("bangong", DEMO_PASSWORD))
    assert result.returncode == 2 and message in result.stderr, result.stderr


def test_import_needs_a_user(hall, tmp_path):
    path = tmp_path / "slips.csv"
    path.write_text(HEADER + "\n", encoding="utf-8")
    result = halldesk(tmp_path, "leave", "import", str(path), "--db", str(hall))
    assert result.returncode == 2 and "--user NAME or HALLDESK_USER" in result.stderr
