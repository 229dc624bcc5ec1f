"""``mentor-cli``: the headless command line over the same database layer and services as
the window: ``init``, ``demo``, ``check``, ``backup``, ``vocabulary`` (from
``cli_vocabulary``), and ``verify`` and ``certificates`` (from ``cli_certificates``).

Every failure is one sentence on stderr naming the problem and the database or file (never
a traceback, never a password), and a distinct exit code.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from sqlalchemy import Engine
from sqlalchemy.engine import URL

import mentor_desktop
from mentor_desktop import cli_vocabulary
from mentor_desktop.cli_argparse import translated_argparse
from mentor_desktop.cli_certificates import add_commands as add_certificate_commands
from mentor_desktop.db.engine import (
    DATABASE_URL_ENV,
    check_sqlite_file,
    describe,
    is_sqlite,
    make_engine,
    parse_url,
    sqlite_is_writable,
)
from mentor_desktop.domain.errors import DatabaseError, DatabaseProblem, MentorError
from mentor_desktop.paths import DATA_DIR_ENV, Paths, resolve_paths, translations_dir

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_OTHER = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3
EXIT_BACKUP = 4

LANGUAGES = ("da", "en")
_BACKUP_PROBLEMS = (DatabaseProblem.DISK_FULL, DatabaseProblem.BACKUP_FAILED)


class CliError(Exception):
    """A failure already put into words, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_OTHER, detail: str = ""):
        super().__init__(message)
        self.message = message
        self.code = code
        self.detail = detail


def database_message(error: DatabaseError) -> str:
    """One sentence for the person at the keyboard."""
    target = error.target
    problem = error.problem
    if problem == DatabaseProblem.BAD_URL:
        text = QCoreApplication.translate("Cli", "{target} is not a valid database address.")
    elif problem == DatabaseProblem.UNREACHABLE and target.startswith("postgresql:"):
        text = QCoreApplication.translate(
            "Cli", "The database server for {target} cannot be reached."
        )
    elif problem == DatabaseProblem.UNREACHABLE:
        text = QCoreApplication.translate("Cli", "The database file {target} cannot be opened.")
    elif problem == DatabaseProblem.READ_ONLY:
        text = QCoreApplication.translate(
            "Cli", "The database {target} is read-only: the file or its folder cannot be written."
        )
    elif problem == DatabaseProblem.LOCKED:
        text = QCoreApplication.translate(
            "Cli", "The database {target} is locked by another program; try again when it is done."
        )
    elif problem == DatabaseProblem.CORRUPT:
        text = QCoreApplication.translate(
            "Cli", "The database {target} is damaged; restore it from a backup."
        )
    elif problem == DatabaseProblem.NOT_A_DATABASE:
        text = QCoreApplication.translate("Cli", "{target} is not a database file.")
    elif problem == DatabaseProblem.TOO_NEW:
        text = QCoreApplication.translate(
            "Cli",
            "The database {target} was made by a newer version of Mentor Desktop; "
            "install that version to open it.",
        )
    elif problem == DatabaseProblem.UNKNOWN_SCHEMA:
        text = QCoreApplication.translate(
            "Cli", "The database {target} holds another program's tables; choose another database."
        )
    elif problem == DatabaseProblem.MIGRATION_FAILED:
        text = QCoreApplication.translate(
            "Cli", "Upgrading the database {target} failed; it has been left as it was."
        )
    elif problem == DatabaseProblem.DISK_FULL:
        text = QCoreApplication.translate(
            "Cli", "There is not enough free disk space to write {target}; nothing was written."
        )
    elif problem == DatabaseProblem.BACKUP_FAILED:
        text = QCoreApplication.translate(
            "Cli", "The backup {target} could not be written; nothing was written."
        )
    elif problem == DatabaseProblem.UNSUPPORTED and "pg_dump" in error.detail:
        text = QCoreApplication.translate(
            "Cli", "Backing up {target} needs the PostgreSQL tool pg_dump, which is not installed."
        )
    elif problem == DatabaseProblem.UNSUPPORTED:
        text = QCoreApplication.translate(
            "Cli", "{target} is a kind of database Mentor Desktop does not work with."
        )
    else:
        text = QCoreApplication.translate("Cli", "The database {target} cannot be used.")
    return text.format(target=target)


def exit_code(error: DatabaseError) -> int:
    if error.problem in _BACKUP_PROBLEMS:
        return EXIT_BACKUP
    if error.problem == DatabaseProblem.UNSUPPORTED and "pg_dump" in error.detail:
        return EXIT_BACKUP
    return EXIT_DATABASE


class Cli:
    """One run of the command line: where it prints, which database, which folders."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO):
        self.args = args
        self.out = out
        self.err = err
        self.paths: Paths = resolve_paths(args.data_dir)
        # The language of the messages, which numbers in them follow too (3,0 / 3.0).
        self.language: str = getattr(args, "lang", None) or system_language()

    def say(self, text: str) -> None:
        print(text, file=self.out)

    def url(self) -> URL:
        return parse_url(self.args.database, self.paths.database_file)

    # --- init --------------------------------------------------------------------------

    def init(self) -> int:
        from mentor_desktop.bootstrap import build_services
        from mentor_desktop.db.migrate import open_engine

        url = self.url()
        target = describe(url)
        engine, report = open_engine(url, backup_dir=self.paths.backup_dir)
        try:
            build_services(engine, url)  # the reference data every database gets
        finally:
            engine.dispose()
        if report.created:
            text = QCoreApplication.translate(
                "Cli", "Created the database {target} (schema version {revision})."
            )
        elif report.changed and report.backup is not None:
            text = QCoreApplication.translate(
                "Cli",
                "Upgraded the database {target} from schema version {old} to {revision}; "
                "the previous version is saved as {backup}.",
            )
        elif report.changed:
            text = QCoreApplication.translate(
                "Cli",
                "Upgraded the database {target} from schema version {old} to {revision}; "
                "no backup was made before the upgrade.",
            )
        else:
            text = QCoreApplication.translate(
                "Cli", "The database {target} is up to date (schema version {revision})."
            )
        self.say(
            text.format(
                target=target, revision=report.after, old=report.before, backup=report.backup
            )
        )
        return EXIT_OK

    # --- demo --------------------------------------------------------------------------

    def demo(self) -> int:
        from mentor_desktop.bootstrap import open_database
        from mentor_desktop.services.demo import DemoNotEmptyError

        services = open_database(self.args.database, self.paths)
        try:
            if not services.demo.database_is_empty():
                raise DemoNotEmptyError(learners=0, employers=0, users=0)
            counts = services.demo.fill(
                size=self.args.size, seed=self.args.seed, progress=self._progress()
            )
        except DemoNotEmptyError as error:
            raise CliError(
                QCoreApplication.translate(
                    "Cli",
                    "The database {target} is not empty; a demo centre goes only into an "
                    "empty database.",
                ).format(target=services.description)
            ) from error
        finally:
            services.close()
        self.say(
            QCoreApplication.translate(
                "Cli",
                "Filled {target} with a demo centre: {employers} employers, {learners} "
                "learners, {sessions} sessions.",
            ).format(
                target=services.description,
                employers=counts.employers,
                learners=counts.learners,
                sessions=counts.sessions,
            )
        )
        return EXIT_OK

    def _progress(self) -> Callable[[int, int], bool] | None:
        if not self.err.isatty():
            return None

        def progress(done: int, total: int) -> bool:
            print(f"\r{done}/{total}", end="", file=self.err, flush=True)
            if done >= total:
                print(file=self.err)
            return True

        return progress

    # --- check and backup: they read and never change the database -------------------------

    def _reading_engine(self, url: URL) -> Engine:
        """An engine that reads; on a SQLite file the program may not write, one that
        leaves no trace beside it."""
        read_only = False
        if is_sqlite(url):
            check_sqlite_file(url, writable=False, create=False)
            read_only = not sqlite_is_writable(url)
        return make_engine(url, read_only=read_only)

    def check(self) -> int:
        from mentor_desktop.db.check import check_database

        url = self.url()
        target = describe(url)
        engine = self._reading_engine(url)
        try:
            report = check_database(engine, target=target)
        finally:
            engine.dispose()
        self.say(QCoreApplication.translate("Cli", "Database: {target}").format(target=target))
        if report.backend == "sqlite":
            if report.damage:
                self.say(
                    QCoreApplication.translate("Cli", "Integrity: damaged ({problem})").format(
                        problem=report.damage[0]
                    )
                )
            else:
                self.say(QCoreApplication.translate("Cli", "Integrity: ok"))
            if report.broken_references:
                self.say(
                    QCoreApplication.translate(
                        "Cli", "References: rows point to missing records in {tables}"
                    ).format(tables=", ".join(sorted(report.broken_references)))
                )
            else:
                self.say(QCoreApplication.translate("Cli", "References: ok"))
        else:
            self.say(QCoreApplication.translate("Cli", "Connection: ok"))
        if report.revision is None:
            self.say(QCoreApplication.translate("Cli", "Schema version: none (empty database)"))
        elif report.is_current:
            self.say(
                QCoreApplication.translate("Cli", "Schema version: {revision} (current)").format(
                    revision=report.revision
                )
            )
        else:
            self.say(
                QCoreApplication.translate(
                    "Cli", "Schema version: {revision} (this program uses {head})"
                ).format(revision=report.revision, head=report.head)
            )
        if report.differences:
            self.say(
                QCoreApplication.translate(
                    "Cli", "Schema: differs from the program's ({first})"
                ).format(first=report.differences[0])
            )
        elif report.is_current:
            self.say(QCoreApplication.translate("Cli", "Schema: matches the program"))
        if report.ok:
            return EXIT_OK
        if report.damage or report.broken_references:
            message = QCoreApplication.translate(
                "Cli", "The database {target} is damaged; restore it from a backup."
            )
        elif report.differences:
            message = QCoreApplication.translate(
                "Cli", "The schema of the database {target} differs from the program's."
            )
        else:
            message = QCoreApplication.translate(
                "Cli",
                "The database {target} is not at this program's schema version; "
                "run 'mentor-cli init' to create or upgrade it.",
            )
        raise CliError(message.format(target=target), EXIT_DATABASE)

    def backup(self) -> int:
        from mentor_desktop.db.backup import backup_database

        url = self.url()
        engine = self._reading_engine(url)
        try:
            result = backup_database(engine, url, Path(self.args.file))
        finally:
            engine.dispose()
        self.say(
            QCoreApplication.translate(
                "Cli", "Backed up {target} to {file} ({size} kB, schema version {revision})."
            ).format(
                target=describe(url),
                file=result.path,
                size=max(1, round(result.size / 1024)),
                revision=result.revision or "-",
            )
        )
        return EXIT_OK

    def vocabulary(self) -> int:
        return cli_vocabulary.run(self)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentor-cli",
        description=QCoreApplication.translate(
            "Cli", "Mentor Desktop without a window: create, fill, check and back up a database."
        ),
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        default=os.environ.get(DATABASE_URL_ENV) or None,
        help=QCoreApplication.translate(
            "Cli",
            "a SQLite file or a postgresql:// address (default: {env}, else the file in "
            "the data folder)",
        ).format(env=DATABASE_URL_ENV),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=QCoreApplication.translate(
            "Cli", "folder for the database, backups and logs (default: {env}, else the profile)"
        ).format(env=DATA_DIR_ENV),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=QCoreApplication.translate("Cli", "language of the messages"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"mentor-cli {mentor_desktop.__version__}",
        help=QCoreApplication.translate("argparse", "show program's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    commands.add_parser(
        "init", help=QCoreApplication.translate("Cli", "create the database or upgrade it")
    )
    demo = commands.add_parser(
        "demo", help=QCoreApplication.translate("Cli", "fill an empty database with a demo centre")
    )
    demo.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help=QCoreApplication.translate(
            "Cli", "small: 40 learners; large: a ten-year centre for the benchmark"
        ),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=2026,
        help=QCoreApplication.translate("Cli", "the same seed gives the same centre"),
    )
    commands.add_parser(
        "check",
        help=QCoreApplication.translate("Cli", "check the database's integrity and schema version"),
    )
    backup = commands.add_parser(
        "backup", help=QCoreApplication.translate("Cli", "write a checked copy of the database")
    )
    backup.add_argument("file", metavar="FILE")
    cli_vocabulary.add_parser(commands)
    add_certificate_commands(commands)
    return parser


def _language(argv: Sequence[str]) -> str:
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=LANGUAGES)
    known, _rest = early.parse_known_args(argv)
    return known.lang or system_language()


def system_language() -> str:
    return "da" if QLocale.system().name().startswith("da") else "en"


class _Translation:
    """The program's translator and number format for ``language``; Qt needs an application
    object for the translator."""

    def __init__(self, language: str):
        self._translator: QTranslator | None = None
        self._app: QCoreApplication | None = None
        self._locale = QLocale()
        if language == "en":
            return
        QLocale.setDefault(QLocale(language))
        translator = QTranslator()
        if not translator.load(f"mentor_desktop_{language}", str(translations_dir())):
            return
        if QCoreApplication.instance() is None:
            self._app = QCoreApplication([sys.argv[0] if sys.argv else "mentor-cli"])
        QCoreApplication.installTranslator(translator)
        self._translator = translator

    def close(self) -> None:
        QLocale.setDefault(self._locale)
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)


class _Logging:
    """Log records go to a file in the log folder, never to the terminal."""

    def __init__(self, paths: Paths):
        root = logging.getLogger()
        self._root = root
        self._level = root.level
        self._handler: logging.Handler = logging.NullHandler()
        try:
            paths.log_dir.mkdir(parents=True, exist_ok=True)
            self._handler = logging.FileHandler(paths.log_dir / "mentor-cli.log", encoding="utf-8")
            self._handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
            )
        except OSError:
            pass
        root.addHandler(self._handler)
        root.setLevel(logging.INFO)

    def close(self) -> None:
        self._root.removeHandler(self._handler)
        self._root.setLevel(self._level)
        self._handler.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``mentor-cli`` with ``argv`` (default: the process's arguments); returns the
    exit code: 0 done, 1 other failure, 2 usage, 3 database problem, 4 backup problem."""
    argv = list(sys.argv[1:] if argv is None else argv)
    translation = _Translation(_language(argv))
    try:
        try:
            with translated_argparse():
                args = build_parser().parse_args(argv)
        except SystemExit as stop:  # --help, --version, or a usage error already printed
            return EXIT_USAGE if stop.code not in (0, None) else EXIT_OK
        return _run(args, sys.stdout, sys.stderr)
    finally:
        translation.close()


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    cli = Cli(args, out, err)
    logs = _Logging(cli.paths)
    try:
        run = getattr(args, "run", None)
        return run(cli) if run is not None else getattr(cli, args.command)()
    except DatabaseError as error:
        log.warning("%s failed: %s", args.command, error)
        _fail(err, database_message(error), error.detail)
        return exit_code(error)
    except CliError as error:
        _fail(err, error.message, error.detail)
        return error.code
    except MentorError as error:
        log.exception("%s failed", args.command)
        _fail(
            err,
            QCoreApplication.translate("Cli", "The command failed: {error}").format(error=error),
        )
        return EXIT_OTHER
    except Exception as error:
        log.exception("%s failed", args.command)
        _fail(
            err,
            QCoreApplication.translate(
                "Cli", "The command failed unexpectedly ({error}); see the log in {folder}."
            ).format(error=type(error).__name__, folder=cli.paths.log_dir),
        )
        return EXIT_OTHER
    finally:
        logs.close()


def _fail(err: TextIO, message: str, detail: str = "") -> None:
    print(f"mentor-cli: {message}", file=err)
    if detail:
        print(
            QCoreApplication.translate("Cli", "Details: {detail}").format(detail=detail), file=err
        )


if __name__ == "__main__":
    raise SystemExit(main())
