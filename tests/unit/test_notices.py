"""Notices: numbering, the words of a decision, revocation, and verifying files."""

import datetime as dt
import subprocess

import pytest

from app import certificate, notices, roster, sanctions, settings, signing
from app.errors import ConflictError, NotFound, ValidationError
from app.roster import StaffInput
from db.models import Notice, Sanction

PASSPHRASE = "notice-passphrase"
TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def hall(manager, admin):
    unit = roster.add_unit(manager, "社会保险服务中心")
    person = roster.add_staff(
        manager, StaffInput(staff_no="1018", name="魏俊杰", unit_id=unit.id, hire_date=dt.date(2024, 1, 2))
    )
    settings.put(admin, "notice_prefix", "新人社窗")
    settings.put(admin, "notice_issuer", "新县人力资源和社会保障局")
    settings.put(admin, "notice_regulation", "新县人力资源和社会保障局窗口工作人员管理制度")
    certificate.create_self_signed(admin, PASSPHRASE)
    return person


@pytest.fixture
def identity(hall, manager):
    return certificate.unlock(manager, PASSPHRASE)


def confirmed(
    manager, person, kind="CRITICISM", reason="2月27日上午在窗口玩手机游戏，经批评教育后仍未改正"
) -> int:
    return sanctions.record_entry(manager, person.id, kind, dt.date(2026, 2, 27), reason, today=TODAY).id


def pdftext(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "n.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def test_a_decision_reads_like_one(hall, manager, identity, tmp_path):
    notices.issue(manager, confirmed(manager, hall, "COMMENDATION", "热情服务"), identity, today=TODAY)
    entry_id = confirmed(manager, hall)
    issued = notices.issue(manager, entry_id, identity, today=TODAY)
    assert issued.notice_no == "新人社窗〔2026〕2号" and issued.entry_id == entry_id
    assert issued.title == "关于给予魏俊杰同志通报批评的决定"
    text = "".join(pdftext(issued.pdf, tmp_path).split())
    for words in (
        "新县人力资源和社会保障局文件",
        "新人社窗〔2026〕2号",
        "关于给予魏俊杰同志通报批评的决定",
        "局属各单位",
        "工号1018",
        "玩手机游戏",
        "经研究，决定给予魏俊杰同志通报批评",
        "2026年3月2日",
    ):
        assert words in text, words
    assert Sanction.get_by_id(entry_id).status == "issued"
    assert notices.verify(issued.pdf).status == notices.GENUINE


def test_titles_follow_the_kind(hall, manager, identity):
    titles = {}
    for kind in ("INELIGIBLE", "WARNING", "COMMENDATION", "AWARD", "DISMISSAL"):
        titles[kind] = notices.issue(manager, confirmed(manager, hall, kind), identity, today=TODAY).title
    assert titles == {
        "INELIGIBLE": "关于取消魏俊杰同志2026年度评先评优资格的决定",
        "WARNING": "关于给予魏俊杰同志警告处分的决定",
        "COMMENDATION": "关于对魏俊杰同志予以通报表扬的决定",
        "AWARD": "关于表彰魏俊杰同志的决定",
        "DISMISSAL": "关于辞退魏俊杰同志的决定",
    }
    assert [n.number for n in Notice.select().order_by(Notice.number)] == [1, 2, 3, 4, 5]


def test_only_a_confirmed_entry_with_a_letterhead_gets_a_notice(hall, manager, admin, identity):
    entry_id = confirmed(manager, hall)
    sanctions.revoke_unissued(manager, entry_id, "录入错误")
    with pytest.raises(ConflictError):
        notices.issue(manager, entry_id, identity, today=TODAY)
    settings.put(admin, "notice_prefix", "")
    with pytest.raises(ValidationError) as err:
        notices.issue(manager, confirmed(manager, hall), identity, today=TODAY)
    assert err.value.for_field("notice_prefix")
    with pytest.raises(ValidationError):
        settings.put(admin, "notice_prefix", "新人社窗〔2026〕")
    assert Notice.select().count() == 0


def test_wrong_passphrase_and_no_certificate(store, manager):
    with pytest.raises(NotFound):
        certificate.unlock(manager, PASSPHRASE)


def test_wrong_passphrase(hall, manager):
    with pytest.raises(ValidationError) as err:
        certificate.unlock(manager, "not-the-passphrase")
    assert err.value.for_field("passphrase")


def test_revocation_takes_the_next_number_and_cites_the_original(hall, manager, identity, tmp_path):
    first = notices.issue(manager, confirmed(manager, hall), identity, today=TODAY)
    revocation = notices.revoke(
        manager, first.id, "经复核，该同志当日系经批准外出办理业务", identity, today=TODAY
    )
    assert revocation.notice_no == "新人社窗〔2026〕2号"
    assert revocation.title == "关于撤销《关于给予魏俊杰同志通报批评的决定》的决定"
    text = "".join(pdftext(revocation.pdf, tmp_path).split())
    assert "新人社窗〔2026〕1号" in text and "经批准外出办理业务" in text
    assert notices.verify(first.pdf).status == notices.REVOKED
    assert notices.verify(revocation.pdf).status == notices.GENUINE
    entry = sanctions.entry(first.entry_id)
    assert entry.status == "revoked" and entry.notice_no == "新人社窗〔2026〕1号"
    assert [h["action"] for h in sanctions.history(first.entry_id)] == ["create", "issue", "revoke"]
    later = notices.issue(manager, confirmed(manager, hall), identity, today=TODAY)
    assert later.notice_no == "新人社窗〔2026〕3号"  # never reused
    with pytest.raises(ConflictError):
        notices.revoke(manager, first.entry_id, "再次撤销", identity, today=TODAY)


def test_numbers_restart_each_year(hall, manager, identity):
    notices.issue(manager, confirmed(manager, hall), identity, today=dt.date(2026, 12, 31))
    assert notices.issue(
        manager, confirmed(manager, hall), identity, today=dt.date(2027, 1, 4)
    ).notice_no == ("新人社窗〔2027〕1号")


def test_any_altered_byte_is_caught(hall, manager, identity):
    pdf = notices.issue(manager, confirmed(manager, hall), identity, today=TODAY).pdf
    for i in range(0, len(pdf), max(1, len(pdf) // 40)):
        data = bytearray(pdf)
        data[i] = (data[i] + 1) % 256
        verdict = notices.verify(bytes(data))
        assert verdict.status == notices.ALTERED, (i, verdict)
    assert notices.verify(pdf + b"\n% appended").status == notices.ALTERED


def test_files_the_hall_did_not_issue_are_unknown(hall, manager, tmp_path):
    other = signing.load_pkcs12(
        signing.create_self_signed("别的单位", "别的单位", "other-passphrase"), "other-passphrase"
    )
    pdf = notices.issue(
        manager, confirmed(manager, hall), certificate.unlock(manager, PASSPHRASE), today=TODAY
    ).pdf
    stranger = Notice.select().first()
    assert stranger is not None
    from app.notice_pdf import NoticeContent, render_notice

    forged = signing.sign_pdf(
        render_notice(
            NoticeContent(
                header="某某局文件",
                notice_no="某〔2026〕1号",
                title="关于某事的决定",
                addressee="各单位：",
                paragraphs=["正文。"],
                issuer="某某局",
                date=TODAY,
            )
        ),
        other,
        reason="发文",
        location="某地",
    )
    assert notices.verify(forged).status == notices.UNKNOWN
    assert notices.verify(b"not a pdf at all").status == notices.UNKNOWN
    assert notices.verify(pdf).status == notices.GENUINE
