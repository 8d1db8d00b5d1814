"""``halldesk register`` and ``halldesk duty friday`` end to end: a real process, a real database file."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app import attendance, roster, settings
from app.roster import StaffInput
from db.connection import close_database
from db.models import Punch
from tests.integration.test_cli import halldesk

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

TUE = dt.date(2025, 12, 2)  # ISO week 2025-W49


@pytest.fixture
def hall_db(manager, admin, db_url) -> str:
    """Two people at one window, one late on Tuesday; closed so another process can use it."""
    settings.put(admin, "hall_name", "新县政务服务大厅")
    unit = roster.add_unit(manager, "就业服务中心")
    window = roster.add_window(manager, unit.id, "07")
    for no, name, times in [
        ("2001", "赵六", ("07:50", "12:02", "14:20", "17:40")),
        ("2002", "钱七", ("08:12",)),
    ]:
        person = roster.add_staff(
            manager,
            StaffInput(
                staff_no=no,
                name=name,
                unit_id=unit.id,
                window_id=window.id,
                hire_date=dt.date(2024, 1, 2),
                trained_on=dt.date(2024, 1, 20),
            ),
        )
        for t in times:
            Punch.create(
                staff=person.id, at=dt.datetime.combine(TUE, dt.time.fromisoformat(t)), source="test"
            )
    attendance.invalidate_days([TUE])
    close_database()
    return db_url


def pdf_text(path: Path) -> str:
    """The text in reading order (a wrapped cell stays together), without white space."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return re.sub(r"\s+", "", out)


def test_register_of_a_day(tmp_path, hall_db):
    out = tmp_path / "x.pdf"
    result = halldesk(tmp_path, "register", "--date", TUE.isoformat(), "-o", str(out), "--db", str(hall_db))
    assert result.returncode == 0, result.stderr
    assert re.search(r"\(1 pages?\)", result.stdout), result.stdout
    text = pdf_text(out)
    for expected in [
        "新县政务服务大厅",
        "领导值班登记簿",
        "2025年12月2日星期二",
        "赵六",
        "钱七",
        "缺卡",
        "旷工",
    ]:
        assert expected in text, expected
    assert "当日值班日志尚未建立" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "(A4)" in info
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "WenQuanYiMicroHei" in fonts and "Helvetica" not in fonts


def test_friday_report_of_a_week(tmp_path, hall_db):
    out = tmp_path / "y.pdf"
    result = halldesk(tmp_path, "duty", "friday", "--week", "2025-W49", "-o", str(out), "--db", str(hall_db))
    assert result.returncode == 0, result.stderr
    assert "2025-12-01" in result.stdout and "2025-12-07" in result.stdout
    text = pdf_text(out)
    for expected in [
        "服务大厅值日考勤周报",
        "2025年第49周",
        "就业服务中心",
        "钱七",
        "12月2日上午缺卡；12月2日下午旷工",
    ]:
        assert expected in text, expected


@pytest.mark.parametrize("week", ["2025-49", "2025-W60", "next week"])
def test_a_bad_week_exits_2_without_a_traceback(tmp_path, hall_db, week):
    out = tmp_path / "y.pdf"
    result = halldesk(tmp_path, "duty", "friday", "--week", week, "-o", str(out), "--db", str(hall_db))
    assert result.returncode == 2
    assert "YYYY-Www" in result.stderr
    assert not out.exists()


def test_register_and_friday_report_in_english(tmp_path, hall_db):
    out = tmp_path / "en.pdf"
    args = ["--date", TUE.isoformat(), "-o", str(out), "--db", str(hall_db), "--language", "en"]
    result = halldesk(tmp_path, "register", *args)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    for expected in [
        "LeaderDutyRegister",
        "Tuesday2December2025",
        "Missingpunch",
        "Absentwithoutleave",
        "Page1of1",
    ]:
        assert expected in text, expected
    assert "领导值班登记簿" not in text and "旷工" not in text

    week = tmp_path / "week.pdf"
    args = ["--week", "2025-W49", "-o", str(week), "--db", str(hall_db), "--language", "en"]
    result = halldesk(tmp_path, "duty", "friday", *args)
    assert result.returncode == 0, result.stderr
    text = pdf_text(week)
    for expected in ["HallDutyAttendanceWeeklyReport", "week49of2025", "2Decembermorning:Missingpunch"]:
        assert expected in text, expected


def test_an_unknown_document_language_exits_2(tmp_path, hall_db):
    out = tmp_path / "x.pdf"
    args = ["--date", TUE.isoformat(), "-o", str(out), "--db", str(hall_db), "--language", "fr"]
    result = halldesk(tmp_path, "register", *args)
    assert result.returncode == 2
    assert "--language" in result.stderr and not out.exists()
