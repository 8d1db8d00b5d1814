"""打卡记录: punches from the clock-in terminal, and times typed from the paper sign-in sheet.

Three kinds of file are read (``app.punch_files``): a .csv or .xlsx with a
staff-number column and a time column (or a date and a time column), and a
ZKTeco terminal's download (``*_attlog.dat``). Files are streamed: an export
may have hundreds of thousands of lines, and memory stays flat.

An import is all or nothing. Lines are parsed and inserted in batches inside
one transaction; after the first malformed line nothing more is inserted, the
rest of the file is still read to list up to 20 bad lines, and the
transaction is rolled back. Raw punches are never edited: a punch already
stored (same person, same second) is counted as a duplicate, so importing a
file twice adds nothing. Punches of staff numbers not on the roster (cleaners,
visitors) are skipped and listed. The days touched are derived again when
next read.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app import attendance, audit, i18n, records
from app.auth import Permission, Session, require
from app.corrections import parse_clock
from app.errors import Problem, ValidationError
from app.i18n import translate
from app.punch_files import Record, Stream, db_datetime, detect_format, format_label, open_records
from db.connection import database
from db.models import Punch, Staff, utcnow

Progress = Callable[[int, int], None]
# Rows per INSERT: 20 000 parameters, within SQLite's limit (32 766) and PostgreSQL's (65 535).
BATCH = 5000
# SQLite page cache during an import, in KiB. The punch table and its three
# indexes outgrow the default 2 MB within some 50 000 rows; inserts then wait on the disk.
MAX_LISTED = 20  # bad lines listed before giving up on a file
MAX_UNKNOWN_LISTED = 30  # unknown staff numbers named in the summary
PROGRESS_EVERY = 5000  # lines
EARLIEST = dt.datetime(2000, 1, 1)


# ---------------------------------------------------------------- the report


@dataclass
class PunchImportReport:
    """What an import did; ``summary()`` is the text to show."""

    file: str
    format: str
    lines: int = 0
    added: int = 0
    duplicates: int = 0
    unknown: dict[str, int] = field(default_factory=dict)
    first: dt.datetime | None = None
    last: dt.datetime | None = None
    days: list[dt.date] = field(default_factory=list)

    def summary(self) -> str:
        lines = [
            translate("Punches", "File: {file} ({format}).").format(
                file=self.file, format=format_label(self.format)
            ),
            translate("Punches", "Lines read: {n}.").format(n=self.lines),
            translate("Punches", "Punches added: {n}.").format(n=self.added),
            translate("Punches", "Duplicates (already stored or repeated in the file): {n}.").format(
                n=self.duplicates
            ),
        ]
        if self.first is not None and self.last is not None:
            lines.append(
                translate("Punches", "Punches from {first} to {last}; days touched: {n}.").format(
                    first=self.first.strftime("%Y-%m-%d %H:%M"),
                    last=self.last.strftime("%Y-%m-%d %H:%M"),
                    n=len(self.days),
                )
            )
        if self.unknown:
            shown = list(self.unknown.items())[:MAX_UNKNOWN_LISTED]
            listing = i18n.join(translate("Punches", "{no} ×{n}").format(no=no, n=n) for no, n in shown)
            if len(self.unknown) > len(shown):
                listing += translate("Punches", " … and {n} more").format(n=len(self.unknown) - len(shown))
            lines.append(
                translate(
                    "Punches", "Staff numbers not on the roster ({n} punches skipped): {items}."
                ).format(n=sum(self.unknown.values()), items=listing)
            )
        else:
            lines.append(translate("Punches", "Every staff number is on the roster."))
        return "\n".join(lines)


# ---------------------------------------------------------------- storing


class _Inserter:
    """Inserts punches a batch at a time, skipping those already stored; counts what was added.

    The INSERT ... ON CONFLICT DO NOTHING of a batch size is built by peewee
    once and executed with plain parameters: per-value conversion would cost
    more than the insert itself.
    """

    FIELDS = (Punch.staff, Punch.at, Punch.source, Punch.imported_at)

    def __init__(self) -> None:
        self.added = 0
        self._sql: dict[int, str] = {}

    def __call__(self, rows: list[tuple[int, str, str, str]]) -> None:
        if not rows:
            return
        rows.sort()  # by person and time: the unique index then fills in order
        sql = self._sql.get(len(rows))
        if sql is None:
            template = Punch.insert_many([(0, "", "", "")] * len(rows), fields=self.FIELDS)
            sql = self._sql[len(rows)] = template.on_conflict_ignore().sql()[0]
        cursor = database.execute_sql(sql, list(itertools.chain.from_iterable(rows)))
        self.added += cursor.rowcount


def import_punches(
    session: Session, path: str | Path, fmt: str | None = None, progress: Progress | None = None
) -> PunchImportReport:
    """Import a punch file (format detected unless ``fmt`` forces it); all of it or nothing.

    Raises ValidationError listing up to 20 bad lines by number (as an editor
    shows them, the header is line 1), the database unchanged.
    ``progress(done, total)`` is called every few thousand lines (bytes of a
    text file, rows of a workbook).
    """
    require(session, Permission.RECORD)
    path = Path(path)
    if not path.is_file():
        raise ValidationError(translate("FileImport", "The file {file} does not exist.").format(file=path))
    fmt = detect_format(path, fmt)
    report = PunchImportReport(file=path.name, format=fmt)
    source = f"{path.name[:190]} ({fmt})"
    with open_records(path, fmt) as (lines, stream), database.atomic():
        begun = attendance.records_begin()
        _load(report, lines, stream, source, progress)
        attendance.invalidate_days(report.days)
        attendance.records_moved(begun)
        audit.record(
            session.username,
            "import",
            "punch",
            None,
            None,
            {
                "file": path.name,
                "format": fmt,
                "added": report.added,
                "duplicates": report.duplicates,
                "unknown": report.unknown,
            },
        )
    if progress is not None:
        progress(stream.total, stream.total)
    return report


def _load(
    report: PunchImportReport,
    lines: Iterator[Record],
    stream: Stream,
    source: str,
    progress: Progress | None,
) -> None:
    """Check and insert every line (call inside a transaction); raises ValidationError on bad lines."""
    known: dict[str, int] = dict(Staff.select(Staff.staff_no, Staff.id).tuples())
    earliest = db_datetime(EARLIEST)
    latest = db_datetime(dt.datetime.combine(dt.date.today() + dt.timedelta(days=2), dt.time.min))
    stamp = db_datetime(utcnow())
    insert = _Inserter()
    problems: list[Problem] = []
    unknown: Counter[str] = Counter()
    days: set[dt.date] = set()
    batch: list[tuple[int, str, str, str]] = []
    stored = 0
    first = last = ""
    for number, staff_no, at, day in lines:
        report.lines += 1
        if progress is not None and report.lines % PROGRESS_EVERY == 0:
            progress(stream.done(), stream.total)
        if staff_no is None:
            problem = at
        elif at < earliest:
            problem = translate(
                "Punches", "the time {time} is before 2000: the terminal's clock was not set."
            ).format(time=at)
        elif at >= latest:
            problem = translate("Punches", "the time {time} is in the future.").format(time=at)
        else:
            problem = None
        if problem is not None:
            if len(problems) == MAX_LISTED:
                problems.append(
                    Problem(
                        translate("Punches", "More lines are wrong; the first {n} are listed.").format(
                            n=MAX_LISTED
                        )
                    )
                )
                break
            problems.append(Problem(problem, row=number))
            continue
        staff_id = known.get(staff_no)
        if staff_id is None:
            unknown[staff_no] += 1
            continue
        if problems:
            continue  # still reading, to list the bad lines; nothing more is inserted
        stored += 1
        days.add(day)
        if at < first or not first:
            first = at
        if at > last:
            last = at
        batch.append((staff_id, at, source, stamp))
        if len(batch) == BATCH:
            insert(batch)
            batch = []
    if problems:
        raise ValidationError(problems)
    if report.lines == 0:
        raise ValidationError(translate("Punches", "{file} holds no punches.").format(file=report.file))
    insert(batch)
    report.added = insert.added
    report.duplicates = stored - insert.added
    report.unknown = dict(sorted(unknown.items(), key=lambda item: (len(item[0]), item[0])))
    if first:
        report.first, report.last = dt.datetime.fromisoformat(first), dt.datetime.fromisoformat(last)
    report.days = sorted(days)


# ---------------------------------------------------------------- typed from the paper sheet


def record_manual_punch(
    session: Session, staff_id: int, day: dt.date, time_text: str, note: str = ""
) -> Punch:
    """A punch typed from the paper sign-in sheet ("0801" or "8:01"); that person-day is derived at once."""
    require(session, Permission.RECORD)
    problems: list[Problem] = []
    person = Staff.get_or_none(Staff.id == staff_id)
    if person is None:
        problems.append(Problem(translate("Punches", "Choose the staff member."), field="staff"))
    clock = parse_clock(time_text)
    if clock is None:
        problems.append(Problem(translate("Punches", "Type the time as 0801 or 08:01."), field="time"))
    now = dt.datetime.now()
    at = dt.datetime.combine(day, dt.time.fromisoformat(clock)) if clock else None
    if day > now.date():
        problems.append(Problem(translate("Punches", "A punch cannot be for a future day."), field="day"))
    elif at is not None and at > now:
        problems.append(
            Problem(translate("Punches", "{time} today has not come yet.").format(time=clock), field="time")
        )
    if person is not None and (day < person.hire_date or (person.left_on and day > person.left_on)):
        problems.append(
            Problem(
                translate("Punches", "{name} was not employed on {day}.").format(name=person.name, day=day),
                field="day",
            )
        )
    if problems:
        raise ValidationError(problems)
    assert at is not None and person is not None
    note = " ".join(note.split())
    source = (f"manual: {session.username}; {note}" if note else f"manual: {session.username}")[:200]
    with database.atomic():
        same = (
            Punch.select(Punch.at, Punch.source)
            .where((Punch.staff == staff_id) & (Punch.at >= at) & (Punch.at < at + dt.timedelta(minutes=1)))
            .first()
        )
        if same is not None:
            raise ValidationError(
                translate("Punches", "{name} already has a punch at {time} on {day} ({source}).").format(
                    name=person.name, time=same.at.strftime("%H:%M:%S"), day=day, source=same.source
                ),
                field="time",
            )
        begun = attendance.records_begin()
        punch = records.create(session.username, Punch, staff=staff_id, at=at, source=source)
        attendance.derive_days([day], staff_ids=[staff_id])
        attendance.records_moved(begun)
    return punch
