"""File → Verify a notice…: is this PDF a notice the hall issued, unchanged and still in force?

``verify_notice(parent)`` asks for the file, runs ``app.notices.verify_file``
and shows the verdict: an information box for a genuine notice, a warning
for an altered, revoked or unknown file, with its number, title and why.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import notices
from app.errors import HallDeskError
from app.notices import Verdict
from ui import common

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

log = logging.getLogger(__name__)


# -- A small module-level function around a modal Qt dialog (tests replace it).


def choose_notice_file(parent: QWidget | None) -> str:
    """Ask for the PDF to verify; "" when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("NoticeVerify", "Verify a notice"),
        str(Path(folder)),
        translate("NoticeVerify", "PDF document (*.pdf);;All files (*)"),
    )
    return path


def verdict_box(parent: QWidget | None, verdict: Verdict, file_name: str = "") -> QMessageBox:
    """The verdict in a message box (opened, not run): information when genuine, a warning otherwise."""
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowTitle(translate("NoticeVerify", "Verify a notice"))
    genuine = verdict.status == notices.GENUINE
    box.setIcon(QMessageBox.Icon.Information if genuine else QMessageBox.Icon.Warning)
    headline = {
        notices.GENUINE: translate("NoticeVerify", "Genuine: this is a notice the hall issued, unchanged."),
        notices.ALTERED: translate("NoticeVerify", "Altered: this file is not the notice the hall issued."),
        notices.REVOKED: translate(
            "NoticeVerify", "Revoked: the hall issued this notice but it is no longer in force."
        ),
        notices.UNKNOWN: translate("NoticeVerify", "Unknown: the hall has no record of this file."),
    }.get(verdict.status, verdict.label)
    box.setText(headline)
    lines = []
    if file_name:
        lines.append(translate("NoticeVerify", "File: {name}").format(name=file_name))
    if verdict.notice_no:
        lines.append(translate("NoticeVerify", "Notice number: {no}").format(no=verdict.notice_no))
    if verdict.title:
        lines.append(translate("NoticeVerify", "Title: {title}").format(title=verdict.title))
    if verdict.message:
        lines += ["", verdict.message]
    box.setInformativeText("\n".join(lines))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def verify_notice(parent: QWidget | None) -> QMessageBox | None:
    """Ask for a PDF, verify it and show the verdict; None when cancelled or the file could not be read."""
    path = choose_notice_file(parent)
    if not path:
        return None
    try:
        verdict = notices.verify_file(path)
    except HallDeskError as err:
        common.show_error(parent, err)
        return None
    except Exception as err:  # a damaged file the PDF reader chokes on: a message, never a traceback
        log.exception("verifying %s failed", path)
        text = translate("NoticeVerify", "{file} could not be checked: {error}").format(
            file=Path(path).name, error=err
        )
        common.show_error(parent, HallDeskError(text))
        return None
    return verdict_box(parent, verdict, Path(path).name)
