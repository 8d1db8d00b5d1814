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
    # Notices (发文): the letterhead of the issuing body; see app/notices.py.
    "notice_prefix": "",  # 发文字号 prefix, e.g. 新人社窗 → 新人社窗〔2026〕7号
    "notice_issuer": "",  # 发文机关署名
    "notice_header": "",  # 发文机关标志 (default: the issuer followed by 文件)
    "notice_addressee": "局属各单位、各窗口：",  # 主送机关
    "notice_printed_by": "",  # 印发机关 (default: the issuer's office)
    "notice_regulation": "窗口工作人员管理制度",  # the regulation decisions rely on
    "seal_image": "",  # PNG, base64
    "signature_image": "",  # PNG, base64
}
TEXT_LIMITS = {
    "notice_prefix": 20,
    "notice_issuer": 60,
    "notice_header": 60,
    "notice_addressee": 100,
    "notice_printed_by": 60,
    "notice_regulation": 100,
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
    if key in TEXT_LIMITS:
        text = " ".join(str(value or "").split())
        if len(text) > TEXT_LIMITS[key]:
            raise ValidationError(
                translate("Settings", "At most {n} characters.").format(n=TEXT_LIMITS[key]), field=key
            )
        if key == "notice_prefix" and any(c in text for c in "〔〕[]号"):
            raise ValidationError(
                translate(
                    "Settings", "Enter the prefix alone, such as 新人社窗; the year and number are added."
                ),
                field=key,
            )
        return text
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
