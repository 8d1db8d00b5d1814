"""The document foundation: the font and its fall-back, Chinese line breaking, page counts, fitting a form."""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app import document_parts as parts
from app import documents, settings
from resources import resource_path

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


# ---------------------------------------------------------------- the document font


def test_a_configured_font_is_used(store, tmp_path):
    copy = tmp_path / "fonts" / "hall-font.ttc"
    copy.parent.mkdir()
    shutil.copy(resource_path(*documents.SHIPPED_FONT), copy)
    name = documents.document_font(str(copy))
    assert name != documents.SHIPPED_FONT_NAME and name == documents.document_font(str(copy))
    assert documents.font_problem(copy) is None


@pytest.mark.parametrize("bad", ["missing.ttf", "not-a-font.ttf", "no-chinese"])
def test_an_unusable_configured_font_falls_back(store, tmp_path, caplog, bad):
    if bad == "not-a-font.ttf":
        (tmp_path / bad).write_text("hello")
        path = str(tmp_path / bad)
    elif bad == "no-chinese":
        path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
        if not Path(path).exists():
            pytest.skip("DejaVu Sans is not installed")
    else:
        path = str(tmp_path / bad)
    with caplog.at_level(logging.WARNING, logger="app.documents"):
        assert documents.document_font(path) == documents.SHIPPED_FONT_NAME
    assert "falling back" in caplog.text
    assert documents.font_problem(path)


def test_the_hall_setting_names_the_font(admin, tmp_path, caplog):
    settings.put(admin, documents.FONT_SETTING, str(tmp_path / "gone.ttf"))
    assert documents.configured_font_path() == str(tmp_path / "gone.ttf")
    with caplog.at_level(logging.WARNING, logger="app.documents"):
        assert documents.document_font() == documents.SHIPPED_FONT_NAME
    assert "gone.ttf" in caplog.text


# ---------------------------------------------------------------- text and pages


def test_chinese_punctuation_never_starts_a_line():
    st = documents.styles(documents.shipped_font())
    text = "高烧不退，凌晨送医；" * 40
    for width in (100, 137, 200, 263):
        p = parts.para(text, st.body)
        p.wrap(width, 10_000)
        lines = ["".join(line[1]) for line in p.blPara.lines]
        assert len(lines) > 3
        assert not [line for line in lines if line.lstrip()[:1] in "，；。："], width


def test_dates_in_chinese():
    assert documents.cn_date(dt.date(2025, 12, 2)) == "2025年12月2日"
    assert documents.cn_weekday(dt.date(2025, 12, 2)) == "星期二"
    assert documents.minute(dt.datetime(2025, 12, 1, 16, 5, 59)) == "2025-12-01 16:05"


@needs_poppler
def test_a_long_document_counts_its_pages(tmp_path):
    font = documents.shipped_font()
    st = documents.styles(font)
    story = [parts.para(f"第{i}段：窗口工作人员管理制度。" * 6, st.body) for i in range(120)]
    data, pages = documents.render(
        story,
        font=font,
        info=documents.DocumentInfo("测试"),
        footer=documents.printed_footer(font, dt.datetime(2025, 12, 4, 8, 30)),
    )
    assert pages >= 3
    text = re.sub(r"\s+", "", pdf_text(data, tmp_path))
    assert f"第1页共{pages}页" in text and f"第{pages}页共{pages}页" in text
    assert text.count("HallDesk打印于2025-12-0408:30") == pages


@needs_poppler
def test_a_one_page_form_is_shrunk_rather_than_split(tmp_path):
    font = documents.shipped_font()
    st = documents.styles(font)
    levels = []

    def make_story(level: int) -> list:
        levels.append(level)
        return [parts.para("很长的说明。" * 900, st.body)]

    data = documents.render_fitting(make_story, 3, font=font, info=documents.DocumentInfo("x"))
    assert levels == [0, 1, 2, 2]  # every level tried, then the last one scaled to the page
    path = tmp_path / "one.pdf"
    path.write_bytes(data)
    assert re.search(
        r"Pages:\s+1\n", subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    )


def test_the_type_area_of_the_page_setups():
    assert round(documents.A4_FORM.width / documents.MM) == 170
    assert (
        round(documents.A4_GBT9704.width / documents.MM),
        round(documents.A4_GBT9704.height / documents.MM),
    ) == (
        156,
        225,
    )
