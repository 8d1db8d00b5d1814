import datetime as dt

import pytest

from app import auth
from app.errors import AuthError, PermissionDenied, ValidationError
from db.models import AuditEntry, User


def test_first_admin_only_once(store):
    assert auth.needs_setup()
    s = auth.create_first_admin("chief", "long-enough-1", "主任")
    assert s.role == "admin" and s.can(auth.Permission.ADMIN)
    assert not auth.needs_setup()
    with pytest.raises(PermissionDenied):
        auth.create_first_admin("other", "long-enough-2")


def test_password_rules(store):
    with pytest.raises(ValidationError) as e:
        auth.create_first_admin("chief", "short")
    assert e.value.for_field("password")
    with pytest.raises(ValidationError):
        auth.create_first_admin("chief", "CHIEF")


def test_password_is_hashed_with_argon2id(store):
    auth.create_first_admin("chief", "long-enough-1")
    stored = User.get(User.username == "chief").password_hash
    assert stored.startswith("$argon2id$") and "long-enough-1" not in stored


def test_login_and_lockout_after_five_failures(store):
    auth.create_first_admin("chief", "long-enough-1")
    now = dt.datetime(2026, 11, 27, 8, 0)
    for _ in range(4):
        with pytest.raises(AuthError, match="Wrong user name or password"):
            auth.login("chief", "nope", now=now)
    with pytest.raises(AuthError, match="locked until"):
        auth.login("chief", "nope", now=now)
    # Even the right password is refused while locked ...
    with pytest.raises(AuthError, match="locked until"):
        auth.login("chief", "long-enough-1", now=now + dt.timedelta(minutes=4))
    # ... and accepted five minutes later.
    s = auth.login("chief", "long-enough-1", now=now + dt.timedelta(minutes=5, seconds=1))
    assert s.username == "chief"
    assert User.get(User.username == "chief").failed_attempts == 0
    actions = [a.action for a in AuditEntry.select().order_by(AuditEntry.id)]
    assert actions.count("login_failed") == 4 and "lock" in actions and actions[-1] == "login"


def test_unknown_user_gets_the_same_message(store):
    auth.create_first_admin("chief", "long-enough-1")
    with pytest.raises(AuthError, match="Wrong user name or password"):
        auth.login("nobody", "whatever1")


def test_role_matrix_matches_spec(sessions):
    P = auth.Permission
    expect = {
        "officer": {P.READ, P.RECORD},
        "leader": {P.READ, P.RECORD, P.APPROVE},
        "manager": {P.READ, P.READ_CONTACT, P.ROSTER, P.RECORD, P.APPROVE, P.SANCTIONS},
        "admin": {P.READ, P.READ_CONTACT, P.ROSTER, P.ADMIN},
    }
    for role, perms in expect.items():
        assert sessions[role].permissions == frozenset(str(p) for p in perms), role


def test_only_admin_adds_users(sessions):
    with pytest.raises(PermissionDenied):
        auth.add_user(sessions["manager"], "x1", "officer", "long-enough-1")
    u = auth.add_user(sessions["admin"], "x1", "officer", "long-enough-1", "小王")
    assert u.role == "officer"
    with pytest.raises(ValidationError, match="taken"):
        auth.add_user(sessions["admin"], "x1", "officer", "long-enough-1")


def test_admin_changes_matrix(sessions):
    admin = sessions["admin"]
    matrix = {p: set(r) for p, r in auth.permission_matrix().items()}
    matrix[auth.Permission.APPROVE].add(auth.Role.OFFICER)
    matrix[auth.Permission.ADMIN] = set()
    auth.set_permission_matrix(admin, matrix)
    assert "approve" in auth.permissions_for("officer")
    assert "admin" in auth.permissions_for("admin")  # never locked out
    with pytest.raises(PermissionDenied):
        auth.set_permission_matrix(sessions["officer"], matrix)


def test_last_admin_cannot_be_demoted_or_disabled(sessions):
    admin = sessions["admin"]
    with pytest.raises(ValidationError):
        auth.set_role(admin, admin.user_id, "officer")
    with pytest.raises(ValidationError):
        auth.disable_user(admin, sessions["officer"].user_id, "")
    auth.disable_user(admin, sessions["officer"].user_id, "moved away")
    with pytest.raises(AuthError, match="disabled"):
        auth.login("officer1", "correct-horse-7")


def test_verify_password_for_unlock(sessions):
    officer = sessions["officer"]
    assert auth.verify_password(officer, "correct-horse-7").username == "officer1"
    with pytest.raises(AuthError, match="^Wrong password"):
        auth.verify_password(officer, "wrong-one")
