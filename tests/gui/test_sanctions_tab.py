"""The Sanctions Ledger tab, driven as the manager and the duty officer drive it: clicks, dialogs, files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app import attendance, certificate, notices, roster, sanctions, settings
from app.roster import StaffInput
from app.sanction_rules import week_period
from db.models import Punch
from tests.gui.helpers import closed, dialog_of, open_window, type_text
from ui import common, notice_verify, passphrase_dialog, pdf_preview, sanctions_dialogs, worker
from ui.duty_inspection import ReasonDialog
from ui.passphrase_dialog import UnlockKeyDialog
from ui.passphrase_dialog import ask_identity as real_ask_identity
from ui.sanctions_dialogs import EvaluateDialog, RecordEntryDialog, default_week_day
from ui.sanctions_model import (
    COL_NOTICE,
    COL_STATUS,
    E_ELIGIBLE,
    EligibilityModel,
    EntriesModel,
    LedgerProxy,
    OutcomesModel,
)
from ui.sanctions_tab import SanctionsTab

MON = dt.date(2025, 12, 1)  # winter hours: 08:00-12:00, 14:30-17:30, no grace
WEEK = week_period("2025-W49")
NOW = dt.datetime(2025, 12, 8, 9, 0)  # the Monday after: the evaluation offers last week
PASSPHRASE = "passphrase-123"
ON_TIME = {"AM": ("07:55", "12:01"), "PM": ("14:25", "17:31")}
PATTERNS = {
    "on_time": lambda s: ON_TIME[s],
    "late": lambda s: ("08:20", "12:01") if s == "AM" else ("14:45", "17:31"),
    "early": lambda s: ("07:55", "11:40") if s == "AM" else ("14:25", "17:00"),
    "late_early": lambda s: ("08:20", "11:40") if s == "AM" else ("14:45", "17:00"),
    "absent": lambda s: (),
}
# 张三: late and early once each → 通报批评; 李四: three lapses → 通报批评 and loss of eligibility.
PLAN = {
    ("张三", 0, "AM"): "late",
    ("张三", 1, "PM"): "early",
    ("李四", 2, "AM"): "late_early",
    ("李四", 3, "PM"): "absent",
}


# ---------------------------------------------------------------- fixtures and helpers


@pytest.fixture(autouse=True)
def messages(messages, monkeypatch):
    """The shared recorders; the file dialogs, the passphrase prompt and the preview question of this tab."""
    monkeypatch.setattr(worker, "show_error", common.show_error)
    messages.pdf_path = ""
    messages.verify_path = ""
    messages.passphrase = PASSPHRASE
    messages.unlocks = 0
    messages.open_preview = False

    def confirm(parent, title, text):
        messages.questions.append(text)
        return messages.open_preview if "Open it now" in text else messages.answer

    def ask_identity(parent, session):
        messages.unlocks += 1
        return certificate.unlock(session, messages.passphrase)

    monkeypatch.setattr(common, "confirm", confirm)
    monkeypatch.setattr(passphrase_dialog, "ask_identity", ask_identity)
    monkeypatch.setattr(pdf_preview, "choose_pdf_path", lambda parent, suggested: messages.pdf_path)
    monkeypatch.setattr(notice_verify, "choose_notice_file", lambda parent: messages.verify_path)
    return messages


@pytest.fixture
def hall(manager, admin):
    """One unit with 张三 (XR1), 李四 (XR2) and 王五 (XR3); the letterhead and a signing certificate."""
    unit = roster.add_unit(manager, "社会保险服务中心")
    people = {}
    for i, name in enumerate(["张三", "李四", "王五"], start=1):
        window = roster.add_window(manager, unit.id, f"0{i}")
        people[name] = roster.add_staff(
            manager,
            StaffInput(
                staff_no=f"XR{i}",
                name=name,
                unit_id=unit.id,
                window_id=window.id,
                hire_date=dt.date(2024, 1, 2),
                trained_on=dt.date(2024, 1, 20),
            ),
        )
    settings.put(admin, "notice_prefix", "新人社窗")
    settings.put(admin, "notice_issuer", "新县人力资源和社会保障局")
    certificate.create_self_signed(admin, PASSPHRASE)
    work_week(people, PLAN)
    return SimpleNamespace(unit=unit, zhang=people["张三"], li=people["李四"], wang=people["王五"])


def work_week(people: dict, plan: dict) -> None:
    """Punches for Monday to Friday: on time unless ``plan`` says otherwise for (name, weekday, session)."""
    rows = []
    for name, person in people.items():
        for d in range(5):
            day = MON + dt.timedelta(days=d)
            for s in ("AM", "PM"):
                for t in PATTERNS[plan.get((name, d, s), "on_time")](s):
                    rows.append(
                        {"staff": person.id, "at": dt.datetime.combine(day, dt.time.fromisoformat(t))}
                    )
    Punch.insert_many(rows).execute()
    attendance.invalidate_days([MON + dt.timedelta(days=d) for d in range(7)])


def proposals(manager) -> dict[tuple[str, str], int]:
    """Evaluate the week through the service: entry ids by (name, kind)."""
    return {(o.name, o.kind): o.entry_id for o in sanctions.evaluate(manager, WEEK, now=NOW)}


def open_tab(qtbot, session) -> SanctionsTab:
    tab = SanctionsTab(session, clock=lambda: NOW)
    qtbot.addWidget(tab)
    tab.resize(1300, 820)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    return tab


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_entry(qtbot, tab: SanctionsTab, name: str, kind: str) -> sanctions.Entry:
    """Click the line of ``name``'s entry of ``kind`` in the ledger."""
    row = next(i for i, e in enumerate(tab.rows_shown()) if e.name == name and e.kind == kind)
    index = tab.proxy.index(row, 2)
    tab.view.scrollTo(index)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.visualRect(index).center())
    chosen = tab.chosen()
    assert chosen is not None and (chosen.name, chosen.kind) == (name, kind)
    return chosen


def double_click(qtbot, widget, pos) -> None:
    """A real double-click: press and release, then the second press that Qt reports as a double-click."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def evaluate_in_dialog(qtbot, tab: SanctionsTab) -> EvaluateDialog:
    click(qtbot, tab.evaluate_button)
    dialog = dialog_of(qtbot, tab, EvaluateDialog)
    click(qtbot, dialog.evaluate_button)
    qtbot.waitUntil(lambda: dialog.outcomes is not None)
    return dialog


# ---------------------------------------------------------------- the manager's week


def test_the_manager_evaluates_last_week_and_sees_what_is_proposed(qtbot, manager, hall):
    tab = open_tab(qtbot, manager)
    assert tab.rows_shown() == []
    assert "Evaluate a week" in tab.empty_label.text()
    dialog = evaluate_in_dialog(qtbot, tab)
    assert dialog.period() == WEEK  # on a Monday, last week is offered
    assert "2025-12-01" in dialog.week_label.text() and "2025-12-07" in dialog.week_label.text()
    assert dialog.summary.text().startswith("Week 2025-W49: 3 new, 0 updated, 0 withdrawn")
    assert [dialog.model.row_at(i).change for i in range(dialog.model.rowCount())] == ["new"] * 3
    dialog.buttons.button(dialog.buttons.StandardButton.Close).click()
    qtbot.waitUntil(lambda: closed(dialog))

    shown = {(e.name, e.kind, e.status) for e in tab.rows_shown()}
    assert shown == {
        ("张三", "CRITICISM", "proposed"),
        ("李四", "CRITICISM", "proposed"),
        ("李四", "INELIGIBLE", "proposed"),
    }
    entry = click_entry(qtbot, tab, "张三", "CRITICISM")
    details = tab.details.details_text()
    assert "张三 (XR1), 社会保险服务中心" in details
    assert "period 2025-W49" in details and "proposed by an evaluation by Manager1 (manager1)" in details
    assert tab.details.evidence_lines() == [
        "2025-12-01 morning late: clocked in 08:20, due 08:00",
        "2025-12-02 afternoon early leave: clocked out 17:00, until 17:30",
    ]
    assert entry.counted == 2
    assert tab.confirm_button.isEnabled() and tab.dismiss_button.isEnabled()
    assert not tab.issue_button.isEnabled() and not tab.revoke_button.isEnabled()

    # Evaluating again changes nothing.
    again = evaluate_in_dialog(qtbot, tab)
    assert "0 new, 0 updated, 0 withdrawn; 3 unchanged" in again.summary.text()


def test_evaluation_offers_this_week_except_on_mondays():
    assert default_week_day(dt.date(2025, 12, 8)) == dt.date(2025, 12, 1)
    assert default_week_day(dt.date(2025, 12, 10)) == dt.date(2025, 12, 10)


def test_confirm_then_issue_a_signed_notice_saved_where_the_manager_says(
    qtbot, manager, hall, messages, tmp_path
):
    ids = proposals(manager)
    tab = open_tab(qtbot, manager)
    click_entry(qtbot, tab, "张三", "CRITICISM")
    click(qtbot, tab.confirm_button)
    entry = tab.chosen()
    assert entry.id == ids[("张三", "CRITICISM")] and entry.status == "confirmed"
    assert "confirmed" in tab.message_text()
    assert tab.issue_button.isEnabled() and not tab.confirm_button.isEnabled()

    messages.pdf_path = str(tmp_path / "notice.pdf")
    click(qtbot, tab.issue_button)
    qtbot.waitUntil(lambda: sanctions.entry(entry.id).status == "issued" and tab.notice_desk.job is None)
    assert not messages.errors
    assert "numbered, signed notice" in messages.questions[0]
    pdf = Path(messages.pdf_path)
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    assert messages.unlocks == 1
    row = tab.model.row_of(entry.id)
    assert tab.model.index(row, COL_NOTICE).data() == "新人社窗〔2025〕1号"
    assert tab.model.index(row, COL_STATUS).data() == "notice issued"
    assert tab.chosen().id == entry.id and "新人社窗〔2025〕1号" in tab.details.details_text()
    assert "saved to" in tab.message_text()
    assert tab.save_notice_button.isEnabled() and tab.revoke_button.isEnabled()
    assert not tab.issue_button.isEnabled()

    # A second notice in the same login does not ask for the passphrase again.
    click_entry(qtbot, tab, "李四", "CRITICISM")
    click(qtbot, tab.confirm_button)
    messages.pdf_path = ""  # the manager cancels the file dialog: the notice is stored anyway ...
    messages.open_preview = True  # ... and opens it to read
    click(qtbot, tab.issue_button)
    li = ids[("李四", "CRITICISM")]
    qtbot.waitUntil(lambda: sanctions.entry(li).status == "issued" and tab.notice_desk.job is None)
    assert messages.unlocks == 1
    assert "新人社窗〔2025〕2号" in tab.message_text() and "stored in HallDesk" in tab.message_text()
    assert "Open it now" in messages.questions[-1]
    if pdf_preview.available():
        preview = tab.notice_desk.preview
        qtbot.waitUntil(preview.isVisible)
        assert preview.page_count() >= 1 and preview.windowTitle() == "Notice 新人社窗〔2025〕2号"
        preview.close()

    # Saved again later from the ledger.
    messages.pdf_path = str(tmp_path / "again.pdf")
    click(qtbot, tab.save_notice_button)
    assert Path(messages.pdf_path).read_bytes() == notices.notice_pdf(notices.notices_of(li)[0].id)


def test_a_wrong_passphrase_is_said_in_the_dialog_and_can_be_retried(qtbot, manager, hall):
    dialog = UnlockKeyDialog(manager)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    type_text(qtbot, dialog.passphrase, "not-the-one")
    click(qtbot, dialog.unlock_button)
    assert "passphrase does not open" in dialog.error_text()
    assert dialog.isVisible() and dialog.identity is None
    dialog.passphrase.clear()
    type_text(qtbot, dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.unlock_button)
    assert dialog.identity is not None
    assert dialog.identity.fingerprint == certificate.current().fingerprint


def test_without_a_certificate_the_manager_is_told_who_sets_one_up(qtbot, manager, messages):
    assert real_ask_identity(None, manager) is None
    (err,) = messages.errors
    assert "Administration → Signing certificate" in str(err)


def test_dismiss_a_proposal_with_the_reason(qtbot, manager, hall):
    ids = proposals(manager)
    tab = open_tab(qtbot, manager)
    click_entry(qtbot, tab, "李四", "CRITICISM")
    click(qtbot, tab.dismiss_button)
    dialog = dialog_of(qtbot, tab, ReasonDialog)
    assert not dialog.ok_button.isEnabled()  # a reason is needed
    type_text(qtbot, dialog.reason, "周四下午经批准外出，假条补录")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: closed(dialog))
    entry = sanctions.entry(ids[("李四", "CRITICISM")])
    assert entry.status == "dismissed" and entry.dismissed_reason == "周四下午经批准外出，假条补录"
    assert tab.chosen().id == entry.id
    details = tab.details.details_text()
    assert "周四下午经批准外出" in details and "dismissed by Manager1 (manager1)" in details
    assert not tab.confirm_button.isEnabled() and not tab.dismiss_button.isEnabled()


def test_eligibility_shows_who_lost_it_once_the_entry_is_confirmed(qtbot, manager, hall):
    proposals(manager)
    tab = open_tab(qtbot, manager)
    tab.pages.setCurrentWidget(tab.eligibility)
    page = tab.eligibility
    assert page.year.value() == 2025
    li = page.standing_of("XR2")
    assert li.eligible and li.pending  # proposed, not decided yet
    assert "3 of 3 keep their eligibility for 2025; 1 with a proposal still to decide." == page.count_text()

    tab.pages.setCurrentWidget(tab.ledger_page)
    click_entry(qtbot, tab, "李四", "INELIGIBLE")
    click(qtbot, tab.confirm_button)
    tab.pages.setCurrentWidget(tab.eligibility)
    li = page.standing_of("XR2")
    assert not li.eligible
    row = next(i for i, s in enumerate(page.rows_shown()) if s.staff_no == "XR2")
    assert page.proxy.index(row, E_ELIGIBLE).data() == "no"
    assert "2025-W49: counted 3" in page.proxy.index(row, E_ELIGIBLE + 1).data()
    assert page.count_text() == "2 of 3 keep their eligibility for 2025."
    page.lost_only.setChecked(True)
    assert [s.staff_no for s in page.rows_shown()] == ["XR2"]

    # Double-clicking the person shows their record in the ledger, every year.
    index = page.proxy.index(0, 1)
    double_click(qtbot, page.view.viewport(), page.view.visualRect(index).center())
    assert tab.pages.currentWidget() is tab.ledger_page
    assert {e.name for e in tab.rows_shown()} == {"李四"} and len(tab.rows_shown()) == 2
    assert tab.all_dates.isChecked() and "李四 (XR2)" in tab.filter_bar.person_label.text()
    click(qtbot, tab.filter_bar.everyone_button)
    assert len(tab.rows_shown()) == 3


def test_record_a_commendation_directly(qtbot, manager, hall):
    tab = open_tab(qtbot, manager)
    click(qtbot, tab.record_button)
    dialog = dialog_of(qtbot, tab, RecordEntryDialog)
    dialog.save_button.click()
    assert dialog.field_error("staff") and dialog.field_error("reason")
    type_text(qtbot, dialog.person, "wangw")
    assert dialog.person.settle()
    type_text(qtbot, dialog.reason, "拾金不昧，群众来信表扬")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: closed(dialog))
    entry = tab.chosen()
    assert (entry.name, entry.kind, entry.status) == ("王五", "COMMENDATION", "confirmed")
    assert (
        entry.day == NOW.date()
        and "entered and confirmed by Manager1 (manager1)" in tab.details.details_text()
    )
    assert tab.issue_button.isEnabled()


def test_filters_and_the_search(qtbot, manager, hall):
    proposals(manager)
    tab = open_tab(qtbot, manager)
    assert len(tab.rows_shown()) == 3
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("INELIGIBLE"))
    assert [(e.name, e.kind) for e in tab.rows_shown()] == [("李四", "INELIGIBLE")]
    tab.kind_filter.setCurrentIndex(0)
    type_text(qtbot, tab.search, "zs")
    assert [e.name for e in tab.rows_shown()] == ["张三"]
    tab.search.clear()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("confirmed"))
    assert tab.rows_shown() == [] and "No entries match" in tab.empty_label.text()
    tab.status_filter.setCurrentIndex(0)
    tab.from_date.setDate(tab.from_date.date().addYears(1))  # 2026: nothing yet
    qtbot.waitUntil(lambda: tab.rows_shown() == [])
    tab.all_dates.setChecked(True)
    assert len(tab.rows_shown()) == 3


# ---------------------------------------------------------------- the duty officer reads


def test_an_officer_reads_the_ledger_but_cannot_decide(qtbot, manager, officer, hall):
    proposals(manager)
    tab = open_tab(qtbot, officer)
    assert len(tab.rows_shown()) == 3
    click_entry(qtbot, tab, "张三", "CRITICISM")
    assert len(tab.details.evidence_lines()) == 2
    for button in (
        tab.evaluate_button,
        tab.record_button,
        tab.confirm_button,
        tab.dismiss_button,
        tab.issue_button,
        tab.revoke_button,
    ):
        assert not button.isEnabled(), button.text()
        assert button.toolTip() == "Only a manager may do this."
    assert tab.person_button.isEnabled() and tab.refresh_button.isEnabled()


# ---------------------------------------------------------------- revoking


def test_revoking_an_issued_entry_issues_a_revocation_notice(
    qtbot, manager, hall, messages, tmp_path, monkeypatch
):
    ids = proposals(manager)
    zhang = ids[("张三", "CRITICISM")]
    sanctions.confirm(manager, zhang)
    notices.issue(manager, zhang, certificate.unlock(manager, PASSPHRASE), today=NOW.date())
    tab = open_tab(qtbot, manager)
    click_entry(qtbot, tab, "张三", "CRITICISM")
    assert tab.revoke_button.isEnabled()
    click(qtbot, tab.revoke_button)
    dialog = dialog_of(qtbot, tab, ReasonDialog)
    assert "新人社窗〔2025〕1号" in dialog.prompt.text()
    type_text(qtbot, dialog.reason, "考勤机时钟快了二十分钟")
    messages.pdf_path = str(tmp_path / "revocation.pdf")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: sanctions.entry(zhang).status == "revoked" and tab.notice_desk.job is None)
    assert not messages.errors and messages.unlocks == 1
    assert Path(messages.pdf_path).read_bytes().startswith(b"%PDF")
    assert [n.purpose for n in notices.notices_of(zhang)] == ["decision", "revocation"]
    assert "revoked by notice 新人社窗〔2025〕2号" in tab.message_text()
    assert "revoked by 新人社窗〔2025〕2号" in tab.details.details_text()

    # Two notices now: the manager is asked which one to save.
    asked = []
    monkeypatch.setattr(
        sanctions_dialogs, "choose_notice", lambda parent, rows: asked.append(len(rows)) or rows[-1]
    )
    messages.pdf_path = str(tmp_path / "saved-again.pdf")
    click(qtbot, tab.save_notice_button)
    assert asked == [2]
    assert Path(messages.pdf_path).read_bytes() == Path(tmp_path / "revocation.pdf").read_bytes()


# ---------------------------------------------------------------- the window: verifying and evidence


def test_verify_reports_genuine_then_altered_for_a_changed_byte(
    qtbot, manager, hall, store, messages, tmp_path
):
    ids = proposals(manager)
    zhang = ids[("张三", "CRITICISM")]
    sanctions.confirm(manager, zhang)
    issued = notices.issue(manager, zhang, certificate.unlock(manager, PASSPHRASE), today=NOW.date())
    genuine = issued.write(tmp_path / "genuine.pdf")
    data = bytearray(genuine.read_bytes())
    data[len(data) // 2] ^= 0x01
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))

    window = open_window(qtbot, manager, store)
    assert window.verify_action.text() == "&Verify a notice…"
    file_actions = [a.text() for a in window.file_menu.actions()]
    assert file_actions.index("&Verify a notice…") == file_actions.index("Import &punches…") + 1

    messages.verify_path = str(genuine)
    box = window.verify_notice()
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text().startswith("Genuine")
    assert "新人社窗〔2025〕1号" in box.informativeText() and "通报批评" in box.informativeText()
    box.close()

    messages.verify_path = str(altered)
    box = window.verify_notice()
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith("Altered")
    box.close()

    messages.verify_path = str(tmp_path / "missing.pdf")
    assert window.verify_notice() is None
    assert len(messages.errors) == 1 and "missing.pdf" in str(messages.errors[0])


def test_double_clicking_evidence_opens_that_day_in_attendance(qtbot, manager, hall, store):
    ids = proposals(manager)
    window = open_window(qtbot, manager, store)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())][-1] == "Sanctions ledger"
    window.tabs.setCurrentWidget(window._sanctions_page)
    tab = window.sanctions_tab
    tab.show_entry(ids[("张三", "CRITICISM")])  # last year's entry: the filters widen to show it
    assert tab.chosen().id == ids[("张三", "CRITICISM")]
    evidence = tab.details.evidence
    line = evidence.item(1)  # 2025-12-02 afternoon, early leave
    evidence.scrollToItem(line)
    double_click(qtbot, evidence.viewport(), evidence.visualItemRect(line).center())
    assert window.tabs.currentWidget() is window._attendance_page
    assert window.attendance_tab.day == dt.date(2025, 12, 2)


def test_an_inspection_line_opens_the_duty_log_day(qtbot, manager, store, hall):
    window = open_window(qtbot, manager, store)
    window.tabs.setCurrentWidget(window._sanctions_page)
    item = {"type": "inspection", "id": 1, "day": "2025-12-03", "at": "2025-12-03T09:40"}
    window.sanctions_tab.open_evidence(item)
    assert window.tabs.currentWidget() is window._duty_page
    assert window.duty_tab.log_page.day == dt.date(2025, 12, 3)


# ---------------------------------------------------------------- the models


def test_models_pass_the_model_tester(qtmodeltester, manager, hall):
    outcomes = sanctions.evaluate(manager, WEEK, now=NOW)
    model = EntriesModel()
    model.set_rows(sanctions.list_entries())
    qtmodeltester.check(model)
    proxy = LedgerProxy()
    proxy.setSourceModel(model)
    proxy.set_query("li")
    qtmodeltester.check(proxy)
    standings = EligibilityModel()
    from app import eligibility

    standings.set_rows(eligibility.standings(2025))
    qtmodeltester.check(standings)
    done = OutcomesModel()
    done.set_rows(outcomes)
    qtmodeltester.check(done)
