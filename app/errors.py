"""Typed errors with messages in the user's language.

The window shows them beside the field or in a dialog; the CLI prints them to
stderr and exits 2. A traceback is never what a user sees.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import translate
from db.connection import StoreError, engine_problem


class HallDeskError(Exception):
    """Base of every error a user may see; ``str()`` is the translated message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where (field and/or row) and why."""

    message: str
    field: str | None = None
    row: int | None = None

    def __str__(self) -> str:
        from app.fields import field_label

        if self.row is not None and self.field:
            where = translate("Errors", "row {row}, {field}").format(
                row=self.row, field=field_label(self.field)
            )
        elif self.row is not None:
            where = translate("Errors", "row {row}").format(row=self.row)
        elif self.field:
            where = field_label(self.field)
        else:
            return self.message
        return translate("Errors", "{where}: {message}").format(where=where, message=self.message)


class ValidationError(HallDeskError):
    """Input that cannot be saved. Carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | Problem | str, *, field: str | None = None):
        if isinstance(problems, str):
            problems = [Problem(problems, field=field)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def for_field(self, field: str) -> list[str]:
        return [p.message for p in self.problems if p.field == field]


class PermissionDenied(HallDeskError):
    """The acting user's role may not do this."""


class NotFound(HallDeskError):
    """The record asked for does not exist."""


class ConflictError(HallDeskError):
    """Someone else saved the record since it was read (optimistic locking).

    ``changes`` maps each field that differs to (what you read, what is there now).
    """

    def __init__(self, message: str, changes: dict[str, tuple[object, object]] | None = None):
        super().__init__(message)
        self.changes = changes or {}


class AuthError(HallDeskError):
    """Wrong user name or password, or a locked or disabled account."""


class DatabaseError(HallDeskError):
    """The database cannot be used: read-only, locked, damaged, too new, unreachable."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def database_error(err: StoreError) -> DatabaseError:
    """Explain a store problem in the user's language."""
    messages = {
        "bad_url": translate(
            "Errors",
            "The database address '{detail}' is not understood. Use a file path, "
            "sqlite:///path/to/file.db or postgresql://user@host/dbname.",
        ),
        "read_only": translate(
            "Errors",
            "The database file {detail} is read-only, or its folder is. "
            "Nothing was changed. Ask the administrator to make it writable, or "
            "choose another file.",
        ),
        "locked": translate(
            "Errors",
            "The database is locked by another program. Nothing was changed. "
            "Close the other program (or wait for it to finish) and try again.",
        ),
        "damaged": translate(
            "Errors",
            "The database file is damaged or is not a HallDesk database ({detail}). "
            "It was not opened for writing. Restore the newest backup.",
        ),
        "too_new": translate(
            "Errors",
            "This database was written by a newer version of HallDesk: it has database "
            "changes this version does not know ({detail}). Nothing was changed. Install "
            "the newer HallDesk to open it.",
        ),
        "unavailable": translate("Errors", "The database cannot be reached: {detail}. Nothing was changed."),
        "migration_failed": translate(
            "Errors",
            "The database could not be brought up to date: {detail}. The failed step was "
            "undone and a copy of the file was kept.",
        ),
        "full": translate(
            "Errors",
            "The disk is full, so nothing was saved. Free some space and try again.",
        ),
        "io": translate(
            "Errors",
            "The database file cannot be read or written ({detail}). Nothing was saved. "
            "Check that the disk or network share is still there.",
        ),
        "write_refused": translate(
            "Errors",
            "The database file is damaged, so HallDesk writes nothing more to it: this was not "
            "saved. You can still look things up. Ask the administrator to restore the newest "
            "good backup.",
        ),
    }
    template = messages.get(err.kind, messages["unavailable"])
    return DatabaseError(template.format(detail=err.detail), err.kind)


def engine_error(exc: BaseException) -> DatabaseError | None:
    """The user's message for a store problem met while working (disk full, locked, gone, damaged).

    None when ``exc`` is no such problem (a constraint, a missing table: a bug,
    which stays an unexpected error).
    """
    if isinstance(exc, DatabaseError):
        return exc
    problem = engine_problem(exc)
    return database_error(problem) if problem is not None else None


def known_problem(exc: BaseException) -> HallDeskError | None:
    """What to tell the user about ``exc``: its own message, or a store problem's; None for a bug."""
    return exc if isinstance(exc, HallDeskError) else engine_error(exc)
