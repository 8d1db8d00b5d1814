"""What every fuzz test shares: a database put back after each example, snapshots of it,
the checks a refusal must pass, and generators of broken .csv, .xlsx and text files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from peewee import CharField

from app import i18n
from app.errors import HallDeskError, ValidationError
from db import models
from db.connection import database

T = TypeVar("T")

# 60 examples: the whole of tests/fuzz takes some 15 s on SQLite on two cores (PostgreSQL about as long).
FUZZ = settings(
    # HALLDESK_FUZZ_EXAMPLES=2000 for a deeper search by hand.
    max_examples=int(os.environ.get("HALLDESK_FUZZ_EXAMPLES", "60")),
    deadline=None,
    # The database fixture is shared by the examples of a test on purpose: see ``rolled_back``.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
LANGUAGES = st.sampled_from(["en", "zh_CN"])
MODELS = tuple(
    m
    for m in vars(models).values()
    if isinstance(m, type) and issubclass(m, models.BaseModel) and m is not models.BaseModel
)


# ---------------------------------------------------------------- the database of one example


@contextmanager
def rolled_back() -> Iterator[None]:
    """Run one example in a transaction that is undone afterwards.

    Hypothesis runs every example of a test inside one call of the test
    function, so the function-scoped ``store`` fixture (one database, on
    SQLite or PostgreSQL) is shared by all of them. Undoing each example's
    writes gives every example the same starting database, seeded once per
    test: examples do not depend on the ones before, so a failure replays and
    shrinks exactly, and no example pays for a freshly migrated database. The
    service's own ``database.atomic()`` becomes a savepoint inside this
    transaction, which rolls back on error exactly as a transaction does; the
    "nothing changed" checks run before this rollback, so they still see any
    write a service failed to undo.
    """
    with database.atomic() as txn:
        try:
            yield
        finally:
            txn.rollback()


def counts() -> dict[str, int]:
    """Rows in every table."""
    return {m._meta.table_name: m.select().count() for m in MODELS}


def rows(*watched: type[models.BaseModel]) -> dict[str, list[tuple]]:
    """Every row of the watched tables, in id order: a refused edit must not have changed one."""
    return {m._meta.table_name: list(m.select().order_by(m.id).tuples()) for m in watched}


State = tuple[dict[str, int], dict[str, list[tuple]]]


def state(*watched: type[models.BaseModel]) -> State:
    """Row counts of every table, and every row of the watched ones."""
    return counts(), rows(*watched)


def assert_storable(*watched: type[models.BaseModel]) -> None:
    """Every stored text fits its column and holds no NUL.

    SQLite stores either without complaint; PostgreSQL refuses both with an
    error the user would see as a crash, so the SQLite run checks it too.
    """
    for model in watched:
        for row in model.select().dicts():
            for name, value in row.items():
                if not isinstance(value, str):
                    continue
                field = model._meta.fields.get(name)
                assert "\x00" not in value, f"{model.__name__}.{name} holds NUL: {value!r}"
                if isinstance(field, CharField) and field.max_length:
                    assert len(value) <= field.max_length, f"{model.__name__}.{name} too long: {value!r}"


# ---------------------------------------------------------------- refusals


def render_both(err: HallDeskError) -> None:
    """The error and each of its problems render, non-empty, in English and in Chinese."""
    current = i18n.language()
    try:
        for lang in ("en", "zh_CN"):
            i18n.set_language(lang)
            assert str(err).strip()
            if isinstance(err, ValidationError):
                assert err.problems
                for problem in err.problems:
                    assert problem.message.strip()
                    assert str(problem).strip()
    finally:
        i18n.set_language(current)


def attempt(call: Callable[[], T], *expected: type[HallDeskError]) -> T | HallDeskError:
    """The call's result, or the typed error it raised (checked to render in both languages).

    Any other exception propagates and fails the test: it is what the user
    would see as a traceback. A HallDeskError that is not one of ``expected``
    fails too (a conflict, say, where only a validation error can be right).
    """
    try:
        return call()
    except HallDeskError as err:
        assert isinstance(err, expected or (ValidationError,)), f"unexpected {type(err).__name__}: {err}"
        render_both(err)
        event(f"refused: {type(err).__name__}")
        return err


def refused_cleanly(result: object, before: object, now: Callable[[], object]) -> bool:
    """True when ``result`` is a refusal, after checking that the database is as it was."""
    if isinstance(result, HallDeskError):
        assert now() == before, "a refused call changed the database"
        return True
    event("accepted")
    return False


def render_summary(report: Any) -> None:
    """An import's report reads in both languages."""
    current = i18n.language()
    try:
        for lang in ("en", "zh_CN"):
            i18n.set_language(lang)
            assert report.summary().strip()
    finally:
        i18n.set_language(current)


@contextmanager
def scratch_folder() -> Iterator[Path]:
    """A folder of one example's own (pytest's tmp_path is shared by all the examples of a test)."""
    with tempfile.TemporaryDirectory(prefix="halldesk-fuzz-") as folder:
        yield Path(folder)


# ---------------------------------------------------------------- cells

HUGE = "長" * 140_000  # past the csv module's 131072-character field limit, and Excel's 32767
# Cells that break something, in any column.
BROKEN_TEXT = st.one_of(
    st.sampled_from(
        [
            "",
            "  ",
            "\u3000",
            "x" * 600,
            HUGE,
            "2021-02-30",
            "2021-13-01",
            "yesterday",
            "0000-00-00",
            "9999-12-31",
            "1899-12-31",
            "25:61",
            "\x00",
            "10\x0001",
            "a\x01b",
            "line\nbreak",
            'quote " inside',
            "=1/0",
            "-5",
            "99999999999999999999",
            "１００１",
            "\ufeff1001",
            "1001\ufeff",
            "😀🎉",
            "\u202e1001",
            "\u200b",
            "NULL",
            "'; DROP TABLE staff; --",
        ]
    ),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=20),
)
# Numbers at the edges: a hand-made or damaged workbook's <v>1E999</v> reads back as inf.
EDGE_NUMBERS = st.sampled_from([math.inf, -math.inf, math.nan, 1e308, -0.0, 0.5, 45993.5, 2958466.0])
# Cells only a workbook can hold: numbers, times, booleans, formulas, nothing at all.
BROKEN_CELL = st.one_of(
    BROKEN_TEXT,
    EDGE_NUMBERS,
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**12), 10**12),
        st.floats(allow_nan=True, allow_infinity=True),
        st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2199, 12, 31)),
        st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31)),
        st.times(),
        st.sampled_from(["=A1+1", "=SUM(A:A)", "=1/0", '="1001"']),
    ),
)


def date_cell(day: dt.date, xlsx: bool) -> st.SearchStrategy[Any]:
    """The ways a hall's files write a date (a workbook may also hold it as a date or a serial)."""
    texts = [
        day.isoformat(),
        f"{day.year}/{day.month}/{day.day}",
        f"{day.year}.{day.month}.{day.day}",
        day.strftime("%Y%m%d"),
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.isoformat()} 00:00:00",
    ]
    if xlsx:
        serial = (day - dt.date(1899, 12, 30)).days
        return st.sampled_from([*texts, day, dt.datetime.combine(day, dt.time()), serial, float(serial)])
    return st.sampled_from(texts)


def dates(start: dt.date, end: dt.date, xlsx: bool) -> st.SearchStrategy[Any]:
    return st.dates(start, end).flatmap(lambda d: date_cell(d, xlsx))


def spoil(
    good_rows: st.SearchStrategy[list[list[Any]]], xlsx: bool, width: int, focus: list[int] | None = None
) -> st.SearchStrategy[list[list[Any]]]:
    """Good rows, or the same rows with a few cells replaced by broken ones.

    Half the files stay clean, so that imports also succeed and the success
    path (and its re-import) is tested, not only the refusals. Half the
    broken cells go to the ``focus`` columns (dates and times, where the
    parsing is), so that rare values (inf, a 1900 serial) reach that parsing
    in a run of a few hundred examples, not only in one of many thousands.
    """
    broken = BROKEN_CELL if xlsx else BROKEN_TEXT

    def replace(pair: tuple[list[list[Any]], list[tuple[int, int, Any]]]) -> list[list[Any]]:
        table, changes = pair
        table = [list(r) for r in table]
        for row, col, value in changes:
            if table:
                cells = table[row % len(table)]
                if col % (width + 1) < len(cells):
                    cells[col % (width + 1)] = value
                else:
                    cells.append(value)  # a value beyond the last header
        return table

    change = st.tuples(st.integers(0, 20), st.integers(0, 20), broken)
    if focus:
        edge = EDGE_NUMBERS if xlsx else EDGE_NUMBERS.map(repr)
        focused = st.tuples(st.integers(0, 20), st.sampled_from(focus), st.one_of(edge, broken))
        change = st.one_of(focused, change)
    changes = st.one_of(st.just([]), st.lists(change, min_size=1, max_size=3))
    return st.tuples(good_rows, changes).map(replace)


# ---------------------------------------------------------------- files


@dataclass
class FileSpec:
    """A generated file: its name and bytes, and how it was made (for hypothesis' report)."""

    name: str
    data: bytes
    how: str
    table: list[list[Any]] | None = None  # a workbook's cells, shown instead of its zip bytes

    def __repr__(self) -> str:
        shown = f"table={self.table!r}" if self.table is not None else f"data={self.data[:2000]!r}"
        return f"FileSpec(name={self.name!r}, how={self.how!r}, {shown}, bytes={len(self.data)})"

    def write(self, folder: Path) -> Path:
        path = folder / self.name
        path.write_bytes(self.data)
        return path


def text_of(value: Any) -> str:
    """A cell as a CSV holds it."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    return str(value)


ENCODINGS = st.sampled_from(
    ["utf-8", "utf-8-sig", "gb18030", "utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "cp1252"]
)
# Byte-level damage: (what, where, which bytes). Applied after encoding.
MUTATION = st.tuples(
    st.sampled_from(
        [
            "nul",
            "garbage",
            "bom",
            "bom_line",
            "truncate",
            "dup_line",
            "crlf",
            "cr",
            "other_encoding_line",
            "empty",
            "header_only",
            "blank_lines",
        ]
    ),
    st.integers(0, 1 << 16),
    st.binary(min_size=1, max_size=6),
)
# Two files in three are left whole, so that the rows' own problems are reached too.
MUTATIONS = st.one_of(st.just([]), st.just([]), st.lists(MUTATION, min_size=1, max_size=2))


def encode(text: str, encoding: str) -> bytes:
    """``text`` in ``encoding``, or in UTF-8 when the encoding cannot hold it."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8")


def mutate(data: bytes, mutations: list[tuple[str, int, bytes]]) -> bytes:
    """Damage ``data`` the ways files get damaged: stray bytes, a cut, lines repeated or re-encoded."""
    for what, where, junk in mutations:
        at = where % (len(data) + 1)
        lines = data.split(b"\n")
        line = where % len(lines)
        if what == "nul":
            data = data[:at] + b"\x00" + data[at:]
        elif what == "garbage":
            data = data[:at] + junk + data[at:]
        elif what == "bom":
            data = data[:at] + b"\xef\xbb\xbf" + data[at:]
        elif what == "bom_line":
            lines[line] = b"\xef\xbb\xbf" + lines[line]
            data = b"\n".join(lines)
        elif what == "truncate":
            data = data[:at]
        elif what == "dup_line":
            lines.insert(line, lines[line])
            data = b"\n".join(lines)
        elif what == "crlf":
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        elif what == "cr":
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r")
        elif what == "other_encoding_line":
            # One line re-encoded: GB18030 in a UTF-8 file, or Windows-1252 in any.
            try:
                text = lines[line].decode("utf-8")
                lines[line] = encode(text, "gb18030" if junk[0] % 2 else "cp1252")
            except UnicodeDecodeError:
                lines[line] = lines[line].decode("gb18030", errors="replace").encode("utf-8")
            data = b"\n".join(lines)
        elif what == "empty":
            data = b""
        elif what == "header_only":
            data = lines[0]
        elif what == "blank_lines":
            lines.insert(line, b" \t ")
            lines.insert(line, b"")
            data = b"\n".join(lines)
    return data


def csv_bytes(table: list[list[Any]], encoding: str, delimiter: str) -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([[text_of(c) for c in r] for r in table])
    return encode(out.getvalue(), encoding)


# Non-finite numbers cannot be written by openpyxl, but a <v>1E999</v> in a workbook's XML
# reads back as inf: such cells are written as placeholders and patched afterwards.
_NON_FINITE = {"inf": b"1E999", "-inf": b"-1E999", "nan": b"NaN"}


def xlsx_bytes(table: list[list[Any]], *, sheets: str = "one") -> bytes:
    """A workbook holding ``table``: strings starting with '=' become formulas (read back as None).

    ``sheets``: "one"; "notes first" (an empty sheet before the data, the data
    shown); "notes shown" (the empty sheet is the one shown, so the file is empty).
    """
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook()
    sheet = book.active
    if sheets != "one":
        sheet.title = "Notes"
        sheet = book.create_sheet("Data")
        book.active = 0 if sheets == "notes shown" else 1
    patches: dict[bytes, bytes] = {}
    for r, cells in enumerate(table, start=1):
        for c, value in enumerate(cells, start=1):
            if isinstance(value, float) and not math.isfinite(value):
                placeholder = 777_000.125 + len(patches)
                patches[f"<v>{placeholder!r}</v>".encode()] = b"<v>" + _NON_FINITE[repr(value)] + b"</v>"
                value = placeholder
            elif isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)  # an .xlsx cannot hold control characters
            sheet.cell(row=r, column=c, value=value)
    out = io.BytesIO()
    book.save(out)
    # Written again with fixed times: openpyxl stamps the save time into the
    # zip and docProps/core.xml, and a cut at byte n must cut the same file
    # when hypothesis replays an example.
    src = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    fixed = io.BytesIO()
    with zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                for old, new in patches.items():
                    data = data.replace(old, new)
            elif info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-01T00:00:00Z", data)
            entry = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, data)
    return fixed.getvalue()


def damage_xlsx(data: bytes, mutations: list[tuple[str, int, bytes]]) -> bytes:
    """A cut or scribbled workbook (a download that stopped, a bad USB stick)."""
    for what, where, junk in mutations:
        at = where % (len(data) + 1)
        if what == "truncate":
            data = data[:at]
        elif what == "garbage":
            data = data[:at] + junk + data[at + len(junk) :]
        elif what == "empty":
            data = b""
    return data


@st.composite
def table_file(
    draw: st.DrawFn,
    table: list[list[Any]],
    stem: str,
    xlsx: bool,
    csv_suffixes: tuple[str, ...] = (".csv",),
) -> FileSpec:
    """``table`` written as a workbook or as a CSV in some encoding, perhaps damaged."""
    mutations = draw(MUTATIONS, label="damage")
    if xlsx:
        sheets = draw(st.sampled_from(["one", "one", "one", "notes first", "notes shown"]), label="sheets")
        data = whole = xlsx_bytes(table, sheets=sheets)
        # Most damage makes no sense inside a zip; a cut or scribbled file does.
        if draw(st.integers(0, 5), label="damage the zip") == 0:
            data = damage_xlsx(data, mutations)
        suffix = draw(st.sampled_from([".xlsx", ".xlsx", ".xlsm", ".csv"]), label="suffix")
        damaged = f"cut or scribbled {mutations}" if data != whole else "whole"
        return FileSpec(stem + suffix, data, f"xlsx, {sheets}, {damaged}", table)
    encoding = draw(ENCODINGS, label="encoding")
    delimiter = draw(st.sampled_from([",", ",", ";", "\t"]), label="delimiter")
    data = mutate(csv_bytes(table, encoding, delimiter), mutations)
    suffix = draw(st.sampled_from([*csv_suffixes, ".xlsx"] if mutations else csv_suffixes), label="suffix")
    return FileSpec(stem + suffix, data, f"csv {encoding} {delimiter!r} {mutations}")
