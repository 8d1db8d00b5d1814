"""``halldesk duty rota --month`` end to end, on a demo hall."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import chinese_calendar
import pytest

from tests.integration.test_cli import DEMO_PASSWORD, halldesk, query


@pytest.fixture(scope="module")
def demo_hall(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("duty")
    db = tmp / "hall.db"
    result = halldesk(
        tmp,
        "demo",
        "--db",
        str(db),
        "--staff",
        "10",
        "--seed",
        "6",
        env={"HALLDESK_DEMO_PASSWORD": DEMO_PASSWORD},
    )
    assert result.returncode == 0, result.stderr
    assert "Duty rota:" in result.stdout
    return db


def month_workdays(first: dt.date) -> list[dt.date]:
    day, out = first, []
    while day.month == first.month:
        if chinese_calendar.is_workday(day):
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def test_rota_of_a_month(demo_hall, tmp_path):
    first = dt.date.today().replace(day=1)
    month = first.strftime("%Y-%m")
    result = halldesk(tmp_path, "duty", "rota", "--month", month, "--db", str(demo_hall))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert [line.split("\t")[0] for line in lines] == [d.isoformat() for d in month_workdays(first)]
    units = {name for (name,) in query(demo_hall, "SELECT name FROM unit")}
    leader = query(demo_hall, "SELECT display_name FROM app_user WHERE username = 'daiban'")[0][0]
    officer = query(demo_hall, "SELECT display_name FROM app_user WHERE username = 'zhiban'")[0][0]
    for line in lines:
        _day, unit, officers, lead = line.split("\t")
        assert unit in units and officers == officer and lead == leader

    result = halldesk(tmp_path, "duty", "rota", "--month", month, "--json", "--db", str(demo_hall))
    assert result.returncode == 0, result.stderr
    days = json.loads(result.stdout)
    assert [d["day"] for d in days] == [line.split("\t")[0] for line in lines]
    assert all(d["unit"] in units and d["leader"] == leader and d["officer2"] is None for d in days)


def test_a_month_without_rota_and_a_bad_month(demo_hall, tmp_path):
    later = dt.date(dt.date.today().year + 2, 3, 1)
    result = halldesk(tmp_path, "duty", "rota", "--month", later.strftime("%Y-%m"), "--db", str(demo_hall))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines and all(line.split("\t")[1:] == ["—", "—", "—"] for line in lines)
    result = halldesk(tmp_path, "duty", "rota", "--month", "2026-13", "--db", str(demo_hall))
    assert result.returncode == 2 and "not a month" in result.stderr
