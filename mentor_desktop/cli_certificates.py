"""``mentor-cli verify`` and ``mentor-cli certificates issue|batch|list|revoke``: the
certificate work of the window, without one. Messages go through Qt's translation like the
rest of ``mentor-cli``."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from mentor_desktop.domain.certificates import (
    AlreadyRevokedError,
    BatchCancelledError,
    CheckKind,
    ChecksFailedError,
    NothingToCertifyError,
    Verdict,
)
from mentor_desktop.domain.enums import CertificateLanguage
from mentor_desktop.domain.errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    from mentor_desktop.bootstrap import Services
    from mentor_desktop.cli import Cli
    from mentor_desktop.services.certificates import Checklist

EXIT_CHECKS = 5
EXIT_UNKNOWN = 6
EXIT_REVOKED = 7


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    verify = commands.add_parser(
        "verify",
        help=QCoreApplication.translate(
            "CertificateCli",
            "say whether a certificate is genuine, revoked or unknown (exit 0, 7, 6)",
        ),
    )
    verify.add_argument(
        "code",
        metavar="CODE",
        help=QCoreApplication.translate("CertificateCli", "the code or the QR code's text"),
    )
    verify.set_defaults(run=run_verify)

    certificates = commands.add_parser(
        "certificates",
        help=QCoreApplication.translate(
            "CertificateCli", "issue, list and revoke progress certificates"
        ),
    )
    actions = certificates.add_subparsers(dest="action", metavar="ACTION", required=True)
    issue = actions.add_parser(
        "issue",
        help=QCoreApplication.translate(
            "CertificateCli", "check and issue one learner's certificate"
        ),
    )
    issue.add_argument(
        "learner",
        metavar="LEARNER",
        help=QCoreApplication.translate("CertificateCli", "the learner's id or full name"),
    )
    issue.add_argument(
        "--out",
        metavar="FILE",
        required=True,
        help=QCoreApplication.translate("CertificateCli", "the PDF to write"),
    )
    _common(issue)
    issue.set_defaults(run=run_issue)

    batch = actions.add_parser(
        "batch",
        help=QCoreApplication.translate(
            "CertificateCli", "check and issue the certificates of a cohort in one go"
        ),
    )
    batch.add_argument(
        "--ended-from",
        metavar="DATE",
        type=_date,
        help=QCoreApplication.translate(
            "CertificateCli", "placements ending on or after DATE (YYYY-MM-DD)"
        ),
    )
    batch.add_argument(
        "--ended-to",
        metavar="DATE",
        type=_date,
        help=QCoreApplication.translate(
            "CertificateCli", "placements ending on or before DATE (YYYY-MM-DD)"
        ),
    )
    batch.add_argument(
        "--employer",
        metavar="ID",
        type=int,
        help=QCoreApplication.translate("CertificateCli", "only this employer's placements"),
    )
    batch.add_argument(
        "--tutor",
        metavar="ID",
        type=int,
        help=QCoreApplication.translate("CertificateCli", "only this tutor's placements"),
    )
    batch.add_argument(
        "--out",
        metavar="PATH",
        required=True,
        help=QCoreApplication.translate(
            "CertificateCli", "the PDF, or the folder with --file-each"
        ),
    )
    batch.add_argument(
        "--file-each",
        action="store_true",
        help=QCoreApplication.translate(
            "CertificateCli", "one PDF per certificate, named by its number"
        ),
    )
    batch.add_argument(
        "--dry-run",
        action="store_true",
        help=QCoreApplication.translate("CertificateCli", "only show the checks"),
    )
    _common(batch)
    batch.set_defaults(run=run_batch)

    listing = actions.add_parser(
        "list",
        help=QCoreApplication.translate("CertificateCli", "the register of issued certificates"),
    )
    listing.add_argument(
        "--search",
        default="",
        help=QCoreApplication.translate("CertificateCli", "a name or a number"),
    )
    listing.set_defaults(run=run_list)

    revoke = actions.add_parser(
        "revoke",
        help=QCoreApplication.translate(
            "CertificateCli", "revoke a certificate, giving the reason"
        ),
    )
    revoke.add_argument("number", metavar="NUMBER")
    revoke.add_argument("--reason", required=True)
    revoke.set_defaults(run=run_revoke)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        choices=[c.value for c in CertificateLanguage],
        default=CertificateLanguage.DANISH.value,
        help=QCoreApplication.translate(
            "CertificateCli",
            "da, en or da_en (both); the certificate's language, not the messages'",
        ),
    )
    parser.add_argument(
        "--override",
        metavar="CHECK=REASON",
        action="append",
        default=[],
        type=_override,
        help=QCoreApplication.translate(
            "CertificateCli",
            "let a failed check pass, giving the reason; CHECK is one of: {checks}",
        ).format(checks=", ".join(k.value for k in CheckKind)),
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate(
                "CertificateCli", "{value} is not a date of the form YYYY-MM-DD"
            ).format(value=text)
        ) from None


def _override(text: str) -> tuple[CheckKind, str]:
    kind, _, reason = text.partition("=")
    if kind not in {k.value for k in CheckKind} or not reason.strip():
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate(
                "CertificateCli", "{value} is not CHECK=REASON with CHECK one of: {checks}"
            ).format(value=text, checks=", ".join(k.value for k in CheckKind))
        )
    return CheckKind(kind), reason


def _hours(minutes: int) -> str:
    """As the window shows hours: one decimal, in the language's number format."""
    return QLocale().toString(minutes / 60, "f", 1)


def check_text(kind: CheckKind, params: dict[str, object]) -> str:
    if kind == CheckKind.NAME:
        return QCoreApplication.translate("CertificateCli", "Name as it will print: {name}").format(
            **params
        )
    if kind == CheckKind.MIN_HOURS:
        minutes = int(params["minutes"])  # type: ignore[call-overload]
        required = int(params["required"])  # type: ignore[call-overload]
        return QCoreApplication.translate(
            "CertificateCli", "Hours: {hours} of at least {required}"
        ).format(hours=_hours(minutes), required=_hours(required))
    if kind == CheckKind.SIGNED_FEEDBACK:
        return QCoreApplication.translate(
            "CertificateCli", "Signed employer feedback: {count}"
        ).format(**params)
    return QCoreApplication.translate(
        "CertificateCli",
        "Unsaved session forms: {drafts}; past sessions still planned: {unrecorded}",
    ).format(**params)


def _with_services(cli: Cli, work: Callable[[Services], int]) -> int:
    from mentor_desktop.bootstrap import open_database
    from mentor_desktop.cli import CliError

    services = open_database(cli.args.database, cli.paths)
    try:
        return work(services)
    except ValidationError as error:
        fields = ", ".join(e.field for e in error.errors)
        raise CliError(
            QCoreApplication.translate(
                "CertificateCli", "Not accepted: {fields} must not be empty."
            ).format(fields=fields)
        ) from error
    except NotFoundError as error:
        raise CliError(
            QCoreApplication.translate("CertificateCli", "There is no {entity} {id}.").format(
                entity=error.entity, id=error.entity_id
            )
        ) from error
    except NothingToCertifyError as error:
        raise CliError(
            QCoreApplication.translate(
                "CertificateCli", "Learner {id} has no placement to put on a certificate."
            ).format(id=error.learner_id)
        ) from error
    except ChecksFailedError as error:
        raise CliError(
            QCoreApplication.translate(
                "CertificateCli",
                "Learner {id} did not pass the checks ({checks}); nothing was issued. "
                "Give --override CHECK=REASON to issue all the same.",
            ).format(id=error.learner_id, checks=", ".join(error.failed)),
            EXIT_CHECKS,
        ) from error
    finally:
        services.close()


def _learner_id(services: Services, text: str) -> int:
    from mentor_desktop.cli import CliError

    if text.isdigit():
        return int(text)
    wanted = " ".join(text.split()).casefold()
    found = [
        row
        for row in services.learners.list(query=text, limit=20, include_archived=True).rows
        if row.full_name.casefold() == wanted
    ]
    if len(found) != 1:
        message = (
            QCoreApplication.translate("CertificateCli", "No learner is called {name}.")
            if not found
            else QCoreApplication.translate(
                "CertificateCli", "Several learners are called {name}; give the id instead: {ids}."
            )
        )
        raise CliError(message.format(name=text, ids=", ".join(str(r.id) for r in found)), 2)
    return found[0].id


def _writable_folder(path: Path) -> None:
    """Refuse before issuing anything when ``path``'s folder cannot take the PDF."""
    from mentor_desktop.cli import EXIT_USAGE, CliError

    folder = path.parent if path.suffix.lower() == ".pdf" else path
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise CliError(
            QCoreApplication.translate(
                "CertificateCli", "{path} cannot be written; nothing was issued."
            ).format(path=path),
            EXIT_USAGE,
        )


def run_issue(cli: Cli) -> int:
    from mentor_desktop.cli import CliError
    from mentor_desktop.services.certificates import IssueRequest

    out = Path(cli.args.out)
    _writable_folder(out)

    def work(services: Services) -> int:
        learner_id = _learner_id(services, cli.args.learner)
        checklist = services.certificates.check(learner_id)
        _print_checks(cli, checklist)
        issued = services.certificates.issue(
            IssueRequest(
                learner_id,
                language=CertificateLanguage(cli.args.language),
                overrides=dict(cli.args.override),
            )
        )
        try:
            services.certificates.export(issued.certificate.id, out)
        except OSError as error:
            raise CliError(
                QCoreApplication.translate(
                    "CertificateCli",
                    "Certificate {number} was issued, but {file} could not be written "
                    "({reason}); print it from the register in the window.",
                ).format(number=issued.certificate.number, file=out, reason=error.strerror or error)
            ) from error
        cli.say(
            QCoreApplication.translate(
                "CertificateCli", "Issued certificate {number} to {name}: {file}"
            ).format(
                number=issued.certificate.number,
                name=issued.certificate.printed_name,
                file=cli.args.out,
            )
        )
        return 0

    return _with_services(cli, work)


def run_batch(cli: Cli) -> int:
    from mentor_desktop.cli import CliError
    from mentor_desktop.services.certificates import BatchOutput, BatchSelection, IssueRequest

    args = cli.args
    _writable_folder(Path(args.out))

    def work(services: Services) -> int:
        checklists = services.certificates.select_batch(
            BatchSelection(
                ended_from=args.ended_from,
                ended_to=args.ended_to,
                employer_id=args.employer,
                tutor_id=args.tutor,
            )
        )
        if not checklists:
            raise CliError(
                QCoreApplication.translate(
                    "CertificateCli", "No learner matches; nothing was issued."
                )
            )
        overrides = dict(args.override)
        for checklist in checklists:
            _print_checks(cli, checklist)
        blocked = [c for c in checklists if any(k not in overrides for k in c.failed)]
        if args.dry_run:
            return EXIT_CHECKS if blocked else 0
        blocked_count = len(blocked)
        if blocked:
            raise CliError(
                QCoreApplication.translate(
                    "CertificateCli",
                    "Learners who did not pass the checks: {count}; nothing was issued. Give "
                    "--override CHECK=REASON to issue all the same.",
                ).format(count=blocked_count),
                EXIT_CHECKS,
            )
        requests = [
            IssueRequest(
                c.learner_id,
                language=CertificateLanguage(args.language),
                placement_ids=c.placement_ids,
                overrides={k: overrides[k] for k in c.failed},
            )
            for c in checklists
        ]
        try:
            result = services.certificates.issue_batch(
                requests,
                target=Path(args.out),
                output=BatchOutput.FILE_EACH if args.file_each else BatchOutput.ONE_FILE,
                progress=cli._progress(),
            )
        except BatchCancelledError as error:
            raise CliError(
                QCoreApplication.translate("CertificateCli", "Cancelled; nothing was issued.")
            ) from error
        issued_count = len(result.certificates)
        cli.say(
            QCoreApplication.translate(
                "CertificateCli",
                "Certificates issued: {count} ({first} to {last}) into {target}.",
            ).format(
                count=issued_count,
                first=result.certificates[0].number,
                last=result.certificates[-1].number,
                target=args.out,
            )
        )
        return 0

    return _with_services(cli, work)


def _print_checks(cli: Cli, checklist: Checklist) -> None:
    cli.say(checklist.name)
    for result in checklist.results:
        mark = (
            QCoreApplication.translate("CertificateCli", "ok")
            if result.passed
            else QCoreApplication.translate("CertificateCli", "FAILED")
        )
        cli.say(f"  [{mark}] {check_text(result.kind, result.params)}")


def run_list(cli: Cli) -> int:
    def work(services: Services) -> int:
        page = services.certificates.list(query=cli.args.search, limit=500)
        for row in page.rows:
            state = (
                QCoreApplication.translate("CertificateCli", "revoked: {reason}").format(
                    reason=row.revoked_reason
                )
                if row.revoked
                else QCoreApplication.translate("CertificateCli", "valid")
            )
            cli.say(
                f"{row.number}  {row.issued_at.astimezone().date().isoformat()}  "
                f"{row.printed_name}  {row.verification_code}  {state}"
            )
        cli.say(
            QCoreApplication.translate("CertificateCli", "Certificates: {count}").format(
                count=page.total
            )
        )
        return 0

    return _with_services(cli, work)


def run_revoke(cli: Cli) -> int:
    from mentor_desktop.cli import CliError

    def work(services: Services) -> int:
        rows = [r for r in services.certificates.list(query=cli.args.number).rows]
        row = next((r for r in rows if r.number == cli.args.number.strip().upper()), None)
        if row is None:
            raise CliError(
                QCoreApplication.translate(
                    "CertificateCli", "There is no certificate {number}."
                ).format(number=cli.args.number)
            )
        try:
            services.certificates.revoke(row.id, reason=cli.args.reason)
        except AlreadyRevokedError as error:
            raise CliError(
                QCoreApplication.translate(
                    "CertificateCli", "Certificate {number} was already revoked."
                ).format(number=row.number)
            ) from error
        cli.say(
            QCoreApplication.translate("CertificateCli", "Revoked certificate {number}.").format(
                number=row.number
            )
        )
        return 0

    return _with_services(cli, work)


def run_verify(cli: Cli) -> int:
    def work(services: Services) -> int:
        result = services.certificates.verify(cli.args.code)
        row = result.certificate
        if result.verdict == Verdict.UNKNOWN or row is None:
            cli.say(
                QCoreApplication.translate(
                    "CertificateCli", "Unknown: no certificate of this centre has the code {code}."
                ).format(code=cli.args.code.strip())
            )
            return EXIT_UNKNOWN
        issued = row.issued_at.astimezone().date().isoformat()
        if result.verdict == Verdict.REVOKED:
            cli.say(
                QCoreApplication.translate(
                    "CertificateCli",
                    "REVOKED: certificate {number} to {name}, issued {date}, was revoked: {reason}",
                ).format(
                    number=row.number, name=row.printed_name, date=issued, reason=row.revoked_reason
                )
            )
            if row.replaced_by_number:
                cli.say(
                    QCoreApplication.translate(
                        "CertificateCli", "It was replaced by certificate {number}."
                    ).format(number=row.replaced_by_number)
                )
            return EXIT_REVOKED
        cli.say(
            QCoreApplication.translate(
                "CertificateCli", "Genuine: certificate {number} to {name}, issued {date}."
            ).format(number=row.number, name=row.printed_name, date=issued)
        )
        return 0

    return _with_services(cli, work)
