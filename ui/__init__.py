"""HallDesk's window: Qt lives here and only here. No rule is written in a widget."""

import sys


def _pin_singletons() -> None:
    """Work around a reference-count bug of PySide6 6.12.0 on Python 3.11.

    There, every call of a Qt method that returns nothing (``setText``,
    ``setValue`` ...) releases a reference to ``None`` it never took, and every
    ``Signal.emit()`` does the same to ``True``. After some thousands of calls
    the interpreter aborts ("none_dealloc: deallocating None"). From Python
    3.12 on, None, True and False are immortal and nothing needs doing; on 3.11
    they get a reference count no program can use up. Only release builds of
    CPython are touched, and only when ``ob_refcnt`` is where we expect it.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    if hasattr(sys, "gettotalrefcount"):  # a debug build lays objects out differently
        return
    import ctypes

    for singleton in (None, True, False):
        before = sys.getrefcount(singleton)
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if abs(count.value - before) > 1000:  # a pointer, not a count: leave it alone
            continue
        count.value += 1 << 40


_pin_singletons()
