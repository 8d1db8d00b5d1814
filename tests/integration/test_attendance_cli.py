"""``halldesk attendance month`` end to end: a demo hall's month written as a readable workbook."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.integration.test_cli import DEMO_PASSWORD, halldesk, query


@pytest.fixture(scope="module")
def demo_hall(tmp_path_factory) -> Path:
    """A demo hall of 12 staff with two years of punches (so December 2025 is inside them)."""
    tmp = tmp_path_factory.mktemp("month")
    db = tmp / "hall.db"
    result = halldesk(
        tmp,
        "demo",
        "--db",
        str(db),
        "--staff",
        "12",
        "--years",
        "2",
        "--seed",
        "4",
        env={"HALLDESK_DEMO_PASSWORD": DEMO_PASSWORD},
    )
    assert result.returncode == 0, result.stderr
    assert "Clock-in punches:" in result.stdout
    return db


def test_month_sheet_written_and_readable(demo_hall, tmp_path):
    out = tmp_path / "x.xlsx"
    result = halldesk(tmp_path, "attendance", "month", "2025-12", "-o", str(out), "--db", str(demo_hall))
    assert result.returncode == 0, result.stderr
    employed = query(
        demo_hall,
        "SELECT count(*) FROM staff"
        " WHERE hire_date <= '2025-12-31' AND (left_on IS NULL OR left_on >= '2025-12-01')",
    )[0][0]
    assert f"Monthly sheet for {employed} staff written to" in result.stdout

    sheet = load_workbook(out).active
    assert (
        sheet.cell(row=1, column=1).value == "新县人力资源和社会保障局服务大厅: attendance sheet for 2025-12"
    )
    assert [sheet.cell(row=3, column=c).value for c in (1, 2, 3, 33)] == ["Staff no.", "Name", "1", "31"]
    staff_rows = [r for r in range(5, sheet.max_row + 1) if str(sheet.cell(row=r, column=1).value).isdigit()]
    assert len(staff_rows) == employed
    symbols = {sheet.cell(row=r, column=c).value for r in staff_rows for c in range(3, 34)}
    assert {"√", "休"} <= symbols
    # Each row's totals count the sessions its day cells show.
    for r in staff_rows:
        sessions = Counter()
        for c in range(3, 34):
            value = sheet.cell(row=r, column=c).value
            if value and value != "休":
                am, _, pm = value.partition("/")
                sessions.update([am, pm or am])
        got = [sheet.cell(row=r, column=c).value for c in range(34, 40)]
        expected = [
            sessions["迟"] + sessions["迟早"],
            sessions["早"] + sessions["迟早"],
            sessions["缺"],
            sessions["旷"],
            sessions["假"],
            sessions["√"],
        ]
        assert got == expected, (r, got, expected)


def test_bad_month_exits_2_without_traceback(demo_hall, tmp_path):
    out = tmp_path / "x.xlsx"
    result = halldesk(tmp_path, "attendance", "month", "2025-13", "-o", str(out), "--db", str(demo_hall))
    assert result.returncode == 2
    assert "not a month" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
