"""The Duty Log tab, driven as the duty officer and the duty leader drive it: keys, clicks, dialogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import duty_log, duty_rota, inspections, leave, roster
from app.leave import SlipInput
from app.roster import StaffInput
from db.models import LeaveKind
from tests.gui.helpers import closed, dialog_of, type_text
from ui import common, pdf_preview, worker
from ui.duty_inspection import ReasonDialog
from ui.duty_models import (
    C_NOTE,
    C_POWER,
    R_UNIT,
    ChecklistModel,
    InspectionsModel,
    InspectionsProxy,
    RotaModel,
    RotaProxy,
)
from ui.duty_rota_page import RotaDayDialog
from ui.duty_tab import DutyTab

DAY = dt.date(2025, 12, 2)  # a winter Tuesday, a workday
NOW = dt.datetime(2025, 12, 2, 10, 30)


# ---------------------------------------------------------------- fixtures and helpers


@pytest.fixture(autouse=True)
def messages(messages, monkeypatch):
    """The shared recorders, the worker's error box and the preview's save dialog."""
    monkeypatch.setattr(worker, "show_error", common.show_error)
    messages.pdf_path = ""
    monkeypatch.setattr(pdf_preview, "choose_pdf_path", lambda parent, suggested: messages.pdf_path)
    return messages


@pytest.fixture
def hall(manager):
    """Social insurance: 张三 (XR1, window 01) and 李四 (XR2, window 02); jobs: 王五 (XR10, window 05)."""
    social = roster.add_unit(manager, "社会保险服务中心")
    jobs = roster.add_unit(manager, "就业服务中心")
    w01 = roster.add_window(manager, social.id, "01")
    w02 = roster.add_window(manager, social.id, "02")
    w05 = roster.add_window(manager, jobs.id, "05")
    people = {}
    for staff_no, name, unit, window in (
        ("XR1", "张三", social, w01),
        ("XR2", "李四", social, w02),
        ("XR10", "王五", jobs, w05),
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
    return SimpleNamespace(
        social=social, jobs=jobs, zhang=people["张三"], li=people["李四"], wang=people["王五"]
    )


@pytest.fixture
def leader(sessions):
    return sessions["leader"]


def open_tab(qtbot, session) -> DutyTab:
    tab = DutyTab(session, clock=lambda: NOW)
    qtbot.addWidget(tab)
    tab.resize(1300, 820)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    return tab


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot, combo, typed: str) -> None:
    """Pick a combo box item by typing the start of its text."""
    combo.setFocus()
    qtbot.keyClicks(combo, typed)
    assert combo.currentText().lower().startswith(typed.lower()), combo.currentText()


def fill_and_sign_as_officer(qtbot, tab: DutyTab) -> None:
    """Open the day's log, tick every window with Space (a note for the last), answer the hall
    checks, and sign as the duty officer."""
    page = tab.log_page
    click(qtbot, page.open_button)
    view = page.checklist_view
    assert view.hasFocus() and view.currentIndex().column() == C_POWER
    rows = page.checklist.rowCount()
    assert rows == 3
    for row in range(rows - 1):
        qtbot.keyClick(view, Qt.Key.Key_Space)
        if row < rows - 2:
            qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # to the last window's note
    assert view.currentIndex().column() == C_NOTE
    qtbot.keyClick(view, Qt.Key.Key_U)  # typing opens the note
    editor = QApplication.focusWidget()
    assert editor is not view and view.isAncestorOf(editor)
    qtbot.keyClicks(editor, "ps on")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    expected = {
        r.window_id: (r.number != "05", "ups on" if r.number == "05" else "") for r in page.checklist._rows
    }
    qtbot.waitUntil(lambda: page.checklist.entries() == expected)
    choose(qtbot, page.hygiene.state, "fine")
    choose(qtbot, page.safety.state, "fine")
    choose(qtbot, page.doors.state, "problem")
    type_text(qtbot, page.doors.note, "east door lock sticks")
    click(qtbot, page.sign_officer_button)
    assert "signed the log" in page.message.text(), page.message.text()


# ---------------------------------------------------------------- inspections


def test_record_an_inspection_by_window_number_and_category_key(qtbot, leader, hall):
    tab = open_tab(qtbot, leader)
    bar = tab.log_page.bar
    assert "<b>d</b> untidy dress" in bar.keys_label.text()
    type_text(qtbot, bar.person, "05")
    qtbot.waitUntil(bar.person.popup().isVisible)
    qtbot.keyClick(bar.person, Qt.Key.Key_Return)
    assert bar.person.chosen().name == "王五"
    assert bar.key.hasFocus()  # Enter picked and moved on
    qtbot.keyClicks(bar.key, "d")
    assert bar.category_label.text() == "untidy dress"
    qtbot.keyClick(bar.key, Qt.Key.Key_Return)

    found = inspections.list_inspections(day=DAY)
    assert [(r.name, r.category, r.at) for r in found] == [("王五", "着装不整", NOW)]
    assert "Recorded at 10:30: untidy dress, 王五 (XR10)." in tab.log_page.message.text()
    assert tab.log_page.inspections_model.rowCount() == 1
    assert tab.log_page.inspections_count.text() == "1 finding(s)"
    assert bar.person.hasFocus() and not bar.person.text()  # ready for the next window


def test_off_post_on_an_approved_outing_warns_the_inspector(qtbot, officer, leader, hall):
    outing = LeaveKind.get(LeaveKind.code == "outing")
    slip, _ = leave.request(
        officer,
        SlipInput(
            staff_id=hall.zhang.id,
            kind_id=outing.id,
            start_day=DAY,
            end_day=DAY,
            out_time="1000",
            back_time="1100",
            reason="送材料",
        ),
        now=dt.datetime(2025, 12, 2, 9, 0),
    )
    leave.decide(leader, slip.id, True)
    tab = open_tab(qtbot, leader)
    bar = tab.log_page.bar
    type_text(qtbot, bar.person, "zs")
    qtbot.waitUntil(bar.person.popup().isVisible)
    qtbot.keyClick(bar.person, Qt.Key.Key_Return)
    qtbot.keyClicks(bar.key, "t")
    type_text(qtbot, bar.note, "不在窗口")
    qtbot.keyClick(bar.note, Qt.Key.Key_Return)
    assert "approved temporary outing" in bar.message.text()
    assert bar.last_warning
    (row,) = inspections.list_inspections(day=DAY)
    assert row.covered_by == slip.id and not row.counted


def test_an_unknown_key_records_nothing_and_a_finding_is_voided_with_a_reason(qtbot, officer, hall):
    tab = open_tab(qtbot, officer)
    page = tab.log_page
    bar = page.bar
    type_text(qtbot, bar.person, "02")
    qtbot.waitUntil(bar.person.popup().isVisible)
    qtbot.keyClick(bar.person, Qt.Key.Key_Return)
    qtbot.keyClicks(bar.key, "z")
    assert bar.category_label.text() == "no such key"
    qtbot.keyClick(bar.key, Qt.Key.Key_Return)
    assert "Press the key of a category" in bar.message.text()
    assert inspections.list_inspections(day=DAY) == []

    qtbot.keyClick(bar.key, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(bar.key, "b")
    qtbot.keyClick(bar.key, Qt.Key.Key_Return)
    (row,) = inspections.list_inspections(day=DAY)
    assert row.name == "李四"

    view = page.inspections_view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(page.inspections_proxy.index(0, 1)).center(),
    )
    click(qtbot, page.void_button)
    dialog = dialog_of(qtbot, page, ReasonDialog)
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.reason, "看错了窗口")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: closed(dialog))
    assert inspections.list_inspections(day=DAY) == []
    (voided,) = inspections.list_inspections(day=DAY, include_voided=True)
    assert voided.voided
    assert page.inspections_count.text() == "0 finding(s), 1 voided"
    assert page.inspections_proxy.index(0, 5).data() == "voided"


# ---------------------------------------------------------------- closing the day


def test_close_as_officer_then_leader_and_the_day_is_read_only(qtbot, officer, leader, hall):
    tab = open_tab(qtbot, officer)
    page = tab.log_page
    assert "has not been opened" in page.banner.text()
    fill_and_sign_as_officer(qtbot, tab)
    log = duty_log.get_log(DAY)
    assert log.officer_signed_by == "officer1" and log.leader_signed_at is None
    assert log.doors_ok is False and log.doors_note == "east door lock sticks"
    assert "awaiting the duty leader" in page.banner.text()
    # An officer has no leader's sign-off to give.
    assert not page.sign_leader_button.isVisible() and not page.reopen_button.isVisible()

    tab2 = open_tab(qtbot, leader)
    page2 = tab2.log_page
    click(qtbot, page2.sign_leader_button)
    log = duty_log.get_log(DAY)
    assert log.closed and log.leader_signed_by == "leader1"
    assert page2.banner.text().startswith("CLOSED — read-only. Signed by duty officer Officer1")
    assert "duty leader Leader1" in page2.banner.text()
    assert not page2.save_button.isEnabled()
    assert not page2.sign_officer_button.isEnabled() and not page2.sign_leader_button.isEnabled()
    assert page2.checklist.read_only and not page2.checklist.flags(page2.checklist.index(0, C_POWER)) & (
        Qt.ItemFlag.ItemIsUserCheckable
    )
    assert page2.handover.isReadOnly() and not page2.hygiene.state.isEnabled()
    assert not page2.bar.record_button.isEnabled()


def test_a_leader_who_signed_as_officer_cannot_also_close_the_day(qtbot, leader, hall):
    tab = open_tab(qtbot, leader)
    fill_and_sign_as_officer(qtbot, tab)
    page = tab.log_page
    click(qtbot, page.sign_leader_button)
    assert "must come from another account" in page.message.text()
    assert not duty_log.get_log(DAY).closed


def test_signing_with_a_window_unchecked_says_which(qtbot, officer, hall):
    tab = open_tab(qtbot, officer)
    page = tab.log_page
    click(qtbot, page.open_button)
    click(qtbot, page.sign_officer_button)
    text = page.message.text()
    assert "Window 01 is neither ticked" in text and "Hall hygiene is not answered yet" in text
    assert duty_log.get_log(DAY).officer_signed_at is None


def test_reopen_needs_a_reason_that_stays_on_record(qtbot, officer, leader, hall):
    fill_and_sign_as_officer(qtbot, open_tab(qtbot, officer))
    duty_log.sign_leader(leader, DAY)
    tab = open_tab(qtbot, leader)
    page = tab.log_page
    click(qtbot, page.reopen_button)
    dialog = dialog_of(qtbot, page, ReasonDialog)
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.reason, "补记下午巡查")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: closed(dialog))
    log = duty_log.get_log(DAY)
    assert not log.closed and log.officer_signed_at is None
    assert [r[0] for r in log.reopenings] == ["补记下午巡查"]
    assert "Reopened by leader1" in page.banner.text() and "补记下午巡查" in page.banner.text()
    assert page.save_button.isEnabled() and not page.checklist.read_only


def test_a_future_day_is_refused(qtbot, officer, hall):
    tab = open_tab(qtbot, officer)
    page = tab.log_page
    page.date_edit.setFocus()
    qtbot.keyClick(page.date_edit, Qt.Key.Key_PageDown)
    assert page.day == DAY
    assert "still to come" in page.message.text()
    qtbot.keyClick(page.date_edit, Qt.Key.Key_PageUp)
    assert page.day == DAY - dt.timedelta(days=1)


# ---------------------------------------------------------------- printing


def test_print_register_previews_and_prints_to_a_pdf_file(
    qtbot, officer, hall, messages, tmp_path, monkeypatch
):
    duty_log.open_log(officer, DAY, today=DAY)
    tab = open_tab(qtbot, officer)
    page = tab.log_page
    click(qtbot, page.print_button)
    preview = dialog_of(qtbot, page, pdf_preview.PdfPreviewDialog)
    assert not messages.errors
    assert Path(preview.path).read_bytes().startswith(b"%PDF")
    assert preview.page_count() >= 1

    printed = tmp_path / "printed.pdf"

    def to_file(parent, printer) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(pdf_preview, "ask_printer", to_file)
    click(qtbot, preview.print_button)
    assert printed.exists() and printed.read_bytes().startswith(b"%PDF")
    assert "page(s) sent" in preview.note.text()


# ---------------------------------------------------------------- the rota


def test_a_leader_generates_the_month_and_swaps_a_day(qtbot, officer, leader, hall):
    tab = open_tab(qtbot, leader)
    tab.pages.setCurrentWidget(tab.rota_page)
    rota = tab.rota_page
    rota.month.setFocus()
    qtbot.keyClick(rota.month, Qt.Key.Key_PageDown)
    assert rota.first_day() == dt.date(2026, 1, 1)
    qtbot.keyClick(rota.month, Qt.Key.Key_PageUp)
    assert rota.first_day() == dt.date(2025, 12, 1)
    assert all(not r.assigned for r in rota.rows_shown())
    click(qtbot, rota.generate_button)
    assert "filled by rotation" in rota.message.text()
    assert all(r.assigned for r in rota.rows_shown())
    before = duty_rota.rota_day(DAY)

    assert rota.select_day(DAY)
    click(qtbot, rota.change_button)
    dialog = dialog_of(qtbot, rota, RotaDayDialog)
    other = "就业服务中心" if before.unit == "社会保险服务中心" else "社会保险服务中心"
    dialog.unit.setFocus()
    dialog.unit.setCurrentIndex(dialog.unit.findText(other))
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    click(qtbot, ok)
    assert "Say why" in dialog.error.text()  # a swap needs its reason
    type_text(qtbot, dialog.reason, "与12月3日对调")
    click(qtbot, ok)
    qtbot.waitUntil(lambda: closed(dialog))
    after = duty_rota.rota_day(DAY)
    assert after.unit == other and after.note == "与12月3日对调"
    row = rota.model.row_of_day(DAY)
    assert rota.model.index(row, R_UNIT).data() == other
    # The log page's rota line follows.
    assert f"Unit on duty: {other}" in tab.log_page.rota_label.text()


def test_an_officer_reads_the_rota_but_cannot_change_it(qtbot, officer, leader, hall):
    duty_rota.generate_month(leader, 2025, 12)
    tab = open_tab(qtbot, officer)
    rota = tab.rota_page
    assert not rota.generate_button.isVisible() and not rota.change_button.isVisible()
    assert "Unit on duty:" in tab.log_page.rota_label.text()


# ---------------------------------------------------------------- models


def test_models_pass_the_model_tester(qtmodeltester, officer, leader, hall):
    duty_rota.generate_month(leader, 2025, 12)
    duty_log.open_log(officer, DAY, today=DAY)
    kind = next(c for c in inspections.categories() if c.key == "d")
    inspections.record(leader, NOW, kind.id, staff_id=hall.wang.id, now=NOW)

    checks = ChecklistModel()
    checks.set_rows(duty_log.get_log(DAY).checks)
    qtmodeltester.check(checks)
    assert checks.setData(
        checks.index(0, C_POWER), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert checks.unticked() == 2

    found = InspectionsModel()
    found.set_rows(inspections.list_inspections(day=DAY, include_voided=True))
    qtmodeltester.check(found)
    proxy = InspectionsProxy()
    proxy.setSourceModel(found)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1

    rota = RotaModel()
    rota.set_rows(duty_rota.rota(dt.date(2025, 12, 1), dt.date(2025, 12, 31)))
    qtmodeltester.check(rota)
    rota_proxy = RotaProxy()
    rota_proxy.setSourceModel(rota)
    qtmodeltester.check(rota_proxy)
    assert rota.rowCount() == 23
