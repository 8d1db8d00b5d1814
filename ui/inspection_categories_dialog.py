"""The categories of inspection findings (巡查类别), for the administrator: add, change, retire, restore.

Every check lives in ``app.inspections`` (``save_category``, ``retire_category``,
``restore_category``); the form shows its problems beside the fields. A retired
category stays on the findings that have it and is no longer offered for new ones.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from app import inspections
from app.auth import Session
from db.models import InspectionCategory
from ui.leave_kinds_dialog import KindsView
from ui.record_list_dialog import RecordListDialog, RetirableRowsModel
from ui.schedule_dialog import widen_errors
from ui.staff_dialog import FormDialog

COL_NAME, COL_NAME_EN, COL_CODE, COL_KEY, COL_COUNTS, COL_OFF_POST, COL_POSITIVE, COL_STATE = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("InspectionCategoriesModel", "Chinese name"),
    QT_TRANSLATE_NOOP("InspectionCategoriesModel", "English name"),
    QT_TRANSLATE_NOOP("InspectionCategoriesModel", "Code"),
    QT_TRANSLATE_NOOP("InspectionCategoriesModel", "Key"),
    QT_TRANSLATE_NOOP("InspectionCategoriesModel", "Counts"),
    QT_TRANSLATE_NOOP("InspectionCategoriesModel", "Off post"),
    QT_TRANSLATE_NOOP("InspectionCategoriesModel", "Commendation"),
    QT_TRANSLATE_NOOP("InspectionCategoriesModel", "State"),
)
HEADER_TIPS = {
    COL_KEY: QT_TRANSLATE_NOOP(
        "InspectionCategoriesModel", "The key that chooses the category when a finding is entered"
    ),
    COL_COUNTS: QT_TRANSLATE_NOOP(
        "InspectionCategoriesModel", "Whether its findings count toward the weekly rule (R8)"
    ),
    COL_OFF_POST: QT_TRANSLATE_NOOP(
        "InspectionCategoriesModel",
        "An off-post finding during an approved outing or leave is a note, not a violation",
    ),
}


def _yes_no(value: Any) -> str:
    if value:
        return QCoreApplication.translate("InspectionCategoriesModel", "yes")
    return QCoreApplication.translate("InspectionCategoriesModel", "no")


class InspectionCategoriesModel(RetirableRowsModel):
    """Every category, retired ones included, one row each; ``ROW_ROLE`` returns the category."""

    CONTEXT = "InspectionCategoriesModel"
    HEADERS = HEADERS
    HEADER_TIPS = HEADER_TIPS

    def display(self, row: InspectionCategory, col: int) -> Any:
        if col == COL_NAME:
            return row.name
        if col == COL_NAME_EN:
            return row.name_en
        if col == COL_CODE:
            return row.code
        if col == COL_KEY:
            return row.key
        if col == COL_COUNTS:
            return _yes_no(row.counts)
        if col == COL_OFF_POST:
            return _yes_no(row.off_post)
        if col == COL_POSITIVE:
            return _yes_no(row.positive)
        if col == COL_STATE:
            if row.retired:
                return QCoreApplication.translate("InspectionCategoriesModel", "retired")
            return QCoreApplication.translate("InspectionCategoriesModel", "in use")
        return None


class CategoryDialog(FormDialog):
    """Add a category (``category=None``) or change one."""

    saved = Signal(int)
    can_reload = True

    def __init__(
        self, session: Session, category: InspectionCategory | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.category_id = category.id if category else None
        self._version: int | None = None
        self.setWindowTitle(
            self.tr("Add an inspection category")
            if category is None
            else self.tr("Change an inspection category")
        )
        self.setMinimumWidth(480)

        self.code = QLineEdit(self)
        self.code.setMaxLength(30)
        self.code.setPlaceholderText(self.tr("e.g. phone"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(30)
        self.name.setPlaceholderText(self.tr("e.g. 玩手机"))
        self.name_en = QLineEdit(self)
        self.name_en.setMaxLength(60)
        self.name_en.setPlaceholderText(self.tr("e.g. on the phone"))
        self.key = QLineEdit(self)
        self.key.setMaxLength(1)
        self.key.setFixedWidth(self.fontMetrics().horizontalAdvance("MM") + 16)
        self.counts = QCheckBox(self.tr("Its findings count toward the weekly rule (R8)"), self)
        self.off_post = QCheckBox(self.tr("Off post: an approved outing or leave makes it a note"), self)
        self.positive = QCheckBox(self.tr("A commendation (good service, a visitor's thanks)"), self)

        self.add_field("code", self.tr("Co&de:"), self.code)
        self.add_field("name", self.tr("&Chinese name:"), self.name)
        self.add_field("name_en", self.tr("&English name:"), self.name_en)
        self.add_field("key", self.tr("&Key:"), self.key)
        self.add_field("counts", self.tr("Cou&nts:"), self.counts)
        self.add_field("off_post", self.tr("&Off post:"), self.off_post)
        self.add_field("positive", self.tr("Co&mmendation:"), self.positive)
        widen_errors(self)
        self.note = QLabel(
            self.tr(
                "The Chinese name is the official one and is printed on the register; the English name "
                "is shown to readers of English. The key (one letter or digit) chooses the category when "
                "a finding is entered; no two categories in use share one."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.form.addRow(self.note)

        for name, edit in (
            ("code", self.code),
            ("name", self.name),
            ("name_en", self.name_en),
            ("key", self.key),
        ):
            edit.textEdited.connect(lambda _t, f=name: self.clear_field(f))
        for name, box in (("counts", self.counts), ("off_post", self.off_post), ("positive", self.positive)):
            box.toggled.connect(lambda _on, f=name: (self.clear_field(f), self.clear_field("positive")))

        if category is not None:
            self.load(category)
        self.code.setFocus()

    def load(self, category: InspectionCategory) -> None:
        self.category_id = category.id
        self._version = category.version
        self.code.setText(category.code)
        self.name.setText(category.name)
        self.name_en.setText(category.name_en)
        self.key.setText(category.key)
        self.counts.setChecked(bool(category.counts))
        self.off_post.setChecked(bool(category.off_post))
        self.positive.setChecked(bool(category.positive))

    def save(self) -> None:
        category = inspections.save_category(
            self.session,
            self.category_id,
            self.code.text(),
            self.name.text(),
            self.name_en.text(),
            self.counts.isChecked(),
            self.positive.isChecked(),
            self.off_post.isChecked(),
            self.key.text(),
            self._version,
        )
        self.category_id = category.id
        self.saved.emit(category.id)

    def reload(self) -> None:
        if self.category_id is not None:
            self.load(InspectionCategory.get_by_id(self.category_id))


class InspectionCategoriesDialog(RecordListDialog):
    """The list of categories and the administrator's actions on it.

    ``changed`` is emitted after each saved change, so that the entry of findings
    can read the categories and their keys again.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._build(
            model=InspectionCategoriesModel(self),
            view=KindsView(self),
            title=self.tr("Inspection categories"),
            size=(980, 520),
            note=self.tr(
                "A retired category stays on the findings that have it and is no longer offered for "
                "new findings. Changing whether a category counts applies to its findings already recorded."
            ),
            button_texts=(
                self.tr("&Add category…"),
                self.tr("&Change…"),
                self.tr("&Retire…"),
                self.tr("Re&store"),
                self.tr("Close"),
            ),
            load_rows=lambda: inspections.categories(include_retired=True),
            editor_factory=CategoryDialog,
            retire=inspections.retire_category,
            restore=inspections.restore_category,
            retire_question=self._retire_question_of,
        )

    def _retire_question_of(self, category: InspectionCategory) -> tuple[str, str]:
        question = self.tr(
            "Retire {name}? The findings that have it keep it; it is no longer offered for new findings. "
            "It can be restored later."
        ).format(name=category.name)
        return self.tr("Retire an inspection category"), question

    def add_category(self) -> CategoryDialog | None:
        return self.add_record()

    def edit_category(self) -> CategoryDialog | None:
        return self.edit_record()

    def retire_category(self) -> None:
        self.retire_record()

    def restore_category(self) -> None:
        self.restore_record()
