"""``halldesk punches import`` end to end: a demo hall, a terminal download, the derived day."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import chinese_calendar
import pytest

from tests.integration.test_cli import DEMO_PASSWORD, acting, copy_db, halldesk, query

OFFICER = acting("zhiban", DEMO_PASSWORD)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("punches")
    db = tmp / "demo.db"
    result = halldesk(
        tmp,
        "demo",
        "--db",
        str(db),
        "--staff",
        "20",
        "--seed",
        "1",
        env={"HALLDESK_DEMO_PASSWORD": DEMO_PASSWORD},
    )
    assert result.returncode == 0, result.stderr
    return db


def quiet_day(db: Path) -> tuple[dt.date, list[str]]:
    """The latest past workday on which two staff then employed have no punches or corrections yet.

    The demo fills its year with punches, so this is usually the day before its history starts.
    """
    day = dt.date.today() - dt.timedelta(days=1)
    for _ in range(3 * 365):
        if chinese_calendar.is_workday(day):
            free = [
                no
                for (no,) in query(
                    db,
                    "SELECT staff_no FROM staff s WHERE hire_date <= ? AND (left_on IS NULL OR left_on >= ?)"
                    " AND NOT EXISTS (SELECT 1 FROM punch p WHERE p.staff_id = s.id AND p.at LIKE ?)"
                    " AND NOT EXISTS (SELECT 1 FROM correction c WHERE c.staff_id = s.id AND c.day = ?)"
                    " ORDER BY staff_no",
                    day.isoformat(),
                    day.isoformat(),
                    f"{day}%",
                    day.isoformat(),
                )
            ]
            if len(free) >= 2:
                return day, free[:2]
        day -= dt.timedelta(days=1)
    pytest.fail("no workday without punches in the demo")


def attlog(path: Path, lines: list[tuple[str, str]]) -> Path:
    path.write_bytes("".join(f"{pin:>12}\t{at}\t1\t0\t1\t0\r\n" for pin, at in lines).encode("ascii"))
    return path


def punch_count(db: Path) -> int:
    return query(db, "SELECT count(*) FROM punch")[0][0]


def test_import_report_duplicates_bad_file_and_derived_day(demo_db, tmp_path):
    db = copy_db(demo_db, tmp_path / "hall.db")
    day, (punctual, latecomer) = quiet_day(db)
    # Times that mean the same in winter (14:30-17:30) and summer (15:00-18:00) hours.
    lines = [
        (punctual, f"{day} 07:58:12"),
        (punctual, f"{day} 12:03:40"),
        (punctual, f"{day} 14:29:05"),
        (punctual, f"{day} 18:02:30"),
        (latecomer, f"{day} 08:07:00"),
        (latecomer, f"{day} 12:01:10"),
        (latecomer, f"{day} 08:07:00"),  # sent twice by the terminal
        ("99999", f"{day} 06:30:00"),  # the cleaner
        ("99999", f"{day} 18:30:00"),
    ]
    path = attlog(tmp_path / "1_attlog.dat", lines)
    before = punch_count(db)

    first = halldesk(tmp_path, "punches", "import", str(path), "--db", str(db), env=OFFICER)
    assert first.returncode == 0, first.stderr
    assert "Punches added: 6." in first.stdout
    assert "Duplicates (already stored or repeated in the file): 1." in first.stdout
    assert "Staff numbers not on the roster (2 punches skipped): 99999 ×2." in first.stdout
    assert punch_count(db) == before + 6
    entry = query(
        db, "SELECT username, action, after FROM audit_entry WHERE table_name = 'punch' ORDER BY id DESC"
    )[0]
    assert entry[:2] == ("zhiban", "import") and json.loads(entry[2])["added"] == 6

    again = halldesk(tmp_path, "punches", "import", str(path), "--db", str(db), env=OFFICER)
    assert again.returncode == 0, again.stderr
    assert "Punches added: 0." in again.stdout
    assert "Duplicates (already stored or repeated in the file): 7." in again.stdout

    bad = attlog(tmp_path / "2_attlog.dat", [(punctual, f"{day} 17:45:00"), (punctual, f"{day} 17:46:00")])
    bad.write_bytes(bad.read_bytes() + f"{punctual:>12}\t{day} 17:47\t1\t0\t1\t0\r\n".encode())
    refused = halldesk(tmp_path, "punches", "import", str(bad), "--db", str(db), env=OFFICER)
    assert refused.returncode == 2
    assert "row 3:" in refused.stderr and "is not a time of the form YYYY-MM-DD HH:MM:SS" in refused.stderr
    assert punch_count(db) == before + 6

    shown = halldesk(tmp_path, "attendance", "--date", day.isoformat(), "--json", "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    statuses = {(e["staff_no"], e["session"]): e for e in json.loads(shown.stdout)}
    assert statuses[(punctual, "AM")]["status"] == "ON_TIME"
    assert (statuses[(punctual, "PM")]["clock_in"], statuses[(punctual, "PM")]["clock_out"]) == (
        "14:29",
        "18:02",
    )
    assert statuses[(punctual, "PM")]["status"] == "ON_TIME"
    assert statuses[(latecomer, "AM")]["status"] == "LATE"
    assert "08:07" in statuses[(latecomer, "AM")]["explanation"]
    assert statuses[(latecomer, "PM")]["status"] == "ABSENT"


def test_forced_format_and_a_csv_in_chinese(demo_db, tmp_path):
    db = copy_db(demo_db, tmp_path / "hall.db")
    day, (someone, _) = quiet_day(db)
    download = attlog(tmp_path / "download.txt", [(someone, f"{day} 07:55:00")])
    forced = halldesk(
        tmp_path, "punches", "import", str(download), "--format", "zk", "--db", str(db), env=OFFICER
    )
    assert forced.returncode == 0, forced.stderr
    assert "ZKTeco attlog" in forced.stdout and "Punches added: 1." in forced.stdout

    table = tmp_path / "考勤.csv"
    table.write_bytes(f"工号,姓名,打卡时间\r\n{someone},某人,{day:%Y/%m/%d} 12:05\r\n".encode("gb18030"))
    result = halldesk(
        tmp_path, "punches", "import", str(table), "--db", str(db), "--lang", "zh_CN", env=OFFICER
    )
    assert result.returncode == 0, result.stderr
    assert query(db, "SELECT source FROM punch ORDER BY id DESC LIMIT 1") == [("考勤.csv (csv)",)]

    as_csv = halldesk(
        tmp_path, "punches", "import", str(download), "--format", "csv", "--db", str(db), env=OFFICER
    )
    assert as_csv.returncode == 2 and "No header row" in as_csv.stderr


def test_import_needs_a_user_who_records_attendance(demo_db, tmp_path):
    db = copy_db(demo_db, tmp_path / "hall.db")
    path = attlog(tmp_path / "1_attlog.dat", [("1001", "2025-12-02 07:58:00")])
    result = halldesk(
        tmp_path, "punches", "import", str(path), "--db", str(db), env=acting("admin", DEMO_PASSWORD)
    )
    assert result.returncode == 2 and "may not do this" in result.stderr
