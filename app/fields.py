"""The names of input fields as users read them, for messages that say where a problem is."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate

FIELD_LABELS = {
    "staff_no": QT_TRANSLATE_NOOP("Fields", "staff number"),
    "name": QT_TRANSLATE_NOOP("Fields", "name"),
    "unit": QT_TRANSLATE_NOOP("Fields", "unit"),
    "window": QT_TRANSLATE_NOOP("Fields", "window"),
    "position": QT_TRANSLATE_NOOP("Fields", "position"),
    "mobile": QT_TRANSLATE_NOOP("Fields", "phone"),
    "hire_date": QT_TRANSLATE_NOOP("Fields", "hire date"),
    "trained_on": QT_TRANSLATE_NOOP("Fields", "pre-job training passed on"),
    "left_on": QT_TRANSLATE_NOOP("Fields", "left on"),
    "left_reason": QT_TRANSLATE_NOOP("Fields", "reason for leaving"),
    "note": QT_TRANSLATE_NOOP("Fields", "note"),
    "number": QT_TRANSLATE_NOOP("Fields", "window number"),
    "title": QT_TRANSLATE_NOOP("Fields", "window title"),
    "reason": QT_TRANSLATE_NOOP("Fields", "reason"),
    "username": QT_TRANSLATE_NOOP("Fields", "user name"),
    "display_name": QT_TRANSLATE_NOOP("Fields", "full name"),
    "role": QT_TRANSLATE_NOOP("Fields", "role"),
    "password": QT_TRANSLATE_NOOP("Fields", "password"),
    "old_password": QT_TRANSLATE_NOOP("Fields", "current password"),
    "new_password": QT_TRANSLATE_NOOP("Fields", "new password"),
    "hall_name": QT_TRANSLATE_NOOP("Fields", "hall name"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("Fields", "lock after idle minutes"),
    "backup_folder": QT_TRANSLATE_NOOP("Fields", "backup folder"),
    "backup_keep_days": QT_TRANSLATE_NOOP("Fields", "days backups are kept"),
    "retired_on": QT_TRANSLATE_NOOP("Fields", "retired on"),
    "retired_reason": QT_TRANSLATE_NOOP("Fields", "reason for retiring"),
    "start_md": QT_TRANSLATE_NOOP("Fields", "from (month-day)"),
    "end_md": QT_TRANSLATE_NOOP("Fields", "to (month-day)"),
    "am_start": QT_TRANSLATE_NOOP("Fields", "morning starts"),
    "am_end": QT_TRANSLATE_NOOP("Fields", "morning ends"),
    "pm_start": QT_TRANSLATE_NOOP("Fields", "afternoon starts"),
    "pm_end": QT_TRANSLATE_NOOP("Fields", "afternoon ends"),
    "grace_minutes": QT_TRANSLATE_NOOP("Fields", "grace minutes"),
    "effective_from": QT_TRANSLATE_NOOP("Fields", "in force from"),
    "effective_to": QT_TRANSLATE_NOOP("Fields", "in force until"),
    "kind": QT_TRANSLATE_NOOP("Fields", "kind"),
    "day": QT_TRANSLATE_NOOP("Fields", "date"),
    "time": QT_TRANSLATE_NOOP("Fields", "time"),
    "session": QT_TRANSLATE_NOOP("Fields", "session"),
    "which": QT_TRANSLATE_NOOP("Fields", "clock-in or clock-out"),
    "staff": QT_TRANSLATE_NOOP("Fields", "staff member"),
    "remark": QT_TRANSLATE_NOOP("Fields", "remark"),
    # a kind of leave
    "code": QT_TRANSLATE_NOOP("Fields", "code"),
    "name_en": QT_TRANSLATE_NOOP("Fields", "English name"),
    "outing": QT_TRANSLATE_NOOP("Fields", "temporary outing"),
    # columns of a file of leave slips
    "leave_from": QT_TRANSLATE_NOOP("Fields", "from"),
    "leave_to": QT_TRANSLATE_NOOP("Fields", "to"),
    "substitute": QT_TRANSLATE_NOOP("Fields", "substitute"),
    "approved_by": QT_TRANSLATE_NOOP("Fields", "approved by"),
    "entitlement": QT_TRANSLATE_NOOP("Fields", "annual-leave days"),
    "year": QT_TRANSLATE_NOOP("Fields", "year"),
}


def field_label(name: str) -> str:
    """The translated label of a field key; unknown keys (e.g. CLI options) pass through."""
    label = FIELD_LABELS.get(name)
    return translate("Fields", label) if label else name
