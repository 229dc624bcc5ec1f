from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSize

from mentor_desktop import app
from mentor_desktop.app import Options, Program, choose_language, parse_args
from mentor_desktop.ui.main_window import Section
from tests.ui.helpers import add_learner


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
    first.window.setGeometry(QRect(30, 40, 760, 520))
    first.window.show_section(Section.LEARNERS)
    first.window.learners_screen.splitter.setSizes([300, 330])
    sizes = first.window.learners_screen.splitter.sizes()
    first.window.close()
    first.close()

    second = start(qapp, programs, paths, prompter, "--database", database_url, "--lang", "en")
    assert second.window.size() == QSize(760, 520)
    second.window.show_section(Section.LEARNERS)
    assert second.window.learners_screen.splitter.sizes() == sizes


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
