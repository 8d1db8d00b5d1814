"""The printed leave slip: its words (pdftotext), its font (pdffonts), its page (pdfinfo)."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app import audit, documents, leave, leave_slip_pdf, roster, settings
from app.errors import HallDeskError, NotFound
from app.leave import SlipInput
from app.roster import StaffInput
from db.models import LeaveKind, User

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

TUE, WED = dt.date(2025, 12, 2), dt.date(2025, 12, 3)
NOW = dt.datetime(2025, 11, 28, 9, 0)
PRINTED = dt.datetime(2025, 12, 4, 8, 30)
# Set to a folder to keep the PDFs for looking at them.
KEEP = os.environ.get("HALLDESK_KEEP_PDFS")


def poppler(tool: str, *args: str | Path) -> str:
    return subprocess.run([tool, *map(str, args)], capture_output=True, text=True, check=True).stdout


def text_of(pdf: Path) -> str:
    return poppler("pdftotext", "-layout", pdf, "-")


def flat(pdf: Path) -> str:
    """The text without the spaces and line breaks layout puts between words."""
    return re.sub(r"\s+", "", text_of(pdf))


def info(pdf: Path) -> dict[str, str]:
    return dict(
        (k.strip(), v.strip())
        for k, v in (line.split(":", 1) for line in poppler("pdfinfo", pdf).splitlines())
    )


def kind(code: str) -> int:
    return LeaveKind.get(LeaveKind.code == code).id


@pytest.fixture
def hall(sessions, manager, admin):
    settings.put(admin, "hall_name", "新县政务服务大厅")
    User.update(display_name="李刚").where(User.username == sessions["leader"].username).execute()
    User.update(display_name="王芳").where(User.username == sessions["officer"].username).execute()
    si = roster.add_unit(manager, "社会保险服务中心")
    w1 = roster.add_window(manager, si.id, "01")
    people = {}
    for no, name in [("1001", "张三"), ("1002", "李四")]:
        people[name] = roster.add_staff(
            manager,
            StaffInput(
                staff_no=no,
                name=name,
                unit_id=si.id,
                window_id=w1.id,
                hire_date=dt.date(2024, 1, 2),
                trained_on=dt.date(2024, 1, 20),
            ),
        ).id
    return people


def write(slip_id: int, tmp_path: Path, name: str = "slip.pdf") -> Path:
    out = leave_slip_pdf.write_slip_pdf(slip_id, tmp_path / name, printed_at=PRINTED)
    if KEEP:
        Path(KEEP).mkdir(parents=True, exist_ok=True)
        shutil.copy(out, Path(KEEP) / name)
    return out


def leave_slip(hall, sessions, reason="发烧，去县医院就诊", **kw) -> int:
    data = SlipInput(
        staff_id=hall["张三"],
        kind_id=kind("sick"),
        start_day=TUE,
        start_session="AM",
        end_day=WED,
        end_session="AM",
        substitute_id=hall["李四"],
        reported_to_id=sessions["leader"].user_id,
        reason=reason,
        **kw,
    )
    slip, _ = leave.request(sessions["officer"], data, now=NOW)
    return slip.id


def test_an_approved_leave_slip(hall, sessions, tmp_path):
    slip_id = leave_slip(hall, sessions)
    decided = leave.decide(sessions["leader"], slip_id, True, "同意，注意交接")
    pdf = write(slip_id, tmp_path, "leave.pdf")
    filed = documents.to_local(leave.get_slip(slip_id).created_at)
    approved_at = audit.local_time(decided.decided_at).replace(" ", "")

    text = flat(pdf)
    for expected in [
        "新县政务服务大厅",
        "请假条",
        f"编号：{filed.year}-{slip_id:06d}",
        f"填报日期：{filed.year}年{filed.month}月{filed.day}日",
        "张三",
        "1001",
        "社会保险服务中心",
        "病假",
        "自2025年12月2日上午至2025年12月3日上午",
        "1.5天（3个半天，按工作日计）",
        "发烧，去县医院就诊",
        "替岗人员李四",
        "报告带班领导李刚",
        "王芳（officer1）",
        f"审批结果：批准；审批人：李刚（leader1）；审批时间：{approved_at}",
        "审批意见：同意，注意交接",
        "尚未销假",
        "已批准",
        "申请人",
        "单位负责人",
        "签字：",
        "日期：",
        "HallDesk打印于2025-12-0408:30",
        "第1页共1页",
    ]:
        assert expected in text, expected
    assert f"已于{approved_at}在系统中批准（带班领导李刚）" in text
    assert "补请假" not in text

    page = info(pdf)
    assert page["Pages"] == "1"
    assert page["Page size"].startswith("595.276 x 841.89 pts (A4)")
    assert "请假条" in page["Title"]

    fonts = poppler("pdffonts", pdf).splitlines()[2:]
    assert fonts, "no fonts in the PDF"
    for line in fonts:
        assert "WenQuanYiMicroHei" in line
        cols = line.split()
        # name type encoding emb sub uni object ID: emb and sub are "yes"
        assert cols[-5:-3] == ["yes", "yes"], line
        assert re.match(r"[A-Z]{6}\+", cols[0]), line  # a subset's tag


def test_a_returned_outing_back_late(hall, sessions, tmp_path):
    data = SlipInput(
        staff_id=hall["张三"],
        kind_id=kind("outing"),
        start_day=TUE,
        out_time="0930",
        back_time="1030",
        reason="到县医保局报送材料",
        reported_to_id=sessions["leader"].user_id,
    )
    slip, _ = leave.request(sessions["officer"], data, now=NOW)
    leave.decide(sessions["leader"], slip.id, True)
    leave.return_slip(sessions["officer"], slip.id, dt.datetime(2025, 12, 2, 10, 55))
    text = flat(write(slip.id, tmp_path, "outing.pdf"))
    for expected in [
        "临时外出审批单",
        "外出时间2025年12月2日09:30至10:30",
        "共计1小时",
        "外出事由",
        "到县医保局报送材料",
        "2025-12-0210:55返回，超时25分钟",
        "超时25分钟；登记人：王芳（officer1）",
        "已销假",
        "替岗人员无",
    ]:
        assert expected in text, expected
    assert "请假条" not in text


def test_after_the_fact_rejected_with_a_long_reason_stays_on_one_page(hall, sessions, tmp_path):
    reason = ("高烧不退，凌晨送医，" * 50)[:500]
    slip_id = leave_slip(hall, sessions, reason=reason)
    # Filed after it began: 补请假.
    leave.cancel(sessions["officer"], slip_id, "重新填报", now=NOW)
    data = SlipInput(
        staff_id=hall["张三"],
        kind_id=kind("personal"),
        start_day=TUE,
        start_session="PM",
        end_day=TUE,
        end_session="PM",
        substitute_id=hall["李四"],
        reason=reason,
    )
    late, warnings = leave.request(sessions["officer"], data, now=dt.datetime(2025, 12, 2, 15, 0))
    assert late.after_the_fact
    leave.decide(sessions["leader"], late.id, False, "理由不充分。" * 80)
    pdf = write(late.id, tmp_path, "long.pdf")
    assert info(pdf)["Pages"] == "1"
    text = flat(pdf)
    assert "补请假" in text and "审批结果：不予批准；审批人：李刚（leader1）" in text
    assert reason[-20:].replace(" ", "") in text  # the whole reason is there, wrapped
    assert "在系统中不予批准（带班领导李刚）" in text
    assert "0.5天（1个半天，按工作日计）" in text

    cancelled = flat(write(slip_id, tmp_path, "cancelled.pdf"))
    assert "已撤销（撤销原因：重新填报）" in cancelled and "尚未审批" in cancelled


def test_markup_in_free_text_is_printed_as_typed(hall, sessions, tmp_path):
    slip_id = leave_slip(hall, sessions, reason="孩子<b>发烧</b> & 就医\n第二行")
    text = text_of(write(slip_id, tmp_path))
    assert "孩子<b>发烧</b> & 就医" in text and "第二行" in text
    assert "待审批" in text and "尚未审批" in text


def test_unknown_slip_leaves_no_file(store, tmp_path):
    target = tmp_path / "none.pdf"
    with pytest.raises(NotFound, match="no leave slip with number 999"):
        leave_slip_pdf.write_slip_pdf(999, target)
    assert list(tmp_path.glob("*.pdf")) == [] and not target.exists()


def test_unwritable_place_is_a_clear_error_and_leaves_nothing(hall, sessions, tmp_path):
    slip_id = leave_slip(hall, sessions)
    with pytest.raises(HallDeskError, match="cannot be written.*Nothing was written"):
        leave_slip_pdf.write_slip_pdf(slip_id, tmp_path / "no-such-folder" / "slip.pdf")
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    with pytest.raises(HallDeskError, match="cannot be written"):
        leave_slip_pdf.write_slip_pdf(slip_id, folder)
    assert folder.is_dir() and not any(folder.iterdir())
    # No temporary file is left beside the target.
    assert [p for p in tmp_path.rglob("*.pdf") if p.is_file()] == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_read_only_folder_keeps_the_previous_print(hall, sessions, tmp_path):
    slip_id = leave_slip(hall, sessions)
    folder = tmp_path / "prints"
    folder.mkdir()
    old = folder / "slip.pdf"
    old.write_bytes(b"the previous print")
    folder.chmod(0o500)
    try:
        with pytest.raises(HallDeskError, match="cannot be written"):
            leave_slip_pdf.write_slip_pdf(slip_id, old)
    finally:
        folder.chmod(0o700)
    assert old.read_bytes() == b"the previous print"
    assert [p.name for p in folder.iterdir()] == ["slip.pdf"]


def test_words_of_the_slip():
    assert leave_slip_pdf.duration_text(90) == "1 小时 30 分钟"
    assert leave_slip_pdf.duration_text(45) == "45 分钟"
    assert leave_slip_pdf.duration_text(120) == "2 小时"
