"""Importing slips from the old Excel records, and the scans kept with a slip."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import Workbook

from app import attendance, leave, leave_io, roster
from app.errors import NotFound, PermissionDenied, ValidationError
from app.leave_io import Point, parse_point
from app.roster import StaffInput
from app.tabular import CellError
from db.models import AuditEntry, LeaveAttachment, LeaveSlip, User

MON, TUE, WED, THU, FRI, SAT = (dt.date(2025, 12, d) for d in (1, 2, 3, 4, 5, 6))
HEADER = "工号,姓名,请假类别,开始时间,结束时间,替岗人员,批准人,事由"


@pytest.fixture
def hall(manager):
    si = roster.add_unit(manager, "社会保险服务中心")
    jy = roster.add_unit(manager, "就业服务中心")
    people = {}
    for no, name, unit, trained in [
        ("1001", "张三", si, True),
        ("1002", "李四", si, True),
        ("1003", "王五", si, False),
        ("1004", "陈七", si, True),
        ("2001", "赵六", jy, True),
        ("2002", "陈七", jy, True),  # the same name in another unit
    ]:
        people[no] = roster.add_staff(
            manager,
            StaffInput(
                staff_no=no,
                name=name,
                unit_id=unit.id,
                hire_date=dt.date(2024, 1, 2),
                trained_on=dt.date(2024, 1, 20) if trained else None,
            ),
        ).id
    return people


@pytest.fixture
def leader(sessions):
    User.update(display_name="刘带班").where(User.username == "leader1").execute()
    return sessions["leader"]


def write_csv(tmp_path, *rows: str, header: str = HEADER, encoding: str = "utf-8-sig", name="slips.csv"):
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding=encoding)
    return path


def statuses(day, staff_id):
    return {r.session: r.status for r in attendance.day_sessions(day) if r.staff_id == staff_id}


def counts():
    return LeaveSlip.select().count(), AuditEntry.select().count()


# ---------------------------------------------------------------- cells


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-12-02", Point(TUE)),
        ("2025/12/2 上午", Point(TUE, "AM")),
        ("2025年12月2日下午", Point(TUE, "PM")),
        ("2025-12-02 pm", Point(TUE, "PM")),
        ("2025-12-02 09:30", Point(TUE, clock="09:30")),
        ("2025-12-02T14:05:00", Point(TUE, clock="14:05")),
        ("2025-12-02 下午 2:30", Point(TUE, clock="14:30")),
        ("2025-12-02 12:15 AM", Point(TUE, clock="00:15")),
        ("１０：３０", Point(None, clock="10:30")),  # full-width, typed on a Chinese keyboard
        (dt.datetime(2025, 12, 2, 9, 30), Point(TUE, clock="09:30")),
        (dt.datetime(2025, 12, 2), Point(TUE)),
        (dt.time(10, 30), Point(None, clock="10:30")),
        (45993, Point(TUE)),  # an Excel serial
        (45993.5, Point(TUE, clock="12:00")),
        ("", None),
        (None, None),
    ],
)
def test_from_and_to_cells(value, expected):
    assert parse_point(value) == expected


@pytest.mark.parametrize(
    "value", ["上午", "2025-13-02", "2025-12-02 25:00", "明天", "2025-12-02 上午 下午", "14:30 PM"]
)
def test_cells_that_are_not_a_time(value):
    with pytest.raises(CellError, match="is not a date"):
        parse_point(value)


# ---------------------------------------------------------------- good files


def test_import_approved_and_requested_slips(tmp_path, hall, manager, leader):
    # TUE was read (derived) before the import: the import derives it again.
    assert statuses(TUE, hall["1001"]) == {"AM": "ABSENT", "PM": "ABSENT"}
    path = write_csv(
        tmp_path,
        "1001,张三,病假,2025-12-02,2025-12-03 上午,李四,刘带班,发烧",
        "1002,李四,事假,2025-12-04 下午,2025-12-04 下午,1001,,家中有事",
        "1001,,临时外出,2025-12-05 09:30,10:30,,leader1,到医保局送材料",
        "2001,,sick,2025-12-06,2025-12-06,,,周六复查",
    )
    audit_before = AuditEntry.select().count()
    report = leave_io.import_slips(manager, path)

    assert (report.rows, report.approved, report.requested, report.outings) == (4, 2, 2, 1)
    assert [(w.row, "no workday" in w.message) for w in report.warnings] == [(5, True)]
    text = report.summary()
    assert "Slips imported: 4 (2 approved, 2 awaiting approval)." in text
    assert "row 5: The slip covers no workday" in text

    sick = LeaveSlip.get(LeaveSlip.reason == "发烧")
    assert (sick.status, sick.decided_by, sick.created_by) == ("approved", "leader1", "manager1")
    assert sick.decided_at is not None and sick.after_the_fact == 0
    assert (sick.start_session, sick.end_day, sick.end_session) == ("AM", WED, "AM")
    assert sick.reported_to_id == User.get(User.username == "leader1").id
    assert sick.substitute_id == hall["1002"]
    personal = LeaveSlip.get(LeaveSlip.reason == "家中有事")
    assert (personal.status, personal.decided_by, personal.decided_at) == ("requested", "", None)
    assert (personal.start_session, personal.end_session, personal.substitute_id) == (
        "PM",
        "PM",
        hall["1001"],
    )
    outing = LeaveSlip.get(LeaveSlip.reason == "到医保局送材料")
    assert (outing.start_day, outing.end_day, outing.out_time, outing.back_time) == (
        FRI,
        FRI,
        "09:30",
        "10:30",
    )

    # Approved slips make their sessions LEAVE, naming the slip; requested ones do not.
    assert statuses(TUE, hall["1001"]) == {"AM": "LEAVE", "PM": "LEAVE"}
    assert statuses(WED, hall["1001"]) == {"AM": "LEAVE", "PM": "ABSENT"}
    assert statuses(THU, hall["1002"]) == {"AM": "ABSENT", "PM": "ABSENT"}
    row = next(r for r in attendance.day_sessions(TUE) if r.staff_id == hall["1001"])
    assert f"slip {sick.id}" in attendance.explain(row.explanation)

    entries = list(AuditEntry.select().where(AuditEntry.id > audit_before).order_by(AuditEntry.id))
    assert [(e.action, e.table, e.username) for e in entries] == [("import", "leave_slip", "manager1")] * 4
    assert json.loads(entries[0].after)["decided_by"] == "leader1"


def test_import_xlsx_with_english_headers_and_date_cells(tmp_path, hall, manager, leader):
    book = Workbook()
    sheet = book.active
    sheet.append(["No.", "Staff number", "Kind", "From", "To", "Substitute", "Approved by", "Reason"])
    sheet.append(
        [1, 1001, "annual leave", dt.datetime(2025, 12, 4), dt.datetime(2025, 12, 9), "李四", "leader1", ""]
    )
    sheet.append([2, "1002", "outing", dt.datetime(2025, 12, 2, 15, 0), dt.time(16, 30), None, None, "开会"])
    sheet.append(
        [
            3,
            "1004",
            "事假",
            dt.datetime(2025, 12, 1, 8, 0),
            dt.datetime(2025, 12, 1, 14, 0),
            "1001",
            None,
            None,
        ]
    )
    path = tmp_path / "old.xlsx"
    book.save(path)
    report = leave_io.import_slips(manager, path)
    assert (report.approved, report.requested, report.outings) == (1, 2, 1)
    annual = LeaveSlip.get(LeaveSlip.staff == hall["1001"])
    assert (annual.start_day, annual.start_session, annual.end_day, annual.end_session) == (
        THU,
        "AM",
        dt.date(2025, 12, 9),
        "PM",
    )
    # 08:00 to 14:00 on a winter day (afternoon from 14:30) is the morning.
    personal = LeaveSlip.get(LeaveSlip.staff == hall["1004"])
    assert (personal.start_session, personal.end_session) == ("AM", "AM")
    # Leave across a weekend covers the workdays only.
    assert leave.covered_sessions(annual) == [
        (d, s) for d in (THU, FRI, dt.date(2025, 12, 8), dt.date(2025, 12, 9)) for s in ("AM", "PM")
    ]


def test_gb18030_csv_from_chinese_excel(tmp_path, hall, manager):
    path = write_csv(tmp_path, "1001,张三,病假,2025-12-02,2025-12-02,李四,,感冒", encoding="gb18030")
    assert leave_io.import_slips(manager, path).requested == 1
    assert LeaveSlip.get().reason == "感冒"


def test_an_officer_imports_slips_awaiting_approval_only(tmp_path, hall, sessions, leader):
    officer = sessions["officer"]
    approved = write_csv(tmp_path, "1001,张三,病假,2025-12-02,2025-12-02,李四,leader1,发烧", name="a.csv")
    before = counts()
    with pytest.raises(PermissionDenied, match="approved-by column"):
        leave_io.import_slips(officer, approved)
    assert counts() == before
    plain = write_csv(tmp_path, "1001,张三,病假,2025-12-02,2025-12-02,李四,,发烧", name="b.csv")
    assert leave_io.import_slips(officer, plain).requested == 1
    with pytest.raises(PermissionDenied):
        leave_io.import_slips(sessions["admin"], plain)  # the administrator records no attendance


# ---------------------------------------------------------------- bad files


def test_every_bad_row_is_listed_and_nothing_is_written(tmp_path, hall, manager, leader, sessions):
    path = write_csv(
        tmp_path,
        "9999,,病假,2025-12-02,2025-12-02,李四,,",  # 2: unknown staff number
        "1001,张三,年假期,2025-12-02,2025-12-02,李四,,",  # 3: unknown kind
        "1001,张三,病假,2025-12-32,2025-12-02,李四,,",  # 4: no such date
        "1001,张三,病假,2025-12-02,2025-12-02,赵六,,",  # 5: substitute of another unit
        "1002,李四,事假,2025-12-03,2025-12-04,1001,,",  # 6: good alone
        "1002,李四,病假,2025-12-04 下午,2025-12-05,1004,,",  # 7: overlaps row 6
        "1004,陈七,病假,2025-12-02,2025-12-02,1001,officer1,",  # 8: an officer does not approve
        "1001,张三,临时外出,2025-12-02 16:00,2025-12-03 09:00,,,",  # 9: an outing over two days
        "1001,张三,临时外出,2025-12-05,2025-12-05,,,",  # 10: an outing without its times
        "1001,李四,病假,2025-12-08,2025-12-08,1002,,",  # 11: the name is not the number's
        "1001,张三,病假,2025-12-09,2025-12-08,李四,,",  # 12: ends before it starts
        "1001,张三,病假,2025-12-10,2025-12-10,陈七,,",  # 13: two 陈七
        "1001,张三,病假,2025-12-11,2025-12-11,王五,,",  # 14: substitute untrained
        "1001,张三,病假,2025-12-12,2025-12-12,1002,,",  # 15: good
    )
    before = counts()
    with pytest.raises(ValidationError) as err:
        leave_io.import_slips(manager, path)
    assert counts() == before
    problems = err.value.problems
    assert sorted({p.row for p in problems}) == [2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14]
    by_row = {}
    for p in problems:
        by_row.setdefault(p.row, []).append(p)
    assert [(p.field, "No staff member has the number 9999" in p.message) for p in by_row[2]] == [
        ("staff_no", True)
    ]
    assert by_row[3][0].field == "kind" and "The kinds are: 事假, 病假, 年休假" in by_row[3][0].message
    assert by_row[4][0].field == "leave_from" and "2025-12-32" in by_row[4][0].message
    assert by_row[5][0].field == "substitute" and "another unit" in by_row[5][0].message
    assert by_row[7][0].field == "leave_from" and "already has slip" in by_row[7][0].message
    assert any("row 6 of this file" in p.message for p in by_row[7])
    assert by_row[8][0].field == "approved_by" and "does not approve leave" in by_row[8][0].message
    assert by_row[9][0].field == "leave_to" and "ends on the day it starts" in by_row[9][0].message
    assert by_row[10][0].field == "leave_from" and "with its time" in by_row[10][0].message
    assert by_row[11][0].field == "name" and "1001 is 张三 on the roster, not 李四" in by_row[11][0].message
    assert by_row[12][0].field == "leave_to" and "ends before it starts" in by_row[12][0].message
    assert by_row[13][0].field == "substitute" and "called 陈七 (1004, 2002)" in by_row[13][0].message
    assert by_row[14][0].field == "substitute" and "pre-job training" in by_row[14][0].message
    text = str(err.value)
    assert "row 7, from: 李四 already has slip" in text and "row 2, staff number:" in text


def test_a_file_imported_twice_is_refused_the_second_time(tmp_path, hall, manager, leader):
    path = write_csv(tmp_path, "1001,张三,病假,2025-12-02,2025-12-02,李四,leader1,发烧")
    leave_io.import_slips(manager, path)
    before = counts()
    with pytest.raises(ValidationError, match="already has slip"):
        leave_io.import_slips(manager, path)
    assert counts() == before


def test_substitute_busy_in_an_earlier_row(tmp_path, hall, manager):
    path = write_csv(
        tmp_path,
        "1001,张三,病假,2025-12-02,2025-12-02,李四,,",
        "1004,陈七,病假,2025-12-02 下午,2025-12-02,李四,,",  # 李四 already covers 张三
    )
    with pytest.raises(ValidationError) as err:
        leave_io.import_slips(manager, path)
    assert [(p.row, p.field) for p in err.value.problems] == [(3, "substitute"), (3, None)]
    assert "already substituting" in err.value.problems[0].message
    assert "row 2" in err.value.problems[1].message


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("工号,请假类别,开始时间,结束时间,备注", "Column E is headed “备注”"),
        ("工号,请假类别,开始时间", "no column for the to"),
    ],
)
def test_bad_headers_refuse_the_file(tmp_path, hall, manager, header, message):
    path = write_csv(tmp_path, "1001,病假,2025-12-02,2025-12-02,x", header=header)
    with pytest.raises(ValidationError, match=message) as err:
        leave_io.import_slips(manager, path)
    assert err.value.problems[0].row == 1
    assert LeaveSlip.select().count() == 0


def test_value_in_a_column_without_header(tmp_path, hall, manager):
    path = write_csv(tmp_path, "1001,张三,病假,2025-12-02,2025-12-02,李四,,,多余")
    with pytest.raises(ValidationError, match="Column I holds a value"):
        leave_io.import_slips(manager, path)


# ---------------------------------------------------------------- attachments

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100


@pytest.fixture
def slip_id(hall, sessions):
    s, _ = leave.request(
        sessions["officer"],
        leave.SlipInput(
            staff_id=hall["1001"],
            kind_id=leave.kinds()[1].id,
            start_day=TUE,
            end_day=TUE,
            substitute_id=hall["1002"],
        ),
        now=dt.datetime(2025, 11, 28, 9, 0),
    )
    return s.id


def test_attach_list_read_and_void(tmp_path, slip_id, sessions):
    officer = sessions["officer"]
    scan = tmp_path / "病假条.png"
    scan.write_bytes(PNG)
    item = leave_io.add_attachment(officer, slip_id, scan)
    rows = leave_io.attachments(slip_id)
    assert [(r.id, r.filename, r.size, r.added_by) for r in rows] == [
        (item.id, "病假条.png", len(PNG), "officer1")
    ]
    assert leave_io.attachment_data(item.id) == ("病假条.png", PNG)
    entry = AuditEntry.get((AuditEntry.table == "leave_attachment") & (AuditEntry.action == "create"))
    after = json.loads(entry.after)
    assert after["size"] == len(PNG) and len(after["sha256"]) == 64 and "data" not in after

    with pytest.raises(ValidationError, match="reason"):
        leave_io.void_attachment(officer, item.id, "  ")
    leave_io.void_attachment(officer, item.id, "扫描错了")
    assert leave_io.attachments(slip_id) == []
    assert leave_io.attachments(slip_id, include_voided=True)[0].voided_at is not None
    assert leave_io.attachment_data(item.id)[1] == PNG  # kept, never deleted
    voided = AuditEntry.get((AuditEntry.table == "leave_attachment") & (AuditEntry.action == "void"))
    assert json.loads(voided.after)["reason"] == "扫描错了"
    with pytest.raises(ValidationError, match="voided already"):
        leave_io.void_attachment(officer, item.id, "again")


def test_attachments_refused(tmp_path, slip_id, sessions):
    officer = sessions["officer"]
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF" + b"0" * (10 * 1024 * 1024))
    with pytest.raises(ValidationError, match=r"big.pdf is 10.0 MB; an attachment may be at most 10 MB"):
        leave_io.add_attachment(officer, slip_id, big)
    fake = tmp_path / "note.png"
    fake.write_bytes(b"%PDF-1.4 not a png")
    with pytest.raises(ValidationError, match="not really a PNG"):
        leave_io.add_attachment(officer, slip_id, fake)
    other = tmp_path / "note.docx"
    other.write_bytes(b"PK")
    with pytest.raises(ValidationError, match="scan or photo"):
        leave_io.add_attachment(officer, slip_id, other)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        leave_io.add_attachment(officer, slip_id, empty)
    with pytest.raises(ValidationError, match="does not exist"):
        leave_io.add_attachment(officer, slip_id, tmp_path / "gone.pdf")
    good = tmp_path / "ok.pdf"
    good.write_bytes(b"%PDF-1.4")
    with pytest.raises(NotFound):
        leave_io.add_attachment(officer, 9999, good)
    with pytest.raises(PermissionDenied):
        leave_io.add_attachment(sessions["admin"], slip_id, good)
    assert LeaveAttachment.select().count() == 0
    assert not AuditEntry.select().where(AuditEntry.table == "leave_attachment").exists()


def test_progress_reaches_the_total(tmp_path, hall, manager):
    rows = [f"1001,张三,事假,2025-12-{d:02d} 上午,2025-12-{d:02d} 上午,李四,,家中有事" for d in range(1, 32)]
    rows += [f"1002,李四,事假,2026-01-{d:02d} 上午,2026-01-{d:02d} 上午,张三,,家中有事" for d in range(1, 32)]
    calls = []
    report = leave_io.import_slips(manager, write_csv(tmp_path, *rows), progress=lambda *a: calls.append(a))
    assert report.requested == 62
    assert calls == [(50, 62), (62, 62)]
    # Weekend and holiday days among them only warn.
    assert all("no workday" in w.message for w in report.warnings) and len(report.warnings) >= 18
