"""The foundation every printed document stands on: font, page, styles, footer, writing.

Documents are built with ReportLab. Chinese needs a font with Chinese glyphs
embedded in the file, so that the paper looks the same on any machine: by
default WenQuanYi Micro Hei, shipped in resources/fonts; the administrator
may name a system TrueType font instead (hall setting ``document_font``, e.g.
C:/Windows/Fonts/simfang.ttf for 仿宋). A configured font that cannot be
loaded, or that has no Chinese, is skipped with a logged warning. ReportLab
embeds only the glyphs used (a subset).

What a document module does with this (the pieces of a page, paragraphs,
ruled tables, signature lines, are in app.document_parts)::

    font = documents.document_font()
    st = documents.styles(font)
    data = documents.render_fitting(make_story, levels=4, font=font, page=documents.A4_FORM,
                                    info=..., footer=documents.printed_footer(font, now))
    documents.write_pdf(path, data)

``make_story(level)`` returns the flowables; a higher level is more compact
(smaller text for long free-text fields). ``render_fitting`` takes the first
level that stays within ``max_pages`` and, for a one-page form, finally
shrinks the whole page rather than spill onto a second sheet.

ReportLab is imported inside the functions: importing this module costs
nothing at start-up.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app import tabular
from app.errors import HallDeskError
from app.i18n import translate
from resources import resource_path

log = logging.getLogger(__name__)

SHIPPED_FONT = ("fonts", "wqy-microhei.ttc")
SHIPPED_FONT_NAME = "HallDeskCJK"
FONT_SETTING = "document_font"
# A font is usable for documents only if it draws these.
PROBE_CHARACTERS = "中文请假条年月日签字"
MM = 72 / 25.4  # points per millimetre
A4_SIZE = (210 * MM, 297 * MM)
PRODUCER = "HallDesk"

# Figures printed on the paper. The documents a bureau files are Chinese
# whatever language the window speaks, so these are not translated.
WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
SESSIONS = {"AM": "上午", "PM": "下午"}
PRINTED_BY = "HallDesk 打印于 {time}"
PAGE_OF = "第 {page} 页 共 {total} 页"

Footer = Callable[[Any, "PageSetup", int, int], None]
"""Draws on a page's canvas: ``footer(canvas, page_setup, page_number, page_count)``."""

_lock = threading.Lock()
_registered: dict[str, str] = {}  # resolved font path -> ReportLab font name


class FontError(HallDeskError):
    """A font file that cannot serve as the document font; ``str()`` says why, translated."""


# ---------------------------------------------------------------- fonts


def register_font_file(path: Path, name: str | None = None) -> str:
    """Register a TrueType font file (.ttf, or the first face of a .ttc) with ReportLab.

    Returns the name to use in styles. Raises FontError if the file is missing,
    is not TrueType ReportLab can embed (e.g. PostScript-outline .otf, or a font
    whose licence forbids embedding), or has no Chinese characters.
    """
    path = Path(path)
    key = str(path.resolve()) if path.exists() else str(path)
    with _lock:
        if key in _registered:
            return _registered[key]
        if not path.is_file():
            raise FontError(translate("Documents", "The font file {file} does not exist.").format(file=path))
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        font_name = name or f"{SHIPPED_FONT_NAME}-{hashlib.sha1(key.encode()).hexdigest()[:8]}"
        try:
            font = TTFont(font_name, str(path), subfontIndex=0)
        except Exception as exc:  # a broken or foreign file fails in many ways; all mean "not usable"
            raise FontError(
                translate("Documents", "{file} is not a TrueType font that can be embedded: {reason}").format(
                    file=path, reason=exc
                )
            ) from exc
        missing = [c for c in PROBE_CHARACTERS if ord(c) not in font.face.charToGlyph]
        if missing:
            raise FontError(
                translate("Documents", "The font {file} has no Chinese characters.").format(file=path)
            )
        pdfmetrics.registerFont(font)
        # One face serves every style: <b> and <i> in a paragraph fall back to it.
        pdfmetrics.registerFontFamily(
            font_name, normal=font_name, bold=font_name, italic=font_name, boldItalic=font_name
        )
        _registered[key] = font_name
        return font_name


def shipped_font() -> str:
    """The font that ships with HallDesk, registered; always available."""
    return register_font_file(resource_path(*SHIPPED_FONT), SHIPPED_FONT_NAME)


def configured_font_path() -> str:
    """The hall's ``document_font`` setting, or "" when unset or no database is open."""
    from peewee import PeeweeException

    from app import settings

    try:
        value = settings.get(FONT_SETTING)
    except PeeweeException:
        return ""
    return str(value or "").strip()


def font_problem(path: str | Path) -> str | None:
    """Why ``path`` cannot be the document font, or None if it can (for a settings form)."""
    try:
        register_font_file(Path(path))
    except FontError as err:
        return str(err)
    return None


def document_font(configured: str | None = None) -> str:
    """The ReportLab name of the font documents use.

    ``configured`` (default: the ``document_font`` setting) wins when it loads;
    otherwise the shipped font is used and the reason is logged.
    """
    path = configured_font_path() if configured is None else configured.strip()
    if path:
        try:
            return register_font_file(Path(path))
        except FontError as err:
            log.warning("document font %s not used, falling back to the shipped font: %s", path, err)
    return shipped_font()


# ---------------------------------------------------------------- page and styles


@dataclass(frozen=True)
class PageSetup:
    """A page size and its margins, in points."""

    size: tuple[float, float] = A4_SIZE
    top: float = 18 * MM
    right: float = 20 * MM
    bottom: float = 18 * MM
    left: float = 20 * MM

    @property
    def width(self) -> float:
        """Width of the type area."""
        return self.size[0] - self.left - self.right

    @property
    def height(self) -> float:
        """Height of the type area."""
        return self.size[1] - self.top - self.bottom


A4_FORM = PageSetup()
"""A4 portrait for forms and registers: 20 mm at the sides, 18 mm top and bottom."""
A4_GBT9704 = PageSetup(top=37 * MM, left=28 * MM, right=26 * MM, bottom=35 * MM)
"""GB/T 9704-2012: top 37 mm, left 28 mm, type area 156 × 225 mm."""


@dataclass(frozen=True)
class Styles:
    """Paragraph styles for Chinese text (CJK line breaking), built around one font."""

    font: str
    hall: Any  # the hall's name above a title
    title: Any
    body: Any
    cell: Any  # a table's value cell
    label: Any  # a table's label cell, centred
    small: Any
    note: Any  # a printed remark beside a signature line


# Chinese punctuation that may not begin a line (标点避头). ReportLab's list
# has the Japanese and ASCII marks but not the full-width ，；：！？ and
# closing quotes Chinese text uses; without them a line can start with "，".
NO_LINE_START = "，；：！？》」』〉”’．"
# Opening brackets and quotes may not end a line (标点避尾): they go down with what they open.
NO_LINE_END = "（《“‘〔【「『〈［｛([{"

# Rules applied after ReportLab has broken a CJK paragraph into lines (see
# _chinese_line_breaking); filled in with ReportLab's own lists when installed.
_cannot_start = set(NO_LINE_START + "。、）〕】》」』")
_cannot_end = set(NO_LINE_END)
_OBJECT = "\ufffc"  # stands for an image or a <br/> among a line's characters
_rl_split: dict[str, Callable[..., Any]] = {}  # ReportLab's own splitters, which ours wrap


@cache
def _chinese_line_breaking() -> None:
    """Make ReportLab's CJK line breaking follow Chinese rules (once per process).

    ReportLab breaks a CJK paragraph greedily and lets one mark that may not
    begin a line hang in the margin. That leaves lines starting with a second
    closing mark ("）；"), ending with an opening one ("（"), or splitting a
    number ("17:|30"). Its splitters are wrapped: where a break is wrong, the
    line is ended at the nearest allowed point (see _better_break) and the rest
    is broken again by ReportLab.
    """
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    with _lock:  # two threads may build styles at once; wrap ReportLab's splitters once only
        if _rl_split:
            return
        for module in (textsplit, paragraph):  # each holds its own copy of the list
            module.ALL_CANNOT_START += "".join(c for c in NO_LINE_START if c not in module.ALL_CANNOT_START)
        _cannot_start.update(textsplit.ALL_CANNOT_START)
        _cannot_end.update(textsplit.CANNOT_END_LINE[0])
        # A paragraph of one plain run is split by textsplit.dumbSplit, any other by cjkFragSplit.
        _rl_split.update(chars=textsplit.dumbSplit, frags=paragraph.cjkFragSplit)
        textsplit.dumbSplit = _split_chars
        paragraph.cjkFragSplit = _split_frags


def _ascii_word(c: str) -> bool:
    """Part of a run like 17:30, 2026-11-18 or HallDesk, which stays on one line."""
    return "!" <= c <= "~"


def _may_break(text: str, p: int) -> bool:
    """May a line end before ``text[p]``? Spaces at the break are ignored, as on paper."""
    i, j = p, p
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while j < len(text) and text[j].isspace():
        j += 1
    if i == 0 or j == len(text):
        return True
    before, after = text[i - 1], text[j]
    if after in _cannot_start or before in _cannot_end:
        return False
    return i < j or not (_ascii_word(before) and _ascii_word(after))  # a space, or not inside a run


def _better_break(text: str, widths: list[float], start: int, end: int, max_width: float) -> int:
    """Where the line ``text[start:end]`` should end, ReportLab's break at ``end`` being wrong.

    A closing mark after the break hangs in the margin when the line fits without
    it and nothing else would then start the next line wrongly; otherwise the line
    ends earlier, at the last allowed break. With no allowed break (a number as
    long as the line) it stays as it was.
    """
    from reportlab.rl_config import _FUZZ

    if (
        text[end] in _cannot_start
        and sum(widths[start:end]) <= max_width + _FUZZ
        and _may_break(text, end + 1)
    ):
        return end + 1
    return next((p for p in range(end - 1, start, -1) if _may_break(text, p)), end)


def _line_widths(max_widths: Any, line: int) -> list[float]:
    """The widths from ``line`` on, as ReportLab's splitters take them (the last one repeats)."""
    widths = list(max_widths) if isinstance(max_widths, list | tuple) else [max_widths]
    return widths[line:] or widths[-1:]


def _split_chars(word: str, widths: list[float], max_widths: Any) -> list[list[Any]]:
    """textsplit.dumbSplit obeying the rules: ``[[extra space, text], ...]``, one per line."""
    lines: list[list[Any]] = []
    start = 0
    while True:
        next_widths = _line_widths(max_widths, len(lines))
        split = _rl_split["chars"](word[start:], widths[start:], next_widths)
        # dumbSplit strips the lines: find where each begins and ends in the word
        starts, ends, pos = [], [], start
        for _, line_text in split:
            starts.append(word.index(line_text, pos))
            pos = starts[-1] + len(line_text)
            ends.append(pos)
        wrong = next(
            (n for n in range(len(split) - 1) if starts[n] < ends[n] and not _may_break(word, ends[n])),
            None,
        )
        if wrong is None:
            return lines + split
        lines += split[:wrong]
        first = starts[wrong]
        max_width = next_widths[min(wrong, len(next_widths) - 1)]
        end = _better_break(word, widths, first, ends[wrong], max_width)
        lines.append([max_width - sum(widths[first:end]), word[first:end].strip()])
        start = end
        while start < len(word) and word[start].isspace():
            start += 1
        if start == len(word):
            return lines


def _split_frags(frags: list[Any], max_widths: Any, calc_bounds: bool, encoding: str = "utf8") -> Any:
    """paragraph.cjkFragSplit obeying the rules: ParaLines of FragLines."""
    from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

    def glyphs(line: Any) -> list[Any]:  # a line's characters, each with its frag and width
        return [cjkU(c, w, encoding) for w in line.words for c in (w.text or [""])]  # "": <br/>, image

    def width(glyph: Any, max_width: float) -> float:
        w = glyph.width
        return w.normalizedValue(max_width) if hasattr(w, "normalizedValue") else w  # e.g. "50%"

    lines: list[Any] = []
    while True:
        next_widths = _line_widths(max_widths, len(lines))
        split = _rl_split["frags"](frags, next_widths, calc_bounds, encoding).lines
        texts = ["".join(w.text or _OBJECT for w in line.words) for line in split]
        text = "".join(texts)
        ends = list(itertools.accumulate(len(t) for t in texts))
        wrong = next(
            (
                n
                for n in range(len(split) - 1)
                if texts[n]
                and not split[n].lineBreak  # a <br/> ends the line where the text says
                and (
                    not _may_break(text, ends[n])
                    # ReportLab hangs a mark, then puts the <br/> after it on a line of its own
                    or (texts[n + 1] == _OBJECT and split[n + 1].lineBreak)
                )
            ),
            None,
        )
        if wrong is None:
            return ParaLines(kind=1, lines=lines + split)
        lines += split[:wrong]
        chars = [g for line in split for g in glyphs(line)]  # one for each character of text
        first, end = (ends[wrong - 1] if wrong else 0), ends[wrong]
        max_width = next_widths[min(wrong, len(next_widths) - 1)]
        widths = [width(g, max_width) for g in chars]
        if not _may_break(text, end):
            end = _better_break(text, widths, first, end, max_width)
        used = sum(widths[first:end])
        line_break = end < len(chars) and hasattr(chars[end].frag, "lineBreak")  # a <br/> just after
        end += line_break  # ends this line rather than making an empty one
        lines.append(
            makeCJKParaLine(chars[first:end], max_width, used, max_width - used, line_break, calc_bounds)
        )
        # the rest, as frags again, goes back to ReportLab
        frags = [
            run[0].frag.clone(text="".join(run))
            for run in (list(g) for _, g in itertools.groupby(chars[end:], key=lambda g: id(g.frag)))
        ]
        if not frags:
            return ParaLines(kind=1, lines=lines)


def styles(font: str, size: float = 11, word_wrap: str | None = "CJK") -> Styles:
    """The standard styles at body ``size`` points (10.5 is 五号, 12 小四, 16 三号).

    ``word_wrap`` None breaks lines between words only (a document in English).
    """
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    _chinese_line_breaking()

    def style(name: str, pt: float, align: int = TA_LEFT, leading: float = 1.45) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=pt,
            leading=round(pt * leading, 1),
            alignment=align,
            wordWrap=word_wrap,
            splitLongWords=True,
        )

    return Styles(
        font=font,
        hall=style("hall", size + 3, TA_CENTER),
        title=style("title", 2 * size, TA_CENTER, 1.3),
        body=style("body", size),
        cell=style("cell", size),
        label=style("label", size, TA_CENTER),
        small=style("small", size - 1.5),
        note=style("note", size - 2),
    )


# ---------------------------------------------------------------- dates


def to_local(utc: dt.datetime) -> dt.datetime:
    """A stored UTC time (naive) as the hall's local time (naive)."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def cn_date(day: dt.date) -> str:
    """2025年12月2日"""
    return f"{day.year}年{day.month}月{day.day}日"


def cn_weekday(day: dt.date) -> str:
    """星期二"""
    return WEEKDAYS[day.weekday()]


def minute(moment: dt.datetime) -> str:
    """2025-12-01 16:05"""
    return moment.strftime("%Y-%m-%d %H:%M")


# ---------------------------------------------------------------- building and writing


@dataclass(frozen=True)
class DocumentInfo:
    """What a PDF says about itself (File > Properties)."""

    title: str
    author: str = ""
    subject: str = ""


def printed_footer(
    font: str,
    printed_at: dt.datetime,
    size: float = 8,
    *,
    printed_by: str = PRINTED_BY,
    page_of: str = PAGE_OF,
) -> Footer:
    """The standard footer under a hairline: "HallDesk 打印于 …" left, "第 1 页 共 3 页" right.

    ``printed_by`` and ``page_of`` say it in another language ("{time}", "{page}", "{total}").
    """

    def draw(canvas: Any, page: PageSetup, number: int, total: int) -> None:
        y = page.bottom * 0.5
        canvas.saveState()
        canvas.setStrokeColorRGB(0.55, 0.55, 0.55)
        canvas.setLineWidth(0.4)
        canvas.line(page.left, y + size * 1.3, page.size[0] - page.right, y + size * 1.3)
        canvas.setFillColorRGB(0.3, 0.3, 0.3)
        canvas.setFont(font, size)
        canvas.drawString(page.left, y, printed_by.format(time=minute(printed_at)))
        canvas.drawRightString(page.size[0] - page.right, y, page_of.format(page=number, total=total))
        canvas.restoreState()

    return draw


def render(
    story: list, *, font: str, page: PageSetup = A4_FORM, info: DocumentInfo, footer: Footer | None = None
) -> tuple[bytes, int]:
    """Lay out ``story`` and return the PDF's bytes and its number of pages.

    ``font`` is the canvas's initial font (else ReportLab names Helvetica in
    every page, a font the PDF would not embed). The footer is drawn after
    layout, so it knows the page count ("共 N 页").
    """
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    class CountingCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                if footer is not None:
                    footer(self, page, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=page.size,
        topMargin=page.top,
        bottomMargin=page.bottom,
        leftMargin=page.left,
        rightMargin=page.right,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator=PRODUCER,
        producer=PRODUCER,
        initialFontName=font,
    )
    # No padding inside the frame: the margins alone make the type area (GB/T 9704 counts on it).
    frame = Frame(page.left, page.bottom, page.width, page.height, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=page.size)])
    doc.build(story, canvasmaker=CountingCanvas)
    return buffer.getvalue(), doc.page


def render_fitting(
    make_story: Callable[[int], list],
    levels: int,
    *,
    font: str,
    page: PageSetup = A4_FORM,
    info: DocumentInfo,
    footer: Footer | None = None,
    max_pages: int = 1,
) -> bytes:
    """The PDF of the first level of ``make_story`` that fits in ``max_pages``.

    For a one-page form whose most compact level still runs over, the whole
    content is scaled down to the page: a form is never split over two sheets.
    """
    data = b""
    for level in range(levels):
        data, pages = render(make_story(level), font=font, page=page, info=info, footer=footer)
        if pages <= max_pages:
            return data
    if max_pages != 1:
        return data
    from reportlab.platypus import KeepInFrame

    shrunk = KeepInFrame(page.width, page.height - 1, make_story(levels - 1), mode="shrink")
    return render([shrunk], font=font, page=page, info=info, footer=footer)[0]


def write_pdf(path: Path, data: bytes) -> Path:
    """Write a finished PDF to ``path`` through a temporary file: never half a file.

    An unwritable place raises HallDeskError naming the file.
    """
    path = Path(path)
    tabular.write_replacing(path, lambda tmp: tmp.write_bytes(data))
    return path
