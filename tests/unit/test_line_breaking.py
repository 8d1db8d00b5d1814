"""Chinese line breaking in documents (标点避头尾): the rules hold at any width, in any paragraph."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app import document_parts as parts
from app import documents

CLOSING = documents.NO_LINE_START + "。、）〕】》」』"
OPENING = "（《“‘〔【「『"
HAN = "年月日星期一二三上下午早退签时间规定迟到情况如下请假病事"

SIZE = 16


def font() -> str:
    return documents.shipped_font()


def body_style():
    from reportlab.lib.styles import ParagraphStyle

    body = documents.styles(font(), SIZE).body
    return ParagraphStyle("b", parent=body, fontSize=SIZE, leading=28, wordWrap="CJK")


def wrapped(markup: str, width: float) -> list[tuple[str, bool]]:
    """The lines of a paragraph wrapped at ``width``: (text, ends at a <br/>)."""
    from reportlab.platypus import Paragraph

    p = Paragraph(markup, body_style())
    p.wrap(width, 100_000)
    if p.blPara.kind == 0:  # one plain run of text
        return [("".join(words), False) for _, words in p.blPara.lines]
    return [("".join(w.text for w in line.words), bool(line.lineBreak)) for line in p.blPara.lines]


def width_of(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font(), SIZE)


def is_ascii_word(c: str) -> bool:
    return "!" <= c <= "~"


def assert_chinese_rules(lines: list[tuple[str, bool]], width: float) -> None:
    for (line, forced), (following, _) in zip(lines, lines[1:], strict=False):
        if forced:
            continue
        assert line and following, lines
        assert following[0] not in CLOSING, (width, line, following)
        assert line[-1] not in OPENING, (width, line, following)
        assert not (is_ascii_word(line[-1]) and is_ascii_word(following[0])), (width, line, following)
    for line, _ in lines:  # a line may be shorter, or let one closing mark hang in the margin
        body = line[:-1] if line[-1:] in CLOSING else line
        assert width_of(body) <= width + 1e-6, (width, line)


# ---------------------------------------------------------------- the cases that were wrong


EARLY_LEAVE = "年11月10日（星期二）下午早退，签退时间17:29（规定17:30）；2026年11月11日"


def test_a_closing_mark_after_a_number_does_not_start_a_line():
    for width in range(440, 451):
        lines = wrapped(EARLY_LEAVE, width)
        assert [text for text, _ in lines] == [
            "年11月10日（星期二）下午早退，签退时间17:29（规定",
            "17:30）；2026年11月11日",
        ], width
        assert_chinese_rules(lines, width)


def test_an_opening_bracket_goes_down_with_what_it_opens():
    text = "迟到情况如下：2026年11月16日（星期一）上午迟到，2026年11月18日（星期三）上午迟到"
    assert [t for t, _ in wrapped(text, 260)] == [  # was "…16日（" / "星期一）…"
        "迟到情况如下：2026年11月16日",
        "（星期一）上午迟到，2026年11月",
        "18日（星期三）上午迟到",
    ]
    assert [t for t, _ in wrapped(text, 276)] == [  # was "…18日（" / "星期三）…"
        "迟到情况如下：2026年11月16日（星",
        "期一）上午迟到，2026年11月18日",
        "（星期三）上午迟到",
    ]
    for width in range(100, 460, 4):
        lines = wrapped(text, width)
        assert "".join(t for t, _ in lines) == text
        assert_chinese_rules(lines, width)


def test_markup_and_line_breaks_follow_the_rules_too():
    style = documents.styles(font(), SIZE).body
    p = parts.para(EARLY_LEAVE + "\n" + EARLY_LEAVE, style)
    p.wrap(445, 10_000)
    lines = ["".join(w.text for w in line.words) for line in p.blPara.lines]
    assert lines == [
        "年11月10日（星期二）下午早退，签退时间17:29（规定",
        "17:30）；2026年11月11日",
        "年11月10日（星期二）下午早退，签退时间17:29（规定",
        "17:30）；2026年11月11日",
    ]


def test_a_hanging_mark_before_a_line_break_makes_no_empty_line():
    text = "一二三四五六七八九十" * 2 + "。"
    lines = wrapped(f"{text}<br/>{text}", 160)
    assert lines == [
        ("一二三四五六七八九十", False),
        ("一二三四五六七八九十。", True),  # the 。 hangs; ReportLab put the <br/> on a line of its own
        ("一二三四五六七八九十", False),
        ("一二三四五六七八九十。", False),
    ]


# ---------------------------------------------------------------- any text, any width


@st.composite
def numbers(draw) -> str:
    """17:30, 2026, 2026-11-18, 8"""
    values = draw(st.lists(st.integers(0, 2026), min_size=1, max_size=3))
    return draw(st.sampled_from(":-.")).join(str(n) for n in values)


@st.composite
def phrases(draw) -> str:
    """Chinese with numbers inside, perhaps in brackets or quotes, perhaps followed by punctuation.

    A number is always next to a Chinese character or a bracket, so that what may not
    be broken stays shorter than a line (no rule can hold for a longer one).
    """
    opening = draw(st.text(OPENING, max_size=2))
    pieces = [draw(numbers())] if opening and draw(st.booleans()) else []
    for _ in range(draw(st.integers(1, 3))):
        pieces.append(draw(st.text(HAN, min_size=1, max_size=4)))
        if draw(st.booleans()):
            pieces.append(draw(numbers()))
    if pieces[-1][-1] not in HAN and not draw(st.booleans()):
        pieces.append(draw(st.text(HAN, min_size=1, max_size=2)))
    closing = draw(st.text(CLOSING, max_size=3))
    if not closing and pieces[-1][-1] not in HAN:
        pieces.append(draw(st.sampled_from(HAN)))
    return opening + "".join(pieces) + closing


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(phrases(), min_size=1, max_size=12).map("".join),
    width=st.integers(200, 500),
    markup=st.sampled_from(["plain", "bold", "newline"]),
    cut=st.integers(0, 60),
)
def test_no_line_breaks_the_rules(text, width, markup, cut):
    cut = min(cut, len(text))
    if markup == "plain":  # one run: ReportLab's textsplit
        source = text
    elif markup == "bold":  # several runs: ReportLab's cjkFragSplit
        source = f"<b>{text[:cut]}</b>{text[cut:]}"
    else:
        source = f"{text[:cut]}<br/>{text[cut:]}"
    lines = wrapped(source, width)
    assert "".join(t for t, _ in lines) == text
    assert_chinese_rules(lines, width)
