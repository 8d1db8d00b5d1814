"""Reading a clock-in terminal's punch files: .csv, .xlsx and ZKTeco attlog downloads.

Each reader streams its file and yields one record per punch line, good or
bad, with the line number an editor shows (the header is line 1); the
importer (``app.punches``) decides what to store. Memory stays flat however
long the file is.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from app.errors import Problem, ValidationError
from app.i18n import translate
from app.tabular import (
    EXCEL_EPOCH,
    CellError,
    RowStream,
    TextSource,
    cell_code,
    cell_date,
    column_letter,
    header_key,
)

FORMATS = ("csv", "xlsx", "zk")
HEADER_SEARCH = 10  # non-blank rows looked at for the header (title rows may come first)
ATTLOG_FIELDS = 6
ATTLOG_LINE_RE = re.compile(r"^ *\S+\t\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\t|\r?$)")
ATTLOG_TIME_RE = re.compile(r"\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d")
# A whole attlog line as terminals write it: (PIN, time, date); anything else takes the slow path.
ATTLOG_RE = re.compile(r" *(\S+)\t((\d{4}-\d{2}-\d{2}) (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d)(?:\t[^\t]*){4}")
# 8:01, 08:01:33, 08:01:33.6, 8时01分, 8时01分33秒 → hour, minute, second, fraction.
_CLOCK = r"(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*(?:[:：分]\s*(?:(\d{1,2})(?:\.(\d+))?\s*秒?)?)?"
DATETIME_TEXT_RE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]+|(?<=日))" + _CLOCK
)
TIME_TEXT_RE = re.compile(_CLOCK)
OLD_EXCEL_MAGIC = b"\xd0\xcf\x11\xe0"

# Accepted column headings; "time" columns may hold a date and time, or (beside a date column) a time.
STAFF_HEADERS = (
    "工号",
    "staff_no",
    "考勤号",
    "人员编号",
    "PIN",
    "staff number",
    "考勤号码",
    "员工编号",
    "用户编号",
    "登记号码",
    "AC-No.",
    "user id",
)
TIME_HEADERS = (
    "打卡时间",
    "time",
    "datetime",
    "签到时间",
    "时间",
    "date time",
    "考勤时间",
    "刷卡时间",
    "punch time",
    "check time",
)
DATE_HEADERS = ("日期", "date", "打卡日期", "考勤日期")
_HEADER_KEYS = {
    "staff": frozenset(header_key(h) for h in STAFF_HEADERS),
    "time": frozenset(header_key(h) for h in TIME_HEADERS),
    "date": frozenset(header_key(h) for h in DATE_HEADERS),
}

# A good line: (line number, staff number, time as "YYYY-MM-DD HH:MM:SS", its date);
# a bad one: (line number, None, what is wrong, None). The fixed-width text of a
# time sorts as the time does, is what SQLite stores, and costs no conversion.
Record = tuple[int, str | None, str, dt.date | None]


class Stream(Protocol):
    """What an importer needs of an open file for progress: bytes (or rows) read of ``total``."""

    total: int

    def done(self) -> int: ...


def db_datetime(value: dt.datetime) -> str:
    """A time as a record carries it, and as SQLite stores a DATETIME: "YYYY-MM-DD HH:MM:SS"."""
    return value.isoformat(" ")


def format_label(fmt: str) -> str:
    return {
        "csv": translate("Punches", "CSV file"),
        "xlsx": translate("Punches", "Excel workbook"),
        "zk": translate("Punches", "ZKTeco attlog"),
    }.get(fmt, fmt)


# ---------------------------------------------------------------- which format


def detect_format(path: Path, fmt: str | None = None) -> str:
    """``fmt`` if given; else .xlsx/.xlsm → xlsx, .dat → zk, others by their first bytes and line."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise ValidationError(
                translate("Punches", "Unknown format “{format}”: use csv, xlsx or zk.").format(format=fmt),
                field="format",
            )
        return fmt
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix == ".dat":
        return "zk"
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError as exc:
        raise ValidationError(
            translate("FileImport", "The file {file} cannot be read: {reason}.").format(
                file=path, reason=exc.strerror or exc
            )
        ) from exc
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(OLD_EXCEL_MAGIC):
        raise ValidationError(
            translate(
                "Punches",
                "{file} is an old Excel workbook (.xls). Open it in Excel, save it as .xlsx and import that.",
            ).format(file=path.name)
        )
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    first = next((line for line in text.split("\n") if line.strip()), "")
    return "zk" if ATTLOG_LINE_RE.match(first) else "csv"


# ---------------------------------------------------------------- reading lines


def _attlog_punches(source: TextSource) -> Iterator[Record]:
    """A ZKTeco attlog: PIN (space-padded), time, device, status, verify, workcode, tab-separated.

    The status column (in/out) is ignored: terminals set it unreliably.
    """
    dates: dict[str, dt.date] = {}  # the few hundred dates of a file, each checked once
    for number, line in source:
        match = ATTLOG_RE.fullmatch(line)
        if match is not None:
            pin, text, date = match.groups()
            day = dates.get(date)
            if day is not None:
                yield number, pin, text, day
                continue
        if not line or line.isspace():
            continue
        fields = line.split("\t")
        if len(fields) != ATTLOG_FIELDS:
            yield (
                number,
                None,
                translate(
                    "Punches",
                    "this line has {n} tab-separated fields; an attlog line has 6 (PIN, time, "
                    "device, status, verify, workcode).",
                ).format(n=len(fields)),
                None,
            )
            continue
        pin, text = fields[0].strip(), fields[1].strip()
        if not pin:
            yield number, None, translate("Punches", "the PIN (staff number) is missing."), None
            continue
        try:
            if ATTLOG_TIME_RE.fullmatch(text) is None:
                raise ValueError
            day = dates.get(text[:10]) or dates.setdefault(text[:10], dt.date.fromisoformat(text[:10]))
        except ValueError:
            yield (
                number,
                None,
                translate("Punches", "“{value}” is not a time of the form YYYY-MM-DD HH:MM:SS.").format(
                    value=text[:40]
                ),
                None,
            )
            continue
        yield number, pin, text, day


@dataclass(frozen=True)
class _Columns:
    staff: int
    time: int
    date: int | None


def _header_problems(number: int, cells: list[Any]) -> tuple[_Columns | None, list[Problem]]:
    found: dict[str, list[int]] = {name: [] for name in _HEADER_KEYS}
    for index, cell in enumerate(cells):
        key = header_key(cell)
        for name, keys in _HEADER_KEYS.items():
            if key in keys:
                found[name].append(index)
    what = {
        "staff": (translate("Punches", "staff number"), STAFF_HEADERS),
        "time": (translate("Punches", "time"), TIME_HEADERS),
        "date": (translate("Punches", "date"), DATE_HEADERS),
    }
    problems = []
    for name, indexes in found.items():
        label, headers = what[name]
        if not indexes and name != "date":
            problems.append(
                translate("Punches", "There is no column for the {what} (headed e.g. {headers}).").format(
                    what=label, headers=" / ".join(headers[:5])
                )
            )
        elif len(indexes) > 1:
            problems.append(
                translate("Punches", "Columns {first} and {second} both hold the {what}. Keep one.").format(
                    first=column_letter(indexes[0]), second=column_letter(indexes[1]), what=label
                )
            )
    if problems:
        return None, [Problem(p, row=number) for p in problems]
    date = found["date"][0] if found["date"] else None
    return _Columns(found["staff"][0], found["time"][0], date), []


def _find_header(rows: Iterator[tuple[int, list[Any]]], path: Path) -> _Columns:
    """The columns, from the first of the first few non-blank rows that names a staff-number column."""
    first_line = None
    for number, cells in itertools.islice(rows, HEADER_SEARCH):
        first_line = first_line or number
        if any(header_key(c) in _HEADER_KEYS["staff"] for c in cells):
            columns, problems = _header_problems(number, cells)
            if problems:
                raise ValidationError(problems)
            assert columns is not None
            return columns
    if first_line is None:
        raise ValidationError(translate("Punches", "{file} holds no punches.").format(file=path.name))
    raise ValidationError(
        Problem(
            translate(
                "Punches",
                "No header row found: the file needs a heading over each column, such as 工号 and "
                "打卡时间 (or staff_no and time).",
            ),
            row=first_line,
        )
    )


def _round_second(value: dt.datetime) -> dt.datetime:
    """Excel stores times as fractions of a day: 08:01:33 may come back as 08:01:32.999998."""
    if value.microsecond >= 500_000:
        value += dt.timedelta(seconds=1)
    return value.replace(microsecond=0)


def _not_a_time(value: Any) -> CellError:
    return CellError(
        translate(
            "Punches", "“{value}” is not a date and time. Write times like 2026-11-02 08:01:33."
        ).format(value=str(value)[:40])
    )


def _from_serial(value: float) -> dt.datetime:
    if not 1 <= value < 2958466:
        raise _not_a_time(value)
    return _round_second(dt.datetime.combine(EXCEL_EPOCH, dt.time()) + dt.timedelta(days=value))


def cell_datetime(value: Any) -> dt.datetime:
    """A punch time from a datetime cell, an Excel serial, or text such as 2026-11-02 08:01:33,
    2026/11/2 8:01 or 2026年11月2日 8:01; seconds are kept. Raises CellError otherwise."""
    if isinstance(value, dt.datetime):
        return _round_second(value)
    if value is None or value == "":
        raise CellError(translate("Punches", "the time is missing."))
    if isinstance(value, bool | dt.date | dt.time):
        raise _not_a_time(value)
    if isinstance(value, int | float):
        return _from_serial(float(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    match = DATETIME_TEXT_RE.fullmatch(text)
    if match is None:
        raise _not_a_time(value)
    y, mo, d, h, mi, s, frac = match.groups()
    try:
        at = dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0))
    except ValueError:
        raise _not_a_time(value) from None
    return at + dt.timedelta(seconds=1) if frac and frac[0] >= "5" else at


def cell_clock(value: Any) -> dt.time:
    """A time of day from a time cell, a fraction of a day, or text such as 8:01 or 08:01:33."""
    if isinstance(value, dt.datetime):  # a time typed in Excel may come back dated 1899-12-30
        return _round_second(value).time()
    if isinstance(value, dt.time):
        return _round_second(dt.datetime.combine(dt.date.min, value)).time()
    if value is None or value == "":
        raise CellError(translate("Punches", "the time is missing."))
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
        return _round_second(dt.datetime.min + dt.timedelta(days=value)).time()
    text = unicodedata.normalize("NFKC", str(value)).strip()
    match = TIME_TEXT_RE.fullmatch(text)
    try:
        if match is None:
            raise ValueError
        h, mi, s, frac = match.groups()
        clock = dt.time(int(h), int(mi), int(s or 0))
    except ValueError:
        raise CellError(
            translate("Punches", "“{value}” is not a time of day. Write times like 08:01:33.").format(
                value=text[:40]
            )
        ) from None
    if frac and frac[0] >= "5":
        clock = (dt.datetime.combine(dt.date.min, clock) + dt.timedelta(seconds=1)).time()
    return clock


def _table_punches(rows: Iterator[tuple[int, list[Any]]], columns: _Columns) -> Iterator[Record]:
    staff, when, date = columns.staff, columns.time, columns.date
    width = max(staff, when, -1 if date is None else date) + 1
    for number, cells in rows:
        if len(cells) < width:
            cells = cells + [None] * (width - len(cells))
        staff_no = cell_code(cells[staff])
        if not staff_no:
            yield number, None, translate("Punches", "the staff number is missing."), None
            continue
        try:
            if date is None:
                at = cell_datetime(cells[when])
            else:
                day = cell_date(cells[date])
                if day is None:
                    raise CellError(translate("Punches", "the date is missing."))
                at = dt.datetime.combine(day, cell_clock(cells[when]))
        except CellError as err:
            yield number, None, str(err), None
            continue
        yield number, staff_no, db_datetime(at), at.date()


@contextmanager
def open_records(path: Path, fmt: str) -> Iterator[tuple[Iterator[Record], Stream]]:
    if fmt == "zk":
        with TextSource(path) as source:
            yield _attlog_punches(source), source
        return
    stream = RowStream(path, kind=fmt)
    rows = iter(stream)
    try:
        columns = _find_header(rows, path)
        yield _table_punches(rows, columns), stream
    finally:
        rows.close()
