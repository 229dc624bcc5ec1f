"""The demo centre offered on an empty database, filled off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from mentor_desktop.app import Program, parse_args
from mentor_desktop.services.learners import LearnerInput


class RecordingDemo:
    """Stands in for the demo generator: adds a few learners through the real service."""

    def __init__(self, services):
        self._services = services
        self.calls: list[dict] = []

    def database_is_empty(self) -> bool:
        return self._services.learners.list(limit=1).total == 0

    def fill(self, *, size, seed: int, progress) -> None:
        self.calls.append({"size": size, "seed": seed, "thread": threading.current_thread().name})
        names = [("Amal", "Haddad"), ("Olena", "Kovalenko"), ("Tesfay", "Berhe")]
        for done, (first, last) in enumerate(names, start=1):
            self._services.learners.create(LearnerInput(first_name=first, last_name=last))
            if not progress(done, len(names)):
                return


@pytest.fixture
def run(qapp, paths, prompter, database_url) -> Iterator:
    started: list[Program] = []
    previous = QLocale()

    def start(*args: str) -> Program:
        program = Program(
            qapp, parse_args(["--database", database_url, "--lang", "en", *args]), paths, prompter
        )
        started.append(program)
        assert program.open()
        program.demo = program.services.demo = RecordingDemo(program.services)
        program.show_window()
        return program

    yield start
    for program in started:
        program.close()
    QLocale.setDefault(previous)


def learner_count(program: Program) -> int:
    return program.window.learners_screen.model.rowCount()


def test_an_empty_database_is_offered_a_demo_centre(run, prompter, qtbot):
    prompter.answer = True
    program = run()
    assert prompter.kinds() == ["confirm"]
    assert "demo centre" in prompter.shown[0].text
    qtbot.waitUntil(lambda: learner_count(program) == 3, timeout=5000)
    [call] = program.demo.calls
    assert call["thread"] != threading.main_thread().name
    assert program.window.learners_screen.count_label.text() == "3 learners"


def test_a_declined_offer_is_not_repeated(run, prompter):
    prompter.answer = False
    first = run()
    assert prompter.kinds() == ["confirm"]
    assert first.demo.calls == []
    first.close()
    run()
    assert prompter.kinds() == ["confirm"]


def test_demo_fills_without_asking(run, prompter, qtbot):
    program = run("--demo")
    assert prompter.kinds() == []
    qtbot.waitUntil(lambda: learner_count(program) == 3, timeout=5000)


def test_a_database_with_data_is_left_alone(run, prompter, services):
    services.learners.create(LearnerInput(first_name="Amal", last_name="Haddad"))
    program = run("--demo")
    assert prompter.kinds() == []
    assert program.demo.calls == []


def test_the_real_demo_centre_fills_the_list(qapp, paths, prompter, database_url, qtbot):
    previous = QLocale()
    program = Program(
        qapp, parse_args(["--database", database_url, "--lang", "da", "--demo"]), paths, prompter
    )
    try:
        assert program.start()
        screen = program.window.learners_screen
        qtbot.waitUntil(lambda: screen.model.total > 0, timeout=60000)
        assert screen.count_label.text() == f"{screen.model.total} kursister"
        assert prompter.shown == []
    finally:
        program.close()
        QLocale.setDefault(previous)
