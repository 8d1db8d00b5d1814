"""The notice in 公文 format (app.notice_pdf) and the demo seal (app.demo_seal)."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from app import documents
from app.demo_seal import demo_seal_png
from app.notice_pdf import NoticeContent, balanced_lines, column_widths, render_notice

needs_poppler = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdftotext", "pdffonts", "pdfinfo")),
    reason="needs poppler-utils (pdftotext, pdffonts, pdfinfo)",
)

ISSUER = "新县人力资源和社会保障局"


@pytest.fixture(scope="module")
def font() -> str:
    return documents.shipped_font()


@pytest.fixture(scope="module")
def seal() -> bytes:
    return demo_seal_png(ISSUER)


@pytest.fixture(scope="module")
def content(seal) -> NoticeContent:
    evidence = [("序号", "日期", "窗口", "违纪情形", "扣分")]
    evidence += [
        (
            str(i),
            f"2026-11-{i % 28 + 1:02d}",
            f"{i % 12 + 1}号窗口",
            "上班时间离岗未登记" if i % 3 else "迟到",
            "1",
        )
        for i in range(1, 31)
    ]
    return NoticeContent(
        header=f"{ISSUER}文件",
        notice_no="新人社窗〔2026〕7号",
        title="关于给予张三同志通报批评的决定",
        addressee="局属各单位、各窗口：",
        paragraphs=[
            "2026年11月，综合受理窗口工作人员张三同志多次迟到、离岗未登记，经提醒仍未改正。",
            "经局务会议研究，决定给予张三同志通报批评。",
        ],
        issuer=ISSUER,
        date=dt.date(2026, 11, 27),
        seal_png=seal,
        copy_to="县政务服务管理局",
        printed_by="新县人力资源和社会保障局办公室",
        evidence=evidence,
        subject="新人社窗〔2026〕7号",
    )


@pytest.fixture(scope="module")
def pdf(content, font) -> bytes:
    return render_notice(content, font)


def run(tool: str, data: bytes, path: Path, *args: str) -> str:
    path.write_bytes(data)
    command = [tool, *args, str(path), *(["-"] if tool == "pdftotext" else [])]
    return subprocess.run(command, capture_output=True, text=True, timeout=60).stdout


def pages(data: bytes, tmp_path: Path) -> int:
    info = run("pdfinfo", data, tmp_path / "info.pdf")
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def test_a_notice_is_a_pdf(pdf):
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")


@needs_poppler
def test_the_text_of_a_notice(pdf, tmp_path):
    text = run("pdftotext", pdf, tmp_path / "notice.pdf")
    flat = re.sub(r"\s+", "", text)
    for words in (
        f"{ISSUER}文件",
        "新人社窗〔2026〕7号",
        "关于给予张三同志通报批评的决定",
        ISSUER,
        "2026年11月27日",
    ):
        assert words in flat, words
    assert "局属各单位、各窗口：" in flat
    assert "附件：违纪情况明细" in flat
    assert "抄送：县政务服务管理局。" in flat
    assert "2026年11月27日印发" in flat
    assert "—1—" in flat


@needs_poppler
def test_the_font_is_embedded(pdf, tmp_path):
    listing = run("pdffonts", pdf, tmp_path / "fonts.pdf").splitlines()[2:]
    assert listing, "no fonts"
    for line in listing:
        assert line.split()[-5] == "yes", line  # the "emb" column


@needs_poppler
def test_pdf_metadata(pdf, tmp_path):
    info = run("pdfinfo", pdf, tmp_path / "info.pdf")
    assert re.search(r"^Title:\s+关于给予张三同志通报批评的决定$", info, re.M)
    assert re.search(r"^Subject:\s+新人社窗〔2026〕7号$", info, re.M)
    assert re.search(rf"^Author:\s+{ISSUER}$", info, re.M)
    assert re.search(r"^Producer:\s+HallDesk$", info, re.M)


@needs_poppler
def test_a_long_notice_runs_over_pages(content, font, tmp_path):
    short = replace(content, evidence=(), seal_png=None)
    assert pages(render_notice(short, font), tmp_path) == 1
    long = replace(short, paragraphs=["这是一段用于检验分页的较长正文，内容反复出现。" * 8] * 8)
    data = render_notice(long, font)
    assert pages(data, tmp_path) > 1
    text = re.sub(r"\s+", "", run("pdftotext", data, tmp_path / "long.pdf"))
    assert "—1—" in text and "—2—" in text


@needs_poppler
def test_evidence_goes_on_pages_of_its_own(pdf, tmp_path):
    text = run("pdftotext", pdf, tmp_path / "notice.pdf")
    per_page = [re.sub(r"\s+", "", page) for page in text.split("\f") if page.strip()]
    assert len(per_page) == pages(pdf, tmp_path) >= 3  # the notice, then the 附件 table of 30 rows
    signed = next(i for i, page in enumerate(per_page) if "附件：违纪情况明细" in page)
    assert "序号" not in per_page[signed]
    assert per_page[signed + 1].startswith("附件违纪情况明细序号日期窗口违纪情形扣分")
    assert "印发" in per_page[-1] and "序号" in per_page[-1]  # the heading repeats; the imprint at the end


def test_a_notice_without_optional_parts(content, font):
    bare = replace(
        content, seal_png=None, evidence=(), copy_to="", printed_by="", printed_on=None, addressee=""
    )
    assert render_notice(bare, font).startswith(b"%PDF-")


def test_titles_break_into_balanced_lines(font):
    title = "关于给予新县政务服务中心综合受理窗口工作人员张三同志通报批评的决定"
    lines = balanced_lines(title, font, 22, documents.A4_GBT9704.width)
    assert "".join(lines) == title and len(lines) == 2
    assert abs(len(lines[0]) - len(lines[1])) <= 1
    assert balanced_lines("关于表扬的决定", font, 22, 400) == ["关于表扬的决定"]
    assert not any(
        line[0] in "，。、；：" for line in balanced_lines("甲乙丙丁，戊己庚辛，" * 6, font, 22, 300)
    )


def test_columns_share_the_width(font):
    rows = [("序号", "情形"), ("1", "很长的一段违纪情形描述" * 4)]
    widths = column_widths(rows, font, 400)
    assert sum(widths) == pytest.approx(400)
    assert widths[0] < 60 < widths[1]


# ---------------------------------------------------------------- the demo seal


def test_the_demo_seal_is_a_red_round_stamp_on_transparency(seal):
    from PIL import Image

    image = Image.open(io.BytesIO(seal))
    assert image.format == "PNG" and image.mode == "RGBA" and image.size == (600, 600)
    pixels = image.load()
    assert pixels[0, 0][3] == 0 and pixels[599, 599][3] == 0  # transparent corners
    inked = [pixels[x, y] for x in range(0, 600, 3) for y in range(0, 600, 3) if pixels[x, y][3] > 200]
    assert len(inked) > 1000
    assert all(r > 150 and g < 90 and b < 90 for r, g, b, _ in inked)  # red
    # The ring: ink on the rim at the left, right, top and bottom.
    rim = 600 * 0.485 - 600 * 0.016
    for x, y in ((300 - rim, 300), (300 + rim, 300), (300, 300 - rim), (300, 300 + rim)):
        assert max(pixels[int(x) + d, int(y)][3] for d in (-3, 0, 3)) > 150
    # The star in the middle.
    assert pixels[300, 300][3] > 150


def test_the_demo_seal_is_the_same_for_the_same_name():
    assert demo_seal_png("新县人社局", 200) == demo_seal_png("新县人社局", 200)
    assert demo_seal_png("新县人社局", 200) != demo_seal_png("新县财政局", 200)
