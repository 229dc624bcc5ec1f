from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication

from mentor_desktop.domain.enums import Attendance, PlacementStatus
from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.services.placements import PlacementInput
from mentor_desktop.services.sessions import SessionInput
from mentor_desktop.services.sites import SiteInput
from mentor_desktop.ui.main_window import Section
from mentor_desktop.ui.session_table_model import Column
from tests.today_data import Caseload, build_caseload

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def caseload(services) -> Caseload:
    """The Today caseload (eight sessions at Bageriet Nord) and one more at Vestlager:
    Olena's cancelled visit there on 2026-11-03, with a note."""
    caseload = build_caseload(services)
    store = services.employers.create(EmployerInput(name="Vestlager", cvr="13585628")).id
    site = services.sites.create(store, SiteInput(name="Lager 2")).id
    learner = services.learners.create(LearnerInput(first_name="Sara", last_name="Tekle")).id
    placement = services.placements.create(
        PlacementInput(
            learner_id=learner,
            site_id=site,
            tutor_id=caseload.jonas,
            start_date=date(2026, 10, 1),
            status=PlacementStatus.ACTIVE,
        )
    ).id
    caseload.placements["Sara"] = placement
    caseload.sessions["sara"] = services.sessions.create(
        SessionInput(
            placement_id=placement,
            session_date=date(2026, 11, 3),
            minutes=45,
            attendance=Attendance.CANCELLED,
            note="Lageret holdt lukket",
        )
    ).id
    return caseload


@pytest.fixture
def screen(window, caseload, qtbot):
    window.show_section(Section.SESSIONS)
    result = window.sessions_screen
    result.reload()
    return result


def column(screen, col: Column) -> list[str]:
    model = screen.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def search(qtbot, screen, text: str) -> None:
    screen.search_edit.clear()
    qtbot.keyClicks(screen.search_edit, text)
    qtbot.waitUntil(lambda: screen.model.query == text, timeout=2000)


def test_sessions_is_in_the_navigation_after_placements(window):
    names = [window.nav_list.item(i).text() for i in range(window.nav_list.count())]
    assert names.index("Sessions") == names.index("Placements") + 1
    assert window.is_available(Section.SESSIONS)


def test_all_sessions_are_listed_newest_first_with_the_chosen_one_beside(screen, qtbot):
    assert screen.count_label.text() == "9 sessions"
    assert column(screen, Column.LEARNER)[:3] == [
        "Hamid Rahimi",
        "Yusuf Warsame",
        "Hamid Rahimi",
    ]
    assert column(screen, Column.DATE)[0] == "02/12/2026 08:30"
    assert column(screen, Column.LEARNER)[-1] == "Sara Tekle"
    assert column(screen, Column.EMPLOYER)[-1] == "Vestlager — Lager 2"
    assert column(screen, Column.DURATION)[-1] == "45 min"
    assert column(screen, Column.ATTENDANCE)[-1] == "Visit cancelled"

    screen.session_table.setFocus()
    qtbot.keyClick(screen.session_table, Qt.Key.Key_End, CTRL)
    pane = screen.detail_pane
    assert pane.title_label.text() == "Sara Tekle"
    assert pane.when_label.text() == "Tuesday, 3 November 2026"
    assert pane.employer_value.text() == "Vestlager — Lager 2"
    assert pane.tutor_value.text() == "Jonas Berg"
    assert pane.duration_value.text() == "45 min (1.0 lessons of 45 min)"
    assert pane.attendance_value.text() == "Visit cancelled"
    assert pane.note_value.text() == "Lageret holdt lukket"
    assert screen.edit_button.isEnabled() and screen.delete_button.isEnabled()


def test_search_finds_sessions_by_learner_employer_or_cvr(screen, qtbot):
    search(qtbot, screen, "vestlag")
    assert column(screen, Column.LEARNER) == ["Sara Tekle"]
    assert screen.count_label.text() == "1 session found"
    # The only row found is chosen and shown.
    assert screen.detail_pane.title_label.text() == "Sara Tekle"

    search(qtbot, screen, "13585628")
    assert column(screen, Column.LEARNER) == ["Sara Tekle"]

    search(qtbot, screen, "hamid")
    assert column(screen, Column.LEARNER) == ["Hamid Rahimi"] * 3

    search(qtbot, screen, "nobody by that name")
    assert screen.model.rowCount() == 0
    assert screen.empty_list_label.isVisible()
    assert screen.empty_list_label.text() == "No session matches the search and filters."


def test_filters_by_tutor_attendance_and_period(screen, caseload, qtbot):
    screen.tutor_combo.setCurrentIndex(screen.tutor_combo.findText("Jonas Berg"))
    assert sorted(column(screen, Column.LEARNER)) == ["Sara Tekle", "Yusuf Warsame"]
    assert screen.count_label.text() == "2 sessions found"
    screen.tutor_combo.setCurrentIndex(0)

    screen.attendance_combo.setCurrentIndex(screen.attendance_combo.findText("Planned"))
    assert column(screen, Column.DATE) == [
        "02/12/2026 08:30",
        "30/11/2026 14:00",
        "27/11/2026 10:00",
        "24/11/2026 13:00",
    ]
    screen.attendance_combo.setCurrentIndex(0)

    screen.from_field.date_edit.setDate(QDate(2026, 11, 13))
    qtbot.mouseClick(screen.from_field.known_check, Qt.MouseButton.LeftButton)
    screen.to_field.date_edit.setDate(QDate(2026, 11, 24))
    qtbot.mouseClick(screen.to_field.known_check, Qt.MouseButton.LeftButton)
    assert column(screen, Column.LEARNER) == [
        "Tesfay Gebremedhin",
        "Tesfay Gebremedhin",
        "Fatima Ali",
    ]
    qtbot.mouseClick(screen.from_field.known_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.to_field.known_check, Qt.MouseButton.LeftButton)
    assert screen.model.total == 9


def test_a_click_on_a_heading_sorts_in_the_database(screen, qtbot):
    header = screen.session_table.horizontalHeader()
    x = header.sectionViewportPosition(Column.LEARNER) + 20
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    learners = column(screen, Column.LEARNER)
    assert learners[0] == "Fatima Ali"
    assert learners[-1] == "Yusuf Warsame"
    # One learner's visits follow each other, newest first.
    hamid = [
        screen.model.index(r, Column.DATE).data()
        for r in range(screen.model.rowCount())
        if learners[r] == "Hamid Rahimi"
    ]
    assert hamid == ["02/12/2026 08:30", "27/11/2026 10:00", "25/11/2026 08:00"]


def test_log_a_session_from_the_list_by_keyboard(screen, caseload, services, qtbot):
    search(qtbot, screen, "vestlag")
    screen.session_table.setFocus()
    qtbot.keyClick(screen.session_table, Qt.Key.Key_N, CTRL)
    dialog = screen.session_dialog
    assert dialog is not None and dialog.isVisible()
    # A new visit for the chosen session's placement, today.
    assert dialog.form.values()["placement_id"] == caseload.placements["Sara"]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: screen.session_dialog is None, timeout=2000)

    assert column(screen, Column.DATE)[0].startswith("27/11/2026")
    assert column(screen, Column.DURATION) == ["90 min", "45 min"]
    assert screen.detail_pane.duration_value.text().startswith("90 min")
    assert services.sessions.list(placement_id=caseload.placements["Sara"]).total == 2


def test_enter_edits_the_chosen_session(screen, caseload, services, qtbot):
    search(qtbot, screen, "vestlag")
    screen.session_table.setFocus()
    qtbot.keyClick(screen.session_table, Qt.Key.Key_Return)
    dialog = screen.session_dialog
    assert dialog is not None and dialog.session_id == caseload.sessions["sara"]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    dialog.note_edit.setFocus()
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(dialog.note_edit, "; ny tid aftalt")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: screen.session_dialog is None, timeout=2000)

    assert screen.detail_pane.note_value.text() == "Lageret holdt lukket; ny tid aftalt"
    assert services.sessions.get(caseload.sessions["sara"]).data.note.endswith("ny tid aftalt")


def test_delete_asks_first_and_then_removes_the_row(screen, caseload, services, prompter, qtbot):
    search(qtbot, screen, "vestlag")
    screen.session_table.setFocus()

    prompter.answer = False
    qtbot.keyClick(screen.session_table, Qt.Key.Key_Delete)
    assert prompter.shown[-1].title == "Delete session"
    assert prompter.shown[-1].text == (
        "Delete the session with Sara Tekle on Tuesday, 3 November 2026? This cannot be undone."
    )
    assert screen.model.rowCount() == 1

    prompter.answer = True
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    assert screen.model.rowCount() == 0
    assert screen.count_label.text() == "0 sessions found"
    assert not screen.detail_pane.details_widget.isVisible()
    assert not screen.delete_button.isEnabled()
    assert services.sessions.list(placement_id=caseload.placements["Sara"]).total == 0


def test_a_session_logged_on_today_appears_in_the_sessions_list(
    window, screen, caseload, services, qtbot
):
    window.show_section(Section.TODAY)
    dialog = window.today_screen.open_session(placement_id=caseload.placements["Olena"])
    dialog.minutes_spin.setValue(75)
    dialog.accept()
    olena = [
        screen.model.index(r, Column.DURATION).data()
        for r in range(screen.model.rowCount())
        if screen.model.index(r, Column.LEARNER).data() == "Olena Kovalenko"
    ]
    assert olena == ["75 min", "60 min"]
    assert screen.model.total == 10
