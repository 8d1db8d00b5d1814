"""The Sanctions Ledger tab's second page: who keeps the year-end award eligibility (评先评优资格).

The figures are ``app.eligibility.standings``: everyone employed in the year,
with each loss and what is still pending a decision. Double-clicking a person
shows their record in the ledger (signal ``show_person(staff_id)``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import eligibility
from app.eligibility import Standing
from app.errors import HallDeskError
from ui import common
from ui.leave_balances import size_columns, table_view
from ui.sanctions_model import EligibilityModel, LedgerProxy


class _LostOnly(LedgerProxy):
    """The people matching the search; with ``lost_only``, only those who lost their eligibility."""

    lost_only = False

    def set_lost_only(self, on: bool) -> None:
        with self.filter_change():
            self.lost_only = on

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        if self.lost_only:
            row = self.sourceModel().row_at(source_row)
            if row.eligible and not row.pending:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class EligibilityPage(QWidget):
    """A year, and for everyone employed in it: eligible yes or no, and the reason for each loss."""

    show_person = Signal(int)

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], dt.datetime] = dt.datetime.now
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self._sized = False
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(clock().year)
        self.year.setAccessibleName(self.tr("Year"))
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        self.lost_only = QCheckBox(self.tr("Only those who lost it or have one &pending"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, staff number or pinyin"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("Sea&rch:"), self)
        search_label.setBuddy(self.search)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("eligibilityCount")
        self.count_label.setStyleSheet("QLabel#eligibilityCount { font-weight: bold; }")

        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(self.lost_only)
        top.addStretch(1)

        self.model = EligibilityModel(self)
        self.proxy = _LostOnly(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Year-end award eligibility"))
        self.view.setToolTip(self.tr("Double-click a person to see their record in the ledger"))
        note = QLabel(
            self.tr(
                "Eligibility is lost through an entry in force dated in the year: a loss of year-end "
                "award eligibility, or a disciplinary sanction (warning and above). Proposals not yet "
                "decided are listed as pending."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("eligibilityNote")
        note.setStyleSheet("QLabel#eligibilityNote { color: palette(mid); }")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)

        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.search.textChanged.connect(self._filter)
        self.lost_only.toggled.connect(self._lost_only)
        self.view.doubleClicked.connect(self._opened)

    def refresh(self) -> None:
        try:
            rows = eligibility.standings(self.year.value())
        except HallDeskError as err:
            common.show_error(self, err)
            return
        self.model.set_rows(rows)
        if rows:
            size_columns(self.view, self.model, grow_only=self._sized)
            self._sized = True
        self._count()

    def _count(self) -> None:
        rows = self.model.rows()
        keep = sum(r.eligible for r in rows)
        pending = sum(bool(r.pending) for r in rows)
        text = self.tr("{keep} of {total} keep their eligibility for {year}").format(
            keep=keep, total=len(rows), year=self.year.value()
        )
        if pending:
            text += self.tr("; {n} with a proposal still to decide").format(n=pending)
        self.count_label.setText(text + self.tr(".", "the full stop ending the sentence"))

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)

    def _lost_only(self, on: bool) -> None:
        self.proxy.set_lost_only(on)

    def rows_shown(self) -> list[Standing]:
        return [self.proxy.row_at(i) for i in range(self.proxy.rowCount())]

    def count_text(self) -> str:
        return self.count_label.text()

    def standing_of(self, staff_no: str) -> Standing | None:
        return next((r for r in self.model.rows() if r.staff_no == staff_no), None)

    def _opened(self, index) -> None:
        if index.isValid():
            row = self.proxy.row_at(index.row())
            if row is not None:
                self.show_person.emit(row.staff_id)
