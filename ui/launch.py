"""The ``halldesk`` entry point: a command runs without Qt; no command opens the window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

# Loading the program makes tens of thousands of objects (classes, enums, Qt
# wrappers) and hardly any garbage: the collector, triggered every 700 new
# objects, would walk them over and over for nothing (some 8 % of the window's
# start-up). It stays off while the modules load; main() turns it back on.
gc.disable()

# peewee (and playhouse, for the migrations) import psycopg2 as they load, and
# psycopg2 loads libpq and OpenSSL: some 5 % of the window's start-up, on a
# hall PC that keeps its data in SQLite and never talks to PostgreSQL. They are
# loaded with the driver out of sight; db.connection.load_postgres_driver gives
# it to them when a PostgreSQL database is opened.
_DRIVER = "psycopg2"


@contextmanager
def _postgres_driver_hidden() -> Iterator[None]:
    if _DRIVER in sys.modules or "peewee" in sys.modules:  # loaded already: nothing to spare
        yield
        return
    sys.modules[_DRIVER] = None  # type: ignore[assignment]  # makes "import psycopg2" fail
    try:
        yield
    finally:
        if sys.modules.get(_DRIVER, sys) is None:
            del sys.modules[_DRIVER]


with _postgres_driver_hidden():
    from app import cli


def _load_qt_free_core(window: bool) -> None:
    """Load the Qt-free modules the first window needs, before Qt.

    Once PySide6 is imported it reads the whole source of every module an import
    statement names (its ``__feature__`` switch looks for "PySide6" in it), once
    per module. Loaded first, these and all they import are spared that; app/
    never uses Qt (an import-linter contract), so nothing is lost. The login
    dialog needs the integrity check and the settings; the main window (at once
    for ``--smoke``) also the roster, the calendar and the duty log.
    """
    from app import integrity, settings  # noqa: F401

    if window:
        import chinese_calendar  # noqa: F401  (asked at start by the missing-year warning)

        from app import calendar, duty_log, roster  # noqa: F401


def _loaded() -> None:
    """The modules are loaded: collect garbage again, leaving out for good what loading made."""
    gc.freeze()
    gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse(argv)
    if getattr(args, "command", None):
        _loaded()
        return cli.run(args)
    # --smoke goes straight to the main window. Otherwise the login dialog comes first, and
    # the window's modules load while the user types (ui.application.preload_window).
    _load_qt_free_core(window=bool(getattr(args, "smoke", False)))
    from ui.application import run_gui  # Qt is imported only from here on

    _loaded()
    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
