"""The Weekly summary's chart: violations per unit, one stacked horizontal bar each.

The rows are ``app.weekly.chart_rows(summary)`` and the series, their order
and colours ``app.weekly.CHART_SERIES``: the same chart the printed Monday
brief draws (``app.weekly_brief.chart``): the units as the table lists
them, a scale with a grid under the bars, each segment's count when it
fits, each bar's total after it, and the legend (``series_label``) centred
under the plot. Pointing at a bar tells its unit's counts in words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.weekly import CHART_SERIES, series_label, tick_step

PAD = 8
SWATCH = 10
LEGEND_GAP = 14
ROW_MAX = 2.2  # a bar's row is at most this many text lines tall
GRID_COLOUR = "#c8c8c8"  # the printed brief's grid


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def series_colour(rgb: tuple[float, float, float]) -> QColor:
    return QColor.fromRgbF(*rgb)


def text_colour_on(colour: QColor) -> QColor:
    """Dark text on a light segment (the yellow of early leave), white on a dark one."""
    light = 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF()
    return QColor("#1a1a1a") if light > 0.6 else QColor("#ffffff")


class ViolationsChart(QWidget):
    """Stacked bars of ``set_rows([(unit, [count per series]), ...])`` with a legend and the counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, list[int]]] = []
        self._bars: list[QRectF] = []  # where each row was drawn, for its tooltip
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 140)
        self.setAccessibleName(self.tr("Violations per unit"))
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

    # ------------------------------------------------------------ data

    def set_rows(self, rows: list[tuple[str, list[int]]]) -> None:
        self._rows = [(name, list(counts)) for name, counts in rows]
        self.setAccessibleDescription("\n".join(self.row_text(i) for i in range(len(self._rows))))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, list[int]]]:
        return [(name, list(counts)) for name, counts in self._rows]

    def legend(self) -> list[tuple[str, QColor]]:
        """The series as the legend names and colours them, in the chart's order."""
        return [(capital(series_label(key)), series_colour(rgb)) for key, rgb in CHART_SERIES]

    def row_text(self, index: int) -> str:
        name, counts = self._rows[index]
        parts = [f"{label} {n}" for (label, _c), n in zip(self.legend(), counts, strict=False) if n]
        return self.tr("{unit}: {total} ({what})").format(
            unit=name, total=sum(counts), what=", ".join(parts) or "—"
        )

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(420, 2 * PAD + 2 * (line + 4) + max(len(self._rows), 3) * (line + 10))

    # ------------------------------------------------------------ drawing

    def _legend_lines(self, width: float) -> list[list[tuple[str, QColor, float]]]:
        metrics = self.fontMetrics()
        lines: list[list[tuple[str, QColor, float]]] = [[]]
        used = 0.0
        for label, colour in self.legend():
            item = SWATCH + 4 + metrics.horizontalAdvance(label)
            if lines[-1] and used + item > width:
                lines.append([])
                used = 0.0
            lines[-1].append((label, colour, item))
            used += item + LEGEND_GAP
        return lines

    def _legend_place(self, left: float, width: float, area: QRectF) -> tuple[float, float, list]:
        """Where the legend goes: under the plot (``left``, ``width``) when it fits there in one line,
        else under the whole chart, wrapped if need be; (left, width, lines)."""
        one_line = self._legend_lines(float("inf"))[0]
        used = sum(w for _l, _c, w in one_line) + LEGEND_GAP * (len(one_line) - 1)
        if used > width:
            left, width = area.left(), area.width()
        return left, width, self._legend_lines(width)

    def _draw_legend(self, painter: QPainter, place: tuple[float, float, list], bottom: float) -> float:
        """The legend's lines, centred, ending at ``bottom``; its top."""
        left, width, lines = place
        line_h = self.fontMetrics().height()
        y = top = bottom - len(lines) * (line_h + 2)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        for line in lines:
            used = sum(w for _l, _c, w in line) + LEGEND_GAP * (len(line) - 1)
            x = left + max(0.0, (width - used) / 2)
            for label, colour, item in line:
                painter.fillRect(QRectF(x, y + (line_h - SWATCH) / 2, SWATCH, SWATCH), colour)
                painter.drawText(
                    QRectF(x + SWATCH + 4, y, item, line_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
                x += item + LEGEND_GAP
            y += line_h + 2
        return top

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line_h = metrics.height()
        text = self.palette().color(QPalette.ColorRole.Text)
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText)
        area = QRectF(self.rect()).adjusted(PAD, PAD, -PAD, -PAD)
        self._bars = []
        if not self._rows:
            place = self._legend_place(area.left(), area.width(), area)
            legend_top = self._draw_legend(painter, place, area.bottom())
            painter.setPen(quiet)
            painter.drawText(
                QRectF(area.left(), area.top(), area.width(), legend_top - area.top()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No unit had sessions in this period."),
            )
            return

        # -- the plot: unit names on the left, a scale under it, totals after the bars
        totals = [sum(counts) for _name, counts in self._rows]
        most = max(totals)
        step = tick_step(most)
        scale = max(step, -(-most // step) * step)
        names_w = min(max(metrics.horizontalAdvance(n) for n, _c in self._rows) + 8, area.width() * 0.42)
        count_w = metrics.horizontalAdvance(str(max(most, 10))) + 8
        left = area.left() + names_w
        span = max(area.right() - count_w - left, 10.0)
        place = self._legend_place(left, span, area)
        # Rows no taller than ROW_MAX lines: in a tall chart the whole of it sits in the middle.
        natural = len(self._rows) * line_h * ROW_MAX + line_h + 6 + len(place[2]) * (line_h + 2)
        if area.height() > natural:
            area.adjust(0, (area.height() - natural) / 2, 0, -(area.height() - natural) / 2)
        legend_top = self._draw_legend(painter, place, area.bottom())
        plot_bottom = legend_top - line_h - 6  # the scale's numbers under the axis
        row_h = min(max((plot_bottom - area.top()) / len(self._rows), line_h + 4), line_h * ROW_MAX)
        thick = max(row_h * 0.62, 6.0)
        top = plot_bottom - row_h * len(self._rows)
        per = span / scale

        painter.setPen(QPen(QColor(GRID_COLOUR), 1))
        for tick in range(0, scale + 1, step):
            x = left + tick * per
            painter.drawLine(QPointF(x, top), QPointF(x, plot_bottom))
        painter.setPen(text)
        for tick in range(0, scale + 1, step):
            x = left + tick * per
            painter.drawText(
                QRectF(x - 30, plot_bottom + 2, 60, line_h), Qt.AlignmentFlag.AlignHCenter, str(tick)
            )
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(left, top), QPointF(left, plot_bottom))
        painter.drawLine(QPointF(left, plot_bottom), QPointF(left + span, plot_bottom))

        bold = QFont(self.font())
        bold.setBold(True)
        separator = QPen(QColor("#ffffff"), 1)
        y = top
        for (name, counts), total in zip(self._rows, totals, strict=True):
            painter.setPen(text)
            painter.setFont(self.font())
            painter.drawText(
                QRectF(area.left(), y, names_w - 8, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(names_w - 8)),
            )
            x = left
            bar_top = y + (row_h - thick) / 2
            for (_label, colour), n in zip(self.legend(), counts, strict=False):
                if not n:
                    continue
                segment = QRectF(x, bar_top, n * per, thick)
                painter.fillRect(segment, colour)
                painter.setPen(separator)
                painter.drawRect(segment)
                if metrics.horizontalAdvance(str(n)) + 4 <= segment.width():
                    painter.setPen(text_colour_on(colour))
                    painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, str(n))
                x += segment.width()
            painter.setPen(text if total else quiet)
            painter.setFont(bold if total else self.font())
            painter.drawText(
                QRectF(x + 4, y, count_w, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(total),
            )
            self._bars.append(QRectF(area.left(), y, area.width(), row_h))
            y += row_h
        painter.setFont(self.font())
        if not most:
            painter.setPen(quiet)
            painter.drawText(
                QRectF(left, top, span, plot_bottom - top),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No violations in this period."),
            )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = next((i for i, r in enumerate(self._bars) if r.contains(QPointF(event.pos()))), -1)
            if 0 <= index < len(self._rows):
                QToolTip.showText(event.globalPos(), self.row_text(index), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
