"""The hall's signing certificate: imported from a PKCS#12 file or created here, kept encrypted.

The key never leaves the PKCS#12 container, which is encrypted with the
administrator's passphrase; whoever issues a notice unlocks it with that
passphrase for the moment of signing. A replaced key is retired, not
deleted, so notices it signed still verify.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app import audit, settings
from app.auth import Permission, Session, require
from app.errors import NotFound, ValidationError
from app.i18n import translate
from db.connection import database
from db.models import SigningKey, utcnow

MAX_P12 = 1024 * 1024


@dataclass(frozen=True)
class KeyInfo:
    subject: str
    fingerprint: str
    not_before: dt.datetime
    not_after: dt.datetime
    self_signed: bool
    added_by: str
    added_at: dt.datetime


def _info(row: SigningKey) -> KeyInfo:
    return KeyInfo(
        row.subject,
        row.fingerprint,
        row.not_before,
        row.not_after,
        bool(row.self_signed),
        row.added_by,
        row.added_at,
    )


def _current() -> SigningKey | None:
    return SigningKey.select().where(SigningKey.retired_at.is_null()).order_by(SigningKey.id.desc()).first()


def current() -> KeyInfo | None:
    """The key notices are signed with now, or None before the administrator has set one."""
    row = _current()
    return _info(row) if row else None


def carries_hall_certificate(data: bytes) -> bool:
    """Whether a file embeds one of the hall's certificates (in a signature), even if it is damaged."""
    lowered = data.lower()
    for (der,) in SigningKey.select(SigningKey.certificate).tuples():
        der = bytes(der)
        if der in data or der.hex().encode("ascii") in lowered:
            return True
    return False


def trusted_fingerprints() -> set[str]:
    """Every key the hall has signed with (retired ones too: their notices stay genuine)."""
    return {fp for (fp,) in SigningKey.select(SigningKey.fingerprint).tuples()}


def _store(session: Session, p12: bytes, passphrase: str, self_signed: bool) -> KeyInfo:
    from app import signing

    identity = signing.load_pkcs12(p12, passphrase)
    with database.atomic():
        if SigningKey.get_or_none(SigningKey.fingerprint == identity.fingerprint) is not None:
            raise ValidationError(
                translate("Signing", "This certificate is already the hall's."), field="file"
            )
        now = utcnow()
        for old in SigningKey.select().where(SigningKey.retired_at.is_null()):
            SigningKey.update(retired_at=now).where(SigningKey.id == old.id).execute()
            audit.record(
                session.username,
                "retire",
                "signing_key",
                old.id,
                {"retired_at": None},
                {"retired_at": now.isoformat()},
            )
        row = SigningKey.create(
            p12=p12,
            certificate=identity.certificate_der,
            subject=identity.subject,
            fingerprint=identity.fingerprint,
            not_before=identity.not_before,
            not_after=identity.not_after,
            self_signed=int(self_signed),
            added_by=session.username,
        )
        audit.record(session.username, "create", "signing_key", row.id, None, audit.snapshot(row))
    return _info(row)


def import_pkcs12(session: Session, path: str | Path, passphrase: str) -> KeyInfo:
    """Make a PKCS#12 file (.p12/.pfx from a certificate authority) the hall's signing key."""
    require(session, Permission.ADMIN)
    path = Path(path)
    try:
        if path.stat().st_size > MAX_P12:
            raise ValidationError(
                translate("Signing", "This file is too large for a certificate."), field="file"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            translate("Signing", "Cannot read {file}: {error}").format(
                file=path.name, error=exc.strerror or exc
            ),
            field="file",
        ) from None
    return _store(session, data, passphrase, self_signed=False)


def create_self_signed(session: Session, passphrase: str, years: int = 10) -> KeyInfo:
    """Create a self-signed certificate in the issuing body's name (for halls without a CA certificate)."""
    require(session, Permission.ADMIN)
    from app import signing

    organization = settings.get("notice_issuer") or settings.get("hall_name")
    p12 = signing.create_self_signed(organization, organization, passphrase, years=years)
    return _store(session, p12, passphrase, self_signed=True)


def unlock(session: Session, passphrase: str):
    """The current key, opened with its passphrase, for signing (whoever may issue notices)."""
    require(session, Permission.SANCTIONS)
    from app import signing

    row = _current()
    if row is None:
        raise NotFound(
            translate(
                "Signing",
                "The hall has no signing certificate yet: the administrator imports one or creates one "
                "under Administration → Signing certificate.",
            )
        )
    return signing.load_pkcs12(bytes(row.p12), passphrase)
