"""Every screen of the main window, in English and in Danish, over a demo centre with a row
chosen: no two captions a user can reach with Alt share a letter, the menus included, and at
the smallest window every button shows its whole caption."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTabBar, QWidget

from mentor_desktop.app import DEMO_SEED, install_translators, remove_translators
from mentor_desktop.services.demo import DemoSize
from mentor_desktop.ui.main_window import Section

SCREENS = [
    Section.TODAY,
    Section.LEARNERS,
    Section.EMPLOYERS,
    Section.PLACEMENTS,
    Section.SESSIONS,
    Section.VOCABULARY,
    Section.CERTIFICATES,
    Section.REPORTS,
]


def _key(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def alt_keys(window, screen: QWidget) -> dict[str, list[str]]:
    """Each Alt key in use on ``screen`` (and the menu bar) with the captions that use it."""
    captions = [action.text() for action in window.menuBar().actions()]
    for button in screen.findChildren(QAbstractButton):
        if button.isVisibleTo(screen):
            captions.append(button.text())
    for label in screen.findChildren(QLabel):
        if label.isVisibleTo(screen) and label.buddy() is not None:
            captions.append(label.text())
    for bar in screen.findChildren(QTabBar):
        if bar.isVisibleTo(screen):
            captions.extend(bar.tabText(i) for i in range(bar.count()))
    keys: dict[str, list[str]] = {}
    for caption in captions:
        if key := _key(caption):
            keys.setdefault(key, []).append(caption)
    return keys


def clashes(window, qtbot) -> dict[str, dict[str, list[str]]]:
    found = {}
    for section in SCREENS:
        window.show_section(section)
        screen = window.screen_stack.currentWidget()
        for view in screen.findChildren(QAbstractItemView):
            model = view.model()
            if view.isVisibleTo(screen) and model is not None and model.rowCount() > 0:
                view.setCurrentIndex(model.index(0, 0))
        double = {k: v for k, v in alt_keys(window, screen).items() if len(v) > 1}
        if double:
            found[section.value] = double
    return found


@pytest.fixture
def demo_window(window, services, qtbot):
    services.demo.fill(size=DemoSize.SMALL, seed=DEMO_SEED)
    window.events.data_reset.emit()
    with qtbot.waitSignal(window.reports_screen.report_ready, timeout=10_000):
        window.show_section(Section.REPORTS)
    yield window
    window.reports_screen.wait()


def test_no_two_captions_on_a_screen_share_an_alt_key_in_english(demo_window, qtbot):
    assert clashes(demo_window, qtbot) == {}


def test_no_two_captions_on_a_screen_share_an_alt_key_in_danish(demo_window, qapp, qtbot):
    previous = QLocale()
    translators = install_translators(qapp, "da")
    try:
        qapp.processEvents()
        assert demo_window.learners_screen.count_label.text().endswith("kursister")
        assert clashes(demo_window, qtbot) == {}
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(previous)
        qapp.processEvents()


def clipped_buttons(window, qtbot) -> dict[str, list[str]]:
    """Per screen, the visible buttons narrower than their caption needs."""
    found = {}
    for section in SCREENS:
        window.show_section(section)
        qtbot.wait(10)
        screen = window.screen_stack.currentWidget()
        narrow = [
            button.text()
            for button in screen.findChildren(QAbstractButton)
            if button.isVisibleTo(screen)
            and button.text()
            and button.width() < button.sizeHint().width()
        ]
        if narrow:
            found[section.value] = narrow
    return found


def test_at_the_smallest_window_every_button_shows_its_whole_caption(demo_window, qapp, qtbot):
    demo_window.resize(1, 1)
    qtbot.wait(10)
    assert demo_window.width() < 1000
    assert clipped_buttons(demo_window, qtbot) == {}
    previous = QLocale()
    translators = install_translators(qapp, "da")
    try:
        qapp.processEvents()
        demo_window.resize(1, 1)
        qtbot.wait(10)
        assert clipped_buttons(demo_window, qtbot) == {}
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(previous)
        qapp.processEvents()
