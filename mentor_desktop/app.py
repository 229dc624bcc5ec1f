"""Start-up of the window program: arguments, logging, translators, the database and the
main window. ``main`` is the ``mentor-desktop`` command and ``python -m mentor_desktop``."""

from __future__ import annotations

import argparse
import faulthandler
import logging
import logging.handlers
import os
import sys
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import IO, TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

import mentor_desktop
from mentor_desktop.domain.errors import DatabaseError, MentorError
from mentor_desktop.paths import (
    DATA_DIR_ENV,
    DATABASE_URL_ENV,
    Paths,
    resolve_paths,
    resources_dir,
    translations_dir,
)
from mentor_desktop.ui.fonts import register_shipped_fonts
from mentor_desktop.ui.main_window import MainWindow
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.settings import LANGUAGE_KEY, Settings
from mentor_desktop.ui.tasks import Progress, TaskRunner

if TYPE_CHECKING:
    from mentor_desktop.bootstrap import Services
    from mentor_desktop.ui.user_choice import UserChoice

log = logging.getLogger(__name__)

LANGUAGES = ("da", "en")
EXIT_DATABASE_ERROR = 2
# How long start-up waits for the window to reach the screen before opening the database
# (a window manager that never exposes it must not stop the program).
FIRST_PAINT_WAIT_MS = 2000
LOG_FILE = "mentor-desktop.log"
DEMO_SEED = 2026


@dataclass(frozen=True)
class Options:
    database: str | None = None
    data_dir: str | None = None
    lang: str | None = None
    demo: bool = False


def parse_args(argv: Sequence[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(
        prog="mentor-desktop",
        description="Mentor Desktop: the workplace Danish tutor's program.",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        default=os.environ.get(DATABASE_URL_ENV),
        help="a SQLite file or a postgresql:// URL "
        f"(default: ${DATABASE_URL_ENV}, else a SQLite file in the data folder)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=os.environ.get(DATA_DIR_ENV),
        help=f"folder for data, logs, backups and settings (default: ${DATA_DIR_ENV}, else "
        "the user's profile)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the window (default: the one chosen in Settings, else Danish on a "
        "Danish system, else English)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="fill in a demo centre if the database is empty"
    )
    parser.add_argument("--version", action="version", version=mentor_desktop.__version__)
    args = parser.parse_args(argv)
    return Options(
        database=args.database or None,
        data_dir=args.data_dir or None,
        lang=args.lang,
        demo=args.demo,
    )


def choose_language(requested: str | None, system: QLocale | None = None) -> str:
    """``requested`` if given; else Danish on a Danish system, English otherwise."""
    if requested in LANGUAGES:
        return requested
    locale = system if system is not None else QLocale.system()
    return "da" if locale.language() == QLocale.Language.Danish else "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and numbers: Danish for Danish; for English the system's own
    English locale, else British English (day before month, as in Denmark)."""
    if language == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    locale = system if system is not None else QLocale.system()
    if locale.language() == QLocale.Language.English:
        return locale
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own translator first (standard buttons and dialogs), then the program's. English
    is the source language; its translator only supplies plural forms."""
    installed: list[QTranslator] = []
    QLocale.setDefault(locale_for(language))
    candidates = [(f"mentor_desktop_{language}", str(translations_dir()))]
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.insert(0, (f"qtbase_{language}", qt_folder))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("No translation %s in %s", name, folder)
    return installed


def remove_translators(app: QCoreApplication, translators: Sequence[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


class LogSetup:
    """A rotating log file in the log folder, warnings on stderr, and faulthandler writing
    hard crashes to ``crash.log`` beside the log."""

    def __init__(self, paths: Paths):
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        self.file_handler = logging.handlers.RotatingFileHandler(
            paths.log_dir / LOG_FILE, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        self.file_handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
        )
        self.console_handler = logging.StreamHandler()
        self.console_handler.setLevel(logging.WARNING)
        root = logging.getLogger()
        root.setLevel(logging.INFO)
        root.addHandler(self.file_handler)
        root.addHandler(self.console_handler)
        self._crash_file: IO[str] = open(  # noqa: SIM115 (open while the program runs)
            paths.log_dir / "crash.log", "a", encoding="utf-8"
        )
        faulthandler.enable(file=self._crash_file, all_threads=True)

    def close(self) -> None:
        faulthandler.disable()
        self._crash_file.close()
        root = logging.getLogger()
        for handler in (self.file_handler, self.console_handler):
            root.removeHandler(handler)
            handler.close()


class Program:
    """One run of the window program over one database."""

    def __init__(
        self,
        app: QApplication,
        options: Options,
        paths: Paths,
        prompter: Prompter,
        *,
        tasks: TaskRunner | None = None,
    ):
        self.app = app
        self.options = options
        self.paths = paths
        self.prompter = prompter
        self.tasks = tasks or TaskRunner(app)
        self.settings = Settings(paths.config_dir)
        self.language = choose_language(options.lang or self.settings.value(LANGUAGE_KEY))
        self.services: Services | None = None
        self.window: MainWindow | None = None
        self.user_choice: UserChoice | None = None
        self._translators: list[QTranslator] = []
        self._in_excepthook = False

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("Program", text)

    def start(self) -> bool:
        """Translate, show the window at once (saying that the database is being opened),
        open the database and fill the window. On a database problem, show what is wrong,
        close the window and return ``False`` without having changed anything."""
        self.show_shell()
        if not self.open():
            return False
        self.show_window()
        return True

    def _install_translators(self) -> None:
        if not self._translators:
            self._translators = install_translators(self.app, self.language)

    def show_shell(self) -> MainWindow:
        """The main window without its screens, shown and painted before the database
        layer is even imported, so that the user sees the program start at once."""
        self._install_translators()
        self.window = MainWindow(None, self.settings, self.prompter)
        self.window.show()
        if not self.window.painted:
            loop = QEventLoop()
            # Let the paint pass finish and reach the screen before going on.
            self.window.first_painted.connect(lambda: QTimer.singleShot(0, loop.quit))
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, loop.quit)
            loop.exec()
        return self.window

    def open(self) -> bool:
        """Install the translators and open the database; ``False`` after explaining a
        database problem (the window, if shown, is closed then)."""
        self._install_translators()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from mentor_desktop.bootstrap import open_database

            self.services = open_database(self.options.database, self.paths)
        except DatabaseError as error:
            QApplication.restoreOverrideCursor()
            self._explain_database_error(error)
            return False
        except BaseException:
            QApplication.restoreOverrideCursor()
            raise
        QApplication.restoreOverrideCursor()
        log.info("Opened %s", self.services.description)
        return True

    def _explain_database_error(self, error: DatabaseError) -> None:
        from mentor_desktop.ui.messages import database_error_text

        log.error("Cannot open the database: %s", error)
        self.prompter.error(
            self.window,
            self.tr("Cannot open the database"),
            database_error_text(error) + "\n\n" + self.tr("Mentor Desktop will now close."),
            error.detail,
        )
        self._close_window()

    def show_window(self) -> MainWindow:
        """Fill the window with the screens over the open database, settle who is working,
        offer the forms left unsaved by a crash, and offer a demo centre if the database
        is empty."""
        from mentor_desktop.ui.user_choice import UserChoice

        assert self.services is not None
        window = self.window if self.window is not None else self.show_shell()
        window.attach(self.services)
        window.settings_screen.language_chosen.connect(self.switch_language)
        self.user_choice = UserChoice(
            self.services, self.settings, self.prompter, window, window.file_menu
        )
        # What the person working may change on the Settings screen depends on their role.
        self.user_choice.user_changed.connect(window.settings_screen.reload)
        self.user_choice.start()
        self.offer_drafts()
        self.offer_demo()
        return window

    def switch_language(self, language: str) -> None:
        """Translate the window into ``language`` now: every screen retranslates itself,
        and the lists are read again so that dates and numbers follow the new locale."""
        if language == self.language:
            return
        remove_translators(self.app, self._translators)
        self.language = language
        self._translators = install_translators(self.app, language)
        log.info("Window language: %s", language)
        if self.window is not None:
            self.window.events.data_reset.emit()

    def offer_drafts(self) -> None:
        """Offer to reopen a form of each kind that the user left unsaved (the program
        stopped while it was open); a draft not wanted is thrown away."""
        from mentor_desktop.ui.draft_offers import offer_drafts

        assert self.services is not None and self.window is not None
        offer_drafts(self.services, self.window, self.prompter)

    def offer_demo(self) -> None:
        """On an empty database, fill in a demo centre: at once with ``--demo``, else if the
        user agrees (asked once per database)."""
        assert self.services is not None and self.window is not None
        demo = self.services.demo
        try:
            if not demo.database_is_empty():
                return
        except MentorError as error:
            self.window.show_error(error)
            return
        if not self.options.demo:
            declined = self.settings.value("demo/declined")
            if self.services.description in declined:
                return
            agreed = self.prompter.confirm(
                self.window,
                self.tr("Demo centre"),
                self.tr(
                    "The database is empty. Fill in a demo centre with made-up tutors, "
                    "employers, learners and sessions, to try the program out?"
                ),
            )
            if not agreed:
                self.settings.set_value("demo/declined", [*declined, self.services.description])
                return
        self.fill_demo()

    def fill_demo(self) -> None:
        from mentor_desktop.services.demo import DemoSize

        assert self.services is not None and self.window is not None
        demo = self.services.demo
        window = self.window

        def work(progress: Progress) -> None:
            demo.fill(size=DemoSize.SMALL, seed=DEMO_SEED, progress=progress)

        def on_failure(error: BaseException) -> None:
            if isinstance(error, MentorError):
                window.show_error(error)
            else:
                self.prompter.unexpected_error(window, _format_exception(error))

        self.tasks.start_with_progress(
            window,
            self.tr("Filling in the demo centre…"),
            work,
            on_success=lambda _result: window.events.data_reset.emit(),
            on_failure=on_failure,
            on_cancel=window.events.data_reset.emit,
        )

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Log an unexpected error and show it with copyable details."""
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("Unexpected error\n%s", details)
        if self._in_excepthook:
            return
        self._in_excepthook = True
        try:
            parent: QWidget | None = self.window
            self.prompter.unexpected_error(parent, details)
        finally:
            self._in_excepthook = False

    def close(self) -> None:
        self.tasks.wait()
        self._close_window()
        if self.services is not None:
            self.services.close()
            self.services = None
        remove_translators(self.app, self._translators)
        self._translators = []

    def _close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None


def _format_exception(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def main(argv: Sequence[str] | None = None, *, prompter: Prompter | None = None) -> int:
    """Run the window program; returns the exit code (2 when the database cannot be used)."""
    options = parse_args(sys.argv[1:] if argv is None else argv)
    paths = resolve_paths(options.data_dir)
    paths.ensure()
    logs = LogSetup(paths)
    log.info("Mentor Desktop %s starting", mentor_desktop.__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Mentor Desktop")
    app.setApplicationVersion(mentor_desktop.__version__)
    app.setOrganizationName("MentorDesktop")
    app.setDesktopFileName("mentor-desktop")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "mentor-desktop.svg")))
    register_shipped_fonts()
    program = Program(app, options, paths, prompter or Prompter())
    previous_hook = sys.excepthook
    sys.excepthook = program.excepthook
    try:
        if not program.start():
            return EXIT_DATABASE_ERROR
        return app.exec()
    finally:
        program.close()
        sys.excepthook = previous_hook
        log.info("Mentor Desktop stopped")
        logs.close()
