"""Managing units and their windows: add, rename, move, retire. Nothing is deleted.

Every change goes through ``app.roster``; a refusal (a unit that still has
staff, a window number in use) comes back from there and is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.auth import Session
from app.errors import HallDeskError
from app.roster import (
    UnitRow,
    WindowRow,
    add_unit,
    add_window,
    edit_window,
    list_units,
    list_windows,
    rename_unit,
    retire_unit,
    retire_window,
)
from ui.common import show_error
from ui.staff_dialog import FormDialog

ROW_ROLE = Qt.ItemDataRole.UserRole


class UnitNameDialog(FormDialog):
    """Add a unit (``unit=None``) or rename one."""

    def __init__(self, session: Session, unit: UnitRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.unit = unit
        self.unit_id: int | None = unit.id if unit else None
        self.setWindowTitle(self.tr("Add unit") if unit is None else self.tr("Rename unit"))
        self.setMinimumWidth(380)
        self.name = QLineEdit(unit.name if unit else "", self)
        self.name.setPlaceholderText(self.tr("e.g. Social Insurance Service Centre"))
        self.add_field("name", self.tr("Unit &name:"), self.name)
        self.name.textEdited.connect(lambda: self.clear_field("name"))
        self.name.selectAll()
        self.name.setFocus()

    def save(self) -> None:
        if self.unit is None:
            self.unit_id = add_unit(self.session, self.name.text()).id
        else:
            rename_unit(self.session, self.unit.id, self.name.text(), self.unit.version)


class WindowDialog(FormDialog):
    """Add a window to a unit (``window=None``), or renumber, retitle or move one."""

    def __init__(
        self,
        session: Session,
        unit_id: int | None,
        window: WindowRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.window = window
        self.window_id: int | None = window.id if window else None
        self.setWindowTitle(self.tr("Add window") if window is None else self.tr("Edit window"))
        self.setMinimumWidth(380)
        self.number = QLineEdit(window.number if window else "", self)
        self.number.setPlaceholderText(self.tr("e.g. A01"))
        self.title = QLineEdit(window.title if window else "", self)
        self.title.setPlaceholderText(self.tr("e.g. Social insurance registration"))
        self.unit = QComboBox(self)
        selected = window.unit_id if window else unit_id
        for unit in list_units(include_retired=True):
            if unit.retired and unit.id != selected:
                continue
            self.unit.addItem(unit.name, unit.id)
        self.unit.setCurrentIndex(self.unit.findData(selected) if selected is not None else -1)
        self.add_field("number", self.tr("Window &number:"), self.number)
        self.add_field("title", self.tr("&Title:"), self.title)
        self.add_field("unit", self.tr("&Unit:"), self.unit)
        self.number.textEdited.connect(lambda: self.clear_field("number"))
        self.title.textEdited.connect(lambda: self.clear_field("title"))
        self.unit.currentIndexChanged.connect(lambda: self.clear_field("unit"))
        self.number.setFocus()

    def save(self) -> None:
        if self.window is None:
            self.window_id = add_window(
                self.session, self.unit.currentData(), self.number.text(), self.title.text()
            ).id
        else:
            edit_window(
                self.session,
                self.window.id,
                self.unit.currentData(),
                self.number.text(),
                self.title.text(),
                self.window.version,
            )


class RetireDialog(FormDialog):
    """Ask why a unit or window is retired, then retire it."""

    def __init__(
        self, session: Session, unit: UnitRow | None = None, window: WindowRow | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.unit = unit
        self.window = window
        if unit is not None:
            self.setWindowTitle(self.tr("Retire unit"))
            text = self.tr(
                "{unit} will no longer be offered for staff or windows. Its history is kept."
            ).format(unit=unit.name)
        elif window is not None:
            self.setWindowTitle(self.tr("Retire window"))
            text = self.tr(
                "Window {number} will no longer be offered for staff. Its history is kept."
            ).format(number=window.number)
        else:
            raise ValueError("a unit or a window")
        self.setMinimumWidth(400)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reason = QLineEdit(self)
        self.add_field("reason", self.tr("&Reason:"), self.reason)
        self.reason.textEdited.connect(lambda: self.clear_field("reason"))
        self.save_button.setText(self.tr("Re&tire"))
        self.reason.setFocus()

    def save(self) -> None:
        if self.unit is not None:
            retire_unit(self.session, self.unit.id, self.reason.text(), self.unit.version)
        elif self.window is not None:
            retire_window(self.session, self.window.id, self.reason.text(), self.window.version)


def _tree(parent: QWidget, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAllColumnsShowFocus(True)
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, len(headers)):
        tree.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return tree


class UnitsDialog(QDialog):
    """Units (with their active staff count) on the left, the chosen unit's windows on the right."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Units and windows"))
        self.resize(820, 480)

        self.show_retired = QCheckBox(self.tr("Show &retired"), self)
        self.show_retired.toggled.connect(lambda: self.reload())

        self.units = _tree(self, [self.tr("Unit"), self.tr("Active staff"), self.tr("Retired on")])
        self.add_unit_button = QPushButton(self.tr("&Add unit…"), self)
        self.rename_unit_button = QPushButton(self.tr("Re&name unit…"), self)
        self.retire_unit_button = QPushButton(self.tr("Retire un&it…"), self)
        unit_buttons = QHBoxLayout()
        for b in (self.add_unit_button, self.rename_unit_button, self.retire_unit_button):
            b.setAutoDefault(False)
            unit_buttons.addWidget(b)
        unit_buttons.addStretch(1)
        units_box = QGroupBox(self.tr("Units"), self)
        units_layout = QVBoxLayout(units_box)
        units_layout.addWidget(self.units)
        units_layout.addLayout(unit_buttons)

        self.windows = _tree(self, [self.tr("Number"), self.tr("Title"), self.tr("Retired on")])
        self.windows.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.windows.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_window_button = QPushButton(self.tr("Add &window…"), self)
        self.edit_window_button = QPushButton(self.tr("&Edit window…"), self)
        self.retire_window_button = QPushButton(self.tr("Retire win&dow…"), self)
        window_buttons = QHBoxLayout()
        for b in (self.add_window_button, self.edit_window_button, self.retire_window_button):
            b.setAutoDefault(False)
            window_buttons.addWidget(b)
        window_buttons.addStretch(1)
        self.windows_box = QGroupBox(self.tr("Windows"), self)
        windows_layout = QVBoxLayout(self.windows_box)
        windows_layout.addWidget(self.windows)
        windows_layout.addLayout(window_buttons)

        panes = QHBoxLayout()
        panes.addWidget(units_box, 1)
        panes.addWidget(self.windows_box, 1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_retired)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addLayout(bottom)

        self.units.currentItemChanged.connect(lambda *_: self._unit_chosen())
        self.windows.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.units.itemDoubleClicked.connect(lambda *_: self.rename_unit())
        self.windows.itemDoubleClicked.connect(lambda *_: self.edit_window())
        self.add_unit_button.clicked.connect(self.add_unit)
        self.rename_unit_button.clicked.connect(self.rename_unit)
        self.retire_unit_button.clicked.connect(self.retire_unit)
        self.add_window_button.clicked.connect(self.add_window)
        self.edit_window_button.clicked.connect(self.edit_window)
        self.retire_window_button.clicked.connect(self.retire_window)

        self.reload()
        self.units.setFocus()

    # -- reading

    def current_unit(self) -> UnitRow | None:
        item = self.units.currentItem()
        return item.data(0, ROW_ROLE) if item is not None else None

    def current_window(self) -> WindowRow | None:
        item = self.windows.currentItem()
        return item.data(0, ROW_ROLE) if item is not None else None

    def reload(self, unit_id: int | None = None, window_id: int | None = None) -> None:
        """Read the units again, keeping (or moving to) the chosen unit and window."""
        if unit_id is None and self.current_unit() is not None:
            unit_id = self.current_unit().id
        if window_id is None and self.current_window() is not None:
            window_id = self.current_window().id
        try:
            units = list_units(include_retired=self.show_retired.isChecked())
        except HallDeskError as err:
            show_error(self, err)
            return
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.units.setColumnHidden(2, not self.show_retired.isChecked())
        self.windows.setColumnHidden(2, not self.show_retired.isChecked())
        self.units.blockSignals(True)
        self.units.clear()
        chosen = None
        for unit in units:
            item = QTreeWidgetItem(
                [unit.name, str(unit.active_staff), unit.retired_on.isoformat() if unit.retired_on else ""]
            )
            item.setData(0, ROW_ROLE, unit)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if unit.retired:
                for col in range(3):
                    item.setForeground(col, grey)
            self.units.addTopLevelItem(item)
            if unit.id == unit_id:
                chosen = item
        if chosen is None and self.units.topLevelItemCount():
            chosen = self.units.topLevelItem(0)
        self.units.setCurrentItem(chosen)
        self.units.blockSignals(False)
        self._unit_chosen(window_id)

    def _unit_chosen(self, window_id: int | None = None) -> None:
        unit = self.current_unit()
        self.windows.clear()
        if unit is None:
            self.windows_box.setTitle(self.tr("Windows"))
        else:
            self.windows_box.setTitle(self.tr("Windows of {unit}").format(unit=unit.name))
            grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            chosen = None
            for window in list_windows(unit.id, include_retired=self.show_retired.isChecked()):
                item = QTreeWidgetItem(
                    [window.number, window.title, window.retired_on.isoformat() if window.retired_on else ""]
                )
                item.setData(0, ROW_ROLE, window)
                if window.retired:
                    for col in range(3):
                        item.setForeground(col, grey)
                self.windows.addTopLevelItem(item)
                if window.id == window_id:
                    chosen = item
            if chosen is None and self.windows.topLevelItemCount():
                chosen = self.windows.topLevelItem(0)
            self.windows.setCurrentItem(chosen)
        self._update_buttons()

    def _update_buttons(self) -> None:
        unit = self.current_unit()
        window = self.current_window()
        live_unit = unit is not None and not unit.retired
        self.rename_unit_button.setEnabled(unit is not None)
        self.retire_unit_button.setEnabled(live_unit)
        self.add_window_button.setEnabled(live_unit)
        self.edit_window_button.setEnabled(window is not None and not window.retired)
        self.retire_window_button.setEnabled(window is not None and not window.retired)

    # -- changing (each opens a small dialog; its Save calls app.roster)

    def _open(self, dialog: FormDialog, after) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: (after(dialog), self.changed.emit()))
        dialog.open()

    def add_unit(self) -> None:
        self._open(UnitNameDialog(self.session, None, self), lambda d: self.reload(unit_id=d.unit_id))

    def rename_unit(self) -> None:
        unit = self.current_unit()
        if unit is not None:
            self._open(UnitNameDialog(self.session, unit, self), lambda d: self.reload(unit_id=unit.id))

    def retire_unit(self) -> None:
        unit = self.current_unit()
        if unit is not None and not unit.retired:
            self._open(RetireDialog(self.session, unit=unit, parent=self), lambda d: self.reload())

    def add_window(self) -> None:
        unit = self.current_unit()
        if unit is not None and not unit.retired:
            self._open(
                WindowDialog(self.session, unit.id, None, self),
                lambda d: self.reload(unit_id=d.unit.currentData(), window_id=d.window_id),
            )

    def edit_window(self) -> None:
        window = self.current_window()
        if window is not None and not window.retired:
            self._open(
                WindowDialog(self.session, window.unit_id, window, self),
                lambda d: self.reload(unit_id=d.unit.currentData(), window_id=window.id),
            )

    def retire_window(self) -> None:
        window = self.current_window()
        if window is not None and not window.retired:
            self._open(RetireDialog(self.session, window=window, parent=self), lambda d: self.reload())
