"""发文: numbered, signed decisions on ledger entries, their revocation, and verifying a file.

A notice number comes from a per-year sequence with the hall's prefix
(新人社窗〔2026〕7号). The number is taken, the PDF written and signed, and
the notice stored, in one transaction that no other issuer can overlap
(``db.connection.serialised``): a crash or an error rolls the number back
with everything else, so numbers have no gaps and are never reused — a
revocation takes the next number too. The stored PDF's SHA-256 is what
``verify`` matches a file against.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from app import audit, records, sanctions, settings
from app.auth import Permission, Session, require
from app.documents import cn_date, cn_weekday
from app.errors import ConflictError, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.sanction_rules import (
    ABSENT,
    AWARD,
    COMMENDATION,
    CRITICISM,
    DEMERIT,
    DEMOTION,
    DISMISSAL,
    EARLY,
    FLAG_NAMES,
    INELIGIBLE,
    KIND_NAMES,
    LATE,
    MISSING,
    OFF_POST,
    WARNING,
)
from db.connection import serialised
from db.models import Notice, Sanction, SanctionRule, utcnow

DECISION, REVOCATION = "decision", "revocation"
SIGNED_REASON = "发文"
MAX_IMAGE = 2 * 1024 * 1024

GENUINE, ALTERED, UNKNOWN, REVOKED = "genuine", "altered", "unknown", "revoked"
VERDICT_LABELS = {
    GENUINE: QT_TRANSLATE_NOOP("Notices", "genuine"),
    ALTERED: QT_TRANSLATE_NOOP("Notices", "altered"),
    UNKNOWN: QT_TRANSLATE_NOOP("Notices", "unknown"),
    REVOKED: QT_TRANSLATE_NOOP("Notices", "revoked"),
}


# ---------------------------------------------------------------- settings of the issuing body


@dataclass(frozen=True)
class Letterhead:
    prefix: str  # 发文字号 prefix: 新人社窗
    issuer: str  # 发文机关署名: 新县人力资源和社会保障局
    header: str  # 发文机关标志: 新县人力资源和社会保障局文件
    addressee: str  # 主送机关
    printed_by: str  # 印发机关
    regulation: str  # the regulation's title, quoted in decisions
    seal_png: bytes | None
    signature_png: bytes | None
    location: str


def _image(key: str) -> bytes | None:
    value = settings.get(key)
    return base64.b64decode(value) if value else None


def letterhead() -> Letterhead:
    issuer = settings.get("notice_issuer") or ""
    return Letterhead(
        prefix=settings.get("notice_prefix") or "",
        issuer=issuer,
        header=settings.get("notice_header") or (f"{issuer}文件" if issuer else ""),
        addressee=settings.get("notice_addressee") or "",
        printed_by=settings.get("notice_printed_by") or (f"{issuer}办公室" if issuer else ""),
        regulation=settings.get("notice_regulation") or "",
        seal_png=_image("seal_image"),
        signature_png=_image("signature_image"),
        location=settings.get("hall_name") or "",
    )


def read_image(path: str | Path, field_name: str) -> str:
    """A PNG image for the seal or the signature, as the setting stores it (base64)."""
    path = Path(path)
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_IMAGE else b""
    except OSError as exc:
        raise ValidationError(
            translate("Notices", "Cannot read {file}: {error}").format(
                file=path.name, error=exc.strerror or exc
            ),
            field=field_name,
        ) from None
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValidationError(
            translate(
                "Notices", "Choose a PNG image of at most 2 MB (a transparent background prints best)."
            ),
            field=field_name,
        )
    return base64.b64encode(data).decode("ascii")


def _require_letterhead(head: Letterhead) -> None:
    if not head.prefix or not head.issuer:
        raise ValidationError(
            translate(
                "Notices",
                "Set the notice number prefix and the issuing body under "
                "Administration → Hall settings first.",
            ),
            field="notice_prefix",
        )


# ---------------------------------------------------------------- numbers


def number_text(prefix: str, year: int, number: int) -> str:
    return f"{prefix}〔{year}〕{number}号"


def _next_number(year: int) -> int:
    top = Notice.select(Notice.number).where(Notice.year == year).order_by(Notice.number.desc()).scalar()
    return (top or 0) + 1


# ---------------------------------------------------------------- the words of a decision


def _clock(hhmm: str | None) -> str:
    """08:07 → 8时07分, as a 公文 writes a time (and ReportLab keeps "；" off a line start after it)."""
    if not hhmm:
        return "—"
    hour, minute = hhmm.split(":")
    return f"{int(hour)}时{minute}分"


def _session_words(item: dict) -> str:
    day = dt.date.fromisoformat(item["day"])
    when = f"{cn_date(day)}（{cn_weekday(day)}）{'上午' if item['session'] == 'AM' else '下午'}"
    flag = item["flag"]
    if flag == LATE:
        return f"{when}迟到，签到时间{_clock(item['clock_in'])}（规定{_clock(item['start'])}）"
    if flag == EARLY:
        return f"{when}早退，签退时间{_clock(item['clock_out'])}（规定{_clock(item['end'])}）"
    if flag == ABSENT:
        return f"{when}无故未到岗（{_clock(item['start'])}至{_clock(item['end'])}无打卡记录，亦无请假）"
    if flag == MISSING:
        return f"{when}缺卡"
    return f"{when}脱岗"


def _item_words(item: dict) -> str:
    if item["type"] == "session":
        return _session_words(item)
    day = dt.date.fromisoformat(item["day"])
    if item["type"] == "inspection":
        where = f"在{item['window']}号窗口" if item.get("window") else ""
        when = f"{cn_date(day)}{_clock(item['at'][11:16])}"
        text = f"{when}，带班领导{item['inspector']}巡查发现{where}{item['category_name']}"
        return text + (f"（{item['note']}）" if item.get("note") else "")
    return f"{cn_date(day)}受到{KIND_NAMES.get(item['kind'], item['kind'])}"


def _evidence_rows(evidence: list[dict]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = [("序号", "日期", "时段", "情形", "记录")]
    for n, item in enumerate(evidence, 1):
        day = dt.date.fromisoformat(item["day"])
        date = f"{day.month}月{day.day}日 {cn_weekday(day)}"
        if item["type"] == "session":
            session = "上午" if item["session"] == "AM" else "下午"
            what = FLAG_NAMES.get(item["flag"], item["flag"])
            record = {
                LATE: f"签到 {item['clock_in']}（规定 {item['start']}）",
                EARLY: f"签退 {item['clock_out']}（规定 {item['end']}）",
                ABSENT: f"{item['start']}—{item['end']} 无打卡、无请假",
                MISSING: f"签到 {item['clock_in'] or '—'}，签退 {item['clock_out'] or '—'}",
                OFF_POST: f"{item['start']}—{item['end']} 脱岗",
            }.get(item["flag"], "")
        elif item["type"] == "inspection":
            session, what = item["at"][11:16], item["category_name"]
            record = f"带班领导{item['inspector']}巡查" + (
                f"，{item['window']}号窗口" if item.get("window") else ""
            )
        else:
            session, what, record = "", KIND_NAMES.get(item["kind"], item["kind"]), f"台账第{item['id']}号"
        rows.append((str(n), date, session, what, record))
    return rows


def _period_words(entry: sanctions.Entry) -> str:
    start, end = entry.period_start, entry.period_end
    if start is None or end is None:
        return ""
    if (end - start).days == 6:
        week = start.isocalendar()[1]
        return f"{cn_date(start)}至{end.month}月{end.day}日（{start.isocalendar()[0]}年第{week}周）"
    return f"{cn_date(start)}至{end.month}月{end.day}日"


def _title(entry: sanctions.Entry) -> str:
    name, kind = entry.name, entry.kind
    return {
        CRITICISM: f"关于给予{name}同志通报批评的决定",
        INELIGIBLE: f"关于取消{name}同志{entry.day.year}年度评先评优资格的决定",
        WARNING: f"关于给予{name}同志警告处分的决定",
        DEMERIT: f"关于给予{name}同志记过处分的决定",
        DEMOTION: f"关于给予{name}同志降职处理的决定",
        DISMISSAL: f"关于辞退{name}同志的决定",
        COMMENDATION: f"关于对{name}同志予以通报表扬的决定",
        AWARD: f"关于表彰{name}同志的决定",
    }.get(kind, f"关于{name}同志{KIND_NAMES.get(kind, kind)}的决定")


def _decision(entry: sanctions.Entry) -> str:
    name, kind = entry.name, entry.kind
    return {
        CRITICISM: f"经研究，决定给予{name}同志通报批评。",
        INELIGIBLE: f"经研究，决定取消{name}同志{entry.day.year}年度一切评先评优资格。",
        WARNING: f"经研究，决定给予{name}同志警告处分。",
        DEMERIT: f"经研究，决定给予{name}同志记过处分。",
        DEMOTION: f"经研究，决定给予{name}同志降职处理。",
        DISMISSAL: f"经研究，决定辞退{name}同志。",
        COMMENDATION: f"为弘扬先进、树立典型，经研究，决定对{name}同志予以通报表扬。",
        AWARD: f"为弘扬先进、树立典型，经研究，决定对{name}同志予以表彰奖励。",
    }.get(kind, f"经研究，决定对{name}同志予以{KIND_NAMES.get(kind, kind)}。")


def decision_body(entry: sanctions.Entry, head: Letterhead) -> list[str]:
    """The paragraphs of a decision: who, the facts with dates and times, the clause, the decision."""
    post = f"{entry.unit}工作人员" if entry.unit.endswith("窗口") else f"{entry.unit}窗口工作人员"
    who = f"{entry.name}同志，{post}（工号{entry.staff_no}）。"
    paragraphs = []
    if entry.evidence:
        facts = "；".join(_item_words(i) for i in entry.evidence)
        paragraphs.append(
            f"{who}经带班领导日常巡查记录和考勤记录核实，该同志在{_period_words(entry)}期间，{facts}，"
            f"累计{len(entry.evidence)}次。"
        )
    else:
        paragraphs.append(who + entry.reason.rstrip("。") + "。")
    rule = SanctionRule.get_or_none(SanctionRule.code == entry.rule_code) if entry.rule_code else None
    if rule is not None and rule.clause:
        source = f"《{head.regulation}》" if head.regulation else "本局窗口工作人员管理制度"
        paragraphs.append(f"根据{source}规定：“{rule.clause.rstrip('。')}。”{_decision(entry)}")
    else:
        paragraphs.append(_decision(entry))
    if entry.positive:
        paragraphs.append(
            f"希望{entry.name}同志珍惜荣誉、再接再厉。全体窗口工作人员要以先进为榜样，"
            "热情服务、规范办事，不断提升大厅服务水平。"
        )
    else:
        paragraphs.append(
            f"希望{entry.name}同志认真吸取教训，严格遵守工作纪律。全体窗口工作人员要引以为戒，"
            "自觉遵守大厅各项规章制度，切实维护窗口服务形象。"
        )
    return paragraphs


# ---------------------------------------------------------------- issuing


@dataclass(frozen=True)
class IssuedNotice:
    id: int
    entry_id: int
    notice_no: str
    title: str
    purpose: str
    sha256: str
    pdf: bytes

    def write(self, path: str | Path) -> Path:
        from app.documents import write_pdf

        return write_pdf(Path(path), self.pdf)


def _render(
    head: Letterhead,
    notice_no: str,
    title: str,
    paragraphs: list[str],
    day: dt.date,
    evidence: list[dict],
    identity,
    staff_no: str,
) -> bytes:
    from app import signing
    from app.notice_pdf import NoticeContent, render_notice

    content = NoticeContent(
        header=head.header,
        notice_no=notice_no,
        title=title,
        addressee=head.addressee or "局属各单位、各窗口：",
        paragraphs=paragraphs,
        issuer=head.issuer,
        date=day,
        seal_png=head.seal_png,
        signature_png=head.signature_png,
        printed_by=head.printed_by,
        printed_on=day,
        evidence=_evidence_rows(evidence) if evidence else (),
        subject=json.dumps({"notice_no": notice_no, "staff_no": staff_no}, ensure_ascii=False),
    )
    pdf = render_notice(content)
    return signing.sign_pdf(pdf, identity, reason=f"{SIGNED_REASON} {notice_no}", location=head.location)


def _store_notice(
    session: Session,
    year: int,
    number: int,
    notice_no: str,
    entry_id: int,
    purpose: str,
    revokes: int | None,
    title: str,
    pdf: bytes,
    fingerprint: str,
) -> Notice:
    digest = hashlib.sha256(pdf).hexdigest()
    return records.create(
        session.username,
        Notice,
        year=year,
        number=number,
        notice_no=notice_no,
        sanction=entry_id,
        purpose=purpose,
        revokes=revokes,
        title=title,
        issued_by=session.username,
        sha256=digest,
        fingerprint=fingerprint,
        pdf=pdf,
    )


def issue(session: Session, entry_id: int, identity, today: dt.date | None = None) -> IssuedNotice:
    """Number, write, sign and store the decision on a confirmed entry (manager)."""
    require(session, Permission.SANCTIONS)
    head = letterhead()
    _require_letterhead(head)
    today = today or dt.date.today()
    with serialised("notice"):
        current = records.get(Sanction, entry_id)
        if current.status != sanctions.CONFIRMED:
            raise ConflictError(
                translate("Notices", "Only a confirmed entry gets a notice; entry {id} is {status}.").format(
                    id=entry_id, status=sanctions.status_label(current.status)
                )
            )
        entry = sanctions.entry(entry_id)
        number = _next_number(today.year)
        notice_no = number_text(head.prefix, today.year, number)
        title = _title(entry)
        pdf = _render(
            head,
            notice_no,
            title,
            decision_body(entry, head),
            today,
            entry.evidence,
            identity,
            entry.staff_no,
        )
        row = _store_notice(
            session, today.year, number, notice_no, entry_id, DECISION, None, title, pdf, identity.fingerprint
        )
        records.update(
            session.username,
            Sanction,
            entry_id,
            current.version,
            {"status": sanctions.ISSUED},
            action="issue",
        )
    return IssuedNotice(row.id, entry_id, notice_no, title, DECISION, row.sha256, pdf)


def revoke(
    session: Session, entry_id: int, reason: str, identity=None, today: dt.date | None = None
) -> IssuedNotice | None:
    """Revoke an entry in force. One with a notice gets a numbered, signed revocation notice citing it."""
    require(session, Permission.SANCTIONS)
    current = records.get(Sanction, entry_id)
    if current.status == sanctions.CONFIRMED:
        sanctions.revoke_unissued(session, entry_id, reason)
        return None
    if current.status != sanctions.ISSUED:
        raise ConflictError(
            translate("Notices", "Entry {id} is {status}; only an entry in force can be revoked.").format(
                id=entry_id, status=sanctions.status_label(current.status)
            )
        )
    reason = sanctions.check_reason(reason)
    if identity is None:
        raise ValidationError(
            translate("Notices", "Unlock the signing certificate first."), field="passphrase"
        )
    head = letterhead()
    _require_letterhead(head)
    today = today or dt.date.today()
    with serialised("notice"):
        current = records.get(Sanction, entry_id)
        if current.status != sanctions.ISSUED:
            raise ConflictError(
                translate("Notices", "Entry {id} is {status}; only an entry in force can be revoked.").format(
                    id=entry_id, status=sanctions.status_label(current.status)
                )
            )
        original = (
            Notice.select()
            .where((Notice.sanction == entry_id) & (Notice.purpose == DECISION))
            .order_by(Notice.id.desc())
            .first()
        )
        entry = sanctions.entry(entry_id)
        number = _next_number(today.year)
        notice_no = number_text(head.prefix, today.year, number)
        title = f"关于撤销《{original.title}》的决定"
        issued_on = audit.local_time(original.issued_at)[:10]
        paragraphs = [
            f"{cn_date(dt.date.fromisoformat(issued_on))}，本局印发了《{original.title}》（{original.notice_no}）。"
            f"经复核，{reason.rstrip('。')}。",
            f"经研究，决定撤销《{original.title}》（{original.notice_no}），"
            f"该决定自本决定印发之日起不再执行，{entry.name}同志相关记录予以更正。",
        ]
        pdf = _render(head, notice_no, title, paragraphs, today, [], identity, entry.staff_no)
        row = _store_notice(
            session,
            today.year,
            number,
            notice_no,
            entry_id,
            REVOCATION,
            original.id,
            title,
            pdf,
            identity.fingerprint,
        )
        records.update(
            session.username,
            Sanction,
            entry_id,
            current.version,
            {
                "status": sanctions.REVOKED,
                "revoked_by": session.username,
                "revoked_at": utcnow(),
                "revoked_reason": reason,
            },
            action="revoke",
        )
    return IssuedNotice(row.id, entry_id, notice_no, title, REVOCATION, row.sha256, pdf)


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class NoticeRow:
    id: int
    notice_no: str
    title: str
    purpose: str
    entry_id: int
    issued_by: str
    issued_at: dt.datetime
    revoked_by_notice: str  # the number of the notice that revoked this one, if any


def notices_of(entry_id: int) -> list[NoticeRow]:
    rows = list(Notice.select().where(Notice.sanction == entry_id).order_by(Notice.id))
    revoked_by = {r.revokes_id: r.notice_no for r in rows if r.revokes_id}
    return [
        NoticeRow(
            r.id,
            r.notice_no,
            r.title,
            r.purpose,
            r.sanction_id,
            r.issued_by,
            r.issued_at,
            revoked_by.get(r.id, ""),
        )
        for r in rows
    ]


def notice_pdf(notice_id: int) -> bytes:
    row = Notice.get_or_none(Notice.id == notice_id)
    if row is None:
        raise NotFound(translate("Errors", "The record no longer exists (id {id}).").format(id=notice_id))
    return bytes(row.pdf)


# ---------------------------------------------------------------- verifying a file


@dataclass(frozen=True)
class Verdict:
    status: str  # genuine | altered | unknown | revoked
    notice_no: str
    title: str
    issued_at: dt.datetime | None
    message: str

    @property
    def label(self) -> str:
        return translate("Notices", VERDICT_LABELS[self.status])

    def as_json(self) -> dict:
        return {
            "status": self.status,
            "notice_no": self.notice_no,
            "title": self.title,
            "issued_at": self.issued_at.isoformat() if self.issued_at else None,
            "message": self.message,
        }


def _claimed_number(data: bytes) -> str:
    """The notice number a file says it is (from its metadata), even when it was altered."""
    from io import BytesIO

    try:
        from pyhanko.pdf_utils.reader import PdfFileReader

        info = PdfFileReader(BytesIO(data), strict=False).trailer_view.get("/Info")
        subject = str(info.get_object().get("/Subject", "")) if info is not None else ""
        return str(json.loads(subject).get("notice_no", "")) if subject.startswith("{") else ""
    except Exception:  # noqa: BLE001 - any unreadable file simply claims nothing
        return ""


def verify(data: bytes) -> Verdict:
    """Is this file a notice this hall issued, unchanged, and still in force?"""
    from app import certificate, signing

    digest = hashlib.sha256(data).hexdigest()
    row = Notice.get_or_none(Notice.sha256 == digest)
    report = signing.inspect_signature(data)
    if row is not None:
        if not report.valid:
            return Verdict(ALTERED, row.notice_no, row.title, row.issued_at, report.problem)
        revoking = Notice.get_or_none(Notice.revokes == row.id)
        entry_status = Sanction.get_by_id(row.sanction_id).status
        if revoking is not None or (row.purpose == DECISION and entry_status == sanctions.REVOKED):
            by = revoking.notice_no if revoking else ""
            return Verdict(
                REVOKED,
                row.notice_no,
                row.title,
                row.issued_at,
                translate("Notices", "This notice was issued by the hall but has been revoked{by}.").format(
                    by=translate("Notices", " by {no}").format(no=by) if by else ""
                ),
            )
        return Verdict(
            GENUINE,
            row.notice_no,
            row.title,
            row.issued_at,
            translate(
                "Notices", "Issued by the hall on {date}; the file is unchanged and the signature is valid."
            ).format(date=audit.local_time(row.issued_at)),
        )
    claimed = _claimed_number(data)
    known = Notice.get_or_none(Notice.notice_no == claimed) if claimed else None
    ours = (
        report.fingerprint is not None and report.fingerprint in certificate.trusted_fingerprints()
    ) or certificate.carries_hall_certificate(data)
    if known is not None or ours:
        no = known.notice_no if known else claimed
        why = (
            report.problem
            if not report.valid
            else translate("Notices", "The file differs from the notice the hall issued.")
        )
        return Verdict(
            ALTERED,
            no,
            known.title if known else "",
            known.issued_at if known else None,
            translate("Notices", "This file is not the notice the hall issued: {why}").format(why=why),
        )
    return Verdict(
        UNKNOWN,
        claimed,
        "",
        None,
        translate("Notices", "The hall has no record of this file; it was not issued by this hall."),
    )


def verify_file(path: str | Path) -> Verdict:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            translate("Notices", "Cannot read {file}: {error}").format(
                file=path.name, error=exc.strerror or exc
            ),
            field="file",
        ) from None
    return verify(data)
