"""The daily duty register for 300 staff (about ten pages): target ≤ 1 s and ≤ 1.5× a bare table.

Baseline in the same run: a plain ``SimpleDocTemplate`` holding one ``Table``
of the same rows (strings) in the same registered font, with a repeated
header row. The register adds the header block, unit rows, spans, the other
sections and the "第 1 页 共 N 页" footer on top of that.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest

from app import demo, documents, register_pdf, roster
from app.register_facts import STATUS_CN
from tests.benchmarks.conftest import median_seconds


@pytest.fixture
def facts_300(store, manager):
    demo.fill_demo(staff=300, seed=9, password="bench-pass-1")
    day = roster.today() - dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return register_pdf.gather(day)


def bare_table(rows: list[list[str]], font: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=font)
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    doc.build([table])
    return buffer.getvalue()


def test_register_for_300_staff(benchmark, facts_300):
    font = documents.document_font()
    people: dict[int, list[str]] = {}
    for s in facts_300.sessions:
        row = people.setdefault(s.staff_id, [s.window, s.name])
        row += [s.clock_in or "—", s.clock_out or "—", STATUS_CN[s.status]]
    rows = [["窗口", "姓名", "签到", "签退", "状态", "签到", "签退", "状态", "备注"]]
    rows += [(r + ["—"] * 8)[:8] + [""] for r in people.values()]
    assert len(rows) > 250

    baseline = median_seconds(lambda: bare_table(rows, font), rounds=5)
    data, pages = benchmark.pedantic(lambda: register_pdf.build(facts_300), rounds=5, warmup_rounds=1)
    median = benchmark.stats.stats.median
    benchmark.extra_info.update(
        register_ms=round(median * 1000), bare_table_ms=round(baseline * 1000), pages=pages
    )
    print(f"\nregister {median * 1000:.0f} ms, bare table {baseline * 1000:.0f} ms, {pages} pages")
    assert pages >= 8
    assert median <= 1.0, f"{median * 1000:.0f} ms"
    assert median <= 1.5 * baseline, f"{median * 1000:.0f} ms against {baseline * 1000:.0f} ms"
