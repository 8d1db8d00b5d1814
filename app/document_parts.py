"""The pieces printed documents are made of: paragraphs, headings, ruled tables, signature lines.

They take the font and styles of app.documents. ReportLab is imported when
a piece is first made, not when this module is imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from types import SimpleNamespace
from typing import Any
from xml.sax.saxutils import escape

from app.documents import MM, Styles

# Printed words: the documents a bureau files are Chinese whatever language
# the window speaks, so these are not translated.
SIGN_HERE = "签字："
DATE_HERE = "日期："


def para(text: str, style: Any) -> Any:
    """A Paragraph of plain text: markup characters are escaped and line breaks kept."""
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


# ---------------------------------------------------------------- flowables


@cache
def _flowables() -> Any:
    """The custom flowables, defined on first use so that ReportLab loads only when printing."""
    from reportlab.platypus import Flowable

    class Heading(Flowable):
        """A centred line in heavy type (the font is stroked as well as filled), with an optional mark.

        The mark is a small boxed word right of the text, such as 补请假 or 特急.
        """

        def __init__(self, text: str, font: str, size: float, mark: str = "", color: Any = None):
            super().__init__()
            self.text, self.font, self.size, self.mark, self.color = text, font, size, mark, color

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            return avail_width, self.size * 1.5

        def draw(self) -> None:
            from reportlab.lib import colors
            from reportlab.pdfbase.pdfmetrics import stringWidth

            c = self.canv
            base = self.size * 0.4
            c.saveState()
            colour = self.color or colors.black
            c.setFillColor(colour)
            c.setStrokeColor(colour)
            text = c.beginText()
            text.setFont(self.font, self.size)
            text.setTextRenderMode(2)  # fill and stroke: a bold face from a regular one
            c.setLineWidth(self.size / 40)
            width = stringWidth(self.text, self.font, self.size)
            text.setTextOrigin((self.width - width) / 2, base)
            text.textOut(self.text)
            text.setTextRenderMode(0)  # the mode outlives the text object; later text is plain
            c.drawText(text)
            if self.mark:
                pt = self.size * 0.45
                mark_w = stringWidth(self.mark, self.font, pt)
                x = (self.width + width) / 2 + self.size * 0.5
                c.setFillColor(colors.HexColor("#b00000"))
                c.setStrokeColor(colors.HexColor("#b00000"))
                c.setLineWidth(1)
                y = base + self.size * 0.38 - pt * 0.4  # the box centred on the title's characters
                c.rect(x, y - pt * 0.35, mark_w + pt * 0.8, pt * 1.5, stroke=1, fill=0)
                c.setFont(self.font, pt)
                c.drawString(x + pt * 0.4, y, self.mark)
            c.restoreState()

    class SignatureLine(Flowable):
        """``申请人  签字：________  日期：____年__月__日``, with an optional printed note below."""

        def __init__(
            self,
            label: str,
            st: Styles,
            note: str = "",
            label_width: float = 28 * MM,
            words: tuple[str, ...] = (),
        ):
            super().__init__()
            self.label, self.st, self.label_width, self.words = label, st, label_width, words
            self.note = para(note, st.note) if note else None
            self.size = st.body.fontSize

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            self.note_h = 0.0
            if self.note is not None:
                self.note_h = self.note.wrap(avail_width - self.label_width, avail_height)[1] + 2
            self.height = self.size * 3.2 + self.note_h
            return avail_width, self.height

        def draw(self) -> None:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            c, font, size = self.canv, self.st.font, self.size
            y = self.note_h + size * 0.6  # the writing line's baseline
            c.saveState()
            c.setFont(font, size)
            c.setLineWidth(0.6)
            c.drawString(0, y, self.label)
            x = self.label_width
            gap = size * 0.2

            def blank(x: float, width: float, after: str = "") -> float:
                c.line(x, y - 2, x + width, y - 2)
                x += width + gap
                if after:
                    c.drawString(x, y, after)
                    x += stringWidth(after, font, size) + gap
                return x

            sign_here, date_here = self.words or (SIGN_HERE, DATE_HERE)
            c.drawString(x, y, sign_here)
            x = blank(x + stringWidth(sign_here, font, size) + (gap if self.words else 0), 52 * MM)
            # The date ends at the right edge of the type area.
            if self.words:  # Signature: ________  Date: ____________
                date_w = stringWidth(date_here, font, size) + 36 * MM + 2 * gap
                x = max(x + 8 * MM, self.width - date_w)
                c.drawString(x, y, date_here)
                blank(x + stringWidth(date_here, font, size) + gap, 36 * MM)
            else:
                date_w = sum(stringWidth(t, font, size) for t in (DATE_HERE, "年月日")) + 36 * MM + 6 * gap
                x = max(x + 8 * MM, self.width - date_w)
                c.drawString(x, y, DATE_HERE)
                x += stringWidth(DATE_HERE, font, size)
                x = blank(x, 16 * MM, "年")
                x = blank(x, 10 * MM, "月")
                blank(x, 10 * MM, "日")
            c.restoreState()
            if self.note is not None:
                self.note.drawOn(c, self.label_width, 0)

    class MinHeight(Flowable):
        """Another flowable, given at least ``height`` (a form's box left open for writing)."""

        def __init__(self, content: Any, height: float):
            super().__init__()
            self.content, self.min_height = content, height

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            w, h = self.content.wrap(avail_width, avail_height)
            self.content_h = h
            return w, max(h, self.min_height)

        def draw(self) -> None:
            self.content.drawOn(self.canv, 0, max(0.0, self.min_height - self.content_h))

    return SimpleNamespace(Heading=Heading, SignatureLine=SignatureLine, MinHeight=MinHeight)


def heading(text: str, font: str, size: float, mark: str = "", color: Any = None) -> Any:
    """A centred, heavy title line; ``mark`` is a small boxed word to its right."""
    return _flowables().Heading(text, font, size, mark, color)


def signature_line(
    label: str, st: Styles, note: str = "", label_width: float = 28 * MM, *, words: tuple[str, ...] = ()
) -> Any:
    """A line to sign and date by hand; ``note`` prints below it (e.g. an approval recorded in HallDesk).

    ``words`` ("Signature:", "Date:") print a line in another language, the date one blank.
    """
    return _flowables().SignatureLine(label, st, note, label_width, words)


def min_height(content: Any, height: float) -> Any:
    """``content`` in a box at least ``height`` points tall, text at the top."""
    return _flowables().MinHeight(content, height)


def ruled_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    font: str,
    extra: Sequence[tuple] = (),
    padding: float = 5,
    repeat_rows: int = 0,
) -> Any:
    """A form's table: thin inner rules, a heavier frame, cells vertically centred.

    Cells hold paragraphs (``para``) or None. ``font`` is also the table's own
    (ReportLab would otherwise name Helvetica even for empty cells);
    ``padding`` is the space above and below a cell's text (points); ``extra``
    adds TableStyle commands (spans, alignment ...); ``repeat_rows`` heading
    rows repeat on every page a long table runs over.
    """
    from reportlab.platypus import Table, TableStyle

    table = Table([list(r) for r in rows], colWidths=list(widths), repeatRows=repeat_rows)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("GRID", (0, 0), (-1, -1), 0.5, "#000000"),
                ("BOX", (0, 0), (-1, -1), 1.2, "#000000"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                # A paragraph's spare leading lies below its text: a little
                # more room above keeps the text in the middle of the cell.
                ("TOPPADDING", (0, 0), (-1, -1), padding + 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                *extra,
            ]
        )
    )
    return table


def layout_table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, font: str) -> Any:
    """An invisible table to place things side by side (a number left, a date right)."""
    from reportlab.platypus import Table, TableStyle

    table = Table([list(r) for r in rows], colWidths=list(widths))
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
