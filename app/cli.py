"""The ``halldesk`` command line. Nothing here imports Qt.

Commands that change data act as a user (``--user`` or HALLDESK_USER, the
password from HALLDESK_PASSWORD or a prompt) under the same role matrix as the
window; commands that only read and print need no user. Errors go to stderr
with exit status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from peewee import PeeweeException

from app import auth, i18n
from app.errors import HallDeskError, ValidationError, engine_error
from app.i18n import translate
from app.store import open_store
from db.connection import StoreError

EXIT_ERROR = 2


class CliError(HallDeskError):
    """A problem with how the command was called."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="halldesk",
        description=translate(
            "CLI", "HallDesk: the staff, attendance, leave and duty log of a service hall's windows."
        ),
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        help=translate("CLI", "database file or URL (default: HALLDESK_DB, settings, data folder)"),
    )
    common.add_argument("--lang", metavar="LANG", help=translate("CLI", "language: zh_CN or en"))
    common.add_argument(
        "--user", metavar="NAME", help=translate("CLI", "act as this user (or HALLDESK_USER)")
    )
    parser.add_argument("--db", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--lang", metavar="LANG", help=argparse.SUPPRESS)
    parser.add_argument("--user", metavar="NAME", help=argparse.SUPPRESS)
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=translate("CLI", "start the main window with its data, then exit (a self-test)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "init", parents=[common], help=translate("CLI", "create the administrator on a new database")
    )
    p.add_argument(
        "--admin", required=True, metavar="NAME", help=translate("CLI", "the administrator's user name")
    )
    p.add_argument("--name", default="", help=translate("CLI", "the administrator's full name"))
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser(
        "demo", parents=[common], help=translate("CLI", "fill a new, empty database with a demo hall")
    )
    p.add_argument("--staff", type=int, default=60, help=translate("CLI", "number of staff (default 60)"))
    p.add_argument("--years", type=int, default=1, help=translate("CLI", "years of history (default 1)"))
    p.add_argument("--seed", type=int, default=1, help=translate("CLI", "random seed (default 1)"))
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser(
        "migrate", parents=[common], help=translate("CLI", "bring the database schema up to date")
    )
    p.set_defaults(handler=cmd_migrate)

    roster = sub.add_parser("roster", help=translate("CLI", "import or export the staff roster"))
    rsub = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    p = rsub.add_parser("import", parents=[common], help=translate("CLI", "import staff from .xlsx or .csv"))
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_roster_import)
    p = rsub.add_parser(
        "export", parents=[common], help=translate("CLI", "export the roster to .xlsx or .csv")
    )
    p.add_argument("file", type=Path)
    p.add_argument("--all", action="store_true", help=translate("CLI", "include staff who have left"))
    p.set_defaults(handler=cmd_roster_export)

    punches = sub.add_parser("punches", help=translate("CLI", "import clock-in terminal punches"))
    psub = punches.add_subparsers(dest="punches_command", metavar="ACTION", required=True)
    p = psub.add_parser(
        "import",
        parents=[common],
        help=translate("CLI", "import punches from .csv, .xlsx or a ZKTeco attlog.dat"),
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--format",
        choices=["csv", "xlsx", "zk"],
        help=translate("CLI", "the file's format (default: detected)"),
    )
    p.set_defaults(handler=cmd_punches_import)

    att = sub.add_parser(
        "attendance", parents=[common], help=translate("CLI", "a day's attendance, or the monthly sheet")
    )
    att.add_argument("--date", metavar="YYYY-MM-DD", help=translate("CLI", "the day (default: today)"))
    att.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    att.set_defaults(handler=cmd_attendance)
    asub = att.add_subparsers(dest="attendance_command", metavar="ACTION")
    p = asub.add_parser(
        "month", parents=[common], help=translate("CLI", "write the monthly attendance sheet (.xlsx)")
    )
    p.add_argument("month", metavar="YYYY-MM")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    p.set_defaults(handler=cmd_attendance_month)

    lv = sub.add_parser("leave", help=translate("CLI", "leave slips and temporary outings"))
    lsub = lv.add_subparsers(dest="leave_command", metavar="ACTION", required=True)
    p = lsub.add_parser(
        "import",
        parents=[common],
        help=translate("CLI", "import existing slips from the old Excel records (.xlsx or .csv)"),
    )
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_leave_import)
    p = lsub.add_parser(
        "list", parents=[common], help=translate("CLI", "list slips (those covering a day with --date)")
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help=translate("CLI", "only slips that cover this day"))
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(handler=cmd_leave_list)
    p = lsub.add_parser("print", parents=[common], help=translate("CLI", "print a slip as a one-page A4 PDF"))
    p.add_argument("slip_id", type=int, metavar="ID")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_leave_print)

    p = sub.add_parser(
        "register", parents=[common], help=translate("CLI", "print the daily duty register (PDF)")
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help=translate("CLI", "the day (default: today)"))
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    _document_language(p)
    p.set_defaults(handler=cmd_register)

    duty = sub.add_parser("duty", help=translate("CLI", "the duty rota and the Friday duty report"))
    dsub = duty.add_subparsers(dest="duty_command", metavar="ACTION", required=True)
    p = dsub.add_parser("rota", parents=[common], help=translate("CLI", "the month's duty rota"))
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(handler=cmd_duty_rota)
    p = dsub.add_parser(
        "friday", parents=[common], help=translate("CLI", "the week's hall duty attendance report (PDF)")
    )
    p.add_argument("--week", required=True, metavar="YYYY-Www")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    _document_language(p)
    p.set_defaults(handler=cmd_duty_friday)

    cal = sub.add_parser("calendar", help=translate("CLI", "the holiday calendar"))
    csub = cal.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    p = csub.add_parser(
        "import",
        parents=[common],
        help=translate("CLI", "enter public holidays and make-up workdays from a .csv of date, kind, name"),
    )
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_calendar_import)

    user = sub.add_parser("user", help=translate("CLI", "manage user accounts"))
    usub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = usub.add_parser(
        "add",
        parents=[common],
        help=translate("CLI", "add a user (password from a prompt or HALLDESK_NEW_PASSWORD)"),
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=[str(r) for r in auth.Role])
    p.add_argument("--display-name", default="", help=translate("CLI", "the user's full name"))
    p.set_defaults(handler=cmd_user_add)
    p = usub.add_parser("list", parents=[common], help=translate("CLI", "list user accounts"))
    p.set_defaults(handler=cmd_user_list)

    from app import cli_sanctions, cli_store

    cli_sanctions.add_commands(sub, common)
    cli_store.add_commands(sub, common)
    return parser


def _password(env: str, prompt: str, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(
            translate("CLI", "No password given: set {env} or run the command in a terminal.").format(env=env)
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("CLI", "Repeat the password: ")) != first:
        raise CliError(translate("CLI", "The two passwords differ."))
    return first


def acting_session(args: argparse.Namespace) -> auth.Session:
    """Log in as ``--user`` / HALLDESK_USER for a command that changes data."""
    name = getattr(args, "user", None) or os.environ.get("HALLDESK_USER")
    if not name:
        raise CliError(
            translate("CLI", "This command changes data: say who you are with --user NAME or HALLDESK_USER.")
        )
    password = _password("HALLDESK_PASSWORD", translate("CLI", "Password for {user}: ").format(user=name))
    return auth.login(name, password)


def cmd_init(args: argparse.Namespace) -> int:
    open_store(args.db)
    password = _password(
        "HALLDESK_ADMIN_PASSWORD", translate("CLI", "Password for the administrator: "), confirm=True
    )
    session = auth.create_first_admin(args.admin, password, args.name)
    print(translate("CLI", "Administrator {user} created.").format(user=session.username))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app import demo

    open_store(args.db)
    if args.staff < 5 or args.staff > 5000:
        raise ValidationError(translate("CLI", "--staff must be between 5 and 5000."), field="--staff")
    if args.years < 1 or args.years > 10:
        raise ValidationError(translate("CLI", "--years must be between 1 and 10."), field="--years")
    report = demo.fill_demo(staff=args.staff, years=args.years, seed=args.seed)
    print(report.summary())
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    opened = open_store(args.db)
    if opened.migrated:
        print(translate("CLI", "Applied: {names}").format(names=i18n.join(opened.migrated)))
    else:
        print(translate("CLI", "The database is up to date."))
    return 0


def _run_import(args: argparse.Namespace, importer: Callable) -> int:
    """Every import command: open the store, log in, import ``args.file``, print the report."""
    open_store(args.db)
    session = acting_session(args)
    print(importer(session, args.file).summary())
    return 0


def cmd_roster_import(args: argparse.Namespace) -> int:
    from app import roster_io

    return _run_import(args, roster_io.import_roster)


def cmd_roster_export(args: argparse.Namespace) -> int:
    from app import roster_io

    open_store(args.db)
    name = getattr(args, "user", None) or os.environ.get("HALLDESK_USER")
    session = acting_session(args) if name else None  # without a user, mobiles are masked
    count = roster_io.export_roster(session, args.file, include_left=args.all)
    print(translate("CLI", "{n} staff written to {file}.").format(n=count, file=args.file))
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    open_store(args.db)
    session = acting_session(args)
    password = _password(
        "HALLDESK_NEW_PASSWORD",
        translate("CLI", "Password for {user}: ").format(user=args.name),
        confirm=True,
    )
    user = auth.add_user(session, args.name, args.role, password, args.display_name)
    print(
        translate("CLI", "User {user} ({role}) added.").format(
            user=user.username, role=auth.role_label(user.role)
        )
    )
    return 0


def _day(text: str | None, option: str = "--date") -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            translate("CLI", "'{value}' is not a date: write YYYY-MM-DD.").format(value=text), field=option
        ) from None


def cmd_punches_import(args: argparse.Namespace) -> int:
    from app import punches

    return _run_import(args, lambda session, path: punches.import_punches(session, path, fmt=args.format))


def cmd_attendance(args: argparse.Namespace) -> int:
    from app import attendance, calendar

    open_store(args.db)
    day = _day(args.date)
    for year in calendar.missing_years(day, day):
        print(calendar.missing_year_warning(year), file=sys.stderr)
    rows = attendance.day_sessions(day)
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print(translate("CLI", "No sessions on {day}: not a workday, or nobody employed.").format(day=day))
    for r in rows:
        print(
            "\t".join(
                [
                    r.staff_no,
                    r.name,
                    r.session,
                    r.clock_in or "--:--",
                    r.clock_out or "--:--",
                    attendance.status_label(r.status),
                    attendance.explain(r.explanation),
                ]
            )
        )
    return 0


def cmd_attendance_month(args: argparse.Namespace) -> int:
    from app import monthly

    open_store(args.db)
    try:
        year, month = (int(x) for x in args.month.split("-"))
        dt.date(year, month, 1)
    except ValueError:
        raise ValidationError(
            translate("CLI", "'{value}' is not a month: write YYYY-MM.").format(value=args.month),
            field="month",
        ) from None
    count = monthly.write_month_sheet(year, month, args.output)
    print(
        translate("CLI", "Monthly sheet for {n} staff written to {file}.").format(n=count, file=args.output)
    )
    return 0


def cmd_leave_import(args: argparse.Namespace) -> int:
    from app import leave_io

    return _run_import(args, leave_io.import_slips)


def cmd_leave_list(args: argparse.Namespace) -> int:
    from app import leave

    open_store(args.db)
    rows = leave.list_slips(on=_day(args.date) if args.date else None)
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        start = f"{r.start_day} {r.out_time or r.start_session}"
        end = f"{r.end_day} {r.back_time or r.end_session}"
        print(
            "\t".join(
                [
                    str(r.id),
                    r.staff_no,
                    r.name,
                    r.kind,
                    start,
                    end,
                    r.substitute,
                    leave.status_label(r.status),
                ]
            )
        )
    return 0


def cmd_leave_print(args: argparse.Namespace) -> int:
    from app import leave_slip_pdf

    open_store(args.db)
    leave_slip_pdf.write_slip_pdf(args.slip_id, args.output)
    print(translate("CLI", "Slip {id} written to {file}.").format(id=args.slip_id, file=args.output))
    return 0


def _month(text: str) -> tuple[int, int]:
    try:
        year, month = (int(x) for x in text.split("-"))
        dt.date(year, month, 1)
    except ValueError:
        raise ValidationError(
            translate("CLI", "'{value}' is not a month: write YYYY-MM.").format(value=text), field="month"
        ) from None
    return year, month


def _week(text: str) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of an ISO week written 2026-W48."""
    from app.sanction_rules import week_period

    week = week_period(text)
    return week.start, week.end


def _document_language(p: argparse.ArgumentParser) -> None:
    """--language: the printed document's own language (--lang is the command line's)."""
    p.add_argument(
        "--language",
        choices=["zh_CN", "en"],
        help=translate("CLI", "language of the document: zh_CN or en (default: the hall's setting)"),
    )


def cmd_register(args: argparse.Namespace) -> int:
    from app import register_pdf

    open_store(args.db)
    day = _day(args.date)
    pages = register_pdf.write_register(day, args.output, args.language)
    print(
        translate("CLI", "Duty register of {day} ({n} pages) written to {file}.").format(
            day=day, n=pages, file=args.output
        )
    )
    return 0


def cmd_duty_rota(args: argparse.Namespace) -> int:
    from app import duty_rota

    open_store(args.db)
    year, month = _month(args.month)
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    rows = duty_rota.rota(first, last)
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        print("\t".join([r.day.isoformat(), r.unit or "—", r.officers_text(), r.leader or "—"]))
    return 0


def cmd_duty_friday(args: argparse.Namespace) -> int:
    from app import register_pdf

    open_store(args.db)
    monday, sunday = _week(args.week)
    register_pdf.write_friday_report(monday, args.output, args.language)
    print(
        translate("CLI", "Duty report of the week {first} to {last} written to {file}.").format(
            first=monday, last=sunday, file=args.output
        )
    )
    return 0


def cmd_calendar_import(args: argparse.Namespace) -> int:
    from app import calendar

    return _run_import(args, calendar.import_csv)


def cmd_user_list(args: argparse.Namespace) -> int:
    open_store(args.db)
    for u in auth.list_users():
        state = translate("CLI", "disabled") if u.disabled_at else ""
        print(f"{u.username}\t{auth.role_label(u.role)}\t{u.display_name}\t{state}".rstrip())
    return 0


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; user-facing errors go to stderr with exit status 2."""
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except ValidationError as err:
        print(translate("CLI", "Error:"), file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_ERROR
    except HallDeskError as err:
        print(f"{translate('CLI', 'Error:')} {err}", file=sys.stderr)
        return EXIT_ERROR
    except (PeeweeException, sqlite3.Error, StoreError) as err:
        # A full disk, a lock, a vanished file met while working: the transaction
        # was rolled back, so say what happened. Anything else is a bug: a traceback.
        problem = engine_error(err)
        if problem is None:
            raise
        print(f"{translate('CLI', 'Error:')} {problem}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly.
        sys.stderr.close()
        return 0


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line; the language is chosen first so that --help is translated."""
    argv = list(sys.argv[1:] if argv is None else argv)
    from app import config

    lang = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    i18n.set_language(lang or os.environ.get("HALLDESK_LANG") or config.load().get("language"))
    if not _names_a_command(argv):
        # Opening the window: the options alone, without building every subcommand.
        return _window_parser().parse_args(argv)
    return build_parser().parse_args(argv)


COMMANDS = (
    "init",
    "demo",
    "migrate",
    "roster",
    "user",
    "punches",
    "attendance",
    "calendar",
    "leave",
    "register",
    "duty",
    "sanctions",
    "notice",
    "verify",
    "eligibility",
    "certificate",
    "weekly",
    "backup",
    "restore",
)
_VALUE_OPTIONS = ("--db", "--lang", "--user")


def _names_a_command(argv: list[str]) -> bool:
    """True when ``argv`` asks for a subcommand or for help (which lists them)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-h", "--help"):
            return True
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return True  # a command, or a typo argparse should report
    return False


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="halldesk", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--lang")
    parser.add_argument("--user")
    parser.add_argument("--smoke", action="store_true")
    parser.set_defaults(command=None)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for the Qt-free commands (``python -m app``)."""
    args = parse(argv)
    if not getattr(args, "command", None):
        build_parser().print_help()
        return 0
    return run(args)
