"""Generated files never crash an importer or leave part of an import behind.

For each importer: a file mixing good rows (real headers in Chinese and
English, staff numbers on the roster) with broken ones (bad cells, missing or
doubled columns, stray bytes, NULs, BOMs, mixed encodings, cut files) is
either imported, or refused with the app's ValidationError whose text renders
in English and Chinese, the database exactly as before. An import that
succeeded is imported again to check what the importer promises of that.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from app import calendar, i18n, leave_io, punches, roster, roster_io
from app.auth import Session
from app.errors import ValidationError
from app.punch_files import DATE_HEADERS, STAFF_HEADERS, TIME_HEADERS
from app.roster import StaffInput
from app.tabular import CellError, cell_code, cell_date, read_sheet
from db.models import CalendarDay, CalendarYear, LeaveSlip, Punch, Staff, Unit, User, Window
from tests.fuzz.helpers import (
    BROKEN_TEXT,
    FUZZ,
    LANGUAGES,
    MUTATIONS,
    FileSpec,
    State,
    assert_storable,
    attempt,
    counts,
    dates,
    encode,
    mutate,
    refused_cleanly,
    render_both,
    render_summary,
    rolled_back,
    rows,
    scratch_folder,
    spoil,
    state,
    table_file,
    xlsx_bytes,
)

NAMES = ["张三", "李四", "王五", "欧阳娜娜", "O'Brien", "Müller", "José", "=1+1", 'say "hi"']
CJK_NAME = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=4)


def _choose(draw: st.DrawFn, names: tuple[str, ...], label: str) -> str:
    """A header as people type it: any alias, in any case, perhaps padded or marked required."""
    name = draw(st.sampled_from(names), label=label)
    style = draw(st.sampled_from(["as is", "as is", "upper", "padded", "starred"]), label=label + " style")
    return {"upper": name.upper(), "padded": f" {name} ", "starred": name + "*"}.get(style, name)


# ---------------------------------------------------------------- roster


@pytest.fixture
def roster_hall(manager) -> Session:
    """Two units with a window each; 1001 at A01, 0012 (leading zeros), 2001 who has left."""
    si = roster.add_unit(manager, "社会保险服务中心")
    jy = roster.add_unit(manager, "就业服务中心")
    a01 = roster.add_window(manager, si.id, "A01")
    roster.add_window(manager, jy.id, "B01")
    hired, trained = dt.date(2021, 3, 1), dt.date(2021, 3, 20)
    roster.add_staff(manager, StaffInput("1001", "张三", si.id, a01.id, hire_date=hired, trained_on=trained))
    roster.add_staff(
        manager, StaffInput("0012", "李四", si.id, hire_date=dt.date(2020, 7, 15), mobile="13812345678")
    )
    gone = roster.add_staff(manager, StaffInput("2001", "王五", jy.id, hire_date=dt.date(2019, 1, 2)))
    roster.record_leaving(manager, gone.id, dt.date(2024, 6, 30), "调动", gone.version)
    return manager


@st.composite
def roster_files(draw: st.DrawFn) -> FileSpec:
    xlsx = draw(st.booleans(), label="xlsx")
    optional = [f for f in roster_io.FIELDS if f not in roster_io.REQUIRED]
    fields = list(roster_io.REQUIRED) + draw(
        st.lists(st.sampled_from(optional), unique=True), label="optional"
    )
    header_damage = draw(
        st.sampled_from(["none"] * 6 + ["drop required", "unknown header", "doubled column", "no header"]),
        label="header damage",
    )
    if header_damage == "drop required":
        fields.remove(draw(st.sampled_from(roster_io.REQUIRED)))
    fields = draw(st.permutations(fields), label="column order")
    header = [_choose(draw, roster_io.HEADER_ALIASES[f], f) for f in fields]
    if header_damage == "unknown header":
        header.append("备用列")
    elif header_damage == "doubled column":
        header.append(roster_io.HEADER_ALIASES[fields[0]][-1])
    past = dt.date(2024, 12, 31)
    new_number = st.from_regex(r"[1-9][0-9]{3,6}", fullmatch=True)
    staff_no = st.one_of(
        st.sampled_from(["1001", "0012", "12", "2001", "3001", "3002", "A-7", "x_1", "１００１", " 1001 "]),
        new_number,
        *([new_number.map(int), st.sampled_from([1001, 1001.0, 3003.0, 12])] if xlsx else []),
    )
    cells = {
        "staff_no": staff_no,
        "name": st.one_of(st.sampled_from(NAMES), CJK_NAME),
        "unit": st.sampled_from(["社会保险服务中心", "就业服务中心", " 社会保险服务中心 ", "新设单位"]),
        "window": st.sampled_from(["", "", "A01", "a01", "B01", "C09", "ｃ１０"]),
        "position": st.sampled_from(["", "科员", "主任"]),
        "hire_date": dates(dt.date(1995, 1, 1), past, xlsx),
        "trained_on": st.one_of(st.just(""), dates(dt.date(1995, 1, 1), past, xlsx)),
        "mobile": st.sampled_from(["", "13812345678", "0376-6221234", "138 1234 5678", "138****5678"]),
        "left_on": st.one_of(st.just(""), st.just(""), dates(dt.date(2024, 1, 1), past, xlsx)),
        "left_reason": st.sampled_from(["", "", "调动"]),
        "note": st.one_of(st.sampled_from(["", "=SUM(A1)", "a,b;c\td", "多行\n备注"]), CJK_NAME),
    }
    # The header's extra columns (unknown or doubled) get plain values too.
    extra = [st.sampled_from(["", "x"])] * (len(header) - len(fields))
    row = st.tuples(*(cells[f] for f in fields), *extra).map(list)
    number = fields.index("staff_no") if "staff_no" in fields else 0
    # Mostly one row per person, so that whole files can be good; sometimes a person twice.
    good = st.one_of(
        st.lists(row, min_size=1, max_size=5, unique_by=lambda r: cell_code(r[number])),
        st.lists(row, max_size=3),
    )
    focus = [i for i, f in enumerate(fields) if f in roster_io.DATE_FIELDS]
    table = draw(spoil(good, xlsx, len(header), focus), label="rows")
    if header_damage != "no header":
        table = [header, *table]
    return draw(table_file(table, "roster", xlsx))


def _roster_state() -> State:
    return state(Staff, Unit, Window)


@FUZZ
@given(spec=roster_files(), lang=LANGUAGES)
def test_roster_import_any_file(roster_hall, spec, lang):
    i18n.set_language(lang)
    with rolled_back(), scratch_folder() as folder:
        path = spec.write(folder)
        before = _roster_state()
        report = attempt(lambda: roster_io.import_roster(roster_hall, path))
        if refused_cleanly(report, before, _roster_state):
            return
        render_summary(report)
        assert_storable(Staff, Unit, Window)
        assert len(report.created) + len(report.updated) + report.unchanged == report.rows
        for no in report.created + report.updated:
            assert Staff.get_or_none(Staff.staff_no == no) is not None
        # An import never reinstates someone who has left (roster_io's promise).
        assert Staff.get(Staff.staff_no == "2001").left_on is not None
        # An upsert by staff number: the same file again finds every row unchanged.
        imported = _roster_state()
        again = roster_io.import_roster(roster_hall, path)
        assert (again.created, again.updated, again.left_recorded) == ([], [], [])
        assert (again.units_created, again.windows_created) == ([], [])
        assert again.unchanged == again.rows == report.rows
        assert _roster_state() == imported


# ---------------------------------------------------------------- punches

# Punch times of the autumn of 2025: after 2000, before today, and after the staff were hired.
PUNCH_TIMES = st.datetimes(dt.datetime(2025, 9, 1), dt.datetime(2025, 12, 31, 23, 59, 59)).map(
    lambda t: t.replace(microsecond=0)
)
PUNCH_STAFF = st.sampled_from(["1001", "1002", "0012", "12", "9999", "  1001", "１００２"])


@pytest.fixture
def punch_hall(manager) -> Session:
    unit = roster.add_unit(manager, "社会保险服务中心")
    hired = dt.date(2025, 9, 1)
    for no in ("1001", "1002", "0012"):
        roster.add_staff(manager, StaffInput(no, f"员工{no}", unit.id, hire_date=hired, trained_on=hired))
    return manager


def _attlog_line(draw: st.DrawFn) -> str:
    pin = draw(PUNCH_STAFF, label="pin")
    at = draw(PUNCH_TIMES, label="time").isoformat(" ")
    shape = draw(
        st.sampled_from(["good"] * 8 + ["bad time", "old", "future", "fields", "no pin", "spaces", "junk"]),
        label="line",
    )
    if shape == "bad time":
        at = draw(st.sampled_from(["2025-02-30 08:00:00", "2025-12-02 24:00:00", "2025-12-02 8:00", "now"]))
    elif shape == "old":
        at = "1999-12-31 23:59:59"
    elif shape == "future":
        at = "2099-01-01 08:00:00"
    elif shape == "no pin":
        pin = ""
    line = f"{pin:>12}\t{at}\t1\t{draw(st.integers(0, 5))}\t1\t0"
    if shape == "fields":
        line = "\t".join(
            line.split("\t")[: draw(st.sampled_from([1, 2, 5]))] + ([] if draw(st.booleans()) else ["x"] * 3)
        )
    elif shape == "spaces":
        line = line.replace("\t", " ")
    elif shape == "junk":
        line = draw(BROKEN_TEXT)
    return line


@st.composite
def attlog_files(draw: st.DrawFn) -> tuple[FileSpec, str | None]:
    count = draw(st.integers(0, 8), label="lines")
    text = "".join(_attlog_line(draw) + draw(st.sampled_from(["\r\n", "\n"])) for _ in range(count))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]), label="encoding")
    mutations = draw(MUTATIONS, label="damage")
    data = mutate(encode(text, encoding), mutations)
    # .dat is read as an attlog; another name is recognised by its first line, or forced.
    name, fmt = draw(
        st.sampled_from([("1_attlog.dat", None), ("download.txt", None), ("download.txt", "zk")]),
        label="name",
    )
    return FileSpec(name, data, f"attlog {encoding} {mutations}"), fmt


@st.composite
def punch_tables(draw: st.DrawFn) -> tuple[FileSpec, str | None]:
    xlsx = draw(st.booleans(), label="xlsx")
    split = draw(st.booleans(), label="date and time columns")
    staff_header = _choose(draw, STAFF_HEADERS, "staff header")
    time_header = _choose(draw, TIME_HEADERS, "time header")
    header = [staff_header, time_header] + ([_choose(draw, DATE_HEADERS, "date header")] if split else [])
    header_damage = draw(
        st.sampled_from(["none"] * 5 + ["no time column", "doubled staff", "no header", "extra column"]),
        label="header damage",
    )
    order = draw(st.permutations(range(len(header))), label="column order")

    def cells(at: dt.datetime) -> st.SearchStrategy[list[Any]]:
        if split:
            clock = [at.strftime("%H:%M:%S"), f"{at.hour}:{at.minute:02d}", f"{at.hour}时{at.minute:02d}分"]
            if xlsx:
                clock += [at.time(), (at.hour * 3600 + at.minute * 60 + at.second) / 86400]
            return st.tuples(PUNCH_STAFF, st.sampled_from(clock), dates(at.date(), at.date(), xlsx)).map(list)
        forms = [
            at.isoformat(" "),
            f"{at.year}/{at.month}/{at.day} {at.hour}:{at.minute:02d}",
            f"{at.year}年{at.month}月{at.day}日 {at.hour}:{at.minute:02d}:{at.second:02d}",
            at.isoformat(),
        ]
        if xlsx:
            serial = (at - dt.datetime(1899, 12, 30)).total_seconds() / 86400
            forms += [at, serial]
        staff = st.one_of(PUNCH_STAFF, PUNCH_STAFF.map(int)) if xlsx else PUNCH_STAFF
        return st.tuples(staff, st.sampled_from(forms)).map(list)

    row = PUNCH_TIMES.flatmap(cells).map(lambda r: [r[i] for i in order])
    header = [header[i] for i in order]
    focus = [order.index(1)] + ([order.index(2)] if split else [])  # the time (and date) columns
    table = draw(spoil(st.lists(row, min_size=1, max_size=6), xlsx, len(header), focus), label="rows")
    if header_damage == "no time column":
        header[order.index(1)] = "备注"
    elif header_damage == "doubled staff":
        header.append("工号")
    elif header_damage == "extra column":
        header.append("姓名")
    if header_damage != "no header":
        table = [header, *table]
    titles = draw(
        st.lists(st.sampled_from([["考勤记录表"], ["部门：全部", "", "2025年12月"], []]), max_size=3)
    )
    spec = draw(table_file(titles + table, "punches", xlsx, csv_suffixes=(".csv", ".txt")))
    return spec, draw(st.sampled_from([None, None, "xlsx" if xlsx else "csv"]), label="fmt")


def _punch_state() -> State:
    return state(Punch)


@FUZZ
@given(file=st.one_of(attlog_files(), punch_tables()), lang=LANGUAGES)
def test_punch_import_any_file(punch_hall, file, lang):
    spec, fmt = file
    i18n.set_language(lang)
    with rolled_back(), scratch_folder() as folder:
        path = spec.write(folder)
        before = _punch_state()
        report = attempt(lambda: punches.import_punches(punch_hall, path, fmt))
        if refused_cleanly(report, before, _punch_state):
            return
        render_summary(report)
        assert_storable(Punch)
        added = Punch.select().count() - before[0]["punch"]
        assert report.added == added
        event(f"punches added: {min(added, 3)}{'+' if added >= 3 else ''}")
        # Punches are UNIQUE(staff, at): the same file again adds none.
        imported = rows(Punch)
        again = punches.import_punches(punch_hall, path, fmt)
        assert again.added == 0
        assert again.duplicates == report.added + report.duplicates
        assert again.unknown == report.unknown
        assert rows(Punch) == imported


# ---------------------------------------------------------------- leave slips

DECEMBER = (dt.date(2025, 12, 1), dt.date(2025, 12, 19))


@pytest.fixture
def leave_hall(manager) -> Session:
    """Staff in two units (1003 untrained; two called 陈七), a leader known by display name."""
    si = roster.add_unit(manager, "社会保险服务中心")
    jy = roster.add_unit(manager, "就业服务中心")
    for no, name, unit, trained in [
        ("1001", "张三", si, True),
        ("1002", "李四", si, True),
        ("1003", "王五", si, False),
        ("1004", "陈七", si, True),
        ("2001", "赵六", jy, True),
        ("2002", "陈七", jy, True),
    ]:
        hired = dt.date(2024, 1, 2)
        roster.add_staff(
            manager,
            StaffInput(
                no, name, unit.id, hire_date=hired, trained_on=dt.date(2024, 1, 20) if trained else None
            ),
        )
    User.update(display_name="刘带班").where(User.username == "leader1").execute()
    return manager


STAFF_NAMES = {"1001": "张三", "1002": "李四", "1003": "王五", "1004": "陈七", "2001": "赵六", "2002": "陈七"}
SUBSTITUTES = {"1001": "1002", "1002": "1004", "1003": "1001", "1004": "李四", "2001": "2002", "2002": "赵六"}


@st.composite
def slip_row(draw: st.DrawFn, xlsx: bool) -> dict[str, Any]:
    """One slip as the old sheet held it; the parts agree, so that whole files can be good."""
    staff_no = draw(st.sampled_from([*STAFF_NAMES, "1001", "1002", "2001"]), label="staff")
    kind = draw(st.sampled_from(["事假", "病假", "sick", "Sick Leave", "年休假", "临时外出", "outing"]))
    day = draw(st.dates(*DECEMBER), label="day")
    if kind in ("临时外出", "outing"):
        out = draw(st.sampled_from(["09:30", "14:45", "8:05"]))
        back = draw(st.sampled_from(["10:30", "16:00", "11:59"]))
        start: Any = f"{day.isoformat()} {out}"
        end: Any = draw(st.sampled_from([back, f"{day.isoformat()} {back}"]))
        if xlsx and draw(st.booleans()):
            h, m = map(int, out.split(":"))
            start = dt.datetime.combine(day, dt.time(h, m))
            h, m = map(int, back.split(":"))
            end = dt.time(h, m)
    else:
        last = day + dt.timedelta(days=draw(st.integers(0, 4)))
        start = draw(st.sampled_from([day.isoformat(), f"{day} 上午", f"{day} 下午", f"{day} 09:00"]))
        end = draw(st.sampled_from([last.isoformat(), f"{last} 下午", f"{last}下午", f"{last} 5:30 PM"]))
        if xlsx and draw(st.booleans()):
            start, end = day, dt.datetime.combine(last, dt.time())
    values = {
        "staff_no": int(staff_no) if xlsx and draw(st.booleans()) else staff_no,
        "name": draw(st.sampled_from([STAFF_NAMES[staff_no], "", " " + STAFF_NAMES[staff_no]])),
        "kind": kind,
        "leave_from": start,
        "leave_to": end,
        "substitute": draw(st.sampled_from([SUBSTITUTES[staff_no], SUBSTITUTES[staff_no], "", "陈七"])),
        "approved_by": draw(st.sampled_from(["", "", "leader1", "刘带班", "manager1", "officer1"])),
        "reason": draw(st.one_of(st.sampled_from(["", "发烧", "家中有事", "=1+1"]), CJK_NAME)),
        "serial": draw(st.integers(1, 99)),
    }
    return values


@st.composite
def slip_files(draw: st.DrawFn) -> FileSpec:
    xlsx = draw(st.booleans(), label="xlsx")
    optional = ["name", "approved_by", "reason", "serial"]
    fields = list(leave_io.REQUIRED) + draw(
        st.lists(st.sampled_from(optional), unique=True), label="optional"
    )
    if draw(st.integers(0, 3), label="substitute column"):  # leave needs one: mostly there
        fields.append("substitute")
    header_damage = draw(st.sampled_from(["none"] * 6 + ["drop required", "unknown header", "no header"]))
    if header_damage == "drop required":
        fields.remove(draw(st.sampled_from(leave_io.REQUIRED)))
    fields = draw(st.permutations(fields), label="column order")
    header = [_choose(draw, leave_io.HEADER_ALIASES[f], f) for f in fields]
    if header_damage == "unknown header":
        header.append("备用列")
    padding = [""] * (len(header) - len(fields))
    row = slip_row(xlsx).map(lambda values: [values[f] for f in fields] + padding)
    # Mostly one slip per person, so that whole files can be good; sometimes overlapping ones.
    slips = st.one_of(
        st.lists(slip_row(xlsx), min_size=1, max_size=4, unique_by=lambda v: str(v["staff_no"])).map(
            lambda drawn: [[v[f] for f in fields] + padding for v in drawn]
        ),
        st.lists(row, max_size=3),
    )
    focus = [i for i, f in enumerate(fields) if f in ("leave_from", "leave_to")]
    table = draw(spoil(slips, xlsx, len(header), focus), label="rows")
    if header_damage != "no header":
        table = [header, *table]
    return draw(table_file(table, "slips", xlsx))


def _leave_state() -> State:
    return state(LeaveSlip)


@FUZZ
@given(spec=slip_files(), lang=LANGUAGES)
def test_leave_import_any_file(leave_hall, spec, lang):
    i18n.set_language(lang)
    with rolled_back(), scratch_folder() as folder:
        path = spec.write(folder)
        before = _leave_state()
        report = attempt(lambda: leave_io.import_slips(leave_hall, path))
        if refused_cleanly(report, before, _leave_state):
            return
        render_summary(report)
        assert_storable(LeaveSlip)
        imported = report.approved + report.requested
        assert LeaveSlip.select().count() == len(before[1]["leave_slip"]) + imported
        event(f"slips imported: {min(imported, 2)}")
        # Each slip imported stands in the way of itself: the same file again is refused whole.
        if imported:
            now = _leave_state()
            again = attempt(lambda: leave_io.import_slips(leave_hall, path))
            assert refused_cleanly(again, now, _leave_state)


# ---------------------------------------------------------------- calendar


@st.composite
def calendar_files(draw: st.DrawFn) -> FileSpec:
    xlsx = draw(st.booleans(), label="xlsx")
    header = draw(
        st.sampled_from([[], ["date", "kind", "name"], ["日期", "类型", "名称"], ["日期", "类别"], ["Date"]]),
        label="header",
    )
    kinds = [*calendar.KIND_WORDS, "Holiday", "WORKDAY", " 休 "]
    row = st.tuples(
        dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31), xlsx),
        st.sampled_from(kinds),
        st.one_of(st.sampled_from(["元旦", "春节", "", "劳动节 调休"]), CJK_NAME),
    ).map(list)
    short = st.tuples(dates(dt.date(2026, 1, 1), dt.date(2026, 12, 31), xlsx), st.sampled_from(kinds)).map(
        list
    )
    table = draw(spoil(st.lists(st.one_of(row, short), min_size=1, max_size=5), xlsx, 3, [0]), label="rows")
    return draw(table_file(([header] if header else []) + table, "holidays", xlsx))


def _calendar_state() -> State:
    return state(CalendarDay, CalendarYear)


def _calendar_entries() -> tuple[list[tuple], list[int]]:
    days = list(
        CalendarDay.select(CalendarDay.day, CalendarDay.kind, CalendarDay.name)
        .order_by(CalendarDay.day)
        .tuples()
    )
    return days, sorted(calendar.entered_years())


@FUZZ
@given(spec=calendar_files(), lang=LANGUAGES)
def test_calendar_import_any_file(admin, spec, lang):
    i18n.set_language(lang)
    with rolled_back(), scratch_folder() as folder:
        path = spec.write(folder)
        before = _calendar_state()
        report = attempt(lambda: calendar.import_csv(admin, path))
        if refused_cleanly(report, before, _calendar_state):
            return
        render_summary(report)
        assert_storable(CalendarDay, CalendarYear)
        entered = _calendar_entries()
        assert set(report.years) <= set(entered[1])
        # All rows or none: every row of the file is a date entered (the header is optional).
        sheet = read_sheet(path)
        try:
            header_is_data = cell_date(sheet.header[0]) is not None
        except CellError:
            header_is_data = False
        assert report.days == len(sheet.rows) + header_is_data
        # The file sets those dates: setting them again changes no date, kind or name.
        again = calendar.import_csv(admin, path)
        assert (again.days, again.years) == (report.days, report.years)
        assert _calendar_entries() == entered


# ---------------------------------------------------------------- regressions found by the fuzz tests


def test_roster_import_nul_in_a_new_unit_is_one_row_problem(manager, tmp_path):
    # Found by test_roster_import_any_file[postgresql]: the NUL went on to add_unit's
    # query, and psycopg2 raised ValueError (SQLite stored the NUL, then rolled back).
    path = tmp_path / "roster.csv"
    path.write_bytes("工号,姓名,单位,入职日期\r\n0012,张三,社会保险服务\x00中心,2000-01-01\r\n".encode())
    before = counts()
    with pytest.raises(ValidationError) as err:
        roster_io.import_roster(manager, path)
    assert [(p.row, p.field) for p in err.value.problems] == [(2, "unit")]
    render_both(err.value)
    assert counts() == before


def test_leave_import_infinite_number_is_not_a_date(manager, tmp_path):
    # Found by test_leave_import_any_file: a workbook's <v>1E999</v> reads back as inf,
    # and parse_point's int(inf) raised OverflowError.
    path = tmp_path / "slips.xlsx"
    table = [["工号", "类别", "开始时间", "结束时间"], ["1001", "事假", float("inf"), "2025-12-02"]]
    path.write_bytes(xlsx_bytes(table))
    before = counts()
    with pytest.raises(ValidationError) as err:
        leave_io.import_slips(manager, path)
    assert (2, "leave_from") in {(p.row, p.field) for p in err.value.problems}
    render_both(err.value)
    assert counts() == before


def test_calendar_import_nul_in_a_name_is_refused(admin, tmp_path):
    # Found by test_calendar_import_any_file: the name was stored with its NUL on
    # SQLite, and PostgreSQL refused it with a ValueError.
    path = tmp_path / "2027.csv"
    path.write_bytes("2027-01-01,holiday,元\x00旦\n2027-01-02,holiday,元旦\n".encode())
    with pytest.raises(ValidationError) as err:
        calendar.import_csv(admin, path)
    assert [p.row for p in err.value.problems] == [1]
    assert CalendarDay.select().count() == 0 and CalendarYear.select().count() == 0


def test_calendar_row_without_a_date_is_refused_not_dropped(admin, tmp_path):
    # Found while reading import_csv for the fuzz test: a row with a kind and a
    # name but no date was skipped without a word, against "all rows or none".
    path = tmp_path / "2027.csv"
    path.write_text("date,kind,name\n2027-01-01,holiday,元旦\n,holiday,春节\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        calendar.import_csv(admin, path)
    assert [p.row for p in err.value.problems] == [3]
    assert CalendarDay.select().count() == 0
