from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentor_desktop.domain.enums import Attendance
from mentor_desktop.services.users import UserInput
from mentor_desktop.ui.main_window import MainWindow, Section
from mentor_desktop.ui.today_models import AttentionColumn, VisitColumn
from tests.today_data import Caseload, build_caseload

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def caseload(services) -> Caseload:
    result = build_caseload(services)
    services.context.user_id = result.mette
    return result


@pytest.fixture
def today_window(qtbot, services, settings, prompter, english, caseload) -> MainWindow:
    """The main window as Mette, the tutor, finds it when the program starts."""
    window = MainWindow(services, settings, prompter)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def column(model, col) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the focus is, as a person would."""
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def test_today_is_the_start_screen_with_a_tutors_three_lists(today_window):
    window = today_window
    assert window.current_section() is Section.TODAY
    screen = window.today_screen
    assert screen.title_label.text().startswith("Today, ")
    assert screen.planned_label.text() == "&Planned visits (2)"
    assert screen.attention_label.text() == "&Needs attention (4)"
    assert screen.recent_label.text() == "&Recent visits, last 14 days (4)"
    assert column(screen.planned_model, VisitColumn.WHEN) == [
        "Today, 10:00",
        "Wed 02/12/2026, 08:30",
    ]
    assert column(screen.attention_model, AttentionColumn.LEARNER) == [
        "Fatima Ali",
        "Tesfay Gebremedhin",
        "Amal Haddad",
        "Olena Kovalenko",
    ]
    assert column(screen.attention_model, AttentionColumn.REASON) == [
        "No session for 14 days",
        "Ends in 8 days",
        "No first visit yet, referred 26 days ago",
        "No session for 17 days",
    ]
    assert column(screen.recent_model, VisitColumn.ATTENDANCE) == [
        "Attended",
        "Planned, not logged",
        "Attended",
        "Attended",
    ]
    # A tutor's own caseload: nobody else's learner, no tutor column.
    assert "Yusuf Warsame" not in column(screen.planned_model, VisitColumn.LEARNER)
    assert screen.planned_table.isColumnHidden(VisitColumn.TUTOR)


def test_a_coordinator_sees_everyones_day_with_the_tutor(
    qtbot, services, settings, prompter, english, caseload
):
    services.context.user_id = caseload.coordinator
    window = MainWindow(services, settings, prompter)
    qtbot.addWidget(window)
    screen = window.today_screen
    assert "Yusuf Warsame" in column(screen.planned_model, VisitColumn.LEARNER)
    assert not screen.planned_table.isColumnHidden(VisitColumn.TUTOR)
    assert "Jonas Berg" in column(screen.attention_model, AttentionColumn.TUTOR)
    assert screen.attention_label.text() == "&Needs attention (5)"


def test_a_session_logged_by_keyboard_alone_from_today(today_window, services, caseload, qtbot):
    screen = today_window.today_screen
    amal = caseload.placements["Amal"]
    key(qtbot, Qt.Key.Key_N, ALT)  # to the "Needs attention" list
    assert screen.attention_table.hasFocus()
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    assert (
        screen.attention_model.row_at(screen.attention_table.currentIndex().row()).placement_id
        == amal
    )
    key(qtbot, Qt.Key.Key_Return)

    dialog = screen.session_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    assert dialog.form.values()["placement_id"] == amal
    key(qtbot, Qt.Key.Key_3, ALT)  # 90 minutes
    key(qtbot, Qt.Key.Key_W, ALT)  # the work situations
    key(qtbot, Qt.Key.Key_Space)  # safety briefing
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)  # reporting a fault
    key(qtbot, Qt.Key.Key_N, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "Første besøg: præsenterede sig for holdet")
    key(qtbot, Qt.Key.Key_X, ALT)
    qtbot.keyClicks(QApplication.focusWidget(), "Øve fejlmelding")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: screen.session_dialog is None, timeout=2000)

    [row] = services.sessions.list(placement_id=amal).rows
    assert row.session_date == date(2026, 11, 27)
    assert row.minutes == 90 and row.attendance is Attendance.ATTENDED
    saved = services.sessions.get(row.id)
    assert [w.code for w in saved.work_situations] == ["safety_briefing", "reporting_fault"]
    assert saved.data.note == "Første besøg: præsenterede sig for holdet"
    assert saved.data.next_step == "Øve fejlmelding"
    assert saved.data.tutor_id == caseload.mette
    # The lists follow: Amal had her first visit today.
    assert "Amal Haddad" not in column(screen.attention_model, AttentionColumn.LEARNER)
    assert column(screen.recent_model, VisitColumn.LEARNER)[0] == "Amal Haddad"
    # The list the row came from has the focus again once the window is active.
    assert today_window.focusWidget() is screen.attention_table


def test_a_planned_visit_becomes_a_held_one(today_window, services, caseload, qtbot):
    screen = today_window.today_screen
    key(qtbot, Qt.Key.Key_P, ALT)
    assert screen.planned_table.hasFocus()
    key(qtbot, Qt.Key.Key_L, CTRL)
    dialog = screen.session_dialog
    assert dialog.windowTitle() == "Log a planned visit"
    assert dialog.form.values()["start_time"] == "10:00"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: screen.session_dialog is None, timeout=2000)

    held = services.sessions.get(caseload.sessions["hamid_today"])
    assert held.data.attendance is Attendance.ATTENDED
    assert held.data.start_time == time(10, 0) and held.data.minutes == 45
    assert screen.planned_label.text() == "&Planned visits (1)"
    assert column(screen.recent_model, VisitColumn.WHEN)[0] == "Today, 10:00"


def test_an_unlogged_plan_in_the_recent_list_is_logged_with_enter(
    today_window, services, caseload, qtbot
):
    screen = today_window.today_screen
    key(qtbot, Qt.Key.Key_R, ALT)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    dialog = screen.session_dialog
    assert dialog.session_id == caseload.sessions["tesfay_unlogged"] and dialog.hold
    dialog.reject()


def test_f2_edits_a_recent_visit_and_delete_asks_first(
    today_window, services, caseload, prompter, qtbot
):
    screen = today_window.today_screen
    key(qtbot, Qt.Key.Key_R, ALT)
    key(qtbot, Qt.Key.Key_F2)
    dialog = screen.session_dialog
    assert dialog.windowTitle() == "Edit session"
    assert dialog.session_id == caseload.sessions["hamid"]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    prompter.answer = True
    key(qtbot, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: prompter.kinds() == ["confirm"], timeout=2000)
    qtbot.waitUntil(lambda: screen.session_dialog is None, timeout=2000)
    assert caseload.sessions["hamid"] not in [
        s.id for s in services.sessions.list(placement_id=caseload.placements["Hamid"]).rows
    ]
    assert screen.recent_label.text() == "&Recent visits, last 14 days (3)"


def test_ctrl_l_without_a_row_opens_an_empty_choice(qtbot, services, settings, prompter, english):
    window = MainWindow(services, settings, prompter)
    qtbot.addWidget(window)
    dialog = window.today_screen.log_current()
    assert dialog is not None and dialog.form.values()["placement_id"] is None
    dialog.reject()


def test_planned_visits_export_to_an_ics_file(today_window, prompter, tmp_path, caseload):
    prompter.save_path = str(tmp_path / "mine")
    today_window.today_screen.export_action.trigger()
    assert [s.kind for s in prompter.shown] == ["save_file", "information"]
    assert prompter.shown[-1].text == f"2 planned visits written to {tmp_path / 'mine.ics'}."
    calendar = icalendar.Calendar.from_ical((tmp_path / "mine.ics").read_bytes())
    first, second = calendar.walk("VEVENT")
    assert str(first["summary"]) == "Visit: Hamid, Bageriet Nord"
    copenhagen = ZoneInfo("Europe/Copenhagen")
    assert first.decoded("dtstart") == datetime(2026, 11, 27, 10, 0, tzinfo=copenhagen)
    assert first.decoded("duration") == timedelta(minutes=45)
    assert "Havnegade 3, 9000 Aalborg" in str(first["location"])
    assert second.decoded("dtstart") == datetime(2026, 12, 2, 8, 30, tzinfo=copenhagen)
    assert [p.name for p in tmp_path.glob("mine*")] == ["mine.ics"]


def test_an_export_that_cannot_be_written_says_so(today_window, prompter, tmp_path):
    prompter.save_path = str(tmp_path / "missing-folder" / "visits.ics")
    assert not today_window.today_screen.export_calendar()
    assert prompter.kinds() == ["save_file", "error"]
    assert "could not be written" in prompter.shown[-1].text


def test_a_cancelled_export_writes_nothing(today_window, prompter, tmp_path):
    assert not today_window.today_screen.export_calendar()
    assert prompter.kinds() == ["save_file"]


def test_log_session_from_the_learners_screen(today_window, services, caseload, qtbot):
    window = today_window
    window.show_section(Section.LEARNERS)
    screen = window.learners_screen
    screen.search_edit.setText("Olena")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=2000)
    screen.learner_table.selectRow(0)
    screen.learner_table.setFocus()
    assert screen.log_session_button.isEnabled()
    key(qtbot, Qt.Key.Key_L, CTRL)
    dialog = window.today_screen.session_dialog
    assert dialog is not None
    assert dialog.form.values()["placement_id"] == caseload.placements["Olena"]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.today_screen.session_dialog is None, timeout=2000)
    assert services.sessions.list(placement_id=caseload.placements["Olena"]).total == 2
    qtbot.waitUntil(lambda: screen.detail_pane.sessions_value.text() == "2", timeout=2000)


def test_a_learner_without_an_open_placement_cannot_log(window, services):
    from tests.ui.helpers import add_learner

    add_learner(services, "Ewa", "Nowak")
    screen = window.learners_screen
    screen.reload()
    screen.learner_table.selectRow(0)
    assert not screen.log_session_button.isEnabled()


def test_every_tutors_name_is_shown_in_full(qtbot, services, settings, prompter, english, caseload):
    user = services.users.get(caseload.mette)
    services.users.update(
        caseload.mette,
        UserInput(name="Mette Lund Johannesen", login=user.login, role=user.role),
        expected_version=user.version,
    )
    services.context.user_id = caseload.coordinator
    window = MainWindow(services, settings, prompter)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    screen = window.today_screen
    for table, tutor in (
        (screen.planned_table, VisitColumn.TUTOR),
        (screen.recent_table, VisitColumn.TUTOR),
        (screen.attention_table, AttentionColumn.TUTOR),
    ):
        names = column(table.model(), tutor)
        assert "Mette Lund Johannesen" in names
        widest = max(table.fontMetrics().horizontalAdvance(name) for name in names)
        assert table.columnWidth(tutor) > widest
