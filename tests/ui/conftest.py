"""UI test helpers: a Prompter that records instead of showing dialogs, settings in the
test's own profile, and a window over the real services."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from mentor_desktop.app import install_translators, remove_translators
from mentor_desktop.ui.main_window import MainWindow, Section
from mentor_desktop.ui.prompter import UnsavedAnswer
from mentor_desktop.ui.settings import Settings


@dataclass
class Shown:
    kind: str
    title: str
    text: str
    details: str = ""


@dataclass
class FakePrompter:
    """Records every message; answers questions with ``answer``."""

    answer: bool = False
    unsaved_answer: UnsavedAnswer = UnsavedAnswer.CANCEL
    choice: int | None = None
    save_path: str | None = None
    open_path: str | None = None
    shown: list[Shown] = field(default_factory=list)

    def error(self, parent, title: str, text: str, details: str = "") -> None:
        self.shown.append(Shown("error", title, text, details))

    def information(self, parent, title: str, text: str) -> None:
        self.shown.append(Shown("information", title, text))

    def confirm(self, parent, title: str, text: str) -> bool:
        self.shown.append(Shown("confirm", title, text))
        return self.answer

    def ask_unsaved(self, parent, title: str, text: str) -> UnsavedAnswer:
        self.shown.append(Shown("unsaved", title, text))
        return self.unsaved_answer

    def choose(self, parent, title: str, text: str, choices: list[str], current: int = 0):
        self.shown.append(Shown("choose", title, text, "\n".join(choices)))
        return self.choice

    def save_file_name(self, parent, title: str, suggested: str, file_filter: str):
        self.shown.append(Shown("save_file", title, suggested, file_filter))
        return self.save_path

    def open_file_name(self, parent, title: str, file_filter: str):
        self.shown.append(Shown("open_file", title, "", file_filter))
        return self.open_path

    def choose_folder(self, parent, title: str):
        self.shown.append(Shown("choose_folder", title, ""))
        return self.save_path

    def unexpected_error(self, parent, details: str) -> None:
        self.shown.append(Shown("unexpected", "", "", details))

    def kinds(self) -> list[str]:
        return [s.kind for s in self.shown]


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


@pytest.fixture
def settings(paths) -> Settings:
    return Settings(paths.config_dir)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    previous = QLocale()
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)
    QLocale.setDefault(previous)


@pytest.fixture
def window(qtbot, services, settings, prompter, english) -> MainWindow:
    """The main window, switched from its start screen (Today) to Learners, where most
    screen tests begin."""
    result = MainWindow(services, settings, prompter)
    qtbot.addWidget(result)
    result.show()
    qtbot.waitExposed(result)
    result.show_section(Section.LEARNERS)
    return result
