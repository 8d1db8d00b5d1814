"""The holiday calendar and work schedule dialogs, and the main window's missing-year warning."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app import calendar, schedule
from app.errors import ValidationError
from db.models import CalendarDay, SchedulePeriod
from tests.gui.helpers import click_menu_item, ime_commit, open_window, replace_text, type_date
from ui import calendar_dialog, common, schedule_dialog, warning_bars
from ui.calendar_dialog import CalendarDialog, DayDialog
from ui.schedule_dialog import PeriodDialog, ScheduleDialog, VoidPeriodDialog

DECEMBER = dt.date(2026, 12, 1)  # 2027 starts within 60 days; the package stops at 2026
WINTER_TUESDAY = dt.date(2025, 12, 2)


# ---------------------------------------------------------------- helpers


@pytest.fixture(autouse=True)
def messages(messages, monkeypatch):
    """The recorders of tests/gui/conftest.py, also where the calendar holds ``show_error``,
    the file dialog answered from ``import_path``, and fixed dates for "today"."""
    messages.import_path = ""
    monkeypatch.setattr(calendar_dialog, "show_error", common.show_error)
    monkeypatch.setattr(calendar_dialog, "choose_calendar_file", lambda parent: messages.import_path)
    monkeypatch.setattr(calendar_dialog, "today", lambda: DECEMBER)
    monkeypatch.setattr(warning_bars, "today", lambda: DECEMBER)
    monkeypatch.setattr(schedule_dialog, "today", lambda: WINTER_TUESDAY)
    return messages


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_calendar(qtbot, session, year: int | None = None) -> CalendarDialog:
    dialog = CalendarDialog(session, year=year)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def open_schedule(qtbot, session) -> ScheduleDialog:
    dialog = ScheduleDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cell(dialog: CalendarDialog, day: dt.date) -> str:
    return dialog.year_model.data(dialog.year_model.index_of(day))


def own(dialog: CalendarDialog, day: dt.date) -> bool:
    """Shown as the administrator's entry: bold and underlined."""
    font = dialog.year_model.data(dialog.year_model.index_of(day), Qt.ItemDataRole.FontRole)
    return font is not None and font.bold() and font.underline()


def write_csv(path, lines: list[str]):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


# ---------------------------------------------------------------- the calendar


def test_a_known_year_shows_the_official_days(qtbot, qtmodeltester, admin):
    dialog = open_calendar(qtbot, admin, 2025)
    qtmodeltester.check(dialog.year_model)
    qtmodeltester.check(dialog.list_model)
    assert not dialog.warning.isVisible()
    assert not dialog.entered_button.isEnabled()
    assert cell(dialog, dt.date(2025, 10, 1)) == "Off"  # National Day
    assert cell(dialog, dt.date(2025, 9, 28)) == "Work"  # the Sunday worked for it
    assert cell(dialog, dt.date(2025, 12, 6)) == "Sat"
    assert cell(dialog, dt.date(2025, 12, 2)) == "Tue"
    assert dialog.year_model.flags(dialog.year_model.index(1, 29)) == Qt.ItemFlag.NoItemFlags  # 30 Feb
    tip = dialog.year_model.data(
        dialog.year_model.index_of(dt.date(2025, 9, 28)), Qt.ItemDataRole.ToolTipRole
    )
    assert (
        tip
        == "Sunday 2025-09-28: make-up workday (调休上班) for 国庆节 (official holiday schedule). A workday."
    )
    row = dialog.list_model.row_of(dt.date(2025, 10, 1))
    assert [dialog.list_model.data(dialog.list_model.index(row, c)) for c in range(5)] == [
        "2025-10-01",
        "Wednesday",
        "public holiday",
        "国庆节",
        "official holiday schedule",
    ]
    # Choosing a line of the list moves the planner to its date.
    dialog.list.setFocus()
    dialog.list.selectRow(row)
    assert dialog.current_day() == dt.date(2025, 10, 1)
    assert not dialog.official_button.isEnabled()  # nothing of the administrator's to take back


def test_mark_a_2027_date_as_a_holiday_by_keyboard(qtbot, qtmodeltester, admin, messages):
    dialog = open_calendar(qtbot, admin, 2027)
    assert dialog.warning.isVisible()
    assert "official holiday schedule for 2027 is missing" in dialog.warning_label.text()
    assert dialog.current_day() == dt.date(2027, 1, 1)
    assert dialog.focusWidget() is dialog.grid
    for _ in range(9):  # down to October
        qtbot.keyClick(dialog.grid, Qt.Key.Key_Down)
    assert dialog.current_day() == dt.date(2027, 10, 1)
    assert cell(dialog, dt.date(2027, 10, 1)) == "Fri"  # plain Monday to Friday so far

    qtbot.keyClick(dialog.grid, Qt.Key.Key_H)
    editor = dialog.editor
    assert isinstance(editor, DayDialog) and editor.kind.currentData() == "holiday"
    assert editor.chosen_day() == dt.date(2027, 10, 1)
    assert "Monday to Friday" in editor.now.text()
    ime_commit(editor.name, "国庆节")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert dialog.editor is None

    assert calendar.days(dt.date(2027, 10, 1), dt.date(2027, 10, 1))[0] == calendar.DayInfo(
        dt.date(2027, 10, 1), False, "holiday", "国庆节", "admin"
    )
    assert cell(dialog, dt.date(2027, 10, 1)) == "Off"
    assert own(dialog, dt.date(2027, 10, 1)) and not own(dialog, dt.date(2027, 10, 4))
    qtmodeltester.check(dialog.year_model)
    row = dialog.list_model.row_of(dt.date(2027, 10, 1))
    assert dialog.list_model.data(dialog.list_model.index(row, 4)) == "entered by the administrator"
    assert dialog.list.currentIndex().row() == row
    assert "entered by the administrator" in dialog.selected_label.text()
    assert dialog.warning.isVisible()  # one date is not the whole year

    # Enter opens the date as it is now, and waits for the administrator.
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Return)
    editor = dialog.editor
    assert editor.isVisible() and editor.kind.currentData() == "holiday" and editor.name.text() == "国庆节"
    qtbot.keyClick(editor.name, Qt.Key.Key_Escape)
    assert dialog.editor is None and CalendarDay.select().count() == 1

    # W on a Saturday makes it a make-up workday; Delete takes an entry back.
    dialog.select_date(dt.date(2027, 10, 9))
    qtbot.keyClick(dialog.grid, Qt.Key.Key_W)
    ime_commit(dialog.editor.name, "国庆节")
    click(qtbot, dialog.editor.save_button)
    assert cell(dialog, dt.date(2027, 10, 9)) == "Work" and own(dialog, dt.date(2027, 10, 9))
    assert dialog.official_button.isEnabled()
    qtbot.keyClick(dialog.grid, Qt.Key.Key_Delete)
    assert cell(dialog, dt.date(2027, 10, 9)) == "Sat" and not own(dialog, dt.date(2027, 10, 9))
    assert CalendarDay.select().count() == 1


def test_import_a_small_csv_then_the_warning_goes(qtbot, admin, messages, tmp_path):
    dialog = open_calendar(qtbot, admin, 2027)
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    messages.import_path = write_csv(
        tmp_path / "2027.csv",
        ["date,kind,name", "2027-01-01,holiday,元旦", "2027-02-06,调休上班,春节", "2027-02-08,节假日,春节"],
    )
    click(qtbot, dialog.import_button)
    assert messages.infos == [("Calendar imported", "3 dates entered for 2027.")]
    assert not messages.errors and changed
    assert cell(dialog, dt.date(2027, 2, 6)) == "Work" and own(dialog, dt.date(2027, 2, 6))
    assert cell(dialog, dt.date(2027, 1, 1)) == "Off" and own(dialog, dt.date(2027, 1, 1))
    assert dialog.list_model.rowCount() == 3
    assert not dialog.warning.isVisible()  # an import enters its year
    assert "has entered" in dialog.state_label.text()


def test_a_bad_file_lists_every_bad_row_and_enters_nothing(qtbot, admin, messages, tmp_path):
    dialog = open_calendar(qtbot, admin, 2027)
    messages.import_path = write_csv(
        tmp_path / "bad.csv",
        ["date,kind,name", "2027-01-01,holiday,元旦", "2027-02-30,holiday,x", "2027-02-08,party,春节"],
    )
    click(qtbot, dialog.import_button)
    assert not messages.infos
    (err,) = messages.errors
    assert isinstance(err, ValidationError) and sorted(p.row for p in err.problems) == [3, 4]
    assert CalendarDay.select().count() == 0
    assert dialog.warning.isVisible()
    messages.import_path = ""  # a cancelled file dialog does nothing
    click(qtbot, dialog.import_button)
    assert len(messages.errors) == 1 and not messages.infos


def test_a_date_typed_for_another_year_shows_that_year(qtbot, admin):
    dialog = open_calendar(qtbot, admin, 2026)
    editor = dialog.mark_workday()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    type_date(qtbot, editor.day, "2027-02-20")
    assert "Saturday 2027-02-20" in editor.now.text()
    ime_commit(editor.name, "春节")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert dialog.shown_year() == 2027 and dialog.current_day() == dt.date(2027, 2, 20)
    assert cell(dialog, dt.date(2027, 2, 20)) == "Work" and own(dialog, dt.date(2027, 2, 20))


def test_mark_a_year_entered_after_asking(qtbot, admin, messages):
    dialog = open_calendar(qtbot, admin, 2027)
    assert dialog.entered_button.text() == "Mark 2027 as &entered"
    messages.answer = False
    click(qtbot, dialog.entered_button)
    assert "2027" in messages.questions[0]
    assert dialog.warning.isVisible() and 2027 not in calendar.entered_years()
    messages.answer = True
    click(qtbot, dialog.entered_button)
    assert 2027 in calendar.entered_years()
    assert not dialog.warning.isVisible()
    assert not dialog.entered_button.isEnabled()
    dialog.year.setValue(2028)  # the next year is missing in turn
    assert dialog.warning.isVisible() and "2028" in dialog.warning_label.text()
    assert dialog.entered_button.text() == "Mark 2028 as &entered"


def test_the_year_is_typed_in_the_spin_box(qtbot, admin):
    dialog = open_calendar(qtbot, admin)
    assert dialog.shown_year() == 2026 and dialog.current_day() == DECEMBER  # today
    dialog.year.setFocus()
    dialog.year.selectAll()
    qtbot.keyClicks(dialog.year, "2027")
    assert dialog.shown_year() == 2027 and dialog.warning.isVisible()
    assert dialog.current_day() == dt.date(2027, 1, 1)


# ---------------------------------------------------------------- the main window


def test_the_main_window_warns_everyone_and_the_admin_fixes_it(qtbot, sessions, store, monkeypatch):
    officer = open_window(qtbot, sessions["officer"], store)
    bar = officer.calendar_warning
    assert bar.isVisible() and "2027" in bar.text()
    assert bar.button is None  # an officer cannot fix it
    assert officer.admin_menu is None and "Ad&ministration" not in officer.menu_titles()
    assert officer.open_calendar() is None and officer.open_schedule() is None

    window = open_window(qtbot, sessions["admin"], store)
    assert window.calendar_warning.isVisible() and window.calendar_warning.button is not None
    titles = [a.text() for a in window.admin_menu.actions() if not a.isSeparator()]
    assert titles == [
        "&Users…",
        "Hall &settings…",
        "&Calendar…",
        "Work sc&hedule…",
        "Leave &kinds…",
        "&Inspection categories…",
        "Sanction &rules…",
        "Si&gning certificate…",
        "Restore from a &backup…",
    ]
    click_menu_item(qtbot, window, window.admin_menu, window.calendar_action)
    qtbot.waitUntil(lambda: isinstance(window._dialog, CalendarDialog))
    dialog = window._dialog
    dialog.year.setValue(2027)
    click(qtbot, dialog.entered_button)
    assert not window.calendar_warning.isVisible()  # at once, without closing the dialog
    dialog.close()

    # The bar opens the calendar too.
    for module in (warning_bars, calendar_dialog):
        monkeypatch.setattr(module, "today", lambda: dt.date(2029, 12, 1))
    window.calendar_warning.refresh()
    assert "2030" in window.calendar_warning.text()
    click(qtbot, window.calendar_warning.button)
    qtbot.waitUntil(lambda: isinstance(window._dialog, CalendarDialog))
    assert window._dialog.shown_year() == 2029
    window._dialog.close()


def test_no_warning_when_the_coming_weeks_are_known(qtbot, officer, store, monkeypatch):
    monkeypatch.setattr(warning_bars, "today", lambda: dt.date(2026, 6, 1))
    window = open_window(qtbot, officer, store)
    assert not window.calendar_warning.isVisible() and window.calendar_warning.text() == ""


def test_the_schedule_opens_from_the_administration_menu(qtbot, admin, store):
    window = open_window(qtbot, admin, store)
    click_menu_item(qtbot, window, window.admin_menu, window.schedule_action)
    qtbot.waitUntil(lambda: isinstance(window._dialog, ScheduleDialog))
    window._dialog.close()


# ---------------------------------------------------------------- the work schedule


def test_schedule_lists_the_periods_and_todays_hours(qtbot, qtmodeltester, admin):
    dialog = open_schedule(qtbot, admin)
    qtmodeltester.check(dialog.model)
    rows = [
        [dialog.model.data(dialog.model.index(r, c)) for c in range(dialog.model.columnCount())]
        for r in range(dialog.model.rowCount())
    ]
    assert rows == [
        ["winter", "10-01", "04-30", "08:00–12:00", "14:30–17:30", "0 min", "every year"],
        ["summer", "05-01", "09-30", "08:00–12:00", "15:00–18:00", "0 min", "every year"],
    ]
    assert dialog.today_label.text() == "Today's hours: 08:00–12:00, 14:30–17:30 (winter)"
    assert not dialog.gap_label.isVisible()
    assert "derives the attendance of those days again" in dialog.note.text()


def test_add_a_period_with_errors_beside_the_fields_then_fixed(qtbot, admin):
    dialog = open_schedule(qtbot, admin)
    click(qtbot, dialog.add_button)
    editor = dialog.editor
    assert isinstance(editor, PeriodDialog) and editor.focusWidget() is editor.name
    ime_commit(editor.name, "冬季新作息")
    qtbot.keyClicks(editor.start_md, "02-30")  # no such day
    qtbot.keyClicks(editor.end_md, "0430")
    qtbot.keyClicks(editor.am_start, "0800")
    qtbot.keyClicks(editor.am_end, "1200")
    qtbot.keyClicks(editor.pm_start, "1130")  # before the morning ends
    qtbot.keyClicks(editor.pm_end, "17:30")
    qtbot.keyClick(editor.pm_end, Qt.Key.Key_Return)

    assert editor.isVisible() and dialog.model.rowCount() == 2
    assert editor.field_error("start_md") == "Write the month and day as MM-DD, such as 10-01."
    assert editor.field_error("pm_start") == "The afternoon must start after the morning ends."
    assert editor.field_invalid("start_md") and editor.field_invalid("pm_start")
    assert editor.field_error_label("pm_start").isVisible()
    assert not editor.field_error("am_start")
    assert editor.am_start.text() == "08:00" and editor.pm_start.text() == "11:30"  # tidied
    assert editor.end_md.text() == "04-30"
    assert editor.focusWidget() is editor.start_md  # the first problem

    replace_text(qtbot, editor.start_md, "1001")
    assert not editor.field_error("start_md")  # gone as soon as the field changes
    replace_text(qtbot, editor.pm_start, "1400")
    assert not editor.field_invalid("pm_start")
    qtbot.mouseClick(editor.has_from, Qt.MouseButton.LeftButton, pos=QPoint(8, editor.has_from.height() // 2))
    assert editor.effective_from.isEnabled()
    editor.effective_from.setFocus()
    qtbot.keyClicks(editor.effective_from, "2025-12-10")
    editor.grace.setFocus()
    editor.grace.selectAll()
    qtbot.keyClicks(editor.grace, "5")
    click(qtbot, editor.save_button)

    assert dialog.editor is None and dialog.model.rowCount() == 3
    new = dialog.selected()
    assert (new.name, new.start_md, new.pm_start, new.grace_minutes, new.effective_from) == (
        "冬季新作息",
        "10-01",
        "14:00",
        5,
        dt.date(2025, 12, 10),
    )
    assert dialog.model.data(dialog.model.index(2, 6)) == "from 2025-12-10"
    assert schedule.hours_for(dt.date(2025, 12, 10)).period == "冬季新作息"
    assert schedule.hours_for(dt.date(2025, 12, 9)).period == "winter"


def test_change_and_void_a_period(qtbot, admin):
    dialog = open_schedule(qtbot, admin)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)  # summer
    assert dialog.selected().name == "summer"
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    editor = dialog.editor
    assert isinstance(editor, PeriodDialog) and editor.pm_start.text() == "15:00"
    replace_text(qtbot, editor.pm_start, "1430")
    qtbot.keyClick(editor.pm_start, Qt.Key.Key_Return)
    assert dialog.editor is None
    assert dialog.model.data(dialog.model.index(1, 4)) == "14:30–18:00"
    assert dialog.selected().name == "summer"

    click(qtbot, dialog.void_button)
    voider = dialog.editor
    assert isinstance(voider, VoidPeriodDialog) and "'summer' (05-01 to 09-30)" in voider.intro.text()
    click(qtbot, voider.save_button)
    assert voider.field_error("reason") == "Give a reason."
    ime_commit(voider.reason, "改为全年统一作息")
    qtbot.keyClick(voider.reason, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 1
    summer = SchedulePeriod.get(SchedulePeriod.name == "summer")
    assert summer.voided_at is not None and summer.voided_reason == "改为全年统一作息"
    assert dialog.gap_label.isVisible()
    assert "2026-05-01 – 2026-09-30" in dialog.gap_label.text()


def test_a_period_changed_meanwhile_is_a_conflict_shown_in_the_dialog(qtbot, admin):
    dialog = open_schedule(qtbot, admin)
    click(qtbot, dialog.edit_button)
    editor = dialog.editor
    winter = schedule.active_periods()[0]
    data = schedule.PeriodInput(
        "winter", "10-01", "04-30", "08:00", "12:00", "14:30", "17:30", grace_minutes=3
    )
    schedule.save_period(admin, winter.id, data, winter.version)  # someone else, first
    replace_text(qtbot, editor.am_start, "0830")
    click(qtbot, editor.save_button)
    assert editor.isVisible() and "after you opened it" in editor.banner_text()
    click(qtbot, editor.reload_button)
    assert editor.grace.value() == 3 and editor.am_start.text() == "08:00"


def test_an_officer_reads_the_schedule_but_changes_nothing(qtbot, officer):
    dialog = open_schedule(qtbot, officer)
    assert dialog.model.rowCount() == 2
    assert not dialog.add_button.isVisible() and not dialog.void_button.isVisible()
    assert dialog.add_period() is None and dialog.void_period() is None
