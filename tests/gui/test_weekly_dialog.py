"""The Weekly summary (R2), driven as the manager and the duty officer use it before the Monday meeting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import attendance, roster, sanctions, weekly
from app.roster import StaffInput
from app.sanction_rules import week_period
from db.models import Punch
from tests.gui.helpers import closed, dialog_of, type_text
from ui import common, pdf_preview, weekly_panels, worker
from ui.duty_inspection import ReasonDialog
from ui.main_window import MainWindow
from ui.weekly_dialog import WeeklyDialog

# Winter hours: 08:00-12:00, 14:30-17:30, no grace. Everyone was hired on Monday 1 December 2025.
W49, W50, W51 = week_period("2025-W49"), week_period("2025-W50"), week_period("2025-W51")
NOW = dt.datetime(2025, 12, 15, 9, 0)  # the Monday of the meeting: it reviews W50
ON_TIME = {"AM": ("07:55", "12:01"), "PM": ("14:25", "17:31")}
PATTERNS = {
    "on_time": lambda s: ON_TIME[s],
    "late": lambda s: ("08:20", "12:01") if s == "AM" else ("14:45", "17:31"),
    "early": lambda s: ("07:55", "11:40") if s == "AM" else ("14:25", "17:00"),
    "late_early": lambda s: ("08:20", "11:40") if s == "AM" else ("14:45", "17:00"),
    "absent": lambda s: (),
}
# (name, week's Monday, weekday, session) -> what happened; on time otherwise.
PLAN = {
    ("张三", W49.start, 0, "AM"): "late",
    ("王五", W49.start, 2, "PM"): "absent",
    ("张三", W50.start, 0, "AM"): "late",  # 张三: two lapses in W50 -> public criticism
    ("张三", W50.start, 1, "PM"): "early",
    ("李四", W50.start, 2, "AM"): "late_early",  # 李四: three -> criticism and loss of eligibility
    ("李四", W50.start, 3, "PM"): "absent",
    ("王五", W50.start, 4, "AM"): "late",
}
UNIT_FIELDS = (
    "unit",
    "staff",
    "sessions",
    "late",
    "early",
    "absent",
    "missing",
    "off_post",
    "findings",
    "leave_sessions",
    "commendations",
)


@pytest.fixture(autouse=True)
def messages(messages, monkeypatch):
    """The shared recorders; the save dialogs of the brief and the workbook answer with ``*_path``."""
    monkeypatch.setattr(worker, "show_error", common.show_error)
    messages.pdf_path = ""
    messages.xlsx_path = ""
    monkeypatch.setattr(pdf_preview, "choose_pdf_path", lambda parent, suggested: messages.pdf_path)
    monkeypatch.setattr(weekly_panels, "choose_xlsx_path", lambda parent, suggested: messages.xlsx_path)
    return messages


@pytest.fixture
def hall(manager):
    """社会保险服务中心 with 张三 (XR1) and 李四 (XR2), 就业服务中心 with 王五 (XR3); two weeks of punches."""
    people = {}
    units = {}
    for i, (name, unit_name) in enumerate(
        [("张三", "社会保险服务中心"), ("李四", "社会保险服务中心"), ("王五", "就业服务中心")], start=1
    ):
        if unit_name not in units:
            units[unit_name] = roster.add_unit(manager, unit_name)
        unit = units[unit_name]
        window = roster.add_window(manager, unit.id, f"0{i}")
        people[name] = roster.add_staff(
            manager,
            StaffInput(
                staff_no=f"XR{i}",
                name=name,
                unit_id=unit.id,
                window_id=window.id,
                hire_date=W49.start,
                trained_on=W49.start,
            ),
        )
    rows = []
    for monday in (W49.start, W50.start):
        for name, person in people.items():
            for d in range(5):
                day = monday + dt.timedelta(days=d)
                for s in ("AM", "PM"):
                    for t in PATTERNS[PLAN.get((name, monday, d, s), "on_time")](s):
                        rows.append(
                            {"staff": person.id, "at": dt.datetime.combine(day, dt.time.fromisoformat(t))}
                        )
    Punch.insert_many(rows).execute()
    attendance.invalidate_days([W49.start + dt.timedelta(days=d) for d in range(14)])
    return SimpleNamespace(zhang=people["张三"], li=people["李四"], wang=people["王五"])


def open_dialog(qtbot, session) -> WeeklyDialog:
    dialog = WeeklyDialog(session, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.resize(1320, 840)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def figures(period) -> list[dict]:
    """What ``halldesk weekly --json`` says about the units of ``period``."""
    return weekly.summarise(period, NOW).as_json()["units"]


def shown(dialog: WeeklyDialog) -> list[dict]:
    return [{k: row[k] for k in UNIT_FIELDS} for row in dialog.unit_rows()]


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_proposal(qtbot, dialog: WeeklyDialog, name: str, kind: str) -> weekly.Proposal:
    """Click the line of ``name``'s proposal of ``kind``."""
    row = next(i for i, p in enumerate(dialog.proposals.rows()) if (p.name, p.kind) == (name, kind))
    view = dialog.proposals.view
    index = dialog.proposals.model.index(row, 1)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    chosen = dialog.chosen_proposal()
    assert chosen is not None and (chosen.name, chosen.kind) == (name, kind)
    return chosen


# ---------------------------------------------------------------- the figures


def test_it_opens_on_the_week_the_meeting_reviews_with_the_summarys_figures(qtbot, manager, hall):
    dialog = open_dialog(qtbot, manager)
    assert dialog.period() == W50  # a Monday: last week
    assert dialog.picker.week_label.text() == "2025-W50: 8–14 Dec"
    assert shown(dialog) == figures(W50)
    units = {row["unit"]: row for row in dialog.unit_rows()}
    # 社会保险服务中心: 张三 late + early, 李四 late + early + absent = 5, against 张三's one late in W49.
    assert units["社会保险服务中心"]["violations"] == 5 and units["社会保险服务中心"]["change"] == "↑4"
    assert units["就业服务中心"]["violations"] == 1 and units["就业服务中心"]["change"] == "—"
    assert dialog.total_row()["violations"] == 6 and dialog.total_row()["sessions"] == 30
    summary = weekly.summarise(W50, NOW)
    assert dialog.chart.rows() == weekly.chart_rows(summary)
    assert [label for label, _colour in dialog.chart.legend()] == [
        "Late",
        "Early leave",
        "Absent",
        "Off post",
        "Inspection findings",
    ]
    assert dialog.people_rows() == [("XR2", "李四", 3), ("XR1", "张三", 2), ("XR3", "王五", 1)]
    assert sorted(dialog.proposal_rows()) == [
        ("张三", "public criticism", "not in the ledger yet"),
        ("李四", "loss of year-end award eligibility", "not in the ledger yet"),
        ("李四", "public criticism", "not in the ledger yet"),
    ]
    assert "6 violation(s), 2 the week before" in dialog.headline.text()
    assert "3 proposal(s), 3 not in the ledger yet" in dialog.headline.text()
    assert dialog.open_item_counts() == [0, 0, 0, 0]


def test_the_week_picker_steps_back_and_forth_and_the_numbers_follow(qtbot, manager, hall):
    dialog = open_dialog(qtbot, manager)
    click(qtbot, dialog.picker.previous_button)
    assert dialog.period() == W49 and dialog.summary.period == W49
    assert dialog.picker.week_label.text() == "2025-W49: 1–7 Dec"
    assert shown(dialog) == figures(W49)
    units = {row["unit"]: row for row in dialog.unit_rows()}
    assert units["社会保险服务中心"]["late"] == 1 and units["就业服务中心"]["absent"] == 1
    assert units["社会保险服务中心"]["change"] == "↑1"  # nobody worked the week before
    assert dialog.proposal_rows() == [] and not dialog.proposals.empty.isHidden()

    click(qtbot, dialog.picker.next_button)
    assert dialog.period() == W50 and shown(dialog) == figures(W50)
    click(qtbot, dialog.picker.next_button)  # the current week, as far as it goes
    assert dialog.period() == W51 and shown(dialog) == figures(W51)
    assert not dialog.picker.next_button.isEnabled()


def test_choosing_a_person_shows_their_evidence_and_a_double_click_opens_the_day(qtbot, manager, hall):
    dialog = open_dialog(qtbot, manager)
    assert dialog.select_person(hall.zhang.id)
    assert dialog.chosen_person() == hall.zhang.id
    assert dialog.chosen_proposal().name == "张三"  # the person's proposal is the one to decide on
    assert dialog.evidence_lines() == [
        "2025-12-08 morning late: clocked in 08:20, due 08:00",
        "2025-12-09 afternoon early leave: clocked out 17:00, until 17:30",
    ]
    # 王五 has no proposal: his sessions that were not on time are listed.
    assert dialog.select_person(hall.wang.id)
    assert dialog.chosen_proposal() is None
    assert dialog.evidence_lines() == ["2025-12-12 morning late: clocked in 08:20, due 08:00"]
    line = dialog.evidence.list.item(0)
    with qtbot.waitSignal(dialog.show_attendance_day) as opened:
        dialog.evidence.list.itemActivated.emit(line)
    assert opened.args == [dt.date(2025, 12, 12)]


# ---------------------------------------------------------------- deciding


def test_the_manager_enters_the_week_in_the_ledger_and_confirms_a_proposal(qtbot, manager, hall):
    dialog = open_dialog(qtbot, manager)
    assert not dialog.proposals.confirm_button.isEnabled()  # nothing is in the ledger yet
    click(qtbot, dialog.proposals.enter_button)
    assert dialog.message_text().startswith("Week 2025-W50: 3 new")
    assert {status for _n, _k, status in dialog.proposal_rows()} == {"proposed"}

    proposal = choose_proposal(qtbot, dialog, "张三", "CRITICISM")
    assert dialog.proposals.confirm_button.isEnabled() and dialog.proposals.dismiss_button.isEnabled()
    assert not dialog.proposals.issue_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.proposals.confirm_button)
    assert sanctions.entry(proposal.entry_id).status == "confirmed"
    assert ("张三", "public criticism", "confirmed") in dialog.proposal_rows()
    assert dialog.chosen_proposal().entry_id == proposal.entry_id  # still chosen
    assert f"Entry {proposal.entry_id} of 张三 confirmed" in dialog.message_text()

    with qtbot.waitSignal(dialog.open_ledger_entry) as asked:
        click(qtbot, dialog.proposals.issue_button)
    assert asked.args == [proposal.entry_id]

    # Entering the week again changes nothing.
    click(qtbot, dialog.proposals.enter_button)
    assert "0 new, 0 updated, 0 withdrawn" in dialog.message_text()


def test_dismissing_a_proposal_asks_why(qtbot, manager, hall):
    dialog = open_dialog(qtbot, manager)
    click(qtbot, dialog.proposals.enter_button)
    proposal = choose_proposal(qtbot, dialog, "李四", "INELIGIBLE")
    click(qtbot, dialog.proposals.dismiss_button)
    asked = dialog_of(qtbot, dialog, ReasonDialog)
    assert "李四" in asked.prompt.text()
    type_text(qtbot, asked.reason, "周四下午经批准外出，假条补录")
    click(qtbot, asked.ok_button)
    qtbot.waitUntil(lambda: closed(asked))
    entry = sanctions.entry(proposal.entry_id)
    assert entry.status == "dismissed" and entry.dismissed_reason == "周四下午经批准外出，假条补录"
    assert ("李四", "loss of year-end award eligibility", "dismissed") in dialog.proposal_rows()


def test_the_duty_officer_reads_but_the_decisions_are_a_managers(qtbot, officer, hall):
    dialog = open_dialog(qtbot, officer)
    assert shown(dialog) == figures(W50)
    for button in dialog.proposals.buttons:
        assert not button.isEnabled()
        assert button.toolTip() == "Only a manager may do this."
    assert dialog.brief_button.isEnabled() and dialog.export_button.isEnabled()
    dialog.proposals.enter_in_ledger()  # even called directly, nothing is written
    assert sanctions.list_entries() == []


# ---------------------------------------------------------------- the year


def test_the_year_view_shows_the_years_totals_and_leads_to_the_eligibility_list(qtbot, manager, hall):
    dialog = open_dialog(qtbot, manager)
    assert dialog.picker.year.value() == 2025
    dialog.picker.year_view.setChecked(True)
    qtbot.waitUntil(lambda: dialog.summary.period.window == "year" and not dialog.is_counting())
    year = weekly.year_period(2025)
    assert dialog.period() == year
    assert shown(dialog) == figures(year)
    assert all("change" not in row for row in dialog.unit_rows())  # no week before to compare with
    units = {row["unit"]: row for row in dialog.unit_rows()}
    assert units["社会保险服务中心"]["late"] == 3 and units["就业服务中心"]["absent"] == 1
    assert dialog.people_rows() == [("XR1", "张三", 3), ("XR2", "李四", 3), ("XR3", "王五", 2)]
    assert dialog.decisions.currentWidget() is dialog.year_note
    assert not dialog.picker.previous_button.isEnabled()
    with qtbot.waitSignal(dialog.open_eligibility) as asked:
        click(qtbot, dialog.picker.eligibility_button)
    assert asked.args == [2025]

    dialog.picker.year_view.setChecked(False)
    assert dialog.period() == W50 and shown(dialog) == figures(W50)
    assert dialog.decisions.currentWidget() is dialog.tabs


# ---------------------------------------------------------------- documents


def test_the_monday_brief_and_the_workbook_are_written_where_the_user_says(
    qtbot, manager, hall, messages, tmp_path
):
    dialog = open_dialog(qtbot, manager)
    messages.answer = False  # do not open the brief
    messages.pdf_path = str(tmp_path / "brief.pdf")
    click(qtbot, dialog.brief_button)
    qtbot.waitUntil(lambda: not dialog.documents.busy)
    assert not messages.errors
    assert Path(messages.pdf_path).read_bytes().startswith(b"%PDF")
    assert f"saved to {messages.pdf_path}" in dialog.message_text()
    if pdf_preview.available():
        assert any("Open it now" in q for q in messages.questions)

    messages.xlsx_path = str(tmp_path / "summary.xlsx")
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: not dialog.documents.busy)
    assert not messages.errors
    assert Path(messages.xlsx_path).read_bytes().startswith(b"PK")
    assert f"saved to {messages.xlsx_path}" in dialog.message_text()

    messages.pdf_path = ""  # cancelled: nothing happens
    click(qtbot, dialog.brief_button)
    assert not dialog.documents.busy


# ---------------------------------------------------------------- in the main window


def test_the_view_menu_and_the_toolbar_open_it_and_it_leads_into_the_window(qtbot, manager, store, hall):
    window = MainWindow(manager, store, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.weekly_action in window.view_menu.actions()
    assert window.weekly_action in window.toolbar.actions()
    window.weekly_action.trigger()
    dialog = window.weekly_dialog  # closes with the window (qtbot closes that one)
    assert isinstance(dialog, WeeklyDialog) and dialog.isVisible()
    window.weekly_action.trigger()
    assert window.weekly_dialog is dialog  # one at a time

    dialog.show_attendance_day.emit(dt.date(2025, 12, 9))
    assert window.tabs.currentWidget() is window._attendance_page

    ids = {(o.name, o.kind): o.entry_id for o in sanctions.evaluate(manager, W50, now=NOW)}
    entry_id = ids[("李四", "INELIGIBLE")]
    dialog.open_ledger_entry.emit(entry_id)
    tab = window.sanctions_tab
    assert window.tabs.currentWidget() is window._sanctions_page
    assert tab.chosen().id == entry_id
    assert {e.name for e in tab.rows_shown()} == {"李四"}  # only that person's record

    dialog.open_eligibility.emit(2025)
    assert tab.pages.currentWidget() is tab.eligibility and tab.eligibility.year.value() == 2025

    window.close()
    qtbot.waitUntil(lambda: closed(dialog))
    assert QApplication.activeModalWidget() is None
