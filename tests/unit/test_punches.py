"""Punch import (.csv, .xlsx, ZKTeco attlog) and manual punches, with real files, without Qt."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from app import attendance, auth, punch_files, punches, roster
from app.errors import PermissionDenied, ValidationError
from app.roster import StaffInput
from app.store import open_store
from app.tabular import RowStream, TextSource
from db.connection import close_database
from db.models import AttendanceSession, AuditEntry, DerivedDay, Punch, Staff
from tests.conftest import make_user

TUE = dt.date(2025, 12, 2)  # a winter workday: 08:00-12:00 and 14:30-17:30
WED = dt.date(2025, 12, 3)
HIRED = dt.date(2025, 9, 1)


def add_staff(session: auth.Session, numbers=("1001", "1002"), hired: dt.date = HIRED) -> dict[str, int]:
    unit = roster.add_unit(session, "社会保险服务中心")
    return {
        no: roster.add_staff(
            session,
            StaffInput(staff_no=no, name=f"员工{no}", unit_id=unit.id, hire_date=hired, trained_on=hired),
        ).id
        for no in numbers
    }


@pytest.fixture
def hall(manager) -> dict[str, int]:
    """Staff 1001 and 1002, hired 2025-09-01; staff number → id."""
    return add_staff(manager)


def attlog_line(pin: str, at: str, status: int = 0) -> str:
    return f"{pin:>12}\t{at}\t1\t{status}\t1\t0"


def write_attlog(path: Path, lines: list[str], ending: str = "\r\n") -> Path:
    path.write_bytes("".join(line + ending for line in lines).encode("ascii"))
    return path


def write_csv(path: Path, rows: list[list], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        csv.writer(out, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def stored() -> list[tuple[str, str, str]]:
    """(staff number, time, source) of every punch, in order."""
    q = Punch.select(Staff.staff_no, Punch.at, Punch.source).join(Staff).order_by(Staff.staff_no, Punch.at)
    return [(no, at.strftime("%Y-%m-%d %H:%M:%S"), source) for no, at, source in q.tuples()]


def counts() -> tuple[int, int]:
    return Punch.select().count(), AuditEntry.select().count()


def refused(session, path, fmt=None) -> ValidationError:
    """The import fails and the database is unchanged."""
    before = counts()
    with pytest.raises(ValidationError) as err:
        punches.import_punches(session, path, fmt=fmt)
    assert counts() == before
    return err.value


def statuses(day: dt.date) -> dict[tuple[str, str], str]:
    return {(r.staff_no, r.session): r.status for r in attendance.day_sessions(day)}


# ---------------------------------------------------------------- the three formats


def test_attlog_with_padded_pins_crlf_and_trailing_blank_lines(officer, hall, tmp_path):
    path = write_attlog(
        tmp_path / "1_attlog.dat",
        [
            attlog_line("1001", "2025-12-02 07:58:12", status=1),
            attlog_line("1002", "2025-12-02 08:07:00", status=0),
            attlog_line("1001", "2025-12-02 17:31:45", status=5),  # status ignored
            "",
            "   ",
        ],
    )
    report = punches.import_punches(officer, path)
    assert (report.format, report.lines, report.added, report.duplicates) == ("zk", 3, 3, 0)
    assert report.first == dt.datetime(2025, 12, 2, 7, 58, 12)
    assert report.last == dt.datetime(2025, 12, 2, 17, 31, 45)
    assert report.days == [TUE]
    assert stored() == [
        ("1001", "2025-12-02 07:58:12", "1_attlog.dat (zk)"),
        ("1001", "2025-12-02 17:31:45", "1_attlog.dat (zk)"),
        ("1002", "2025-12-02 08:07:00", "1_attlog.dat (zk)"),
    ]
    assert "Punches added: 3." in report.summary()


def test_attlog_with_lf_endings_and_no_final_newline(officer, hall, tmp_path):
    path = tmp_path / "2_attlog.dat"
    path.write_text(
        attlog_line("1001", "2025-12-02 07:58:12") + "\n" + attlog_line("1002", "2025-12-02 08:00:00")
    )
    assert punches.import_punches(officer, path).added == 2


def test_gb18030_csv_with_chinese_headers_and_extra_columns(officer, hall, tmp_path):
    path = write_csv(
        tmp_path / "考勤.csv",
        [
            ["工号", "姓名", "打卡时间", "设备"],
            ["1001", "张三", "2025/12/2 7:58", "大厅1号机"],
            ["1001", "张三", "2025-12-02 12:03:10", "大厅1号机"],
            ["1002", "李四", "2025年12月2日 14:29:05", "大厅2号机"],
        ],
        encoding="gb18030",
    )
    report = punches.import_punches(officer, path)
    assert (report.format, report.lines, report.added) == ("csv", 3, 3)
    assert [(no, at) for no, at, _ in stored()] == [
        ("1001", "2025-12-02 07:58:00"),
        ("1001", "2025-12-02 12:03:10"),
        ("1002", "2025-12-02 14:29:05"),
    ]
    assert stored()[0][2] == "考勤.csv (csv)"


def test_utf8_bom_csv_with_english_headers_and_separate_date_and_time(officer, hall, tmp_path):
    path = write_csv(
        tmp_path / "export.csv",
        [["Staff_No", "Date", "Time"], ["1001", "2025-12-02", "7:58:09"], ["1002", "2025/12/3", "08:01"]],
        encoding="utf-8-sig",
        delimiter=";",
    )
    assert punches.import_punches(officer, path).added == 2
    assert [at for _, at, _ in stored()] == ["2025-12-02 07:58:09", "2025-12-03 08:01:00"]


@pytest.mark.parametrize("header", [["考勤号", "签到时间"], ["人员编号", "datetime"], ["PIN", "time"]])
def test_alternative_headers(officer, hall, tmp_path, header):
    path = write_csv(tmp_path / "p.csv", [header, ["1001", "2025-12-02 07:58:12"]])
    assert punches.import_punches(officer, path).added == 1


def test_xlsx_with_datetime_cells_serials_and_float_staff_numbers(officer, hall, tmp_path):
    path = write_xlsx(
        tmp_path / "punches.xlsx",
        [
            ["2025年12月考勤记录"],  # a title row above the header
            [],
            ["工号", "打卡时间"],
            [1001.0, dt.datetime(2025, 12, 2, 7, 58, 12)],
            [1002, dt.datetime(2025, 12, 2, 8, 1, 32, 999_998)],  # Excel's rounding of 08:01:33
            ["1001", 45993.5],  # an Excel serial: 2025-12-02 12:00:00
            ["1002", "2025-12-02 17:31"],
        ],
    )
    report = punches.import_punches(officer, path)
    assert (report.format, report.lines, report.added) == ("xlsx", 4, 4)
    assert [(no, at) for no, at, _ in stored()] == [
        ("1001", "2025-12-02 07:58:12"),
        ("1001", "2025-12-02 12:00:00"),
        ("1002", "2025-12-02 08:01:33"),
        ("1002", "2025-12-02 17:31:00"),
    ]


def test_xlsx_with_date_and_time_cells(officer, hall, tmp_path):
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [
            ["工号", "日期", "时间"],
            ["1001", dt.date(2025, 12, 2), dt.time(7, 58, 12)],
            ["1002", "2025-12-02", "8:00"],
        ],
    )
    assert punches.import_punches(officer, path).added == 2
    assert [at for _, at, _ in stored()] == ["2025-12-02 07:58:12", "2025-12-02 08:00:00"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-02 08:01:33", dt.datetime(2026, 11, 2, 8, 1, 33)),
        ("2026/11/2 8:01", dt.datetime(2026, 11, 2, 8, 1)),
        ("2026-11-02T08:01:33", dt.datetime(2026, 11, 2, 8, 1, 33)),
        ("2026.11.02  08:01:33.6", dt.datetime(2026, 11, 2, 8, 1, 34)),
        ("2026年11月2日8时01分", dt.datetime(2026, 11, 2, 8, 1)),
        ("2026年11月2日 8时01分33秒", dt.datetime(2026, 11, 2, 8, 1, 33)),
        ("２０２６-１１-０２ ０８：０１", dt.datetime(2026, 11, 2, 8, 1)),  # typed on a Chinese keyboard
        (dt.datetime(2026, 11, 2, 8, 1, 32, 600_000), dt.datetime(2026, 11, 2, 8, 1, 33)),
        (46328.25, dt.datetime(2026, 11, 2, 6, 0)),
    ],
)
def test_cell_datetime(value, expected):
    assert punch_files.cell_datetime(value) == expected


@pytest.mark.parametrize(
    "value", ["2026-11-02", "08:01", "2026-11-31 08:00", "2026-11-02 8", True, dt.time(8), ""]
)
def test_cell_datetime_refuses(value):
    with pytest.raises(punch_files.CellError):
        punch_files.cell_datetime(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("8:01", dt.time(8, 1)),
        ("08:01:33", dt.time(8, 1, 33)),
        (0.5, dt.time(12)),
        (dt.time(7, 58, 12), dt.time(7, 58, 12)),
    ],
)
def test_cell_clock(value, expected):
    assert punch_files.cell_clock(value) == expected


# ---------------------------------------------------------------- duplicates, unknown staff, audit


def test_duplicates_within_a_file_and_across_imports(officer, hall, tmp_path):
    lines = [
        attlog_line("1001", "2025-12-02 07:58:12"),
        attlog_line("1001", "2025-12-02 07:58:12"),  # the terminal sent it twice
        attlog_line("1002", "2025-12-02 07:59:00"),
    ]
    path = write_attlog(tmp_path / "1_attlog.dat", lines)
    first = punches.import_punches(officer, path)
    assert (first.added, first.duplicates) == (2, 1)
    again = punches.import_punches(officer, path)
    assert (again.added, again.duplicates) == (0, 3)
    assert len(stored()) == 2
    # The same punches from another kind of file are duplicates too.
    other = write_csv(tmp_path / "p.csv", [["工号", "打卡时间"], ["1001", "2025-12-02 07:58:12"]])
    assert punches.import_punches(officer, other).added == 0


def test_unknown_staff_numbers_are_skipped_and_listed(officer, hall, tmp_path):
    path = write_attlog(
        tmp_path / "1_attlog.dat",
        [
            attlog_line("1001", "2025-12-02 07:58:12"),
            attlog_line("9001", "2025-12-02 06:30:00"),  # the cleaner
            attlog_line("9001", "2025-12-02 11:00:00"),
            attlog_line("88", "2025-12-02 10:00:00"),  # a visitor
            attlog_line("01001", "2025-12-02 08:00:00"),  # numbers match exactly
        ],
    )
    report = punches.import_punches(officer, path)
    assert report.added == 1
    assert report.unknown == {"88": 1, "01001": 1, "9001": 2}
    assert (
        "Staff numbers not on the roster (4 punches skipped): 88 ×1, 9001 ×2, 01001 ×1." in report.summary()
    )
    assert [no for no, _, _ in stored()] == ["1001"]


def test_a_long_list_of_unknown_staff_numbers_is_cut_short(officer, hall, tmp_path):
    lines = [attlog_line(str(5000 + i), "2025-12-02 07:58:12") for i in range(45)]
    report = punches.import_punches(officer, write_attlog(tmp_path / "1_attlog.dat", lines))
    assert len(report.unknown) == 45
    assert "5029 ×1 … and 15 more." in report.summary() and "5030" not in report.summary()


def test_one_audit_entry_per_import(officer, hall, tmp_path):
    path = write_attlog(
        tmp_path / "1_attlog.dat",
        [attlog_line("1001", f"2025-12-02 07:5{i}:00") for i in range(5)]
        + [attlog_line("77", "2025-12-02 09:00:00")],
    )
    before = AuditEntry.select().count()
    punches.import_punches(officer, path)
    assert AuditEntry.select().count() == before + 1
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (entry.username, entry.action, entry.table, entry.row_id) == ("officer1", "import", "punch", None)
    assert json.loads(entry.after) == {
        "file": "1_attlog.dat",
        "format": "zk",
        "added": 5,
        "duplicates": 0,
        "unknown": {"77": 1},
    }


def test_summary_in_chinese(officer, hall, tmp_path):
    from app import i18n

    lines = [attlog_line("1001", "2025-12-02 07:58:12"), attlog_line("9", "2025-12-02 07:58:12")]
    report = punches.import_punches(
        officer, write_attlog(tmp_path / "1_attlog.dat", [*lines, attlog_line("8", "2025-12-02 07:58:12")])
    )
    i18n.set_language("zh_CN")
    text = report.summary()
    assert len(text.splitlines()) == 6
    assert "8 ×1、9 ×1" in text  # listed the Chinese way


# ---------------------------------------------------------------- bad files: all or nothing


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("        1001\t2025-12-02 07:58:12\t1\t0\t1", "5 tab-separated fields"),
        ("        1001 2025-12-02 07:58:12 1 0 1 0", "1 tab-separated fields"),
        ("        1001\t2025-12-02 7:58:12\t1\t0\t1\t0", "not a time"),
        ("        1001\t2025-12-02 24:00:00\t1\t0\t1\t0", "not a time"),
        ("        1001\t2025-02-30 08:00:00\t1\t0\t1\t0", "not a time"),
        ("            \t2025-12-02 08:00:00\t1\t0\t1\t0", "PIN"),
        ("        1001\t1999-12-31 08:00:00\t1\t0\t1\t0", "before 2000"),
        ("        1001\t2099-01-01 08:00:00\t1\t0\t1\t0", "in the future"),
    ],
)
def test_a_malformed_attlog_line_rejects_the_file(officer, hall, tmp_path, line, fragment):
    good = [attlog_line("1001", "2025-12-02 07:58:12"), attlog_line("1002", "2025-12-02 08:00:00")]
    path = write_attlog(tmp_path / "1_attlog.dat", [*good, line, *good])
    err = refused(officer, path)
    assert [p.row for p in err.problems] == [3]
    assert fragment in str(err)


def test_rejection_undoes_batches_already_inserted(officer, hall, tmp_path):
    start = dt.datetime(2025, 12, 2, 7, 0)
    lines = [
        attlog_line("1001", f"{start + dt.timedelta(seconds=i):%Y-%m-%d %H:%M:%S}")
        for i in range(punches.BATCH + 500)
    ]
    path = write_attlog(tmp_path / "1_attlog.dat", [*lines, "garbage"])
    err = refused(officer, path)
    assert [p.row for p in err.problems] == [punches.BATCH + 501]


def test_tomorrow_is_accepted_but_not_the_day_after(officer, hall, tmp_path):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    ok = write_attlog(tmp_path / "a_attlog.dat", [attlog_line("1001", f"{tomorrow} 23:59:59")])
    assert punches.import_punches(officer, ok).added == 1  # a terminal clock a little ahead
    later = write_attlog(
        tmp_path / "b_attlog.dat", [attlog_line("1001", f"{tomorrow + dt.timedelta(days=1)} 00:00:00")]
    )
    assert "in the future" in str(refused(officer, later))


def test_first_20_bad_lines_are_listed(officer, hall, tmp_path):
    lines = [attlog_line("1001", "2025-12-02 07:58:12")] + ["bad"] * 30
    err = refused(officer, write_attlog(tmp_path / "1_attlog.dat", lines))
    assert [p.row for p in err.problems[:20]] == list(range(2, 22))
    assert len(err.problems) == 21 and err.problems[-1].row is None
    assert "first 20 are listed" in err.problems[-1].message


@pytest.mark.parametrize(
    ("row", "fragment"),
    [
        (["1001", "2025-13-02 08:00"], "not a date and time"),
        (["1001", "yesterday"], "not a date and time"),
        (["1001"], "time is missing"),
        (["", "2025-12-02 08:00"], "staff number is missing"),
        (["1001", "1999-12-31 08:00"], "before 2000"),
        (["1001", "2099-12-31 08:00"], "in the future"),
    ],
)
def test_a_malformed_csv_line_rejects_the_file(officer, hall, tmp_path, row, fragment):
    good = ["1002", "2025-12-02 08:00:00"]
    path = write_csv(tmp_path / "p.csv", [["工号", "打卡时间"], good, [], row, good], encoding="gb18030")
    err = refused(officer, path)
    assert [p.row for p in err.problems] == [4]  # the blank line 3 still counts, as in an editor
    assert fragment in str(err)


def test_a_malformed_date_time_pair_names_its_line(officer, hall, tmp_path):
    path = write_csv(
        tmp_path / "p.csv",
        [["工号", "日期", "时间"], ["1001", "2025-12-02", "08:00"], ["1001", "2025-12-02", "25:00"]],
    )
    err = refused(officer, path)
    assert [p.row for p in err.problems] == [3] and "not a time of day" in str(err)


def test_a_malformed_xlsx_row_rejects_the_file(officer, hall, tmp_path):
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [["工号", "打卡时间"], [1001, dt.datetime(2025, 12, 2, 7, 58)], [1002, "2025-12-02"]],
    )
    err = refused(officer, path)
    assert [p.row for p in err.problems] == [3] and "not a date and time" in str(err)


def test_header_problems_name_line_1(officer, hall, tmp_path):
    no_time = write_csv(tmp_path / "a.csv", [["工号", "姓名"], ["1001", "张三"]])
    assert "no column for the time" in str(refused(officer, no_time))
    twice = write_csv(
        tmp_path / "b.csv", [["工号", "打卡时间", "签到时间"], ["1001", "2025-12-02 08:00", ""]]
    )
    err = refused(officer, twice)
    assert [p.row for p in err.problems] == [1] and "Columns B and C" in str(err)
    headless = write_csv(tmp_path / "c.csv", [["1001", "2025-12-02 08:00"]])
    err = refused(officer, headless)
    assert [p.row for p in err.problems] == [1] and "No header row" in str(err)


def test_empty_files_and_files_with_only_a_header(officer, hall, tmp_path):
    for path in (
        write_attlog(tmp_path / "1_attlog.dat", ["", ""]),
        write_csv(tmp_path / "h.csv", [["工号", "打卡时间"]]),
        write_xlsx(tmp_path / "e.xlsx", []),
    ):
        assert "holds no punches" in str(refused(officer, path))


def test_unreadable_files(officer, hall, tmp_path):
    assert "does not exist" in str(refused(officer, tmp_path / "missing.dat"))
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"staff_no,time,note\n1001,2025-12-02 08:00,M\xfcller\n")
    assert "not in UTF-8 or GB18030" in str(refused(officer, latin))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    assert "cannot be read as an Excel workbook" in str(refused(officer, broken))


# ---------------------------------------------------------------- detecting and forcing the format


def test_format_by_extension_and_content(tmp_path):
    attlog = write_attlog(tmp_path / "download.txt", ["", attlog_line("1001", "2025-12-02 07:58:12")])
    table = write_csv(tmp_path / "table.txt", [["工号", "打卡时间"], ["1001", "2025-12-02 07:58"]])
    renamed = write_attlog(tmp_path / "renamed.csv", [attlog_line("1001", "2025-12-02 07:58:12")])
    book = write_xlsx(tmp_path / "book.bin", [["工号"]])
    assert punch_files.detect_format(tmp_path / "x_attlog.dat") == "zk"
    assert punch_files.detect_format(tmp_path / "x.XLSX") == "xlsx"
    assert punch_files.detect_format(attlog) == "zk"
    assert punch_files.detect_format(table) == "csv"
    assert punch_files.detect_format(renamed) == "zk"
    assert punch_files.detect_format(book) == "xlsx"
    assert punch_files.detect_format(attlog, "csv") == "csv"
    with pytest.raises(ValidationError, match="use csv, xlsx or zk"):
        punch_files.detect_format(attlog, "xls")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(ValidationError, match="save it as .xlsx"):
        punch_files.detect_format(old)


def test_forced_format_is_used(officer, hall, tmp_path):
    attlog = write_attlog(tmp_path / "1_attlog.dat", [attlog_line("1001", "2025-12-02 07:58:12")])
    assert "No header row" in str(refused(officer, attlog, fmt="csv"))
    assert punches.import_punches(officer, attlog, fmt="zk").added == 1
    table = write_csv(tmp_path / "table.dat", [["工号", "打卡时间"], ["1002", "2025-12-02 07:58"]])
    assert "tab-separated fields" in str(refused(officer, table))  # .dat means attlog
    assert punches.import_punches(officer, table, fmt="csv").added == 1


# ---------------------------------------------------------------- effects


def test_permission(sessions, hall, tmp_path):
    path = write_attlog(tmp_path / "1_attlog.dat", [attlog_line("1001", "2025-12-02 07:58:12")])
    with pytest.raises(PermissionDenied):
        punches.import_punches(sessions["admin"], path)
    assert punches.import_punches(sessions["leader"], path).added == 1


def test_sessions_reflect_imported_punches(officer, hall, tmp_path):
    assert statuses(TUE)[("1001", "AM")] == "ABSENT"  # derived and stored before the import
    path = write_attlog(
        tmp_path / "1_attlog.dat",
        [
            attlog_line("1001", "2025-12-02 07:58:12"),
            attlog_line("1001", "2025-12-02 12:03:40"),
            attlog_line("1001", "2025-12-02 14:29:59"),
            attlog_line("1001", "2025-12-02 17:31:02"),
            attlog_line("1002", "2025-12-02 08:07:00"),
            attlog_line("1002", "2025-12-02 12:00:30"),
        ],
    )
    report = punches.import_punches(officer, path)
    assert report.days == [TUE]
    assert not DerivedDay.select().where(DerivedDay.day == TUE).exists()  # stale until read
    assert statuses(TUE) == {
        ("1001", "AM"): "ON_TIME",
        ("1001", "PM"): "ON_TIME",
        ("1002", "AM"): "LATE",
        ("1002", "PM"): "ABSENT",
    }
    rows = {(r.staff_no, r.session): r for r in attendance.day_sessions(TUE)}
    assert (rows[("1001", "PM")].clock_in, rows[("1001", "PM")].clock_out) == ("14:29", "17:31")


def test_progress_goes_to_the_end(officer, hall, tmp_path):
    start = dt.datetime(2025, 12, 2, 7, 0)
    lines = [
        attlog_line("1001", f"{start + dt.timedelta(seconds=i):%Y-%m-%d %H:%M:%S}") for i in range(12_000)
    ]
    path = write_attlog(tmp_path / "1_attlog.dat", lines)
    calls: list[tuple[int, int]] = []
    punches.import_punches(officer, path, progress=lambda done, total: calls.append((done, total)))
    size = path.stat().st_size
    assert len(calls) == 3 and calls[-1] == (size, size)
    assert all(total == size and 0 < done <= size for done, total in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


# ---------------------------------------------------------------- typed from the paper sheet


def test_manual_punch_is_stored_audited_and_derived_at_once(officer, hall):
    assert statuses(TUE)[("1001", "AM")] == "ABSENT"
    first = punches.record_manual_punch(officer, hall["1001"], TUE, "0759", note="纸质签到表")
    punches.record_manual_punch(officer, hall["1001"], TUE, "12:01")
    assert first.at == dt.datetime(2025, 12, 2, 7, 59)
    assert first.source == "manual: officer1; 纸质签到表"
    entry = AuditEntry.get((AuditEntry.table == "punch") & (AuditEntry.row_id == first.id))
    assert entry.action == "create" and entry.username == "officer1"
    row = AttendanceSession.get(
        (AttendanceSession.staff == hall["1001"])
        & (AttendanceSession.day == TUE)
        & (AttendanceSession.session == "AM")
    )
    assert (row.clock_in, row.clock_out, row.status) == ("07:59", "12:01", "ON_TIME")


def test_manual_punch_refusals(sessions, officer, hall, tmp_path):
    punches.import_punches(
        officer, write_attlog(tmp_path / "1_attlog.dat", [attlog_line("1001", "2025-12-02 08:01:33")])
    )
    with pytest.raises(ValidationError, match=r"already has a punch at 08:01:33 .*1_attlog.dat"):
        punches.record_manual_punch(officer, hall["1001"], TUE, "0801")
    assert punches.record_manual_punch(officer, hall["1001"], TUE, "0802").at.minute == 2
    with pytest.raises(ValidationError) as err:
        punches.record_manual_punch(officer, hall["1001"], TUE, "25:00")
    assert err.value.for_field("time")
    with pytest.raises(ValidationError) as err:
        punches.record_manual_punch(officer, hall["1001"], dt.date.today() + dt.timedelta(days=1), "0800")
    assert err.value.for_field("day") == ["A punch cannot be for a future day."]
    with pytest.raises(ValidationError) as err:
        punches.record_manual_punch(officer, hall["1001"], dt.date(2025, 8, 29), "0800")
    assert "was not employed" in err.value.for_field("day")[0]
    with pytest.raises(ValidationError) as err:
        punches.record_manual_punch(officer, 999_999, TUE, "0800")
    assert err.value.for_field("staff")
    with pytest.raises(PermissionDenied):
        punches.record_manual_punch(sessions["admin"], hall["1001"], TUE, "0800")
    assert len(stored()) == 2


# ---------------------------------------------------------------- the streaming reader


def test_text_source_reports_bytes_and_editor_line_numbers(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes("甲\r\nb\n\nc".encode("gb18030"))
    with TextSource(path) as source:
        assert source.encoding == "gb18030" and source.total == path.stat().st_size
        assert list(source) == [(1, "甲"), (2, "b"), (3, ""), (4, "c")]
        assert source.done() == source.total


def test_row_stream_numbers_csv_rows_by_their_first_line(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('a,b\n"x\ny",1\n\n2,3\n', encoding="utf-8")
    assert list(RowStream(path)) == [(1, ["a", "b"]), (2, ["x\ny", "1"]), (5, ["2", "3"])]


# ---------------------------------------------------------------- any order, any repetition


STAFF_NOS = ("1001", "1002", "1003")
DAYS = (dt.date(2025, 12, 1), TUE, WED)
PUNCH = st.tuples(
    st.sampled_from(STAFF_NOS),
    st.sampled_from(DAYS),
    st.integers(6 * 3600, 19 * 3600).map(lambda s: dt.time(s // 3600, s // 60 % 60, s % 60)),
)
fresh_db = itertools.count()


def _sessions_after(tmp_path: Path, files: list[tuple[str, list[str]]]) -> list[tuple]:
    """The stored sessions of DAYS after importing ``files`` (name, lines) into a new database."""
    open_store(str(tmp_path / f"p{next(fresh_db)}.db"))
    try:
        add_staff(auth.Session.system(), STAFF_NOS)
        officer = make_user("officer")
        for name, lines in files:
            path = tmp_path / f"{next(fresh_db)}-{name}"
            if name.endswith(".csv"):
                write_csv(path, [["工号", "打卡时间"], *(line.split("\t") for line in lines)])
            else:
                write_attlog(path, [attlog_line(*line.split("\t")) for line in lines])
            punches.import_punches(officer, path)
        attendance.ensure_derived(DAYS[0], DAYS[-1])
        q = (
            AttendanceSession.select(
                Staff.staff_no,
                AttendanceSession.day,
                AttendanceSession.session,
                AttendanceSession.clock_in,
                AttendanceSession.clock_out,
                AttendanceSession.status,
                AttendanceSession.explanation,
            )
            .join(Staff)
            .order_by(Staff.staff_no, AttendanceSession.day, AttendanceSession.session)
        )
        return list(q.tuples())
    finally:
        close_database()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    punch_set=st.sets(PUNCH, min_size=1, max_size=24),
    data=st.data(),
    suffix=st.sampled_from(["_attlog.dat", ".csv"]),
)
def test_any_order_and_repetition_gives_the_same_sessions(tmp_path, punch_set, data, suffix):
    canonical = sorted(f"{no}\t{day} {time}" for no, day, time in punch_set)
    repeated = data.draw(st.lists(st.sampled_from(canonical), max_size=10), label="repeated")
    shuffled = data.draw(st.permutations(canonical + repeated), label="order")
    # 0: one file; else two files imported one after the other, ``overlap`` lines in both.
    split = data.draw(st.integers(0, len(shuffled) - 1), label="split")
    overlap = data.draw(st.integers(0, split), label="overlap")
    files = [("first" + suffix, shuffled[:split]), ("second" + suffix, shuffled[split - overlap :])]
    once = _sessions_after(tmp_path, [("canonical" + suffix, canonical)])
    varied = _sessions_after(tmp_path, files if split else [("all" + suffix, shuffled)])
    assert once == varied
    # Days before the terminal's first record have no sessions (app.attendance.records_begin).
    begins = min(day for _, day, _ in punch_set)
    assert len(once) == len(STAFF_NOS) * sum(1 for d in DAYS if d >= begins) * 2
