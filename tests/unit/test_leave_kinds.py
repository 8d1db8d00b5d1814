"""The administrator's list of leave kinds: add, rename, retire and restore, and what each refuses."""

import datetime as dt
import json

import pytest

from app import attendance, leave, leave_kinds, roster
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.leave import SlipInput
from app.roster import StaffInput
from db.models import AuditEntry, LeaveKind

TUE = dt.date(2025, 12, 2)  # a winter workday
NOW = dt.datetime(2025, 11, 28, 9, 0)


@pytest.fixture
def pair(manager):
    """Two trained staff of one unit: a person taking leave and a substitute."""
    unit = roster.add_unit(manager, "社会保险服务中心")
    ids = []
    for no, name in (("1001", "张三"), ("1002", "李四")):
        ids.append(
            roster.add_staff(
                manager,
                StaffInput(
                    staff_no=no,
                    name=name,
                    unit_id=unit.id,
                    hire_date=dt.date(2024, 1, 2),
                    trained_on=dt.date(2024, 1, 20),
                ),
            ).id
        )
    return ids


def kind_of(code: str) -> LeaveKind:
    return LeaveKind.get(LeaveKind.code == code)


def file_slip(sessions, pair, kind_id: int, approve: bool = True):
    person, substitute = pair
    data = SlipInput(
        staff_id=person,
        kind_id=kind_id,
        start_day=TUE,
        end_day=TUE,
        substitute_id=substitute,
        reason="回老家",
    )
    slip, _ = leave.request(sessions["officer"], data, now=NOW)
    if approve:
        leave.decide(sessions["leader"], slip.id, True)
    return slip


def problems(err: pytest.ExceptionInfo) -> dict[str | None, list[str]]:
    out: dict[str | None, list[str]] = {}
    for p in err.value.problems:
        out.setdefault(p.field, []).append(p.message)
    return out


def test_add_a_kind_after_the_others_audited(admin):
    before = [k.code for k in leave.kinds()]
    kind = leave_kinds.save_kind(admin, None, "home_visit", " 探亲假 ", "home visit leave", False)
    assert (kind.code, kind.name, kind.name_en, kind.outing, kind.retired) == (
        "home_visit",
        "探亲假",
        "home visit leave",
        0,
        0,
    )
    assert [k.code for k in leave.kinds()] == [*before, "home_visit"]
    assert kind.sort_order > max(k.sort_order for k in leave.kinds() if k.id != kind.id)
    entry = AuditEntry.get((AuditEntry.table == "leave_kind") & (AuditEntry.row_id == kind.id))
    assert entry.action == "create" and entry.username == admin.username
    assert json.loads(entry.after)["name"] == "探亲假"
    row = leave_kinds.kind_rows(kind.id)[0]
    assert (row.name, row.slips, row.retired) == ("探亲假", 0, False)


def test_rename_with_the_version_and_a_stale_version_is_a_conflict(admin, sessions, pair):
    kind = kind_of("personal")
    slip = file_slip(sessions, pair, kind.id)
    assert "事假" in attendance.explain(
        next(r for r in attendance.day_sessions(TUE) if r.staff_id == pair[0]).explanation
    )
    renamed = leave_kinds.save_kind(
        admin, kind.id, "personal", "私事假", "personal leave", False, kind.version
    )
    assert renamed.name == "私事假" and renamed.version == kind.version + 1
    assert leave.get_slip(slip.id).kind == "私事假"
    # The days its approved slips cover are derived again and name it anew.
    row = next(r for r in attendance.day_sessions(TUE) if r.staff_id == pair[0])
    assert row.status == "LEAVE" and "私事假" in attendance.explain(row.explanation)
    with pytest.raises(ConflictError):
        leave_kinds.save_kind(admin, kind.id, "personal", "事假", "personal leave", False, kind.version)


def test_duplicate_code_and_name_refused_beside_their_fields(admin):
    with pytest.raises(ValidationError) as err:
        leave_kinds.save_kind(admin, None, "sick", "病假", "Sick Leave", False)
    found = problems(err)
    assert found["code"] == ["The kind 病假 has this code already."]
    assert found["name"] == ["Another kind is called 病假."]
    assert found["name_en"] == ["The kind 病假 has this English name already."]
    assert LeaveKind.select().count() == 10


@pytest.mark.parametrize(
    ("code", "name", "name_en", "field", "message"),
    [
        ("", "探亲假", "", "code", "Enter a code, such as home_leave."),
        (
            "Home Leave",
            "探亲假",
            "",
            "code",
            "Use lower-case letters, digits and _ only, such as home_leave.",
        ),
        ("a" * 21, "探亲假", "", "code", "At most 20 characters."),
        ("home", "", "", "name", "Enter the Chinese name, such as 探亲假."),
        ("home", "home leave", "", "name", "Write the name in Chinese: it is printed on the slips."),
        ("home", "探" * 21, "", "name", "At most 20 characters."),
        ("home", "探亲假", "x" * 41, "name_en", "At most 40 characters."),
    ],
)
def test_bad_fields(admin, code, name, name_en, field, message):
    with pytest.raises(ValidationError) as err:
        leave_kinds.save_kind(admin, None, code, name, name_en, False)
    assert problems(err) == {field: [message]}


def test_only_the_administrator_changes_the_list(sessions):
    for role in ("officer", "leader", "manager"):
        with pytest.raises(PermissionDenied):
            leave_kinds.save_kind(sessions[role], None, "home", "探亲假", "", False)
    kind = kind_of("sick")
    with pytest.raises(PermissionDenied):
        leave_kinds.retire_kind(sessions["manager"], kind.id, kind.version)
    with pytest.raises(PermissionDenied):
        leave_kinds.restore_kind(sessions["manager"], kind.id, kind.version)
    assert LeaveKind.select().count() == 10 and not kind_of("sick").retired


def test_retired_kind_is_not_offered_but_old_slips_keep_it(admin, sessions, pair):
    kind = kind_of("marriage")
    slip = file_slip(sessions, pair, kind.id)
    retired = leave_kinds.retire_kind(admin, kind.id, kind.version)
    assert retired.retired == 1
    assert "marriage" not in [k.code for k in leave.kinds()]
    assert "marriage" in [k.code for k in leave.kinds(include_retired=True)]
    rows = leave.list_slips(kind_id=kind.id)
    assert [(r.id, r.kind, r.status) for r in rows] == [(slip.id, "婚假", "approved")]
    assert leave_kinds.kind_rows(kind.id)[0].slips == 1
    entry = AuditEntry.select().where(AuditEntry.table == "leave_kind").order_by(AuditEntry.id.desc()).get()
    assert entry.action == "retire"

    with pytest.raises(ValidationError, match="retired already"):
        leave_kinds.retire_kind(admin, kind.id, retired.version)
    # Its name stays taken: another kind of that name would be ambiguous on the old slips.
    with pytest.raises(ValidationError) as err:
        leave_kinds.save_kind(admin, None, "marriage2", "婚假", "", False)
    assert problems(err)["name"] == ["A retired kind is called 婚假: restore it instead of adding another."]

    restored = leave_kinds.restore_kind(admin, kind.id, retired.version)
    assert restored.retired == 0 and "marriage" in [k.code for k in leave.kinds()]
    with pytest.raises(ValidationError, match="already"):
        leave_kinds.restore_kind(admin, kind.id, restored.version)


def test_the_outing_and_the_last_kind_of_leave_stay(admin):
    outing = kind_of("outing")
    with pytest.raises(ValidationError, match="temporary outing cannot be retired"):
        leave_kinds.retire_kind(admin, outing.id, outing.version)
    with pytest.raises(ValidationError) as err:
        leave_kinds.save_kind(
            admin, outing.id, "outing", "临时外出", "temporary outing", False, outing.version
        )
    assert list(problems(err)) == ["outing"]

    ordinary = [k for k in leave.kinds() if not k.outing]
    for k in ordinary[:-1]:
        leave_kinds.retire_kind(admin, k.id, k.version)
    last = ordinary[-1]
    with pytest.raises(ValidationError, match="At least one kind of leave"):
        leave_kinds.retire_kind(admin, last.id, last.version)
    with pytest.raises(ValidationError) as err:
        leave_kinds.save_kind(admin, last.id, last.code, last.name, last.name_en, True, last.version)
    assert problems(err)["outing"] == ["At least one kind of leave must stay: this is the last."]
    assert not LeaveKind.get_by_id(last.id).retired


def test_outing_switch_refused_once_slips_use_the_kind(admin, sessions, pair):
    kind = kind_of("bereavement")
    file_slip(sessions, pair, kind.id, approve=False)
    with pytest.raises(ValidationError) as err:
        leave_kinds.save_kind(admin, kind.id, "bereavement", "丧假", "bereavement leave", True, kind.version)
    (message,) = problems(err)["outing"]
    assert message.startswith("This kind is on slips already (1): switching between leave and outing")
    assert not LeaveKind.get_by_id(kind.id).outing

    # A kind nobody has used yet may still switch.
    fresh = leave_kinds.save_kind(admin, None, "errand", "外出办事", "errand", False)
    switched = leave_kinds.save_kind(admin, fresh.id, "errand", "外出办事", "errand", True, fresh.version)
    assert switched.outing == 1


def test_codes_the_program_reads_or_slips_use_do_not_change(admin, sessions, pair):
    annual = kind_of("annual")
    with pytest.raises(ValidationError) as err:
        leave_kinds.save_kind(admin, annual.id, "yearly", "年休假", "annual leave", False, annual.version)
    assert problems(err) == {"code": ["HallDesk reads this kind by its code annual: the code cannot change."]}
    sick = kind_of("sick")
    file_slip(sessions, pair, sick.id, approve=False)
    with pytest.raises(ValidationError) as err:
        leave_kinds.save_kind(admin, sick.id, "illness", "病假", "sick leave", False, sick.version)
    assert list(problems(err)) == ["code"]
    new = leave_kinds.save_kind(admin, None, "hme", "探亲假", "", False)
    assert leave_kinds.save_kind(admin, new.id, "home", "探亲假", "", False, new.version).code == "home"


def test_the_messages_are_in_chinese_for_a_chinese_reader(admin):
    from app import i18n

    i18n.set_language("zh_CN")
    with pytest.raises(ValidationError) as err:
        leave_kinds.save_kind(admin, None, "sick", "病假", "", False)
    assert problems(err) == {"code": ["类别“病假”已使用此代码。"], "name": ["已有名为“病假”的类别。"]}


def test_a_retired_kind_is_refused_on_new_slips(admin):
    kind = kind_of("marriage")
    leave_kinds.retire_kind(admin, kind.id, kind.version)
    data = leave.SlipInput(kind_id=kind.id, start_day=TUE, end_day=TUE)
    assert "no longer offered" in " ".join(p.message for p in leave.validate(data).problems)
