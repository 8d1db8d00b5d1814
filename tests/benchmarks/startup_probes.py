"""Scripts the start-up benchmarks time beside HallDesk, each printing "ready at <wall clock>".

``BARE``: an empty QMainWindow, the issue's yardstick. ``SAME_WIDGETS``: the
least any PySide6 program showing what HallDesk's first window shows can do —
the staff rows read with sqlite3 into a Python table model, five tabs, menus
and a status bar, nothing else (no rules, no login, no translations): the
floor under HallDesk's own start-up. ``LOGIN``: HallDesk as a hall PC starts
it, up to its login dialog shown and ready for typing (the database opened and
checked, first start or login decided).
"""

from __future__ import annotations

import textwrap

BARE = textwrap.dedent(
    """
    import sys
    import time
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    print(f"ready at {time.time():.6f}")
    sys.exit(0)
    """
)

SAME_WIDGETS = textwrap.dedent(
    """
    import sqlite3
    import sys
    import time
    from PySide6.QtCore import QAbstractTableModel, Qt
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTableView, QTabWidget, QWidget

    rows = sqlite3.connect(sys.argv[1]).execute("SELECT * FROM staff").fetchall()

    class Rows(QAbstractTableModel):
        def rowCount(self, parent=None):
            return len(rows)

        def columnCount(self, parent=None):
            return 9

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(rows[index.row()][index.column()])

        def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"列 {section}"

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 800)
    tabs = QTabWidget()
    view = QTableView()
    model = Rows()
    view.setModel(model)
    tabs.addTab(view, "人员名册")
    for name in ("考勤", "请假", "值班日志", "奖惩台账"):
        tabs.addTab(QWidget(), name)
    window.setCentralWidget(tabs)
    for n in range(5):
        menu = window.menuBar().addMenu(f"菜单 {n}")
        for k in range(8):
            menu.addAction(f"命令 {k}")
    window.statusBar().addWidget(QLabel(sys.argv[1]))
    window.show()
    app.processEvents()
    print(f"ready at {time.time():.6f}")
    sys.exit(0)
    """
)

LOGIN = textwrap.dedent(
    """
    import importlib.abc
    import importlib.util
    import os
    import sys
    import time

    def ready(show):
        def _show(self, dialog):
            show(self, dialog)
            from PySide6.QtWidgets import QApplication

            QApplication.processEvents()
            print(f"ready at {time.time():.6f} {type(dialog).__name__}", flush=True)
            os._exit(0)

        return _show

    class Hook(importlib.abc.MetaPathFinder, importlib.abc.Loader):
        # ui.application is loaded where HallDesk loads it (the order of imports is part of what is
        # timed); its Shell then reports when the first dialog is on screen.
        def find_spec(self, name, path, target=None):
            if name != "ui.application":
                return None
            sys.meta_path.remove(self)
            self.spec = importlib.util.find_spec(name)
            return importlib.util.spec_from_loader(name, self)

        def create_module(self, spec):
            return None

        def exec_module(self, module):
            module.__spec__, module.__file__ = self.spec, self.spec.origin
            self.spec.loader.exec_module(module)
            module.Shell._show = ready(module.Shell._show)

    sys.meta_path.insert(0, Hook())
    from ui.launch import main

    sys.exit(main(["--db", sys.argv[1]]))
    """
)
