"""The sanctions commands end to end on a demo hall: evaluate, confirm, issue, verify, revoke, eligibility.

Signed notices are checked with poppler's ``pdfsig`` as well as ``halldesk verify``.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.integration.test_cli import DEMO_PASSWORD, halldesk, query

MANAGER = {"HALLDESK_USER": "bangong", "HALLDESK_PASSWORD": DEMO_PASSWORD}
SIGNER = {**MANAGER, "HALLDESK_SIGNING_PASSPHRASE": DEMO_PASSWORD}
LAST_WEEK = dt.date.today() - dt.timedelta(days=7)
WEEK = f"{LAST_WEEK.isocalendar()[0]}-W{LAST_WEEK.isocalendar()[1]:02d}"


@pytest.fixture(scope="module")
def hall(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("sanctions")
    db = tmp / "hall.db"
    result = halldesk(
        tmp,
        "demo",
        "--db",
        str(db),
        "--staff",
        "30",
        "--seed",
        "8",
        env={"HALLDESK_DEMO_PASSWORD": DEMO_PASSWORD},
    )
    assert result.returncode == 0, result.stderr
    assert "Sanctions ledger:" in result.stdout
    return db


@pytest.fixture
def db(hall, tmp_path) -> Path:
    copy = tmp_path / "hall.db"
    shutil.copy(hall, copy)
    return copy


def run(tmp_path: Path, db: Path, *args: str, env: dict | None = None):
    return halldesk(tmp_path, *args, "--db", str(db), env=env)


def proposal(tmp_path: Path, db: Path) -> dict:
    result = run(tmp_path, db, "sanctions", "evaluate", "--week", WEEK, "--json", env=MANAGER)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["week"] == WEEK
    open_ = [p for p in found["proposals"] if p["status"] == "proposed"]
    assert open_, "the demo leaves last week's proposals for the meeting"
    return open_[0]


def test_evaluate_is_idempotent_and_cites_its_evidence(tmp_path, db):
    before = query(db, "SELECT count(*) FROM sanction")[0][0]
    first = run(tmp_path, db, "sanctions", "evaluate", "--week", WEEK, "--json", env=MANAGER)
    again = run(tmp_path, db, "sanctions", "evaluate", "--week", WEEK, "--json", env=MANAGER)
    assert first.returncode == again.returncode == 0, first.stderr + again.stderr
    assert query(db, "SELECT count(*) FROM sanction")[0][0] == before
    proposals = json.loads(again.stdout)["proposals"]
    assert proposals and {p["change"] for p in proposals} <= {"unchanged", "decided"}
    for p in proposals:
        if p["change"] == "unchanged":
            assert p["counted"] == len(p["evidence"]) >= 2
    text = run(tmp_path, db, "sanctions", "evaluate", "--week", WEEK, env=MANAGER)
    assert "counted" in text.stdout and "clocked" in text.stdout or "inspection" in text.stdout


def test_an_officer_may_not_confirm(tmp_path, db):
    entry = proposal(tmp_path, db)
    result = run(
        tmp_path,
        db,
        "sanctions",
        "confirm",
        str(entry["entry_id"]),
        env={"HALLDESK_USER": "zhiban", "HALLDESK_PASSWORD": DEMO_PASSWORD},
    )
    assert result.returncode == 2 and "may not" in result.stderr and "Traceback" not in result.stderr
    assert query(db, "SELECT status FROM sanction WHERE id = ?", entry["entry_id"])[0][0] == "proposed"


def pdfsig(path: Path) -> str:
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    return result.stdout + result.stderr


def flip_one_byte(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    middle = len(data) // 3
    data[middle] = (data[middle] + 1) % 256
    target.write_bytes(bytes(data))
    return target


def test_issue_verify_alter_and_revoke(tmp_path, db):
    entry = proposal(tmp_path, db)
    entry_id = str(entry["entry_id"])
    assert run(tmp_path, db, "sanctions", "confirm", entry_id, env=MANAGER).returncode == 0
    notice = tmp_path / "notice.pdf"
    result = run(tmp_path, db, "notice", "issue", entry_id, "-o", str(notice), env=SIGNER)
    assert result.returncode == 0, result.stderr
    year = dt.date.today().year
    numbers = [n for (n,) in query(db, "SELECT number FROM notice WHERE year = ? ORDER BY number", year)]
    assert numbers == list(range(1, len(numbers) + 1))
    notice_no = query(db, "SELECT notice_no FROM notice WHERE sanction_id = ?", int(entry_id))[0][0]
    assert notice_no == f"新人社窗〔{year}〕{numbers[-1]}号" and notice_no in result.stdout
    assert notice.read_bytes().startswith(b"%PDF")

    altered = flip_one_byte(notice, tmp_path / "altered.pdf")
    if shutil.which("pdfsig"):
        assert "Signature is Valid" in pdfsig(notice)
        assert "Signature is Valid" not in pdfsig(altered)

    genuine = run(tmp_path, db, "verify", str(notice), "--json")
    assert genuine.returncode == 0, genuine.stderr
    assert json.loads(genuine.stdout)["status"] == "genuine"
    bad = run(tmp_path, db, "verify", str(altered), "--json")
    assert bad.returncode == 1 and json.loads(bad.stdout)["status"] == "altered"
    assert json.loads(bad.stdout)["notice_no"] == notice_no

    register = tmp_path / "register.pdf"
    made = run(tmp_path, db, "register", "--date", LAST_WEEK.isoformat(), "-o", str(register))
    assert made.returncode == 0, made.stderr
    unknown = run(tmp_path, db, "verify", str(register))
    assert unknown.returncode == 1 and "unknown" in unknown.stdout.lower()

    revocation = tmp_path / "revocation.pdf"
    result = run(
        tmp_path,
        db,
        "sanctions",
        "revoke",
        entry_id,
        "--reason",
        "复核发现考勤机时钟有误",
        "-o",
        str(revocation),
        env=SIGNER,
    )
    assert result.returncode == 0, result.stderr
    revoked = run(tmp_path, db, "verify", str(notice), "--json")
    assert revoked.returncode == 1 and json.loads(revoked.stdout)["status"] == "revoked"
    cites = run(tmp_path, db, "verify", str(revocation), "--json")
    assert cites.returncode == 0 and json.loads(cites.stdout)["title"].startswith("关于撤销《")
    after = [n for (n,) in query(db, "SELECT number FROM notice WHERE year = ? ORDER BY number", year)]
    assert after == numbers + [numbers[-1] + 1]  # the revocation took the next number; none reused
    statuses = query(db, "SELECT status, revoked_reason FROM sanction WHERE id = ?", int(entry_id))
    assert statuses == [("revoked", "复核发现考勤机时钟有误")]
    listing = run(tmp_path, db, "sanctions", "list", "--json")
    assert any(e["id"] == int(entry_id) and e["status"] == "revoked" for e in json.loads(listing.stdout))


def test_issue_needs_the_passphrase(tmp_path, db):
    entry = proposal(tmp_path, db)
    run(tmp_path, db, "sanctions", "confirm", str(entry["entry_id"]), env=MANAGER)
    result = run(
        tmp_path,
        db,
        "notice",
        "issue",
        str(entry["entry_id"]),
        "-o",
        str(tmp_path / "n.pdf"),
        env={**MANAGER, "HALLDESK_SIGNING_PASSPHRASE": "wrong-passphrase"},
    )
    assert result.returncode == 2 and "passphrase" in result.stderr.lower()
    assert query(db, "SELECT status FROM sanction WHERE id = ?", entry["entry_id"])[0][0] == "confirmed"
    assert not (tmp_path / "n.pdf").exists()


def test_dismiss_and_eligibility(tmp_path, db):
    entry = proposal(tmp_path, db)
    result = run(tmp_path, db, "sanctions", "dismiss", str(entry["entry_id"]), env=MANAGER)
    assert result.returncode == 2  # --reason is required
    result = run(
        tmp_path,
        db,
        "sanctions",
        "dismiss",
        str(entry["entry_id"]),
        "--reason",
        "情况属实但已补假",
        env=MANAGER,
    )
    assert result.returncode == 0, result.stderr
    year = str(dt.date.today().year)
    result = run(tmp_path, db, "eligibility", "--year", year, "--json")
    assert result.returncode == 0, result.stderr
    standing = json.loads(result.stdout)
    assert standing["eligible"] + standing["ineligible"] == len(standing["staff"])
    for person in standing["staff"]:
        assert person["eligible"] == (not person["losses"])
        for loss in person["losses"]:
            assert loss["status"] in ("confirmed", "issued") and loss["kind"] in (
                "INELIGIBLE",
                "WARNING",
                "DEMERIT",
                "DEMOTION",
                "DISMISSAL",
            )


def test_weekly_json_pdf_and_xlsx_agree(tmp_path, db):
    import openpyxl

    result = run(tmp_path, db, "weekly", "--week", WEEK, "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert set(summary) == {"week", "from", "to", "workdays", "units", "staff", "proposals", "open_items"}
    assert summary["week"] == WEEK and summary["units"] and summary["staff"]
    unit_keys = {
        "unit",
        "staff",
        "sessions",
        "late",
        "early",
        "absent",
        "missing",
        "off_post",
        "findings",
        "leave_sessions",
        "commendations",
    }
    assert all(set(u) == unit_keys for u in summary["units"])
    staff_keys = {
        "staff_no",
        "name",
        "unit",
        "late",
        "early",
        "absent",
        "missing",
        "off_post",
        "findings",
        "leave_sessions",
        "counted",
    }
    assert all(set(p) == staff_keys for p in summary["staff"])
    for unit in summary["units"]:
        members = [p for p in summary["staff"] if p["unit"] == unit["unit"]]
        for key in ("late", "early", "absent", "missing", "off_post", "findings", "leave_sessions"):
            assert unit[key] == sum(p[key] for p in members), (unit["unit"], key)
    # the proposals are what the rules yield: the same as `sanctions evaluate`
    evaluated = json.loads(
        run(tmp_path, db, "sanctions", "evaluate", "--week", WEEK, "--json", env=MANAGER).stdout
    )
    assert sorted((p["staff_no"], p["kind"], p["counted"]) for p in summary["proposals"]) == sorted(
        (p["staff_no"], p["kind"], p["counted"]) for p in evaluated["proposals"] if p["change"] != "withdrawn"
    )

    xlsx = tmp_path / "weekly.xlsx"
    assert run(tmp_path, db, "weekly", "--week", WEEK, "--xlsx", str(xlsx)).returncode == 0
    book = openpyxl.load_workbook(xlsx)
    columns = {
        "Unit": "unit",
        "Staff": "staff",
        "Half-day sessions": "sessions",
        "Late": "late",
        "Early leave": "early",
        "Absent": "absent",
        "Missing punch": "missing",
        "Off post": "off_post",
        "Inspection findings": "findings",
        "Leave sessions": "leave_sessions",
        "Commendations": "commendations",
    }
    sheet = book["Units"]
    header = [c.value for c in sheet[1]]
    cells = [dict(zip(header, r, strict=False)) for r in sheet.iter_rows(min_row=2, values_only=True)]
    by_unit = {row["Unit"]: {columns[k]: v for k, v in row.items() if k in columns} for row in cells}
    for unit in summary["units"]:
        assert by_unit[unit["unit"]] == unit
    sheet = book["People"]
    header = [c.value for c in sheet[1]]
    people = {r[0]: dict(zip(header, r, strict=False)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    for person in summary["staff"]:
        row = people[person["staff_no"]]
        assert (row["Late"], row["Early leave"], row["Absent"], row["Counted by the weekly rule"]) == (
            person["late"],
            person["early"],
            person["absent"],
            person["counted"],
        )

    pdf = tmp_path / "brief.pdf"
    made = run(tmp_path, db, "weekly", "--week", WEEK, "--pdf", str(pdf))
    assert made.returncode == 0, made.stderr
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "周一早会通报" in text
        for unit in summary["units"]:
            assert unit["unit"] in text
    bad = run(tmp_path, db, "weekly", "--week", "2026-W99", "--json")
    assert bad.returncode == 2 and "YYYY-Www" in bad.stderr
