"""The Attendance tab, driven as a duty officer and a duty leader drive it: keys, clicks, dialogs."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app import attendance, corrections, roster
from app import calendar as hall_calendar
from app.attendance import AM, LATE, MISSING, ON_TIME, PM
from app.roster import StaffInput
from db.connection import database
from db.models import Punch, Staff
from tests.conftest import make_user
from tests.gui.helpers import closed, dialog_of, type_text
from ui import attendance_tab, common, worker
from ui.attendance_model import (
    COL_AM_IN,
    COL_AM_OUT,
    COL_AM_STATUS,
    COL_NAME,
    COL_PM_IN,
    COL_PM_OUT,
    COL_PM_STATUS,
    AttendanceDayModel,
    AttendanceFilterProxy,
)
from ui.attendance_tab import AttendanceTab
from ui.correction_dialog import CorrectionDialog, CorrectionsModel
from ui.history_dialog import HistoryDialog, HistoryModel

DAY = dt.date(2025, 12, 2)  # a Tuesday in winter hours: 08:00-12:00 and 14:30-17:30


# ---------------------------------------------------------------- fixtures and helpers


@pytest.fixture(autouse=True)
def messages(messages, monkeypatch):
    """The recorders of tests/gui/conftest.py, also where this tab's modules hold ``show_error``,
    and the punch file dialog answered from ``import_path``."""
    messages.import_path = ""
    for module in (worker, attendance_tab):
        monkeypatch.setattr(module, "show_error", common.show_error)
    monkeypatch.setattr(attendance_tab, "choose_punch_file", lambda parent: messages.import_path)
    return messages


@pytest.fixture
def hall(manager):
    """Two units, three staff hired well before DAY: 张三 at A01, 李四 at A02, 王五 at B01."""
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
    ):
        people[name] = roster.add_staff(
            manager,
            StaffInput(
                staff_no=staff_no,
                name=name,
                unit_id=unit.id,
                window_id=window.id,
                hire_date=dt.date(2024, 1, 2),
                trained_on=dt.date(2024, 1, 10),
            ),
        )
    return SimpleNamespace(**{"zhang": people["张三"], "li": people["李四"], "wang": people["王五"]})


@pytest.fixture
def leader(sessions):
    return sessions["leader"]


def punch(staff, day: dt.date, *times: str) -> None:
    """Terminal punches, as an import stores them."""
    for t in times:
        Punch.create(staff=staff.id, at=dt.datetime.combine(day, dt.time.fromisoformat(t)), source="terminal")
    attendance.invalidate_days([day])


def open_tab(qtbot, session, day: dt.date = DAY) -> AttendanceTab:
    tab = AttendanceTab(session, day=day)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    return tab


def names(tab: AttendanceTab) -> list[str]:
    return [tab.proxy.row_at(i).name for i in range(tab.proxy.rowCount())]


def cell(tab: AttendanceTab, name: str, col: int):
    return tab.proxy.index(names(tab).index(name), col)


def click_cell(qtbot, tab: AttendanceTab, name: str, col: int) -> None:
    index = cell(tab, name, col)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.visualRect(index).center())
    assert tab.view.currentIndex() == index
    assert tab.view.hasFocus()


def at(tab: AttendanceTab) -> tuple[str, int]:
    """Where the cursor is: (name, column)."""
    index = tab.view.currentIndex()
    return tab.proxy.row_at(index.row()).name, index.column()


def type_cell(qtbot, tab: AttendanceTab, text: str, key=Qt.Key.Key_Return) -> QLineEdit:
    """Type into the current cell as a user does: the first key opens the editor, the rest go to it."""
    assert tab.view.hasFocus()
    qtbot.keyClick(tab.view, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is tab.view.viewport()
    qtbot.keyClicks(editor, text[1:])
    assert editor.text() == text
    qtbot.keyClick(editor, key)
    return editor


def person(tab: AttendanceTab, name: str):
    """The grid's line of ``name`` (a ``PersonDay``)."""
    return next(p for p in tab.model.people() if p.name == name)


# ---------------------------------------------------------------- entering a day by keyboard


def test_officer_enters_a_day_from_the_paper_sheet(qtbot, officer, hall):
    tab = open_tab(qtbot, officer)
    assert names(tab) == ["张三", "李四", "王五"]
    assert [tab.model.data(tab.model.index(0, c)) for c in (COL_AM_STATUS, COL_PM_STATUS)] == [
        "absent without leave",
        "absent without leave",
    ]
    assert "0 late" in tab.counts_label.text() and "6 absent without leave" in tab.counts_label.text()

    click_cell(qtbot, tab, "张三", COL_AM_IN)
    type_cell(qtbot, tab, "0758")
    assert at(tab) == ("张三", COL_AM_OUT)  # Enter moved on
    assert cell(tab, "张三", COL_AM_IN).data() == "07:58"
    assert "07:58 recorded for 张三" in tab.message_text()
    type_cell(qtbot, tab, "1202")
    assert at(tab) == ("张三", COL_PM_IN)  # the status column is stepped over
    type_cell(qtbot, tab, "1428", key=Qt.Key.Key_Tab)  # Tab moves on too
    assert at(tab) == ("张三", COL_PM_OUT)
    type_cell(qtbot, tab, "1731")
    assert at(tab) == ("李四", COL_AM_IN)  # on to the next person

    zhang = person(tab, "张三")
    assert (zhang.status(AM), zhang.status(PM)) == (ON_TIME, ON_TIME)
    assert cell(tab, "张三", COL_AM_STATUS).data() == "on time"
    assert cell(tab, "张三", COL_PM_STATUS).data() == "on time"
    assert [p[0] for p in attendance.punches_of(hall.zhang.id, DAY)] == [
        "07:58:00",
        "12:02:00",
        "14:28:00",
        "17:31:00",
    ]
    assert "4 absent without leave" in tab.counts_label.text()  # 李四 and 王五 remain

    # 李四 arrives at 08:07: late, and the status says why.
    type_cell(qtbot, tab, "0807")
    type_cell(qtbot, tab, "1201")
    li = person(tab, "李四")
    assert li.status(AM) == LATE
    status = cell(tab, "李四", COL_AM_STATUS)
    assert status.data() == "late"
    assert "clock-in 08:07 after 08:00" in status.data(Qt.ItemDataRole.ToolTipRole)
    assert status.data(Qt.ItemDataRole.BackgroundRole) != cell(tab, "张三", COL_AM_STATUS).data(
        Qt.ItemDataRole.BackgroundRole
    )
    times_tip = cell(tab, "李四", COL_AM_IN).data(Qt.ItemDataRole.ToolTipRole)
    assert "clock-in 08:07 after 08:00" in times_tip and "08:07:00 (manual: officer1)" in times_tip
    assert "1 late" in tab.counts_label.text()


def test_a_bad_time_keeps_the_text_and_says_why(qtbot, officer, hall):
    tab = open_tab(qtbot, officer)
    click_cell(qtbot, tab, "王五", COL_PM_IN)
    editor = type_cell(qtbot, tab, "2561")
    assert editor.isVisible() and editor.hasFocus()
    assert editor.text() == "2561"
    assert "“2561” is not a time" in tab.message_text()
    assert attendance.punches_of(hall.wang.id, DAY) == []

    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "14:29")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert not editor.isVisible() or closed(editor)
    assert cell(tab, "王五", COL_PM_IN).data() == "14:29"
    assert person(tab, "王五").status(PM) == MISSING  # clock-out still missing
    assert at(tab) == ("王五", COL_PM_OUT)
    type_cell(qtbot, tab, "1730", key=Qt.Key.Key_Backtab)  # Shift+Tab records and goes back
    assert at(tab) == ("王五", COL_PM_IN)
    assert person(tab, "王五").status(PM) == ON_TIME

    # Emptying a cell that holds a time removes nothing.
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "14:29"
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "never removed" in tab.message_text()
    assert cell(tab, "王五", COL_PM_IN).data() == "14:29"
    assert at(tab) == ("王五", COL_PM_IN)


def test_a_time_goes_where_the_derivation_puts_it(qtbot, officer, hall):
    tab = open_tab(qtbot, officer)
    click_cell(qtbot, tab, "王五", COL_AM_IN)
    type_cell(qtbot, tab, "1205")  # typed in the clock-in cell, but it is a lunch clock-out
    assert cell(tab, "王五", COL_AM_IN).data() == ""
    assert cell(tab, "王五", COL_AM_OUT).data() == "12:05"
    assert "It counts as the morning clock-out." in tab.message_text()
    assert cell(tab, "王五", COL_AM_STATUS).data() == "missing punch"


def test_a_time_the_service_refuses_keeps_the_text(qtbot, officer, hall):
    punch(hall.zhang, DAY, "07:55:10")
    tab = open_tab(qtbot, officer)
    click_cell(qtbot, tab, "张三", COL_AM_OUT)
    editor = type_cell(qtbot, tab, "0755")  # the terminal already has 07:55 this minute
    assert editor.hasFocus() and editor.text() == "0755"
    assert "already has a punch at 07:55:10" in tab.message_text()


def test_typing_over_a_punched_time_asks_for_a_correction_that_a_leader_approves(
    qtbot, officer, leader, hall
):
    punch(hall.li, DAY, "08:07:31", "12:03:02", "14:25:00", "17:35:00")
    tab = open_tab(qtbot, officer)
    assert cell(tab, "李四", COL_AM_STATUS).data() == "late"

    click_cell(qtbot, tab, "李四", COL_AM_IN)
    type_cell(qtbot, tab, "0800")
    dialog = dialog_of(qtbot, tab, CorrectionDialog)
    assert dialog.session_box.currentData() == AM and dialog.which_box.currentData() == "in"
    assert dialog.time.text() == "08:00"
    assert dialog.now_label.text() == "now 08:07"
    assert dialog.reason.hasFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason yet
    assert dialog.isVisible()
    assert "reason" in dialog.field_error("reason").lower()
    type_text(qtbot, dialog.reason, "纸质签到表 07:58 签到，终端排队")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog))

    assert cell(tab, "李四", COL_AM_IN).data() == "08:07"  # nothing raw was edited
    assert at(tab) == ("李四", COL_AM_OUT)
    assert "waiting for approval" in cell(tab, "李四", COL_AM_IN).data(Qt.ItemDataRole.ToolTipRole)
    assert [c.name for c in tab.panel.pending_rows()] == ["李四"]
    # The officer may withdraw their own request but not decide it.
    assert tab.panel.approve_button.isHidden() and tab.panel.reject_button.isHidden()
    assert tab.panel.withdraw_button.isVisible()

    board = open_tab(qtbot, leader)
    assert board.panel.approve_button.isVisible()
    pending = board.panel.pending_rows()
    assert [(c.name, c.time, c.requested_by) for c in pending] == [("李四", "08:00", "officer1")]
    assert board.panel.selected().id == pending[0].id  # the first waiting one is chosen
    qtbot.mouseClick(board.panel.approve_button, Qt.MouseButton.LeftButton)

    assert board.panel.pending_rows() == []
    assert cell(board, "李四", COL_AM_IN).data() == "08:00*"
    status = cell(board, "李四", COL_AM_STATUS)
    assert status.data() == "on time"
    assert "clock-in corrected to 08:00 (approved by leader1)" in status.data(Qt.ItemDataRole.ToolTipRole)
    # The raw punch is still there.
    assert attendance.punches_of(hall.li.id, DAY)[0][0] == "08:07:31"


def test_leader_needs_a_remark_to_reject_and_cannot_decide_their_own(qtbot, leader, hall, sessions):
    punch(hall.wang, DAY, "08:15:00", "12:05:00")
    tab = open_tab(qtbot, leader)
    click_cell(qtbot, tab, "王五", COL_NAME)
    qtbot.mouseClick(tab.correction_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, tab, CorrectionDialog)
    assert dialog.time.hasFocus() and dialog.time.text() == ""
    qtbot.keyClicks(dialog.time, "0801")
    type_text(qtbot, dialog.reason, "终端故障")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))

    tab.panel.select_row(0)
    qtbot.mouseClick(tab.panel.approve_button, Qt.MouseButton.LeftButton)
    assert "another leader must decide it" in tab.panel.error.text()
    assert len(tab.panel.pending_rows()) == 1

    other = make_user("leader", "leader2")
    board = open_tab(qtbot, other)
    board.panel.select_row(0)
    qtbot.mouseClick(board.panel.reject_button, Qt.MouseButton.LeftButton)
    assert "Say why it is rejected." in board.panel.error.text()
    type_text(qtbot, board.panel.remark, "时间与监控不符")
    qtbot.mouseClick(board.panel.reject_button, Qt.MouseButton.LeftButton)
    assert board.panel.pending_rows() == []
    assert corrections.list_corrections(status="rejected")[0].remark == "时间与监控不符"
    assert cell(board, "王五", COL_AM_IN).data() == "08:15"


# ---------------------------------------------------------------- filters, days, warnings


def test_exceptions_only_and_search(qtbot, officer, hall):
    punch(hall.zhang, DAY, "07:50:00", "12:01:00", "14:20:00", "17:40:00")
    punch(hall.li, DAY, "08:20:00", "12:01:00", "14:20:00", "17:40:00")
    tab = open_tab(qtbot, officer)
    assert names(tab) == ["张三", "李四", "王五"]
    qtbot.mouseClick(tab.exceptions_only, Qt.MouseButton.LeftButton)
    assert names(tab) == ["李四", "王五"]  # 张三 was on time all day
    assert "2 of 3 staff shown" in tab.counts_label.text()
    assert "1 late" in tab.counts_label.text() and "2 absent without leave" in tab.counts_label.text()

    qtbot.keyClick(tab, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()
    qtbot.keyClicks(tab.search, "ww")  # pinyin initials of 王五
    assert names(tab) == ["王五"]
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert names(tab) == ["李四", "王五"]
    qtbot.keyClicks(tab.search, "zs")  # 张三 is on time: not an exception
    assert names(tab) == []
    assert tab.stack.currentWidget() is tab.empty_label
    assert tab.empty_label.text() == "Nobody on 2025-12-02 matches “zs”."
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert tab.stack.currentWidget() is tab.view
    qtbot.keyClicks(tab.search, "XR2")
    assert names(tab) == ["李四"]
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.view.hasFocus() and at(tab)[0] == "李四"


def test_a_completed_line_leaves_the_exceptions_and_the_cursor_goes_on(qtbot, officer, hall):
    punch(hall.zhang, DAY, "07:50:00", "14:20:00", "17:40:00")  # forgot the lunch clock-out
    punch(hall.li, DAY, "08:20:00", "12:01:00", "14:20:00", "17:40:00")
    tab = open_tab(qtbot, officer)
    qtbot.mouseClick(tab.exceptions_only, Qt.MouseButton.LeftButton)
    assert names(tab) == ["张三", "李四", "王五"]
    assert cell(tab, "张三", COL_AM_STATUS).data() == "missing punch"
    click_cell(qtbot, tab, "张三", COL_AM_OUT)
    type_cell(qtbot, tab, "1203")
    assert names(tab) == ["李四", "王五"]  # 张三's day is complete and on time
    assert at(tab) == ("李四", COL_AM_IN)


def test_non_workdays_say_so_and_the_keys_step_over_them(qtbot, officer, hall):
    tab = open_tab(qtbot, officer, dt.date(2025, 11, 29))
    assert tab.stack.currentWidget() is tab.empty_label
    assert tab.empty_label.text() == "Saturday 2025-11-29 is not a workday (rest day)."

    tab.show_day(dt.date(2025, 10, 1))
    assert tab.empty_label.text() == "Wednesday 2025-10-01 is not a workday (public holiday: 国庆节)."

    tab.date_edit.setFocus()
    qtbot.keyClick(tab.date_edit, Qt.Key.Key_PageUp)  # back past the holiday's weekend
    assert tab.day == dt.date(2025, 9, 30)
    assert tab.stack.currentWidget() is tab.view
    tab.show_day(dt.date(2025, 10, 10))
    qtbot.keyClick(tab.date_edit, Qt.Key.Key_PageDown)  # the make-up Saturday
    assert tab.day == dt.date(2025, 10, 11)
    assert "make-up workday" in tab.day_label.text()
    assert names(tab) == ["张三", "李四", "王五"]
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tab.day == dt.date(2025, 10, 13)
    qtbot.keyClick(tab.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert tab.day == dt.date(2025, 10, 11)

    # A typed date loads once the typing pauses.
    tab.date_edit.previousInFocusChain().setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # tabbing in selects the year
    assert tab.date_edit.hasFocus()
    qtbot.keyClicks(tab.date_edit, "20251202")
    qtbot.waitUntil(lambda: tab.day == DAY)
    assert tab.day_label.text() == "Tuesday, workday, hours 08:00–12:00 and 14:30–17:30"


def test_a_year_without_its_holiday_schedule_shows_the_warning(qtbot, officer, hall):
    tab = open_tab(qtbot, officer)
    assert tab.warning_bar.isHidden()
    tab.show_day(dt.date(2027, 3, 2))
    assert tab.warning_bar.isVisible()
    assert tab.warning_label.text() == hall_calendar.missing_year_warning(2027)
    tab.show_day(DAY)
    assert tab.warning_bar.isHidden()


# ---------------------------------------------------------------- history, import, roles


def test_history_loads_a_page_at_a_time(qtbot, officer, hall):
    punch(hall.zhang, dt.date(2024, 1, 2), "07:58:00")  # the terminal's records begin on the hire date
    punch(hall.zhang, DAY, "08:07:00", "12:01:00")
    tab = open_tab(qtbot, officer)
    click_cell(qtbot, tab, "张三", COL_NAME)
    index = cell(tab, "张三", COL_NAME)
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.visualRect(index).center())
    dialog = dialog_of(qtbot, tab, HistoryDialog)
    assert dialog.windowTitle() == "Attendance history: 张三 (XR1)"
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)  # the last three months, shown on opening
    assert 0 < dialog.model.total() < 200
    dialog.start_edit.setDate(dialog.start_edit.date().addYears(-5))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)

    model = dialog.model
    workdays = len(hall_calendar.workdays(dt.date(2024, 1, 2), DAY))
    assert model.total() == 2 * workdays  # hired 2024-01-02: two sessions a workday
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    first = model.rowCount()
    assert first < model.total()  # not everything at once
    assert model.row_at(0).day == DAY and model.row_at(0).status == LATE  # newest first
    assert "clock-in 08:07 after 08:00" in model.index(0, 6).data()

    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: model.rowCount() > first)
    model.fetchMore(QModelIndex())
    grown = model.rowCount()
    assert first < grown <= model.total()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total()
    assert model.row_at(model.rowCount() - 1).day == dt.date(2024, 1, 2)


def test_import_punches_from_the_tab(qtbot, officer, hall, messages, tmp_path):
    sheet = tmp_path / "punches.csv"
    sheet.write_text(
        "工号,打卡时间\nXR1,2025-12-02 07:55:10\nXR1,2025-12-02 17:35:00\nQJ01,2025-12-02 06:30:00\n",
        encoding="utf-8-sig",
    )
    messages.import_path = str(sheet)
    tab = open_tab(qtbot, officer)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages.infos), timeout=10000)
    assert not messages.errors
    title, summary = messages.infos[0]
    assert title == "Punches imported"
    assert "Punches added: 2." in summary and "QJ01" in summary
    assert cell(tab, "张三", COL_AM_IN).data() == "07:55"
    assert cell(tab, "张三", COL_PM_OUT).data() == "17:35"


def test_roles_without_record_only_read(qtbot, admin, hall):
    tab = open_tab(qtbot, admin)
    assert tab.correction_button.isHidden() and tab.import_button.isHidden()
    assert tab.panel.isHidden()
    assert not (cell(tab, "张三", COL_AM_IN).flags() & Qt.ItemFlag.ItemIsEditable)
    click_cell(qtbot, tab, "张三", COL_AM_IN)
    qtbot.keyClick(tab.view, "0")
    assert QApplication.focusWidget() is tab.view  # no editor opened
    assert attendance.punches_of(hall.zhang.id, DAY) == []


def test_main_window_has_the_tab_and_the_import_action(qtbot, officer, store, hall):
    from ui.main_window import MainWindow

    window = MainWindow(officer, store, idle_ms=0, remember_geometry=False)
    qtbot.addWidget(window)
    assert window.tabs.tabText(1) == "Attendance"
    assert window.tabs.widget(1).content is window.attendance_tab
    assert "Import &punches…" in [a.text() for a in window.file_menu.actions()]
    assert window.import_punches_action.isEnabled()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.attendance_tab.day == dt.date.today())  # read on first sight
    window.attendance_tab.view.setFocus()
    qtbot.keyClick(window.attendance_tab.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.attendance_tab.search.hasFocus()  # the roster's Ctrl+F is not in the way


# ---------------------------------------------------------------- the models


def test_models_pass_the_model_tester(qtmodeltester, officer, hall):
    punch(hall.zhang, dt.date(2024, 1, 2), "07:58:00")  # a long history: records begin on the hire date
    punch(hall.zhang, DAY, "08:07:00", "12:01:00")
    model = AttendanceDayModel()
    model.set_day(DAY, attendance.day_sessions(DAY), editable=True)
    qtmodeltester.check(model)
    proxy = AttendanceFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(exceptions_only=True)
    qtmodeltester.check(proxy)
    model.set_day(DAY, [])
    qtmodeltester.check(model)

    corrections.request_correction(officer, hall.zhang.id, DAY, AM, "in", "0800", "纸质签到表")
    pending = CorrectionsModel()
    pending.set_rows(corrections.list_corrections(day=DAY))
    assert pending.rowCount() == 1
    qtmodeltester.check(pending)

    history = HistoryModel()
    history.set_range(
        hall.zhang.id,
        dt.date(2025, 1, 1),
        DAY,
        attendance.count_history(hall.zhang.id, dt.date(2025, 1, 1), DAY),
    )
    history.fetchMore(QModelIndex())
    assert 0 < history.rowCount() < history.total()
    qtmodeltester.check(history)


def test_a_day_of_300_staff_opens_fast(qtbot, manager, officer):
    """A sanity bound (the benchmark lives in tests/benchmarks): the whole tab reads a day in < 100 ms."""
    unit = roster.add_unit(manager, "综合受理窗口")
    with database.atomic():
        Staff.insert_many(
            [
                {"staff_no": f"S{i}", "name": f"员工{i}", "unit": unit.id, "hire_date": dt.date(2020, 1, 1)}
                for i in range(300)
            ]
        ).execute()
        ids = [s.id for s in Staff.select(Staff.id)]
        Punch.insert_many(
            [
                {"staff": sid, "at": dt.datetime.combine(DAY, dt.time()) + dt.timedelta(minutes=m)}
                for sid in ids
                for m in (7 * 60 + 50 + sid % 15, 12 * 60 + 3, 14 * 60 + 20, 17 * 60 + 31)
            ]
        ).execute()
    tab = open_tab(qtbot, officer, DAY - dt.timedelta(days=1))
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        tab.show_day(DAY)
        timings.append(time.perf_counter() - start)
        tab.show_day(DAY - dt.timedelta(days=1))
    tab.show_day(DAY)
    assert tab.model.rowCount() == 300
    late = sum(1 for sid in ids if 7 * 60 + 50 + sid % 15 > 8 * 60)
    assert f"Sessions: {late} late · 0 early leave · 0 absent" in tab.counts_label.text()
    assert statistics.median(timings) < 0.1
    assert timings[0] < 0.25  # the first opening also derives the day (tens of ms)
