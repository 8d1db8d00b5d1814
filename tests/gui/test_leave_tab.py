"""The Leave Slips tab, driven as the duty officer and the duty leader drive it: keys, clicks, dialogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from app import attendance, leave, roster
from app.leave import SlipInput
from app.roster import StaffInput
from db.models import LeaveKind, LeaveSlip
from tests.gui.helpers import closed, dialog_of, replace_text, type_date, type_text
from ui import common, leave_dialog, pdf_preview, worker
from ui.leave_dialog import CancelSlipDialog, EntitlementDialog, ReturnDialog, SlipDialog
from ui.leave_model import (
    A_NAME,
    A_STATUS,
    A_SUBSTITUTE,
    A_WHEN,
    B_ENTITLED,
    B_KIND,
    B_REMAINING,
    B_TAKEN,
    COL_AFTER,
    COL_DECIDED,
    COL_STATUS,
    COL_SUBSTITUTE,
    AbsenteesModel,
    BalancesModel,
    PersonFilterProxy,
    SlipsModel,
)
from ui.leave_tab import LeaveTab
from ui.staff_picker import StaffPicker

DAY = dt.date(2025, 12, 2)  # a winter Tuesday, a workday: 08:00-12:00 and 14:30-17:30
BEFORE = dt.datetime(2025, 12, 1, 9, 0)  # the Monday before: slips for DAY are filed ahead of time


# ---------------------------------------------------------------- fixtures and helpers


@pytest.fixture(autouse=True)
def messages(messages, monkeypatch):
    """The shared recorders, the worker's error box, and the file dialogs of this tab."""
    monkeypatch.setattr(worker, "show_error", common.show_error)
    messages.scan_path = ""
    messages.pdf_path = ""
    monkeypatch.setattr(leave_dialog, "choose_attachment_file", lambda parent: messages.scan_path)
    monkeypatch.setattr(pdf_preview, "choose_pdf_path", lambda parent, suggested: messages.pdf_path)
    return messages


@pytest.fixture
def hall(manager):
    """Social insurance: 张三 (XR1, A01) and 李四 (XR2, A02); jobs: 王五 (XR10, B01) and 赵六 (XR11)."""
    social = roster.add_unit(manager, "社会保险服务中心")
    jobs = roster.add_unit(manager, "就业服务中心")
    a01 = roster.add_window(manager, social.id, "A01")
    a02 = roster.add_window(manager, social.id, "A02")
    b01 = roster.add_window(manager, jobs.id, "B01")
    people = {}
    for staff_no, name, unit, window in (
        ("XR1", "张三", social, a01),
        ("XR2", "李四", social, a02),
        ("XR10", "王五", jobs, b01),
        ("XR11", "赵六", jobs, None),
    ):
        people[name] = roster.add_staff(
            manager,
            StaffInput(
                staff_no=staff_no,
                name=name,
                unit_id=unit.id,
                window_id=window.id if window else None,
                hire_date=dt.date(2024, 1, 2),
                trained_on=dt.date(2024, 1, 10),
            ),
        )
    return SimpleNamespace(
        social=social,
        jobs=jobs,
        zhang=people["张三"],
        li=people["李四"],
        wang=people["王五"],
        zhao=people["赵六"],
    )


@pytest.fixture
def leader(sessions):
    return sessions["leader"]


def kind_id(code: str) -> int:
    return LeaveKind.get(LeaveKind.code == code).id


def file_slip(session, hall, code="sick", start=DAY, end=DAY, sub="li", now=BEFORE, **kw):
    data = SlipInput(
        staff_id=hall.zhang.id,
        kind_id=kind_id(code),
        start_day=start,
        end_day=end,
        substitute_id=getattr(hall, sub).id if sub else None,
        reason="发烧",
        **kw,
    )
    slip, _warnings = leave.request(session, data, now=now)
    return slip


def open_tab(qtbot, session, day: dt.date = DAY, now: dt.datetime = BEFORE) -> LeaveTab:
    tab = LeaveTab(session, day=day, clock=lambda: now)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    return tab


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, view: QTableView, row: int, col: int = 1) -> None:
    index = view.model().index(row, col)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def click_slip(qtbot, tab: LeaveTab, slip_id: int) -> None:
    ids = [r.id for r in tab.rows_shown()]
    assert slip_id in ids, ids
    click_row(qtbot, tab.view, ids.index(slip_id))
    assert tab.chosen().id == slip_id


def shown(tab: LeaveTab, slip_id: int, col: int) -> str:
    row = [r.id for r in tab.rows_shown()].index(slip_id)
    return tab.proxy.index(row, col).data()


def pick(qtbot, picker: StaffPicker, typed: str) -> None:
    """Type into a person field and press Enter on the first line of the list that drops down."""
    type_text(qtbot, picker, typed)
    qtbot.waitUntil(picker.popup().isVisible)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.chosen() is not None


def choose(qtbot, combo, typed: str) -> None:
    """Pick a combo box item by typing the start of its text."""
    combo.setFocus()
    qtbot.keyClicks(combo, typed)
    assert combo.currentText().lower().startswith(typed.lower()), combo.currentText()


def new_slip_dialog(qtbot, tab: LeaveTab) -> SlipDialog:
    click(qtbot, tab.new_button)
    return dialog_of(qtbot, tab, SlipDialog)


def statuses(day: dt.date, staff_id: int) -> dict[str, str]:
    return {r.session: r.status for r in attendance.day_sessions(day) if r.staff_id == staff_id}


# ---------------------------------------------------------------- filing, approving, returning


def test_officer_files_a_sick_slip_with_a_substitute(qtbot, officer, leader, hall):
    tab = open_tab(qtbot, officer)
    assert tab.absent_empty.text() == "Nobody is away on 2025-12-02."
    dialog = new_slip_dialog(qtbot, tab)
    assert dialog.person.hasFocus()

    pick(qtbot, dialog.person, "zs")  # pinyin initials of 张三
    assert dialog.person.chosen().name == "张三"
    assert dialog.kind.hasFocus()  # Enter picked and moved on
    choose(qtbot, dialog.kind, "sick")
    assert dialog.kind.currentText() == "sick leave (病假)"
    type_date(qtbot, dialog.start_day, "2025-12-02")
    type_date(qtbot, dialog.end_day, "2025-12-02")
    assert dialog.end_session.currentText() == "afternoon"
    type_text(qtbot, dialog.reason, "发烧就医")
    # The substitute is looked for among 张三's unit: 王五 works elsewhere.
    assert {r.name for r in dialog.substitute.rows()} == {"张三", "李四"}
    pick(qtbot, dialog.substitute, "XR2")
    assert dialog.substitute.text() == "李四 (XR2)"
    choose(qtbot, dialog.reported_to, "Leader1")
    assert not dialog.out_time.isVisible() and dialog.end_day.isVisible()
    dialog.check()
    assert dialog.warning_text() == ""  # filed ahead of time: nothing to warn about

    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: closed(dialog))
    slip = LeaveSlip.get()
    assert (slip.staff_id, slip.substitute_id, slip.status) == (hall.zhang.id, hall.li.id, "requested")
    assert (slip.start_session, slip.end_session, slip.reason) == ("AM", "PM", "发烧就医")
    assert slip.reported_to_id is not None
    assert f"Slip {slip.id} filed" in tab.message_text()
    # It is listed as pending, and 张三 is away on DAY (not yet approved).
    assert tab.chosen().id == slip.id
    assert shown(tab, slip.id, COL_STATUS) == "awaiting approval"
    assert shown(tab, slip.id, COL_SUBSTITUTE) == "李四"
    assert [r.name for r in tab.absentees_shown()] == ["张三"]
    # The officer files, but does not approve.
    assert not tab.approve_button.isVisible() and not tab.reject_button.isVisible()
    assert not tab.remark.isVisible()


def test_leader_approves_in_place_and_the_absentees_show_who_covers(qtbot, officer, leader, hall):
    slip = file_slip(officer, hall)
    tab = open_tab(qtbot, leader)
    assert tab.show_filter.currentText() == "Awaiting approval"
    click_slip(qtbot, tab, slip.id)
    click(qtbot, tab.approve_button)
    assert "approved" in tab.message_text()
    assert LeaveSlip.get_by_id(slip.id).status == "approved"
    assert statuses(DAY, hall.zhang.id) == {"AM": "LEAVE", "PM": "LEAVE"}

    # The absentees of DAY: 张三, all day, covered by 李四, approved.
    absent = tab.absent_proxy
    assert absent.rowCount() == 1
    assert absent.index(0, A_NAME).data() == "张三"
    assert absent.index(0, A_WHEN).data() == "all day"
    assert absent.index(0, A_SUBSTITUTE).data() == "李四"
    assert absent.index(0, A_STATUS).data() == "approved"
    assert "1 away: 1 approved" in tab.absent_summary.text()
    # It left "awaiting approval"; under "All" it shows who decided.
    tab.show_filter.setCurrentIndex(tab.show_filter.findData("all"))
    assert shown(tab, slip.id, COL_DECIDED).startswith("leader1, ")


def test_a_leader_needs_a_remark_to_reject(qtbot, officer, leader, hall):
    slip = file_slip(officer, hall)
    tab = open_tab(qtbot, leader)
    click_slip(qtbot, tab, slip.id)
    click(qtbot, tab.reject_button)
    assert "Say why the slip is rejected." in tab.message_text()
    assert tab.remark.hasFocus()
    assert LeaveSlip.get_by_id(slip.id).status == "requested"
    qtbot.keyClicks(tab.remark, "short of staff that day")
    click_slip(qtbot, tab, slip.id)
    click(qtbot, tab.reject_button)
    assert LeaveSlip.get_by_id(slip.id).status == "rejected"
    assert LeaveSlip.get_by_id(slip.id).remark == "short of staff that day"


def test_a_leader_cannot_approve_a_slip_they_filed(qtbot, leader, hall):
    slip = file_slip(leader, hall)  # a leader filed it: another leader must approve
    tab = open_tab(qtbot, leader)
    click_slip(qtbot, tab, slip.id)
    click(qtbot, tab.approve_button)
    assert "You cannot approve your own slip" in tab.message_text()
    assert LeaveSlip.get_by_id(slip.id).status == "requested"


def test_the_officer_records_the_return_of_an_outing_back_late(qtbot, officer, leader, hall, messages):
    slip = file_slip(officer, hall, code="outing", out_time="0930", back_time="1100")
    leave.decide(leader, slip.id, True)
    tab = open_tab(qtbot, officer, now=dt.datetime(2025, 12, 2, 11, 45))
    # Chosen from the absentees, the morning question's answer.
    assert tab.absent_proxy.index(0, A_WHEN).data() == "09:30–11:00"
    click_row(qtbot, tab.absent_view, 0)
    assert tab.chosen().id == slip.id
    click(qtbot, tab.return_button)
    dialog = dialog_of(qtbot, tab, ReturnDialog)
    assert dialog.time.text() == "11:45" and dialog.time.hasFocus()
    assert "back by 11:00" in dialog.intro.text()
    qtbot.keyClicks(dialog.time, "1140")  # the default was selected: typing replaces it
    qtbot.keyClick(dialog.time, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog))
    fresh = leave.get_slip(slip.id)
    assert fresh.status == "returned" and fresh.returned_at == dt.datetime(2025, 12, 2, 11, 40)
    assert fresh.overrun_minutes == 40
    assert messages.infos and "40 minutes after the approved 11:00" in messages.infos[-1][1]
    assert tab.absent_proxy.index(0, A_STATUS).data() == "returned, 40 min late"


def test_the_return_of_leave_and_a_bad_time(qtbot, officer, leader, hall):
    slip = file_slip(officer, hall)
    leave.decide(leader, slip.id, True)
    tab = open_tab(qtbot, officer, now=dt.datetime(2025, 12, 2, 17, 0))
    tab.show_filter.setCurrentIndex(tab.show_filter.findData("today"))
    click_slip(qtbot, tab, slip.id)
    click(qtbot, tab.return_button)
    dialog = dialog_of(qtbot, tab, ReturnDialog)
    replace_text(qtbot, dialog.time, "2575")
    click(qtbot, dialog.save_button)
    assert "“2575” is not a time" in dialog.field_error("time")
    assert leave.get_slip(slip.id).status == "approved"
    replace_text(qtbot, dialog.time, "1630")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: closed(dialog))
    assert leave.get_slip(slip.id).status == "returned"
    assert shown(tab, slip.id, COL_STATUS) == "returned"
    assert not tab.return_button.isEnabled() and not tab.cancel_button.isEnabled()


# ---------------------------------------------------------------- refusals beside their fields


def test_the_applicant_as_their_own_substitute_is_refused_beside_the_field(qtbot, officer, hall):
    tab = open_tab(qtbot, officer)
    dialog = new_slip_dialog(qtbot, tab)
    pick(qtbot, dialog.person, "张三")
    choose(qtbot, dialog.kind, "personal")
    pick(qtbot, dialog.substitute, "zhangs")  # the full pinyin spelling
    assert dialog.substitute.chosen().name == "张三"
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.field_error("substitute") == "The substitute cannot be the person taking leave."
    assert dialog.field_invalid("substitute")
    assert dialog.substitute.hasFocus()
    assert LeaveSlip.select().count() == 0
    # Changing the field takes the message away.
    replace_text(qtbot, dialog.substitute, "ls")
    assert dialog.field_error("substitute") == ""


def test_an_outing_back_before_it_leaves_is_refused_beside_the_return(qtbot, officer, hall):
    tab = open_tab(qtbot, officer)
    dialog = new_slip_dialog(qtbot, tab)
    pick(qtbot, dialog.person, "wangw")
    choose(qtbot, dialog.kind, "temporary")
    # An outing is one day by clock time: no last day, a leaving and a return time instead.
    assert dialog.out_time.isVisible() and dialog.back_time.isVisible()
    assert not dialog.end_day.isVisible() and not dialog.start_session.isVisible()
    dialog.out_time.setFocus()
    qtbot.keyClicks(dialog.out_time, "1100")
    qtbot.keyClick(dialog.out_time, Qt.Key.Key_Tab)
    assert dialog.back_time.hasFocus()
    qtbot.keyClicks(dialog.back_time, "0930")
    click(qtbot, dialog.save_button)
    assert "the return is before the leaving" in dialog.field_error("back_time")
    assert dialog.field_error("out_time") == ""
    assert LeaveSlip.select().count() == 0
    replace_text(qtbot, dialog.back_time, "1150")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: closed(dialog))
    slip = LeaveSlip.get()
    assert (slip.out_time, slip.back_time, slip.substitute_id) == ("11:00", "11:50", None)


def test_warnings_show_while_typing_and_do_not_stop_the_slip(qtbot, officer, hall):
    # Filed at 10:00 on the day it began: a slip after the fact (补请假).
    tab = open_tab(qtbot, officer, now=dt.datetime(2025, 12, 2, 10, 0))
    dialog = new_slip_dialog(qtbot, tab)
    pick(qtbot, dialog.person, "zs")
    choose(qtbot, dialog.kind, "sick")
    pick(qtbot, dialog.substitute, "ls")
    qtbot.waitUntil(lambda: "after the fact" in dialog.warning_text())
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: closed(dialog))
    slip = LeaveSlip.get()
    assert slip.after_the_fact == 1
    assert "after the fact" in tab.message_text()
    assert shown(tab, slip.id, COL_AFTER) == "after the fact (补请假)"


def test_cancel_a_slip_before_it_starts(qtbot, officer, hall):
    friday = dt.date(2025, 12, 5)
    slip = file_slip(officer, hall, start=friday, end=friday)
    tab = open_tab(qtbot, officer)
    click_slip(qtbot, tab, slip.id)
    click(qtbot, tab.cancel_button)
    dialog = dialog_of(qtbot, tab, CancelSlipDialog)
    click(qtbot, dialog.save_button)
    assert dialog.field_error("reason") == "Give a reason."
    type_text(qtbot, dialog.reason, "不用请假了")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: closed(dialog))
    assert LeaveSlip.get_by_id(slip.id).status == "cancelled"
    assert shown(tab, slip.id, COL_STATUS) == "cancelled"
    assert "cancelled" in tab.message_text()
    assert not tab.cancel_button.isEnabled() and not tab.edit_button.isEnabled()


def test_an_edit_after_someone_else_changed_the_slip_offers_reload(qtbot, officer, hall):
    slip = file_slip(officer, hall)
    tab = open_tab(qtbot, officer)
    click_slip(qtbot, tab, slip.id)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    dialog = dialog_of(qtbot, tab, SlipDialog)
    assert dialog.person.text() == "张三 (XR1)" and dialog.substitute.text() == "李四 (XR2)"
    assert dialog.reason.text() == "发烧"
    # Meanwhile another PC changes the reason.
    data = SlipInput(
        hall.zhang.id, kind_id("sick"), DAY, "AM", DAY, "PM", reason="看病", substitute_id=hall.li.id
    )
    leave.edit(officer, slip.id, data, slip.version, now=BEFORE)
    replace_text(qtbot, dialog.reason, "复诊")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.banner_text()
    assert "yours 复诊, saved now 看病" in dialog.banner_text()
    click(qtbot, dialog.reload_button)
    assert dialog.reason.text() == "看病" and not dialog.banner_text()
    replace_text(qtbot, dialog.reason, "复诊")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: closed(dialog))
    assert LeaveSlip.get_by_id(slip.id).reason == "复诊"


def test_a_scan_is_kept_with_a_new_slip(qtbot, officer, hall, messages, tmp_path):
    from app import leave_io

    scan = tmp_path / "病假条.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    messages.scan_path = str(scan)
    tab = open_tab(qtbot, officer)
    dialog = new_slip_dialog(qtbot, tab)
    pick(qtbot, dialog.person, "zs")
    choose(qtbot, dialog.kind, "sick")
    pick(qtbot, dialog.substitute, "ls")
    click(qtbot, dialog.add_file_button)
    assert dialog.file_names() == ["病假条.png"]
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: closed(dialog))
    slip = LeaveSlip.get()
    assert [a.filename for a in leave_io.attachments(slip.id)] == ["病假条.png"]

    # A file that is not a scan is refused beside the list, and the slip keeps what it had.
    bad = tmp_path / "notes.txt"
    bad.write_text("not a scan")
    messages.scan_path = str(bad)
    click_slip(qtbot, tab, slip.id)
    click(qtbot, tab.edit_button)
    dialog = dialog_of(qtbot, tab, SlipDialog)
    assert dialog.file_names() == ["病假条.png"]
    click(qtbot, dialog.add_file_button)
    assert "cannot be attached" in dialog.field_error("attachments")
    assert len(leave_io.attachments(slip.id)) == 1


# ---------------------------------------------------------------- lists, balances, printing


def test_filters_by_unit_kind_and_search(qtbot, officer, hall):
    mine = file_slip(officer, hall)
    data = SlipInput(
        hall.wang.id,
        kind_id("personal"),
        dt.date(2025, 12, 3),
        "AM",
        dt.date(2025, 12, 3),
        "AM",
        reason="家事",
        substitute_id=hall.zhao.id,
    )
    theirs, _ = leave.request(officer, data, now=BEFORE)
    tab = open_tab(qtbot, officer)
    assert tab.show_filter.currentText() == "This week"
    assert {r.id for r in tab.rows_shown()} == {mine.id, theirs.id}
    tab.unit_filter.setCurrentIndex(tab.unit_filter.findData(hall.jobs.id))
    assert [r.id for r in tab.rows_shown()] == [theirs.id]
    tab.unit_filter.setCurrentIndex(0)
    choose(qtbot, tab.kind_filter, "sick")
    assert [r.id for r in tab.rows_shown()] == [mine.id]
    tab.kind_filter.setCurrentIndex(0)
    type_text(qtbot, tab.search, "ww")
    assert [r.id for r in tab.rows_shown()] == [theirs.id]
    assert tab.count_label.text() == "1 of 2 slips"
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.view.hasFocus() and tab.chosen().id == theirs.id
    # The absentees' day moves with PgDn; 王五 is away on Wednesday morning.
    tab.search.clear()
    tab.date_edit.setFocus()
    qtbot.keyClick(tab.date_edit, Qt.Key.Key_PageDown)
    assert tab.day == dt.date(2025, 12, 3)
    assert [r.name for r in tab.absentees_shown()] == ["王五"]
    assert tab.absent_proxy.index(0, A_WHEN).data() == "morning"


def test_balances_show_the_days_taken_and_a_manager_sets_the_entitlement(
    qtbot, officer, leader, manager, hall
):
    slip = file_slip(officer, hall, end=dt.date(2025, 12, 3), end_session="AM")
    leave.decide(leader, slip.id, True)
    tab = open_tab(qtbot, manager)
    bar = tab.pages.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    page = tab.balances
    assert tab.pages.currentWidget() is page
    assert page.year.value() == 2025

    def line(staff, kind: str) -> int:
        return [(r.staff_id, r.kind) for r in page.rows_shown()].index((staff.id, kind))

    sick = line(hall.zhang, "病假")
    assert page.proxy.index(sick, B_KIND).data() == "sick leave"
    assert page.proxy.index(sick, B_TAKEN).data() == "1.5"  # Tuesday and Wednesday morning
    annual = line(hall.zhang, "年休假")
    assert page.proxy.index(annual, B_TAKEN).data() == "0"
    assert page.proxy.index(annual, B_ENTITLED).data() == "5"  # hired 2024: the national rule
    assert "national rule" in page.proxy.index(annual, B_ENTITLED).data(Qt.ItemDataRole.ToolTipRole)
    choose(qtbot, page.kind_filter, "sick")
    assert [r.name for r in page.rows_shown()] == ["张三"]
    page.kind_filter.setCurrentIndex(0)

    # The manager enters 张三's annual leave for the year: Enter on his line.
    click_row(qtbot, page.view, line(hall.zhang, "年休假"))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = dialog_of(qtbot, page, EntitlementDialog)
    assert "Now 5 days by the national rule" in dialog.intro.text()
    dialog.days.lineEdit().selectAll()
    qtbot.keyClicks(dialog.days, "41")
    click(qtbot, dialog.save_button)
    assert "Enter 0 to 40 days" in dialog.field_error("entitlement")
    dialog.days.lineEdit().selectAll()
    qtbot.keyClicks(dialog.days, "12.5")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: closed(dialog))
    annual = line(hall.zhang, "年休假")
    assert page.proxy.index(annual, B_ENTITLED).data() == "12.5"
    assert page.proxy.index(annual, B_REMAINING).data() == "12.5"
    assert page.chosen().staff_id == hall.zhang.id


def test_an_officer_reads_the_balances_but_sets_no_entitlement(qtbot, officer, hall):
    tab = open_tab(qtbot, officer)
    tab.pages.setCurrentWidget(tab.balances)
    assert tab.balances.rows_shown()
    assert not tab.balances.entitle_button.isVisible()


def test_print_writes_the_slip_and_previews_it(qtbot, officer, hall, messages, tmp_path, monkeypatch):
    pytest.importorskip("app.leave_slip_pdf")
    slip = file_slip(officer, hall)
    tab = open_tab(qtbot, officer)
    click_slip(qtbot, tab, slip.id)
    click(qtbot, tab.print_button)
    preview = dialog_of(qtbot, tab, pdf_preview.PdfPreviewDialog)
    assert not messages.errors
    assert Path(preview.path).read_bytes().startswith(b"%PDF")
    assert preview.page_count() == 1

    messages.pdf_path = str(tmp_path / "slip.pdf")
    click(qtbot, preview.save_button)
    assert Path(messages.pdf_path).read_bytes() == Path(preview.path).read_bytes()

    printed = tmp_path / "printed.pdf"

    def to_file(parent, printer) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(pdf_preview, "ask_printer", to_file)
    click(qtbot, preview.print_button)
    assert printed.read_bytes().startswith(b"%PDF")
    assert "1 page(s) sent" in preview.note.text()
    preview.close()


def test_switching_to_attendance_shows_the_new_statuses(qtbot, officer, leader, hall, store):
    from ui.main_window import MainWindow

    slip = file_slip(officer, hall)
    window = MainWindow(leader, store, idle_ms=0, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs.tabText(2) == "Leave slips"
    window.tabs.setCurrentIndex(1)  # Attendance
    window.attendance_tab.show_day(DAY)
    zhang = next(p for p in window.attendance_tab.model.people() if p.name == "张三")
    assert zhang.status("AM") == "ABSENT"

    window.tabs.setCurrentIndex(2)  # Leave slips
    tab = window.leave_tab
    tab.show_filter.setCurrentIndex(tab.show_filter.findData("all"))
    click_slip(qtbot, tab, slip.id)
    click(qtbot, tab.approve_button)
    window.tabs.setCurrentIndex(1)  # Attendance
    zhang = next(p for p in window.attendance_tab.model.people() if p.name == "张三")
    assert (zhang.status("AM"), zhang.status("PM")) == ("LEAVE", "LEAVE")


# ---------------------------------------------------------------- models


def test_models_pass_the_model_tester(qtmodeltester, officer, leader, hall):
    first = file_slip(officer, hall)
    leave.decide(leader, first.id, True)
    outing = file_slip(
        officer,
        hall,
        code="outing",
        start=dt.date(2025, 12, 4),
        end=dt.date(2025, 12, 4),
        sub=None,
        out_time="0930",
        back_time="1000",
    )
    rows = leave.list_slips()
    assert {r.id for r in rows} == {first.id, outing.id}

    slips = SlipsModel()
    slips.set_kinds({k.id: k.name for k in leave.kinds()})
    slips.set_rows(rows)
    qtmodeltester.check(slips)
    proxy = PersonFilterProxy()
    proxy.set_staff({r.id: r for r in roster.list_staff(officer, status="all")})
    proxy.setSourceModel(slips)
    proxy.set_query("zs")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2

    absent = AbsenteesModel()
    absent.set_day(DAY, leave.absentees(DAY), {hall.zhang.id: "A01"}, {})
    qtmodeltester.check(absent)
    assert absent.index(0, 2).data() == "A01"

    balances = BalancesModel()
    balances.set_rows(
        [
            SimpleNamespace(
                staff_id=1,
                staff_no="XR1",
                name="张三",
                unit="社保",
                kind="年休假",
                days_taken=2.5,
                entitlement=5.0,
                remaining=2.5,
            )
        ]
    )
    qtmodeltester.check(balances)
    assert balances.index(0, 4).data() == "2.5"

    picker = StaffPicker()
    picker.set_rows(roster.list_staff(officer))
    qtmodeltester.check(picker.completer_.model())
    picker.deleteLater()
