"""Signing certificates, PAdES signatures on notices, and checking them (app.signing)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from app import documents, signing
from app.errors import ValidationError
from app.notice_pdf import NoticeContent, render_notice

PASSPHRASE = "correct-horse-7"
needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="needs pdfsig (poppler-utils)")


@pytest.fixture(scope="module")
def p12() -> bytes:
    """One key for the module: RSA key generation is the slow part."""
    return signing.create_self_signed("新县人社局", "新县人力资源和社会保障局", PASSPHRASE, years=2)


@pytest.fixture(scope="module")
def identity(p12) -> signing.SigningIdentity:
    return signing.load_pkcs12(p12, PASSPHRASE)


@pytest.fixture(scope="module")
def notice() -> bytes:
    content = NoticeContent(
        header="新县人力资源和社会保障局文件",
        notice_no="新人社窗〔2026〕7号",
        title="关于给予张三同志通报批评的决定",
        addressee="局属各单位、各窗口：",
        paragraphs=["张三同志多次迟到。", "经研究，决定给予通报批评。"],
        issuer="新县人力资源和社会保障局",
        date=dt.date(2026, 11, 27),
        printed_by="新县人力资源和社会保障局办公室",
        subject="新人社窗〔2026〕7号",
    )
    return render_notice(content, documents.shipped_font())


@pytest.fixture(scope="module")
def signed(notice, identity) -> bytes:
    return signing.sign_pdf(notice, identity, reason="发文", location="新县", name="张三")


def flipped(data: bytes, index: int) -> bytes:
    copy = bytearray(data)
    copy[index] ^= 0x01
    return bytes(copy)


# ---------------------------------------------------------------- certificates


def test_a_self_signed_certificate_names_its_holder(identity):
    assert identity.subject == "新县人社局"
    assert identity.organization == "新县人力资源和社会保障局"
    assert len(identity.fingerprint) == 64 and identity.fingerprint == identity.fingerprint.lower()
    assert identity.not_before.tzinfo is None and identity.not_after.tzinfo is None
    assert identity.not_before <= dt.datetime.now(dt.UTC).replace(tzinfo=None) < identity.not_after
    assert 1 <= (identity.not_after - identity.not_before).days / 365 <= 2.1


def test_the_same_file_gives_the_same_fingerprint(p12, identity):
    assert signing.load_pkcs12(p12, PASSPHRASE).fingerprint == identity.fingerprint


def test_a_short_passphrase_is_refused():
    with pytest.raises(ValidationError) as err:
        signing.create_self_signed("新县人社局", "新县人社局", "short")
    assert err.value.for_field("passphrase")


def test_a_wrong_passphrase_is_named(p12):
    with pytest.raises(ValidationError) as err:
        signing.load_pkcs12(p12, "not-the-passphrase")
    assert err.value.for_field("passphrase") and not err.value.for_field("file")


@pytest.mark.parametrize("data", [b"", b"garbage" * 20, os.urandom(2048), b"%PDF-1.7\n%%EOF\n"])
def test_bytes_that_are_not_pkcs12_are_refused(data):
    with pytest.raises(ValidationError) as err:
        signing.load_pkcs12(data, PASSPHRASE)
    assert err.value.for_field("file")


def test_an_expired_certificate_is_refused():
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "old")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
        .not_valid_after(dt.datetime(2001, 1, 1, tzinfo=dt.UTC))
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        b"old", key, cert, None, BestAvailableEncryption(PASSPHRASE.encode())
    )
    with pytest.raises(ValidationError) as err:
        signing.load_pkcs12(data, PASSPHRASE)
    assert err.value.for_field("file")


# ---------------------------------------------------------------- signing and checking


def test_a_signed_notice_checks_out(signed, identity):
    report = signing.inspect_signature(signed)
    assert report.signed and report.intact and report.valid, report.problem
    assert report.fingerprint == identity.fingerprint
    assert report.signer == "新县人社局"
    assert report.problem == ""
    assert report.signed_at is not None and report.signed_at.tzinfo is None
    assert abs(report.signed_at - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=10)


def test_signing_is_quick(notice, identity):
    signing.sign_pdf(notice, identity, reason="发文", location="新县")  # warm
    start = time.perf_counter()
    signing.sign_pdf(notice, identity, reason="发文", location="新县")
    assert time.perf_counter() - start < 0.3


def test_a_signed_file_cannot_be_signed_again(signed, identity):
    with pytest.raises(ValidationError) as err:
        signing.sign_pdf(signed, identity, reason="发文", location="新县")
    assert err.value.for_field("file")


def test_what_is_not_a_pdf_cannot_be_signed(identity):
    with pytest.raises(ValidationError) as err:
        signing.sign_pdf(b"hello, world", identity, reason="发文", location="新县")
    assert err.value.for_field("file")


def _signature_gap(data: bytes) -> tuple[int, int]:
    """Where the /Contents hex string lies (the bytes outside the signed range)."""
    start = data.rindex(b"/Contents <") + len(b"/Contents ")
    return start, data.index(b">", start) + 1


def test_one_changed_byte_anywhere_breaks_the_signature(signed):
    gap_start, gap_end = _signature_gap(signed)
    places = {
        len(signed) // 2,  # the middle
        10,  # the header
        len(signed) - 3,  # the trailer
        gap_start,  # the '<' of the signature
        gap_start + 40,  # the CMS: its algorithms and certificate are not covered by the signature itself
        gap_start + 1200,
        gap_start + (gap_end - gap_start) // 2,
        gap_end - 10,  # the zero padding
        gap_end - 1,  # the '>'
        *range(0, len(signed), max(1, len(signed) // 40)),
    }
    for index in sorted(places):
        report = signing.inspect_signature(flipped(signed, index))
        assert not report.valid, f"byte {index} changed, still valid"
        assert report.problem


def test_a_changed_hex_case_in_the_signature_breaks_it(signed):
    gap_start, gap_end = _signature_gap(signed)
    digits = signed[gap_start + 1 : gap_end - 1]
    index = gap_start + 1 + next(i for i, c in enumerate(digits) if chr(c) in "ABCDEF")
    report = signing.inspect_signature(
        signed[:index] + signed[index : index + 1].lower() + signed[index + 1 :]
    )
    assert not report.valid


def test_anything_appended_after_signing_is_seen(signed):
    report = signing.inspect_signature(signed + b"\n% appended\n")
    assert report.signed and not report.valid and report.problem


def test_an_unsigned_pdf_says_so(notice):
    report = signing.inspect_signature(notice)
    assert not report.signed and not report.valid
    assert report.fingerprint is None and report.problem


@pytest.mark.parametrize(
    "data", [b"", os.urandom(5000), b"%PDF-1.7\n" + os.urandom(3000), b"%PDF-1.4\n%%EOF"]
)
def test_rubbish_is_reported_not_raised(data):
    report = signing.inspect_signature(data)
    assert not report.signed and not report.valid and report.problem


def test_a_truncated_signed_file_is_not_valid(signed):
    assert not signing.inspect_signature(signed[: len(signed) * 2 // 3]).valid


# ---------------------------------------------------------------- another reader agrees (poppler)


def _pdfsig(data: bytes, path: Path) -> str:
    path.write_bytes(data)
    run = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60)
    return run.stdout + run.stderr


@needs_pdfsig
def test_pdfsig_finds_the_signature_valid(signed, tmp_path):
    out = _pdfsig(signed, tmp_path / "signed.pdf")
    assert "Signature is Valid" in out, out
    assert "HallDeskSignature" in out


@needs_pdfsig
def test_pdfsig_sees_a_changed_byte(signed, tmp_path):
    out = _pdfsig(flipped(signed, len(signed) // 3), tmp_path / "altered.pdf")
    assert "Signature is Valid" not in out, out
