"""The Weekly summary's proposals: what the rules yield for the week, and a manager's decisions on them.

"Enter in ledger" evaluates the week (``sanctions.evaluate``: the proposals
go into the ledger; doing it again changes nothing), "Confirm" and
"Dismiss…" decide the chosen proposal, and "Issue notices…" asks for the
chosen confirmed entry in the Sanctions ledger, where its signed notice is
issued (``open_ledger_entry(int)``; double-clicking an entered proposal asks
the same). Only a manager decides: the others see the buttons disabled,
with the reason as their tooltip. After a write ``decided(text)`` says what
happened; a refusal comes as ``refused(text)``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from app import sanctions
from app.auth import Permission, Session
from app.errors import HallDeskError
from app.sanction_rules import CONFIRMED, PROPOSED, WEEK, WITHDRAWN, kind_label
from app.weekly import Proposal, Summary
from ui.duty_inspection import ReasonDialog
from ui.leave_balances import action_button
from ui.sanctions_dialogs import outcome_summary
from ui.weekly_models import R_KIND, R_PERSON, R_STATUS, ProposalsModel
from ui.weekly_panels import quiet_label, size_table, summary_table


class ProposalsPane(QWidget):
    """The week's proposals with their ledger status, and the decision buttons under them."""

    chosen_changed = Signal()
    open_ledger_entry = Signal(int)
    decided = Signal(str)
    refused = Signal(str)

    def __init__(
        self, session: Session, clock: Callable[[], dt.datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.can_sanction = session.can(Permission.SANCTIONS)
        self.summary: Summary | None = None
        self.asking: QDialog | None = None  # the reason dialog while it is open

        self.model = ProposalsModel(self)
        self.view = summary_table(self, self.model, self.tr("The week's proposals"))
        self.view.setToolTip(self.tr("Double-click a proposal already in the ledger to show its entry there"))
        self.empty = quiet_label(self)
        self.empty.setText(self.tr("The rules propose nothing for this week."))
        self.enter_button = action_button(
            self,
            self.tr("E&nter in ledger"),
            self.tr("Evaluate the week: its proposals go into the sanctions ledger for a decision"),
        )
        self.confirm_button = action_button(
            self, self.tr("Con&firm"), self.tr("Agree with the chosen proposal: it is in force")
        )
        self.dismiss_button = action_button(
            self, self.tr("&Dismiss…"), self.tr("Decide that the chosen proposal does not stand, and say why")
        )
        self.issue_button = action_button(
            self,
            self.tr("&Issue notices…"),
            self.tr("Show the chosen confirmed entry in the Sanctions ledger, where its notice is issued"),
        )
        self.buttons = (self.enter_button, self.confirm_button, self.dismiss_button, self.issue_button)
        if not self.can_sanction:
            for button in self.buttons:
                button.setToolTip(self.tr("Only a manager may do this."))
        row = QHBoxLayout()
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)

        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._chose())
        self.view.doubleClicked.connect(lambda _i: self._opened())
        self.enter_button.clicked.connect(self.enter_in_ledger)
        self.confirm_button.clicked.connect(self.confirm_chosen)
        self.dismiss_button.clicked.connect(self.dismiss_chosen)
        self.issue_button.clicked.connect(self.issue_notices)
        self.update_buttons()

    # ------------------------------------------------------------ the rows

    def set_summary(self, summary: Summary) -> None:
        self.summary = summary
        self.model.set_rows(summary.proposals)
        size_table(self.view, self.model, (R_PERSON, R_KIND, R_STATUS))
        self.empty.setVisible(not summary.proposals)
        self.update_buttons()

    def rows(self) -> list[Proposal]:
        return self.model.rows()

    def chosen(self) -> Proposal | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)

    def select_like(self, old: Proposal) -> bool:
        """Choose the proposal of the same person and rule as ``old`` (after counting again)."""
        for i, p in enumerate(self.model.rows()):
            if (p.staff_id, p.rule) == (old.staff_id, old.rule):
                self.select(i)
                return True
        return False

    def select_person(self, staff_id: int) -> bool:
        """Choose ``staff_id``'s first proposal (kept when one of theirs is chosen); False when none."""
        current = self.chosen()
        if current is not None and current.staff_id == staff_id:
            return True
        row = next((i for i, p in enumerate(self.model.rows()) if p.staff_id == staff_id), -1)
        if row < 0:
            self.view.selectionModel().clearCurrentIndex()
            self.view.clearSelection()
            return False
        self.select(row)
        return True

    def _chose(self) -> None:
        self.update_buttons()
        self.chosen_changed.emit()

    def _opened(self) -> None:
        proposal = self.chosen()
        if proposal is not None and proposal.entry_id is not None:
            self.open_ledger_entry.emit(proposal.entry_id)

    # ------------------------------------------------------------ deciding

    def update_buttons(self) -> None:
        proposal = self.chosen()
        status = proposal.status if proposal else None
        can = self.can_sanction and self.summary is not None and self.summary.period.window == WEEK
        self.enter_button.setEnabled(can)
        self.confirm_button.setEnabled(can and status == PROPOSED)
        self.dismiss_button.setEnabled(can and status in (PROPOSED, WITHDRAWN))
        self.issue_button.setEnabled(can and status == CONFIRMED)

    def enter_in_ledger(self) -> None:
        """Evaluate the week: the rules' proposals go into the ledger (again changes nothing)."""
        if not self.can_sanction or self.summary is None or self.summary.period.window != WEEK:
            return
        period = self.summary.period
        try:
            outcomes = sanctions.evaluate(self.session, period, now=self.clock())
        except HallDeskError as err:
            self.refused.emit(str(err))
            return
        self.decided.emit(outcome_summary(period, outcomes))

    def confirm_chosen(self) -> None:
        proposal = self.chosen()
        if not self.can_sanction or proposal is None or proposal.status != PROPOSED:
            return
        try:
            sanctions.confirm(self.session, proposal.entry_id)
        except HallDeskError as err:
            self.refused.emit(str(err))
            return
        self.decided.emit(
            self.tr(
                "Entry {id} of {name} confirmed: {kind}. “Issue notices…” takes you to its notice."
            ).format(id=proposal.entry_id, name=proposal.name, kind=kind_label(proposal.kind))
        )

    def dismiss_chosen(self) -> None:
        proposal = self.chosen()
        if not self.can_sanction or proposal is None or proposal.status not in (PROPOSED, WITHDRAWN):
            return
        entry_id = proposal.entry_id
        dialog = ReasonDialog(
            self.tr("Dismiss a proposal"),
            self.tr("Why does {kind} for {name} not stand? The reason stays on record.").format(
                kind=kind_label(proposal.kind), name=proposal.name
            ),
            lambda reason: sanctions.dismiss(self.session, entry_id, reason),
            self,
        )
        dialog.reason.setMaxLength(sanctions.MAX_REASON)
        dialog.accepted.connect(
            lambda: self.decided.emit(self.tr("Entry {id} dismissed.").format(id=entry_id))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.asking = dialog
        dialog.finished.connect(lambda _r: setattr(self, "asking", None))
        dialog.open()

    def issue_notices(self) -> None:
        """The chosen confirmed entry in the Sanctions ledger, where its signed notice is issued."""
        proposal = self.chosen()
        if self.can_sanction and proposal is not None and proposal.status == CONFIRMED:
            self.open_ledger_entry.emit(proposal.entry_id)
