"""A working session on the full-scale hall, timed, in its own process so its peak memory is its own.

Run as ``python -m tests.benchmarks.full_scale_probe URL``; prints one JSON line:
the Attendance tab on days spread over the five years (each the first time
that day is read, so it is derived then), the weekly summary dialog, the
daily register PDF, and the process's peak resident memory.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import sys
import time


def main(url: str) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app import auth, roster
    from app.store import open_store
    from ui import fonts
    from ui.application import make_application

    app = make_application()
    fonts.install_fonts(app)
    store = open_store(url)
    manager = auth.Session(
        username="bangong", role=auth.Role.MANAGER, permissions=auth.permissions_for(auth.Role.MANAGER)
    )
    from ui.main_window import MainWindow

    window = MainWindow(manager, store, idle_ms=0, remember_geometry=False)
    window.resize(1366, 768)
    window.show()
    app.processEvents()

    # The Attendance tab: every 53rd day back from yesterday, over five years.
    window.tabs.setCurrentWidget(window._attendance_page)
    tab = window.attendance_tab
    app.processEvents()
    today = roster.today()
    days = [today - dt.timedelta(days=1 + 53 * i) for i in range(0, 34)]
    attendance_ms = []
    for day in days:
        start = time.perf_counter()
        tab.show_day(day)
        app.processEvents()
        attendance_ms.append((time.perf_counter() - start) * 1000)

    # The weekly summary for the Monday meeting, opened as the manager opens it.
    from ui.weekly_dialog import WeeklyDialog

    monday = today - dt.timedelta(days=today.weekday())
    clock = lambda: dt.datetime.combine(monday, dt.time(7, 20))  # noqa: E731
    weekly_ms = []
    for _ in range(3):
        start = time.perf_counter()
        dialog = WeeklyDialog(manager, window, clock=clock)
        dialog.show()
        app.processEvents()
        weekly_ms.append((time.perf_counter() - start) * 1000)
        assert dialog.unit_rows()
        dialog.close()
        dialog.deleteLater()
        app.processEvents()

    # The daily register of the last workday, as PDF bytes.
    from app import register_pdf

    day = today - dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    register_ms = []
    for _ in range(3):
        start = time.perf_counter()
        _data, pages = register_pdf.register_pdf(day)
        register_ms.append((time.perf_counter() - start) * 1000)

    window.close()
    app.processEvents()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "attendance_ms": [round(v, 1) for v in attendance_ms],
        "weekly_ms": [round(v, 1) for v in weekly_ms],
        "register_ms": [round(v, 1) for v in register_ms],
        "register_pages": pages,
        "staff": roster.count_staff("all"),
        "peak_mb": round(peak_kb / 1024, 1),
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
