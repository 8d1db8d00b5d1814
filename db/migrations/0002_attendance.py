"""Attendance: work schedule, holiday calendar, punches, corrections, derived sessions.

Frozen models as of this migration. The default schedule is the county's:
winter (1 Oct - 30 Apr) 08:00-12:00 and 14:30-17:30, summer (1 May - 30 Sep)
08:00-12:00 and 15:00-18:00, no grace minutes.
"""

import datetime

from peewee import (
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def _now():
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        class Meta:
            table_name = "staff"

    class SchedulePeriod(Base):
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

    class CalendarDay(Base):
        day = DateField(unique=True)
        kind = CharField(max_length=10)
        name = CharField(max_length=50, default="")
        version = IntegerField(default=1)

        class Meta:
            table_name = "calendar_day"

    class CalendarYear(Base):
        year = IntegerField(unique=True)
        entered_by = CharField(max_length=50)
        entered_at = DateTimeField(default=_now)

        class Meta:
            table_name = "calendar_year"

    class Punch(Base):
        staff = ForeignKeyField(Staff, on_delete="RESTRICT", index=False)
        at = DateTimeField()
        source = CharField(max_length=200, default="")
        imported_at = DateTimeField(default=_now)

        class Meta:
            table_name = "punch"
            indexes = ((("staff", "at"), True), (("at",), False))

    class Correction(Base):
        staff = ForeignKeyField(Staff, on_delete="RESTRICT")
        day = DateField(index=True)
        session = CharField(max_length=2)
        which = CharField(max_length=3)
        time = CharField(max_length=5)
        reason = TextField()
        status = CharField(max_length=10, default="pending")
        requested_by = CharField(max_length=50)
        requested_at = DateTimeField(default=_now)
        decided_by = CharField(max_length=50, default="")
        decided_at = DateTimeField(null=True)
        remark = TextField(default="")
        version = IntegerField(default=1)

        class Meta:
            table_name = "correction"

    class AttendanceSession(Base):
        staff = ForeignKeyField(Staff, on_delete="RESTRICT", index=False)
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
        explanation = TextField(default="[]")

        class Meta:
            table_name = "attendance_session"
            indexes = ((("staff", "day", "session"), True), (("day", "status"), False))

    class DerivedDay(Base):
        day = DateField(unique=True)
        derived_at = DateTimeField(default=_now)
        final = IntegerField(default=0)

        class Meta:
            table_name = "derived_day"

    db.create_tables(
        [SchedulePeriod, CalendarDay, CalendarYear, Punch, Correction, AttendanceSession, DerivedDay]
    )
    SchedulePeriod.insert_many(
        [
            dict(name="winter", start_md="10-01", end_md="04-30", am_start="08:00", am_end="12:00",
                 pm_start="14:30", pm_end="17:30", grace_minutes=0),
            dict(name="summer", start_md="05-01", end_md="09-30", am_start="08:00", am_end="12:00",
                 pm_start="15:00", pm_end="18:00", grace_minutes=0),
        ]
    ).execute()
