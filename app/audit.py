"""The audit trail: who changed what, when, and what it was before and after.

Every service write goes through ``record`` inside the same transaction as the
write itself. The table refuses UPDATE and DELETE at the database level.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from peewee import Model, fn

from db.models import AuditEntry

# Never copied into the trail.
SECRET_FIELDS = frozenset({"password_hash"})


def snapshot_value(value: Any) -> Any:
    """A field value as the trail stores it (dates as ISO text, records as ids)."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Model):
        return value.id
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    return value


def local_time(utc: dt.datetime) -> str:
    """An audit timestamp (naive UTC) as the hall's local date and time."""
    return utc.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def snapshot(instance: Model) -> dict[str, Any]:
    """The stored values of a record, JSON-ready, without secrets."""
    out: dict[str, Any] = {}
    for name, field in instance._meta.fields.items():
        if name in SECRET_FIELDS:
            continue
        out[name] = snapshot_value(instance.__data__.get(field.name))
    return out


def record(
    username: str,
    action: str,
    table: str,
    row_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry. ``before``/``after`` keep only the fields that changed on updates."""
    if before is not None and after is not None:
        keys = [k for k in after if before.get(k) != after.get(k)]
        before = {k: before.get(k) for k in keys}
        after = {k: after.get(k) for k in keys}
    return AuditEntry.create(
        username=username,
        action=action,
        table=table,
        row_id=row_id,
        before=json.dumps(before, ensure_ascii=False) if before is not None else None,
        after=json.dumps(after, ensure_ascii=False) if after is not None else None,
    )


def change_stamp() -> int:
    """The newest audit entry's id: it grows with every change recorded on any PC.

    Windows compare it to decide whether what they show may be out of date;
    reading it costs one index lookup.
    """
    return AuditEntry.select(fn.MAX(AuditEntry.id)).scalar() or 0


def history(table: str, row_id: int) -> list[dict[str, Any]]:
    """The trail of one record, oldest first."""
    rows = (
        AuditEntry.select()
        .where((AuditEntry.table == table) & (AuditEntry.row_id == row_id))
        .order_by(AuditEntry.id)
    )
    return [
        {
            "at": r.at,
            "user": r.username,
            "action": r.action,
            "before": json.loads(r.before) if r.before else None,
            "after": json.loads(r.after) if r.after else None,
        }
        for r in rows
    ]
