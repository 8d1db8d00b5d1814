"""Two processes issuing notices at once: numbers stay gap-free and unique, every notice verifies."""

from __future__ import annotations

import datetime as dt
import multiprocessing

from app import certificate, notices, roster, sanctions, settings
from app.auth import Permission, Session
from app.roster import StaffInput
from db.models import Notice, Sanction

PASSPHRASE = "numbering-passphrase"
PER_PROCESS = 4


def _issuer(url: str, entry_ids: list[int], barrier, results) -> None:
    from app.store import open_store

    open_store(url)
    manager = Session(username="manager1", role="manager", permissions=frozenset(Permission))
    identity = certificate.unlock(manager, PASSPHRASE)
    barrier.wait(timeout=60)
    for entry_id in entry_ids:
        results.put(notices.issue(manager, entry_id, identity).notice_no)


def test_two_processes_issue_without_gaps(db_url, store, manager, admin):
    unit = roster.add_unit(manager, "社会保险服务中心")
    person = roster.add_staff(
        manager, StaffInput(staff_no="1001", name="张三", unit_id=unit.id, hire_date=dt.date(2024, 1, 2))
    )
    settings.put(admin, "notice_prefix", "新人社窗")
    settings.put(admin, "notice_issuer", "新县人力资源和社会保障局")
    certificate.create_self_signed(admin, PASSPHRASE)
    ids = [
        sanctions.record_entry(manager, person.id, "COMMENDATION", dt.date.today(), f"第{i}次受到群众表扬").id
        for i in range(2 * PER_PROCESS)
    ]

    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    workers = [ctx.Process(target=_issuer, args=(db_url, ids[i::2], barrier, results)) for i in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
        assert w.exitcode == 0
    issued = sorted(results.get(timeout=5) for _ in ids)

    year = dt.date.today().year
    numbers = sorted(n.number for n in Notice.select().where(Notice.year == year))
    assert numbers == list(range(1, len(ids) + 1))
    assert issued == sorted(f"新人社窗〔{year}〕{n}号" for n in numbers)
    assert {s.status for s in Sanction.select()} == {"issued"}
    for notice in Notice.select():
        assert notices.verify(bytes(notice.pdf)).status == notices.GENUINE
