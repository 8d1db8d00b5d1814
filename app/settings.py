"""Hall-wide settings kept in the database (the administrator's to change)."""

from __future__ import annotations

from typing import Any

from app import records
from app.auth import Permission, Session, require
from app.errors import ValidationError
from app.i18n import translate
from db.connection import database

DEFAULTS: dict[str, Any] = {
    "hall_name": "服务大厅",
    "idle_lock_minutes": 15,
    "register_language": "zh_CN",  # the printed duty register and Friday report: zh_CN or en
}


def get(key: str) -> Any:
    return records.read_setting(key, DEFAULTS.get(key))


def _validate(key: str, value: Any) -> Any:
    if key == "idle_lock_minutes":
        try:
            minutes = int(value)
        except (TypeError, ValueError):
            minutes = -1
        if not 0 <= minutes <= 240:
            raise ValidationError(translate("Settings", "Enter 0 (never lock) to 240 minutes."), field=key)
        return minutes
    if key == "hall_name":
        name = " ".join(str(value).split())
        if not name or len(name) > 100:
            raise ValidationError(
                translate("Settings", "The hall name needs 1 to 100 characters."), field=key
            )
        return name
    if key == "register_language":
        if value not in ("zh_CN", "en"):
            raise ValidationError(
                translate("Settings", "Printed registers are in Chinese (zh_CN) or English (en)."), field=key
            )
        return value
    return value


def put(session: Session, key: str, value: Any) -> Any:
    """Store a setting (administrator only), audited."""
    require(session, Permission.ADMIN)
    value = _validate(key, value)
    with database.atomic():
        records.write_setting(session.username, key, value)
    return value
