"""Units, windows, staff, users, the append-only audit trail and settings.

Models are frozen copies of db/models.py as of this migration: later changes
to the application models must come as new migrations.
"""

import datetime

from peewee import (
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    TextField,
)


def _now():
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Unit(Base):
        name = CharField(max_length=100, unique=True)
        sort_order = IntegerField(default=0)
        retired_on = DateField(null=True)
        retired_reason = TextField(default="")
        version = IntegerField(default=1)
        created_at = DateTimeField(default=_now)

        class Meta:
            table_name = "unit"

    class Window(Base):
        number = CharField(max_length=20, unique=True)
        unit = ForeignKeyField(Unit, on_delete="RESTRICT")
        title = CharField(max_length=100, default="")
        retired_on = DateField(null=True)
        retired_reason = TextField(default="")
        version = IntegerField(default=1)
        created_at = DateTimeField(default=_now)

        class Meta:
            table_name = "service_window"

    class Staff(Base):
        staff_no = CharField(max_length=20, unique=True)
        name = CharField(max_length=50)
        pinyin = CharField(max_length=400, default="", index=True)
        unit = ForeignKeyField(Unit, on_delete="RESTRICT")
        window = ForeignKeyField(Window, null=True, on_delete="RESTRICT")
        position = CharField(max_length=50, default="")
        mobile = CharField(max_length=20, default="")
        hire_date = DateField()
        trained_on = DateField(null=True)
        left_on = DateField(null=True)
        left_reason = TextField(default="")
        note = TextField(default="")
        version = IntegerField(default=1)
        created_at = DateTimeField(default=_now)

        class Meta:
            table_name = "staff"

    class User(Base):
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
        created_at = DateTimeField(default=_now)

        class Meta:
            table_name = "app_user"

    class AuditEntry(Base):
        at = DateTimeField(default=_now, index=True)
        username = CharField(max_length=50)
        action = CharField(max_length=30)
        table = CharField(max_length=50, column_name="table_name")
        row_id = IntegerField(null=True)
        before = TextField(null=True)
        after = TextField(null=True)

        class Meta:
            table_name = "audit_entry"
            indexes = ((("table", "row_id"), False),)

    class Setting(Base):
        key = CharField(max_length=100, unique=True)
        value = TextField()
        version = IntegerField(default=1)

        class Meta:
            table_name = "setting"

    db.create_tables([Unit, Window, Staff, User, AuditEntry, Setting])

    # The audit trail is append-only at the database level.
    if isinstance(db, PostgresqlDatabase):
        db.execute_sql(
            "CREATE FUNCTION audit_entry_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'audit trail is append-only'; END; $$ LANGUAGE plpgsql"
        )
        db.execute_sql(
            "CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry "
            "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"
        )
        db.execute_sql(
            "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()"
        )
    else:
        for event in ("UPDATE", "DELETE"):
            db.execute_sql(
                f"CREATE TRIGGER audit_entry_no_{event.lower()} BEFORE {event} ON audit_entry "
                "BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END"
            )
