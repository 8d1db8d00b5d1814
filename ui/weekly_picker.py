"""The Weekly summary's period picker: a week (date field, previous and next), or a whole year.

The week shows as "2026-W47: 16–22 Nov"; weeks go no further than the
current one. "Year view" switches to a year chosen in a spin box, with the
button to the year-end eligibility list beside it. ``changed`` says the
chosen period is another one now; ``eligibility_requested(year)`` asks for
the eligibility list; ``refresh_requested`` asks to count again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from app import weekly
from app.sanction_rules import WEEK, Period, period_of
from ui.leave_balances import action_button
from ui.staff_dialog import date_edit, get_date, set_date
from ui.weekly_models import period_text


class PeriodPicker(QWidget):
    """A week or a year; ``period()`` is the one chosen."""

    changed = Signal()
    eligibility_requested = Signal(int)
    refresh_requested = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        week = weekly.default_week(today)
        self._last = week

        self.day_edit = date_edit(self, week.start)
        last_day = today + dt.timedelta(days=6 - today.weekday())
        self.day_edit.setMaximumDate(QDate(last_day.year, last_day.month, last_day.day))
        self.day_edit.setToolTip(self.tr("Any day of the week; the calendar shows ISO week numbers"))
        day_label = QLabel(self.tr("&Week of:"), self)
        day_label.setBuddy(self.day_edit)
        self.previous_button = action_button(self, self.tr("◀ &Previous week"), self.tr("The week before"))
        self.next_button = action_button(self, self.tr("Ne&xt week ▶"), self.tr("The week after"))
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        self.week_label.setStyleSheet("QLabel#weekLabel { font-weight: bold; }")
        self.year_view = QCheckBox(self.tr("&Year view"), self)
        self.year_view.setToolTip(self.tr("The same totals per unit and per person for a whole year"))
        self.year = QSpinBox(self)
        iso_year = (week.start + dt.timedelta(days=3)).year  # the year the ISO week belongs to
        self.year.setRange(2000, max(today.year, iso_year))
        self.year.setValue(iso_year)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setEnabled(False)
        self.eligibility_button = action_button(
            self,
            self.tr("Year-end e&ligibility…"),
            self.tr("Who keeps the year-end award eligibility: the list in the Sanctions ledger"),
        )
        self.eligibility_button.hide()
        self.refresh_button = action_button(self, self.tr("&Refresh"), self.tr("Count again (F5)"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(day_label)
        layout.addWidget(self.day_edit)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addSpacing(8)
        layout.addWidget(self.week_label)
        layout.addStretch(1)
        layout.addWidget(self.year_view)
        layout.addWidget(self.year)
        layout.addWidget(self.eligibility_button)
        layout.addSpacing(8)
        layout.addWidget(self.refresh_button)

        self.day_edit.dateChanged.connect(lambda _d: self._moved())
        self.previous_button.clicked.connect(lambda: self.step_week(-1))
        self.next_button.clicked.connect(lambda: self.step_week(1))
        self.year_view.toggled.connect(self._switched)
        self.year.valueChanged.connect(lambda _y: self._moved())
        self.eligibility_button.clicked.connect(lambda: self.eligibility_requested.emit(self.year.value()))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self._show_week()

    def period(self) -> Period:
        if self.year_view.isChecked():
            return weekly.year_period(self.year.value())
        return period_of(WEEK, get_date(self.day_edit))

    def set_week(self, day: dt.date) -> None:
        """The week holding ``day`` (Year view off)."""
        self.year_view.setChecked(False)
        set_date(self.day_edit, day)

    def step_week(self, weeks: int) -> None:
        set_date(self.day_edit, get_date(self.day_edit) + dt.timedelta(days=7 * weeks))

    def set_year_view(self, on: bool, year: int | None = None) -> None:
        if year is not None:
            self.year.blockSignals(True)
            self.year.setValue(year)
            self.year.blockSignals(False)
        if self.year_view.isChecked() != on:
            self.year_view.setChecked(on)
        else:
            self._moved()

    def _switched(self, on: bool) -> None:
        for widget in (self.day_edit, self.previous_button, self.next_button):
            widget.setEnabled(not on)
        self.year.setEnabled(on)
        self.eligibility_button.setVisible(on)
        self._moved()

    def _show_week(self) -> None:
        week = period_of(WEEK, get_date(self.day_edit))
        year = self.year_view.isChecked()
        self.week_label.setText("" if year else period_text(week))
        self.next_button.setEnabled(not year and week.end < self.today)

    def _moved(self) -> None:
        self._show_week()
        period = self.period()
        if period != self._last:
            self._last = period
            self.changed.emit()
