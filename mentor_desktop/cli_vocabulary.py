"""``mentor-cli vocabulary import FILE --list NAME`` and ``mentor-cli vocabulary export
--list NAME FILE``: word lists in and out of spreadsheets without a window, through the same
services as the Vocabulary screen. An import with any problem prints each with its line and
column and imports nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mentor_desktop.domain.enums import Sector

if TYPE_CHECKING:
    from mentor_desktop.bootstrap import Services
    from mentor_desktop.cli import Cli

EXIT_BAD_FILE = 1


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    vocabulary = commands.add_parser(
        "vocabulary",
        help=QCoreApplication.translate("Cli", "import or export a word list (CSV or XLSX)"),
    )
    actions = vocabulary.add_subparsers(dest="action", metavar="ACTION", required=True)
    into = actions.add_parser(
        "import",
        help=QCoreApplication.translate(
            "Cli", "add the words of a CSV or XLSX file to a list (all or nothing)"
        ),
    )
    into.add_argument("file", metavar="FILE")
    into.add_argument(
        "--list",
        required=True,
        metavar="NAME",
        help=QCoreApplication.translate(
            "Cli", "the word list; made when there is none by that name"
        ),
    )
    into.add_argument(
        "--sector",
        choices=[s.value for s in Sector],
        default=Sector.OTHER.value,
        help=QCoreApplication.translate("Cli", "the sector of a list made by the import"),
    )
    into.add_argument(
        "--update",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli", "also change words the list has already to the file's values"
        ),
    )
    into.add_argument(
        "--dry-run",
        action="store_true",
        help=QCoreApplication.translate("Cli", "show what would happen and save nothing"),
    )
    out = actions.add_parser(
        "export", help=QCoreApplication.translate("Cli", "write a word list to .xlsx or .csv")
    )
    out.add_argument("file", metavar="FILE")
    out.add_argument("--list", required=True, metavar="NAME")
    out.add_argument(
        "--headings",
        choices=("da", "en"),
        help=QCoreApplication.translate(
            "Cli", "language of the column headings (default: that of the messages)"
        ),
    )


def run(cli: Cli) -> int:
    from mentor_desktop.bootstrap import open_database
    from mentor_desktop.cli import EXIT_OK, CliError

    args = cli.args
    services = open_database(args.database, cli.paths)
    try:
        found = services.vocabulary.find_list(args.list)
        if args.action == "export":
            if found is None:
                raise CliError(
                    QCoreApplication.translate(
                        "Cli", "There is no word list called {name}."
                    ).format(name=args.list)
                )
            headings = args.headings or ("da" if (args.lang or "da") == "da" else "en")
            try:
                count = services.vocabulary_transfer.export_to(
                    found.id, Path(args.file), heading_language=headings
                )
            except OSError as error:
                raise CliError(
                    QCoreApplication.translate(
                        "Cli", "{file} could not be written ({reason}); nothing was written."
                    ).format(file=args.file, reason=error.strerror or error)
                ) from error
            cli.say(
                QCoreApplication.translate(
                    "Cli", "Wrote {name} to {file} (words: {count})."
                ).format(name=found.name, file=args.file, count=count)
            )
            return EXIT_OK
        return _import(cli, services, found.id if found else None)
    finally:
        services.close()


def _import(cli: Cli, services: Services, list_id: int | None) -> int:
    from mentor_desktop.cli import EXIT_OK, CliError
    from mentor_desktop.domain.errors import ValidationError
    from mentor_desktop.domain.vocabulary import ImportStaleError, VocabularyImportError
    from mentor_desktop.services.vocabulary import VocabularyListInput
    from mentor_desktop.services.vocabulary_files import MAX_FILE_BYTES
    from mentor_desktop.services.vocabulary_transfer import RowAction
    from mentor_desktop.ui.messages import error_text
    from mentor_desktop.ui.vocabulary_messages import issue_text, transfer_error_text

    args = cli.args
    try:
        with Path(args.file).open("rb") as source:
            data = source.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise CliError(
            QCoreApplication.translate("Cli", "{file} cannot be read ({reason}).").format(
                file=args.file, reason=error.strerror or error
            )
        ) from error
    new_list = None
    if list_id is None:
        new_list = VocabularyListInput(name=args.list, sector=Sector(args.sector))
    transfer = services.vocabulary_transfer
    try:
        preview = transfer.preview(
            data, file_name=Path(args.file).name, list_id=list_id, new_list=new_list
        )
        if not preview.ok:
            raise VocabularyImportError(preview.issues)
        new = preview.count(RowAction.NEW)
        same = preview.count(RowAction.SAME)
        changed = preview.count(RowAction.CHANGED)
        if args.dry_run:
            cli.say(
                QCoreApplication.translate(
                    "Cli",
                    "{file} into {name}: {new} new, {same} already there, {changed} different; "
                    "nothing saved (dry run).",
                ).format(
                    file=args.file, name=preview.list_name, new=new, same=same, changed=changed
                )
            )
            return EXIT_OK
        result = transfer.apply(preview, update_existing=args.update)
    except VocabularyImportError as error:
        for issue in error.issues:
            print(f"{args.file}: {issue_text(issue)}", file=cli.err)
        raise CliError(
            QCoreApplication.translate(
                "Cli", "{file} was not imported; nothing was saved (problems: {count})."
            ).format(file=args.file, count=len(error.issues)),
            EXIT_BAD_FILE,
        ) from error
    except ValidationError as error:
        raise CliError(error_text(error), EXIT_BAD_FILE) from error
    except ImportStaleError as error:
        raise CliError(transfer_error_text(error)) from error
    cli.say(
        QCoreApplication.translate(
            "Cli",
            "Imported {file} into {name}: {added} added, {updated} updated, {same} already there.",
        ).format(
            file=args.file,
            name=result.list_name,
            added=result.added,
            updated=result.updated,
            same=result.unchanged,
        )
    )
    return EXIT_OK
