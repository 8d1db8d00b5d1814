"""Roster import and export with real .xlsx and .csv files, without Qt."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from app import roster, roster_io
from app.errors import HallDeskError, PermissionDenied, ValidationError
from app.store import open_store
from app.tabular import cell_code
from db.connection import close_database
from db.models import ALL_MODELS, AuditEntry, Staff, Unit, Window
from tests.conftest import make_user

CN_HEADER = ["工号", "姓名", "单位", "窗口", "入职日期", "岗前培训合格日期", "手机"]
EN_HEADER = ["staff_no", "name", "unit", "window", "hire_date", "trained_on", "mobile"]
ROWS = [
    ["1001", "张三", "社会保险服务中心", "A01", "2021-03-01", "2021-03-20", "13812345678"],
    ["1002", "李四", "社会保险服务中心", "", "2020-07-15", "", "0376-6221234"],
    ["2001", "王五", "就业服务中心", "B01", "2019-01-02", "2019-02-01", ""],
]


def write_csv(path, rows, encoding="utf-8", delimiter=","):
    with path.open("w", encoding=encoding, newline="") as out:
        csv.writer(out, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path, rows):
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def counts() -> dict[str, int]:
    """Rows in every table: a refused import must leave each one as it was."""
    return {m._meta.table_name: m.select().count() for m in ALL_MODELS}


def refused(session, path) -> ValidationError:
    before = counts()
    with pytest.raises(ValidationError) as err:
        roster_io.import_roster(session, path)
    assert counts() == before
    return err.value


def where(err: ValidationError) -> set[tuple[int | None, str | None]]:
    return {(p.row, p.field) for p in err.problems}


def staff(no: str) -> Staff:
    return Staff.get(Staff.staff_no == no)


# ---------------------------------------------------------------- reading files


def test_xlsx_with_chinese_headers_creates_staff_units_and_windows(manager, tmp_path):
    path = write_xlsx(
        tmp_path / "roster.xlsx",
        [
            [*CN_HEADER, "职务", "备注"],
            [
                1001.0,
                " 张三 ",
                "社会保险服务中心",
                "a01",
                dt.datetime(2021, 3, 1),
                dt.date(2021, 3, 20),
                13812345678.0,
                "科员",
                "首问",
            ],
            ["0012", "李四", "就业服务中心", None, 43831, None, None, None, None],
        ],
    )
    report = roster_io.import_roster(manager, path)
    assert report.created == ["1001", "0012"] and report.updated == [] and report.unchanged == 0
    assert report.units_created == ["社会保险服务中心", "就业服务中心"]
    assert report.windows_created == ["A01"]
    zhang = staff("1001")
    assert (zhang.name, zhang.mobile, zhang.position, zhang.note) == ("张三", "13812345678", "科员", "首问")
    assert (zhang.hire_date, zhang.trained_on) == (dt.date(2021, 3, 1), dt.date(2021, 3, 20))
    assert zhang.window.number == "A01" and zhang.window.unit_id == zhang.unit_id
    assert zhang.pinyin.startswith("zs")
    li = staff("0012")
    assert li.hire_date == dt.date(2020, 1, 1) and li.window_id is None and li.unit.name == "就业服务中心"
    created = AuditEntry.select().where(AuditEntry.action == "create")
    assert sorted(e.table for e in created) == ["service_window", "staff", "staff", "unit", "unit"]
    assert all(e.username == manager.username for e in created)
    summary = report.summary()
    assert "Staff added: 2 (1001, 0012)." in summary and "Windows created: 1 (A01)." in summary


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_encodings_and_delimiters(manager, tmp_path, encoding, delimiter):
    path = write_csv(tmp_path / "roster.csv", [CN_HEADER, *ROWS], encoding, delimiter)
    report = roster_io.import_roster(manager, path)
    assert sorted(report.created) == ["1001", "1002", "2001"]
    assert staff("1002").name == "李四" and staff("1002").mobile == "0376-6221234"
    assert Unit.get(Unit.name == "就业服务中心")


def test_gb18030_file_with_rare_characters_in_names(manager, tmp_path):
    # 喆, 堃 and 昇 lie outside GB2312, as some real names do; the file is still Chinese.
    rows = [CN_HEADER] + [
        [str(3000 + i), name, "人才交流服务中心", "", "2020-01-01", "", ""]
        for i, name in enumerate(["王喆", "李堃", "张昇", "赵敏", "钱多多", "孙悟空"])
    ]
    report = roster_io.import_roster(manager, write_csv(tmp_path / "gb.csv", rows, "gb18030"))
    assert len(report.created) == 6 and staff("3000").name == "王喆"


def test_utf16_csv_and_headers_marked_required(manager, tmp_path):
    # Excel's "Unicode text" is UTF-16 with a BOM and tabs; templates often star required headers.
    rows = [["工号*", "姓名＊", "单位 *", "入职日期*"], ["1001", "张三", "社保", "2021-03-01"]]
    report = roster_io.import_roster(manager, write_csv(tmp_path / "u16.csv", rows, "utf-16", "\t"))
    assert report.created == ["1001"] and staff("1001").name == "张三"


def test_english_headers_in_any_case_and_spacing(manager, tmp_path):
    header = [" Staff No ", "NAME", "Unit", "Window", "Hire Date", "trained_on", "Phone", "Left On"]
    rows = [header, ["1001", "Zhang San", "Social Insurance", "7", "2021-03-01", "2021-03-02", "", ""]]
    report = roster_io.import_roster(manager, write_csv(tmp_path / "en.csv", rows))
    assert report.created == ["1001"] and staff("1001").window.number == "7"


def test_alternative_chinese_headers(manager, tmp_path):
    header = ["工号", "姓名", "单位", "入职日期", "岗前培训日期", "手机号码"]
    rows = [header, ["1001", "张三", "社保", "2021-03-01", "2021-03-02", "13812345678"]]
    roster_io.import_roster(manager, write_csv(tmp_path / "alt.csv", rows))
    assert staff("1001").trained_on == dt.date(2021, 3, 2) and staff("1001").mobile == "13812345678"
    other = [
        ["工号", "姓名", "单位", "入职日期", "联系电话"],
        ["1002", "李四", "社保", "2021-03-01", "13912345678"],
    ]
    roster_io.import_roster(manager, write_csv(tmp_path / "alt2.csv", other))
    assert staff("1002").mobile == "13912345678"


@pytest.mark.parametrize(
    "value",
    [
        "2021-03-01",
        "2021/3/1",
        "2021.3.1",
        "20210301",
        "2021年3月1日",
        "2021-03-01 00:00:00",
        "２０２１－０３－０１",
        "44256",
        44256,
        44256.0,
        20210301,
        dt.date(2021, 3, 1),
        dt.datetime(2021, 3, 1, 0, 0),
    ],
)
def test_dates_in_every_format(manager, tmp_path, value):
    path = write_xlsx(
        tmp_path / "d.xlsx", [["工号", "姓名", "单位", "入职日期"], ["1001", "张三", "社保", value]]
    )
    roster_io.import_roster(manager, path)
    assert staff("1001").hire_date == dt.date(2021, 3, 1)


@pytest.mark.parametrize("value", ["2021-02-30", "yesterday", "3/1/2021", "1850-01-01", "-5", "21-3-1"])
def test_impossible_dates_are_row_problems(manager, tmp_path, value):
    path = write_csv(
        tmp_path / "d.csv", [["工号", "姓名", "单位", "入职日期"], ["1001", "张三", "社保", value]]
    )
    err = refused(manager, path)
    assert where(err) == {(2, "hire_date")}
    assert "is not a date" in str(err)


def test_excel_float_staff_numbers_and_mobiles(manager, tmp_path):
    rows = [
        ["工号", "姓名", "单位", "入职日期", "手机"],
        [1001.0, "张三", "社保", "2021-03-01", 13812345678.0],
    ]
    roster_io.import_roster(manager, write_xlsx(tmp_path / "f.xlsx", rows))
    assert staff("1001").mobile == "13812345678"


def test_blank_rows_are_skipped_and_row_numbers_stay_as_shown(manager, tmp_path):
    rows = [CN_HEADER, ROWS[0], [], ["", " ", ""], ["1003", "", "社保", "", "2021-01-01", "", ""]]
    err = refused(manager, write_csv(tmp_path / "b.csv", rows))
    assert where(err) == {(5, "name")}


def test_quoted_line_break_keeps_excel_row_numbers(manager, tmp_path):
    rows = [
        ["工号", "姓名", "单位", "入职日期", "备注"],
        ["1001", "张三", "社保", "2021-03-01", "第一行\n第二行"],
        ["1002", "李四", "社保", "not a date", ""],
    ]
    err = refused(manager, write_csv(tmp_path / "q.csv", rows))
    assert where(err) == {(3, "hire_date")}


# ---------------------------------------------------------------- files that are refused


def test_windows_1252_csv_is_refused_not_garbled(manager, tmp_path):
    path = tmp_path / "cp1252.csv"
    # "José," is not even GB18030; the file is refused at its second line.
    path.write_bytes("staff_no,name,unit,hire_date\n2001,José,Social,2020-01-01\n".encode("cp1252"))
    err = refused(manager, path)
    assert "CSV UTF-8" in str(err) and "line 2" in str(err)


def test_windows_1252_that_decodes_as_gb18030_is_refused(manager, tmp_path):
    # ü+l, é+e and ç+o are valid GB18030 pairs: without a plausibility check
    # this file would import as 黮, 閑 and 鏾.
    text = (
        "staff_no,name,unit,hire_date\n"
        "2001,Zoe,Social,2020-01-01\n"
        "2002,Müller Renée François,Social,2020-01-01\n"
    )
    path = tmp_path / "cp1252.csv"
    path.write_bytes(text.encode("cp1252"))
    assert path.read_bytes().decode("gb18030")  # proves the trap is real
    err = refused(manager, path)
    assert "CSV UTF-8" in str(err) and "line 3" in str(err)
    assert not Staff.select().exists()


def test_truncated_xlsx_is_refused(manager, tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", [CN_HEADER, *ROWS])
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    err = refused(manager, broken)
    assert "cannot be read as an Excel workbook" in str(err)


def test_csv_renamed_to_xlsx_is_refused(manager, tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("工号,姓名\n1,2\n", encoding="utf-8")
    assert "Excel workbook" in str(refused(manager, path))


@pytest.mark.parametrize("name", ["roster.xls", "roster.txt", "roster"])
def test_unknown_extension_is_refused(manager, tmp_path, name):
    path = tmp_path / name
    path.write_text("工号,姓名\n", encoding="utf-8")
    assert ".xlsx" in str(refused(manager, path))


def test_missing_and_empty_files(manager, tmp_path):
    assert "does not exist" in str(refused(manager, tmp_path / "none.csv"))
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty" in str(refused(manager, empty))


def test_unknown_header_refuses_the_file_naming_column_and_accepted_headers(manager, tmp_path):
    rows = [
        ["工号", "姓名", "单位", "入职日期", "", "身份证号"],
        ["1001", "张三", "社保", "2021-03-01", "", "x"],
    ]
    err = refused(manager, write_csv(tmp_path / "u.csv", rows))
    assert len(err.problems) == 1 and err.problems[0].row == 1
    message = err.problems[0].message
    assert "Column F" in message and "身份证号" in message and "工号/staff_no" in message


def test_missing_required_columns_are_named(manager, tmp_path):
    rows = [["姓名", "窗口", "手机"], ["张三", "A01", "13812345678"]]
    err = refused(manager, write_csv(tmp_path / "m.csv", rows))
    text = str(err)
    assert all(h in text for h in ("工号", "单位", "入职日期")) and "姓名 / name" not in text
    assert {p.row for p in err.problems} == {1}


def test_a_column_given_twice_is_refused(manager, tmp_path):
    rows = [
        ["工号", "姓名", "单位", "入职日期", "手机", "联系电话"],
        ["1001", "张三", "社保", "2021-03-01", "", ""],
    ]
    assert "Columns E and F" in str(refused(manager, write_csv(tmp_path / "t.csv", rows)))


def test_extra_cells_make_the_row_bad_and_short_rows_are_padded(manager, tmp_path):
    rows = [
        ["工号", "姓名", "单位", "入职日期", "备注"],
        ["1001", "张三", "社保", "2021-03-01", "", "stray"],
        ["1002", "李四", "社保", "2021-03-01"],  # no 备注 cell at all: fine
        ["1003", "王五", "社保", "2021-03-01", "", ""],  # empty extra cell: fine
    ]
    err = refused(manager, write_csv(tmp_path / "x.csv", rows))
    assert where(err) == {(2, None)} and "Column F" in str(err)
    rows.pop(1)
    assert len(roster_io.import_roster(manager, write_csv(tmp_path / "y.csv", rows)).created) == 2


def test_duplicate_staff_numbers_name_both_rows(manager, tmp_path):
    rows = [CN_HEADER, ROWS[0], ROWS[1], ["1001", "张三丰", *ROWS[2][2:]]]
    err = refused(manager, write_csv(tmp_path / "dup.csv", rows))
    assert where(err) == {(2, "staff_no"), (4, "staff_no")}
    assert all("rows 2, 4" in p.message for p in err.problems)


def test_every_bad_row_is_listed_and_nothing_is_written(manager, tmp_path):
    roster.add_unit(manager, "已有单位")
    before_units = Unit.select().count()
    rows = [
        CN_HEADER,
        ROWS[0],  # good, with a new unit and window: rolled back with the rest
        ["1002", "x" * 10_000, "社保", "", "2021-03-01", "", ""],
        ["1003", "王五", "社保", "", "2099-01-01", "", "12345"],
        ["1004", "赵六", "社保", "C01", "2021-03-01", "", ""],  # window without training
        ["10 05", "", "", "", "", "", ""],
        ["1006", "钱七", "已有单位", "A01", "2021-03-01", "2021-04-01", ""],  # A01 is 社会保险服务中心's
        ["1007", "孙八", "u" * 200, "", "2021-03-01", "", ""],
    ]
    err = refused(manager, write_csv(tmp_path / "bad.csv", rows))
    assert where(err) >= {
        (3, "name"),
        (4, "hire_date"),
        (4, "mobile"),
        (5, "window"),
        (6, "staff_no"),
        (6, "name"),
        (6, "unit"),
        (6, "hire_date"),
        (7, "window"),
        (8, "unit"),
    }
    assert 2 not in {p.row for p in err.problems}
    assert "this one has 10000" in str(err)
    assert "belongs to another unit" in str(err) and "pre-job training" in str(err)
    assert Unit.select().count() == before_units and not Window.select().exists()


def test_quotes_and_sql_are_stored_verbatim(manager, tmp_path):
    name = 'O\'Brien "Bob"'
    note = "'; DROP TABLE staff; -- \" \\ %_"
    position = "Robert'); DELETE FROM unit;--"
    rows = [
        ["工号", "姓名", "单位", "入职日期", "职务", "备注"],
        ["1001", name, "x'); DROP TABLE unit;--", "2021-03-01", position, note],
    ]
    roster_io.import_roster(manager, write_xlsx(tmp_path / "sql.xlsx", rows))
    person = staff("1001")
    assert (person.name, person.position, person.note) == (name, position, note)
    assert person.unit.name == "x'); DROP TABLE unit;--"


def test_control_characters_are_refused(manager, tmp_path):
    rows = [["工号", "姓名", "单位", "入职日期"], ["1001", "张\x01三", "社保", "2021-03-01"]]
    assert where(refused(manager, write_csv(tmp_path / "c.csv", rows))) == {(2, "name")}


def test_officer_may_not_import(officer, tmp_path):
    path = write_csv(tmp_path / "r.csv", [CN_HEADER, *ROWS])
    before = counts()
    with pytest.raises(PermissionDenied):
        roster_io.import_roster(officer, path)
    assert counts() == before


# ---------------------------------------------------------------- updates and leaving


def test_existing_staff_are_updated_only_where_the_file_differs(manager, tmp_path):
    roster_io.import_roster(manager, write_csv(tmp_path / "a.csv", [CN_HEADER, *ROWS]))
    audit_before = AuditEntry.select().count()
    # Without the 手机 and 窗口 columns, those fields are left alone.
    rows = [
        ["工号", "姓名", "单位", "入职日期", "岗前培训合格日期"],
        ["1001", "张三", "社会保险服务中心", "2021-03-01", "2021-03-20"],
        ["1002", "李思", "社会保险服务中心", "2020-07-15", ""],
        ["2001", "王五", "就业服务中心", "2019-01-02", "2019-02-01"],
    ]
    report = roster_io.import_roster(manager, write_csv(tmp_path / "b.csv", rows))
    assert report.updated == ["1002"] and report.unchanged == 2 and report.created == []
    li = staff("1002")
    assert li.name == "李思" and li.pinyin.startswith("ls") and li.version == 2
    assert li.mobile == "0376-6221234" and staff("1001").window.number == "A01"
    entries = list(AuditEntry.select().order_by(AuditEntry.id))[audit_before:]
    assert [(e.action, e.table) for e in entries] == [("update", "staff")]
    assert json.loads(entries[0].before)["name"] == "李四" and json.loads(entries[0].after)["name"] == "李思"


def test_reimporting_the_same_file_changes_nothing(manager, tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [CN_HEADER, *ROWS])
    roster_io.import_roster(manager, path)
    before = counts()
    report = roster_io.import_roster(manager, path)
    assert (report.created, report.updated, report.unchanged) == ([], [], 3)
    assert counts() == before


def test_leaving_dates_record_leaving(manager, tmp_path):
    roster_io.import_roster(manager, write_csv(tmp_path / "a.csv", [CN_HEADER, *ROWS]))
    header = ["工号", "姓名", "单位", "入职日期", "离职日期", "离职原因"]
    rows = [
        header,
        ["1002", "李四", "社会保险服务中心", "2020-07-15", "2024-05-31", "调离"],
        ["4001", "周九", "社会保险服务中心", "2015-01-01", "2018-12-31", ""],  # created as left
    ]
    report = roster_io.import_roster(manager, write_csv(tmp_path / "b.csv", rows))
    assert report.left_recorded == ["1002", "4001"] and report.created == ["4001"]
    assert (staff("1002").left_on, staff("1002").left_reason) == (dt.date(2024, 5, 31), "调离")
    assert staff("4001").left_reason == "recorded as left in an imported roster file"
    last = AuditEntry.select().where(AuditEntry.table == "staff").order_by(AuditEntry.id.desc())
    assert {e.action for e in last.limit(2)} == {"leave", "create"}
    # A blank leaving date never brings someone back; that is undo_leaving's job.
    rows = [header, ["1002", "李四", "社会保险服务中心", "2020-07-15", "", ""]]
    assert roster_io.import_roster(manager, write_csv(tmp_path / "c.csv", rows)).unchanged == 1
    assert staff("1002").left_on == dt.date(2024, 5, 31)


def test_leaving_problems(manager, tmp_path):
    rows = [
        ["工号", "姓名", "单位", "入职日期", "离职日期", "离职原因"],
        ["1001", "张三", "社保", "2021-03-01", "2020-01-01", ""],
        ["1002", "李四", "社保", "2021-03-01", "", "调离"],
    ]
    err = refused(manager, write_csv(tmp_path / "l.csv", rows))
    assert where(err) == {(2, "left_on"), (3, "left_on")}


def test_window_number_of_another_unit_is_a_row_problem(manager, tmp_path):
    unit = roster.add_unit(manager, "就业服务中心")
    roster.add_window(manager, unit.id, "B01")
    rows = [CN_HEADER, ["1001", "张三", "社保", "B01", "2021-03-01", "2021-03-02", ""]]
    err = refused(manager, write_csv(tmp_path / "w.csv", rows))
    assert where(err) == {(2, "window")} and "belongs to another unit" in str(err)


def test_progress_is_reported(manager, tmp_path):
    rows = [CN_HEADER] + [[str(5000 + i), "张三", "社保", "", "2021-03-01", "", ""] for i in range(450)]
    calls = []
    roster_io.import_roster(
        manager, write_csv(tmp_path / "p.csv", rows), progress=lambda d, t: calls.append((d, t))
    )
    assert calls[-1] == (900, 900) and len(calls) >= 4
    assert all(a[0] < b[0] for a, b in itertools.pairwise(calls))
    calls.clear()
    assert (
        roster_io.export_roster(manager, tmp_path / "p.xlsx", progress=lambda d, t: calls.append((d, t)))
        == 450
    )
    assert calls[-1] == (450, 450)


# ---------------------------------------------------------------- export


@pytest.fixture
def hall(manager, tmp_path):
    rows = [
        [*CN_HEADER, "职务", "备注", "离职日期", "离职原因"],
        *[[*r, "", "", "", ""] for r in ROWS],
        [
            "0042",
            "赵六",
            "就业服务中心",
            "",
            "2010-01-01",
            "",
            "13900001111",
            "=SUM(A1:A2)",
            "-1",
            "2020-06-30",
            "退休",
        ],
    ]
    roster_io.import_roster(manager, write_csv(tmp_path / "hall.csv", rows))


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("who", ["manager", None])
def test_round_trip_changes_nothing(sessions, hall, tmp_path, suffix, who):
    session = sessions[who] if who else None
    path = tmp_path / f"out{suffix}"
    assert roster_io.export_roster(session, path, include_left=True) == 4
    before = counts()
    mobiles = {s.staff_no: s.mobile for s in Staff.select()}
    report = roster_io.import_roster(sessions["manager"], path)
    assert (report.created, report.updated, report.unchanged) == ([], [], 4)
    assert counts() == before
    assert {s.staff_no: s.mobile for s in Staff.select()} == mobiles


def test_export_without_contact_rights_masks_mobiles(sessions, hall, tmp_path):
    path = tmp_path / "masked.csv"
    roster_io.export_roster(sessions["officer"], path)
    text = path.read_bytes().decode("utf-8-sig")
    assert "138****5678" in text and "13812345678" not in text
    roster_io.export_roster(sessions["manager"], path)
    assert "13812345678" in path.read_bytes().decode("utf-8-sig")


def test_masked_mobile_for_a_new_person_is_refused(manager, tmp_path):
    rows = [
        ["工号", "姓名", "单位", "入职日期", "手机"],
        ["1001", "张三", "社保", "2021-03-01", "138****5678"],
    ]
    assert where(refused(manager, write_csv(tmp_path / "m.csv", rows))) == {(2, "mobile")}


def test_export_leaves_out_people_who_left_unless_asked(manager, hall, tmp_path):
    assert roster_io.export_roster(manager, tmp_path / "a.csv") == 3
    assert "0042" not in (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert roster_io.export_roster(manager, tmp_path / "b.csv", include_left=True) == 4


def test_csv_export_is_utf8_with_bom_and_chinese_headers(manager, hall, tmp_path):
    path = tmp_path / "r.csv"
    roster_io.export_roster(manager, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header = data.decode("utf-8-sig").splitlines()[0].split(",")
    assert header == [
        "工号",
        "姓名",
        "单位",
        "窗口",
        "职务",
        "入职日期",
        "岗前培训合格日期",
        "手机",
        "离职日期",
        "离职原因",
        "备注",
    ]


def test_xlsx_export_is_formatted(manager, hall, tmp_path):
    path = tmp_path / "r.xlsx"
    roster_io.export_roster(manager, path, include_left=True)
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2"
    assert all(c.font.bold for c in sheet[1]) and sheet["A1"].value == "工号"
    assert all(sheet.column_dimensions[c].width >= 8 for c in "ABCDEFGHIJK")
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    hire = rows["1001"][5]
    assert hire.is_date and hire.number_format == "yyyy-mm-dd" and hire.value.date() == dt.date(2021, 3, 1)
    zhao = rows["0042"]
    assert zhao[0].data_type == "s"  # leading zero kept
    assert zhao[4].value == "=SUM(A1:A2)" and zhao[4].data_type == "s"  # text, never a formula
    assert zhao[8].value.date() == dt.date(2020, 6, 30) and zhao[9].value == "退休"


def test_export_refuses_other_extensions(manager, tmp_path):
    with pytest.raises(ValidationError, match=".xlsx"):
        roster_io.export_roster(manager, tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


def test_failed_export_leaves_no_half_file(manager, hall, tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "r.csv"
    target.write_text("the previous export", encoding="utf-8")

    def broken(path, rows, progress):
        path.write_text("工号,姓", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(roster_io, "_write_csv", broken)
    with pytest.raises(HallDeskError, match="No space left"):
        roster_io.export_roster(manager, target)
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert [p.name for p in folder.iterdir()] == ["r.csv"]


def test_export_to_a_missing_folder_is_a_clear_error(manager, tmp_path):
    with pytest.raises(HallDeskError, match="cannot be written"):
        roster_io.export_roster(manager, tmp_path / "nowhere" / "r.xlsx")


# ---------------------------------------------------------------- any input


# Text that a roster may hold: quotes, SQL, emoji, separators, line breaks, a formula.
HARMLESS = st.one_of(
    st.sampled_from(["O'Brien", 'say "hi"', "'; DROP TABLE staff; --", "😀🎉", "=1+1", "张三", "a,b;c\td"]),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20),
)
# Text that should be refused or survive: very long, blank, control characters, anything.
ANY = st.one_of(
    st.sampled_from(["x" * 10_000, "  ", "\u3000", "１００１", "line\nbreak", "\x00", "2021-02-30"]),
    st.text(max_size=30),
)
GOOD_ROW = st.tuples(
    st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9_-]{0,8}\Z"),
    HARMLESS,
    HARMLESS,
    st.sampled_from(["", "A1"]),
    st.dates(dt.date(1990, 1, 1), dt.date(2024, 12, 31)).map(lambda d: d.strftime("%Y/%m/%d")),
    st.sampled_from(["", "2024-12-31"]),
    HARMLESS,
)
# A good row with up to two of its cells replaced by anything at all.
ROW = st.tuples(GOOD_ROW, st.dictionaries(st.integers(0, 6), ANY, max_size=2)).map(
    lambda pair: tuple(pair[1].get(i, cell) for i, cell in enumerate(pair[0]))
)
fresh_db = itertools.count()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(ROW, min_size=1, max_size=4), as_xlsx=st.booleans())
def test_any_cells_import_correctly_or_are_refused_whole(tmp_path, rows, as_xlsx):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    n = next(fresh_db)
    open_store(str(tmp_path / f"h{n}.db"))
    try:
        manager = make_user("manager")
        header = ["工号", "姓名", "单位", "窗口", "入职日期", "岗前培训合格日期", "备注"]
        if as_xlsx:
            # An .xlsx cannot hold control characters at all.
            rows = [tuple(ILLEGAL_CHARACTERS_RE.sub("", c) for c in r) for r in rows]
            book = Workbook()
            sheet = book.active
            sheet.append(header)
            for r in rows:
                sheet.append(list(r))
                for cell in sheet[sheet.max_row]:
                    cell.data_type = "s"  # what was typed, not a formula
            path = tmp_path / f"any{n}.xlsx"
            book.save(path)
        else:
            path = write_csv(tmp_path / f"any{n}.csv", [header, *rows])
        before = counts()
        try:
            report = roster_io.import_roster(manager, path)
        except ValidationError as err:
            event("refused")
            assert err.problems and all(p.message for p in err.problems)
            assert counts() == before
            return
        event("imported")
        kept = [r for r in rows if any(c.strip() for c in r)]
        assert len(report.created) == Staff.select().count() == len(kept)
        for r in kept:
            person = Staff.get(Staff.staff_no == cell_code(r[0]))
            assert person.name == " ".join(r[1].split())
            assert person.unit.name == " ".join(r[2].split())
            assert person.note == r[6].strip()
    finally:
        close_database()
