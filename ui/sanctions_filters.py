"""The Sanctions Ledger's filters: status, kind, unit, dates (the current year by default), a search,
and one person's record.

``LedgerFilters`` emits ``changed`` when what the ledger must read changes
(after dates settle) and ``search_changed(text)`` as the search is typed;
``query()`` gives ``sanctions.list_entries`` its arguments.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import sanctions
from app.roster import StaffRow, list_units
from app.sanction_rules import KINDS, kind_label
from ui.leave_balances import action_button
from ui.staff_dialog import date_edit, get_date
from ui.staff_picker import person_text

DATE_SETTLE_MS = 250


class LedgerFilters(QWidget):
    """Two rows: status, kind, unit, from, to, all years; the search, the person shown, the count."""

    changed = Signal()
    search_changed = Signal(str)

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person: StaffRow | None = None
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in sanctions.STATUSES:
            self.status_filter.addItem(sanctions.status_label(status), status)
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.unit_filter = QComboBox(self)
        self.unit_filter.setMinimumContentsLength(10)
        self.from_date = date_edit(self, dt.date(year, 1, 1))
        self.to_date = date_edit(self, dt.date(year, 12, 31))
        self.all_dates = QCheckBox(self.tr("All &years"), self)
        self.all_dates.setToolTip(self.tr("Show the entries of every year, whatever the dates say"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, staff number or pinyin"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Ctrl+F. Keeps the entries whose person matches"))
        self.person_label = QLabel(self)
        self.person_label.setObjectName("personFilter")
        self.person_label.setStyleSheet("QLabel#personFilter { font-weight: bold; }")
        self.everyone_button = action_button(
            self, self.tr("Show everyone"), self.tr("Stop showing only one person's record")
        )
        self.count_label = QLabel(self)

        first = QHBoxLayout()
        for text, widget in (
            (self.tr("&Status:"), self.status_filter),
            (self.tr("&Kind:"), self.kind_filter),
            (self.tr("&Unit:"), self.unit_filter),
            (self.tr("Fr&om:"), self.from_date),
            (self.tr("&To:"), self.to_date),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            first.addWidget(label)
            first.addWidget(widget)
            first.addSpacing(6)
        first.addWidget(self.all_dates)
        first.addStretch(1)
        second = QHBoxLayout()
        search_label = QLabel(self.tr("Sea&rch:"), self)
        search_label.setBuddy(self.search)
        second.addWidget(search_label)
        second.addWidget(self.search, 2)
        second.addSpacing(12)
        second.addWidget(self.person_label)
        second.addWidget(self.everyone_button)
        second.addStretch(1)
        second.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)

        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_SETTLE_MS)
        self._date_timer.timeout.connect(self.changed)
        self.from_date.dateChanged.connect(lambda _d: self._date_timer.start())
        self.to_date.dateChanged.connect(lambda _d: self._date_timer.start())
        self.all_dates.toggled.connect(self._all_dates_toggled)
        for combo in (self.status_filter, self.kind_filter, self.unit_filter):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.search.textChanged.connect(self.search_changed)
        self.everyone_button.clicked.connect(lambda: self.set_person(None))
        self._show_person()

    def fill_units(self) -> None:
        """The units to filter by (retired ones too: their old entries stay), keeping the chosen one."""
        chosen = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("All units"), None)
        for unit in list_units(include_retired=True):
            text = unit.name if not unit.retired else self.tr("{unit} (retired)").format(unit=unit.name)
            self.unit_filter.addItem(text, unit.id)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(chosen), 0) if chosen else 0)
        self.unit_filter.blockSignals(False)

    def query(self) -> dict:
        """What the filters ask ``sanctions.list_entries`` for."""
        self._date_timer.stop()
        status, kind = self.status_filter.currentData(), self.kind_filter.currentData()
        out: dict = {
            "statuses": [status] if status else None,
            "kinds": [kind] if kind else None,
            "unit_id": self.unit_filter.currentData(),
            "staff_id": self.person.id if self.person else None,
        }
        if not self.all_dates.isChecked():
            out["start"], out["end"] = get_date(self.from_date), get_date(self.to_date)
        return out

    def _all_dates_toggled(self, on: bool) -> None:
        self.from_date.setEnabled(not on)
        self.to_date.setEnabled(not on)
        self.changed.emit()

    def reset(self, person: StaffRow | None) -> None:
        """Every status, kind, unit and year, no search; only ``person`` when given. Emits ``changed``."""
        widgets = (self.status_filter, self.kind_filter, self.unit_filter, self.search, self.all_dates)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.status_filter, self.kind_filter, self.unit_filter):
            combo.setCurrentIndex(0)
        self.search.clear()
        self.all_dates.setChecked(True)
        for widget in widgets:
            widget.blockSignals(False)
        self.from_date.setEnabled(False)
        self.to_date.setEnabled(False)
        self.search_changed.emit("")
        self.set_person(person)

    def set_person(self, person: StaffRow | None) -> None:
        """Show only ``person``'s entries (None: everyone's). Emits ``changed``."""
        self.person = person
        self._show_person()
        self.changed.emit()

    def _show_person(self) -> None:
        person = self.person
        self.person_label.setText(
            self.tr("Only the record of {person}").format(person=person_text(person)) if person else ""
        )
        self.person_label.setVisible(person is not None)
        self.everyone_button.setVisible(person is not None)
