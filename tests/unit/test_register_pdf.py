"""The duty register and the Friday report: text (pdftotext), fonts (pdffonts), page (pdfinfo), numbers."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from app import attendance, leave, register_pdf, roster, settings
from app.errors import ValidationError
from app.leave import SlipInput
from app.register_facts import STATUS_CN, words
from app.roster import StaffInput
from db.models import InspectionCategory, LeaveKind, Punch, User

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

TUE = dt.date(2025, 12, 2)  # a workday of ISO week 2025-W49
SAT = dt.date(2025, 12, 6)
NOW = dt.datetime(2025, 12, 1, 9, 0)
PRINTED = dt.datetime(2025, 12, 3, 8, 30)


def poppler(tool: str, *args: str | Path) -> str:
    return subprocess.run([tool, *map(str, args)], capture_output=True, text=True, check=True).stdout


def text_of(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return poppler("pdftotext", "-layout", *pages, pdf, "-")


def flat(pdf: Path, page: int | None = None) -> str:
    """The text without the spaces and line breaks layout puts between words."""
    return re.sub(r"\s+", "", text_of(pdf, page))


def reading(pdf: Path) -> str:
    """The text in reading order (a wrapped cell stays together), without white space."""
    return re.sub(r"\s+", "", poppler("pdftotext", pdf, "-"))


def pdfinfo(pdf: Path) -> dict[str, str]:
    return dict(
        (k.strip(), v.strip())
        for k, v in (line.split(":", 1) for line in poppler("pdfinfo", pdf).splitlines())
    )


def assert_only_embedded_cjk(pdf: Path) -> None:
    fonts = poppler("pdffonts", pdf).splitlines()[2:]
    assert fonts
    for line in fonts:
        assert "Helvetica" not in line and "Times" not in line, line
        assert re.search(r"\byes\s+yes\b", line), line  # embedded, subset


def punch(staff_id: int, day: dt.date, *times: str) -> None:
    for t in times:
        Punch.create(
            staff=staff_id, at=dt.datetime.combine(day, dt.time(int(t[:2]), int(t[3:5]))), source="test"
        )
    attendance.invalidate_days([day])


@pytest.fixture
def hall(sessions, manager, admin):
    """One unit, two windows: 张三 on time, 李四 sick (王五 covers), 王五 late, 赵六 (no window) absent."""
    settings.put(admin, "hall_name", "新县政务服务大厅")
    User.update(display_name="李刚").where(User.username == sessions["leader"].username).execute()
    User.update(display_name="王芳").where(User.username == sessions["officer"].username).execute()
    unit = roster.add_unit(manager, "社会保险服务中心")
    w1 = roster.add_window(manager, unit.id, "01")
    w2 = roster.add_window(manager, unit.id, "02")
    people = {}
    for no, name, window in [
        ("1001", "张三", w1.id),
        ("1002", "李四", w1.id),
        ("1003", "王五", w2.id),
        ("1004", "赵六", None),
    ]:
        people[name] = roster.add_staff(
            manager,
            StaffInput(
                staff_no=no,
                name=name,
                unit_id=unit.id,
                window_id=window,
                hire_date=dt.date(2024, 1, 2),
                trained_on=dt.date(2024, 1, 20),
            ),
        ).id
    punch(people["张三"], TUE, "07:55", "12:01", "14:28", "17:35")
    punch(people["王五"], TUE, "08:07", "12:02", "14:25", "17:40")
    data = SlipInput(
        staff_id=people["李四"],
        kind_id=LeaveKind.get(LeaveKind.code == "sick").id,
        start_day=TUE,
        start_session="AM",
        end_day=TUE,
        end_session="PM",
        substitute_id=people["王五"],
        reported_to_id=sessions["leader"].user_id,
        reason="发烧",
    )
    slip, _ = leave.request(sessions["officer"], data, now=NOW)
    leave.decide(sessions["leader"], slip.id, True, "同意")
    return people


def write(tmp_path: Path, day: dt.date = TUE, name: str = "register.pdf") -> tuple[Path, int]:
    path = tmp_path / name
    pages = register_pdf.write_register(day, path, printed_at=PRINTED)
    return path, pages


def test_register_without_a_log_prints_the_attendance(hall, tmp_path):
    pdf, pages = write(tmp_path)
    assert pages == 1
    text = flat(pdf)
    for expected in ["新县政务服务大厅", "领导值班登记簿", "2025年12月2日", "星期二", "社会保险服务中心"]:
        assert expected in text
    for expected in ["张三", "李四", "王五", "赵六", "07:55", "08:07", "病假，替岗：王五", "替李四顶岗"]:
        assert expected in text
    assert "当日值班日志尚未建立" in text
    assert "第1页共1页" in text
    # 赵六 has no window: listed under the unit, window "—".
    assert re.search(r"—\s+赵六", text_of(pdf))
    assert_only_embedded_cjk(pdf)
    assert "A4" in pdfinfo(pdf)["Page size"]


def test_status_counts_equal_the_attendance_tab(hall, tmp_path):
    pdf, _ = write(tmp_path)
    counts = Counter(s.status for s in attendance.day_sessions(TUE))
    assert counts[attendance.LATE] == 1 and counts[attendance.ABSENT] == 2 and counts[attendance.LEAVE] == 2
    text = reading(pdf)
    listed = "，".join(f"{STATUS_CN[s]}{counts[s]}" for s in attendance.STATUSES if counts[s])
    assert f"应考勤4人、8个半天：{listed}。" in text
    assert "迟到王五（上午）" in text
    assert "旷工赵六（上午、下午）" in text
    # Every session's status is printed in the table: one word per session.
    table = text.split("二、考勤汇总")[0]
    for status, n in counts.items():
        if status != attendance.LATE_EARLY:
            assert table.count(STATUS_CN[status]) >= n


def test_a_closed_log_with_an_inspection(hall, sessions, tmp_path):
    duty_log = pytest.importorskip("app.duty_log")
    inspections = pytest.importorskip("app.inspections")
    duty_rota = pytest.importorskip("app.duty_rota")
    unit_id = roster.list_units()[0].id
    duty_rota.set_day(
        sessions["manager"], TUE, unit_id, sessions["officer"].user_id, None, sessions["leader"].user_id, ""
    )
    praise = InspectionCategory.get(InspectionCategory.code == "praise").id
    inspections.record(
        sessions["leader"],
        dt.datetime.combine(TUE, dt.time(10, 15)),
        praise,
        staff_id=hall["张三"],
        note="群众来电致谢",
        now=NOW + dt.timedelta(days=2),
    )
    duty_log.open_log(sessions["officer"], TUE, today=TUE)
    log = duty_log.get_log(TUE)
    checks = {c.window_id: (True, "") for c in log.checks}
    checks[log.checks[1].window_id] = (False, "打印机未关")
    duty_log.save(
        sessions["officer"],
        TUE,
        checks=checks,
        hygiene=(True, ""),
        safety=(True, "灭火器压力正常"),
        doors=(True, ""),
        handover="明日市局督查",
        remarks="空调已报修",
    )
    pdf, _ = write(tmp_path, name="open.pdf")
    assert "当日值班日志尚未签字闭合" in flat(pdf)

    duty_log.sign_officer(sessions["officer"], TUE)
    duty_log.sign_leader(sessions["leader"], TUE)
    pdf, _ = write(tmp_path, name="closed.pdf")
    text = flat(pdf)
    assert "尚未" not in text
    for expected in [
        "值日单位社会保险服务中心",
        "带班领导李刚",
        "值班人员王芳",
        "10:15",
        "群众来电致谢",
        "表扬",
    ]:
        assert expected in text
    for expected in [
        "已关闭✓",
        "打印机未关",
        "正常✓（灭火器压力正常）",
        "明日市局督查",
        "空调已报修",
    ]:
        assert expected in text
    assert re.search(r"已于\d{4}-\d\d-\d\d\d\d:\d\d在系统中签字（值班员王芳）", text)
    assert re.search(r"已于\d{4}-\d\d-\d\d\d\d:\d\d在系统中签字（带班领导李刚）", text)


def test_a_rest_day_is_one_page_saying_so(hall, tmp_path):
    pdf, pages = write(tmp_path, SAT, "saturday.pdf")
    assert pages == 1
    assert "2025年12月6日星期六休息日" in flat(pdf)
    assert "张三" not in flat(pdf)


def test_a_big_hall_repeats_the_header_on_every_page(store, manager, tmp_path):
    from app import demo

    demo.fill_demo(staff=300, seed=5, password="bench-pass-1")
    day = roster.today() - dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    pdf, pages = write(tmp_path, day, "big.pdf")
    assert pages >= 5
    assert int(pdfinfo(pdf)["Pages"]) == pages
    second = flat(pdf, 2)
    assert "上午下午窗口姓名备注签到签退状态签到签退状态" in second
    assert f"第2页共{pages}页" in second
    counts = Counter(s.status for s in attendance.day_sessions(day))
    assert (
        f"个半天：{'，'.join(f'{STATUS_CN[s]}{counts[s]}' for s in attendance.STATUSES if counts[s])}。"
        in reading(pdf)
    )


def test_friday_report_numbers_equal_a_sql_count(hall, sessions, store, tmp_path):
    from db.connection import database

    monday = TUE - dt.timedelta(days=1)
    path = tmp_path / "friday.pdf"
    pages = register_pdf.write_friday_report(monday, path, printed_at=PRINTED)
    assert pages >= 1
    text = text_of(path)
    assert "服务大厅值日考勤周报" in flat(path)
    assert "2025年12月1日至2025年12月7日，2025年第49周" in flat(path)
    p = database.param
    sql = f"""
        SELECT u.name, COUNT(DISTINCT s.staff_id), COUNT(*), SUM(s.late), SUM(s.early),
               SUM(CASE WHEN s.status = 'ABSENT' THEN 1 ELSE 0 END),
               SUM(CASE WHEN s.status = 'MISSING' THEN 1 ELSE 0 END),
               SUM(CASE WHEN s.status = 'LEAVE' THEN 1 ELSE 0 END), SUM(s.off_post)
        FROM attendance_session s JOIN staff p ON p.id = s.staff_id JOIN unit u ON u.id = p.unit_id
        WHERE s.day BETWEEN {p} AND {p} GROUP BY u.id, u.name
    """
    rows = database.execute_sql(
        sql, (monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat())
    ).fetchall()
    assert rows
    for name, *numbers in rows:
        line = next(
            line
            for line in text.splitlines()
            if name in line and "服务中心" in line and re.search(r"\d", line)
        )
        assert re.findall(r"\d+", line) == [str(n) for n in numbers], line
    assert "12月2日上午迟到" in flat(path)  # 王五
    assert "赵六" in flat(path)
    assert_only_embedded_cjk(path)


# ---------------------------------------------------------------- the register in English


def test_an_english_register_says_the_same_in_english(hall, tmp_path):
    zh, zh_pages = write(tmp_path)
    en = tmp_path / "en.pdf"
    pages = register_pdf.write_register(TUE, en, "en", printed_at=PRINTED)
    assert pages == zh_pages
    text = reading(en)
    for expected in [
        "LeaderDutyRegister",
        "Tuesday2December2025",
        "Unitonduty",
        "Dutyleader",
        "Dutyofficer(s)",
        "Morning",
        "Afternoon",
        "Theday'sdutyloghasnotbeenopened",
        "病假,substitute:王五",
        "standinginfor李四",
        "Signature:",
        "Date:",
        f"Page1of{pages}",
    ]:
        assert expected in text, expected
    counts = Counter(s.status for s in attendance.day_sessions(TUE))
    listed = ",".join(
        f"{words('en').status[s].replace(' ', '')}{counts[s]}" for s in attendance.STATUSES if counts[s]
    )
    assert f"4people,8half-days:{listed}." in text
    assert "王五(morning)" in text
    assert "AbsentwithoutleaveAbsentwithoutleave" not in text  # statuses wrap between words
    assert "赵六(morning,afternoon)" in text
    table = text.split("2.Attendancesummary")[0]
    for status, n in counts.items():
        assert table.count(words("en").status[status].replace(" ", "")) >= n
    # No Chinese word of the form is left, only the hall's data (names, units, leave kinds).
    assert not re.search("领导值班登记簿|值日单位|带班领导|签字|星期|第1页|正常|旷工|迟到", text)
    assert_only_embedded_cjk(en)


def test_the_hall_setting_chooses_the_registers_language(hall, admin, tmp_path):
    assert settings.get("register_language") == "zh_CN"
    settings.put(admin, "register_language", "en")
    data, _ = register_pdf.register_pdf(TUE, printed_at=PRINTED)
    (tmp_path / "hall.pdf").write_bytes(data)
    assert "LeaderDutyRegister" in flat(tmp_path / "hall.pdf")
    data, _ = register_pdf.register_pdf(TUE, "zh_CN", printed_at=PRINTED)
    (tmp_path / "zh.pdf").write_bytes(data)
    assert "领导值班登记簿" in flat(tmp_path / "zh.pdf")
    with pytest.raises(ValidationError):
        settings.put(admin, "register_language", "fr")
    with pytest.raises(ValueError):
        register_pdf.register_pdf(TUE, "fr")


def test_an_english_rest_day(hall, tmp_path):
    path = tmp_path / "sat.pdf"
    assert register_pdf.write_register(SAT, path, "en", printed_at=PRINTED) == 1
    assert "Saturday6December2025Restday" in flat(path)
    assert "Restday:thehallisclosedtothepublic" in flat(path)


def test_an_english_closed_log(hall, sessions, tmp_path):
    test_a_closed_log_with_an_inspection(hall, sessions, tmp_path)  # the same day, closed
    path = tmp_path / "closed-en.pdf"
    register_pdf.write_register(TUE, path, "en", printed_at=PRINTED)
    text = flat(path)
    assert "hasnotbeen" not in text
    for expected in [
        "Unitonduty社会保险服务中心",
        "Dutyleader李刚",
        "Dutyofficer(s)王芳",
        "3.Inspections",
        "群众来电致谢",
        "Commendation",
        "4.Closingchecks",
        "Off✓",
        "打印机未关",
        "OK✓(灭火器压力正常)",
        "Handover明日市局督查",
        "Remarks空调已报修",
    ]:
        assert expected in text, expected
    assert re.search(r"SignedinHallDeskat\d{4}-\d\d-\d\d\d\d:\d\d\(dutyofficer王芳\)", text)
    assert re.search(r"SignedinHallDeskat\d{4}-\d\d-\d\d\d\d:\d\d\(dutyleader李刚\)", text)


def test_an_english_friday_report_has_the_chinese_ones_numbers(hall, sessions, store, tmp_path):
    monday = TUE - dt.timedelta(days=1)
    zh, en = tmp_path / "zh.pdf", tmp_path / "en.pdf"
    register_pdf.write_friday_report(monday, zh, printed_at=PRINTED)
    register_pdf.write_friday_report(monday, en, "en", printed_at=PRINTED)

    def numbers(pdf: Path, unit: str) -> list[str]:
        """A row of the units' table: the unit's line with the most numbers."""
        text = text_of(pdf).splitlines()
        return max((re.findall(r"\d+", line) for line in text if unit in line), key=len)

    assert len(numbers(zh, "社会保险服务中心")) == 8
    assert numbers(en, "社会保险服务中心") == numbers(zh, "社会保险服务中心")
    assert numbers(en, "Total") == numbers(zh, "合计")
    text = flat(en)
    for expected in [
        "HallDutyAttendanceWeeklyReport",
        "(1December2025to7December2025,week49of2025)",
        "Total",
    ]:
        assert expected in text, expected
    assert "2Decembermorning:Late" in reading(en)  # 王五
    assert "周报" not in text and "第1页" not in text
    assert_only_embedded_cjk(en)
