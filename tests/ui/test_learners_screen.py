from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QPoint, Qt

from mentor_desktop.ui.learner_detail_pane import format_date
from mentor_desktop.ui.learner_table_model import Column
from tests.ui.helpers import add_amal_with_sessions, add_learner


def names(screen) -> list[str]:
    model = screen.model
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def test_window_names_the_database_in_use(window, services):
    label = window.database_label.text()
    assert services.description in label
    assert "Learners" in [window.nav_list.item(i).text() for i in range(window.nav_list.count())]


def test_only_screens_that_exist_are_available(window):
    from mentor_desktop.ui.main_window import Section

    assert window.is_available(Section.TODAY) and window.is_available(Section.LEARNERS)
    assert window.is_available(Section.SETTINGS)
    available = [s for s in Section if window.is_available(s)]
    assert window.screen_stack.count() == len(available)


def test_typing_narrows_the_list_to_the_matching_learner(window, services, qtbot):
    add_learner(services, "Amal", "Haddad")
    add_learner(services, "Olena", "Kovalenko")
    add_learner(services, "Tesfay", "Gebremedhin")
    screen = window.learners_screen
    screen.reload()
    assert screen.count_label.text() == "3 learners"

    qtbot.keyClicks(screen.search_edit, "kova")
    qtbot.waitUntil(lambda: names(screen) == ["Kovalenko, Olena"], timeout=2000)
    assert screen.count_label.text() == "1 learner found"
    assert screen.detail_pane.name_label.text() == "Olena Kovalenko"

    screen.search_edit.clear()
    qtbot.keyClicks(screen.search_edit, "zzz")
    qtbot.waitUntil(lambda: names(screen) == [], timeout=2000)
    assert screen.count_label.text() == "0 learners found"
    assert screen.empty_list_label.isVisible()


def test_clicking_a_header_sorts_in_the_database(window, services, qtbot):
    add_learner(services, "Amal", "Haddad", case_reference="C-2")
    add_learner(services, "Olena", "Kovalenko", case_reference="C-1")
    add_learner(services, "Tesfay", "Berhe", case_reference="C-3")
    screen = window.learners_screen
    screen.reload()
    assert names(screen) == ["Berhe, Tesfay", "Haddad, Amal", "Kovalenko, Olena"]

    header = screen.learner_table.horizontalHeader()
    x = header.sectionViewportPosition(Column.CASE_REFERENCE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert names(screen) == ["Kovalenko, Olena", "Haddad, Amal", "Berhe, Tesfay"]

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert names(screen) == ["Berhe, Tesfay", "Haddad, Amal", "Kovalenko, Olena"]


def test_a_column_the_database_cannot_sort_keeps_the_order(window, services, qtbot):
    add_learner(services, "Amal", "Haddad")
    add_learner(services, "Olena", "Kovalenko")
    screen = window.learners_screen
    screen.reload()
    header = screen.learner_table.horizontalHeader()
    header.setSortIndicator(Column.EMPLOYER, Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == Column.NAME
    assert names(screen) == ["Haddad, Amal", "Kovalenko, Olena"]


def test_selecting_a_row_shows_name_languages_and_hours(window, services, qtbot):
    add_amal_with_sessions(services)
    add_learner(services, "Olena", "Kovalenko", languages=["uk"])
    screen = window.learners_screen
    screen.reload()
    table = screen.learner_table
    rect = table.visualRect(screen.model.index(0, Column.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    pane = screen.detail_pane
    assert pane.name_label.text() == "Amal Haddad"
    assert pane.languages_value.text() == "Arabic (العربية), English"
    assert pane.sessions_value.text() == "3"
    assert pane.hours_value.text() == "3.0 (4.0 lessons of 45 min)"
    assert pane.level_values[next(iter(pane.level_values))].text() == "not recorded"
    placements = pane.findChildren(type(pane.name_label), "placement_label")
    assert len(placements) == 1
    assert "Bageriet Nord" in placements[0].text()
    assert "Mette Sørensen" in placements[0].text()
    assert format_date(date(2026, 9, 1)) in placements[0].text()
    assert "Running" in placements[0].text()
    assert "indicative" in pane.level_heading.text()


def test_keyboard_moves_through_the_list(window, services, qtbot):
    add_learner(services, "Amal", "Haddad")
    add_learner(services, "Olena", "Kovalenko")
    screen = window.learners_screen
    screen.reload()
    table = screen.learner_table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert screen.detail_pane.name_label.text() == "Olena Kovalenko"


def test_ctrl_f_focuses_the_search_field(window, qtbot):
    screen = window.learners_screen
    window.nav_list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(screen.search_edit.hasFocus, timeout=1000)


def test_scrolling_fetches_the_next_page(window, services, qtbot):
    with services.context.write() as s:
        from mentor_desktop.db import models as m

        s.add_all(
            m.Learner(
                first_name=f"Person{i:03d}",
                last_name="Test",
                search_text=f"person{i:03d} test",
            )
            for i in range(250)
        )
    screen = window.learners_screen
    screen.reload()
    assert screen.count_label.text() == "250 learners"
    assert screen.model.rowCount() == 100

    table = screen.learner_table
    table.scrollToBottom()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 200, timeout=2000)
    table.scrollToBottom()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 250, timeout=2000)
    assert not screen.model.canFetchMore()
    assert len(set(names(screen))) == 250


def test_the_search_waits_for_a_pause_in_typing(window, services, qtbot):
    add_learner(services, "Amal", "Haddad")
    add_learner(services, "Olena", "Kovalenko")
    screen = window.learners_screen
    screen.reload()
    started = time.monotonic()
    qtbot.keyClicks(screen.search_edit, "olena")
    assert screen.model.query == ""
    qtbot.waitUntil(lambda: screen.model.query == "olena", timeout=2000)
    assert time.monotonic() - started >= 0.14
    assert names(screen) == ["Kovalenko, Olena"]
