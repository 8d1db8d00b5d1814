"""Two PCs on one database: the second save of a record is refused with what changed, never lost.

"The other PC" is a separate process with its own connection, as on a
hall's network; it runs on both engines like every database test.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest

from app import roster
from app.auth import Permission, Session
from app.errors import ConflictError
from app.roster import StaffInput
from db.connection import close_database
from db.models import AuditEntry, Staff


def _other_pc(url: str, staff_id: int, version: int, mobile: str) -> None:
    """The supervisor's PC: opens the same record and saves a new mobile number."""
    from app.store import open_store

    open_store(url)
    supervisor = Session(username="supervisor2", role="manager", permissions=frozenset(Permission))
    row = roster.get_staff(supervisor, staff_id)
    data = StaffInput(
        staff_no=row.staff_no,
        name=row.name,
        unit_id=row.unit_id,
        window_id=row.window_id,
        hire_date=row.hire_date,
        trained_on=row.trained_on,
        mobile=mobile,
    )
    roster.update_staff(supervisor, staff_id, data, version)
    close_database()


def run_on_other_pc(db_url: str, *args) -> None:
    ctx = multiprocessing.get_context("spawn")
    worker = ctx.Process(target=_other_pc, args=(db_url, *args))
    worker.start()
    worker.join(timeout=120)
    assert worker.exitcode == 0


@pytest.fixture
def person(store, manager) -> Staff:
    unit = roster.add_unit(manager, "不动产登记中心")
    return roster.add_staff(
        manager,
        StaffInput(
            staff_no="3001", name="孙八", unit_id=unit.id, hire_date=dt.date(2023, 3, 1), mobile="13800000001"
        ),
    )


def test_the_second_save_is_refused_with_who_and_what(db_url, person, manager):
    # This PC opens 孙八's record ...
    opened = roster.get_staff(manager, person.id)
    mine = StaffInput(
        staff_no=opened.staff_no,
        name=opened.name,
        unit_id=opened.unit_id,
        hire_date=opened.hire_date,
        mobile="13900000009",
    )
    # ... the other PC saves a new number first ...
    run_on_other_pc(db_url, person.id, person.version, "13700000007")
    # ... and this PC's save is refused, saying who saved and what differs.
    with pytest.raises(ConflictError) as refused:
        roster.update_staff(manager, person.id, mine, opened.version)
    assert "supervisor2" in str(refused.value)
    assert refused.value.changes["mobile"] == ("13900000009", "13700000007")
    # Nothing was overwritten: the other PC's number stands, with one audited change.
    assert Staff.get_by_id(person.id).mobile == "13700000007"
    updates = AuditEntry.select().where((AuditEntry.table == "staff") & (AuditEntry.action == "update"))
    assert [e.username for e in updates] == ["supervisor2"]


def test_after_reloading_the_save_goes_through(db_url, person, manager):
    run_on_other_pc(db_url, person.id, person.version, "13700000007")
    fresh = roster.get_staff(manager, person.id)  # Reload
    data = StaffInput(
        staff_no=fresh.staff_no,
        name=fresh.name,
        unit_id=fresh.unit_id,
        hire_date=fresh.hire_date,
        mobile="13900000009",
    )
    saved = roster.update_staff(manager, person.id, data, fresh.version)
    assert saved.mobile == "13900000009" and saved.version == fresh.version + 1


def test_two_pcs_saving_the_same_version_one_wins(db_url, person):
    """Both PCs opened version 1; whichever commits second is refused, on either engine."""
    ctx = multiprocessing.get_context("spawn")
    workers = [
        ctx.Process(target=_other_pc, args=(db_url, person.id, person.version, number))
        for number in ("13700000007", "13600000006")
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
    assert sorted(w.exitcode for w in workers) == [0, 1]  # the loser's ConflictError ends its process
    saved = Staff.get_by_id(person.id)
    assert saved.version == person.version + 1 and saved.mobile in ("13700000007", "13600000006")
