"""The Weekly summary's smaller parts: its tables, one person's evidence, the open items, the documents.

``EvidencePane`` lists a person's lines (``weekly_models.person_evidence``);
activating one emits ``item_activated(dict)``. ``OpenItemsTree`` shows what
needs a decision before the meeting, in four groups with their counts;
activating a day emits ``day_activated(kind, date)`` with kind "attendance"
or "duty". ``WeeklyDocuments`` writes the Monday brief (``app.weekly_brief``)
and the workbook (``app.weekly_xlsx``) in the background where the user
says, and offers to open the brief.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.weekly import OpenItems, Summary
from ui import common, pdf_preview
from ui.leave_balances import table_view
from ui.weekly_models import EvidenceLine, day_of, day_text
from ui.worker import run_with_progress

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the evidence item or the open item behind a line
NUMBER_PADDING = 14  # pixels beside a number column's header text
TEXT_PADDING = 24
MAX_TEXT_WIDTH = 320


def summary_table(parent: QWidget, model, name: str) -> QTableView:
    """A read-only table in the summary's own order (the hall's units, the most violations first)."""
    view = table_view(parent)
    view.setModel(model)
    view.setSortingEnabled(False)
    view.horizontalHeader().setStretchLastSection(False)
    view.setAccessibleName(name)
    return view


def size_table(view: QTableView, model, text_columns: tuple[int, ...] = (0,)) -> int:
    """Text columns as wide as their longest texts, number columns as their headers (a stretching
    last column is left to fill the rest); the width the shown columns take."""
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    bold = header.fontMetrics()
    columns = model.columnCount() - (1 if header.stretchLastSection() else 0)
    for col in range(columns):
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        widest = max(
            [bold.horizontalAdvance(title)] + [metrics.horizontalAdvance(t) for t in model.widest_texts(col)]
        )
        if col in text_columns:
            width = min(widest + TEXT_PADDING, MAX_TEXT_WIDTH)
        else:
            width = widest + NUMBER_PADDING
        header.resizeSection(col, width)
    return sum(header.sectionSize(c) for c in range(model.columnCount()) if not view.isColumnHidden(c))


def quiet_label(parent: QWidget) -> QLabel:
    """A grey, wrapping note (the dialog's style sheet colours ``QLabel#quiet``)."""
    label = QLabel(parent)
    label.setObjectName("quiet")
    label.setWordWrap(True)
    return label


class EvidencePane(QWidget):
    """Whose evidence (a title), their lines, and a hint under them."""

    item_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Evidence"))
        self.list.setAlternatingRowColors(True)
        self.title = QLabel(self.tr("Evidence"), self)
        self.title.setObjectName("paneTitle")
        self.title.setBuddy(self.list)
        self.hint = quiet_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.list.itemActivated.connect(self._activated)
        self.set_lines(None, [])

    def set_lines(self, who: str | None, lines: list[EvidenceLine]) -> None:
        self.list.clear()
        if who is None:
            self.title.setText(self.tr("Evidence"))
            self.hint.setText(self.tr("Choose a person to see their lapses here."))
            return
        self.title.setText(self.tr("Evidence: {person}").format(person=who))
        for line in lines:
            self.list.addItem(self._item(line))
        if not lines:
            self.hint.setText(self.tr("Nothing to show for this person in this period."))
        elif any(line.counted for line in lines):
            self.hint.setText(self.tr("Bold: counted by a proposal. Double-click a line to open that day."))
        else:
            self.hint.setText(self.tr("Double-click a line to open that day."))

    def _item(self, line: EvidenceLine) -> QListWidgetItem:
        item = QListWidgetItem(line.text)
        item.setData(ITEM_ROLE, line.item)
        kind = line.item.get("type")
        if line.counted:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        if kind == "inspection":
            tip = self.tr("An inspection finding. Double-click to open the day in the Duty log.")
        elif kind == "sanction":
            tip = self.tr("A ledger entry. Double-click to show it in the Sanctions ledger.")
        else:
            tip = self.tr("Double-click to open the day in Attendance.")
        if line.counted:
            tip = self.tr("Counted by the week's proposal.") + " " + tip
        item.setToolTip(tip)
        return item

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _activated(self, line: QListWidgetItem) -> None:
        item = line.data(ITEM_ROLE)
        if isinstance(item, dict):
            self.item_activated.emit(item)


class OpenItemsTree(QTreeWidget):
    """Open duty days, open missing punches, leave slips and punch corrections awaiting a decision."""

    day_activated = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Open items"))
        self.setToolTip(self.tr("Double-click a line to open its day in the main window"))
        self.itemActivated.connect(self._activated)

    def _session(self, session: str) -> str:
        return self.tr("morning") if session == "AM" else self.tr("afternoon") if session == "PM" else session

    def set_items(self, items: OpenItems) -> None:
        self.clear()
        groups = (
            (
                self.tr("Duty days not closed ({n})"),
                [(day_text(d), "duty", d.isoformat()) for d in items.unclosed_days],
            ),
            (
                self.tr("Missing punches still open ({n})"),
                [
                    (
                        self.tr("{day} {session}: {name} ({staff_no})").format(
                            day=m["day"],
                            session=self._session(m["session"]),
                            name=m["name"],
                            staff_no=m["staff_no"],
                        ),
                        "attendance",
                        m["day"],
                    )
                    for m in items.missing_punches
                ],
            ),
            (
                self.tr("Leave slips awaiting a decision ({n})"),
                [
                    (
                        self.tr("{name} ({staff_no}): {kind}, {start} – {end}").format(
                            name=s["name"],
                            staff_no=s["staff_no"],
                            kind=s["kind"],
                            start=s["from"],
                            end=s["to"],
                        ),
                        "leave",
                        s["from"],
                    )
                    for s in items.pending_leave
                ],
            ),
            (
                self.tr("Punch corrections awaiting a decision ({n})"),
                [
                    (
                        self.tr("{day} {session}: {name} ({staff_no}), {which} {time}").format(
                            day=c["day"],
                            session=self._session(c["session"]),
                            name=c["name"],
                            staff_no=c["staff_no"],
                            which=self.tr("clock-in") if c["which"] == "in" else self.tr("clock-out"),
                            time=c["time"],
                        ),
                        "attendance",
                        c["day"],
                    )
                    for c in items.pending_corrections
                ],
            ),
        )
        for title, lines in groups:
            group = QTreeWidgetItem(self, [title.format(n=len(lines))])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(bool(lines))
            group.setFont(0, font)
            for text, kind, day in lines:
                line = QTreeWidgetItem(group, [text])
                line.setData(0, ITEM_ROLE, {"open": kind, "day": day})
                if kind == "leave":
                    line.setToolTip(0, self.tr("A duty leader approves or refuses it in Leave slips"))
            group.setExpanded(True)

    def counts(self) -> list[int]:
        """Lines per group: unclosed days, missing punches, pending leave, pending corrections."""
        return [self.topLevelItem(i).childCount() for i in range(self.topLevelItemCount())]

    def _activated(self, line: QTreeWidgetItem) -> None:
        data = line.data(0, ITEM_ROLE)
        if isinstance(data, dict) and data["open"] in ("attendance", "duty"):
            day = day_of(data)
            if day is not None:
                self.day_activated.emit(data["open"], day)


# ---------------------------------------------------------------- the documents


def choose_xlsx_path(parent: QWidget | None, suggested: str) -> str:
    """Ask where to save the workbook; "" when cancelled. A name without .xlsx gets it."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("WeeklyDocuments", "Export the summary"),
        str(Path(folder) / suggested),
        QCoreApplication.translate("WeeklyDocuments", "Excel workbook (*.xlsx)"),
    )
    if path and Path(path).suffix.lower() != ".xlsx":
        path += ".xlsx"
    return path


class WeeklyDocuments(QObject):
    """The Monday brief and the workbook of a summary, written in the background.

    ``said(text)`` tells what was written; ``busy`` is True while writing.
    """

    said = Signal(str)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self._job = None
        self.preview = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _run(self, label: str, work, on_done) -> None:
        def done(result) -> None:
            if shiboken6.isValid(self.widget):
                on_done(result)

        self._job = run_with_progress(self.widget, label, work, done)
        self._job.done.connect(lambda *_: shiboken6.isValid(self) and setattr(self, "_job", None))

    def write_brief(self, summary: Summary) -> None:
        """Ask where, write the Monday brief (周一早会通报), then offer to open it."""
        if self.busy:
            return
        name = self.tr("monday-brief-{period}").format(period=summary.period.label) + ".pdf"
        path = pdf_preview.choose_pdf_path(self.widget, name)
        if not path:
            return

        def work(progress) -> str:
            from app import weekly_brief

            return str(weekly_brief.write_brief(summary, path) or path)

        self._run(
            self.tr("Writing the Monday brief of {period}…").format(period=summary.period.label),
            work,
            lambda written: self._brief_written(summary, written),
        )

    def _brief_written(self, summary: Summary, path: str) -> None:
        text = self.tr("The Monday brief was saved to {path}.").format(path=path)
        self.said.emit(text)
        title = self.tr("Monday brief saved")
        if not pdf_preview.available():
            common.inform(self.widget, title, text)
            return
        if not common.confirm(
            self.widget, title, text + "\n\n" + self.tr("Open it now to read or print it?")
        ):
            return
        self.preview = pdf_preview.PdfPreviewDialog(
            path,
            self.tr("Monday brief of {period}").format(period=summary.period.label),
            Path(path).name,
            self.widget,
        )
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()

    def export(self, summary: Summary) -> None:
        """Ask where, and write the summary as an Excel workbook."""
        if self.busy:
            return
        name = self.tr("weekly-summary-{period}").format(period=summary.period.label) + ".xlsx"
        path = choose_xlsx_path(self.widget, name)
        if not path:
            return

        def work(progress) -> str:
            from app import weekly_xlsx

            return str(weekly_xlsx.export(summary, path) or path)

        self._run(
            self.tr("Writing the workbook of {period}…").format(period=summary.period.label),
            work,
            lambda written: self.said.emit(self.tr("The summary was saved to {path}.").format(path=written)),
        )
