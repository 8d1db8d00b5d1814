"""Sanctions: the rules (data the administrator edits), the ledger of commendations,
awards and penalties, the hall's signing key, and numbered notices.

Frozen models as of this migration; the default rules of R8 are seeded.
"""

import datetime
import json

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


CLAUSE = (
    "上班期间工作纪律以带班领导日常巡查记录和局领导定期不定期督查情况为准，一周累计迟到、早退或脱岗"
    "超过二次（含二次）以上的，将给予通报批评，二次以上的，取消年终一切评先评优资格。"
)
FLAGS = ["LATE", "EARLY", "OFF_POST", "ABSENT"]
# code, Chinese name, English name, threshold, consequence
RULES = [
    ("r8_criticism", "一周累计迟到、早退、脱岗、旷工二次（含）以上", "2 or more in one week", 2, "CRITICISM"),
    ("r8_ineligible", "一周累计迟到、早退、脱岗、旷工三次（含）以上", "3 or more in one week", 3, "INELIGIBLE"),
]


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        class Meta:
            table_name = "staff"

    class SanctionRule(Base):
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


    class Sanction(Base):
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


    class SigningKey(Base):
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


    class Notice(Base):
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

    db.create_tables([SanctionRule, Sanction, SigningKey, Notice])
    SanctionRule.insert_many(
        [
            dict(
                code=code,
                name=name,
                name_en=en,
                window="week",
                flags=json.dumps(FLAGS),
                categories=None,
                sanction_kinds="[]",
                threshold=threshold,
                kind=kind,
                clause=CLAUSE,
                sort_order=(i + 1) * 10,
            )
            for i, (code, name, en, threshold, kind) in enumerate(RULES)
        ]
    ).execute()
