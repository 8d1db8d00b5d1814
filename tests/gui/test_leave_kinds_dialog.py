"""The administrator's kinds of leave: the list, adding with errors beside the fields, retiring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import leave
from app.errors import ValidationError
from db.models import LeaveKind
from tests.gui.helpers import click_menu_item, closed, ime_commit, open_window, replace_text, type_text
from ui.leave_kinds_dialog import COL_STATE, KindDialog, LeaveKindsDialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_kinds(qtbot, session) -> LeaveKindsDialog:
    dialog = LeaveKindsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_row(qtbot, dialog: LeaveKindsDialog, name: str) -> None:
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).name == name)
    rect = dialog.view.visualRect(dialog.model.index(row, 0))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected().name == name


def cells(dialog: LeaveKindsDialog, row: int) -> list[str]:
    return [dialog.model.data(dialog.model.index(row, c)) for c in range(dialog.model.columnCount())]


@pytest.fixture(autouse=True)
def messages(messages):
    return messages


def test_the_list_shows_every_kind(qtbot, qtmodeltester, admin):
    dialog = open_kinds(qtbot, admin)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 10
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Chinese name",
        "English name",
        "Code",
        "Outing",
        "State",
    ]
    assert cells(dialog, 0) == ["事假", "personal leave", "personal", "no", "not used yet"]
    assert cells(dialog, 9) == ["临时外出", "temporary outing", "outing", "yes", "not used yet"]
    assert dialog.selected().code == "personal"  # the first row is chosen
    assert dialog.edit_button.isEnabled() and dialog.retire_button.isEnabled()
    assert not dialog.restore_button.isEnabled()


def test_add_a_kind_with_an_error_beside_the_field_then_fixed(qtbot, qtmodeltester, admin):
    dialog = open_kinds(qtbot, admin)
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    click(qtbot, dialog.add_button)
    editor = dialog.editor
    assert isinstance(editor, KindDialog) and editor.focusWidget() is editor.name
    ime_commit(editor.name, "病假")  # taken
    type_text(qtbot, editor.name_en, "home visit leave")
    type_text(qtbot, editor.code, "Home Visit")  # not lower-case, a space
    qtbot.keyClick(editor.code, Qt.Key.Key_Return)

    assert editor.isVisible() and dialog.model.rowCount() == 10 and not changed
    assert editor.field_error("name") == "Another kind is called 病假."
    assert editor.field_error("code") == "Use lower-case letters, digits and _ only, such as home_leave."
    assert editor.field_invalid("name") and editor.field_invalid("code")
    assert editor.field_error_label("code").isVisible()
    assert not editor.field_error("name_en") and not editor.field_invalid("name_en")
    assert editor.focusWidget() is editor.name  # the first problem

    replace_text(qtbot, editor.name, "探亲假")
    assert not editor.field_error("name") and not editor.field_invalid("name")  # gone as soon as typed
    assert editor.field_invalid("code")
    replace_text(qtbot, editor.code, "home_visit")
    assert not editor.field_invalid("code")
    click(qtbot, editor.save_button)

    assert closed(editor) and dialog.editor is None and changed == [True]
    assert dialog.model.rowCount() == 11
    assert cells(dialog, 10) == ["探亲假", "home visit leave", "home_visit", "no", "not used yet"]
    assert dialog.selected().code == "home_visit"
    assert "home_visit" in [k.code for k in leave.kinds()]
    qtmodeltester.check(dialog.model)


def test_change_a_kind_from_the_keyboard(qtbot, admin):
    dialog = open_kinds(qtbot, admin)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)  # 病假
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    editor = dialog.editor
    assert isinstance(editor, KindDialog) and editor.code.text() == "sick"
    replace_text(qtbot, editor.name_en, "sick leave (with a note)")
    qtbot.keyClick(editor.name_en, Qt.Key.Key_Return)
    assert dialog.editor is None
    assert cells(dialog, 1)[:2] == ["病假", "sick leave (with a note)"]
    assert dialog.selected().code == "sick"


def test_retire_one_and_restore_it(qtbot, admin, messages):
    dialog = open_kinds(qtbot, admin)
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    click_row(qtbot, dialog, "婚假")

    messages.answer = False  # thought better of it
    click(qtbot, dialog.retire_button)
    assert len(messages.questions) == 1 and "Retire 婚假?" in messages.questions[0]
    assert not LeaveKind.get(LeaveKind.code == "marriage").retired and not changed

    messages.answer = True
    click(qtbot, dialog.retire_button)
    assert LeaveKind.get(LeaveKind.code == "marriage").retired and changed == [True]
    row = dialog.model.row_of(dialog.selected().id)
    assert dialog.selected().name == "婚假"
    assert dialog.model.data(dialog.model.index(row, COL_STATE)) == "retired"
    assert dialog.model.data(dialog.model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert not dialog.retire_button.isEnabled() and dialog.restore_button.isEnabled()
    assert "marriage" not in [k.code for k in leave.kinds()]

    click(qtbot, dialog.restore_button)
    assert not LeaveKind.get(LeaveKind.code == "marriage").retired
    assert dialog.retire_button.isEnabled() and not dialog.restore_button.isEnabled()
    assert not messages.errors


def test_the_outing_cannot_be_retired(qtbot, admin, messages):
    dialog = open_kinds(qtbot, admin)
    click_row(qtbot, dialog, "临时外出")
    click(qtbot, dialog.retire_button)
    assert len(messages.errors) == 1 and isinstance(messages.errors[0], ValidationError)
    assert "temporary outing cannot be retired" in str(messages.errors[0])
    assert not LeaveKind.get(LeaveKind.code == "outing").retired


def test_only_the_administrator_sees_the_menu_item(qtbot, sessions, store):
    officer = open_window(qtbot, sessions["officer"], store)
    assert officer.admin_menu is None
    assert not any(
        "Leave &kinds…" == a.text() for m in officer.menuBar().actions() for a in m.menu().actions()
    )
    assert officer.open_leave_kinds() is None

    window = open_window(qtbot, sessions["admin"], store)
    click_menu_item(qtbot, window, window.admin_menu, window.leave_kinds_action)
    qtbot.waitUntil(lambda: isinstance(window._dialog, LeaveKindsDialog))
    assert window._dialog.model.rowCount() == 10
    window._dialog.close()


def test_an_officer_reading_the_list_changes_nothing(qtbot, officer):
    dialog = open_kinds(qtbot, officer)
    assert dialog.model.rowCount() == 10
    assert not dialog.add_button.isVisible() and not dialog.retire_button.isVisible()
    assert dialog.add_kind() is None and dialog.edit_kind() is None
