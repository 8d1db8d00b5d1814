"""Duty log: the rota, inspection categories and findings, the day's log with its
closing checklist and sign-offs, and reopenings.

Frozen models as of this migration; the inspection categories of the
regulation (五禁止十不准, dress, counters, service quality, commendations) are seeded.
"""

import datetime

from peewee import (
    BlobField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def utcnow():
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


# code, Chinese name, English name, counts toward R8, positive, off post, key
CATEGORIES = [
    ("off_post", "脱岗", "off post", 1, 0, 1, "t"),
    ("other_window", "串岗", "at another window", 0, 0, 0, "c"),
    ("games", "玩游戏", "playing games", 0, 0, 0, "g"),
    ("music", "听音乐", "listening to music", 0, 0, 0, "m"),
    ("stocks", "炒股", "trading stocks", 0, 0, 0, "s"),
    ("chat", "网上聊天", "chatting online", 0, 0, 0, "l"),
    ("video", "看视频", "watching videos", 0, 0, 0, "v"),
    ("browsing", "浏览无关网页", "browsing unrelated pages", 0, 0, 0, "w"),
    ("noise", "大声喧哗", "loud noise", 0, 0, 0, "n"),
    ("dress", "着装不整", "untidy dress", 0, 0, 0, "d"),
    ("badge", "未佩戴工牌", "no work badge", 0, 0, 0, "b"),
    ("counter", "台面摆放无关物品", "unrelated items on the counter", 0, 0, 0, "x"),
    ("smoking", "吸烟饮酒", "smoking or drinking", 0, 0, 0, "y"),
    ("attitude", "态度生硬", "curt manner", 0, 0, 0, "a"),
    ("shirking", "推诿/未执行首问负责制", "passing the buck (first-inquiry rule)", 0, 0, 0, "f"),
    ("not_told_once", "未一次性告知", "missing documents not told at once", 0, 0, 0, "o"),
    ("praise", "表扬", "commendation (good service, a visitor's thanks)", 0, 1, 0, "p"),
]


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Unit(Base):
        class Meta:
            table_name = "unit"

    class User(Base):
        class Meta:
            table_name = "app_user"

    class Window(Base):
        class Meta:
            table_name = "service_window"

    class Staff(Base):
        class Meta:
            table_name = "staff"

    class LeaveSlip(Base):
        class Meta:
            table_name = "leave_slip"

    class DutyRota(Base):
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


    class InspectionCategory(Base):
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


    class Inspection(Base):
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


    class DutyLog(Base):
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


    class WindowCheck(Base):
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


    class DutyLogReopening(Base):
        """A closed day opened again, with the reason that stays on record."""

        log = ForeignKeyField(DutyLog, on_delete="RESTRICT", backref="reopenings")
        reason = TextField()
        by = CharField(max_length=50)
        at = DateTimeField(default=utcnow)

        class Meta:
            table_name = "duty_log_reopening"

    db.create_tables([DutyRota, InspectionCategory, Inspection, DutyLog, WindowCheck, DutyLogReopening])
    InspectionCategory.insert_many(
        [
            dict(code=c, name=n, name_en=e, counts=k, positive=p, off_post=o, key=key, sort_order=(i + 1) * 10)
            for i, (c, n, e, k, p, o, key) in enumerate(CATEGORIES)
        ]
    ).execute()
