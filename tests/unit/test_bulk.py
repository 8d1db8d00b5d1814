"""Bulk inserts write exactly what peewee would, on either engine, inside the caller's transaction."""

from __future__ import annotations

import datetime as dt

import pytest

from app import roster
from app.roster import StaffInput
from db.bulk import insert_rows
from db.connection import database
from db.models import Punch, utcnow

FIELDS = ("staff", "at", "source", "imported_at")


@pytest.fixture
def staff_id(store, manager) -> int:
    unit = roster.add_unit(manager, "就业服务中心")
    return roster.add_staff(
        manager, StaffInput(staff_no="2001", name="赵六", unit_id=unit.id, hire_date=dt.date(2024, 1, 2))
    ).id


def test_rows_read_back_as_peewee_wrote_them(staff_id):
    stamp = utcnow()
    times = [
        dt.datetime(2025, 12, 2, 7, 50),
        dt.datetime(2025, 12, 2, 12, 2, 30),
        dt.datetime(2025, 12, 3, 8, 1),
    ]
    assert insert_rows(Punch, FIELDS, [(staff_id, at, "终端 A", stamp) for at in times[:2]]) == 2
    Punch.insert(staff=staff_id, at=times[2], source="终端 A", imported_at=stamp).execute()  # peewee's way
    stored = list(Punch.select().order_by(Punch.at))
    assert [p.at for p in stored] == times and {p.source for p in stored} == {"终端 A"}
    assert {p.imported_at for p in stored} == {stamp}
    # Range queries see the bulk rows and peewee's rows alike.
    on_tuesday = Punch.select().where(
        (Punch.at >= dt.datetime(2025, 12, 2)) & (Punch.at < dt.datetime(2025, 12, 3))
    )
    assert on_tuesday.count() == 2


def test_inside_a_transaction_that_fails_nothing_stays(staff_id):
    with pytest.raises(RuntimeError), database.atomic():
        insert_rows(Punch, FIELDS, [(staff_id, dt.datetime(2025, 12, 2, 7, 50), "t", utcnow())])
        raise RuntimeError("the import found a bad line later")
    assert Punch.select().count() == 0


def test_nothing_to_insert(staff_id):
    assert insert_rows(Punch, FIELDS, []) == 0
