"""Long work (imports, exports, demo data, PDFs) off the UI thread, with progress.

``run_with_progress`` runs ``fn(progress=callback)`` in a QThread while a modal
progress dialog shows how far it got. The result or the error comes back on
the UI thread. A HallDeskError is shown as a dialog; anything unexpected is
shown as a plain message (the work ran inside a transaction, so nothing was
half-saved) and logged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import HallDeskError, known_problem
from db.connection import database
from ui.common import show_error

log = logging.getLogger(__name__)

_RUNNING: set[BackgroundJob] = set()


class _Runner(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[..., Any]) -> None:
        super().__init__()
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn(progress=lambda done, total: self.progressed.emit(int(done), int(total)))
        except Exception as exc:  # reported on the UI thread, never lost
            # A full disk or a vanished share is the user's to act on, in their words;
            # anything else is a bug, logged with its traceback.
            known = known_problem(exc)
            if known is None:
                log.exception("background work failed")
            self.failed.emit(known or exc)
        else:
            self.succeeded.emit(result)
        finally:
            # Each thread has its own connection (peewee thread_safe); close ours.
            if database.obj is not None and not database.obj.is_closed():
                database.obj.close()


class BackgroundJob(QObject):
    """One piece of background work; keep a reference until ``done`` fires."""

    done = Signal(object, object)  # (result, error) — exactly one is None
    progressed = Signal(int, int)  # (done, total), on the UI thread

    def __init__(self, fn: Callable[..., Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.runner = _Runner(fn)
        self.runner.moveToThread(self.thread)
        self.thread.started.connect(self.runner.run)
        # Slots of this object (which lives on the UI thread), not lambdas: a lambda
        # would run on the worker thread that emits, and touch widgets from there.
        self.runner.succeeded.connect(self._succeeded)
        self.runner.failed.connect(self._failed)
        self.runner.progressed.connect(self._progressed)

    def start(self) -> None:
        self.thread.start()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._finish(result, None)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._finish(None, error)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def _finish(self, result: Any, error: Exception | None) -> None:
        self.thread.quit()
        self.thread.wait()
        self.done.emit(result, error)


def run_with_progress(
    parent: QWidget | None,
    label: str,
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
) -> BackgroundJob:
    """Run ``fn(progress=...)`` in the background behind a modal progress dialog.

    ``on_done(result)`` runs on the UI thread when ``fn`` succeeded; errors are
    shown to the user.
    """
    dialog = QProgressDialog(label, None, 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Worker", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # Not a child of ``parent``: a parent going away would delete the job under its own
    # pending deleteLater() (a crash). The job is kept here until it has finished.
    job = BackgroundJob(fn)
    _RUNNING.add(job)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def finished(result: Any, error: Exception | None) -> None:
        dialog.close()
        dialog.deleteLater()
        _RUNNING.discard(job)
        if error is not None:
            if isinstance(error, HallDeskError):
                show_error(parent, error)
            else:
                show_error(
                    parent,
                    HallDeskError(
                        QCoreApplication.translate(
                            "Worker", "Something unexpected went wrong; nothing was saved. ({error})"
                        ).format(error=error)
                    ),
                )
        elif on_done is not None:
            on_done(result)

    job.progressed.connect(progressed)
    job.done.connect(finished)
    job.start()
    return job
