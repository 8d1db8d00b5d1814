"""The tables of HallDesk, as Peewee models bound to the run-time database.

Every model has an integer id; business keys are unique indexes. Mutable
records carry ``version`` for optimistic locking. Nothing is hard-deleted:
records are retired or voided with who/when/why.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    BlobField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from db.connection import database


def utcnow() -> dt.datetime:
    """Naive UTC timestamp (audit times are UTC, see DESIGN.md)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Unit(BaseModel):
    """局属单位: the body that staffs a group of windows."""

    name = CharField(max_length=100, unique=True)
    sort_order = IntegerField(default=0)
    retired_on = DateField(null=True)
    retired_reason = TextField(default="")
    version = IntegerField(default=1)
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "unit"


class Window(BaseModel):
    """窗口: a numbered counter of the hall, belonging to one unit."""

    number = CharField(max_length=20, unique=True)
    unit = ForeignKeyField(Unit, backref="windows", on_delete="RESTRICT")
    title = CharField(max_length=100, default="")
    retired_on = DateField(null=True)
    retired_reason = TextField(default="")
    version = IntegerField(default=1)
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "service_window"


class Staff(BaseModel):
    """窗口工作人员. Active while ``left_on`` is empty or in the future."""

    staff_no = CharField(max_length=20, unique=True)
    name = CharField(max_length=50)
    pinyin = CharField(max_length=400, default="", index=True)
    unit = ForeignKeyField(Unit, backref="staff", on_delete="RESTRICT")
    window = ForeignKeyField(Window, backref="staff", null=True, on_delete="RESTRICT")
    position = CharField(max_length=50, default="")
    mobile = CharField(max_length=20, default="")
    hire_date = DateField()
    trained_on = DateField(null=True)
    left_on = DateField(null=True)
    left_reason = TextField(default="")
    note = TextField(default="")
    version = IntegerField(default=1)
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "staff"


class User(BaseModel):
    """An account that logs in to HallDesk, with one role."""

    username = CharField(max_length=50, unique=True)
    display_name = CharField(max_length=50, default="")
    role = CharField(max_length=20)
    password_hash = CharField(max_length=200)
    failed_attempts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    staff = ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    disabled_at = DateTimeField(null=True)
    disabled_reason = TextField(default="")
    version = IntegerField(default=1)
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "app_user"


class AuditEntry(BaseModel):
    """One write, as it happened. The database refuses UPDATE and DELETE here."""

    at = DateTimeField(default=utcnow, index=True)
    username = CharField(max_length=50)
    action = CharField(max_length=30)
    table = CharField(max_length=50, column_name="table_name")
    row_id = IntegerField(null=True)
    before = TextField(null=True)
    after = TextField(null=True)

    class Meta:
        table_name = "audit_entry"
        indexes = ((("table", "row_id"), False),)


class Setting(BaseModel):
    """A hall-wide setting, stored as JSON text under a key."""

    key = CharField(max_length=100, unique=True)
    value = TextField()
    version = IntegerField(default=1)

    class Meta:
        table_name = "setting"


ALL_MODELS: tuple[type[BaseModel], ...] = (Unit, Window, Staff, User, AuditEntry, Setting)


# ---------------------------------------------------------------- attendance (migration 0002)


class SchedulePeriod(BaseModel):
    """作息时间: the hours of a season, recurring each year between two month-days.

    ``start_md``/``end_md`` are "MM-DD" and may wrap the new year (winter:
    10-01 to 04-30). ``effective_from``/``effective_to`` bound the years a
    period applies to, so a change of hours keeps the old hours for old days.
    """

    name = CharField(max_length=50)
    start_md = CharField(max_length=5)
    end_md = CharField(max_length=5)
    am_start = CharField(max_length=5)
    am_end = CharField(max_length=5)
    pm_start = CharField(max_length=5)
    pm_end = CharField(max_length=5)
    grace_minutes = IntegerField(default=0)
    effective_from = DateField(null=True)
    effective_to = DateField(null=True)
    voided_at = DateTimeField(null=True)
    voided_reason = TextField(default="")
    version = IntegerField(default=1)

    class Meta:
        table_name = "schedule_period"


class CalendarDay(BaseModel):
    """The administrator's word on one date: a public holiday or a make-up workday (调休上班)."""

    day = DateField(unique=True)
    kind = CharField(max_length=10)  # "holiday" | "workday"
    name = CharField(max_length=50, default="")
    version = IntegerField(default=1)

    class Meta:
        table_name = "calendar_day"


class CalendarYear(BaseModel):
    """A year whose official holiday schedule the administrator has entered."""

    year = IntegerField(unique=True)
    entered_by = CharField(max_length=50)
    entered_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "calendar_year"


class Punch(BaseModel):
    """打卡记录 as imported: never edited. One per person and second."""

    # No index of its own: UNIQUE(staff, at) serves lookups by staff.
    staff = ForeignKeyField(Staff, on_delete="RESTRICT", index=False)
    at = DateTimeField()
    source = CharField(max_length=200, default="")
    imported_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "punch"
        indexes = ((("staff", "at"), True), (("at",), False))


class Correction(BaseModel):
    """补卡: adds or replaces one clock-in or clock-out once a leader approves it."""

    staff = ForeignKeyField(Staff, on_delete="RESTRICT")
    day = DateField(index=True)
    session = CharField(max_length=2)  # AM | PM
    which = CharField(max_length=3)  # in | out
    time = CharField(max_length=5)  # HH:MM
    reason = TextField()
    status = CharField(max_length=10, default="pending")  # pending | approved | rejected | withdrawn
    requested_by = CharField(max_length=50)
    requested_at = DateTimeField(default=utcnow)
    decided_by = CharField(max_length=50, default="")
    decided_at = DateTimeField(null=True)
    remark = TextField(default="")
    version = IntegerField(default=1)

    class Meta:
        table_name = "correction"


class AttendanceSession(BaseModel):
    """One person's morning or afternoon on one workday, derived and stored.

    Re-derived whenever punches, schedule, calendar, leave, corrections or
    staff dates change, so that a week's figures are one GROUP BY.
    ``explanation`` is JSON: a list of [code, {params}] rendered in the
    reader's language.
    """

    staff = ForeignKeyField(Staff, on_delete="RESTRICT", index=False)  # UNIQUE(staff, day, session)
    day = DateField()
    session = CharField(max_length=2)
    start = CharField(max_length=5)
    end = CharField(max_length=5)
    clock_in = CharField(max_length=5, null=True)
    clock_out = CharField(max_length=5, null=True)
    status = CharField(max_length=10)
    late = IntegerField(default=0)
    early = IntegerField(default=0)
    corrected = IntegerField(default=0)
    off_post = IntegerField(default=0)  # 脱岗: an outing's overrun (and, later, inspections)
    explanation = TextField(default="[]")

    class Meta:
        table_name = "attendance_session"
        indexes = ((("staff", "day", "session"), True), (("day", "status"), False))


class DerivedDay(BaseModel):
    """Marks a date whose sessions are stored (and when), so a range can be completed lazily."""

    day = DateField(unique=True)
    derived_at = DateTimeField(default=utcnow)
    final = IntegerField(default=0)  # 0 while the day was still in progress when derived

    class Meta:
        table_name = "derived_day"


# ---------------------------------------------------------------- leave (migration 0003)


class LeaveKind(BaseModel):
    """A kind of leave (事假, 病假 ...) or the temporary outing (临时外出). Data the administrator extends."""

    code = CharField(max_length=20, unique=True)
    name = CharField(max_length=20)  # the Chinese name used on documents
    name_en = CharField(max_length=40, default="")
    outing = IntegerField(default=0)  # 1: by clock time within one day
    sort_order = IntegerField(default=0)
    retired = IntegerField(default=0)
    version = IntegerField(default=1)

    class Meta:
        table_name = "leave_kind"


class LeaveSlip(BaseModel):
    """请假条: leave from a day's session to another's, or an outing by clock time within a day."""

    staff = ForeignKeyField(Staff, on_delete="RESTRICT")
    kind = ForeignKeyField(LeaveKind, on_delete="RESTRICT")
    start_day = DateField(index=True)
    start_session = CharField(max_length=2)
    end_day = DateField(index=True)
    end_session = CharField(max_length=2)
    out_time = CharField(max_length=5, null=True)
    back_time = CharField(max_length=5, null=True)
    reason = TextField(default="")
    substitute = ForeignKeyField(Staff, null=True, on_delete="RESTRICT", backref="substitutions")
    reported_to = ForeignKeyField(User, null=True, on_delete="RESTRICT")
    status = CharField(max_length=10, default="requested", index=True)
    after_the_fact = IntegerField(default=0)
    created_by = CharField(max_length=50)
    created_at = DateTimeField(default=utcnow)
    decided_by = CharField(max_length=50, default="")
    decided_at = DateTimeField(null=True)
    remark = TextField(default="")
    returned_at = DateTimeField(null=True)
    returned_by = CharField(max_length=50, default="")
    overrun_minutes = IntegerField(default=0)
    version = IntegerField(default=1)

    class Meta:
        table_name = "leave_slip"


class LeaveAttachment(BaseModel):
    """A scan kept with a slip (a sick note). Never replaced; a wrong one is voided."""

    slip = ForeignKeyField(LeaveSlip, on_delete="RESTRICT", backref="attachments")
    filename = CharField(max_length=200)
    data = BlobField()
    added_by = CharField(max_length=50)
    added_at = DateTimeField(default=utcnow)
    voided_at = DateTimeField(null=True)

    class Meta:
        table_name = "leave_attachment"


class LeaveEntitlement(BaseModel):
    """Annual-leave days a person is entitled to in a year (年休假)."""

    staff = ForeignKeyField(Staff, on_delete="RESTRICT", index=False)
    year = IntegerField()
    days = FloatField()
    version = IntegerField(default=1)

    class Meta:
        table_name = "leave_entitlement"
        indexes = ((("staff", "year"), True),)


# ---------------------------------------------------------------- duty log (migration 0004)


class DutyRota(BaseModel):
    """值日安排: for one workday, the unit on duty, the duty officer(s) and the duty leader."""

    day = DateField(unique=True)
    unit = ForeignKeyField(Unit, null=True, on_delete="RESTRICT")
    officer = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="duty_days")
    officer2 = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="duty_days2")
    leader = ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="leader_days")
    note = TextField(default="")  # why it was changed (a swap), kept in the trail too
    version = IntegerField(default=1)

    class Meta:
        table_name = "duty_rota"


class InspectionCategory(BaseModel):
    """A kind of finding on the duty leader's round (巡查), data the administrator extends."""

    code = CharField(max_length=30, unique=True)
    name = CharField(max_length=30)
    name_en = CharField(max_length=60, default="")
    counts = IntegerField(default=0)  # counts toward the weekly rule R8
    positive = IntegerField(default=0)  # 表扬: good service, a visitor's thanks
    off_post = IntegerField(default=0)  # 脱岗: an approved outing turns it into a warning
    key = CharField(max_length=1, default="")  # one key to choose it when entering
    sort_order = IntegerField(default=0)
    retired = IntegerField(default=0)
    version = IntegerField(default=1)

    class Meta:
        table_name = "inspection_category"


class Inspection(BaseModel):
    """巡查记录: one finding at one window, with the time, inspector and evidence."""

    day = DateField(index=True)
    at = DateTimeField()
    inspector = ForeignKeyField(User, on_delete="RESTRICT")
    window = ForeignKeyField(Window, null=True, on_delete="RESTRICT")
    staff = ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    category = ForeignKeyField(InspectionCategory, on_delete="RESTRICT")
    note = TextField(default="")
    photo = BlobField(null=True)
    photo_name = CharField(max_length=200, default="")
    covered_by = ForeignKeyField(LeaveSlip, null=True, on_delete="RESTRICT")  # an approved outing
    counted = IntegerField(default=0)  # counts toward R8 after the outing check
    voided_at = DateTimeField(null=True)
    voided_by = CharField(max_length=50, default="")
    voided_reason = TextField(default="")
    version = IntegerField(default=1)

    class Meta:
        table_name = "inspection"


class DutyLog(BaseModel):
    """值班日志: the day's log, closed by the duty officer's and then the leader's sign-off."""

    day = DateField(unique=True)
    opened_by = CharField(max_length=50)
    opened_at = DateTimeField(default=utcnow)
    hygiene_ok = IntegerField(null=True)
    hygiene_note = TextField(default="")
    safety_ok = IntegerField(null=True)  # extinguishers, emergency lights, exits
    safety_note = TextField(default="")
    doors_ok = IntegerField(null=True)  # doors and windows
    doors_note = TextField(default="")
    handover = TextField(default="")
    remarks = TextField(default="")
    officer_signed_by = CharField(max_length=50, default="")
    officer_signed_at = DateTimeField(null=True)
    leader_signed_by = CharField(max_length=50, default="")
    leader_signed_at = DateTimeField(null=True)
    version = IntegerField(default=1)

    class Meta:
        table_name = "duty_log"


class WindowCheck(BaseModel):
    """One line of the closing checklist: a window's power is off, or a note why not."""

    log = ForeignKeyField(DutyLog, on_delete="RESTRICT", backref="window_checks", index=False)
    window = ForeignKeyField(Window, on_delete="RESTRICT")
    power_off = IntegerField(default=0)
    note = TextField(default="")
    checked_by = CharField(max_length=50, default="")
    checked_at = DateTimeField(null=True)
    version = IntegerField(default=1)

    class Meta:
        table_name = "window_check"
        indexes = ((("log", "window"), True),)


class DutyLogReopening(BaseModel):
    """A closed day opened again, with the reason that stays on record."""

    log = ForeignKeyField(DutyLog, on_delete="RESTRICT", backref="reopenings")
    reason = TextField()
    by = CharField(max_length=50)
    at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "duty_log_reopening"


# ---------------------------------------------------------------- sanctions (migration 0005)


class SanctionRule(BaseModel):
    """奖罚规则: what counts, over what window, from what threshold, with what consequence.

    ``flags`` is a JSON list of session flags (LATE, EARLY, ABSENT, OFF_POST,
    MISSING); ``categories`` a JSON list of inspection category codes, or
    null for "the categories marked as counting"; ``sanction_kinds`` a JSON
    list of ledger kinds whose confirmed entries count (an escalation ladder).
    """

    code = CharField(max_length=30, unique=True)
    name = CharField(max_length=100)
    name_en = CharField(max_length=100, default="")
    window = CharField(max_length=5)  # week | month | year
    flags = TextField(default="[]")
    categories = TextField(null=True)
    sanction_kinds = TextField(default="[]")
    threshold = IntegerField()
    kind = CharField(max_length=20)
    clause = TextField(default="")  # the regulation's words, quoted in the notice
    sort_order = IntegerField(default=0)
    retired = IntegerField(default=0)
    version = IntegerField(default=1)

    class Meta:
        table_name = "sanction_rule"


class Sanction(BaseModel):
    """奖惩台账: one commendation, award or penalty, proposed by a rule or entered by a manager.

    Nothing is deleted: a proposal is dismissed or withdrawn, a confirmed
    entry revoked, each with who, when and why. ``evidence`` is JSON: the
    sessions and inspections a rule counted, as they stood when evaluated.
    """

    staff = ForeignKeyField(Staff, on_delete="RESTRICT", index=False)
    kind = CharField(max_length=20)
    day = DateField(index=True)
    rule = ForeignKeyField(SanctionRule, null=True, on_delete="RESTRICT", index=False)
    period_start = DateField(null=True)
    period_end = DateField(null=True)
    counted = IntegerField(null=True)
    evidence = TextField(default="[]")
    reason = TextField(default="")
    status = CharField(max_length=10, index=True)
    note = TextField(default="")  # JSON [code, params] of the last change by evaluation
    created_by = CharField(max_length=50)
    created_at = DateTimeField(default=utcnow)
    confirmed_by = CharField(max_length=50, default="")
    confirmed_at = DateTimeField(null=True)
    dismissed_by = CharField(max_length=50, default="")
    dismissed_at = DateTimeField(null=True)
    dismissed_reason = TextField(default="")
    withdrawn_at = DateTimeField(null=True)
    revoked_by = CharField(max_length=50, default="")
    revoked_at = DateTimeField(null=True)
    revoked_reason = TextField(default="")
    version = IntegerField(default=1)

    class Meta:
        table_name = "sanction"
        indexes = (
            (("rule", "staff", "period_start"), True),
            (("staff", "day"), False),
        )


class SigningKey(BaseModel):
    """The hall's signing certificate and key, as PKCS#12 encrypted with the administrator's passphrase."""

    p12 = BlobField()
    certificate = BlobField()  # the public certificate (DER), to recognise the hall's signatures
    subject = CharField(max_length=200)
    fingerprint = CharField(max_length=64, unique=True)
    not_before = DateTimeField()
    not_after = DateTimeField()
    self_signed = IntegerField(default=0)
    added_by = CharField(max_length=50)
    added_at = DateTimeField(default=utcnow)
    retired_at = DateTimeField(null=True)  # replaced by a newer key; still trusted for verification

    class Meta:
        table_name = "signing_key"


class Notice(BaseModel):
    """发文: a numbered, signed decision or the revocation of one. Numbers never repeat within a year."""

    year = IntegerField()
    number = IntegerField()
    notice_no = CharField(max_length=60, unique=True)
    sanction = ForeignKeyField(Sanction, on_delete="RESTRICT", backref="notices")
    purpose = CharField(max_length=10)  # decision | revocation
    revokes = ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="revocations")
    title = CharField(max_length=200)
    issued_by = CharField(max_length=50)
    issued_at = DateTimeField(default=utcnow)
    sha256 = CharField(max_length=64, unique=True)
    fingerprint = CharField(max_length=64)
    pdf = BlobField()

    class Meta:
        table_name = "notice"
        indexes = ((("year", "number"), True),)
