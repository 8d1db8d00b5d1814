"""The main window warns on start about past workdays whose duty log is not closed."""

from __future__ import annotations

import datetime as dt

from app import duty_log, roster
from tests.gui.helpers import open_window
from ui import warning_bars

MON, TUE, WED = dt.date(2025, 12, 1), dt.date(2025, 12, 2), dt.date(2025, 12, 3)


def close_day(officer, leader, day):
    duty_log.open_log(officer, day, today=day)
    view = duty_log.get_log(day)
    duty_log.save(
        officer,
        day,
        checks={c.window_id: (True, "") for c in view.checks},
        hygiene=(True, ""),
        safety=(True, ""),
        doors=(True, ""),
    )
    duty_log.sign_officer(officer, day)
    duty_log.sign_leader(leader, day)


def test_unclosed_past_days_show_on_start_and_go_when_closed(qtbot, sessions, store, monkeypatch):
    officer, leader = sessions["officer"], sessions["leader"]
    unit = roster.add_unit(sessions["manager"], "社会保险服务中心")
    roster.add_window(sessions["manager"], unit.id, "01")
    monkeypatch.setattr(warning_bars, "today", lambda: dt.date(2025, 12, 4))
    close_day(officer, leader, MON)
    duty_log.open_log(officer, WED, today=WED)  # opened, not closed; Tuesday never opened

    window = open_window(qtbot, officer, store)
    bar = window.duty_warning
    assert bar.isVisible()
    assert bar.text() == "⚠ 2 past days are not closed: 2025-12-02, 2025-12-03."

    close_day(officer, leader, TUE)
    close_day(officer, leader, WED)
    bar.refresh()
    assert not bar.isVisible() and bar.text() == ""


def test_no_warning_without_any_log(qtbot, sessions, store):
    window = open_window(qtbot, sessions["leader"], store)
    assert not window.duty_warning.isVisible()
