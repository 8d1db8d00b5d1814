"""Recording a finding on the duty leader's round, fast enough to do standing at a window.

Type the window number ("05") or the person's pinyin ("zs") and Enter, press
the category's key (shown beside the field), optionally Tab to a note or a
photo, and Enter records it. ``ReasonDialog`` asks for the reason of a void
or a reopening and runs the action itself, so a refusal shows in the dialog.
``PhotoDialog`` shows a finding's photo and saves it elsewhere.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import inspections
from app.auth import Session
from app.errors import HallDeskError, ValidationError
from ui import common
from ui.leave_balances import action_button
from ui.staff_picker import StaffPicker, person_text

MAX_NOTE = 500


def choose_photo_file(parent: QWidget | None) -> str:
    """Ask for a photo to keep with a finding; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("InspectionBar", "Photo of the finding"),
        "",
        QCoreApplication.translate("InspectionBar", "Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.webp)"),
    )
    return path


def choose_photo_save_path(parent: QWidget | None, suggested: str) -> str:
    """Ask where to save a finding's photo; "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PhotoDialog", "Save the photo"), suggested
    )
    return path


class PhotoDialog(QDialog):
    """A finding's photo, scaled down to fit the dialog, with its file name and Save as…."""

    def __init__(self, name: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.data = data
        self.setWindowTitle(self.tr("Photo of the finding"))
        self.pixmap = QPixmap()
        self.pixmap.loadFromData(data)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(160, 120)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        if self.pixmap.isNull():
            self.image.setText(self.tr("The photo cannot be shown; it can still be saved."))
        self.name_label = QLabel(name, self)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Save as…"), self)
        self.save_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.name_label, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addLayout(row)
        screen = self.screen().availableGeometry().size() * 0.8 if self.screen() else None
        width, height = self.pixmap.width() + 24, self.pixmap.height() + 60
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(max(width, 420), max(height, 300))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The photo at its own size, or smaller to fit, never enlarged."""
        if self.pixmap.isNull():
            return
        room = self.image.size()
        if self.pixmap.width() <= room.width() and self.pixmap.height() <= room.height():
            self.image.setPixmap(self.pixmap)
        else:
            self.image.setPixmap(
                self.pixmap.scaled(
                    room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )

    def save_as(self) -> bool:
        path = choose_photo_save_path(self, self.name)
        if not path:
            return False
        try:
            with open(path, "wb") as out:
                out.write(self.data)
        except OSError as err:
            reason = err.strerror or str(err)
            message = self.tr("The photo could not be saved to {path}: {reason}.").format(
                path=path, reason=reason
            )
            common.show_error(self, HallDeskError(message))
            return False
        return True


class _Everyone(QSortFilterProxyModel):
    """Shows every line: the search itself is ``app.inspections.find_person``."""

    def set_query(self, text: str) -> None:
        """Nothing to filter: the rows are already what was found."""

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        return True


class FoundPersonPicker(StaffPicker):
    """A person field that asks ``app.inspections.find_person``: a window number ("05") or pinyin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matching = _Everyone(self)
        self._matching.setSourceModel(self._choices)
        self.completer_.setModel(self._matching)
        self.setPlaceholderText(self.tr("Window (05) or pinyin (zs)"))

    def _edited(self, text: str) -> None:
        self.set_rows(inspections.find_person(text) if text.strip() else [])
        super()._edited("")
        if text.strip() and self._matching.rowCount():
            self.completer_.complete()
            self.popup().setCurrentIndex(self.completer_.completionModel().index(0, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not self.popup().isVisible():
            if self._chosen is None and self.text().strip():
                self._edited(self.text())
                event.accept()
                return
        super().keyPressEvent(event)


class InspectionBar(QWidget):
    """Time, person, category key, note, photo — and Enter records the finding.

    Signals ``recorded(str)`` with what to tell the user (and the warning, if any).
    """

    recorded = Signal(str)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock or dt.datetime.now
        self.day = self.clock().date()
        self.photo_path = ""
        self.last_warning = ""
        self._categories: list[Any] = []
        self._category: Any = None

        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setToolTip(self.tr("When it was seen"))
        self.person = FoundPersonPicker(self)
        self.person.setAccessibleName(self.tr("Window or person"))
        person_label = QLabel(self.tr("&Who:"), self)
        person_label.setBuddy(self.person)
        self.key = QLineEdit(self)
        self.key.setMaxLength(1)
        self.key.setFixedWidth(self.fontMetrics().horizontalAdvance("MM") + 16)
        self.key.setToolTip(self.tr("The category's key, as listed below"))
        self.key.setAccessibleName(self.tr("Category key"))
        key_label = QLabel(self.tr("&Key:"), self)
        key_label.setBuddy(self.key)
        self.category_label = QLabel(self)
        self.category_label.setObjectName("inspectionCategory")
        self.category_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("未执行首问负责制") + 8)
        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        self.photo_button = action_button(self, self.tr("P&hoto…"), self.tr("Keep a photo with the finding"))
        self.record_button = action_button(self, self.tr("&Record"), self.tr("Record the finding (Enter)"))
        self.keys_label = QLabel(self)
        self.keys_label.setObjectName("inspectionKeys")
        self.keys_label.setWordWrap(True)
        self.keys_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setObjectName("inspectionMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.time_edit)
        line.addWidget(person_label)
        line.addWidget(self.person, 1)
        line.addWidget(key_label)
        line.addWidget(self.key)
        line.addWidget(self.category_label)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(note_label)
        second.addWidget(self.note, 1)
        second.addWidget(self.photo_button)
        second.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addLayout(second)
        layout.addWidget(self.keys_label)
        layout.addWidget(self.message)

        self.key.textEdited.connect(self._key_typed)
        self.person.picked.connect(lambda _row: self._say(""))
        self.photo_button.clicked.connect(self.choose_photo)
        self.record_button.clicked.connect(self.record)
        for field in (self.key, self.note, self.time_edit):
            field.installEventFilter(self)
        self.setTabOrder(self.time_edit, self.person)
        self.setTabOrder(self.person, self.key)
        self.setTabOrder(self.key, self.note)
        self.setTabOrder(self.note, self.photo_button)
        self.setTabOrder(self.photo_button, self.record_button)
        self.load_categories()

    # -- contents

    def load_categories(self) -> None:
        self._categories = [c for c in inspections.categories() if c.key]
        parts = []
        for c in self._categories:
            parts.append(f"<b>{c.key}</b> {html.escape(inspections.category_label(c))}")
        self.keys_label.setText(self.tr("Keys: ") + " · ".join(parts))
        self.keys_label.setToolTip("\n".join(f"{c.key}  {c.name}  {c.name_en}" for c in self._categories))

    def has_input(self) -> bool:
        """Whether a finding is being typed (a person, a key, a note or a photo chosen)."""
        typed = (self.person.text(), self.key.text(), self.note.text())
        return any(t.strip() for t in typed) or bool(self.photo_path)

    def set_day(self, day: dt.date, editable: bool) -> None:
        """The day findings are recorded for; ``editable`` False (a closed or foreign day) locks the bar."""
        self.day = day
        now = self.clock()
        self.time_edit.setTime(QTime(now.hour, now.minute))
        for widget in (
            self.time_edit,
            self.person,
            self.key,
            self.note,
            self.photo_button,
            self.record_button,
        ):
            widget.setEnabled(editable)

    def category(self) -> Any:
        return self._category

    def _key_typed(self, text: str) -> None:
        key = text.strip().lower()
        self._category = next((c for c in self._categories if c.key.lower() == key), None) if key else None
        if self._category is not None:
            self.category_label.setText(inspections.category_label(self._category))
            self.category_label.setToolTip(f"{self._category.name} {self._category.name_en}".strip())
            self._say("")
        else:
            self.category_label.setText(self.tr("no such key") if key else "")
            self.category_label.setToolTip("")

    def choose_photo(self) -> None:
        path = choose_photo_file(self)
        if path:
            self.photo_path = path
            self.photo_button.setText(self.tr("P&hoto ✓"))
            self.photo_button.setToolTip(path)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == event.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.record()
                return True
        return super().eventFilter(watched, event)

    # -- recording

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("QLabel#inspectionMessage { color: #c62828; }" if error else "")

    def record(self) -> bool:
        """Record what the bar holds; True when it was recorded."""
        if not self.record_button.isEnabled():
            return False
        self.person.settle()
        person = self.person.chosen()
        if person is None and self.person.text().strip():
            self._say(
                self.tr("No one found for “{text}”: type a window number or pinyin.").format(
                    text=self.person.text().strip()
                ),
                error=True,
            )
            self.person.setFocus()
            return False
        if self._category is None:
            self._say(self.tr("Press the key of a category (listed below)."), error=True)
            self.key.setFocus()
            self.key.selectAll()
            return False
        time = self.time_edit.time()
        at = dt.datetime.combine(self.day, dt.time(time.hour(), time.minute()))
        try:
            _inspection, warning = inspections.record(
                self.session,
                at,
                self._category.id,
                window_id=person.window_id if person else None,
                staff_id=person.id if person else None,
                note=self.note.text().strip(),
                photo_path=self.photo_path or None,
                now=self.clock(),
            )
        except HallDeskError as err:
            if isinstance(err, ValidationError):
                self._say("\n".join(p.message for p in err.problems), error=True)
            else:
                self._say(str(err), error=True)
            return False
        who = person_text(person) if person else self.tr("the hall")
        said = self.tr("Recorded at {time}: {category}, {who}.").format(
            time=at.strftime("%H:%M"), category=inspections.category_label(self._category), who=who
        )
        self.last_warning = str(warning) if warning else ""
        if warning:
            said += " " + self.tr("Warning: {warning}").format(warning=warning)
        self._clear()
        self._say(said, error=False)
        if warning:
            self.message.setStyleSheet("QLabel#inspectionMessage { font-weight: bold; }")
        self.recorded.emit(said)
        return True

    def _clear(self) -> None:
        self.person.set_chosen(None)
        self.person.set_rows([])
        self.key.clear()
        self._category = None
        self.category_label.clear()
        self.note.clear()
        self.photo_path = ""
        self.photo_button.setText(self.tr("P&hoto…"))
        self.photo_button.setToolTip(self.tr("Keep a photo with the finding"))
        if self.day == self.clock().date():
            now = self.clock()
            self.time_edit.setTime(QTime(now.hour, now.minute))
        self.person.setFocus()


class ReasonDialog(QDialog):
    """Asks for a reason and runs ``action(reason)``; a refusal shows here and the dialog stays."""

    def __init__(
        self, title: str, prompt: str, action: Callable[[str], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.action = action
        self.result_value: Any = None
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(MAX_NOTE)
        self.prompt.setBuddy(self.reason)
        self.error = QLabel(self)
        self.error.setObjectName("reasonError")
        self.error.setStyleSheet("QLabel#reasonError { color: #c62828; }")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def run(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.error.setText(self.tr("Say why."))
            return
        try:
            self.result_value = self.action(reason)
        except HallDeskError as err:
            if isinstance(err, ValidationError):
                self.error.setText("\n".join(p.message for p in err.problems))
            else:
                self.error.setText(str(err))
            return
        self.accept()
