"""Reading and writing the spreadsheets a hall exchanges: .xlsx workbooks and .csv files.

Importers (the roster now, a clock-in terminal's export later) read a file as
a header row plus numbered data rows, numbered as Excel shows them (the
header is row 1), and turn cells into text and dates the same way. A CSV may
be UTF-8 (with or without a BOM), GB18030 (what Chinese Excel writes) or
UTF-16 with a BOM; anything else is refused rather than imported garbled.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import os
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import HallDeskError, Problem, ValidationError
from app.fields import FIELD_LABELS, field_label
from app.i18n import translate

READABLE = (".xlsx", ".xlsm", ".csv")
# Control characters: an .xlsx cannot hold the C0 ones, PostgreSQL refuses NUL, and no text
# field needs any of them, C1 and DEL included (tab and line breaks are fine).
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
FIRST_YEAR, LAST_YEAR = 1900, 2199  # the dates a hall's files and fields may hold
DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
TIME_SUFFIX_RE = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
EXCEL_EPOCH = dt.date(1899, 12, 30)
MAX_EXCEL_SERIAL = 2958465  # 9999-12-31


@dataclass
class Sheet:
    """A file's header and its non-blank data rows, each with its row number as shown."""

    header_row: int
    header: list[Any]
    rows: list[tuple[int, list[Any]]]


def read_sheet(path: Path) -> Sheet:
    """Read a .xlsx (first sheet shown) or .csv file; raises ValidationError saying what is wrong."""
    suffix = path.suffix.lower()
    if suffix not in READABLE:
        raise ValidationError(
            translate(
                "FileImport",
                "{file} cannot be imported: use an Excel workbook (.xlsx) or a CSV file (.csv).",
            ).format(file=path.name)
        )
    if not path.is_file():
        raise ValidationError(translate("FileImport", "The file {file} does not exist.").format(file=path))
    raw = _read_csv(path) if suffix == ".csv" else _read_xlsx(path)
    header: list[Any] | None = None
    header_row = 1
    rows: list[tuple[int, list[Any]]] = []
    for number, cells in raw:
        if all(cell_text(c) == "" for c in cells):
            continue
        if header is None:
            header, header_row = cells, number
        else:
            rows.append((number, cells))
    if header is None:
        raise ValidationError(
            translate("FileImport", "{file} is empty: it needs a header row and the data below it.").format(
                file=path.name
            )
        )
    return Sheet(header_row, header, rows)


def _unreadable(path: Path, exc: OSError) -> ValidationError:
    return ValidationError(
        translate("FileImport", "The file {file} cannot be read: {reason}.").format(
            file=path, reason=exc.strerror or exc
        )
    )


def _read_xlsx(path: Path) -> list[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.active if book.active in book.worksheets else book.worksheets[0]
            # Some programs write a wrong <dimension>; without the reset,
            # read-only mode would silently cut columns off.
            sheet.reset_dimensions()
            return [(n, list(r)) for n, r in enumerate(sheet.iter_rows(values_only=True), start=1)]
        finally:
            book.close()
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    except Exception as exc:
        raise _damaged_xlsx(path, exc) from exc


def _damaged_xlsx(path: Path, exc: Exception) -> ValidationError:
    # A damaged workbook fails deep inside zipfile or the XML parser, with
    # BadZipFile, KeyError, ParseError, EOFError, zlib.error ... alike.
    return ValidationError(
        translate(
            "FileImport",
            "{file} cannot be read as an Excel workbook: it is damaged, incomplete or not "
            "really an .xlsx file ({detail}). Open it in Excel, save it again and import "
            "that copy.",
        ).format(file=path.name, detail=type(exc).__name__)
    )


def _line_at(data: bytes, offset: int) -> tuple[int, str]:
    start = data.rfind(b"\n", 0, offset) + 1
    end = data.find(b"\n", offset)
    line = data[start : end if end >= 0 else len(data)]
    return data.count(b"\n", 0, offset) + 1, line.decode("utf-8", errors="replace").strip()[:60]


def _encoding_error(path: Path, line: int, text: str) -> ValidationError:
    return ValidationError(
        translate(
            "FileImport",
            "{file} is not in UTF-8 or GB18030, so its text would be garbled (line {line} "
            "reads “{text}”). In Excel choose Save As, then “CSV UTF-8 (comma delimited)”, "
            "and import that file.",
        ).format(file=path.name, line=line, text=text)
    )


def _plausible_gb(char: str) -> bool:
    """True for characters of the GB2312 area, where nearly all real Chinese text lies.

    Windows-1252 text read as GB18030 turns an accented letter and the byte
    after it into a rare character of the GBK extension area (ü + l → 黮).
    """
    code = char.encode("gb18030")
    return len(code) == 2 and code[0] >= 0xA1 and code[1] >= 0xA1


def decode_text(path: Path, data: bytes) -> str:
    """The text of a CSV file, or ValidationError naming the first line that would be garbled."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _encoding_error(path, *_line_at(data, exc.start)) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise _encoding_error(path, *_line_at(data, utf8_error.start)) from exc
    # GB18030 decodes almost any bytes, so decoding is no proof. Real names
    # are nearly all in GB2312; a file of which more than a fifth is not,
    # is another encoding read wrongly.
    wide = [c for c in text if ord(c) > 0x7F]
    if sum(not _plausible_gb(c) for c in wide) * 5 > len(wide):
        for number, line in enumerate(text.split("\n"), start=1):
            if any(not _plausible_gb(c) for c in line if ord(c) > 0x7F):
                raise _encoding_error(path, number, line.strip()[:60])
    return text


def _read_csv(path: Path) -> list[tuple[int, list[Any]]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    text = decode_text(path, data)
    first = next((line for line in text.split("\n") if line.strip()), "")
    # Header names hold no separators, so the one the header uses most is the one.
    delimiter = max(",;\t", key=first.count) if any(d in first for d in ",;\t") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[Any]]] = []
    try:
        # Numbered by record, as Excel shows a CSV (a quoted line break stays in its row).
        for number, cells in enumerate(reader, start=1):
            rows.append((number, cells))
    except csv.Error as exc:
        raise ValidationError(
            Problem(
                translate("FileImport", "{file} is not a well-formed CSV file: {detail}.").format(
                    file=path.name, detail=exc
                ),
                row=len(rows) + 1,
            )
        ) from exc
    return rows


# ---------------------------------------------------------------- streaming (files too big to hold)

CHUNK = 1 << 20  # bytes read at a time while checking an encoding


def _decodes(path: Path, encoding: str, chars: Counter[str] | None = None) -> bool:
    """Whether the whole file decodes in ``encoding``, read a chunk at a time.

    ``chars``, if given, counts every character decoded (for the GB18030 check).
    """
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as f:
            while chunk := f.read(CHUNK):
                text = decoder.decode(chunk)
                if chars is not None:
                    chars.update(text)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    return True


def _first_line(path: Path, encoding: str, bad: Callable[[str], bool]) -> tuple[int, str]:
    """Number and text of the first line, decoded leniently, for which ``bad`` holds."""
    with path.open("rb") as raw, io.TextIOWrapper(raw, encoding, errors="replace", newline="") as text:
        for number, line in enumerate(text, start=1):
            if bad(line):
                return number, line.strip()[:60]
    return 1, ""


def detect_encoding(path: Path) -> str:
    """The encoding of a CSV or text file, by the rules of ``decode_text``, reading it in chunks.

    UTF-16 or UTF-8 with a BOM, UTF-8, else GB18030 if its characters are
    plausible Chinese; otherwise ValidationError naming the first line that
    would be garbled. Memory stays flat however long the file is.
    """
    try:
        with path.open("rb") as f:
            head = f.read(2)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if head in (b"\xff\xfe", b"\xfe\xff"):
        if _decodes(path, "utf-16"):
            return "utf-16"
        raise _encoding_error(path, *_first_line(path, "utf-16", lambda line: "\ufffd" in line))
    if _decodes(path, "utf-8-sig"):
        return "utf-8-sig"
    chars: Counter[str] = Counter()
    if not _decodes(path, "gb18030", chars):
        raise _encoding_error(path, *_first_line(path, "utf-8", lambda line: "\ufffd" in line))
    wide = {c: n for c, n in chars.items() if ord(c) > 0x7F}
    if sum(n for c, n in wide.items() if not _plausible_gb(c)) * 5 > sum(wide.values()):
        raise _encoding_error(
            path,
            *_first_line(
                path, "gb18030", lambda line: any(ord(c) > 0x7F and not _plausible_gb(c) for c in line)
            ),
        )
    return "gb18030"


class TextSource:
    """A text file read a line at a time in its detected encoding; memory stays flat.

    Iterating yields (line number as an editor shows it, the line without its
    line break). ``done()`` is the bytes read so far, of ``total``.
    """

    def __init__(self, path: Path, encoding: str | None = None) -> None:
        self.path = path
        self.encoding = encoding or detect_encoding(path)
        try:
            self.total = path.stat().st_size
            self._raw = path.open("rb")
        except OSError as exc:
            raise _unreadable(path, exc) from exc
        # newline="" keeps CR LF inside quoted CSV cells as written.
        self.text = io.TextIOWrapper(self._raw, encoding=self.encoding, newline="")

    def done(self) -> int:
        return 0 if self._raw.closed else self._raw.tell()

    def __iter__(self) -> Iterator[tuple[int, str]]:
        try:
            for number, line in enumerate(self.text, start=1):
                yield number, line.rstrip("\r\n")
        except OSError as exc:
            raise _unreadable(self.path, exc) from exc

    def close(self) -> None:
        self.text.close()

    def __enter__(self) -> TextSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class RowStream:
    """The non-blank rows of a .csv or .xlsx file one at a time, for files too big to hold.

    ``read_sheet`` holds a whole file, which suits a roster; a clock-in
    terminal's export may have 150 000 lines. Yields (number, cells): a CSV
    row is numbered by the line it starts on, as an editor shows it, a
    workbook row as Excel shows it. ``kind`` ("csv" or "xlsx") forces how the
    file is read; by default the extension decides. ``done()`` of ``total``
    measures progress: bytes of a CSV, rows of a workbook (``total`` is 0 when
    the workbook does not say how many it has).
    """

    def __init__(self, path: Path, kind: str | None = None) -> None:
        self.path = path
        self.kind = kind or ("xlsx" if path.suffix.lower() in (".xlsx", ".xlsm") else "csv")
        if not path.is_file():
            raise ValidationError(
                translate("FileImport", "The file {file} does not exist.").format(file=path)
            )
        self.total = 0
        self._rows = 0
        self._source: TextSource | None = None

    def done(self) -> int:
        return self._source.done() if self._source is not None else self._rows

    def __iter__(self) -> Iterator[tuple[int, list[Any]]]:
        return self._csv_rows() if self.kind == "csv" else self._xlsx_rows()

    def _csv_rows(self) -> Iterator[tuple[int, list[Any]]]:
        with TextSource(self.path) as source:
            self._source, self.total = source, source.total
            lines = source.text
            peeked: list[str] = []
            for line in lines:
                peeked.append(line)
                if line.strip():
                    break
            first = peeked[-1] if peeked else ""
            delimiter = max(",;\t", key=first.count) if any(d in first for d in ",;\t") else ","
            reader = csv.reader(itertools.chain(peeked, lines), delimiter=delimiter)
            start = 1
            try:
                for cells in reader:
                    if any(c.strip() for c in cells):
                        yield start, cells
                    start = reader.line_num + 1
            except csv.Error as exc:
                raise ValidationError(
                    Problem(
                        translate("FileImport", "{file} is not a well-formed CSV file: {detail}.").format(
                            file=self.path.name, detail=exc
                        ),
                        row=start,
                    )
                ) from exc
            except OSError as exc:
                raise _unreadable(self.path, exc) from exc

    def _xlsx_rows(self) -> Iterator[tuple[int, list[Any]]]:
        from openpyxl import load_workbook

        try:
            book = load_workbook(self.path, read_only=True, data_only=True)
            try:
                sheet = book.active if book.active in book.worksheets else book.worksheets[0]
                self.total = sheet.max_row or 0  # as the workbook declares it, for progress only
                sheet.reset_dimensions()  # see _read_xlsx
                for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
                    self._rows = number
                    self.total = max(self.total, number)
                    if any(cell_text(c) for c in cells):
                        yield number, list(cells)
            finally:
                book.close()
        except OSError as exc:
            raise _unreadable(self.path, exc) from exc
        except Exception as exc:
            raise _damaged_xlsx(self.path, exc) from exc


# ---------------------------------------------------------------- cells


def column_letter(index: int) -> str:
    """A, B, ... Z, AA for a 0-based column index."""
    letters = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def header_key(value: Any) -> str:
    """A header as compared: width-folded, without case, spaces, '_', '-' or a '*' marking it required."""
    return re.sub(r"[\s_\-*]+", "", unicodedata.normalize("NFKC", cell_text(value))).casefold()


def map_columns(
    sheet: Sheet, aliases: dict[str, tuple[str, ...]], required: tuple[str, ...]
) -> dict[int, str]:
    """Column index → field, matching headers against each field's aliases and its label.

    Refuses the file, naming the column, for a header it does not know, a
    field given twice or a required field missing. A column without a header
    is allowed; a value in it is the row's problem.
    """
    lookup: dict[str, str] = {}
    for name, names in aliases.items():
        for alias in names:
            lookup[header_key(alias)] = name
    for name in aliases:  # the field labels, in English and in the current language
        lookup.setdefault(header_key(FIELD_LABELS.get(name, name)), name)
        lookup.setdefault(header_key(field_label(name)), name)
    accepted = ", ".join("/".join(names[:2]) for names in aliases.values())
    problems: list[str] = []
    columns: dict[int, str] = {}
    seen: dict[str, int] = {}
    for index, cell in enumerate(sheet.header):
        key = header_key(cell)
        if not key:
            continue
        name = lookup.get(key)
        if name is None:
            problems.append(
                translate(
                    "FileImport",
                    "Column {column} is headed “{header}”, which this import does not know. "
                    "The accepted headers are: {accepted}.",
                ).format(column=column_letter(index), header=cell_text(cell)[:50], accepted=accepted)
            )
        elif name in seen:
            problems.append(
                translate(
                    "FileImport", "Columns {first} and {second} both hold the {field}. Keep one."
                ).format(
                    first=column_letter(seen[name]), second=column_letter(index), field=field_label(name)
                )
            )
        else:
            seen[name] = index
            columns[index] = name
    for name in required:
        if name not in seen:
            problems.append(
                translate("FileImport", "The file has no column for the {field} (header {header}).").format(
                    field=field_label(name), header=" / ".join(aliases[name][:2])
                )
            )
    if problems:
        raise ValidationError([Problem(p, row=sheet.header_row) for p in problems])
    return columns


def cell_text(value: Any) -> str:
    """A cell as trimmed text; Excel's floats for whole numbers (1001.0) lose their '.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def cell_code(value: Any) -> str:
    """A code (staff number, window, phone): text with full-width digits and letters folded."""
    return unicodedata.normalize("NFKC", cell_text(value)).strip()


class CellError(Exception):
    """A cell that cannot be read as what its column holds; ``str()`` says why."""


def _not_a_date(value: Any) -> CellError:
    return CellError(
        translate("FileImport", "“{value}” is not a date. Write dates like 2021-03-01.").format(
            value=cell_text(value)[:40]
        )
    )


def _excel_serial(serial: float, original: Any) -> dt.date:
    if not 1 <= serial <= MAX_EXCEL_SERIAL:
        raise _not_a_date(original)
    # Excel counts a 1900-02-29 that never was, so serials before it are one day early.
    days = int(serial) + (1 if serial < 61 else 0)
    return EXCEL_EPOCH + dt.timedelta(days=days)


def cell_date(value: Any) -> dt.date | None:
    """A date from a date cell, an Excel serial number, or text such as 2021-03-01,
    2021/3/1, 2021.3.1, 20210301 or 2021年3月1日; None for an empty cell.

    Raises CellError for anything else.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool | dt.time | dt.timedelta):
        raise _not_a_date(value)
    if isinstance(value, int | float):
        text = cell_text(value)
        return cell_date(text) if len(text) == 8 else _excel_serial(float(value), value)
    text = TIME_SUFFIX_RE.sub("", unicodedata.normalize("NFKC", str(value)).strip()).strip()
    if not text:
        return None
    try:
        if match := DATE_RE.match(text):
            day = dt.date(*(int(g) for g in match.groups()))
        elif re.fullmatch(r"\d{8}", text):
            day = dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        elif re.fullmatch(r"\d{1,7}(\.\d+)?", text):
            return _excel_serial(float(text), value)  # a date column saved as "General"
        else:
            raise _not_a_date(value)
    except ValueError as exc:
        raise _not_a_date(value) from exc
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise _not_a_date(value)
    return day


# ---------------------------------------------------------------- writing


def write_replacing(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temporary path)`` beside ``path``, then rename it over ``path``.

    A failure never leaves half a file; an OSError becomes a HallDeskError
    that names the file and says nothing was written.
    """
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    except OSError as exc:
        raise _unwritable(path, exc) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise _unwritable(path, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)


def _unwritable(path: Path, exc: OSError) -> HallDeskError:
    return HallDeskError(
        translate("FileExport", "{file} cannot be written: {reason}. Nothing was written.").format(
            file=path, reason=exc.strerror or exc
        )
    )


def display_width(text: str) -> int:
    """Width in Latin characters: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
