"""Issuing, revoking and saving the signed notices of the Sanctions Ledger tab.

``NoticeDesk`` asks for the signing passphrase once per login (the unlocked
identity is kept until the tab that owns the desk is destroyed), issues a
notice or a revocation notice in the background, asks where to save the PDF
(``<notice_no>.pdf`` offered) and offers to open it in the preview. The tab
hears ``done(entry_id, message)`` after a write and ``failed(entry_id)``
when one did not happen.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from app import certificate, documents, notices, sanctions
from app.auth import Session
from app.errors import HallDeskError
from app.notices import IssuedNotice, NoticeRow
from app.sanction_rules import kind_label
from app.sanctions import Entry
from ui import common, passphrase_dialog, pdf_preview, sanctions_dialogs
from ui.duty_inspection import ReasonDialog
from ui.staff_picker import person_text
from ui.worker import run_with_progress


class _SigningKey:
    """The signing identity unlocked for this login, forgotten with the widget that holds it."""

    identity = None

    def forget(self, *_args) -> None:
        self.identity = None


class NoticeDesk(QObject):
    """The notice flows of the tab ``widget`` (the parent of every dialog they open).

    Signals: ``done(entry_id, message)`` after a notice was issued or an entry
    revoked; ``failed(entry_id)`` when the background work failed (the error
    was shown); ``said(message)`` for a line under the list.
    """

    done = Signal(int, str)
    failed = Signal(int)
    said = Signal(str)

    def __init__(self, widget: QWidget, session: Session, clock: Callable[[], dt.datetime]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.session = session
        self.clock = clock
        self.job = None
        self.dialog: QWidget | None = None
        self.preview = None
        self._signing = _SigningKey()
        widget.destroyed.connect(self._signing.forget)

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    # ------------------------------------------------------------ the signing key

    def unlocked(self):
        """The signing identity unlocked earlier in this login, or asked for now (None: cancelled)."""
        identity = self._signing.identity
        current = certificate.current()
        if identity is not None and current is not None and identity.fingerprint == current.fingerprint:
            return identity
        self._signing.identity = passphrase_dialog.ask_identity(self.widget, self.session)
        return self._signing.identity

    def forget_key(self) -> None:
        self._signing.forget()

    # ------------------------------------------------------------ issuing and revoking

    def _run(self, label: str, work, on_done, entry_id: int) -> None:
        self.job = run_with_progress(self.widget, label, work, on_done)

        def finished(_result, error) -> None:
            self.job = None
            if error is not None:
                self.failed.emit(entry_id)

        self.job.done.connect(finished)

    def issue(self, entry: Entry) -> None:
        """Ask, unlock the key, and issue the notice of a confirmed entry in the background."""
        if self.busy:
            return
        if not common.confirm(
            self.widget,
            self.tr("Issue a notice"),
            self.tr(
                "Issue a numbered, signed notice of {kind} for {name}? "
                "The number is taken for good; the notice can later only be revoked by another notice."
            ).format(kind=kind_label(entry.kind), name=person_text(entry)),
        ):
            return
        identity = self.unlocked()
        if identity is None:
            return
        today = self.clock().date()

        def work(progress) -> IssuedNotice:
            return notices.issue(self.session, entry.id, identity, today=today)

        def issued(notice: IssuedNotice) -> None:
            said = self.tr("Notice {no} issued: {title}.").format(no=notice.notice_no, title=notice.title)
            self.done.emit(entry.id, said)
            self.save_issued(notice, self.tr("Notice issued"), said)

        self._run(
            self.tr("Issuing the notice for {name}…").format(name=person_text(entry)), work, issued, entry.id
        )

    def revoke_issued(self, entry: Entry, prompt: str) -> None:
        """Unlock the key, ask why, and revoke an entry with a notice by a revocation notice."""
        if self.busy:
            return
        identity = self.unlocked()
        if identity is None:
            return
        dialog = ReasonDialog(
            self.tr("Revoke an entry with a notice"),
            prompt
            + "\n\n"
            + self.tr("Notice {no} was issued: a numbered, signed revocation notice is issued too.").format(
                no=entry.notice_no
            ),
            lambda reason: reason,
            self.widget,
        )
        dialog.reason.setMaxLength(sanctions.MAX_REASON)
        dialog.accepted.connect(lambda: self._revoke(entry, dialog.result_value, identity))
        self._open(dialog)

    def _revoke(self, entry: Entry, reason: str, identity) -> None:
        today = self.clock().date()

        def work(progress) -> IssuedNotice | None:
            return notices.revoke(self.session, entry.id, reason, identity, today=today)

        def revoked(notice: IssuedNotice | None) -> None:
            if notice is None:
                self.done.emit(entry.id, self.tr("Entry {id} revoked.").format(id=entry.id))
                return
            said = self.tr("Entry {id} revoked by notice {no}.").format(id=entry.id, no=notice.notice_no)
            self.done.emit(entry.id, said)
            self.save_issued(notice, self.tr("Revocation notice issued"), said)

        self._run(
            self.tr("Issuing the revocation notice for {name}…").format(name=person_text(entry)),
            work,
            revoked,
            entry.id,
        )

    # ------------------------------------------------------------ saving and showing

    def save_issued(self, issued: IssuedNotice, title: str, said: str = "") -> None:
        """Ask where to save a notice just issued, then offer to open it (it is stored either way).

        ``said``: what was already said about it; the line under the list keeps it.
        """
        path = self.save_pdf(issued.notice_no, issued.pdf)
        if path:
            text = self.tr("Notice {no} was saved to {path}.").format(no=issued.notice_no, path=path)
        else:
            text = self.tr("Notice {no} is stored in HallDesk; “Save notice PDF…” saves it later.").format(
                no=issued.notice_no
            )
        self.said.emit(f"{said} {text}".strip())
        if not pdf_preview.available():
            common.inform(self.widget, title, text)
            return
        if not common.confirm(
            self.widget, title, text + "\n\n" + self.tr("Open it now to read or print it?")
        ):
            return
        if not path:
            path = str(Path(tempfile.mkdtemp(prefix="halldesk-")) / f"{issued.notice_no}.pdf")
            try:
                documents.write_pdf(Path(path), issued.pdf)
            except HallDeskError as err:
                common.show_error(self.widget, err)
                return
        self.preview = pdf_preview.PdfPreviewDialog(
            path, self.tr("Notice {no}").format(no=issued.notice_no), f"{issued.notice_no}.pdf", self.widget
        )
        self._open(self.preview)

    def save_pdf(self, notice_no: str, pdf: bytes) -> str:
        """Ask for a file (``<notice_no>.pdf`` offered) and write ``pdf`` there; the path, or "" if not."""
        path = pdf_preview.choose_pdf_path(self.widget, f"{notice_no}.pdf")
        if not path:
            return ""
        try:
            documents.write_pdf(Path(path), pdf)
        except HallDeskError as err:
            common.show_error(self.widget, err)
            return ""
        return path

    def save_notice(self, rows: list[NoticeRow]) -> None:
        """Save one of an entry's notices (asked which when there are several)."""
        if not rows:
            return
        row = sanctions_dialogs.choose_notice(self.widget, rows)
        if row is None:
            return
        try:
            pdf = notices.notice_pdf(row.id)
        except HallDeskError as err:
            common.show_error(self.widget, err)
            return
        path = self.save_pdf(row.notice_no, pdf)
        if path:
            self.said.emit(self.tr("Notice {no} was saved to {path}.").format(no=row.notice_no, path=path))
