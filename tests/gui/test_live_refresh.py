"""The tab in view shows what other PCs changed, and never throws away what its user is typing."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app import duty_log, roster
from app.auth import Permission, Session
from app.roster import StaffInput
from db.connection import close_database
from db.models import Staff
from tests.gui.helpers import open_window, type_text


def _other_pc_adds(url: str, unit_id: int, staff_no: str, name: str) -> None:
    from app.store import open_store

    open_store(url)
    supervisor = Session(username="supervisor2", role="manager", permissions=frozenset(Permission))
    roster.add_staff(
        supervisor, StaffInput(staff_no=staff_no, name=name, unit_id=unit_id, hire_date=dt.date(2024, 1, 2))
    )
    close_database()


@pytest.fixture
def unit(manager):
    social = roster.add_unit(manager, "社会保险服务中心")
    for no, name in (("1001", "张三"), ("1002", "李四")):
        roster.add_staff(
            manager, StaffInput(staff_no=no, name=name, unit_id=social.id, hire_date=dt.date(2024, 1, 2))
        )
    return social


def test_the_roster_shows_a_person_another_pc_added(qtbot, db_url, store, manager, unit):
    window = open_window(qtbot, manager, store)
    chosen = Staff.get(Staff.staff_no == "1002").id
    window.roster_tab.select(chosen)
    assert window.roster_rows() == 2 and not window.live_refresh.check()  # nothing new yet

    ctx = multiprocessing.get_context("spawn")
    other = ctx.Process(target=_other_pc_adds, args=(db_url, unit.id, "1003", "王五"))
    other.start()
    other.join(timeout=120)
    assert other.exitcode == 0

    assert window.live_refresh.check()
    assert window.roster_rows() == 3
    assert window.roster_tab.selected_row().id == chosen  # the person being looked at stays chosen
    assert not window.live_refresh.check()  # read once per change


def test_coming_back_to_the_window_reads_again(qtbot, store, manager, unit):
    window = open_window(qtbot, manager, store)
    roster.add_staff(
        manager, StaffInput(staff_no="1003", name="王五", unit_id=unit.id, hire_date=dt.date(2024, 1, 2))
    )
    window.live_refresh._state_changed(Qt.ApplicationState.ApplicationActive)
    assert window.roster_rows() == 3


def test_the_timer_keeps_checking(qtbot, store, manager, unit):
    window = open_window(qtbot, manager, store)
    assert window.live_refresh.timer.isActive()
    window.live_refresh.timer.setInterval(50)
    roster.add_staff(
        manager, StaffInput(staff_no="1003", name="王五", unit_id=unit.id, hire_date=dt.date(2024, 1, 2))
    )
    qtbot.waitUntil(lambda: window.roster_rows() == 3, timeout=5000)


def test_a_tab_not_built_yet_reads_fresh_when_shown(qtbot, store, manager, unit):
    window = open_window(qtbot, manager, store)
    assert not window._sanctions_page.built
    roster.add_unit(manager, "就业服务中心")
    window.tabs.setCurrentWidget(window._sanctions_page)
    qtbot.waitUntil(lambda: window._sanctions_page.built)
    assert not window.live_refresh.check()  # it has just read everything


def test_a_typed_handover_is_kept_until_saved(qtbot, store, officer, manager, unit):
    today = dt.date.today()
    duty_log.open_log(officer, today, today=today)
    window = open_window(qtbot, officer, store)
    window.tabs.setCurrentWidget(window._duty_page)
    page = window.duty_tab.log_page
    qtbot.waitUntil(lambda: page.log is not None)
    window.live_refresh.check()
    type_text(qtbot, page.handover, "三号窗口空调漏水")

    roster.add_unit(manager, "就业服务中心")  # someone elsewhere changes something
    assert not window.live_refresh.check()  # not read again: the handover is not saved yet
    assert page.handover.toPlainText() == "三号窗口空调漏水"

    assert page.save(quiet=True)
    assert not page.unsaved_edits()
    roster.add_unit(manager, "不动产登记中心")
    assert window.live_refresh.check()  # saved: the page may read again, and keeps the text
    assert page.handover.toPlainText() == "三号窗口空调漏水"


def test_a_finding_being_typed_is_kept(qtbot, store, officer, manager, unit):
    today = dt.date.today()
    duty_log.open_log(officer, today, today=today)
    window = open_window(qtbot, officer, store)
    window.tabs.setCurrentWidget(window._duty_page)
    bar = window.duty_tab.log_page.bar
    qtbot.waitUntil(lambda: window.duty_tab.log_page.log is not None)
    window.live_refresh.check()
    type_text(qtbot, bar.note, "离岗")
    roster.add_unit(manager, "就业服务中心")
    assert not window.live_refresh.check()
    assert bar.note.text() == "离岗"


def test_nothing_is_read_again_under_an_open_dialog(qtbot, store, manager, unit):
    window = open_window(qtbot, manager, store)
    dialog = QDialog(window)
    dialog.setModal(True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible())
    roster.add_staff(
        manager, StaffInput(staff_no="1003", name="王五", unit_id=unit.id, hire_date=dt.date(2024, 1, 2))
    )
    assert not window.live_refresh.check()
    assert window.roster_rows() == 2
    dialog.close()
    assert window.live_refresh.check()
    assert window.roster_rows() == 3


def test_a_locked_window_does_not_read(qtbot, store, manager, unit):
    window = open_window(qtbot, manager, store)
    window.lock_now()
    roster.add_staff(
        manager, StaffInput(staff_no="1003", name="王五", unit_id=unit.id, hire_date=dt.date(2024, 1, 2))
    )
    assert not window.live_refresh.check()
