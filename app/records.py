"""Writing records the HallDesk way: audited, in one transaction, with optimistic locking."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from peewee import ForeignKeyField, Model

from app import audit
from app.errors import ConflictError, NotFound
from app.i18n import translate
from db.models import AuditEntry, Setting

M = TypeVar("M", bound=Model)


def create(username: str, model: type[M], **values: Any) -> M:
    """Insert a record and its audit entry (call inside ``database.atomic()``)."""
    instance = model.create(**values)
    audit.record(username, "create", model._meta.table_name, instance.id, None, audit.snapshot(instance))
    return instance


def get(model: type[M], row_id: int) -> M:
    instance = model.get_or_none(model.id == row_id)
    if instance is None:
        raise NotFound(translate("Errors", "The record no longer exists (id {id}).").format(id=row_id))
    return instance


def update(
    username: str,
    model: type[M],
    row_id: int,
    version: int | None,
    changes: dict[str, Any],
    action: str = "update",
) -> M:
    """Apply ``changes`` if the record is still at ``version``; audit before/after.

    ``version=None`` skips the check (for changes that cannot conflict, such
    as a counter). On a mismatch, ConflictError lists, for each field this
    save wanted to set, the value it wanted and the value now stored, and
    says who saved last.
    """
    current = get(model, row_id)
    if version is not None and current.version != version:
        raise conflict(model, current, changes)
    before = audit.snapshot(current)
    query = model.update(**changes, version=model.version + 1).where(model.id == row_id)
    if version is not None:
        query = query.where(model.version == version)
    if query.execute() != 1:
        raise conflict(model, get(model, row_id), changes)
    fresh = model.get_by_id(row_id)
    audit.record(username, action, model._meta.table_name, row_id, before, audit.snapshot(fresh))
    return fresh


def conflict(model: type[Model], current: Model, wanted: dict[str, Any]) -> ConflictError:
    stored = audit.snapshot(current)
    diffs = {}
    for name, value in wanted.items():
        plain = audit.snapshot_value(value)
        if stored.get(name) != plain:
            diffs[name] = (_readable(model, name, plain), _readable(model, name, stored.get(name)))
    last = (
        AuditEntry.select()
        .where((AuditEntry.table == model._meta.table_name) & (AuditEntry.row_id == current.id))
        .order_by(AuditEntry.id.desc())
        .first()
    )
    who = last.username if last else "?"
    when = audit.local_time(last.at) if last else "?"
    return ConflictError(
        translate(
            "Errors",
            "{user} changed this record at {time}, after you opened it. Your changes were "
            "not saved. Reload to see the current version, then make your change again.",
        ).format(user=who, time=when),
        diffs,
    )


def _readable(model: type[Model], name: str, value: Any) -> Any:
    """A linked record's name or number instead of its id, for a person to compare."""
    field = model._meta.fields.get(name)
    if isinstance(field, ForeignKeyField) and value is not None:
        target = field.rel_model.get_or_none(field.rel_model.id == value)
        if target is not None:
            return getattr(target, "name", None) or getattr(target, "number", None) or value
    return value


def read_setting(key: str, default: Any = None) -> Any:
    """A hall-wide setting's value (JSON), or ``default``."""
    row = Setting.get_or_none(Setting.key == key)
    return default if row is None else json.loads(row.value)


def write_setting(username: str, key: str, value: Any) -> None:
    """Store a hall-wide setting, audited (call inside ``database.atomic()``)."""
    row = Setting.get_or_none(Setting.key == key)
    before = {"value": json.loads(row.value)} if row else None
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        row = Setting.create(key=key, value=text)
    else:
        Setting.update(value=text, version=Setting.version + 1).where(Setting.id == row.id).execute()
    audit.record(username, "update", "setting", row.id, before, {"value": value})
