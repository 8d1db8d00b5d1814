"""The holiday calendar, for the administrator: which dates are workdays, and why.

A year planner (months down, days 1-31 across) shows every date at a glance:
public holidays 休, make-up workdays 班 and weekends, with the administrator's
own entries starred; beside it, the year's public holidays and make-up
workdays as a list. Every answer comes from ``app.calendar``: this module only
shows it and passes the administrator's entries back.

``MissingYearBar`` is the warning the main window shows to everyone while a
year in the coming weeks has no official holiday schedule.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import calendar
from app.auth import Permission, Session
from app.calendar import DayInfo
from app.errors import HallDeskError
from ui import common
from ui.common import show_error
from ui.staff_dialog import FormDialog, date_edit, get_date
from ui.table_model import HeaderedTableModel
from ui.warning_bars import MISSING_YEAR_STYLE

FIRST_YEAR, LAST_YEAR = 2000, 2099

HOLIDAY_BG, HOLIDAY_FG = "#f9dcd8", "#8e1b10"
WORKDAY_BG, WORKDAY_FG = "#d7e6fa", "#0d3c78"
WEEKEND_BG, WEEKEND_FG = "#ececec", "#505050"
NO_DATE = "#c8c8c8"

DAY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``DayInfo`` of a cell or row (None for 30 February and the like)."""


# -- Small module-level functions around modal Qt dialogs (tests replace them).


def today() -> dt.date:
    return dt.date.today()


def choose_calendar_file(parent: QWidget) -> str:
    """Ask for a .csv or .xlsx of date, kind, name; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("CalendarDialog", "Import public holidays and make-up workdays"),
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
        QCoreApplication.translate(
            "CalendarDialog", "Calendar files (*.csv *.xlsx);;CSV file (*.csv);;Excel workbook (*.xlsx)"
        ),
    )
    return path


# -- Words for what app.calendar says about a date.


def weekday_name(day: dt.date, short: bool = False) -> str:
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(day.isoweekday(), fmt)


def kind_text(info: DayInfo) -> str:
    """What the date is: "public holiday: 国庆节", "make-up workday (调休上班)", "weekend" ..."""
    if info.kind == calendar.HOLIDAY:
        if info.name:
            return QCoreApplication.translate("CalendarDialog", "public holiday: {name}").format(
                name=info.name
            )
        return QCoreApplication.translate("CalendarDialog", "public holiday")
    if info.kind == calendar.WORKDAY:
        if info.name:
            return QCoreApplication.translate(
                "CalendarDialog", "make-up workday (调休上班) for {name}"
            ).format(name=info.name)
        return QCoreApplication.translate("CalendarDialog", "make-up workday (调休上班)")
    if info.kind == "weekend":
        return QCoreApplication.translate("CalendarDialog", "weekend")
    return QCoreApplication.translate("CalendarDialog", "Monday to Friday")


def source_text(info: DayInfo) -> str:
    if info.source == "admin":
        return QCoreApplication.translate("CalendarDialog", "entered by the administrator")
    if info.source == "official":
        return QCoreApplication.translate("CalendarDialog", "official holiday schedule")
    return QCoreApplication.translate("CalendarDialog", "weekday rule")


def describe(info: DayInfo) -> str:
    """One sentence about a date: "Friday 2027-10-01: public holiday: 国庆节 (entered by the
    administrator). Not a workday." """
    return QCoreApplication.translate(
        "CalendarDialog", "{weekday} {date}: {what} ({source}). {workday}"
    ).format(
        weekday=weekday_name(info.day),
        date=info.day.isoformat(),
        what=kind_text(info),
        source=source_text(info),
        workday=QCoreApplication.translate("CalendarDialog", "A workday.")
        if info.workday
        else QCoreApplication.translate("CalendarDialog", "Not a workday."),
    )


def year_state(year: int) -> str:
    """ "missing", "entered" (by the administrator) or "official" (the package knows it)."""
    if calendar.package_knows(year):
        return "official"
    return "entered" if year in calendar.entered_years() else "missing"


# -- The year planner.


class YearModel(QAbstractTableModel):
    """Twelve rows (months) by 31 columns (days); each cell one date's ``DayInfo``.

    The administrator's own entries are bold and underlined (not told by colour alone);
    dates a month does not have (30 February) are hatched and cannot be chosen.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.year = 0
        self._days: dict[tuple[int, int], DayInfo] = {}
        self._own = QFont()
        self._own.setBold(True)
        self._own.setUnderline(True)
        self._no_date = QBrush(QColor(NO_DATE), Qt.BrushStyle.BDiagPattern)

    def set_days(self, year: int, infos: list[DayInfo]) -> None:
        self.beginResetModel()
        self.year = year
        self._days = {(i.day.month, i.day.day): i for i in infos}
        self.endResetModel()

    def info_at(self, index: QModelIndex | QPersistentModelIndex) -> DayInfo | None:
        if not index.isValid():
            return None
        return self._days.get((index.row() + 1, index.column() + 1))

    def index_of(self, day: dt.date) -> QModelIndex:
        return self.index(day.month - 1, day.day - 1) if day.year == self.year else QModelIndex()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 12

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 31

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if self.info_at(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 31:
            return str(section + 1)
        if orientation == Qt.Orientation.Vertical and 0 <= section < 12:
            return QLocale().standaloneMonthName(section + 1, QLocale.FormatType.ShortFormat)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        info = self.info_at(index)
        if info is None:
            return self._no_date if index.isValid() and role == Qt.ItemDataRole.BackgroundRole else None
        if role == DAY_ROLE:
            return info
        if role == Qt.ItemDataRole.DisplayRole:
            if info.kind == calendar.HOLIDAY:
                text = QCoreApplication.translate("CalendarDialog", "Off")
            elif info.kind == calendar.WORKDAY:
                text = QCoreApplication.translate("CalendarDialog", "Work")
            else:
                text = weekday_name(info.day, short=True)
            return text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(info)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and info.source == "admin":
            return self._own
        colours = _colours(info)
        if colours is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(colours[0]))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(colours[1]))
        return None


class YearView(QTableView):
    """The planner's view: H marks the current date a holiday, W a make-up workday, Delete
    returns it to the official rule, Enter edits it (each only signalled; the dialog acts).

    Enter is taken here rather than through ``activated``: a view ignores the key after
    ``activated``, and the dialog would then press the default button of the editor that
    has just opened.
    """

    holiday_key = Signal()
    workday_key = Signal()
    clear_key = Signal()
    edit_key = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        signal = {
            Qt.Key.Key_H: self.holiday_key,
            Qt.Key.Key_W: self.workday_key,
            Qt.Key.Key_Delete: self.clear_key,
            Qt.Key.Key_Backspace: self.clear_key,
            Qt.Key.Key_Return: self.edit_key,
            Qt.Key.Key_Enter: self.edit_key,
        }.get(Qt.Key(event.key()))
        if signal is None:
            super().keyPressEvent(event)
            return
        event.accept()
        signal.emit()


def _colours(info: DayInfo) -> tuple[str, str] | None:
    if info.kind == calendar.HOLIDAY:
        return HOLIDAY_BG, HOLIDAY_FG
    if info.kind == calendar.WORKDAY:
        return WORKDAY_BG, WORKDAY_FG
    if info.kind == "weekend":
        return WEEKEND_BG, WEEKEND_FG
    return None


COL_DATE, COL_WEEKDAY, COL_KIND, COL_NAME, COL_SOURCE = range(5)
SPECIAL_HEADERS = (
    QT_TRANSLATE_NOOP("SpecialDaysModel", "Date"),
    QT_TRANSLATE_NOOP("SpecialDaysModel", "Day"),
    QT_TRANSLATE_NOOP("SpecialDaysModel", "Kind"),
    QT_TRANSLATE_NOOP("SpecialDaysModel", "Name"),
    QT_TRANSLATE_NOOP("SpecialDaysModel", "Source"),
)


class SpecialDaysModel(HeaderedTableModel):
    """The year's public holidays and make-up workdays, official and entered, in date order."""

    CONTEXT = "SpecialDaysModel"
    HEADERS = SPECIAL_HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DayInfo] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_days(self, infos: list[DayInfo]) -> None:
        self.beginResetModel()
        self._rows = [i for i in infos if i.kind in calendar.KINDS]
        self.endResetModel()

    def row_of(self, day: dt.date) -> int:
        return next((n for n, i in enumerate(self._rows) if i.day == day), -1)

    def info_at(self, row: int) -> DayInfo:
        return self._rows[row]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        col = index.column()
        if role == DAY_ROLE:
            return info
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DATE:
                return info.day.isoformat()
            if col == COL_WEEKDAY:
                return weekday_name(info.day)
            if col == COL_KIND:
                return (
                    QCoreApplication.translate("CalendarDialog", "public holiday")
                    if info.kind == calendar.HOLIDAY
                    else QCoreApplication.translate("CalendarDialog", "make-up workday")
                )
            if col == COL_NAME:
                return info.name
            if col == COL_SOURCE:
                return source_text(info)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(info)
        if role == Qt.ItemDataRole.FontRole and info.source == "admin":
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_KIND:
            return QBrush(QColor(HOLIDAY_FG if info.kind == calendar.HOLIDAY else WORKDAY_FG))
        return None


# -- Entering one date.


class DayDialog(FormDialog):
    """Mark one date a public holiday or a make-up workday, with a name."""

    def __init__(
        self, session: Session, day: dt.date, kind: str, name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Enter a date"))
        self.setMinimumWidth(460)
        self.now = QLabel(self)
        self.now.setWordWrap(True)
        self.form.addRow(self.now)
        self.day = date_edit(self, day)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("public holiday (day off)"), calendar.HOLIDAY)
        self.kind.addItem(self.tr("make-up workday (调休上班)"), calendar.WORKDAY)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.name = QLineEdit(name, self)
        self.name.setMaxLength(50)
        self.name.setPlaceholderText(self.tr("e.g. National Day"))
        self.add_field("day", self.tr("&Date:"), self.day)
        self.add_field("kind", self.tr("&Kind:"), self.kind)
        self.add_field("name", self.tr("&Name:"), self.name)
        for label in self.findChildren(QLabel, "fieldError"):
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.day.dateChanged.connect(self._show_now)
        self.day.dateChanged.connect(lambda: self.clear_field("day"))
        self.kind.currentIndexChanged.connect(lambda: self.clear_field("kind"))
        self.name.textEdited.connect(lambda: self.clear_field("name"))
        self._show_now()
        self.name.selectAll()
        self.name.setFocus()

    def chosen_day(self) -> dt.date:
        return get_date(self.day)

    def _show_now(self) -> None:
        day = self.chosen_day()
        self.now.setText(self.tr("Now: {what}").format(what=describe(calendar.days(day, day)[0])))

    def save(self) -> None:
        calendar.set_day(self.session, self.chosen_day(), self.kind.currentData(), self.name.text())


# -- The dialog.


class CalendarDialog(QDialog):
    """The holiday calendar of one year, with the administrator's actions."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, year: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.can_edit = session.can(Permission.ADMIN)
        self.editor: QDialog | None = None
        self._infos: list[DayInfo] = []
        self.setWindowTitle(self.tr("Calendar"))
        self.setStyleSheet(MISSING_YEAR_STYLE)
        self._fit_to_screen(parent)

        # -- the warning for a year without an official schedule
        self.warning = QFrame(self)
        self.warning.setObjectName("missingYear")
        self.warning_label = QLabel(self.warning)
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.warning_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.warning_label.setFont(font)
        self.warning_hint = QLabel(self.warning)
        self.warning_hint.setWordWrap(True)
        warning_layout = QVBoxLayout(self.warning)
        warning_layout.addWidget(self.warning_label)
        warning_layout.addWidget(self.warning_hint)

        # -- the year
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(year or today().year)
        self.year.setAccelerated(True)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.state_label, 1)

        # -- the planner
        self.year_model = YearModel(self)
        self.grid = YearView(self)
        self.grid.setModel(self.year_model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)
        self.grid.setWordWrap(False)
        self.grid.setAccessibleName(self.tr("Days of the year"))
        header = self.grid.horizontalHeader()
        header.setMinimumSectionSize(30)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setMinimumHeight(12 * 26 + header.sizeHint().height())

        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(self._legend())

        # -- the list and the actions
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list_model = SpecialDaysModel(self)
        self.list = QTableView(self)
        self.list.setModel(self.list_model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTabKeyNavigation(False)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.setAccessibleName(self.tr("Public holidays and make-up workdays"))

        self.selected_label = QLabel(self)
        self.selected_label.setWordWrap(True)
        self.selected_label.setMinimumWidth(260)
        self.holiday_button = self._button(self.tr("Mark as &holiday…"), self.mark_holiday)
        self.workday_button = self._button(self.tr("Mark as make-up &workday…"), self.mark_workday)
        self.official_button = self._button(self.tr("&Return to the official rule"), self.return_to_rule)
        self.import_button = self._button(self.tr("&Import .csv/.xlsx…"), self.import_file)
        self.import_button.setToolTip(
            self.tr(
                "A file with the columns date, kind (holiday or workday, 节假日 or 调休上班) and name. "
                "Either every row is entered or, if one is wrong, none."
            )
        )
        self.entered_button = self._button("", self.mark_entered)
        self.close_button = self._button(self.tr("Close"), self.reject)
        side = QVBoxLayout()
        side.addWidget(self.selected_label)
        for b in (self.holiday_button, self.workday_button, self.official_button):
            side.addWidget(b)
        side.addSpacing(16)
        side.addWidget(self.import_button)
        side.addWidget(self.entered_button)
        side.addStretch(1)
        side.addWidget(self.close_button)
        if not self.can_edit:
            for b in (
                self.holiday_button,
                self.workday_button,
                self.official_button,
                self.import_button,
                self.entered_button,
            ):
                b.hide()

        lower = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addWidget(self.list, 1)
        lower.addLayout(left, 1)
        lower.addLayout(side)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(top)
        layout.addWidget(self.grid, 3)
        layout.addWidget(self.legend)
        layout.addLayout(lower, 2)

        # -- keys on the planner: H, W, Delete; Enter edits the date
        self.grid.holiday_key.connect(self.mark_holiday)
        self.grid.workday_key.connect(self.mark_workday)
        self.grid.clear_key.connect(self.return_to_rule)
        self.grid.edit_key.connect(self.edit_date)
        self.grid.doubleClicked.connect(lambda _index: self.edit_date())

        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.grid.selectionModel().currentChanged.connect(self._grid_moved)
        self.list.selectionModel().currentRowChanged.connect(self._list_moved)
        self.refresh()
        start = today() if today().year == self.year.value() else dt.date(self.year.value(), 1, 1)
        self.select_date(start)
        self.grid.setFocus()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        screen = (parent.screen() if parent is not None else None) or self.screen()
        width, height = 1240, 760
        if screen is not None:
            area = screen.availableGeometry()
            width, height = min(width, area.width() - 40), min(height, area.height() - 60)
        self.resize(width, height)

    def _legend(self) -> str:
        def swatch(bg: str, fg: str, text: str) -> str:
            return f'<span style="background:{bg}; color:{fg};">&nbsp;{text}&nbsp;</span>'

        holiday = self.tr("public holiday (day off)")
        make_up = self.tr("make-up workday (调休上班)")
        weekend = self.tr("weekend")
        own = self.tr("entered by the administrator (bold, underlined)")
        off = QCoreApplication.translate("CalendarDialog", "Off")
        work = QCoreApplication.translate("CalendarDialog", "Work")
        saturday = weekday_name(dt.date(2024, 1, 6), short=True)
        parts = [
            f"{swatch(HOLIDAY_BG, HOLIDAY_FG, off)} {holiday}",
            f"{swatch(WORKDAY_BG, WORKDAY_FG, work)} {make_up}",
            f"{swatch(WEEKEND_BG, WEEKEND_FG, saturday)} {weekend}",
            f"<b><u>{off}</u></b> {own}",
        ]
        keys = (
            self.tr("Keys: H holiday, W make-up workday, Delete back to the official rule, Enter edit.")
            if self.can_edit
            else ""
        )
        return "&nbsp;&nbsp;&nbsp; ".join(parts) + (f"<br>{keys}" if keys else "")

    # -- reading

    def shown_year(self) -> int:
        return self.year.value()

    def refresh(self, select: dt.date | None = None) -> None:
        """Read the shown year again from app.calendar; keep (or move to) the selected date."""
        keep = select or self.current_day()
        year = self.shown_year()
        self._infos = calendar.days(dt.date(year, 1, 1), dt.date(year, 12, 31))
        self.year_model.set_days(year, self._infos)
        self.list_model.set_days(self._infos)
        self.list.resizeColumnsToContents()
        self._show_year_state(year)
        self.summary.setText(self._summary(year))
        if keep is not None and keep.year == year:
            self.select_date(keep)
        else:
            self.select_date(dt.date(year, 1, 1))

    def _show_year_state(self, year: int) -> None:
        state = year_state(year)
        self.warning.setVisible(state == "missing")
        if state == "missing":
            self.warning_label.setText("⚠ " + calendar.missing_year_warning(year))
            self.warning_hint.setText(
                self.tr(
                    "Enter them below (Mark as holiday…, Mark as make-up workday…, or Import …), "
                    'then click "Mark {year} as entered".'
                ).format(year=year)
                if self.can_edit
                else self.tr("Only the administrator can enter them.")
            )
            self.state_label.setText(self.tr("No official holiday schedule for {year}.").format(year=year))
        elif state == "entered":
            self.state_label.setText(
                self.tr(
                    "The administrator has entered the public holidays and make-up workdays of {year}."
                ).format(year=year)
            )
        else:
            self.state_label.setText(
                self.tr(
                    "The official public holidays and make-up workdays of {year} come with HallDesk; "
                    "the administrator's entries take precedence over them."
                ).format(year=year)
            )
        self.entered_button.setText(self.tr("Mark {year} as &entered").format(year=year))
        self.entered_button.setEnabled(self.can_edit and state == "missing")
        self.entered_button.setToolTip(
            self.tr("Do this once every public holiday and make-up workday of {year} is entered.").format(
                year=year
            )
            if state == "missing"
            else self.tr("{year} needs no marking: its holiday schedule is known.").format(year=year)
        )

    def _summary(self, year: int) -> str:
        holidays = sum(1 for i in self._infos if i.kind == calendar.HOLIDAY and i.day.weekday() < 5)
        make_up = sum(1 for i in self._infos if i.kind == calendar.WORKDAY)
        workdays = sum(1 for i in self._infos if i.workday)
        own = sum(1 for i in self._infos if i.source == "admin")
        return self.tr(
            "{year} — workdays: {workdays}; public holidays on Monday to Friday: {holidays}; "
            "make-up workdays: {make_up}; dates entered by the administrator: {own}."
        ).format(year=year, workdays=workdays, holidays=holidays, make_up=make_up, own=own)

    # -- the selected date

    def current_day(self) -> dt.date | None:
        info = self.year_model.info_at(self.grid.currentIndex()) if self.grid.selectionModel() else None
        return info.day if info else None

    def current_info(self) -> DayInfo | None:
        return self.year_model.info_at(self.grid.currentIndex())

    def select_date(self, day: dt.date) -> None:
        """Show ``day`` (switching the year if needed) and make it the date the actions act on."""
        if day.year != self.shown_year():
            self.year.setValue(day.year)  # refreshes
        index = self.year_model.index_of(day)
        if index.isValid():
            self.grid.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.grid.scrollTo(index)
        self._show_selected()

    def _grid_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        info = self.year_model.info_at(current)
        row = self.list_model.row_of(info.day) if info else -1
        if row >= 0:
            self.list.selectionModel().blockSignals(True)
            self.list.selectRow(row)
            self.list.selectionModel().blockSignals(False)
            self.list.scrollTo(self.list_model.index(row, 0))
        else:
            self.list.clearSelection()
        self._show_selected()

    def _list_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            index = self.year_model.index_of(self.list_model.info_at(current.row()).day)
            self.grid.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _show_selected(self) -> None:
        info = self.current_info()
        if info is None:
            self.selected_label.setText(self.tr("Choose a date in the calendar above."))
        else:
            self.selected_label.setText(f"<b>{info.day.isoformat()}</b><br>{describe(info)}")
        own = info is not None and info.source == "admin"
        self.holiday_button.setEnabled(self.can_edit and info is not None)
        self.workday_button.setEnabled(self.can_edit and info is not None)
        self.official_button.setEnabled(self.can_edit and own)

    # -- the administrator's actions

    def _edit(self, dialog: DayDialog) -> DayDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = dialog
        dialog.accepted.connect(lambda: self._changed(dialog.chosen_day()))
        dialog.finished.connect(lambda _r: setattr(self, "editor", None))
        dialog.open()
        return dialog

    def _mark(self, kind: str) -> DayDialog | None:
        info = self.current_info()
        if not self.can_edit or info is None:
            return None
        name = info.name if info.kind == kind else ""
        return self._edit(DayDialog(self.session, info.day, kind, name, self))

    def mark_holiday(self) -> DayDialog | None:
        return self._mark(calendar.HOLIDAY)

    def mark_workday(self) -> DayDialog | None:
        return self._mark(calendar.WORKDAY)

    def edit_date(self) -> DayDialog | None:
        """Enter on a date: change it, starting from what it is now."""
        info = self.current_info()
        if info is None:
            return None
        if info.kind in calendar.KINDS:
            return self._mark(info.kind)
        return self._mark(calendar.WORKDAY if info.kind == "weekend" else calendar.HOLIDAY)

    def return_to_rule(self) -> None:
        info = self.current_info()
        if not self.can_edit or info is None or info.source != "admin":
            return
        try:
            calendar.set_day(self.session, info.day, None)
        except HallDeskError as err:
            show_error(self, err)
            return
        self._changed(info.day)

    def import_file(self) -> None:
        if not self.can_edit:
            return
        path = choose_calendar_file(self)
        if not path:
            return
        try:
            report = calendar.import_csv(self.session, Path(path))
        except HallDeskError as err:
            show_error(self, err, self.tr("Nothing was imported"))
            return
        first_year = report.years[0] if report.years else self.shown_year()
        if first_year != self.shown_year():
            self.year.setValue(first_year)
        self._changed(None)
        common.inform(self, self.tr("Calendar imported"), report.summary())

    def mark_entered(self) -> None:
        year = self.shown_year()
        if not self.can_edit or year_state(year) != "missing":
            return
        question = self.tr(
            "Mark {year} as entered? HallDesk then stops warning that its official holiday schedule "
            "is missing, and uses the dates entered for {year}. Do this only once every public "
            "holiday and make-up workday of {year} is entered."
        ).format(year=year)
        if not common.confirm(self, self.tr("Mark {year} as entered").format(year=year), question):
            return
        try:
            calendar.mark_year_entered(self.session, year)
        except HallDeskError as err:
            show_error(self, err)
            return
        self._changed(None)

    def _changed(self, day: dt.date | None) -> None:
        if day is not None and day.year != self.shown_year():
            self.year.setValue(day.year)  # an entry made for another year: show that year
        self.refresh(select=day)
        self.changed.emit()
        self.grid.setFocus()
