"""The administrator's sanction rules: the list, a ladder rule, R8's threshold, errors beside the
fields, a conflict with a reload, retiring and restoring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from app import sanction_rules
from app.sanction_rules import CRITICISM, EARLY, INELIGIBLE, LATE, OFF_POST, WARNING, YEAR
from tests.gui.helpers import click_menu_item, closed, ime_commit, replace_text, type_text
from ui.main_window import MainWindow
from ui.sanction_rules_dialog import COL_STATE, RuleDialog, SanctionRulesDialog


@pytest.fixture(autouse=True)
def messages(messages):
    return messages


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:
    """Click a check box or a radio button where its indicator is."""
    assert box.isVisible() and box.isEnabled(), box.text()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.height() // 2, box.height() // 2))


def open_rules(qtbot, session) -> SanctionRulesDialog:
    dialog = SanctionRulesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_row(qtbot, dialog: SanctionRulesDialog, code: str) -> None:
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).code == code)
    rect = dialog.view.visualRect(dialog.model.index(row, 0))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected().code == code


def cells(dialog: SanctionRulesDialog, row: int) -> list[str]:
    return [dialog.model.data(dialog.model.index(row, c)) for c in range(dialog.model.columnCount())]


def stored(code: str) -> sanction_rules.Rule:
    return next(r for r in sanction_rules.rules(include_retired=True) if r.code == code)


def choose(combo, data) -> None:
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(data))


def test_the_list_shows_the_default_rules(qtbot, qtmodeltester, admin):
    dialog = open_rules(qtbot, admin)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Name",
        "Over",
        "Counts",
        "From",
        "Leads to",
        "State",
    ]
    assert cells(dialog, 0) == [
        "2 or more in one week",
        "ISO week",
        "late, early leave, off post, absent, findings of counting categories",
        "2 or more",
        "public criticism",
        "in use",
    ]
    assert cells(dialog, 1)[3:5] == ["3 or more", "loss of year-end award eligibility"]
    assert dialog.selected().code == "r8_criticism"
    assert dialog.edit_button.isEnabled() and dialog.retire_button.isEnabled()
    assert not dialog.restore_button.isEnabled()


def test_add_a_ladder_rule_two_criticisms_in_a_year_lead_to_a_warning(qtbot, qtmodeltester, admin):
    dialog = open_rules(qtbot, admin)
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    click(qtbot, dialog.add_button)
    editor = dialog.editor
    assert isinstance(editor, RuleDialog) and editor.focusWidget() is editor.code
    # A new rule starts from nothing: no flags, exactly no categories, no earlier entries.
    assert not any(c.isChecked() for c in editor.flag_checks.values())
    assert editor.categories_exactly.isChecked() and editor.chosen_categories() == []

    type_text(qtbot, editor.code, "ladder_warning")
    editor.name.setFocus()
    ime_commit(editor.name, "一年内两次通报批评")
    type_text(qtbot, editor.name_en, "two public criticisms in a year")
    choose(editor.period, YEAR)
    tick(qtbot, editor.kind_checks[CRITICISM])
    assert editor.threshold.value() == 2
    choose(editor.kind, WARNING)
    editor.clause.setFocus()
    ime_commit(editor.clause, "一年内受到两次通报批评的，给予警告。")
    click(qtbot, editor.save_button)

    assert closed(editor) and dialog.editor is None and changed == [True]
    assert dialog.model.rowCount() == 3
    assert dialog.selected().code == "ladder_warning"
    assert cells(dialog, 2) == [
        "two public criticisms in a year",
        "year",
        "public criticism",
        "2 or more",
        "warning",
        "in use",
    ]
    rule = stored("ladder_warning")
    assert (rule.name, rule.window, rule.flags, rule.categories) == ("一年内两次通报批评", YEAR, (), ())
    assert (rule.sanction_kinds, rule.threshold, rule.kind) == ((CRITICISM,), 2, WARNING)
    assert rule.clause == "一年内受到两次通报批评的，给予警告。"
    qtmodeltester.check(dialog.model)


def test_change_the_threshold_of_the_default_rule(qtbot, admin):
    dialog = open_rules(qtbot, admin)
    click_row(qtbot, dialog, "r8_criticism")
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    editor = dialog.editor
    assert isinstance(editor, RuleDialog) and editor.windowTitle() == "Change a sanction rule"
    assert editor.code.text() == "r8_criticism" and editor.threshold.value() == 2
    assert editor.chosen_flags() == ["LATE", "EARLY", "OFF_POST", "ABSENT"]  # in the rule's own order
    # "The categories marked as counting": shown ticked (off post counts by default) and greyed.
    assert editor.categories_counting.isChecked() and not editor.categories_grid_box.isEnabled()
    assert editor.category_checks["off_post"].isChecked() and not editor.category_checks["noise"].isChecked()
    assert "praise" not in editor.category_checks  # a commendation never counts toward a penalty

    editor.threshold.setFocus()
    editor.threshold.selectAll()
    qtbot.keyClicks(editor.threshold, "3")
    qtbot.keyClick(editor.threshold, Qt.Key.Key_Return)

    assert closed(editor)
    rule = stored("r8_criticism")
    assert rule.threshold == 3 and rule.categories is None and rule.kind == CRITICISM
    assert rule.version == 2
    assert cells(dialog, 0)[3] == "3 or more"


def test_exactly_these_categories(qtbot, admin):
    dialog = open_rules(qtbot, admin)
    editor = dialog.edit_rule()
    tick(qtbot, editor.categories_exactly)
    assert editor.categories_grid_box.isEnabled() and editor.chosen_categories() == []
    tick(qtbot, editor.category_checks["noise"])
    tick(qtbot, editor.category_checks["off_post"])
    assert editor.chosen_categories() == ["off_post", "noise"]
    tick(qtbot, editor.categories_counting)  # back: the counting ones are shown again ...
    assert editor.chosen_categories() is None and not editor.category_checks["noise"].isChecked()
    tick(qtbot, editor.categories_exactly)  # ... and the own choice comes back
    assert editor.chosen_categories() == ["off_post", "noise"]
    click(qtbot, editor.save_button)
    assert closed(editor)
    assert stored("r8_criticism").categories == ("off_post", "noise")

    again = dialog.edit_rule()
    assert again.categories_exactly.isChecked() and again.chosen_categories() == ["off_post", "noise"]
    again.reject()


def test_errors_show_beside_their_fields_and_go_when_corrected(qtbot, admin):
    dialog = open_rules(qtbot, admin)
    click(qtbot, dialog.add_button)
    editor = dialog.editor
    type_text(qtbot, editor.code, "r8_criticism")  # taken
    editor.name.setFocus()
    ime_commit(editor.name, "阶梯")
    click(qtbot, editor.save_button)  # counts nothing yet

    assert editor.isVisible() and dialog.model.rowCount() == 2
    assert editor.field_error("code") == "Another rule has the code r8_criticism."
    assert editor.field_error("flags") == "A rule must count something."
    assert editor.field_invalid("flags") and editor.field_error_label("flags").isVisible()
    assert not editor.field_error("name") and not editor.banner_text()
    assert editor.focusWidget() is editor.code

    replace_text(qtbot, editor.code, "ladder")
    assert not editor.field_error("code")  # gone as soon as typed
    tick(qtbot, editor.kind_checks[CRITICISM])
    assert not editor.field_error("flags")
    click(qtbot, editor.save_button)  # counts public criticisms and leads to one
    assert editor.field_error("sanction_kinds") == "A rule cannot count the kind it leads to."

    choose(editor.kind, INELIGIBLE)
    assert not editor.field_error("sanction_kinds")
    click(qtbot, editor.save_button)
    assert closed(editor)
    assert stored("ladder").kind == INELIGIBLE


def test_a_conflict_is_shown_with_a_reload(qtbot, admin):
    dialog = open_rules(qtbot, admin)
    editor = dialog.edit_rule()
    rule = stored("r8_criticism")
    sanction_rules.save_rule(  # someone else, meanwhile
        admin,
        rule.id,
        code=rule.code,
        name=rule.name,
        name_en=rule.name_en,
        window=rule.window,
        flags=[LATE, EARLY],
        categories=None,
        threshold=4,
        kind=rule.kind,
        clause=rule.clause,
        version=rule.version,
    )
    editor.threshold.setValue(5)
    click(qtbot, editor.save_button)
    assert editor.isVisible() and editor.reload_button.isVisible()
    text = editor.banner_text()
    assert "after you opened it" in text
    assert "Threshold: yours 5, saved now 4" in text
    assert "Attendance: yours late, early leave, off post, absent, saved now late, early leave" in text

    click(qtbot, editor.reload_button)
    assert not editor.banner_text()
    assert editor.threshold.value() == 4 and not editor.flag_checks[OFF_POST].isChecked()
    editor.threshold.setValue(5)
    click(qtbot, editor.save_button)
    assert closed(editor)
    assert stored("r8_criticism").threshold == 5


def test_retire_one_and_restore_it(qtbot, admin, messages):
    dialog = open_rules(qtbot, admin)
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    click_row(qtbot, dialog, "r8_ineligible")

    messages.answer = False
    click(qtbot, dialog.retire_button)
    assert len(messages.questions) == 1 and "Retire the rule 3 or more in one week?" in messages.questions[0]
    assert not stored("r8_ineligible").retired and not changed

    messages.answer = True
    click(qtbot, dialog.retire_button)
    assert stored("r8_ineligible").retired and changed == [True]
    assert [r.code for r in sanction_rules.rules()] == ["r8_criticism"]
    row = dialog.model.row_of(dialog.selected().id)
    assert dialog.model.data(dialog.model.index(row, COL_STATE)) == "retired"
    assert dialog.model.data(dialog.model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert not dialog.retire_button.isEnabled() and dialog.restore_button.isEnabled()

    click(qtbot, dialog.restore_button)
    assert not stored("r8_ineligible").retired and changed == [True, True]
    assert dialog.retire_button.isEnabled() and not dialog.restore_button.isEnabled()
    assert not messages.errors


def test_the_administration_menu_opens_the_rules(qtbot, sessions, store):
    officer = MainWindow(sessions["officer"], store, idle_ms=0, remember_geometry=False)
    qtbot.addWidget(officer)
    assert officer.open_sanction_rules() is None

    window = MainWindow(sessions["admin"], store, idle_ms=0, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    actions = window.admin_menu.actions()
    assert (
        actions.index(window.sanction_rules_action) == actions.index(window.inspection_categories_action) + 1
    )
    click_menu_item(qtbot, window, window.admin_menu, window.sanction_rules_action)
    qtbot.waitUntil(lambda: isinstance(window._dialog, SanctionRulesDialog))
    assert window._dialog.model.rowCount() == 2
    window._dialog.close()


def test_an_officer_reading_the_list_changes_nothing(qtbot, officer):
    dialog = open_rules(qtbot, officer)
    assert dialog.model.rowCount() == 2
    assert not dialog.add_button.isVisible() and not dialog.retire_button.isVisible()
    assert dialog.add_rule() is None and dialog.edit_rule() is None
