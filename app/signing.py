"""Digital signatures on PDF documents: a signing certificate, signing, checking.

Pure cryptography, no database. A hall signs the notices it issues with a
certificate kept as a PKCS#12 file (.p12/.pfx) protected by a passphrase; a
self-signed one can be made here (``create_self_signed``). Trust is not
decided here: ``inspect_signature`` says whether a file is signed, unaltered
since, and by which certificate (its SHA-256 fingerprint); the caller compares
that fingerprint with the hall's own.

Signatures are PAdES baseline (ETSI EN 319 142) made with pyHanko, readable
by Adobe Reader, Foxit and poppler's ``pdfsig``. pyHanko and cryptography are
imported inside the functions: importing this module costs nothing.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from typing import Any

from app.errors import Problem, ValidationError
from app.i18n import translate

FIELD_NAME = "HallDeskSignature"
MIN_PASSPHRASE = 8
KEY_SIZE = 2048
_HEX = re.compile(rb"[0-9A-Fa-f]*")


def _utc_naive(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# ---------------------------------------------------------------- certificates


def create_self_signed(common_name: str, organization: str, passphrase: str, years: int = 10) -> bytes:
    """A new RSA-2048 key with a self-signed certificate, as PKCS#12 bytes encrypted with ``passphrase``.

    The certificate names ``common_name`` (CN), ``organization`` (O) and
    country CN, and may sign documents (digital signature, non-repudiation).
    """
    problems = []
    if len(passphrase or "") < MIN_PASSPHRASE:
        problems.append(
            (
                translate("Signing", "The passphrase must be at least {count} characters long.").format(
                    count=MIN_PASSPHRASE
                ),
                "passphrase",
            )
        )
    if not (common_name or "").strip():
        problems.append((translate("Signing", "The certificate needs a name."), "common_name"))
    if years < 1:
        problems.append((translate("Signing", "A certificate must be valid for at least a year."), "years"))
    if problems:
        raise ValidationError([Problem(message, field=name) for message, name in problems])

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name.strip())]
    if (organization or "").strip():
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization.strip()))
    attributes.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"))
    name = x509.Name(attributes)
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(minutes=5)
    try:
        end = start.replace(year=start.year + years)
    except ValueError:  # 29 February
        end = start.replace(year=start.year + years, day=28)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        name=common_name.strip().encode("utf-8"),
        key=key,
        cert=cert,
        cas=None,
        encryption_algorithm=BestAvailableEncryption(passphrase.encode("utf-8")),
    )


@dataclass(frozen=True)
class SigningIdentity:
    """A certificate with its private key, ready to sign (from ``load_pkcs12``)."""

    subject: str  # the certificate's common name
    organization: str
    fingerprint: str  # SHA-256 of the certificate (DER), lowercase hex
    not_before: dt.datetime  # naive UTC
    not_after: dt.datetime  # naive UTC
    _key: Any = field(default=None, repr=False, compare=False)  # cryptography private key
    _cert: Any = field(default=None, repr=False, compare=False)  # cryptography certificate
    _cache: dict = field(default_factory=dict, repr=False, compare=False)  # the pyHanko signer, once made

    @property
    def certificate_der(self) -> bytes:
        """The certificate alone (public), as the hall keeps it to recognise its signatures."""
        from cryptography.hazmat.primitives.serialization import Encoding

        return self._cert.public_bytes(Encoding.DER)

    def _signer(self) -> Any:
        signer = self._cache.get("signer")
        if signer is None:
            signer = self._cache["signer"] = _make_signer(self._key, self._cert)
        return signer


def _name_part(name: Any, oid: Any) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def fingerprint_of(cert_der: bytes) -> str:
    """SHA-256 of a certificate's DER bytes, lowercase hex (how identities are compared)."""
    import hashlib

    return hashlib.sha256(cert_der).hexdigest()


def _bad_file() -> ValidationError:
    return ValidationError(
        translate(
            "Signing", "The file is not a certificate file (PKCS#12, .p12 or .pfx) with a private key."
        ),
        field="file",
    )


def load_pkcs12(data: bytes, passphrase: str) -> SigningIdentity:
    """Open a PKCS#12 certificate file.

    A wrong passphrase raises ValidationError on field "passphrase"; a file
    that is not PKCS#12, lacks the key or certificate, or whose certificate
    has expired (or is not yet valid) raises it on field "file".
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    if not _looks_like_pkcs12(data):
        raise _bad_file()
    try:
        key, cert, _others = pkcs12.load_key_and_certificates(bytes(data), (passphrase or "").encode("utf-8"))
    except ValueError:
        # The structure is PKCS#12 (checked above): what fails is the passphrase.
        raise ValidationError(
            translate("Signing", "The passphrase does not open this certificate file."), field="passphrase"
        ) from None
    except Exception:  # an unsupported algorithm inside, a damaged file ...
        raise _bad_file() from None
    if key is None or cert is None:
        raise _bad_file()
    public = serialization.PublicFormat.SubjectPublicKeyInfo
    encoding = serialization.Encoding.DER
    if key.public_key().public_bytes(encoding, public) != cert.public_key().public_bytes(encoding, public):
        raise ValidationError(
            translate("Signing", "The private key in the file does not belong to its certificate."),
            field="file",
        )
    not_before = _utc_naive(cert.not_valid_before_utc)
    not_after = _utc_naive(cert.not_valid_after_utc)
    now = _now()
    if now > not_after:
        raise ValidationError(
            translate("Signing", "The certificate expired on {date}.").format(
                date=not_after.date().isoformat()
            ),
            field="file",
        )
    if now < not_before:
        raise ValidationError(
            translate("Signing", "The certificate is not valid before {date}.").format(
                date=not_before.date().isoformat()
            ),
            field="file",
        )
    return SigningIdentity(
        subject=_name_part(cert.subject, NameOID.COMMON_NAME),
        organization=_name_part(cert.subject, NameOID.ORGANIZATION_NAME),
        fingerprint=fingerprint_of(cert.public_bytes(encoding)),
        not_before=not_before,
        not_after=not_after,
        _key=key,
        _cert=cert,
    )


def _looks_like_pkcs12(data: bytes) -> bool:
    """Whether ``data`` parses as a PKCS#12 PFX structure (without decrypting anything)."""
    if not isinstance(data, (bytes, bytearray, memoryview)) or len(data) < 16:
        return False
    try:
        from asn1crypto import pkcs12 as asn1_pkcs12

        pfx = asn1_pkcs12.Pfx.load(bytes(data), strict=True)
        return pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native in (
            "data",
            "signed_data",
        )
    except Exception:  # asn1crypto raises ValueError, TypeError ... for foreign bytes
        return False


def _make_signer(key: Any, cert: Any) -> Any:
    """A pyHanko signer over the key and certificate, keeping the parsed key.

    pyHanko's SimpleSigner reloads its key from DER for every signature; an
    RSA key's consistency check makes that cost tens of milliseconds.
    """
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    class HeldKeySigner(signers.SimpleSigner):
        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
            if isinstance(key, rsa.RSAPrivateKey) and mechanism == "rsassa_pkcs1v15":
                algorithm = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(), "sha512": hashes.SHA512()}
                if digest_algorithm in algorithm:
                    return key.sign(data, padding.PKCS1v15(), algorithm[digest_algorithm])
            return super().sign_raw(data, digest_algorithm)

    der = serialization.Encoding.DER
    cert_asn1 = asn1_x509.Certificate.load(cert.public_bytes(der))
    key_asn1 = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return HeldKeySigner(
        signing_cert=cert_asn1,
        signing_key=key_asn1,
        cert_registry=SimpleCertificateStore(),  # the signer's certificate alone is embedded
    )


# ---------------------------------------------------------------- signing


def sign_pdf(pdf: bytes, identity: SigningIdentity, *, reason: str, location: str, name: str = "") -> bytes:
    """``pdf`` with a PAdES signature by ``identity`` appended (an incremental update).

    The signature is invisible (the seal printed on the page is its visible
    side) and covers the whole file. A file that is not a PDF, or already
    carries HallDesk's signature, raises ValidationError on field "file".
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        reason=reason or None,
        location=location or None,
        name=name or None,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(bytes(pdf)), strict=False)
    except Exception as exc:  # pyHanko's PdfReadError, or worse for random bytes
        raise ValidationError(
            translate(
                "Signing", "The document cannot be signed: it is not a readable PDF ({reason})."
            ).format(reason=exc),
            field="file",
        ) from exc
    if _has_signature_field(writer):
        raise ValidationError(translate("Signing", "The document is already signed."), field="file")
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=identity._signer()).sign_pdf(writer, output=out)
    return out.getvalue()


def _has_signature_field(writer: Any) -> bool:
    try:
        from pyhanko.sign.fields import enumerate_sig_fields

        return any(name == FIELD_NAME for name, _value, _ref in enumerate_sig_fields(writer))
    except Exception:  # no form, or a damaged one: the signer will report what is wrong
        return False


# ---------------------------------------------------------------- checking


@dataclass(frozen=True)
class SignatureReport:
    """What ``inspect_signature`` found in a file."""

    signed: bool
    intact: bool  # the signed bytes are unchanged
    valid: bool  # intact, cryptographically valid, and nothing added or altered after signing
    fingerprint: str | None  # SHA-256 of the signer's certificate, lowercase hex
    signer: str  # the certificate's common name
    signed_at: dt.datetime | None  # naive UTC, as the signer reported it
    problem: str  # why not valid, translated; "" when valid


def _unsigned(problem: str) -> SignatureReport:
    return SignatureReport(
        signed=False, intact=False, valid=False, fingerprint=None, signer="", signed_at=None, problem=problem
    )


def inspect_signature(data: bytes) -> SignatureReport:
    """Check the first signature in a PDF. Never raises for bad input: the report says what is wrong.

    The signer's own certificate is trusted for the check: the report tells
    who signed (fingerprint) and whether the file is unaltered; whether that
    signer is acceptable is the caller's decision.
    """
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader

        data = bytes(data)
        if b"%PDF-" not in data[:1024]:
            return _unsigned(translate("Signing", "The file is not a PDF document."))
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception:  # any parse failure means "cannot be read", never a crash
        return _unsigned(translate("Signing", "The file is not a readable PDF document."))
    if not signatures:
        return _unsigned(translate("Signing", "The document carries no digital signature."))
    try:
        embedded = signatures[0]
        cert = embedded.signer_cert
        fingerprint = fingerprint_of(cert.dump())
        signer = _common_name(cert)
    except Exception:
        return SignatureReport(
            signed=True,
            intact=False,
            valid=False,
            fingerprint=None,
            signer="",
            signed_at=None,
            problem=translate("Signing", "The signature in the document is damaged."),
        )
    try:
        signed_at = embedded.self_reported_timestamp
        signed_at = _utc_naive(signed_at) if signed_at is not None else None
    except Exception:
        signed_at = None

    def report(intact: bool, valid: bool, problem: str) -> SignatureReport:
        return SignatureReport(
            signed=True,
            intact=intact,
            valid=valid,
            fingerprint=fingerprint,
            signer=signer,
            signed_at=signed_at,
            problem="" if valid else problem,
        )

    altered = translate("Signing", "The document was altered after it was signed.")
    try:
        from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext

        context = ValidationContext(trust_roots=[cert], allow_fetching=False, revocation_mode="soft-fail")
        status = validate_pdf_signature(embedded, context, skip_diff=True)
    except Exception:
        return report(False, False, translate("Signing", "The signature in the document is damaged."))
    if status.signer_reported_dt is not None:
        signed_at = _utc_naive(status.signer_reported_dt)
    if not status.intact:
        return report(False, False, altered)
    if not status.valid:
        return report(True, False, translate("Signing", "The signature does not match the document."))
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return report(True, False, translate("Signing", "The document was changed after it was signed."))
    if not _gap_is_clean(data, embedded):
        return report(True, False, altered)
    return report(True, True, "")


def _common_name(cert: Any) -> str:
    """The CN of an asn1crypto certificate ("" if none)."""
    return str(cert.subject.native.get("common_name", "") or "")


def _gap_is_clean(data: bytes, embedded: Any) -> bool:
    """Whether the bytes a signature does not cover hold exactly the signature as HallDesk writes it.

    The /Contents hex string is the one part of the file outside the signed
    byte range, and parts of the CMS inside it are not covered by the
    signature either (the certificate, algorithm names, versions). A changed
    digit there, in the zero padding, or in the case of a hex digit would leave
    the signature "valid"; such a file is not the file that was signed. So the
    string must be the canonical encoding of a CMS laid out as pyHanko writes
    it for HallDesk, its one certificate bound to the signed attributes.
    """
    try:
        start, first, second, _length = (int(v) for v in embedded.byte_range)
        if start != 0:
            return False
        gap = data[first:second]
        if len(gap) < 2 or gap[:1] != b"<" or gap[-1:] != b">":
            return False
        digits = gap[1:-1]
        if len(digits) % 2 or not _HEX.fullmatch(digits) or digits not in (digits.upper(), digits.lower()):
            return False
        raw = bytes.fromhex(digits.decode("ascii"))
        used = _der_length(raw)
        if any(raw[used:]):
            return False
        return _canonical_cms(raw[:used], embedded.signer_cert) == raw[:used]
    except Exception:  # anything unexpected in the structure: not what was signed
        return False


def _canonical_cms(raw: bytes, cert: Any) -> bytes:
    """``raw`` rebuilt from its signed parts and the signer's certificate (which the signed attributes bind).

    Raises ValueError when the layout is not the one HallDesk writes.
    """
    import hashlib

    from asn1crypto import algos, cms, core

    signed = cms.ContentInfo.load(raw)["content"]
    infos = signed["signer_infos"]
    if len(infos) != 1 or len(signed["certificates"]) != 1:
        raise ValueError("one signer, one certificate")
    info = infos[0]
    if info["unsigned_attrs"].native is not None or signed["crls"].native is not None:
        raise ValueError("unexpected unsigned data")
    # The certificate is bound by the signed signing-certificate-v2 attribute.
    bound = [a for a in info["signed_attrs"] if a["type"].native == "signing_certificate_v2"]
    if len(bound) != 1:
        raise ValueError("no signing certificate attribute")
    cert_id = bound[0]["values"][0]["certs"][0]
    hash_name = cert_id["hash_algorithm"]["algorithm"].native
    if cert_id["cert_hash"].native != hashlib.new(hash_name, cert.dump()).digest():
        raise ValueError("certificate not the one signed for")

    def canonical_algorithm(value: Any, kind: Any) -> Any:
        """The algorithm identifier in one of its two DER spellings (NULL parameters or none)."""
        name = value["algorithm"].native
        for spelling in (kind({"algorithm": name, "parameters": core.Null()}), kind({"algorithm": name})):
            if spelling.dump() == value.dump():
                return spelling
        if name == "rsassa_pss":  # the parameters take part in verifying
            return value
        raise ValueError("algorithm identifier not canonical")

    digest = canonical_algorithm(info["digest_algorithm"], algos.DigestAlgorithm)
    return cms.ContentInfo(
        {
            "content_type": "signed_data",
            "content": cms.SignedData(
                {
                    "version": "v1",
                    "digest_algorithms": [digest],
                    "encap_content_info": {"content_type": "data"},
                    "certificates": [cms.CertificateChoices(name="certificate", value=cert)],
                    "signer_infos": [
                        cms.SignerInfo(
                            {
                                "version": "v1",
                                "sid": cms.SignerIdentifier(
                                    name="issuer_and_serial_number",
                                    value=cms.IssuerAndSerialNumber(
                                        {"issuer": cert.issuer, "serial_number": cert.serial_number}
                                    ),
                                ),
                                "digest_algorithm": digest,
                                "signed_attrs": info["signed_attrs"],
                                "signature_algorithm": canonical_algorithm(
                                    info["signature_algorithm"], algos.SignedDigestAlgorithm
                                ),
                                "signature": info["signature"],
                            }
                        )
                    ],
                }
            ),
        }
    ).dump()


def _der_length(raw: bytes) -> int:
    """Length of the DER element at the start of ``raw`` (tag, length and content)."""
    if len(raw) < 2:
        raise ValueError("short")
    first = raw[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(raw) < 2 + count:
        raise ValueError("indefinite or oversized length")
    return 2 + count + int.from_bytes(raw[2 : 2 + count], "big")
