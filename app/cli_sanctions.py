"""The sanctions commands of ``halldesk``: evaluate, the ledger, notices, verify, eligibility, certificate.

Kept apart from app/cli.py, which registers them; the same app/ code as
the Sanctions Ledger tab does the work.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from app import auth
from app.i18n import translate
from app.store import open_store

PASSPHRASE_ENV = "HALLDESK_SIGNING_PASSPHRASE"
EXIT_NOT_GENUINE = 1


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    from app.sanction_rules import KINDS

    sanc = sub.add_parser("sanctions", help=translate("CLI", "the sanctions ledger (rule R8)"))
    ssub = sanc.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = ssub.add_parser(
        "evaluate",
        parents=[common],
        help=translate("CLI", "apply the rules to a week and list the proposals"),
    )
    p.add_argument("--week", required=True, metavar="YYYY-Www")
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(handler=cmd_evaluate)
    p = ssub.add_parser("list", parents=[common], help=translate("CLI", "list ledger entries"))
    p.add_argument("--status", action="append", help=translate("CLI", "only this status (repeatable)"))
    p.add_argument("--kind", action="append", choices=KINDS)
    p.add_argument("--staff", metavar="STAFF_NO")
    p.add_argument("--year", type=int)
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(handler=cmd_list)
    p = ssub.add_parser("confirm", parents=[common], help=translate("CLI", "confirm a proposal (manager)"))
    p.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    p.set_defaults(handler=cmd_confirm)
    p = ssub.add_parser("dismiss", parents=[common], help=translate("CLI", "dismiss a proposal (manager)"))
    p.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_dismiss)
    p = ssub.add_parser(
        "revoke",
        parents=[common],
        help=translate("CLI", "revoke an entry in force; an issued one gets a notice"),
    )
    p.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    p.add_argument("--reason", required=True)
    p.add_argument(
        "-o", "--output", metavar="FILE.pdf", help=translate("CLI", "where to write the revocation")
    )
    p.set_defaults(handler=cmd_revoke)
    p = ssub.add_parser(
        "record", parents=[common], help=translate("CLI", "enter a commendation, award or penalty (manager)")
    )
    p.add_argument("--staff", required=True, metavar="STAFF_NO")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_record)

    notice = sub.add_parser("notice", help=translate("CLI", "numbered, signed notices"))
    nsub = notice.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = nsub.add_parser(
        "issue", parents=[common], help=translate("CLI", "issue the signed notice of a confirmed entry")
    )
    p.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_notice_issue)

    p = sub.add_parser(
        "verify", parents=[common], help=translate("CLI", "check whether a notice PDF is genuine")
    )
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser(
        "eligibility", parents=[common], help=translate("CLI", "the year-end award eligibility list")
    )
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(handler=cmd_eligibility)

    p = sub.add_parser(
        "weekly", parents=[common], help=translate("CLI", "the week's summary for the Monday meeting")
    )
    p.add_argument(
        "--week", metavar="YYYY-Www", help=translate("CLI", "the week (default: the one the meeting reviews)")
    )
    p.add_argument("--year", type=int, help=translate("CLI", "a whole year instead of a week"))
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    out.add_argument(
        "--pdf", metavar="FILE.pdf", help=translate("CLI", "write the Monday brief (周一早会通报)")
    )
    out.add_argument("--xlsx", metavar="FILE.xlsx", help=translate("CLI", "write the summary as a workbook"))
    p.set_defaults(handler=cmd_weekly)

    cert = sub.add_parser("certificate", help=translate("CLI", "the hall's signing certificate"))
    csub = cert.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = csub.add_parser(
        "create", parents=[common], help=translate("CLI", "create a self-signed certificate (administrator)")
    )
    p.set_defaults(handler=cmd_certificate_create)
    p = csub.add_parser(
        "import", parents=[common], help=translate("CLI", "import a PKCS#12 file (.p12/.pfx) (administrator)")
    )
    p.add_argument("file", metavar="FILE.p12")
    p.set_defaults(handler=cmd_certificate_import)
    p = csub.add_parser("show", parents=[common], help=translate("CLI", "show the current certificate"))
    p.set_defaults(handler=cmd_certificate_show)


def _session(args: argparse.Namespace) -> auth.Session:
    from app.cli import acting_session

    return acting_session(args)


def _passphrase(confirm: bool = False) -> str:
    from app.cli import _password

    return _password(
        PASSPHRASE_ENV, translate("CLI", "Passphrase of the signing certificate: "), confirm=confirm
    )


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def cmd_evaluate(args: argparse.Namespace) -> int:
    from app import sanctions
    from app.sanction_rules import kind_label, week_period

    open_store(args.db)
    week = week_period(args.week)
    session = _session(args)
    outcomes = sanctions.evaluate(session, week)
    if args.json:
        _print_json(
            {
                "week": week.label,
                "from": week.start.isoformat(),
                "to": week.end.isoformat(),
                "proposals": [o.as_json() for o in outcomes],
            }
        )
        return 0
    if not outcomes:
        print(translate("CLI", "{week}: no rule is met.").format(week=week.label))
        return 0
    for o in outcomes:
        print(
            f"#{o.entry_id}\t{o.staff_no}\t{o.name}\t{o.unit}\t{kind_label(o.kind)}\t{o.period}\t"
            + translate("CLI", "counted {n}").format(n=o.counted)
            + f"\t{sanctions.status_label(o.status)}\t{sanctions.change_label(o.change)}"
        )
        for item in o.evidence:
            print(f"    {sanctions.describe_item(item)}")
        if o.note:
            print(f"    {o.note}")
    return 0


def _staff_id(staff_no: str) -> int:
    from app.errors import ValidationError
    from db.models import Staff

    person = Staff.get_or_none(Staff.staff_no == staff_no.strip())
    if person is None:
        raise ValidationError(
            translate("CLI", "No staff member has the number {no}.").format(no=staff_no), field="--staff"
        )
    return person.id


def cmd_list(args: argparse.Namespace) -> int:
    from app import sanctions
    from app.errors import ValidationError
    from app.sanction_rules import kind_label

    open_store(args.db)
    bad = [s for s in args.status or [] if s not in sanctions.STATUSES]
    if bad:
        raise ValidationError(
            translate("CLI", "Unknown status {value}: use {choices}.").format(
                value=bad[0], choices=", ".join(sanctions.STATUSES)
            ),
            field="--status",
        )
    entries = sanctions.list_entries(
        statuses=args.status,
        kinds=args.kind,
        staff_id=_staff_id(args.staff) if args.staff else None,
        start=dt.date(args.year, 1, 1) if args.year else None,
        end=dt.date(args.year, 12, 31) if args.year else None,
    )
    if args.json:
        _print_json([e.as_json() for e in entries])
        return 0
    for e in entries:
        print(
            f"#{e.id}\t{e.day.isoformat()}\t{e.staff_no}\t{e.name}\t{e.unit}\t{kind_label(e.kind)}\t"
            f"{sanctions.status_label(e.status)}\t{e.notice_no}\t{e.rule_name or e.reason}".rstrip()
        )
    return 0


def cmd_confirm(args: argparse.Namespace) -> int:
    from app import sanctions
    from app.sanction_rules import kind_label

    open_store(args.db)
    e = sanctions.confirm(_session(args), args.entry_id)
    print(
        translate("CLI", "Entry #{id} confirmed: {kind} for {name}.").format(
            id=e.id, kind=kind_label(e.kind), name=e.name
        )
    )
    return 0


def cmd_dismiss(args: argparse.Namespace) -> int:
    from app import sanctions

    open_store(args.db)
    e = sanctions.dismiss(_session(args), args.entry_id, args.reason)
    print(translate("CLI", "Entry #{id} dismissed.").format(id=e.id))
    return 0


def cmd_record(args: argparse.Namespace) -> int:
    from app import sanctions
    from app.cli import _day
    from app.sanction_rules import kind_label

    open_store(args.db)
    session = _session(args)
    e = sanctions.record_entry(session, _staff_id(args.staff), args.kind, _day(args.date), args.reason)
    print(
        translate("CLI", "Entry #{id} recorded and confirmed: {kind} for {name}.").format(
            id=e.id, kind=kind_label(e.kind), name=e.name
        )
    )
    return 0


def _unlock(session: auth.Session):
    from app import certificate

    return certificate.unlock(session, _passphrase())


def cmd_notice_issue(args: argparse.Namespace) -> int:
    from app import notices

    open_store(args.db)
    session = _session(args)
    issued = notices.issue(session, args.entry_id, _unlock(session))
    path = issued.write(args.output)
    print(translate("CLI", "Notice {no} issued and signed: {file}").format(no=issued.notice_no, file=path))
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from app import notices, sanctions
    from app.errors import ValidationError
    from db.models import Sanction

    open_store(args.db)
    session = _session(args)
    row = Sanction.get_or_none(Sanction.id == args.entry_id)
    identity = None
    if row is not None and row.status == sanctions.ISSUED:
        if not args.output:
            raise ValidationError(
                translate(
                    "CLI", "This entry has a notice: say where to write the revocation with -o FILE.pdf."
                ),
                field="-o",
            )
        identity = _unlock(session)
    issued = notices.revoke(session, args.entry_id, args.reason, identity)
    if issued is None:
        print(translate("CLI", "Entry #{id} revoked.").format(id=args.entry_id))
    else:
        path = issued.write(args.output)
        print(
            translate("CLI", "Entry #{id} revoked by notice {no}: {file}").format(
                id=args.entry_id, no=issued.notice_no, file=path
            )
        )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from app import notices

    open_store(args.db)
    verdict = notices.verify_file(args.file)
    if args.json:
        _print_json(verdict.as_json())
    else:
        head = verdict.label
        if verdict.notice_no:
            head += f"  {verdict.notice_no}"
        if verdict.title:
            head += f"  {verdict.title}"
        print(head)
        print(verdict.message)
    return 0 if verdict.status == notices.GENUINE else EXIT_NOT_GENUINE


def cmd_eligibility(args: argparse.Namespace) -> int:
    from app import eligibility

    open_store(args.db)
    rows = eligibility.standings(args.year)
    if args.json:
        _print_json(
            {
                "year": args.year,
                "eligible": sum(r.eligible for r in rows),
                "ineligible": sum(not r.eligible for r in rows),
                "staff": [r.as_json() for r in rows],
            }
        )
        return 0
    for r in rows:
        state = translate("CLI", "eligible") if r.eligible else translate("CLI", "not eligible")
        print(f"{r.staff_no}\t{r.name}\t{r.unit}\t{state}\t{r.reason_text()}".rstrip())
    lost = sum(not r.eligible for r in rows)
    print(
        translate("CLI", "{year}: {n} of {total} staff lost their eligibility.").format(
            year=args.year, n=lost, total=len(rows)
        ),
        file=sys.stderr,
    )
    return 0


def cmd_weekly(args: argparse.Namespace) -> int:
    from app import weekly
    from app.errors import ValidationError
    from app.sanction_rules import week_period

    open_store(args.db)
    if args.week and args.year:
        raise ValidationError(translate("CLI", "Give --week or --year, not both."), field="--week")
    if args.year:
        if not 2000 <= args.year <= 2100:
            raise ValidationError(translate("CLI", "--year must be between 2000 and 2100."), field="--year")
        period = weekly.year_period(args.year)
    else:
        period = week_period(args.week) if args.week else weekly.default_week(dt.date.today())
    summary = weekly.summarise(period)
    if args.json:
        _print_json(summary.as_json())
        return 0
    if args.pdf:
        from app import weekly_brief

        path = weekly_brief.write_brief(summary, args.pdf)
        print(
            translate("CLI", "Monday brief for {period} written to {file}.").format(
                period=period.label, file=path
            )
        )
        return 0
    if args.xlsx:
        from app import weekly_xlsx

        path = weekly_xlsx.export(summary, args.xlsx)
        print(
            translate("CLI", "Summary of {period} written to {file}.").format(period=period.label, file=path)
        )
        return 0
    _print_summary(summary)
    return 0


def _print_summary(summary) -> None:
    from app.sanction_rules import kind_label

    print(f"{summary.period.label}  {summary.period.start.isoformat()} – {summary.period.end.isoformat()}")
    head = [
        translate("CLI", h)
        for h in (
            "unit",
            "staff",
            "sessions",
            "late",
            "early",
            "absent",
            "missing",
            "off post",
            "findings",
            "leave",
            "commendations",
        )
    ]
    print("\t".join(head))
    for u in summary.units:
        print(
            "\t".join(
                str(v)
                for v in (
                    u.unit,
                    u.staff,
                    u.sessions,
                    u.late,
                    u.early,
                    u.absent,
                    u.missing,
                    u.off_post,
                    u.findings,
                    u.leave_sessions,
                    u.commendations,
                )
            )
        )
    for p in summary.proposals:
        state = p.status or translate("CLI", "not in the ledger yet")
        print(
            f"{p.staff_no}\t{p.name}\t{kind_label(p.kind)}\t"
            + translate("CLI", "counted {n}").format(n=p.counted)
            + f"\t{state}"
        )


def _print_key(info) -> None:
    print(
        translate(
            "CLI", "Certificate: {subject}\nFingerprint (SHA-256): {fp}\nValid {start} to {end}"
        ).format(
            subject=info.subject,
            fp=info.fingerprint,
            start=info.not_before.date().isoformat(),
            end=info.not_after.date().isoformat(),
        )
    )


def cmd_certificate_create(args: argparse.Namespace) -> int:
    from app import certificate

    open_store(args.db)
    session = _session(args)
    _print_key(certificate.create_self_signed(session, _passphrase(confirm=True)))
    return 0


def cmd_certificate_import(args: argparse.Namespace) -> int:
    from app import certificate

    open_store(args.db)
    session = _session(args)
    _print_key(certificate.import_pkcs12(session, args.file, _passphrase()))
    return 0


def cmd_certificate_show(args: argparse.Namespace) -> int:
    from app import certificate

    open_store(args.db)
    info = certificate.current()
    if info is None:
        print(translate("CLI", "The hall has no signing certificate yet."))
        return 0
    _print_key(info)
    return 0
