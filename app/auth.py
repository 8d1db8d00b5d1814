"""Accounts, roles and the permission matrix, enforced here rather than in the window.

Passwords are hashed with argon2id. Five wrong passwords in a row lock the
account for five minutes. There is no default password anywhere: the first
start asks for the administrator's account.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from app import audit, records
from app.errors import AuthError, NotFound, PermissionDenied, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from db.connection import database, writes_refused
from db.models import User, utcnow

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = dt.timedelta(minutes=5)
MIN_PASSWORD_LENGTH = 8


class Role(StrEnum):
    OFFICER = "officer"
    LEADER = "leader"
    MANAGER = "manager"
    ADMIN = "admin"


ROLE_VALUES = frozenset(r.value for r in Role)

ROLE_LABELS = {
    Role.OFFICER: QT_TRANSLATE_NOOP("Roles", "duty officer"),
    Role.LEADER: QT_TRANSLATE_NOOP("Roles", "duty leader"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "administrator"),
}


def role_label(role: str) -> str:
    return translate("Roles", ROLE_LABELS[Role(role)]) if role in ROLE_VALUES else role


class Permission(StrEnum):
    READ = "read"
    READ_CONTACT = "read_contact"
    ROSTER = "roster"
    RECORD = "record"
    APPROVE = "approve"
    SANCTIONS = "sanctions"
    ADMIN = "admin"


PERMISSION_LABELS = {
    Permission.READ: QT_TRANSLATE_NOOP("Permissions", "read everything except personal contact data"),
    Permission.READ_CONTACT: QT_TRANSLATE_NOOP("Permissions", "read personal contact data"),
    Permission.ROSTER: QT_TRANSLATE_NOOP("Permissions", "roster, units, windows"),
    Permission.RECORD: QT_TRANSLATE_NOOP(
        "Permissions", "record or correct attendance, duty log, inspections"
    ),
    Permission.APPROVE: QT_TRANSLATE_NOOP(
        "Permissions", "approve leave, outings, punch corrections; sign the register"
    ),
    Permission.SANCTIONS: QT_TRANSLATE_NOOP("Permissions", "confirm or revoke sanctions, issue notices"),
    Permission.ADMIN: QT_TRANSLATE_NOOP(
        "Permissions", "users, settings, calendar, rules, certificate, restore"
    ),
}

# SPEC.md "Who may do what"; the administrator can change it (setting "permissions").
DEFAULT_MATRIX: dict[Permission, frozenset[Role]] = {
    Permission.READ: frozenset(Role),
    Permission.READ_CONTACT: frozenset({Role.MANAGER, Role.ADMIN}),
    Permission.ROSTER: frozenset({Role.MANAGER, Role.ADMIN}),
    Permission.RECORD: frozenset({Role.OFFICER, Role.LEADER, Role.MANAGER}),
    Permission.APPROVE: frozenset({Role.LEADER, Role.MANAGER}),
    Permission.SANCTIONS: frozenset({Role.MANAGER}),
    Permission.ADMIN: frozenset({Role.ADMIN}),
}
MATRIX_KEY = "permissions"


@dataclass(frozen=True)
class Session:
    """Who is acting. Every service that writes takes one and checks it."""

    username: str
    role: str
    user_id: int | None = None
    display_name: str = ""
    permissions: frozenset[str] = field(default_factory=frozenset)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    @classmethod
    def system(cls, name: str = "system") -> Session:
        """The program itself (migrations, demo data): may do everything."""
        return cls(username=name, role=Role.ADMIN, permissions=frozenset(Permission))

    @property
    def label(self) -> str:
        return self.display_name or self.username


def require(session: Session, permission: Permission) -> None:
    """Raise PermissionDenied unless ``session`` holds ``permission``."""
    if not session.can(permission):
        raise PermissionDenied(
            translate("Auth", "Your role ({role}) may not do this: {what}.").format(
                role=role_label(session.role),
                what=translate("Permissions", PERMISSION_LABELS[permission]),
            )
        )


def permission_matrix() -> dict[Permission, frozenset[Role]]:
    """The matrix in force: defaults overlaid with the administrator's changes."""
    matrix = dict(DEFAULT_MATRIX)
    stored = records.read_setting(MATRIX_KEY)
    if stored:
        for perm, roles in stored.items():
            if perm in {p.value for p in Permission}:
                matrix[Permission(perm)] = frozenset(Role(r) for r in roles if r in ROLE_VALUES)
    # The administrator can never lock themselves out of administration.
    matrix[Permission.ADMIN] = matrix[Permission.ADMIN] | {Role.ADMIN}
    return matrix


def set_permission_matrix(session: Session, matrix: dict[Permission, set[Role]]) -> None:
    """Store the administrator's matrix (takes effect at each user's next login)."""
    require(session, Permission.ADMIN)
    value = {str(p): sorted(str(r) for r in roles) for p, roles in matrix.items()}
    with database.atomic():
        records.write_setting(session.username, MATRIX_KEY, value)


def permissions_for(role: str) -> frozenset[str]:
    matrix = permission_matrix()
    return frozenset(str(p) for p, roles in matrix.items() if role in roles)


@cache
def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id, library defaults


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def _check(hash_: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return _hasher().verify(hash_, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def validate_password(password: str, username: str = "", field_name: str = "password") -> None:
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(
            translate("Auth", "The password needs at least {n} characters.").format(n=MIN_PASSWORD_LENGTH)
        )
    elif username and password.strip().lower() == username.strip().lower():
        problems.append(translate("Auth", "The password may not be the user name."))
    if problems:
        raise ValidationError(problems[0], field=field_name)


def _validate_username(username: str) -> str:
    name = username.strip()
    if not name:
        raise ValidationError(translate("Auth", "A user name is required."), field="username")
    if len(name) > 50 or any(c.isspace() for c in name):
        raise ValidationError(
            translate("Auth", "A user name has at most 50 characters and no spaces."),
            field="username",
        )
    if User.select().where(User.username == name).exists():
        raise ValidationError(
            translate("Auth", "The user name '{name}' is taken.").format(name=name),
            field="username",
        )
    return name


def _validate_role(role: str) -> Role:
    if role not in ROLE_VALUES:
        raise ValidationError(
            translate("Auth", "Unknown role '{role}'. Roles: {roles}.").format(
                role=role, roles=", ".join(Role)
            ),
            field="role",
        )
    return Role(role)


def needs_setup() -> bool:
    """True until the first administrator's account exists."""
    return not User.select().exists()


def _session_for(user: User) -> Session:
    return Session(
        username=user.username,
        role=user.role,
        user_id=user.id,
        display_name=user.display_name,
        permissions=permissions_for(user.role),
    )


def create_first_admin(username: str, password: str, display_name: str = "") -> Session:
    """Create the administrator on a new database and log them in."""
    validate_password(password, username)
    with database.atomic():
        if not needs_setup():
            raise PermissionDenied(translate("Auth", "This database already has accounts; log in instead."))
        name = _validate_username(username)
        user = User.create(
            username=name,
            display_name=display_name.strip()[:50],
            role=Role.ADMIN,
            password_hash=hash_password(password),
        )
        audit.record(name, "create", "app_user", user.id, None, audit.snapshot(user))
    return _session_for(user)


def add_user(session: Session, username: str, role: str, password: str, display_name: str = "") -> User:
    """Add an account (administrator only)."""
    require(session, Permission.ADMIN)
    role_ = _validate_role(role)
    validate_password(password, username)
    with database.atomic():
        name = _validate_username(username)
        user = User.create(
            username=name,
            display_name=display_name.strip()[:50],
            role=role_,
            password_hash=hash_password(password),
        )
        audit.record(session.username, "create", "app_user", user.id, None, audit.snapshot(user))
    return user


def _get_user(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound(translate("Auth", "No such user."))
    return user


def _change(session: Session, user: User, action: str = "update", **changes) -> User:
    before = audit.snapshot(user)
    changes["version"] = User.version + 1
    User.update(**changes).where(User.id == user.id).execute()
    fresh = User.get_by_id(user.id)
    audit.record(session.username, action, "app_user", user.id, before, audit.snapshot(fresh))
    return fresh


def set_role(session: Session, user_id: int, role: str) -> User:
    require(session, Permission.ADMIN)
    role_ = _validate_role(role)
    with database.atomic():
        user = _get_user(user_id)
        if user.role == Role.ADMIN and role_ != Role.ADMIN and _active_admins() <= 1:
            raise ValidationError(
                translate("Auth", "HallDesk needs at least one administrator."), field="role"
            )
        return _change(session, user, role=role_)


def _active_admins() -> int:
    return User.select().where((User.role == Role.ADMIN) & User.disabled_at.is_null()).count()


def reset_password(session: Session, user_id: int, new_password: str) -> User:
    """An administrator sets someone's password (and lifts a lockout)."""
    require(session, Permission.ADMIN)
    with database.atomic():
        user = _get_user(user_id)
        validate_password(new_password, user.username)
        return _change(
            session,
            user,
            action="reset_password",
            password_hash=hash_password(new_password),
            failed_attempts=0,
            locked_until=None,
        )


def change_own_password(session: Session, old_password: str, new_password: str) -> None:
    with database.atomic():
        user = _get_user(session.user_id or 0)
        if not _check(user.password_hash, old_password):
            raise ValidationError(translate("Auth", "The current password is wrong."), field="old_password")
        validate_password(new_password, user.username, field_name="new_password")
        _change(session, user, action="change_password", password_hash=hash_password(new_password))


def disable_user(session: Session, user_id: int, reason: str) -> User:
    require(session, Permission.ADMIN)
    if not reason.strip():
        raise ValidationError(translate("Auth", "Give a reason."), field="reason")
    with database.atomic():
        user = _get_user(user_id)
        if user.id == session.user_id:
            raise ValidationError(translate("Auth", "You cannot disable your own account."))
        if user.role == Role.ADMIN and _active_admins() <= 1:
            raise ValidationError(translate("Auth", "HallDesk needs at least one administrator."))
        return _change(session, user, action="disable", disabled_at=utcnow(), disabled_reason=reason.strip())


def enable_user(session: Session, user_id: int) -> User:
    require(session, Permission.ADMIN)
    with database.atomic():
        return _change(session, _get_user(user_id), action="enable", disabled_at=None, disabled_reason="")


def list_users() -> list[User]:
    return list(User.select().order_by(User.username))


def _locked_message(until: dt.datetime) -> str:
    local = until.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M")
    return translate("Auth", "Too many wrong passwords: this account is locked until {time}.").format(
        time=local
    )


def _attempt(user: User | None, password: str, now: dt.datetime, unlocking: bool = False) -> Session:
    """Check a password for a known or unknown user, counting failures."""
    if unlocking:
        wrong = AuthError(translate("Auth", "Wrong password."))
    else:
        wrong = AuthError(translate("Auth", "Wrong user name or password."))
    if user is None:
        _check(_dummy_hash(), password)  # same cost as a real check: no user-name probing
        raise wrong
    if user.disabled_at is not None:
        raise AuthError(translate("Auth", "This account is disabled."))
    if user.locked_until and user.locked_until > now:
        raise AuthError(_locked_message(user.locked_until))
    if writes_refused():
        # A damaged file takes no writes (app.integrity): log in to read, record nothing;
        # without a count there is no lockout until the file is restored.
        if _check(user.password_hash, password):
            return _session_for(user)
        raise wrong
    if _check(user.password_hash, password):
        with database.atomic():
            if user.failed_attempts or user.locked_until:
                User.update(failed_attempts=0, locked_until=None).where(User.id == user.id).execute()
            audit.record(user.username, "login", "app_user", user.id)
        return _session_for(user)
    failures = user.failed_attempts + 1
    locked = now + LOCKOUT if failures >= MAX_FAILED_ATTEMPTS else None
    with database.atomic():
        User.update(failed_attempts=0 if locked else failures, locked_until=locked).where(
            User.id == user.id
        ).execute()
        audit.record(user.username, "lock" if locked else "login_failed", "app_user", user.id)
    if locked:
        raise AuthError(_locked_message(locked))
    raise wrong


@cache
def _dummy_hash() -> str:
    return hash_password("not a real password")


def login(username: str, password: str, now: dt.datetime | None = None) -> Session:
    """Log in; raises AuthError with a message fit to show."""
    user = User.get_or_none(User.username == username.strip())
    return _attempt(user, password, now or utcnow())


def verify_password(session: Session, password: str, now: dt.datetime | None = None) -> Session:
    """Unlock an idle-locked window: the same user's password, with the same lockout."""
    return _attempt(User.get_or_none(User.id == session.user_id), password, now or utcnow(), unlocking=True)


def user_labels(usernames: Iterable[str]) -> dict[str, str]:
    """Each user name with the name people know the user by: "王丽娟 (bangong)"."""
    names = sorted(set(usernames))
    if not names:
        return {}
    rows = User.select(User.username, User.display_name).where(User.username.in_(names)).tuples()
    labels = {u: f"{d} ({u})" if d else u for u, d in rows}
    return {n: labels.get(n, n) for n in names}
