"""The administrator's inspection categories, and a finding's photo shown from the Duty Log tab."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app import inspections, roster
from app.errors import ValidationError
from app.roster import StaffInput
from db.models import InspectionCategory
from tests.gui.helpers import (
    click_menu_item,
    closed,
    dialog_of,
    ime_commit,
    open_window,
    replace_text,
    type_text,
)
from ui import duty_inspection
from ui.duty_inspection import PhotoDialog
from ui.duty_tab import DutyTab
from ui.inspection_categories_dialog import (
    COL_STATE,
    CategoryDialog,
    InspectionCategoriesDialog,
)

NOW = dt.datetime(2025, 12, 2, 10, 30)  # a winter Tuesday, a workday


@pytest.fixture(autouse=True)
def messages(messages):
    return messages


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_categories(qtbot, session) -> InspectionCategoriesDialog:
    dialog = InspectionCategoriesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_row(qtbot, dialog: InspectionCategoriesDialog, name: str) -> None:
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).name == name)
    rect = dialog.view.visualRect(dialog.model.index(row, 0))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected().name == name


def cells(dialog: InspectionCategoriesDialog, row: int) -> list[str]:
    return [dialog.model.data(dialog.model.index(row, c)) for c in range(dialog.model.columnCount())]


# ---------------------------------------------------------------- the categories


def test_the_list_shows_every_category(qtbot, qtmodeltester, admin):
    dialog = open_categories(qtbot, admin)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 17
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)] == [
        "Chinese name",
        "English name",
        "Code",
        "Key",
        "Counts",
        "Off post",
        "Commendation",
        "State",
    ]
    assert cells(dialog, 0) == ["脱岗", "off post", "off_post", "t", "yes", "yes", "no", "in use"]
    assert cells(dialog, 16)[:7] == [
        "表扬",
        dialog.model.row_at(16).name_en,
        "praise",
        "p",
        "no",
        "no",
        "yes",
    ]
    assert dialog.selected().code == "off_post"
    assert dialog.edit_button.isEnabled() and dialog.retire_button.isEnabled()
    assert not dialog.restore_button.isEnabled()


def test_add_a_category_with_an_error_beside_the_key_then_fixed(qtbot, qtmodeltester, admin):
    dialog = open_categories(qtbot, admin)
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    click(qtbot, dialog.add_button)
    editor = dialog.editor
    assert isinstance(editor, CategoryDialog) and editor.focusWidget() is editor.code
    type_text(qtbot, editor.code, "phone")
    editor.name.setFocus()
    ime_commit(editor.name, "玩手机")
    type_text(qtbot, editor.name_en, "on the phone")
    type_text(qtbot, editor.key, "d")  # 着装不整 has it
    editor.counts.setFocus()
    qtbot.keyClick(editor.counts, Qt.Key.Key_Space)
    assert editor.counts.isChecked()
    click(qtbot, editor.save_button)

    assert editor.isVisible() and dialog.model.rowCount() == 17 and not changed
    assert editor.field_error("key") == "The key d already chooses untidy dress."
    assert editor.field_invalid("key") and editor.field_error_label("key").isVisible()
    assert not editor.field_error("code") and not editor.field_invalid("name")
    assert editor.focusWidget() is editor.key

    replace_text(qtbot, editor.key, "k")
    assert not editor.field_error("key") and not editor.field_invalid("key")  # gone as soon as typed
    qtbot.keyClick(editor.key, Qt.Key.Key_Return)

    assert closed(editor) and dialog.editor is None and changed == [True]
    assert dialog.model.rowCount() == 18
    assert cells(dialog, 17) == ["玩手机", "on the phone", "phone", "k", "yes", "no", "no", "in use"]
    assert dialog.selected().code == "phone"
    added = next(c for c in inspections.categories() if c.code == "phone")
    assert (added.key, added.counts, added.positive, added.off_post) == ("k", 1, 0, 0)
    qtmodeltester.check(dialog.model)


def test_a_commendation_cannot_count(qtbot, admin):
    dialog = open_categories(qtbot, admin)
    click_row(qtbot, dialog, "表扬")
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    editor = dialog.editor
    assert isinstance(editor, CategoryDialog) and editor.positive.isChecked()
    click(qtbot, editor.counts)
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert editor.field_error("positive") == "A commendation cannot count as a violation or off post."
    click(qtbot, editor.counts)  # unticked again: the message goes
    assert not editor.field_error("positive")
    click(qtbot, editor.save_button)
    assert closed(editor)
    assert not InspectionCategory.get(InspectionCategory.code == "praise").counts


def test_retire_one_and_restore_it(qtbot, admin, messages):
    dialog = open_categories(qtbot, admin)
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    click_row(qtbot, dialog, "大声喧哗")

    messages.answer = False  # thought better of it
    click(qtbot, dialog.retire_button)
    assert len(messages.questions) == 1 and "Retire 大声喧哗?" in messages.questions[0]
    assert not InspectionCategory.get(InspectionCategory.code == "noise").retired and not changed

    messages.answer = True
    click(qtbot, dialog.retire_button)
    assert InspectionCategory.get(InspectionCategory.code == "noise").retired and changed == [True]
    row = dialog.model.row_of(dialog.selected().id)
    assert dialog.model.data(dialog.model.index(row, COL_STATE)) == "retired"
    assert dialog.model.data(dialog.model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert not dialog.retire_button.isEnabled() and dialog.restore_button.isEnabled()
    assert "noise" not in [c.code for c in inspections.categories()]

    click(qtbot, dialog.restore_button)
    assert not InspectionCategory.get(InspectionCategory.code == "noise").retired
    assert "noise" in [c.code for c in inspections.categories()]
    assert dialog.retire_button.isEnabled() and not dialog.restore_button.isEnabled()
    assert not messages.errors


def test_a_retired_category_whose_key_was_given_away_is_not_restored(qtbot, admin, messages):
    noise = InspectionCategory.get(InspectionCategory.code == "noise")
    inspections.retire_category(admin, noise.id)
    inspections.save_category(admin, None, "shouting", "吵闹", "shouting", False, False, False, "n")
    dialog = open_categories(qtbot, admin)
    click_row(qtbot, dialog, "大声喧哗")
    click(qtbot, dialog.restore_button)
    assert len(messages.errors) == 1 and isinstance(messages.errors[0], ValidationError)
    assert "The key n already chooses shouting." in str(messages.errors[0])
    assert InspectionCategory.get_by_id(noise.id).retired


def test_only_the_administrator_sees_the_menu_item(qtbot, sessions, store):
    officer = open_window(qtbot, sessions["officer"], store)
    assert officer.admin_menu is None
    assert not any("categories" in a.text() for m in officer.menuBar().actions() for a in m.menu().actions())
    assert officer.open_inspection_categories() is None

    window = open_window(qtbot, sessions["admin"], store)
    bar = window.duty_tab.log_page.bar  # the Duty Log tab is built
    assert "untidy dress" in bar.keys_label.text()
    click_menu_item(qtbot, window, window.admin_menu, window.inspection_categories_action)
    qtbot.waitUntil(lambda: isinstance(window._dialog, InspectionCategoriesDialog))
    dialog = window._dialog
    assert dialog.model.rowCount() == 17
    click_row(qtbot, dialog, "着装不整")
    click(qtbot, dialog.retire_button)
    assert "untidy dress" not in bar.keys_label.text()  # the entry offers it no more
    dialog.close()


def test_an_officer_reading_the_list_changes_nothing(qtbot, officer):
    dialog = open_categories(qtbot, officer)
    assert dialog.model.rowCount() == 17
    assert not dialog.add_button.isVisible() and not dialog.retire_button.isVisible()
    assert dialog.add_category() is None and dialog.edit_category() is None


# ---------------------------------------------------------------- a finding's photo


def test_a_recorded_photo_is_shown_and_saved(qtbot, manager, sessions, tmp_path, monkeypatch):
    unit = roster.add_unit(manager, "社会保险服务中心")
    window = roster.add_window(manager, unit.id, "01")
    roster.add_staff(
        manager,
        StaffInput(
            staff_no="XR1",
            name="张三",
            unit_id=unit.id,
            window_id=window.id,
            hire_date=dt.date(2024, 1, 2),
            trained_on=dt.date(2024, 1, 10),
        ),
    )
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    photo = tmp_path / "counter.png"
    assert image.save(str(photo))
    monkeypatch.setattr(duty_inspection, "choose_photo_file", lambda parent: str(photo))
    saved_to = tmp_path / "copy.png"
    monkeypatch.setattr(duty_inspection, "choose_photo_save_path", lambda parent, name: str(saved_to))

    tab = DutyTab(sessions["leader"], clock=lambda: NOW)
    qtbot.addWidget(tab)
    tab.resize(1300, 820)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    page = tab.log_page
    bar = page.bar
    type_text(qtbot, bar.person, "01")
    qtbot.waitUntil(bar.person.popup().isVisible)
    qtbot.keyClick(bar.person, Qt.Key.Key_Return)
    qtbot.keyClicks(bar.key, "x")
    click(qtbot, bar.photo_button)
    assert bar.photo_button.text() == "P&hoto ✓"
    click(qtbot, bar.record_button)
    (row,) = inspections.list_inspections(day=NOW.date())
    assert row.has_photo

    assert not page.photo_button.isEnabled()  # nothing chosen yet
    view = page.inspections_view
    where = view.visualRect(page.inspections_proxy.index(0, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double click's first
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    dialog = dialog_of(qtbot, page, PhotoDialog)
    assert dialog.name_label.text() == "counter.png"
    assert dialog.pixmap.size() == QSize(1600, 1200)
    shown = dialog.image.pixmap().size()  # larger than the screen: scaled down to fit, its shape kept
    assert 0 < shown.width() <= dialog.image.width() and 0 < shown.height() <= dialog.image.height()
    assert shown.width() < 1600 and abs(shown.width() * 3 - shown.height() * 4) <= 4
    dialog.resize(300, 260)
    qtbot.waitUntil(lambda: dialog.image.pixmap().width() < shown.width())
    assert dialog.image.pixmap().width() <= dialog.image.width()

    click(qtbot, dialog.save_button)
    assert saved_to.read_bytes() == photo.read_bytes()
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: closed(dialog))
    assert page.photo_button.isEnabled()
    click(qtbot, page.photo_button)
    dialog_of(qtbot, page, PhotoDialog).close()
