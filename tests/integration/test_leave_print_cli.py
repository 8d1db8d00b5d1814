"""``halldesk leave print ID -o FILE.pdf`` end to end, in a real process on a real database file."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest

from app import leave, roster, settings
from app.leave import SlipInput
from app.roster import StaffInput
from db.connection import close_database
from db.models import LeaveKind, User
from tests.integration.test_cli import halldesk

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture
def slip_db(sessions, manager, admin, db_url) -> tuple[str, int]:
    """A hall with one approved sick-leave slip, closed so another process can use it."""
    settings.put(admin, "hall_name", "新县政务服务大厅")
    User.update(display_name="李刚").where(User.username == sessions["leader"].username).execute()
    unit = roster.add_unit(manager, "就业服务中心")
    ids = [
        roster.add_staff(
            manager,
            StaffInput(
                staff_no=no,
                name=name,
                unit_id=unit.id,
                hire_date=dt.date(2024, 1, 2),
                trained_on=dt.date(2024, 1, 20),
            ),
        ).id
        for no, name in [("2001", "赵六"), ("2002", "钱七")]
    ]
    slip, _ = leave.request(
        sessions["officer"],
        SlipInput(
            staff_id=ids[0],
            kind_id=LeaveKind.get(LeaveKind.code == "personal").id,
            start_day=dt.date(2025, 12, 8),
            start_session="AM",
            end_day=dt.date(2025, 12, 8),
            end_session="PM",
            substitute_id=ids[1],
            reported_to_id=sessions["leader"].user_id,
            reason="家中有事",
        ),
        now=dt.datetime(2025, 12, 1, 9, 0),
    )
    leave.decide(sessions["leader"], slip.id, True)
    close_database()
    return db_url, slip.id


def test_print_a_slip(tmp_path, slip_db):
    db, slip_id = slip_db
    out = tmp_path / "x.pdf"
    result = halldesk(tmp_path, "leave", "print", str(slip_id), "-o", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert f"Slip {slip_id} written to {out}." in result.stdout
    text = re.sub(
        r"\s+",
        "",
        subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout,
    )
    for expected in [
        "新县政务服务大厅",
        "请假条",
        "赵六",
        "2001",
        "事假",
        "钱七",
        "家中有事",
        "带班领导李刚",
        "1天",
    ]:
        assert expected in text, expected
    pdfinfo = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+1\n", pdfinfo) and "(A4)" in pdfinfo
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "WenQuanYiMicroHei" in fonts and "Helvetica" not in fonts


def test_printing_in_chinese_gives_the_same_slip(tmp_path, slip_db):
    db, slip_id = slip_db
    out = tmp_path / "zh.pdf"
    result = halldesk(
        tmp_path,
        "leave",
        "print",
        str(slip_id),
        "-o",
        str(out),
        "--db",
        str(db),
        env={"HALLDESK_LANG": "zh_CN"},
    )
    assert result.returncode == 0, result.stderr
    assert "请假条" in subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout


def test_an_unknown_slip_is_a_clear_error(tmp_path, slip_db):
    db, _ = slip_db
    out = tmp_path / "x.pdf"
    result = halldesk(tmp_path, "leave", "print", "999", "-o", str(out), "--db", str(db))
    assert result.returncode == 2
    assert "There is no leave slip with number 999." in result.stderr
    assert result.stdout == "" and not out.exists()
    assert list(tmp_path.glob("*.pdf")) == []


def test_an_unwritable_place_is_a_clear_error(tmp_path, slip_db):
    db, slip_id = slip_db
    out = tmp_path / "missing" / "x.pdf"
    result = halldesk(tmp_path, "leave", "print", str(slip_id), "-o", str(out), "--db", str(db))
    assert result.returncode == 2
    assert "cannot be written" in result.stderr and "Nothing was written" in result.stderr
    assert not out.parent.exists()
