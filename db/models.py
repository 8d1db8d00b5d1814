"""The tables of HallDesk, as Peewee models bound to the run-time database.

Every model has an integer id; business keys are unique indexes. Mutable
records carry ``version`` for optimistic locking. Nothing is hard-deleted:
records are retired or voided with who/when/why.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    CharField,
    DateField,
    DateTimeField,
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
