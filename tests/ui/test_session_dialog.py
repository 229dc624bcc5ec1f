from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mentor_desktop.domain.enums import Attendance, SessionMode
from mentor_desktop.ui.session_dialog import SessionDialog
from tests.today_data import Caseload, build_caseload


@pytest.fixture
def caseload(services) -> Caseload:
    return build_caseload(services)


@pytest.fixture
def open_dialog(qtbot, services, prompter, english):
    def make(**kwargs) -> SessionDialog:
        dialog = SessionDialog(services, prompter, **kwargs)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    return make


def sessions_of(services, placement_id: int):
    return services.sessions.list(placement_id=placement_id).rows


def test_a_new_session_starts_with_today_an_hour_and_attended(open_dialog, caseload):
    dialog = open_dialog(placement_id=caseload.placements["Olena"])
    values = dialog.form.values()
    assert values["placement_id"] == caseload.placements["Olena"]
    assert values["session_date"] == "2026-11-27"
    assert values["minutes"] == 60
    assert values["attendance"] == Attendance.ATTENDED.value
    assert dialog.preset_buttons[60].isChecked()
    assert "Olena Kovalenko" in dialog.placement_combo.currentText()
    assert not dialog.form.is_dirty()
    assert not dialog.delete_button.isVisible()


def test_duration_presets_have_shortcuts(open_dialog, caseload, qtbot):
    dialog = open_dialog(placement_id=caseload.placements["Olena"])
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert dialog.minutes_spin.value() == 90
    assert dialog.preset_buttons[90].isChecked()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert dialog.minutes_spin.value() == 120
    dialog.minutes_spin.setValue(75)
    assert not any(b.isChecked() for b in dialog.preset_buttons.values())


def test_an_attended_session_in_the_future_is_refused_next_to_the_date(
    open_dialog, caseload, services, qtbot
):
    placement = caseload.placements["Olena"]
    before = len(sessions_of(services, placement))
    dialog = open_dialog(placement_id=placement)
    dialog.date_edit.setFocus()
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(1))
    qtbot.waitUntil(lambda: dialog.form.error_of("session_date") != "", timeout=2000)
    message = "A session in the future cannot have been attended."
    assert dialog.form.error_of("session_date") == message
    assert dialog.form.fields["session_date"].error_label.isVisible()
    assert dialog.form.error_of("minutes") == ""

    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.saved_value is None
    assert len(sessions_of(services, placement)) == before
    assert dialog.form.values()["session_date"] == "2026-11-28"

    # Planned is allowed in the future: the message goes as the user changes it.
    dialog.attendance_combo.setCurrentIndex(
        dialog.attendance_combo.findData(Attendance.PLANNED.value)
    )
    qtbot.waitUntil(lambda: dialog.form.error_of("session_date") == "", timeout=2000)


def test_a_zero_duration_is_named_and_the_typed_note_survives(
    open_dialog, caseload, services, qtbot
):
    placement = caseload.placements["Olena"]
    dialog = open_dialog(placement_id=placement)
    qtbot.keyClicks(dialog.note_edit, "Øvede sygemelding i telefonen")
    dialog.minutes_spin.setValue(0)
    dialog.accept()
    assert dialog.form.error_of("minutes") == "Must be more than 0."
    assert dialog.note_edit.toPlainText() == "Øvede sygemelding i telefonen"
    assert len(sessions_of(services, placement)) == 1


def test_a_planned_visit_opens_as_attended_and_is_saved_as_held(
    open_dialog, caseload, services, qtbot
):
    session_id = caseload.sessions["hamid_today"]
    dialog = open_dialog(session_id=session_id, hold=True)
    assert dialog.windowTitle() == "Log a planned visit"
    assert dialog.form.values()["start_time"] == "10:00"
    assert dialog.form.values()["minutes"] == 45
    assert dialog.form.values()["attendance"] == Attendance.ATTENDED.value
    assert dialog.form.is_dirty()
    qtbot.keyClicks(dialog.next_step_edit, "Vagtplanen")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = services.sessions.get(session_id)
    assert saved.data.attendance is Attendance.ATTENDED
    assert saved.data.start_time == time(10, 0) and saved.data.minutes == 45
    assert saved.data.next_step == "Vagtplanen"
    assert (
        services.sessions.list(attendance=Attendance.PLANNED, date_from=date(2026, 11, 27)).total
        == 2
    )


def test_edit_keeps_the_tutor_and_changes_what_was_typed(open_dialog, caseload, services, qtbot):
    session_id = caseload.sessions["tesfay"]
    dialog = open_dialog(session_id=session_id)
    assert dialog.windowTitle() == "Edit session"
    assert dialog.delete_button.isVisible()
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData(SessionMode.PHONE.value))
    dialog.situation_list.setFocus()
    qtbot.keyClick(dialog.situation_list, Qt.Key.Key_Space)
    dialog.accept()
    saved = services.sessions.get(session_id)
    assert saved.data.mode is SessionMode.PHONE
    assert [w.code for w in saved.work_situations] == ["safety_briefing"]
    assert saved.data.tutor_id == caseload.mette


def test_delete_asks_first_and_a_no_keeps_the_session(
    open_dialog, caseload, services, prompter, qtbot
):
    session_id = caseload.sessions["tesfay"]
    dialog = open_dialog(session_id=session_id)
    prompter.answer = False
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert prompter.kinds() == ["confirm"]
    assert "Tesfay Gebremedhin" in prompter.shown[0].text
    assert dialog.isVisible()
    assert services.sessions.get(session_id).id == session_id

    prompter.answer = True
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.deleted and dialog.result() == QDialog.DialogCode.Accepted
    assert session_id not in [s.id for s in sessions_of(services, caseload.placements["Tesfay"])]


def test_the_placement_is_found_by_typing_part_of_a_name(open_dialog, caseload, qtbot):
    dialog = open_dialog()
    assert dialog.form.values()["placement_id"] is None
    assert dialog.placement_combo.hasFocus()
    qtbot.keyClicks(dialog.placement_combo.lineEdit(), "kova")
    popup = dialog.placement_combo.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.form.values()["placement_id"] == caseload.placements["Olena"]


def test_no_placement_is_named_on_save(open_dialog, caseload, services):
    dialog = open_dialog()
    total = services.sessions.list().total
    dialog.accept()
    assert dialog.form.error_of("placement_id") == "This field must be filled in."
    assert services.sessions.list().total == total


def test_a_session_in_the_past_with_everything_is_saved(open_dialog, caseload, services, qtbot):
    placement = caseload.placements["Amal"]
    dialog = open_dialog(placement_id=placement)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))
    dialog.start_edit.set_value("08:15")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(dialog.other_edit, "Læse sikkerhedsdatablad")
    dialog.accept()
    [saved] = sessions_of(services, placement)
    assert saved.session_date == date(2026, 11, 27) - timedelta(days=1)
    assert saved.start_time == time(8, 15) and saved.minutes == 45
    detail = services.sessions.get(saved.id)
    assert detail.data.work_situations_other == "Læse sikkerhedsdatablad"


def test_a_session_form_left_open_by_a_crash_is_offered_again_on_today(
    qapp, paths, prompter, database_url, services, caseload, qtbot
):
    import shiboken6

    from mentor_desktop.app import Program, parse_args
    from mentor_desktop.ui.main_window import Section

    placement_id = caseload.placements["Olena"]
    options = parse_args(["--database", database_url, "--lang", "en"])
    crashed = Program(qapp, options, paths, prompter)
    assert crashed.start()
    dialog = crashed.window.today_screen.open_session(placement_id=placement_id)
    qtbot.keyClicks(dialog.note_edit, "Practised the safety briefing")
    drafts = crashed.services.drafts
    qtbot.waitUntil(
        lambda: (
            (draft := drafts.load("session", f"new-{placement_id}")) is not None
            and draft.payload["values"]["note"] == "Practised the safety briefing"
        ),
        timeout=5000,
    )
    # The program stops without closing the form or the window.
    shiboken6.delete(crashed.window)
    crashed.window = None
    crashed.close()

    prompter.answer = True
    prompter.shown.clear()
    again = Program(qapp, options, paths, prompter)
    try:
        assert again.start()
        offers = [s.text for s in prompter.shown if s.title == "Unsaved form found"]
        assert len(offers) == 1
        assert offers[0].startswith("An unsaved session form from ")
        assert again.window.current_section() is Section.TODAY
        reopened = again.window.today_screen.session_dialog
        assert reopened is not None and reopened.isVisible()
        assert reopened.note_edit.toPlainText() == "Practised the safety briefing"
        assert reopened.form.values()["placement_id"] == placement_id
    finally:
        again.close()
