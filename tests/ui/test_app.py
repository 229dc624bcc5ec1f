from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QSplitter

from mentor_desktop import app, bootstrap
from mentor_desktop.app import Options, Program, choose_language, parse_args
from mentor_desktop.ui.main_window import Section
from tests.ui.conftest import FakePrompter
from tests.ui.helpers import add_learner

ROOT = str(Path(__file__).resolve().parents[2])


@pytest.fixture
def programs(qapp) -> Iterator[list[Program]]:
    """Programs started by a test, closed afterwards."""
    started: list[Program] = []
    previous = QLocale()
    yield started
    for program in started:
        program.close()
    QLocale.setDefault(previous)


def start(qapp, programs, paths, prompter, *args: str) -> Program:
    program = Program(qapp, parse_args(list(args)), paths, prompter)
    programs.append(program)
    program.start()
    return program


def nav_texts(program: Program) -> list[str]:
    nav = program.window.nav_list
    return [nav.item(i).text() for i in range(nav.count())]


def test_arguments_and_their_environment_variables(monkeypatch):
    monkeypatch.setenv("MENTOR_DATABASE_URL", "postgresql://db.example/centre")
    monkeypatch.setenv("MENTOR_DATA_DIR", "/tmp/somewhere")
    assert parse_args([]) == Options(
        database="postgresql://db.example/centre", data_dir="/tmp/somewhere"
    )
    assert parse_args(["--database", "x.sqlite3", "--lang", "da", "--demo"]) == Options(
        database="x.sqlite3", data_dir="/tmp/somewhere", lang="da", demo=True
    )


def test_version(capsys):
    with pytest.raises(SystemExit) as stopped:
        parse_args(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == app.mentor_desktop.__version__


def test_language_follows_the_system_unless_chosen():
    assert choose_language(None, QLocale("da_DK")) == "da"
    assert choose_language(None, QLocale("de_DE")) == "en"
    assert choose_language("en", QLocale("da_DK")) == "en"
    assert choose_language("da", QLocale("en_US")) == "da"


def test_the_window_opens_in_danish_with_lang_da(
    qapp, programs, paths, prompter, database_url, services
):
    add_learner(services, "Amal", "Haddad")
    program = start(qapp, programs, paths, prompter, "--database", database_url, "--lang", "da")
    assert program.window is not None
    assert "Kursister" in nav_texts(program)
    program.window.show_section(Section.LEARNERS)
    screen = program.window.learners_screen
    assert screen.count_label.text() == "1 kursist"
    assert screen.search_edit.placeholderText() == "Søg på navn eller sagsnummer"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    assert program.window.database_label.text().startswith("Database: ")


def test_the_window_opens_in_english_otherwise(
    qapp, programs, paths, prompter, database_url, services
):
    add_learner(services, "Amal", "Haddad")
    program = start(qapp, programs, paths, prompter, "--database", database_url, "--lang", "en")
    assert "Learners" in nav_texts(program)
    program.window.show_section(Section.LEARNERS)
    assert program.window.learners_screen.count_label.text() == "1 learner"


def test_a_malformed_url_is_named_in_a_dialog(qapp, programs, paths, prompter):
    program = start(
        qapp, programs, paths, prompter, "--database", "postgresql://localhost", "--lang", "en"
    )
    assert program.window is None
    [shown] = prompter.shown
    assert shown.kind == "error"
    assert shown.title == "Cannot open the database"
    assert "The database address is not valid" in shown.text
    assert "postgresql://localhost" in shown.text
    assert "Nothing has been changed." in shown.text


def test_a_server_that_does_not_answer_is_named(qapp, programs, paths, prompter):
    url = "postgresql://mentor:secret@127.0.0.1:1/centre"
    program = start(qapp, programs, paths, prompter, "--database", url, "--lang", "en")
    assert program.window is None
    [shown] = prompter.shown
    assert "The database cannot be reached" in shown.text
    assert "127.0.0.1:1/centre" in shown.text
    assert "secret" not in shown.text + shown.details


def test_a_file_that_is_not_a_database_is_named_in_danish_and_left_alone(
    qapp, programs, paths, prompter, tmp_path
):
    target = tmp_path / "notes.sqlite3"
    content = b"These are my notes, not a database.\n" * 200
    target.write_bytes(content)
    start(qapp, programs, paths, prompter, "--database", str(target), "--lang", "da")
    [shown] = prompter.shown
    assert shown.title == "Databasen kan ikke åbnes"
    assert "Filen er ikke en database" in shown.text
    assert str(target) in shown.text
    assert target.read_bytes() == content


def test_main_exits_with_an_error_code_on_a_bad_database(qapp, paths, prompter):
    previous = QLocale()
    try:
        code = app.main(
            [
                "--database",
                "postgresql://localhost",
                "--data-dir",
                str(paths.data_dir),
                "--lang",
                "en",
            ],
            prompter=prompter,
        )
    finally:
        QLocale.setDefault(previous)
    assert code == app.EXIT_DATABASE_ERROR
    assert prompter.kinds() == ["error"]
    assert (paths.data_dir / "logs" / app.LOG_FILE).read_text().count(
        "Cannot open the database"
    ) == 1


def test_window_geometry_is_restored_on_the_next_start(
    qapp, programs, paths, prompter, database_url, services, qtbot
):
    add_learner(services, "Amal", "Haddad")
    first = start(qapp, programs, paths, prompter, "--database", database_url, "--lang", "en")
    first.window.show_section(Section.LEARNERS)
    first.window.setGeometry(QRect(30, 40, 760, 520))
    qtbot.waitExposed(first.window)
    splitter_name = first.window.learners_screen.splitter.objectName()
    first.window.close()
    left = first.window.learners_screen.splitter.saveState()
    first.close()

    second = start(qapp, programs, paths, prompter, "--database", database_url, "--lang", "en")
    # The height as it was left; the width as it was, or the window's minimum if that is more
    # (the offscreen screen is narrower than the window's minimum, so its size is clamped).
    assert second.window.height() == 520
    assert 760 <= second.window.width() < 1200
    # The list's divider as it was left: a splitter of that name takes the kept sizes.
    kept = QSplitter()
    kept.setObjectName(splitter_name)
    kept.addWidget(QLabel())
    kept.addWidget(QLabel())
    assert second.settings.restore_state(kept)
    assert kept.saveState() == left


def test_an_unexpected_error_reaches_a_dialog_with_details(
    qapp, programs, paths, prompter, database_url, services
):
    program = start(qapp, programs, paths, prompter, "--database", database_url, "--lang", "en")
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        program.excepthook(RuntimeError, error, error.__traceback__)
    assert prompter.shown[-1].kind == "unexpected"
    assert "RuntimeError: boom" in prompter.shown[-1].details


def test_the_window_is_painted_before_the_database_is_opened(
    qapp, programs, paths, prompter, database_url, services, monkeypatch
):
    add_learner(services, "Amal", "Haddad")
    seen: list[tuple[bool, bool, str, list[bool]]] = []
    real_open = bootstrap.open_database

    def watching_open(*args, **kwargs):
        window = programs[-1].window
        nav = window.nav_list
        seen.append(
            (
                window.isVisible(),
                window.painted,
                window.screen_stack.currentWidget().text(),
                [bool(nav.item(i).flags() & Qt.ItemFlag.ItemIsEnabled) for i in range(nav.count())],
            )
        )
        return real_open(*args, **kwargs)

    monkeypatch.setattr(bootstrap, "open_database", watching_open)
    program = start(qapp, programs, paths, prompter, "--database", database_url, "--lang", "da")
    [(visible, painted, shown, enabled)] = seen
    assert visible and painted
    assert shown == "Åbner databasen…"
    assert not any(enabled)
    assert program.window.database_label.text().startswith("Database: ")
    program.window.show_section(Section.LEARNERS)
    assert program.window.learners_screen.count_label.text() == "1 kursist"


class ParentRecordingPrompter(FakePrompter):
    def __init__(self) -> None:
        super().__init__()
        self.parents: list[object] = []

    def error(self, parent, title: str, text: str, details: str = "") -> None:
        self.parents.append(parent)
        super().error(parent, title, text, details)


def test_a_bad_database_after_the_window_is_shown_gives_the_dialog_and_exit_code_2(
    qapp, paths, tmp_path
):
    target = tmp_path / "notes.sqlite3"
    target.write_bytes(b"These are my notes, not a database.\n" * 200)
    prompter = ParentRecordingPrompter()
    previous = QLocale()
    try:
        code = app.main(
            ["--database", str(target), "--data-dir", str(paths.data_dir), "--lang", "da"],
            prompter=prompter,
        )
    finally:
        QLocale.setDefault(previous)
    assert code == app.EXIT_DATABASE_ERROR
    [shown] = prompter.shown
    assert shown.title == "Databasen kan ikke åbnes"
    assert "Filen er ikke en database" in shown.text
    assert "Mentor Desktop lukker nu." in shown.text
    [parent] = prompter.parents
    assert type(parent).__name__ == "MainWindow"
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_the_window_can_be_shown_without_loading_the_database_layer():
    code = (
        "import sys, mentor_desktop.app; "
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'reportlab', 'openpyxl') "
        "if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": os.pathsep.join(filter(None, [ROOT, os.environ.get("PYTHONPATH")])),
        },
        check=True,
    )
    assert done.stdout.strip() == "[]"
