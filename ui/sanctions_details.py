"""The chosen ledger entry, in full: who, what, which rule and period, each step, notices, evidence.

The evidence is a list, one line per counted item (``sanctions.describe_item``);
activating a line (double-click or Enter) emits ``item_activated(dict)`` so the
tab can open that attendance day or duty-log day.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import audit, sanctions
from app.notices import REVOCATION, NoticeRow
from app.sanction_rules import kind_label
from app.sanctions import Entry
from ui.staff_picker import person_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
"""The evidence item (a dict) behind a line of the list."""

STEP_LABELS = {
    "evaluate": QT_TRANSLATE_NOOP("SanctionsDetails", "changed by an evaluation"),
    "confirmed": QT_TRANSLATE_NOOP("SanctionsDetails", "confirmed"),
    "dismissed": QT_TRANSLATE_NOOP("SanctionsDetails", "dismissed"),
    "issue": QT_TRANSLATE_NOOP("SanctionsDetails", "notice issued"),
    "revoke": QT_TRANSLATE_NOOP("SanctionsDetails", "revoked with a notice"),
    "revoked": QT_TRANSLATE_NOOP("SanctionsDetails", "revoked"),
    "update": QT_TRANSLATE_NOOP("SanctionsDetails", "changed"),
}


def _when(moment: dt.datetime | None) -> str:
    return audit.local_time(moment) if moment is not None else ""


def step_text(entry: Entry, step: dict) -> str:
    """One audit step of an entry: "2025-12-08 09:12 confirmed by manager1"."""
    action = step["action"]
    if action == "create":
        proposed = (step.get("after") or {}).get("status") == sanctions.PROPOSED
        what = (
            translate("SanctionsDetails", "proposed by an evaluation")
            if proposed
            else translate("SanctionsDetails", "entered and confirmed")
        )
    else:
        what = translate("SanctionsDetails", STEP_LABELS.get(action, action))
    return translate("SanctionsDetails", "{when} {what} by {user}").format(
        when=_when(step["at"]), what=what, user=step.get("user_label", step["user"])
    )


def notice_text(row: NoticeRow) -> str:
    kind = (
        translate("SanctionsDetails", "revocation")
        if row.purpose == REVOCATION
        else translate("SanctionsDetails", "decision")
    )
    text = translate("SanctionsDetails", "{no} ({kind}), issued by {user} on {when}").format(
        no=row.notice_no, kind=kind, user=row.issued_by, when=_when(row.issued_at)
    )
    if row.revoked_by_notice:
        text += translate("SanctionsDetails", "; revoked by {no}").format(no=row.revoked_by_notice)
    return text


def evidence_tip(item: dict) -> str:
    if item.get("type") == "session":
        return translate(
            "SanctionsDetails", "Double-click or press Enter to open {day} in Attendance"
        ).format(day=item["day"])
    if item.get("type") == "inspection":
        return translate(
            "SanctionsDetails", "Double-click or press Enter to open {day} in the Duty log"
        ).format(day=item["day"])
    return translate("SanctionsDetails", "Double-click or press Enter to show this entry in the ledger")


def details_html(entry: Entry, steps: list[dict], notices: list[NoticeRow]) -> str:
    """The entry as a two-column table of label and value, values escaped."""
    rows: list[tuple[str, str]] = [
        (translate("SanctionsDetails", "Entry"), f"#{entry.id}"),
        (translate("SanctionsDetails", "Kind"), kind_label(entry.kind)),
        (translate("SanctionsDetails", "Person"), f"{person_text(entry)}, {entry.unit}"),
    ]
    if entry.rule_name:
        rows.append(
            (
                translate("SanctionsDetails", "Rule"),
                translate("SanctionsDetails", "{rule}, period {period}").format(
                    rule=entry.rule_name, period=entry.period_label
                )
                if entry.period_label
                else entry.rule_name,
            )
        )
    if entry.counted is not None:
        rows.append((translate("SanctionsDetails", "Counted"), str(entry.counted)))
    rows.append((translate("SanctionsDetails", "Date"), entry.day.isoformat()))
    if entry.reason and not entry.rule_code:  # a rule's entry has the rule's name as its reason
        rows.append((translate("SanctionsDetails", "Reason"), entry.reason))
    rows.append((translate("SanctionsDetails", "Status"), sanctions.status_label(entry.status)))
    if entry.dismissed_reason:
        rows.append((translate("SanctionsDetails", "Why dismissed"), entry.dismissed_reason))
    if entry.revoked_reason:
        rows.append((translate("SanctionsDetails", "Why revoked"), entry.revoked_reason))
    if steps:
        rows.append(
            (
                translate("SanctionsDetails", "Steps"),
                "\n".join(step_text(entry, s) for s in steps),
            )
        )
    if entry.note:
        rows.append((translate("SanctionsDetails", "Note"), entry.note))
    rows.append(
        (
            translate("SanctionsDetails", "Notices"),
            "\n".join(notice_text(n) for n in notices) if notices else translate("SanctionsDetails", "none"),
        )
    )
    cells = "".join(
        f"<tr><td style='padding:1px 10px 1px 0; color:palette(mid); white-space:nowrap;'>"
        f"{html.escape(label)}</td><td style='padding:1px 0;'>"
        f"{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
        for label, value in rows
    )
    return f"<table cellspacing='0'>{cells}</table>"


class EntryDetails(QWidget):
    """The chosen entry's details (left) and its evidence (right). Signal ``item_activated(dict)``."""

    item_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser(self)
        self.text.setObjectName("entryDetails")
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("The chosen entry"))
        details_label = QLabel(self.tr("Details"), self)
        details_label.setObjectName("paneTitle")
        self.evidence = QListWidget(self)
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setAlternatingRowColors(True)
        self.evidence_label = QLabel(self.tr("Evidence (double-click a line to open that day)"), self)
        self.evidence_label.setObjectName("paneTitle")
        self.evidence_label.setBuddy(self.evidence)
        self.evidence_empty = QLabel(self)
        self.evidence_empty.setObjectName("evidenceEmpty")
        self.evidence_empty.setStyleSheet("QLabel#evidenceEmpty { color: palette(mid); }")
        self.evidence_empty.setWordWrap(True)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(details_label)
        left_layout.addWidget(self.text, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.evidence_label)
        right_layout.addWidget(self.evidence, 1)
        right_layout.addWidget(self.evidence_empty)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setStyleSheet("QLabel#paneTitle { font-weight: bold; }")
        self.evidence.itemActivated.connect(self._activated)
        self.set_entry(None)

    def set_entry(
        self, entry: Entry | None, steps: list[dict] | None = None, notices: list[NoticeRow] | None = None
    ) -> None:
        self.evidence.clear()
        if entry is None:
            hint = html.escape(self.tr("Choose an entry to see it here."))
            self.text.setHtml(f"<p style='color:palette(mid);'>{hint}</p>")
            self.evidence_empty.setText("")
            self.evidence_empty.hide()
            return
        self.text.setHtml(details_html(entry, steps or [], notices or []))
        for item in entry.evidence:
            line = QListWidgetItem(sanctions.describe_item(item))
            line.setData(ITEM_ROLE, item)
            line.setToolTip(evidence_tip(item))
            self.evidence.addItem(line)
        if not entry.evidence:
            self.evidence_empty.setText(
                self.tr("No evidence list: a manager entered this directly; the reason says why.")
                if not entry.rule_code
                else self.tr("Nothing counts any more (see the note).")
            )
        self.evidence_empty.setVisible(not entry.evidence)
        self.evidence.setVisible(bool(entry.evidence))

    def details_text(self) -> str:
        return self.text.toPlainText()

    def evidence_lines(self) -> list[str]:
        return [self.evidence.item(i).text() for i in range(self.evidence.count())]

    def _activated(self, line: QListWidgetItem) -> None:
        item = line.data(ITEM_ROLE)
        if isinstance(item, dict):
            self.item_activated.emit(item)
