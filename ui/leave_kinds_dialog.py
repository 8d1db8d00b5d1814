"""The kinds of leave (请假类别), for the administrator: add, rename, retire and restore.

Every check lives in ``app.leave`` (``save_kind``, ``retire_kind``,
``restore_kind``); the form shows its problems beside the fields. A retired kind
stays on the slips that have it and is no longer offered for new ones.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from app import leave_kinds
from app.auth import Session
from app.leave_kinds import KindRow
from ui.record_list_dialog import RecordListDialog, RetirableRowsModel
from ui.schedule_dialog import widen_errors
from ui.staff_dialog import FormDialog

COL_NAME, COL_NAME_EN, COL_CODE, COL_OUTING, COL_STATE = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("LeaveKindsModel", "Chinese name"),
    QT_TRANSLATE_NOOP("LeaveKindsModel", "English name"),
    QT_TRANSLATE_NOOP("LeaveKindsModel", "Code"),
    QT_TRANSLATE_NOOP("LeaveKindsModel", "Outing"),
    QT_TRANSLATE_NOOP("LeaveKindsModel", "State"),
)
HEADER_TIPS = {
    COL_NAME: QT_TRANSLATE_NOOP("LeaveKindsModel", "The Chinese name, printed on the slips"),
    COL_CODE: QT_TRANSLATE_NOOP("LeaveKindsModel", "The short key files of old slips may use for the kind"),
    COL_OUTING: QT_TRANSLATE_NOOP(
        "LeaveKindsModel", "An outing is recorded by clock time within one day; leave by days and sessions"
    ),
}


def state_text(row: KindRow) -> str:
    """ "retired", "in use (slips: 3)" or "not used yet"."""
    if row.retired:
        return QCoreApplication.translate("LeaveKindsModel", "retired")
    if row.slips:
        return QCoreApplication.translate("LeaveKindsModel", "in use (slips: {n})").format(n=row.slips)
    return QCoreApplication.translate("LeaveKindsModel", "not used yet")


class LeaveKindsModel(RetirableRowsModel):
    """Every kind, retired ones included, one row each; ``ROW_ROLE`` returns the KindRow."""

    CONTEXT = "LeaveKindsModel"
    HEADERS = HEADERS
    HEADER_TIPS = HEADER_TIPS

    def display(self, row: KindRow, col: int) -> Any:
        if col == COL_NAME:
            return row.name
        if col == COL_NAME_EN:
            return row.name_en
        if col == COL_CODE:
            return row.code
        if col == COL_OUTING:
            return (
                QCoreApplication.translate("LeaveKindsModel", "yes")
                if row.outing
                else QCoreApplication.translate("LeaveKindsModel", "no")
            )
        if col == COL_STATE:
            return state_text(row)
        return None


class KindsView(QTableView):
    """The list of kinds; Enter signals ``edit_key`` and keeps the key (so that it does not
    also press the default button of the editor it opens)."""

    edit_key = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            event.accept()
            self.edit_key.emit()
            return
        super().keyPressEvent(event)


class KindDialog(FormDialog):
    """Add a kind (``kind=None``) or change one."""

    saved = Signal(int)
    can_reload = True

    def __init__(self, session: Session, kind: KindRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind_id = kind.id if kind else None
        self._version: int | None = None
        self.setWindowTitle(
            self.tr("Add a kind of leave") if kind is None else self.tr("Change a kind of leave")
        )
        self.setMinimumWidth(460)

        self.name = QLineEdit(self)
        self.name.setMaxLength(leave_kinds.MAX_KIND_NAME)
        self.name.setPlaceholderText(self.tr("e.g. 探亲假"))
        self.name_en = QLineEdit(self)
        self.name_en.setMaxLength(leave_kinds.MAX_KIND_NAME_EN)
        self.name_en.setPlaceholderText(self.tr("e.g. home visit leave"))
        self.code = QLineEdit(self)
        self.code.setMaxLength(leave_kinds.MAX_KIND_CODE)
        self.code.setPlaceholderText(self.tr("e.g. home_visit"))
        self.outing = QCheckBox(self.tr("By clock time within one day, like the temporary outing"), self)

        self.add_field("name", self.tr("&Chinese name:"), self.name)
        self.add_field("name_en", self.tr("&English name:"), self.name_en)
        self.add_field("code", self.tr("Co&de:"), self.code)
        self.add_field("outing", self.tr("&Outing:"), self.outing)
        widen_errors(self)
        self.note = QLabel(
            self.tr(
                "The Chinese name is printed on the slips; the English name is shown to readers of "
                "English. The code is a short key (lower-case letters, digits and _) that files of "
                "old slips may use instead of the name."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.form.addRow(self.note)

        for name, edit in (("name", self.name), ("name_en", self.name_en), ("code", self.code)):
            edit.textEdited.connect(lambda _t, f=name: self.clear_field(f))
        self.outing.toggled.connect(lambda _on: self.clear_field("outing"))

        if kind is not None:
            self.load(kind)
        self.name.setFocus()

    def load(self, kind: KindRow) -> None:
        self.kind_id = kind.id
        self._version = kind.version
        self.name.setText(kind.name)
        self.name_en.setText(kind.name_en)
        self.code.setText(kind.code)
        self.outing.setChecked(kind.outing)

    def save(self) -> None:
        kind = leave_kinds.save_kind(
            self.session,
            self.kind_id,
            self.code.text(),
            self.name.text(),
            self.name_en.text(),
            self.outing.isChecked(),
            self._version,
        )
        self.kind_id = kind.id
        self.saved.emit(kind.id)

    def reload(self) -> None:
        if self.kind_id is not None:
            self.load(leave_kinds.kind_rows(self.kind_id)[0])


class LeaveKindsDialog(RecordListDialog):
    """The list of kinds and the administrator's actions on it.

    ``changed`` is emitted after each saved change, so that lists offering the
    kinds can read them again.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._build(
            model=LeaveKindsModel(self),
            view=KindsView(self),
            title=self.tr("Kinds of leave"),
            size=(820, 460),
            note=self.tr(
                "A retired kind stays on the slips that have it and is no longer offered for new slips. "
                "The temporary outing and at least one kind of leave always stay."
            ),
            button_texts=(
                self.tr("&Add kind…"),
                self.tr("&Change…"),
                self.tr("&Retire…"),
                self.tr("Re&store"),
                self.tr("Close"),
            ),
            load_rows=leave_kinds.kind_rows,
            editor_factory=KindDialog,
            retire=leave_kinds.retire_kind,
            restore=leave_kinds.restore_kind,
            retire_question=self._retire_question_of,
        )

    def _retire_question_of(self, kind: KindRow) -> tuple[str, str]:
        question = self.tr(
            "Retire {name}? The slips that have it keep it; it is no longer offered for new slips. "
            "It can be restored later."
        ).format(name=kind.name)
        return self.tr("Retire a kind of leave"), question

    def add_kind(self) -> KindDialog | None:
        return self.add_record()

    def edit_kind(self) -> KindDialog | None:
        return self.edit_record()

    def retire_kind(self) -> None:
        self.retire_record()

    def restore_kind(self) -> None:
        self.restore_record()
