"""A PDF shown in the window before it goes to paper: preview (QtPdf), Print… and Save as….

``available()`` says whether QtPdf is installed; without it a caller saves
the PDF straight to a file the user chooses (``choose_pdf_path``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import HallDeskError
from ui import common

RENDER_DPI = 300  # pages go to the printer as images this sharp (finer costs memory, not quality)


def available() -> bool:
    """QtPdf (the preview) is installed."""
    try:
        from PySide6.QtPdf import QPdfDocument  # noqa: F401
        from PySide6.QtPdfWidgets import QPdfView  # noqa: F401
    except ImportError:
        return False
    return True


# -- Small module-level functions around modal Qt dialogs (tests replace them).


def choose_pdf_path(parent: QWidget | None, suggested: str) -> str:
    """Ask where to save a PDF; "" when cancelled. A name without .pdf gets it."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PdfPreview", "Save as PDF"),
        str(Path(folder) / suggested),
        QCoreApplication.translate("PdfPreview", "PDF document (*.pdf)"),
    )
    if path and Path(path).suffix.lower() != ".pdf":
        path += ".pdf"
    return path


def ask_printer(parent: QWidget | None, printer) -> bool:
    """The system's print dialog for ``printer``; True when the user chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_document(document, printer) -> int:
    """Draw each page of a loaded ``QPdfDocument`` on ``printer``, fitted to the page; the page count."""
    painter = QPainter()
    if not painter.begin(printer):
        raise HallDeskError(QCoreApplication.translate("PdfPreview", "The printer could not be started."))
    try:
        area = painter.viewport()
        dpi = min(printer.resolution(), RENDER_DPI)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi)))
            image = document.render(page, size)
            fitted = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                area.x() + (area.width() - fitted.width()) // 2,
                area.y() + (area.height() - fitted.height()) // 2,
                fitted.width(),
                fitted.height(),
            )
            painter.drawImage(target, image)
        return document.pageCount()
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    """Shows the PDF at ``path``; Print… sends it to a printer, Save as… copies it where the user says."""

    def __init__(self, path: str, title: str, suggested_name: str, parent: QWidget | None = None) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.path = path
        self.suggested_name = suggested_name
        self.saved_to = ""
        self.setWindowTitle(title)

        self.document = QPdfDocument(self)
        self.document.load(path)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setMinimumSize(520, 640)

        self.note = QLabel(self)
        self.note.setObjectName("previewNote")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton(
            self.tr("&Save as…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_as)
        self.buttons.rejected.connect(self.reject)
        shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        shortcut.activated.connect(self.print_pdf)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(760, min(900, screen.height() - 60) if screen is not None else 900)

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_pdf(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        printer.setFullPage(True)
        if not ask_printer(self, printer):
            return
        try:
            pages = print_document(self.document, printer)
        except HallDeskError as err:
            common.show_error(self, err)
            return
        self.note.setText(
            self.tr("{pages} page(s) sent to {printer}.").format(
                pages=pages, printer=printer.printerName() or printer.outputFileName()
            )
        )

    def save_as(self) -> None:
        target = choose_pdf_path(self, self.suggested_name)
        if not target:
            return
        try:
            shutil.copyfile(self.path, target)
        except OSError as err:
            common.show_error(
                self,
                HallDeskError(
                    self.tr("The PDF could not be saved to {path}: {error}").format(
                        path=target, error=err.strerror or err
                    )
                ),
            )
            return
        self.saved_to = target
        self.note.setText(self.tr("Saved to {path}.").format(path=target))
