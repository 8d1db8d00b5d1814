"""The Staff roster tab, driven as a user drives it: clicks, keys, dialogs."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from app import roster
from app.errors import ValidationError
from app.pinyin import pinyin_key
from app.roster import StaffInput, StaffRow
from tests.conftest import make_user
from tests.gui.helpers import closed, dialog_of, replace_text, type_date, type_text
from ui import common, roster_tab, units_dialog, worker
from ui.roster_tab import RosterTab
from ui.staff_dialog import LeaveDialog, StaffDialog
from ui.staff_model import (
    COL_HIRE_DATE,
    COL_MOBILE,
    COL_NAME,
    COL_STAFF_NO,
    COL_STATUS,
    COL_TRAINED_ON,
    COL_WINDOW,
    ROW_ROLE,
    SORT_ROLE,
    StaffFilterProxy,
    StaffTableModel,
    natural_key,
)
from ui.units_dialog import RetireDialog, UnitNameDialog, UnitsDialog, WindowDialog

TODAY = dt.date.today()


# ---------------------------------------------------------------- fixtures and helpers


@pytest.fixture(autouse=True)
def messages(messages, monkeypatch):
    """The recorders of tests/gui/conftest.py, also where this tab's modules hold ``show_error``,
    and the file dialogs answered from ``import_path`` and ``export_path``."""
    messages.import_path = messages.export_path = ""
    for module in (worker, roster_tab, units_dialog):
        monkeypatch.setattr(module, "show_error", common.show_error)
    monkeypatch.setattr(roster_tab, "choose_import_file", lambda parent: messages.import_path)
    monkeypatch.setattr(roster_tab, "choose_export_file", lambda parent, suggested: messages.export_path)
    return messages


@pytest.fixture
def hall(manager):
    """Two units with windows and three staff: 张三 at A01, 李四 not yet trained, 王五 (XR10)."""
    social = roster.add_unit(manager, "社会保险服务中心")
    jobs = roster.add_unit(manager, "就业服务中心")
    a01 = roster.add_window(manager, social.id, "A01", "社保登记")
    a02 = roster.add_window(manager, social.id, "A02", "待遇核定")
    b01 = roster.add_window(manager, jobs.id, "B01", "就业登记")
    zhang = roster.add_staff(
        manager,
        StaffInput(
            staff_no="XR1",
            name="张三",
            unit_id=social.id,
            window_id=a01.id,
            position="窗口受理员",
            mobile="13812345678",
            hire_date=dt.date(2019, 3, 1),
            trained_on=dt.date(2019, 4, 1),
        ),
    )
    li = roster.add_staff(
        manager,
        StaffInput(staff_no="XR2", name="李四", unit_id=social.id, hire_date=dt.date(2021, 6, 1)),
    )
    wang = roster.add_staff(
        manager,
        StaffInput(
            staff_no="XR10",
            name="王五",
            unit_id=jobs.id,
            window_id=b01.id,
            mobile="13987654321",
            hire_date=dt.date(2018, 1, 2),
            trained_on=dt.date(2018, 2, 1),
        ),
    )
    return SimpleNamespace(social=social, jobs=jobs, a01=a01, a02=a02, b01=b01, zhang=zhang, li=li, wang=wang)


def open_tab(qtbot, session) -> RosterTab:
    tab = RosterTab(session)
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    return tab


def names(tab: RosterTab) -> list[str]:
    return [tab.proxy.row_at(i).name for i in range(tab.proxy.rowCount())]


def click_row(qtbot, tab: RosterTab, name: str) -> None:
    row = names(tab).index(name)
    index = tab.proxy.index(row, COL_NAME)
    rect = tab.view.visualRect(index)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.selected_row().name == name


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry with the keyboard, as a user tabbing through the form would."""
    combo.setFocus()
    for _ in range(combo.count() + 1):
        if combo.currentText() == text:
            return
        key = Qt.Key.Key_Down if combo.currentIndex() < combo.findText(text) else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    assert combo.currentText() == text


def double_click(qtbot, view, index) -> None:
    """A real double-click: press and release, then the second press that Qt reports as a double-click."""
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


# ---------------------------------------------------------------- as manager


def test_add_staff_through_the_dialog(qtbot, manager, hall):
    tab = open_tab(qtbot, manager)
    assert sorted(names(tab)) == sorted(["张三", "李四", "王五"])

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dlg = dialog_of(qtbot, tab, StaffDialog)
    qtbot.keyClicks(dlg.staff_no, "XR3")
    type_text(qtbot, dlg.name, "赵六")
    choose(qtbot, dlg.unit, "就业服务中心")
    type_text(qtbot, dlg.position, "综合柜员")
    qtbot.keyClicks(dlg.mobile, "13700001111")
    type_date(qtbot, dlg.hire_date, "2022-09-01")
    qtbot.mouseClick(dlg.trained, Qt.MouseButton.LeftButton)
    type_date(qtbot, dlg.trained_on, "2022-10-08")
    choose(qtbot, dlg.window, "B01 就业登记")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: closed(dlg))
    assert "赵六" in names(tab)
    assert tab.selected_row().name == "赵六"
    saved = tab.selected_row()
    assert (saved.staff_no, saved.unit_name, saved.window_number) == ("XR3", "就业服务中心", "B01")
    assert saved.hire_date == dt.date(2022, 9, 1)
    assert saved.trained_on == dt.date(2022, 10, 8)
    assert tab.count_label.text() == "4 of 4 staff"


def test_add_with_the_keyboard_only(qtbot, manager, hall):
    tab = open_tab(qtbot, manager)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
    dlg = dialog_of(qtbot, tab, StaffDialog)
    assert dlg.staff_no.hasFocus()
    qtbot.keyClicks(dlg.staff_no, "XR4")
    qtbot.keyClick(dlg.staff_no, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "钱七")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dlg.unit
    qtbot.keyClick(dlg.unit, Qt.Key.Key_Down)
    assert dlg.unit.currentText() == "社会保险服务中心"
    qtbot.keyClick(dlg.unit, Qt.Key.Key_Return)  # Enter saves the dialog
    qtbot.waitUntil(lambda: closed(dlg))
    assert tab.selected_row().name == "钱七"
    assert tab.selected_row().hire_date == TODAY


def test_edit_shows_problems_beside_their_fields_then_saves(qtbot, manager, hall):
    tab = open_tab(qtbot, manager)
    click_row(qtbot, tab, "李四")
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    dlg = dialog_of(qtbot, tab, StaffDialog)
    assert dlg.name.text() == "李四"

    replace_text(qtbot, dlg.name, "")
    choose(qtbot, dlg.window, "A02 待遇核定")  # 李四 has not passed pre-job training
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)

    assert dlg.isVisible()
    assert dlg.field_error("name") == "A name is required."
    assert "pre-job training" in dlg.field_error("window")
    assert dlg.field_invalid("name") and dlg.field_invalid("window")
    assert dlg.field_error_label("name").isVisible()
    assert not dlg.field_error("staff_no") and not dlg.field_invalid("staff_no")
    assert dlg.name.hasFocus()  # the first field with a problem
    assert dlg.window.currentText() == "A02 待遇核定"  # what was typed is still there
    assert roster.get_staff(manager, hall.li.id).name == "李四"

    type_text(qtbot, dlg.name, "李思")
    assert not dlg.field_invalid("name")  # a problem goes once its field is changed
    qtbot.mouseClick(dlg.trained, Qt.MouseButton.LeftButton)
    type_date(qtbot, dlg.trained_on, "2021-07-01")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: closed(dlg))
    row = tab.selected_row()
    assert (row.name, row.window_number, row.trained_on) == ("李思", "A02", dt.date(2021, 7, 1))


def test_edit_opens_on_enter_and_double_click(qtbot, manager, hall):
    tab = open_tab(qtbot, manager)
    click_row(qtbot, tab, "王五")
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    dlg = dialog_of(qtbot, tab, StaffDialog)
    assert dlg.staff_no.text() == "XR10"
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dlg))

    index = tab.proxy.index(names(tab).index("张三"), COL_NAME)
    double_click(qtbot, tab.view, index)
    dlg = dialog_of(qtbot, tab, StaffDialog)
    assert dlg.name.text() == "张三"
    assert dlg.mobile.text() == "13812345678"  # a manager sees contact data
    assert not dlg.mobile.isReadOnly()


def test_a_conflicting_edit_is_reported_and_can_be_reloaded(qtbot, manager, hall):
    tab = open_tab(qtbot, manager)
    click_row(qtbot, tab, "张三")
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dlg = dialog_of(qtbot, tab, StaffDialog)

    other = make_user("manager", "manager2")
    current = roster.get_staff(other, hall.zhang.id)
    roster.update_staff(
        other,
        hall.zhang.id,
        StaffInput(
            staff_no="XR1",
            name="张叁",
            unit_id=current.unit_id,
            window_id=current.window_id,
            mobile=current.mobile,
            hire_date=current.hire_date,
            trained_on=current.trained_on,
        ),
        current.version,
    )

    replace_text(qtbot, dlg.position, "科长")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible()
    assert "manager2 changed this record" in dlg.banner_text()
    assert "name: yours 张三, saved now 张叁" in dlg.banner_text()
    assert dlg.reload_button.isVisible()

    qtbot.mouseClick(dlg.reload_button, Qt.MouseButton.LeftButton)
    assert dlg.name.text() == "张叁"
    assert dlg.banner_text() == ""
    replace_text(qtbot, dlg.position, "科长")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dlg))
    assert (tab.selected_row().name, tab.selected_row().position) == ("张叁", "科长")


def test_record_leaving_moves_the_person_from_active_to_left(qtbot, manager, hall):
    tab = open_tab(qtbot, manager)
    click_row(qtbot, tab, "张三")
    assert not tab.undo_leave_button.isEnabled()
    qtbot.mouseClick(tab.leave_button, Qt.MouseButton.LeftButton)
    dlg = dialog_of(qtbot, tab, LeaveDialog)
    assert dlg.left_on.date().toPython() == TODAY
    assert dlg.reason.hasFocus()

    qtbot.keyClick(dlg.reason, Qt.Key.Key_Return)  # no reason yet
    assert dlg.isVisible()
    assert dlg.field_error("left_reason") == "Give a reason."
    type_text(qtbot, dlg.reason, "调离")
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dlg))

    assert names(tab) == ["李四", "王五"]
    assert tab.count_label.text() == "2 of 2 staff"
    choose(qtbot, tab.status_filter, "Left")
    assert names(tab) == ["张三"]
    status = tab.proxy.index(0, COL_STATUS)
    assert status.data() == f"Left on {TODAY.isoformat()}"
    assert status.data(Qt.ItemDataRole.ForegroundRole) is not None  # grey as well as the text
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "Reason for leaving: 调离"


def test_undo_leaving_after_confirmation(qtbot, manager, hall, messages):
    roster.record_leaving(manager, hall.wang.id, TODAY, "误操作", hall.wang.version)
    tab = open_tab(qtbot, manager)
    choose(qtbot, tab.status_filter, "Left")
    click_row(qtbot, tab, "王五")
    assert not tab.leave_button.isEnabled()

    messages.answer = False
    qtbot.mouseClick(tab.undo_leave_button, Qt.MouseButton.LeftButton)
    assert "王五" in messages.questions[0]
    assert names(tab) == ["王五"]

    messages.answer = True
    qtbot.mouseClick(tab.undo_leave_button, Qt.MouseButton.LeftButton)
    assert roster.get_staff(manager, hall.wang.id).left_on is None
    assert "王五" in names(tab)  # shown again, under All
    assert tab.selected_row().name == "王五"


def test_unit_filter_reloads_and_keeps_the_search(qtbot, manager, hall):
    tab = open_tab(qtbot, manager)
    choose(qtbot, tab.unit_filter, "就业服务中心")
    assert names(tab) == ["王五"]
    assert tab.count_label.text() == "1 of 1 staff"
    choose(qtbot, tab.unit_filter, "All units")
    qtbot.keyClicks(tab.search, "l")
    assert names(tab) == ["李四"]
    tab.refresh()
    assert tab.search.text() == "l" and names(tab) == ["李四"]


def test_selection_survives_a_refresh(qtbot, manager, hall):
    tab = open_tab(qtbot, manager)
    click_row(qtbot, tab, "王五")
    roster.add_staff(
        manager, StaffInput(staff_no="XR0", name="艾一", unit_id=hall.social.id, hire_date=TODAY)
    )
    tab.refresh()
    assert tab.selected_row().name == "王五"
    assert len(names(tab)) == 4


# ---------------------------------------------------------------- search


def test_search_by_pinyin_initials_and_staff_number(qtbot, manager, hall):
    tab = open_tab(qtbot, manager)
    qtbot.keyClick(tab, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()
    assert tab.search.placeholderText() == "Search name, staff number, window or pinyin (e.g. zs)"

    qtbot.keyClicks(tab.search, "zs")
    assert names(tab) == ["张三"]
    assert tab.count_label.text() == "1 of 3 staff"

    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert tab.search.text() == ""
    assert len(names(tab)) == 3

    qtbot.keyClicks(tab.search, "XR10")
    assert names(tab) == ["王五"]
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)  # into the list, on the match
    assert tab.view.hasFocus()
    assert tab.selected_row().name == "王五"

    qtbot.keyClick(tab, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.search, "A01")  # a window number
    assert names(tab) == ["张三"]


def test_search_answers_within_a_frame_at_300_staff(qapp):
    surnames = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗"
    given = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰"]
    rows = []
    for i in range(300):
        name = surnames[i % len(surnames)] + given[(i * 7) % len(given)]
        rows.append(
            StaffRow(
                id=i + 1,
                staff_no=f"XR{i + 1}",
                name=name,
                pinyin=pinyin_key(name),
                unit_id=1 + i % 5,
                unit_name=f"单位{i % 5}",
                window_id=None,
                window_number=f"A{i % 40:02d}",
                position="窗口受理员",
                mobile="138****5678",
                hire_date=dt.date(2015, 1, 1) + dt.timedelta(days=i),
                trained_on=None,
                left_on=None,
                left_reason="",
                note="",
                version=1,
            )
        )
    model = StaffTableModel()
    model.set_rows(rows)
    proxy = StaffFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_STAFF_NO)
    timings = []
    for query in ("z", "zs", "zh", "zha", "zhan", "w", "wf", "xr1", "xr12", "a0", "李", "", "ly", "l"):
        start = time.perf_counter()
        proxy.set_query(query)
        proxy.rowCount()
        timings.append(time.perf_counter() - start)
    assert proxy.rowCount() > 0
    assert statistics.median(timings) < 0.016


# ---------------------------------------------------------------- import and export


def bad_and_good_csv(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "工号,姓名,单位,入职日期\nXR20,孙八,社会保险服务中心,2020-01-01\n"
        "XR20,周九,社会保险服务中心,2020-02-01\nXR21,,就业服务中心,2020-03-01\n",
        encoding="utf-8",
    )
    good = tmp_path / "good.csv"
    good.write_text(
        "工号,姓名,单位,窗口,入职日期,岗前培训合格日期\n"
        "XR20,孙八,社会保险服务中心,,2020-01-01,\n"
        "XR21,周九,人才交流服务中心,C01,2020-02-01,2020-03-01\n",
        encoding="utf-8-sig",
    )
    return bad, good


def test_import_of_a_bad_file_lists_every_bad_row_and_changes_nothing(
    qtbot, manager, hall, messages, tmp_path
):
    pytest.importorskip("app.roster_io")
    bad, _ = bad_and_good_csv(tmp_path)
    messages.import_path = str(bad)
    tab = open_tab(qtbot, manager)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages.errors), timeout=10000)

    err = messages.errors[0]
    assert isinstance(err, ValidationError)
    rows = {p.row for p in err.problems}
    assert {3, 4} <= rows  # the repeated staff number and the missing name, as Excel numbers them
    assert not messages.infos
    assert sorted(names(tab)) == sorted(["张三", "李四", "王五"])
    assert len(roster.list_staff(manager, status="all")) == 3


def test_import_of_a_good_file_adds_the_rows(qtbot, manager, hall, messages, tmp_path):
    pytest.importorskip("app.roster_io")
    _, good = bad_and_good_csv(tmp_path)
    messages.import_path = str(good)
    tab = open_tab(qtbot, manager)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages.infos), timeout=10000)

    assert not messages.errors
    title, summary = messages.infos[0]
    assert title == "Roster imported"
    assert "Rows read: 2." in summary
    assert {"孙八", "周九"} <= set(names(tab))
    assert tab.unit_filter.findText("人才交流服务中心") >= 0  # the new unit is offered in the filter


def test_export_writes_the_file_and_says_where(qtbot, manager, hall, messages, tmp_path):
    pytest.importorskip("app.roster_io")
    target = tmp_path / "roster.xlsx"
    messages.export_path = str(target)
    tab = open_tab(qtbot, manager)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages.infos), timeout=10000)
    assert target.exists()
    assert messages.infos[0] == ("Roster exported", f"3 staff written to {target}.")


def test_cancelled_import_does_nothing(qtbot, manager, hall, messages):
    messages.import_path = ""
    tab = open_tab(qtbot, manager)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert not messages.errors and not messages.infos
    assert len(names(tab)) == 3


# ---------------------------------------------------------------- as duty officer


def test_officer_reads_and_searches_but_cannot_change(qtbot, officer, hall, messages):
    tab = open_tab(qtbot, officer)
    for button in (
        tab.add_button,
        tab.edit_button,
        tab.leave_button,
        tab.undo_leave_button,
        tab.units_button,
        tab.import_button,
    ):
        assert button.isHidden()
    assert tab.export_button.isVisible()

    mobiles = {tab.proxy.row_at(i).name: tab.proxy.index(i, COL_MOBILE).data() for i in range(3)}
    assert mobiles == {"张三": "138****5678", "李四": "", "王五": "139****4321"}

    qtbot.keyClicks(tab.search, "ww")
    assert names(tab) == ["王五"]
    click_row(qtbot, tab, "王五")
    for key in (Qt.Key.Key_Return, Qt.Key.Key_F2, Qt.Key.Key_Insert):
        qtbot.keyClick(tab.view, key)
    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    index = tab.proxy.index(0, COL_NAME)
    double_click(qtbot, tab.view, index)
    assert not tab.findChildren(StaffDialog)

    tab.import_roster()  # as the File menu would call it
    assert "may not do this" in str(messages.errors[0])


def test_empty_roster_shows_a_helpful_message(qtbot, manager):
    tab = open_tab(qtbot, manager)
    assert tab.stack.currentWidget() is tab.empty_label
    assert tab.empty_label.text() == "No staff yet — add someone or import the roster from Excel."
    assert tab.count_label.text() == "0 of 0 staff"


# ---------------------------------------------------------------- units and windows


def test_units_dialog_adds_a_unit_and_window_then_retires_the_window(qtbot, manager, hall):
    tab = open_tab(qtbot, manager)
    qtbot.mouseClick(tab.units_button, Qt.MouseButton.LeftButton)
    dlg = dialog_of(qtbot, tab, UnitsDialog)
    units = [dlg.units.topLevelItem(i).text(0) for i in range(dlg.units.topLevelItemCount())]
    assert units == ["社会保险服务中心", "就业服务中心"]
    assert dlg.units.topLevelItem(0).text(1) == "2"  # active staff

    qtbot.mouseClick(dlg.add_unit_button, Qt.MouseButton.LeftButton)
    add = dialog_of(qtbot, dlg, UnitNameDialog)
    type_text(qtbot, add.name, "就业服务中心")
    qtbot.keyClick(add.name, Qt.Key.Key_Return)
    assert add.isVisible()
    assert "already a unit" in add.field_error("name")
    replace_text(qtbot, add.name, "人才交流服务中心")
    qtbot.keyClick(add.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(add))
    assert dlg.current_unit().name == "人才交流服务中心"

    qtbot.mouseClick(dlg.add_window_button, Qt.MouseButton.LeftButton)
    win = dialog_of(qtbot, dlg, WindowDialog)
    assert win.unit.currentText() == "人才交流服务中心"
    qtbot.keyClicks(win.number, "c01")
    type_text(qtbot, win.title, "人才服务")
    qtbot.mouseClick(win.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(win))
    assert dlg.current_window().number == "C01"
    assert dlg.windows.topLevelItem(0).text(1) == "人才服务"

    qtbot.mouseClick(dlg.retire_window_button, Qt.MouseButton.LeftButton)
    retire = dialog_of(qtbot, dlg, RetireDialog)
    type_text(qtbot, retire.reason, "窗口合并")
    qtbot.mouseClick(retire.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(retire))
    assert dlg.windows.topLevelItemCount() == 0

    qtbot.mouseClick(dlg.show_retired, Qt.MouseButton.LeftButton)
    assert dlg.windows.topLevelItem(0).text(0) == "C01"
    assert dlg.windows.topLevelItem(0).text(2) == TODAY.isoformat()
    assert not dlg.retire_window_button.isEnabled()

    qtbot.mouseClick(dlg.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dlg))
    assert tab.unit_filter.findText("人才交流服务中心") >= 0


def test_retiring_a_unit_with_staff_is_refused_with_the_reason(qtbot, manager, hall):
    dlg = UnitsDialog(manager)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.current_unit().name == "社会保险服务中心"
    qtbot.mouseClick(dlg.retire_unit_button, Qt.MouseButton.LeftButton)
    retire = dialog_of(qtbot, dlg, RetireDialog)
    type_text(qtbot, retire.reason, "撤并")
    qtbot.mouseClick(retire.save_button, Qt.MouseButton.LeftButton)
    assert retire.isVisible()
    assert "still has active staff: 张三、李四" in retire.banner_text()
    assert roster.list_units()[0].retired_on is None


def test_editing_a_window_moves_it_to_another_unit(qtbot, manager, hall):
    dlg = UnitsDialog(manager)
    qtbot.addWidget(dlg)
    dlg.show()
    item = dlg.windows.topLevelItem(1)
    assert item.text(0) == "A02"
    qtbot.mouseClick(
        dlg.windows.viewport(), Qt.MouseButton.LeftButton, pos=dlg.windows.visualItemRect(item).center()
    )
    qtbot.mouseClick(dlg.edit_window_button, Qt.MouseButton.LeftButton)
    win = dialog_of(qtbot, dlg, WindowDialog)
    choose(qtbot, win.unit, "就业服务中心")
    replace_text(qtbot, win.number, "B02")
    qtbot.keyClick(win.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(win))
    assert dlg.current_unit().name == "就业服务中心"
    assert [dlg.windows.topLevelItem(i).text(0) for i in range(dlg.windows.topLevelItemCount())] == [
        "B01",
        "B02",
    ]


# ---------------------------------------------------------------- the models


def test_models_pass_the_model_tester(qtmodeltester, manager, hall):
    model = StaffTableModel()
    model.set_rows(roster.list_staff(manager, status="all"))
    qtmodeltester.check(model)
    proxy = StaffFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_query("zs")
    qtmodeltester.check(proxy)
    model.set_rows([])
    qtmodeltester.check(model)


def test_model_roles_and_natural_sorting(qtbot, manager, hall):
    model = StaffTableModel()
    model.set_rows(roster.list_staff(manager))
    proxy = StaffFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_STAFF_NO, Qt.SortOrder.AscendingOrder)
    assert [proxy.row_at(i).staff_no for i in range(3)] == ["XR1", "XR2", "XR10"]
    proxy.sort(COL_HIRE_DATE, Qt.SortOrder.DescendingOrder)
    assert [proxy.row_at(i).name for i in range(3)] == ["李四", "张三", "王五"]
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)  # by pinyin: li, wang, zhang
    assert [proxy.row_at(i).name for i in range(3)] == ["李四", "王五", "张三"]

    zhang = model.row_of(hall.zhang.id)
    hired = model.index(zhang, COL_HIRE_DATE)
    assert hired.data() == "2019-03-01"
    assert hired.data(SORT_ROLE) == (1, dt.date(2019, 3, 1))
    assert hired.data(ROW_ROLE).name == "张三"
    assert model.index(zhang, COL_WINDOW).data() == "A01"
    assert model.index(model.row_of(hall.li.id), COL_TRAINED_ON).data() == ""  # not trained yet
    assert model.headerData(COL_TRAINED_ON, Qt.Orientation.Horizontal) == "Pre-job training"
    assert model.index(0, 0).parent() == QModelIndex()
    assert natural_key("A2") < natural_key("A10") < natural_key("B1")


def test_header_click_sorts_the_view(qtbot, manager, hall):
    tab = open_tab(qtbot, manager)
    header = tab.view.horizontalHeader()
    x = header.sectionViewportPosition(COL_STAFF_NO) + header.sectionSize(COL_STAFF_NO) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    numbers = [tab.proxy.row_at(i).staff_no for i in range(3)]
    assert numbers in (["XR1", "XR2", "XR10"], ["XR10", "XR2", "XR1"])
