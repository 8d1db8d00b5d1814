"""The Monday brief (PDF) and the summary workbook (.xlsx) say what app.weekly.Summary says."""

import datetime as dt
import re
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from app import attendance, inspections, roster, sanctions, settings, weekly, weekly_brief, weekly_xlsx
from app.errors import ValidationError
from app.i18n import translate
from app.roster import StaffInput
from app.sanction_rules import week_period
from db.models import InspectionCategory, Notice, Punch, Sanction

MON = dt.date(2025, 12, 1)  # winter hours: 08:00-12:00, 14:30-17:30, no grace
WEEK = week_period("2025-W49")
AFTER = dt.datetime(2025, 12, 8, 9, 0)
NOTICE_NO = "新人社窗〔2025〕7号"
PATTERNS = {
    "on_time": lambda s: ("07:55", "12:01") if s == "AM" else ("14:25", "17:31"),
    "late": lambda s: ("08:20", "12:01") if s == "AM" else ("14:45", "17:31"),
    "early": lambda s: ("07:55", "11:40") if s == "AM" else ("14:25", "17:00"),
    "late_early": lambda s: ("08:20", "11:40") if s == "AM" else ("14:45", "17:00"),
    "missing": lambda s: ("07:55",) if s == "AM" else ("14:25",),
    "absent": lambda s: (),  # a session without punches is ABSENT
}
# (name, weekday, session) -> pattern; everything else on time. Week 49 and the week before.
PLAN = {
    ("张三", 0, "AM"): "late",
    ("张三", 1, "PM"): "early",
    ("李四", 2, "AM"): "late_early",
    ("李四", 3, "PM"): "absent",
    ("王五", 4, "AM"): "late",
    ("赵六", 3, "AM"): "missing",
}
PLAN_BEFORE = {("王五", 0, "AM"): "late", ("王五", 1, "AM"): "late", ("赵六", 2, "PM"): "early"}
PEOPLE = (
    ("社会保险服务中心", "张三"),
    ("社会保险服务中心", "李四"),
    ("就业服务中心", "王五"),
    ("就业服务中心", "赵六"),
)


@pytest.fixture
def hall(manager, sessions):
    """Two units, four people, two weeks of punches, a finding and a commendation, the ledger evaluated."""
    units: dict[str, int] = {}
    people = {}
    for i, (unit, name) in enumerate(PEOPLE):
        if unit not in units:
            units[unit] = roster.add_unit(manager, unit).id
        window = roster.add_window(manager, units[unit], f"0{i + 1}")
        people[name] = roster.add_staff(
            manager,
            StaffInput(
                staff_no=f"100{i + 1}",
                name=name,
                unit_id=units[unit],
                window_id=window.id,
                hire_date=dt.date(2024, 1, 2),
                trained_on=dt.date(2024, 1, 20),
            ),
        )
    rows = []
    for monday, plan in ((MON - dt.timedelta(days=7), PLAN_BEFORE), (MON, PLAN)):
        for name, person in people.items():
            for d in range(5):
                day = monday + dt.timedelta(days=d)
                for s in ("AM", "PM"):
                    for t in PATTERNS[plan.get((name, d, s), "on_time")](s):
                        rows.append(
                            {"staff": person.id, "at": dt.datetime.combine(day, dt.time.fromisoformat(t))}
                        )
    Punch.insert_many(rows).execute()
    attendance.invalidate_days([MON + dt.timedelta(days=d) for d in range(-7, 7)])
    leader = sessions["leader"]
    for code, name, at in (("games", "赵六", dt.time(9, 30)), ("praise", "王五", dt.time(10, 0))):
        inspections.record(
            leader,
            dt.datetime.combine(MON + dt.timedelta(days=1), at),
            InspectionCategory.get(InspectionCategory.code == code).id,
            staff_id=people[name].id,
            now=AFTER,
        )
    outcomes = {(o.name, o.kind): o for o in sanctions.evaluate(manager, WEEK, now=AFTER)}
    sanctions.confirm(manager, outcomes[("张三", "CRITICISM")].entry_id)
    # 李四's loss of eligibility as if its notice had been issued (signing is tested elsewhere)
    issued = outcomes[("李四", "INELIGIBLE")].entry_id
    Sanction.update(status="issued").where(Sanction.id == issued).execute()
    Notice.create(
        year=2025,
        number=7,
        notice_no=NOTICE_NO,
        sanction=issued,
        purpose="decision",
        title="关于取消李四年终评先评优资格的决定",
        issued_by=manager.username,
        sha256="0" * 64,
        fingerprint="0" * 64,
        pdf=b"%PDF",
    )
    return people


@pytest.fixture
def summary(hall):
    return weekly.summarise(WEEK, now=AFTER)


def pdf_text(data: bytes, tmp_path) -> str | None:
    """The PDF's text laid out as printed, or None when poppler is not installed."""
    if shutil.which("pdftotext") is None:
        return None
    path = tmp_path / "brief.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def text_or_skip(data: bytes, tmp_path) -> str:
    assert data.startswith(b"%PDF")
    text = pdf_text(data, tmp_path)
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return text


def table_row(text: str, first: str) -> list[str]:
    """The cells after ``first`` on the first line that begins with it (the unit table comes first)."""
    for line in text.splitlines():
        cells = line.split()
        if cells and cells[0] == first:
            return cells[1:]
    raise AssertionError(f"no table row for {first}")


def figures(unit) -> list[str]:
    return [str(getattr(unit, key)) for key in weekly_brief.UNIT_COLUMNS]


def test_the_summary_is_what_the_documents_are_checked_against(summary):
    units = {u.unit: u for u in summary.units}
    social, jobs = units["社会保险服务中心"], units["就业服务中心"]
    assert (social.late, social.early, social.absent, social.violations) == (2, 2, 1, 5)
    assert (jobs.late, jobs.missing, jobs.findings, jobs.commendations, jobs.violations) == (1, 1, 1, 1, 2)
    assert summary.previous_of(jobs.unit_id).violations == 3
    assert {(p.name, p.kind, p.status) for p in summary.proposals} == {
        ("张三", "CRITICISM", "confirmed"),
        ("李四", "CRITICISM", "proposed"),
        ("李四", "INELIGIBLE", "issued"),
    }


def test_the_chinese_brief_prints_the_summary_per_unit_and_person(summary, tmp_path):
    text = text_or_skip(weekly_brief.build_brief(summary, "zh_CN"), tmp_path)
    flat = re.sub(r"\s+", "", text)
    hall = settings.get("hall_name")
    assert f"{hall}周一早会通报" in flat
    assert "2025年第49周（12月1日—12月7日）" in flat
    assert "早会时间：2025年12月8日（星期一）07:30" in flat
    for unit in summary.units:
        before = summary.previous_of(unit.unit_id)
        change = weekly_brief.change_text(unit.violations, before.violations if before else None)
        assert table_row(text, unit.unit) == [*figures(unit), change]
    assert table_row(text, "社会保险服务中心")[-1] == "+5"
    assert table_row(text, "就业服务中心")[-1] == "−1"
    totals = [sum(getattr(u, k) for u in summary.units) for k in weekly_brief.UNIT_COLUMNS]
    assert table_row(text, "合计")[: len(totals)] == [str(n) for n in totals]
    # the chart: its legend in CHART_SERIES order on one line, and a bar's total
    labels = [weekly.series_label(key, "zh_CN") for key, _ in weekly.CHART_SERIES]
    assert any(re.search(r"\s+".join(labels), line) for line in text.splitlines())
    assert "各单位违规次数（按类别堆叠）" in flat
    # the problems: each offender with what and when
    for person in summary.offenders:
        assert f"{person.name}（{person.staff_no}）{weekly_brief.counts_text(person)}" in flat
    assert "张三（1001）迟到1次、早退1次：12月1日上午迟到（08:20签到），12月2日下午早退（17:00签退）" in flat
    assert "李四（1002）迟到1次、早退1次、旷工1次" in flat
    assert "12月3日上午迟到、早退（08:20签到，11:40签退）" in flat
    assert "赵六（1004）巡查发现1次：12月2日09:30巡查发现“玩游戏”" in flat
    assert "受到表扬：王五（1003）1次" in flat
    # the sanctions decided, with the notice number, and those still to decide
    decided, undecided = flat.index("已决定的处理"), flat.index("待早会决定的处理建议")
    assert flat.index("已确认，待发文") in range(decided, undecided)
    assert flat.index(NOTICE_NO) in range(decided, undecided)
    assert flat.index("待确认") > undecided
    # what needs a decision before the meeting
    assert "缺卡待核实（1人次）：赵六（1004）12月4日上午" in flat
    assert re.search(r"第1页共\d+页", flat)


def test_the_english_brief(summary, tmp_path):
    text = text_or_skip(weekly_brief.build_brief(summary, "en"), tmp_path)
    flat = " ".join(text.split())
    assert "Monday Meeting Brief" in flat and "Week 49 of 2025 (1–7 December)" in flat
    assert "Meeting: Monday 8 December 2025, 07:30" in flat
    assert "张三 (1001) — late ×1, early leave ×1: late on the morning of 1 Dec (clocked in 08:20)" in flat
    assert "late" in flat and "Monday" in flat
    for unit in summary.units:
        assert table_row(text, unit.unit)[:-1] == figures(unit)
    legend = [weekly.series_label(key, "en") for key, _ in weekly.CHART_SERIES]
    lines = [line.lower() for line in text.splitlines()]
    assert any(all(label in line for label in legend) for line in lines)
    assert flat.index("Notice issued:") < flat.index(NOTICE_NO) < flat.index("To be confirmed")
    assert "Page 1 of" in flat


def test_the_hall_setting_chooses_the_language(summary, admin, tmp_path):
    settings.put(admin, "register_language", "en")
    text = text_or_skip(weekly_brief.build_brief(summary), tmp_path)
    assert "Monday Meeting Brief" in text


def test_a_year_is_reviewed_in_the_same_layout(hall, tmp_path):
    year = weekly.summarise(weekly.year_period(2025), now=AFTER)
    path = weekly_brief.write_brief(year, tmp_path / "year.pdf", "zh_CN")
    text = text_or_skip(path.read_bytes(), tmp_path)
    flat = re.sub(r"\s+", "", text)
    assert "2025年度窗口工作情况汇总" in flat and "周一早会" not in flat
    for unit in year.units:
        assert table_row(text, unit.unit) == figures(unit)  # no change against a week before
    assert "较上周" not in flat and "处理情况" not in flat


def test_an_unwritable_brief_path_is_a_validation_error(summary, tmp_path):
    with pytest.raises(ValidationError) as err:
        weekly_brief.write_brief(summary, tmp_path / "no such folder" / "brief.pdf")
    assert err.value.for_field("file")
    with pytest.raises(ValidationError):
        weekly_brief.build_brief(summary, "fr")


def sheet_rows(sheet) -> tuple[list, list[tuple]]:
    rows = list(sheet.iter_rows(values_only=True))
    return list(rows[0]), rows[1:]


def test_the_workbook_holds_the_summary(summary, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    path = weekly_xlsx.export(summary, out / "week.xlsx")
    assert path == out / "week.xlsx"
    assert [p.name for p in out.iterdir()] == ["week.xlsx"]  # no temporary file left
    book = load_workbook(path)
    names = [translate("WeeklyExport", n) for n in ("Units", "People", "Proposals", "Open items")]
    assert book.sheetnames == names
    assert book.properties.subject and "2025-12-01" in book.properties.subject
    for sheet in book:
        assert sheet.freeze_panes == "A2"
        assert sheet.cell(row=1, column=1).font.b
        assert "2025-12-01" in sheet.oddHeader.center.text

    head, rows = sheet_rows(book[names[0]])
    assert head[:4] == ["Unit", "Staff", "Half-day sessions", "Late"] and head[-1] == "Change"
    keys = ("staff", "sessions", "late", "early", "absent", "missing", "off_post", "findings")
    keys += ("leave_sessions", "commendations", "violations")
    assert len(rows) == len(summary.units)
    for row, unit in zip(rows, summary.units, strict=True):
        before = summary.previous_of(unit.unit_id)
        expected = [getattr(unit, k) for k in keys]
        assert list(row) == [unit.unit, *expected, before.violations, unit.violations - before.violations]
        assert all(type(v) is int for v in row[1:])

    head, rows = sheet_rows(book[names[1]])
    assert head[:3] == ["Staff no.", "Name", "Unit"]
    by_no = {r[0]: r for r in rows}
    assert set(by_no) == {p.staff_no for p in summary.people}
    for person in summary.people:
        expected = [getattr(person, k) for k in keys[1:]]
        assert list(by_no[person.staff_no]) == [
            person.staff_no,
            person.name,
            person.unit,
            *expected,
            person.counted,
        ]

    head, rows = sheet_rows(book[names[2]])
    status = head.index("Status")
    got = {(r[1], r[3]): (r[status], r[head.index("Notice no.")]) for r in rows}
    assert got == {
        ("张三", "public criticism"): ("confirmed", None),
        ("李四", "public criticism"): ("proposed", None),
        ("李四", "loss of year-end award eligibility"): ("notice issued", NOTICE_NO),
    }
    evidence = next(r[head.index("Evidence")] for r in rows if r[1] == "张三")
    assert "2025-12-01 morning late: clocked in 08:20, due 08:00" in evidence

    head, rows = sheet_rows(book[names[3]])
    assert head == ["Item", "Date", "Session", "Staff no.", "Name", "Details"]
    assert [(r[0], r[1].date(), r[2], r[3], r[4]) for r in rows] == [
        ("Missing punch to check", dt.date(2025, 12, 4), "morning", "1004", "赵六")
    ]


def test_a_year_workbook_has_no_change_column(hall, tmp_path):
    year = weekly.summarise(weekly.year_period(2025), now=AFTER)
    book = load_workbook(weekly_xlsx.export(year, tmp_path / "year.xlsx"))
    head, rows = sheet_rows(book["Units"])
    assert "Change" not in head and len(rows) == len(year.units)
    assert [r[head.index("Violations")] for r in rows] == [u.violations for u in year.units]


@pytest.mark.parametrize("name", ["no such folder/week.xlsx", "week.csv", "a folder.xlsx"])
def test_a_bad_workbook_path_is_a_validation_error(summary, tmp_path, name):
    out = tmp_path / "out"
    (out / "a folder.xlsx").mkdir(parents=True)
    with pytest.raises(ValidationError) as err:
        weekly_xlsx.export(summary, out / name)
    assert err.value.for_field("file") and str(err.value)
    assert [p.name for p in out.rglob("*")] == ["a folder.xlsx"]  # nothing written


def test_an_empty_week_still_makes_both_documents(store, tmp_path):
    empty = weekly.summarise(WEEK, now=AFTER)
    text = text_or_skip(weekly_brief.build_brief(empty, "zh_CN"), tmp_path)
    flat = re.sub(r"\s+", "", text)
    assert "本期无违规" in flat and "本周无应处理事项" in flat and "合计00000000000—" in flat
    book = load_workbook(weekly_xlsx.export(empty, tmp_path / "empty.xlsx"))
    assert [sheet.max_row for sheet in book] == [1, 1, 1, 1]
