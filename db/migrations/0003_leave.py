"""Leave slips and temporary outings, their kinds, attachments and annual entitlements;
an off-post count on attendance sessions (an outing's overrun).

Frozen models as of this migration; the ten kinds of the regulation are seeded.
"""

import datetime

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


def _now():
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


KINDS = [
    ("personal", "事假", "personal leave", 0),
    ("sick", "病假", "sick leave", 0),
    ("annual", "年休假", "annual leave", 0),
    ("marriage", "婚假", "marriage leave", 0),
    ("maternity", "产假", "maternity leave", 0),
    ("paternity", "陪产假", "paternity leave", 0),
    ("bereavement", "丧假", "bereavement leave", 0),
    ("business", "公出", "official business", 0),
    ("compensatory", "调休", "compensatory time off", 0),
    ("outing", "临时外出", "temporary outing", 1),
]


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        class Meta:
            table_name = "staff"

    class User(Base):
        class Meta:
            table_name = "app_user"

    class LeaveKind(Base):
        code = CharField(max_length=20, unique=True)
        name = CharField(max_length=20)
        name_en = CharField(max_length=40, default="")
        outing = IntegerField(default=0)
        sort_order = IntegerField(default=0)
        retired = IntegerField(default=0)
        version = IntegerField(default=1)

        class Meta:
            table_name = "leave_kind"

    class LeaveSlip(Base):
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
        created_at = DateTimeField(default=_now)
        decided_by = CharField(max_length=50, default="")
        decided_at = DateTimeField(null=True)
        remark = TextField(default="")
        returned_at = DateTimeField(null=True)
        returned_by = CharField(max_length=50, default="")
        overrun_minutes = IntegerField(default=0)
        version = IntegerField(default=1)

        class Meta:
            table_name = "leave_slip"

    class LeaveAttachment(Base):
        slip = ForeignKeyField(LeaveSlip, on_delete="RESTRICT")
        filename = CharField(max_length=200)
        data = BlobField()
        added_by = CharField(max_length=50)
        added_at = DateTimeField(default=_now)
        voided_at = DateTimeField(null=True)

        class Meta:
            table_name = "leave_attachment"

    class LeaveEntitlement(Base):
        staff = ForeignKeyField(Staff, on_delete="RESTRICT", index=False)
        year = IntegerField()
        days = FloatField()
        version = IntegerField(default=1)

        class Meta:
            table_name = "leave_entitlement"
            indexes = ((("staff", "year"), True),)

    db.create_tables([LeaveKind, LeaveSlip, LeaveAttachment, LeaveEntitlement])
    LeaveKind.insert_many(
        [
            {"code": code, "name": name, "name_en": en, "outing": outing, "sort_order": (i + 1) * 10}
            for i, (code, name, en, outing) in enumerate(KINDS)
        ]
    ).execute()
    migrator.migrate(migrator.add_column("attendance_session", "off_post", IntegerField(default=0)))
    # Sessions derived before this change are derived again with leave in view.
    db.execute_sql("DELETE FROM derived_day")
