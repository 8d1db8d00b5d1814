"""Hall settings, the Notices group: the letterhead of notices, its live hints, the seal and
signature images, saved with the rest of the dialog."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from app import notices, settings
from tests.gui.helpers import ime_commit, replace_text
from ui import settings_dialog
from ui.settings_dialog import SettingsDialog

YEAR = dt.date.today().year


@pytest.fixture
def chooser(monkeypatch):
    """The image file dialog, answered with ``chooser.path``."""

    class Chooser:
        path = ""
        titles: list[str] = []

    def choose(parent, title):
        Chooser.titles.append(title)
        return Chooser.path

    Chooser.titles = []
    monkeypatch.setattr(settings_dialog, "choose_image_file", choose)
    return Chooser


def open_settings(qtbot, admin, store) -> SettingsDialog:
    dialog = SettingsDialog(admin, store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def png(tmp_path, name: str = "seal.png", size: int = 120) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(200, 0, 0, 160))
    path = tmp_path / name
    assert image.save(str(path), "PNG")
    return path.read_bytes()


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save(qtbot, dialog) -> None:
    click(qtbot, dialog.save_button)


def test_the_notice_settings_save_and_the_seal_preview_appears(qtbot, admin, store, tmp_path, chooser):
    data = png(tmp_path)
    dialog = open_settings(qtbot, admin, store)
    assert dialog.notice_edits["notice_addressee"].text() == "局属各单位、各窗口："  # the defaults
    assert dialog.notice_edits["notice_regulation"].text() == "窗口工作人员管理制度"
    assert "notices cannot be issued without a prefix" in dialog.notice_example.text()
    assert dialog.image_previews["seal_image"].text() == "none"
    assert not dialog.image_remove_buttons["seal_image"].isEnabled()

    dialog.notice_prefix.setFocus()
    ime_commit(dialog.notice_prefix, "新人社窗")
    assert dialog.notice_example.text() == f"Numbers read: 新人社窗〔{YEAR}〕1号"
    assert dialog.notice_header.placeholderText() == "<issuing body>文件"
    dialog.notice_issuer.setFocus()
    ime_commit(dialog.notice_issuer, "新县人力资源和社会保障局")
    assert dialog.notice_header.placeholderText() == "新县人力资源和社会保障局文件"
    assert dialog.notice_edits["notice_printed_by"].placeholderText() == "新县人力资源和社会保障局办公室"
    replace_text(qtbot, dialog.notice_edits["notice_addressee"], "")
    ime_commit(dialog.notice_edits["notice_addressee"], "局属各单位：")

    chooser.path = str(tmp_path / "seal.png")
    click(qtbot, dialog.image_choose_buttons["seal_image"])
    assert chooser.titles == ["Choose the seal image"]
    preview = dialog.image_previews["seal_image"].pixmap()
    assert not preview.isNull() and preview.height() <= dialog.image_previews["seal_image"].height()
    assert dialog.image_remove_buttons["seal_image"].isEnabled()
    assert dialog.image_previews["signature_image"].text() == "none"
    assert settings.get("seal_image") == ""  # only Save stores it

    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert settings.get("notice_prefix") == "新人社窗"
    assert settings.get("notice_issuer") == "新县人力资源和社会保障局"
    assert settings.get("notice_addressee") == "局属各单位："
    assert settings.get("notice_header") == ""  # the default: the issuer followed by 文件
    assert settings.get("seal_image") == base64.b64encode(data).decode("ascii")
    head = notices.letterhead()
    assert (
        head.header == "新县人力资源和社会保障局文件" and head.seal_png == data and head.signature_png is None
    )

    again = open_settings(qtbot, admin, store)
    assert not again.image_previews["seal_image"].pixmap().isNull()
    assert again.notice_example.text() == f"Numbers read: 新人社窗〔{YEAR}〕1号"


def test_a_wrong_prefix_shows_beside_it_and_nothing_is_saved(qtbot, admin, store):
    dialog = open_settings(qtbot, admin, store)
    ime_commit(dialog.hall_name, "新县")
    dialog.notice_prefix.setFocus()
    ime_commit(dialog.notice_prefix, "新人社窗〔2026〕")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["notice_prefix"].text() == (
        "Enter the prefix alone, such as 新人社窗; the year and number are added."
    )
    assert dialog.focusWidget() is dialog.notice_prefix
    assert settings.get("notice_prefix") == "" and settings.get("hall_name") == "服务大厅"  # all or nothing

    replace_text(qtbot, dialog.notice_prefix, "")
    assert not dialog.errors["notice_prefix"].isVisible()
    ime_commit(dialog.notice_prefix, "新人社窗")
    save(qtbot, dialog)
    assert not dialog.isVisible() and settings.get("notice_prefix") == "新人社窗"


def test_a_file_that_is_not_a_png_is_refused_beside_the_image(qtbot, admin, store, tmp_path, chooser):
    bad = tmp_path / "signature.png"
    bad.write_bytes(b"GIF89a not really an image")
    dialog = open_settings(qtbot, admin, store)
    chooser.path = str(bad)
    click(qtbot, dialog.image_choose_buttons["signature_image"])
    assert dialog.errors["signature_image"].isVisible()
    assert "Choose a PNG image of at most 2 MB" in dialog.errors["signature_image"].text()
    assert dialog.image_previews["signature_image"].text() == "none"
    chooser.path = ""  # cancelled: nothing changes
    click(qtbot, dialog.image_choose_buttons["signature_image"])
    save(qtbot, dialog)
    assert settings.get("signature_image") == ""


def test_remove_an_image(qtbot, admin, store, tmp_path):
    data = png(tmp_path, "signature.png", 40)
    settings.put(admin, "signature_image", base64.b64encode(data).decode("ascii"))
    dialog = open_settings(qtbot, admin, store)
    assert not dialog.image_previews["signature_image"].pixmap().isNull()
    click(qtbot, dialog.image_remove_buttons["signature_image"])
    assert dialog.image_previews["signature_image"].text() == "none"
    assert not dialog.image_remove_buttons["signature_image"].isEnabled()
    assert settings.get("signature_image")  # until saved
    save(qtbot, dialog)
    assert settings.get("signature_image") == ""
