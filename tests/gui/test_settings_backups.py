"""Hall settings ▸ This PC: where backups go and how long they are kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import backup, config
from ui.settings_dialog import SettingsDialog


def open_dialog(qtbot, admin, store) -> SettingsDialog:
    dialog = SettingsDialog(admin, store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.sqlite_only
def test_a_usb_stick_folder_and_sixty_days_are_saved(qtbot, admin, store, tmp_path, monkeypatch):
    stick = tmp_path / "U盘" / "大厅备份"
    dialog = open_dialog(qtbot, admin, store)
    assert dialog.backup_folder.text() == "" and dialog.keep_days.value() == 30
    assert dialog.backup_folder.placeholderText() == str(config.data_dir() / "backups")
    monkeypatch.setattr("ui.settings_dialog.choose_backup_folder", lambda parent, start: str(stick))
    qtbot.mouseClick(dialog.backup_browse_button, Qt.MouseButton.LeftButton)
    dialog.keep_days.setValue(60)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert backup.folder() == stick and stick.is_dir() and backup.keep_days() == 60
    assert backup.backup_now().parent == stick  # the next copy goes there


@pytest.mark.sqlite_only
def test_a_folder_that_cannot_be_written_is_refused_and_nothing_is_saved(qtbot, admin, store, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    dialog = open_dialog(qtbot, admin, store)
    dialog.backup_folder.setText(str(blocked / "backups"))
    dialog.hall_name.setText("新县政务服务大厅")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "cannot be written" in dialog.errors["backup_folder"].text()
    assert "backup_folder" not in config.load()
    from app import settings

    assert settings.get("hall_name") != "新县政务服务大厅"  # nothing saved, here or in the database


def test_on_postgresql_the_backup_fields_say_where_backups_are_made(qtbot, admin, store, engine):
    dialog = open_dialog(qtbot, admin, store)
    on_server = engine == "postgresql"
    assert dialog.backup_folder.isEnabled() is not on_server
    assert dialog.keep_days.isEnabled() is not on_server
    if on_server:
        assert "pg_dump" in dialog.keep_days.toolTip()


def test_each_this_pc_label_takes_the_keyboard_to_its_field(qtbot, admin, store):
    """Alt+D, Alt+K and Alt+P reach the field itself, not the row holding it and its Browse… button."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    dialog = open_dialog(qtbot, admin, store)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    for key, field in (
        (Qt.Key.Key_K, dialog.backup_folder),
        (Qt.Key.Key_D, dialog.database),
        (Qt.Key.Key_P, dialog.keep_days),
    ):
        if not field.isEnabled():  # PostgreSQL: no backup fields to reach
            continue
        QTest.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        focused = QApplication.focusWidget()
        assert focused is field or focused.parent() is field, key
