"""A notice in the format of Chinese official documents (公文, GB/T 9704-2012), as PDF.

Used for the decisions a bureau issues (决定, 通报): the red masthead (发文机关
标志) with the document number (发文字号) over a red rule, the title, the
addressee (主送机关), the body, the issuer (发文机关署名) and date (成文日期)
under the seal, page numbers "— 1 —", and the imprint (版记: 抄送, 印发机关
and 印发日期) at the foot of the last page. An optional table (附件) follows
the body on a page of its own, as the standard wants.

The page is the standard's: A4, type area 156 × 225 mm (top margin 37 mm,
left 28 mm), body in 三号 (16 pt) at 22 lines a page. The printed words are
Chinese whatever language the window speaks, so they are constants, not
translated strings.

ReportLab is imported inside the functions: importing this module costs nothing.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from dataclasses import dataclass
from typing import Any

from app import document_parts as parts
from app import documents
from app.documents import MM

# Printed words (GB/T 9704 names them so).
ATTACHMENT = "附件"
ATTACHMENT_NOTE = "附件：{title}"
EVIDENCE_TITLE = "违纪情况明细"
COPY_TO = "抄送："
PRINTED_ON = "{date}印发"
PAGE_NUMBER = "— {page} —"

PAGE = documents.A4_GBT9704
RED = (0.85, 0.0, 0.0)
BODY_PT = 16.0  # 三号
TITLE_PT = 22.0  # 二号
IMPRINT_PT = 14.0  # 四号, also the page numbers
TABLE_PT = 12.0  # 小四
LINES_PER_PAGE = 22
LINE = PAGE.height / LINES_PER_PAGE - 0.01  # 28.95 pt: 22 lines fill the type area
HEADER_TOP = 35 * MM  # the masthead's top edge below the type area's top
HEADER_PT = 22 * MM  # the masthead's characters, squeezed sideways to fit the width
MIN_HEADER_SCALE = 40  # per cent; a longer name gets smaller characters instead
SEAL_WIDTH = 42 * MM
SIGNATURE_HEIGHT = 13 * MM
IMAGE_DPI = 250  # seal and signature pictures are embedded at this resolution at most
# Where a CJK glyph of WenQuanYi Micro Hei reaches, in ems from the baseline.
GLYPH_TOP, GLYPH_BOTTOM = 0.82, 0.1
RULE_WIDTH = 1.0  # the red rule under the number, points
IMPRINT_THICK, IMPRINT_THIN = 0.35 * MM, 0.25 * MM


@dataclass(frozen=True)
class NoticeContent:
    """What a notice says; ``render_notice`` lays it out."""

    header: str  # 发文机关标志, e.g. 新县人力资源和社会保障局文件
    notice_no: str  # 发文字号, e.g. 新人社窗〔2026〕7号
    title: str  # e.g. 关于给予张三同志通报批评的决定
    addressee: str  # 主送机关, e.g. 局属各单位、各窗口：
    paragraphs: list[str]  # the body; each paragraph is indented two characters
    issuer: str  # 发文机关署名
    date: dt.date  # 成文日期
    seal_png: bytes | None = None  # the seal, over the issuer and date
    signature_png: bytes | None = None  # a signature, left of the issuer
    copy_to: str = ""  # 抄送 in the imprint (none when empty)
    printed_by: str = ""  # 印发机关 in the imprint
    printed_on: dt.date | None = None  # 印发日期 (default: ``date``)
    evidence: list[tuple[str, ...]] = ()  # the 附件 table; the first row is its heading
    subject: str = ""  # the PDF's subject (the ledger keeps the notice number there)


def render_notice(content: NoticeContent, font: str | None = None) -> bytes:
    """The notice as PDF bytes, the font embedded (``font``: a registered ReportLab name).

    Without ``font`` the document font is used (the hall's setting, else the shipped one).
    """
    font = font or documents.document_font()
    info = documents.DocumentInfo(title=content.title, author=content.issuer, subject=content.subject)
    data, _pages = documents.render(
        story(content, font), font=font, page=PAGE, info=info, footer=page_number(font)
    )
    return data


# ---------------------------------------------------------------- the story


def story(content: NoticeContent, font: str) -> list:
    """The notice's flowables, first page to imprint."""
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.platypus import PageBreak, Spacer

    st = documents.styles(font, BODY_PT)
    body = st.body.clone(
        "notice-body", fontSize=BODY_PT, leading=LINE, firstLineIndent=2 * BODY_PT, alignment=TA_JUSTIFY
    )
    flush = body.clone("notice-flush", firstLineIndent=0, alignment=TA_LEFT)
    shapes = _flowables()

    out: list = [shapes.Masthead(content.header, content.notice_no, font)]
    out += [Spacer(1, 2 * LINE), shapes.Title(content.title, font)]
    if content.addressee:
        out += [Spacer(1, LINE), parts.para(content.addressee, flush)]
    paragraphs = [p for p in (content.paragraphs or []) if p and p.strip()]
    body_flow = [parts.para(p.strip(), body) for p in paragraphs]
    evidence = [tuple("" if c is None else str(c) for c in row) for row in (content.evidence or ())]

    # The seal never stands on a page of its own: the signature goes with the
    # attachment note and at least the last two lines of the body.
    tail: list = []
    if evidence:
        tail += [Spacer(1, LINE), parts.para(ATTACHMENT_NOTE.format(title=EVIDENCE_TITLE), body)]
    tail.append(
        shapes.SignatureBlock(
            content.issuer, documents.cn_date(content.date), font, content.seal_png, content.signature_png
        )
    )
    out += body_flow[:-1]
    out.append(shapes.Closing(body_flow[-1] if body_flow else None, tail))

    if evidence:
        out += [PageBreak(), *attachment(evidence, font)]
    out.append(
        shapes.Imprint(
            content.copy_to,
            content.printed_by,
            documents.cn_date(content.printed_on or content.date),
            font,
        )
    )
    return out


def attachment(rows: list[tuple[str, ...]], font: str) -> list:
    """The 附件 page(s): "附件" top left, the title on the third line, the table (its heading repeated)."""
    from reportlab.lib.enums import TA_LEFT
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Spacer

    st = documents.styles(font, TABLE_PT)
    label = st.body.clone("attachment-label", fontSize=BODY_PT, leading=LINE, alignment=TA_LEFT)
    cell = st.cell.clone("evidence-cell", leading=TABLE_PT * 1.35)
    head = st.label.clone("evidence-head", leading=TABLE_PT * 1.35)
    columns = max(len(r) for r in rows)
    rows = [tuple(r) + ("",) * (columns - len(r)) for r in rows]
    widths = column_widths(rows, font, PAGE.width)
    # Short columns (numbers, dates, names) are centred; a column of sentences reads from the left.
    body_rows = rows[1:] or rows
    short = PAGE.width / 4
    styles = [
        head
        if max(stringWidth(r[col], font, TABLE_PT) for r in body_rows) <= min(widths[col] - 14, short)
        else cell
        for col in range(columns)
    ]
    table_rows = [[parts.para(text, head) for text in rows[0]]]
    table_rows += [[parts.para(text, styles[col]) for col, text in enumerate(row)] for row in rows[1:]]
    table = parts.ruled_table(table_rows, widths, font=font, padding=3, repeat_rows=1)
    return [
        parts.para(ATTACHMENT, label),
        Spacer(1, LINE),
        _flowables().Title(EVIDENCE_TITLE, font),
        Spacer(1, LINE / 2),
        table,
    ]


def column_widths(rows: list[tuple[str, ...]], font: str, total: float) -> list[float]:
    """Widths that share ``total``: each column what its longest cell needs, long text sharing the rest."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pad = 12 + 2
    natural = [
        max(max(stringWidth(r[col], font, TABLE_PT) for r in rows), 2 * TABLE_PT) + pad
        for col in range(len(rows[0]))
    ]
    if sum(natural) <= total:  # all fit on one line: the spare room goes to the widest
        spare = total - sum(natural)
        return [w + spare * w / sum(natural) for w in natural]
    # Water-filling: columns narrower than an even share keep their width; the others split the rest.
    fixed: dict[int, float] = {}
    while True:
        open_cols = [i for i in range(len(natural)) if i not in fixed]
        share = (total - sum(fixed.values())) / len(open_cols)
        narrow = [i for i in open_cols if natural[i] <= share]
        if not narrow or len(narrow) == len(open_cols):
            break
        fixed.update((i, natural[i]) for i in narrow)
    rest = total - sum(fixed.values())
    wide = sum(natural[i] for i in open_cols)
    return [fixed.get(i, natural[i] * rest / wide) for i in range(len(natural))]


def balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in as few lines as fit ``width``, the lines of about equal length (a 公文 title).

    No line begins with a mark that may not start a line (，。、 …).
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return [text]
    no_start = documents.NO_LINE_START + "。、）〕】"

    def pack(limit: float) -> list[str]:
        lines, line = [], ""
        for ch in text:
            if line and stringWidth(line + ch, font, size) > limit and ch not in no_start:
                lines.append(line)
                line = ""
            line += ch
        return [*lines, line] if line else lines

    count = math.ceil(stringWidth(text, font, size) / width)
    while True:
        low, high = 0.0, width
        if len(pack(high)) > count:
            count += 1
            continue
        for _ in range(24):  # the narrowest limit that still needs only ``count`` lines
            mid = (low + high) / 2
            if len(pack(mid)) <= count:
                high = mid
            else:
                low = mid
        return pack(high)


# ---------------------------------------------------------------- page numbers


def page_number(font: str) -> documents.Footer:
    """The page number "— 1 —" in 四号, its top 7 mm under the type area.

    Odd pages have it on the right, even pages on the left, one character in.
    """

    def draw(canvas: Any, page: documents.PageSetup, number: int, total: int) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        text = PAGE_NUMBER.format(page=number)
        y = page.bottom - 7 * MM - GLYPH_TOP * IMPRINT_PT
        width = stringWidth(text, font, IMPRINT_PT)
        x = page.size[0] - page.right - IMPRINT_PT - width if number % 2 else page.left + IMPRINT_PT
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(font, IMPRINT_PT)
        canvas.drawString(x, y, text)
        canvas.restoreState()

    return draw


# ---------------------------------------------------------------- the shapes


def _image(png: bytes, width: float) -> Any:
    """The picture for ``width`` points on paper, at no more than IMAGE_DPI (a scanned seal can be huge).

    Embedding is costly per pixel (ReportLab encodes the image in Python),
    and the printer needs no more.
    """
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    picture = Image.open(io.BytesIO(png))
    picture.load()
    most = max(16, round(width / 72 * IMAGE_DPI))
    if picture.width > most:
        if picture.mode not in ("RGBA", "RGB", "L", "LA"):
            picture = picture.convert("RGBA")
        picture = picture.resize((most, max(1, round(picture.height * most / picture.width))), Image.LANCZOS)
    return ImageReader(picture)


def _heavy_text(
    canvas: Any, x: float, y: float, text: str, font: str, size: float, scale: float = 100
) -> None:
    """Text filled and stroked: a heavy face from a regular one (the font has no bold)."""
    obj = canvas.beginText()
    obj.setFont(font, size)
    obj.setHorizScale(scale)
    obj.setTextRenderMode(2)
    obj.setTextOrigin(x, y)
    obj.textOut(text)
    obj.setTextRenderMode(0)
    obj.setHorizScale(100)
    canvas.drawText(obj)


_shapes: Any = None


def _flowables() -> Any:
    """The notice's own flowables, defined on first use (ReportLab loads only when printing)."""
    global _shapes
    if _shapes is not None:
        return _shapes
    from types import SimpleNamespace

    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    class Masthead(Flowable):
        """The red masthead 35 mm down the type area, the number two lines under it, the red rule."""

        def __init__(self, header: str, number: str, font: str):
            super().__init__()
            self.header, self.number, self.font = header.strip(), number.strip(), font

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            size = HEADER_PT
            natural = stringWidth(self.header, self.font, size)
            if natural > avail_width * 100 / MIN_HEADER_SCALE:
                size *= avail_width * 100 / MIN_HEADER_SCALE / natural
                natural = stringWidth(self.header, self.font, size)
            self.size = size
            self.scale = min(100.0, 100 * avail_width / natural) if natural else 100.0
            self.header_base = HEADER_TOP + GLYPH_TOP * size  # from the top, downwards
            header_bottom = self.header_base + GLYPH_BOTTOM * size
            self.number_base = header_bottom + 2 * LINE + GLYPH_TOP * BODY_PT
            self.rule = self.number_base + GLYPH_BOTTOM * BODY_PT + 4 * MM
            self.height = self.rule + RULE_WIDTH
            return avail_width, self.height

        def draw(self) -> None:
            c, h, w = self.canv, self.height, self.width
            c.saveState()
            c.setFillColorRGB(*RED)
            c.setStrokeColorRGB(*RED)
            c.setLineWidth(self.size / 45)
            text_w = stringWidth(self.header, self.font, self.size) * self.scale / 100
            _heavy_text(
                c, (w - text_w) / 2, h - self.header_base, self.header, self.font, self.size, self.scale
            )
            c.setLineWidth(RULE_WIDTH)
            c.line(0, h - self.rule, w, h - self.rule)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(self.font, BODY_PT)
            c.drawCentredString(w / 2, h - self.number_base, self.number)
            c.restoreState()

    class Title(Flowable):
        """A heavy, centred title of one or more balanced lines (二号)."""

        def __init__(self, text: str, font: str, size: float = TITLE_PT):
            super().__init__()
            self.text, self.font, self.size = text, font, size
            self.leading = size * 1.5

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            self.lines = balanced_lines(self.text, self.font, self.size, avail_width)
            self.height = self.leading * (len(self.lines) - 1) + (GLYPH_TOP + GLYPH_BOTTOM) * self.size
            return avail_width, self.height

        def draw(self) -> None:
            c = self.canv
            c.saveState()
            c.setLineWidth(self.size / 40)
            y = self.height - GLYPH_TOP * self.size
            for line in self.lines:
                width = stringWidth(line, self.font, self.size)
                _heavy_text(c, (self.width - width) / 2, y, line, self.font, self.size)
                y -= self.leading
            c.restoreState()

    class SignatureBlock(Flowable):
        """Issuer over date, the date four characters from the right, the seal pressed on both.

        Without a seal: the issuer two characters from the right, the date under it two
        characters further right (GB/T 9704 7.3.5).
        """

        def __init__(self, issuer: str, date: str, font: str, seal: bytes | None, signature: bytes | None):
            super().__init__()
            self.issuer, self.date, self.font = issuer.strip(), date, font
            self.seal, self.signature = seal, signature

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            if self.seal:
                self.seal_h = SEAL_WIDTH * self._ratio(self.seal)
                self.height = 6 + self.seal_h + 4
            else:
                self.height = LINE + 2 * LINE
            return avail_width, self.height

        @staticmethod
        def _ratio(png: bytes) -> float:
            from PIL import Image

            w, h = Image.open(io.BytesIO(png)).size
            return h / w if w else 1.0

        def draw(self) -> None:
            c, font, pt = self.canv, self.font, BODY_PT
            issuer_w = stringWidth(self.issuer, font, pt)
            date_w = stringWidth(self.date, font, pt)
            if self.seal:
                date_x = self.width - 4 * pt - date_w
                centre = date_x + date_w / 2
                shift = max(0.0, centre + issuer_w / 2 - self.width)  # a long issuer stays in the type area
                centre -= shift
                date_x -= shift
                issuer_x = centre - issuer_w / 2
                seal_mid = self.height - 6 - self.seal_h / 2
                issuer_y = seal_mid + 3
                date_y = issuer_y - LINE
            else:
                issuer_x = self.width - 2 * pt - issuer_w
                date_x = issuer_x + 2 * pt
                if date_x + date_w > self.width - 2 * pt:
                    date_x = self.width - 2 * pt - date_w
                    issuer_x = min(issuer_x, date_x - 2 * pt)
                issuer_y = self.height - LINE - GLYPH_TOP * pt - (LINE - pt) / 2
                date_y = issuer_y - LINE
            c.saveState()
            if self.seal:
                c.drawImage(
                    _image(self.seal, SEAL_WIDTH),
                    centre - SEAL_WIDTH / 2,
                    seal_mid - self.seal_h / 2,
                    SEAL_WIDTH,
                    self.seal_h,
                    mask="auto",
                )
            if self.signature:
                sig_w = SIGNATURE_HEIGHT / self._ratio(self.signature)
                c.drawImage(
                    _image(self.signature, sig_w),
                    issuer_x - 3 * MM - sig_w,
                    issuer_y + 0.35 * pt - SIGNATURE_HEIGHT / 2,
                    sig_w,
                    SIGNATURE_HEIGHT,
                    mask="auto",
                )
            c.setFillColorRGB(0, 0, 0)
            c.setFont(font, pt)
            c.drawString(issuer_x, issuer_y, self.issuer)
            c.drawString(date_x, date_y, self.date)
            c.restoreState()

    class Imprint(Flowable):
        """The 版记 at the foot of the last page: 抄送 and 印发 between black rules.

        It takes the rest of the page, so that its last rule lies on the type area's
        bottom edge; with too little room left it moves to a new page.
        """

        def __init__(self, copy_to: str, printed_by: str, printed_on: str, font: str):
            super().__init__()
            self.copy_to, self.printed_by, self.printed_on, self.font = (
                copy_to.strip(),
                printed_by.strip(),
                printed_on,
                font,
            )

        def _copy_para(self) -> Any:
            from reportlab.lib.styles import ParagraphStyle

            documents.styles(self.font)  # Chinese line breaking
            text = self.copy_to
            if text and text[-1] not in "。.":
                text += "。"
            label_w = stringWidth(COPY_TO, self.font, IMPRINT_PT)
            style = ParagraphStyle(
                "imprint-copy",
                fontName=self.font,
                fontSize=IMPRINT_PT,
                leading=IMPRINT_PT * 1.5,
                leftIndent=label_w,
                firstLineIndent=-label_w,
                wordWrap="CJK",
            )
            return parts.para(COPY_TO + text, style)

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            row = LINE
            self.copy = None
            self.copy_h = 0.0
            if self.copy_to:
                self.copy = self._copy_para()
                text_h = self.copy.wrap(avail_width - 2 * IMPRINT_PT, avail_height)[1]
                self.copy_h = max(row, text_h + (row - IMPRINT_PT * 1.5))
            self.need = self.copy_h + row + 2 * IMPRINT_THICK
            if avail_height < self.need:
                return avail_width, self.need  # to the next page
            self.height = avail_height - 0.01
            return avail_width, self.height

        def draw(self) -> None:
            c, font, pt = self.canv, self.font, IMPRINT_PT
            row = LINE
            c.saveState()
            c.setStrokeColorRGB(0, 0, 0)
            c.setFillColorRGB(0, 0, 0)
            bottom = IMPRINT_THICK / 2
            c.setLineWidth(IMPRINT_THICK)
            c.line(0, bottom, self.width, bottom)
            baseline = bottom + (row - pt) / 2 + GLYPH_BOTTOM * pt
            c.setFont(font, pt)
            if self.printed_by:
                c.drawString(pt, baseline, self.printed_by)
            c.drawRightString(self.width - pt, baseline, PRINTED_ON.format(date=self.printed_on))
            top = bottom + row
            if self.copy is not None:
                c.setLineWidth(IMPRINT_THIN)
                c.line(0, top, self.width, top)
                spare = self.copy_h - self.copy.height
                self.copy.drawOn(c, pt, top + spare / 2 + 1)
                top += self.copy_h
            c.setLineWidth(IMPRINT_THICK)
            c.line(0, top, self.width, top)
            c.restoreState()

    class Closing(Flowable):
        """The body's last paragraph with what follows it (attachment note, signature).

        When the page cannot hold it all, the paragraph splits, but at least
        ``keep`` of its lines go over to the next page with the signature.
        """

        def __init__(self, paragraph: Any, tail: list, keep: int = 2):
            super().__init__()
            self.paragraph, self.tail, self.keep = paragraph, tail, keep

        def _items(self) -> list:
            return ([self.paragraph] if self.paragraph is not None else []) + self.tail

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            self.sizes = [f.wrap(avail_width, avail_height)[1] for f in self._items()]
            self.height = sum(self.sizes)
            return avail_width, self.height

        def split(self, avail_width: float, avail_height: float) -> list:
            self.wrap(avail_width, avail_height)
            if self.height <= avail_height or self.paragraph is None:
                return [self] if self.height <= avail_height else []
            para_h = self.sizes[0]
            room = min(avail_height, para_h - self.keep * LINE + 1)
            pieces = self.paragraph.split(avail_width, room) if room >= LINE else []
            if len(pieces) != 2:
                return []  # all of it to the next page
            return [pieces[0], Closing(pieces[1], self.tail, self.keep)]

        def draw(self) -> None:
            y = self.height
            for item, size in zip(self._items(), self.sizes, strict=True):
                y -= size
                item.drawOn(self.canv, 0, y)

    _shapes = SimpleNamespace(
        Masthead=Masthead, Title=Title, SignatureBlock=SignatureBlock, Imprint=Imprint, Closing=Closing
    )
    return _shapes
