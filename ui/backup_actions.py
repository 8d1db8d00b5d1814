"""File ▸ Back up now… and Administration ▸ Restore from a backup…, on app/backup.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app import backup, integrity
from app.auth import Permission, Session
from app.errors import HallDeskError
from ui import common
from ui.worker import run_with_progress


def back_up_now(parent: QWidget, succeeded=None) -> None:
    """Copy the database to the backup folder in the background and say where it went; then call
    ``succeeded()`` if given."""

    def work(progress) -> str:
        return str(backup.backup_now(why="manual"))

    def done(path: str) -> None:
        if succeeded is not None:
            succeeded()
        common.inform(
            parent,
            QCoreApplication.translate("BackupActions", "Back up now"),
            QCoreApplication.translate(
                "BackupActions", "The database was copied and the copy checked:\n{file}"
            ).format(file=path),
        )

    run_with_progress(
        parent, QCoreApplication.translate("BackupActions", "Copying the database…"), work, done
    )


def restore_from_backup(parent: QWidget, session: Session, restored) -> None:
    """Choose a backup, confirm, restore it (the current file is saved first), then call ``restored()``."""
    if not session.can(Permission.ADMIN):
        return
    folder = backup.folder()
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BackupActions", "Restore from a backup"),
        str(folder if folder.is_dir() else folder.parent),
        QCoreApplication.translate("BackupActions", "HallDesk backups (*.sqlite);;All files (*)"),
    )
    if not path:
        return
    if integrity.damage() is not None:
        question = QCoreApplication.translate(
            "BackupActions",
            "The database file is damaged. Put the backup {file} in its place?\n\nEverything recorded "
            "since that backup is replaced; the damaged file is kept beside it under a dated name. "
            "Everyone logs in again.",
        ).format(file=path)
        if common.confirm(
            parent, QCoreApplication.translate("BackupActions", "Restore from a backup"), question
        ):
            restore_damaged(parent, session, path, restored)
        return
    question = QCoreApplication.translate(
        "BackupActions",
        "Replace the whole database with the backup {file}?\n\nEverything recorded since that backup "
        "is replaced; the database as it is now is saved first in the backup folder. Everyone logs in again.",
    ).format(file=path)
    if not common.confirm(
        parent, QCoreApplication.translate("BackupActions", "Restore from a backup"), question
    ):
        return

    def work(progress) -> str:
        return str(backup.restore(session, path))

    def done(saved: str) -> None:
        common.inform(
            parent,
            QCoreApplication.translate("BackupActions", "Restore from a backup"),
            QCoreApplication.translate(
                "BackupActions", "The backup was restored. The database as it was is saved in:\n{file}"
            ).format(file=saved),
        )
        restored()

    run_with_progress(
        parent, QCoreApplication.translate("BackupActions", "Restoring the backup…"), work, done
    )


def restore_damaged(parent: QWidget | None, session: Session, source: str | Path, restored) -> None:
    """Put ``source`` in place of the damaged file (kept aside), say where that went, call ``restored()``.

    On this thread, not a worker: the database is closed while its file is
    swapped, and no other connection may reopen the damaged one meanwhile.
    """
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        kept, _ = integrity.restore_damaged(session, source)
    except HallDeskError as err:
        QApplication.restoreOverrideCursor()
        common.show_error(parent, err)
        return
    QApplication.restoreOverrideCursor()
    common.inform(
        parent,
        QCoreApplication.translate("BackupActions", "Restore from a backup"),
        QCoreApplication.translate(
            "BackupActions",
            "The backup was restored. The damaged database file is kept as:\n{file}\nEveryone logs in again.",
        ).format(file=kept),
    )
    restored()
