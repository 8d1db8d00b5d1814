"""Scans kept with a leave slip (a sick note): added, listed, read back, voided.

An attachment is never replaced or deleted; a wrong one is voided, and the
reason is in the audit trail. The audit trail records the file's name, size
and SHA-256, never its bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from app import audit, leave, records
from app.auth import Permission, Session, require
from app.errors import ValidationError
from app.i18n import translate
from db.connection import database
from db.models import LeaveAttachment, LeaveSlip, utcnow

MAX_ATTACHMENT = 10 * 1024 * 1024
# Scans and photos of a sick note: the file's first bytes must say it is one of these.
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".bmp": (b"BM",),
    ".tif": (b"II*\x00", b"MM\x00*"),
    ".tiff": (b"II*\x00", b"MM\x00*"),
    ".webp": (b"RIFF",),
}


@dataclass(frozen=True)
class AttachmentRow:
    """An attachment without its bytes, as lists show it."""

    id: int
    slip_id: int
    filename: str
    size: int
    added_by: str
    added_at: dt.datetime
    voided_at: dt.datetime | None


def _check_scan(path: Path) -> bytes:
    suffix = path.suffix.lower()
    if suffix not in SIGNATURES:
        raise ValidationError(
            translate(
                "LeaveAttachment",
                "{file} cannot be attached: attach a scan or photo "
                "as PDF, JPEG, PNG, GIF, BMP, TIFF or WebP.",
            ).format(file=path.name),
            field="file",
        )
    try:
        if not path.is_file():
            raise ValidationError(
                translate("FileImport", "The file {file} does not exist.").format(file=path), field="file"
            )
        size = path.stat().st_size
        if size > MAX_ATTACHMENT:
            raise ValidationError(
                translate(
                    "LeaveAttachment",
                    "{file} is {size} MB; an attachment may be at most {limit} MB. Scan it at a "
                    "lower resolution or save it as JPEG.",
                ).format(
                    file=path.name, size=f"{size / 1024 / 1024:.1f}", limit=MAX_ATTACHMENT // 1024 // 1024
                ),
                field="file",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            translate("FileImport", "The file {file} cannot be read: {reason}.").format(
                file=path, reason=exc.strerror or exc
            ),
            field="file",
        ) from exc
    if not data:
        raise ValidationError(
            translate("LeaveAttachment", "{file} is empty.").format(file=path.name), field="file"
        )
    if len(data) > MAX_ATTACHMENT:  # grew while it was read
        raise ValidationError(
            translate("LeaveAttachment", "{file} is larger than {limit} MB.").format(
                file=path.name, limit=MAX_ATTACHMENT // 1024 // 1024
            ),
            field="file",
        )
    if not data.startswith(SIGNATURES[suffix]) or (suffix == ".webp" and data[8:12] != b"WEBP"):
        raise ValidationError(
            translate(
                "LeaveAttachment", "{file} is not really a {kind} file: its contents do not match its name."
            ).format(file=path.name, kind=suffix[1:].upper()),
            field="file",
        )
    return data


def add_attachment(session: Session, slip_id: int, path: str | os.PathLike) -> LeaveAttachment:
    """Keep a scan (a sick note) with a slip; audited with its size and SHA-256, not its bytes."""
    require(session, Permission.RECORD)
    path = Path(path)
    data = _check_scan(path)
    name = path.name if len(path.name) <= 200 else path.stem[: 200 - len(path.suffix)] + path.suffix
    with database.atomic():
        records.get(LeaveSlip, slip_id)
        item = LeaveAttachment.create(slip=slip_id, filename=name, data=data, added_by=session.username)
        audit.record(
            session.username,
            "create",
            LeaveAttachment._meta.table_name,
            item.id,
            None,
            {
                "slip": slip_id,
                "filename": name,
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
                "added_by": session.username,
            },
        )
    return item


def attachments(slip_id: int, include_voided: bool = False) -> list[AttachmentRow]:
    """A slip's attachments, oldest first, without their bytes."""
    from peewee import fn

    q = (
        LeaveAttachment.select(
            LeaveAttachment.id,
            LeaveAttachment.slip,
            LeaveAttachment.filename,
            fn.LENGTH(LeaveAttachment.data).alias("size"),
            LeaveAttachment.added_by,
            LeaveAttachment.added_at,
            LeaveAttachment.voided_at,
        )
        .where(LeaveAttachment.slip == slip_id)
        .order_by(LeaveAttachment.id)
    )
    if not include_voided:
        q = q.where(LeaveAttachment.voided_at.is_null())
    return [
        AttachmentRow(
            r["id"], r["slip"], r["filename"], r["size"], r["added_by"], r["added_at"], r["voided_at"]
        )
        for r in q.dicts()
    ]


def attachment_data(attachment_id: int) -> tuple[str, bytes]:
    """(file name, bytes) of an attachment, to show or save."""
    item = records.get(LeaveAttachment, attachment_id)
    return item.filename, bytes(item.data)


def void_attachment(session: Session, attachment_id: int, reason: str) -> None:
    """Set a wrong attachment aside; it stays stored, and the reason is in the audit trail."""
    require(session, Permission.RECORD)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(translate("Leave", "Give a reason."), field="reason")
    if len(reason) > leave.MAX_TEXT:
        raise ValidationError(
            translate("Leave", "At most {n} characters.").format(n=leave.MAX_TEXT), field="reason"
        )
    with database.atomic():
        item = records.get(LeaveAttachment, attachment_id)
        if item.voided_at is not None:
            raise ValidationError(translate("LeaveAttachment", "This attachment has been voided already."))
        stamp = utcnow()
        changed = (
            LeaveAttachment.update(voided_at=stamp)
            .where((LeaveAttachment.id == attachment_id) & LeaveAttachment.voided_at.is_null())
            .execute()
        )
        if changed != 1:
            raise ValidationError(translate("LeaveAttachment", "This attachment has been voided already."))
        audit.record(
            session.username,
            "void",
            LeaveAttachment._meta.table_name,
            attachment_id,
            {"voided_at": None},
            {"voided_at": stamp.isoformat(), "reason": reason},
        )
