"""Employer mode driven by qtbot over a real database: answers, name and a signature drawn
with mouse events; what is missing shown next to its field; the program's shortcuts and
closing locked away until the tutor leaves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QSignalSpy

from mentor_desktop.domain.enums import FeedbackStatus, SignatureMethod
from mentor_desktop.services.feedback_types import SealState
from mentor_desktop.ui.employer_mode import EmployerMode
from tests.ui.feedback_data import build_case, draw_signature, stored_strokes, tutor_leaves


@pytest.fixture
def case(services):
    return build_case(services)


@pytest.fixture
def employer_mode(qtbot, services, prompter, english, case):
    mode = EmployerMode(services, prompter, case.draft, tutor_id=case.tutor_id)
    qtbot.addWidget(mode)
    mode.start()
    qtbot.waitExposed(mode)
    yield mode
    mode._may_close = True
    mode._release()


def answer_all(qtbot, mode: EmployerMode, rating: int = 3) -> None:
    for row in mode.form.rows.values():
        qtbot.mouseClick(row.buttons[rating], Qt.MouseButton.LeftButton)


def test_employer_mode_is_full_screen_in_danish_with_large_type(employer_mode):
    assert employer_mode.isFullScreen()
    assert employer_mode.isModal()
    assert employer_mode.title_label.text() == "Hvordan klarer Amal Haddad sproget på arbejdet?"
    assert employer_mode.form.rows["safety"].name_label.text() == "Sikkerhedskommunikation"
    assert employer_mode.form.rows["safety"].buttons[0].text() == "Ikke set"
    assert employer_mode.sign_button.font().pointSize() >= 18
    assert "simpel elektronisk signatur" in employer_mode.form.simple_signature_label.text()


def test_the_employer_can_switch_to_english(qtbot, employer_mode):
    qtbot.mouseClick(employer_mode.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert employer_mode.title_label.text() == "How does Amal Haddad manage the language at work?"
    assert employer_mode.form.rows["safety"].name_label.text() == "Safety communication"
    assert "simple electronic signature" in employer_mode.form.simple_signature_label.text()


def test_an_empty_pad_and_a_missing_name_are_named_next_to_their_fields(
    qtbot, services, employer_mode, case
):
    answer_all(qtbot, employer_mode)
    qtbot.mouseClick(employer_mode.sign_button, Qt.MouseButton.LeftButton)
    form = employer_mode.form
    assert form.signature_error_label.isVisible()
    assert "tom" in form.signature_error_label.text()
    assert form.name_error_label.isVisible()
    assert "navn" in form.name_error_label.text()
    assert employer_mode.message_label.isVisible()
    assert services.feedback.get(case.draft.id).status is FeedbackStatus.DRAFT


def test_an_unanswered_criterion_is_named_on_its_row(qtbot, employer_mode):
    answer_all(qtbot, employer_mode)
    row = employer_mode.form.rows["writing"]
    row.set_rating(False, None)
    draw_signature(qtbot, employer_mode.form.pad)
    qtbot.keyClicks(employer_mode.form.name_edit, "Jens Holm")
    qtbot.mouseClick(employer_mode.sign_button, Qt.MouseButton.LeftButton)
    assert row.error_label.isVisible()
    assert not employer_mode.form.rows["safety"].error_label.isVisible()
    assert not employer_mode.is_signed()


def test_a_signature_drawn_with_the_mouse_signs_and_seals_the_form(
    qtbot, services, employer_mode, case
):
    answer_all(qtbot, employer_mode, 3)
    qtbot.mouseClick(employer_mode.form.rows["customers"].buttons[0], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(employer_mode.form.comments_edit, "Amal spørger, når hun er i tvivl.")
    qtbot.keyClicks(employer_mode.form.name_edit, "Jens Holm")
    qtbot.keyClicks(employer_mode.form.role_edit, "Produktionsleder")
    draw_signature(qtbot, employer_mode.form.pad)
    assert employer_mode.form.pad.has_signature()
    spy = QSignalSpy(employer_mode.signed)
    qtbot.mouseClick(employer_mode.sign_button, Qt.MouseButton.LeftButton)

    assert spy.count() == 1
    assert employer_mode.pages.currentIndex() == 1
    assert "underskrevet" in employer_mode.thanks_label.text()
    signed = services.feedback.get(case.draft.id)
    assert signed.status is FeedbackStatus.SIGNED
    assert signed.method is SignatureMethod.DRAWN
    assert signed.seal is SealState.OK
    assert signed.data.signer_name == "Jens Holm"
    assert signed.data.ratings["customers"] is None
    assert signed.data.ratings["safety"] == 3
    strokes = stored_strokes(services, case.draft.id)
    assert len(strokes) == 1 and len(strokes[0]) == 12
    assert all(set(point) == {"x", "y", "p", "t"} for point in strokes[0])
    assert signed.signature_png is not None


def test_clear_empties_the_pad(qtbot, employer_mode):
    draw_signature(qtbot, employer_mode.form.pad)
    qtbot.mouseClick(employer_mode.form.clear_button, Qt.MouseButton.LeftButton)
    assert employer_mode.form.pad.strokes() == []


def test_the_programs_shortcuts_escape_and_closing_do_nothing(
    qtbot, window, services, case, prompter
):
    mode = EmployerMode(services, prompter, case.draft, tutor_id=case.tutor_id, parent=window)
    qtbot.addWidget(mode)
    mode.start()
    qtbot.waitExposed(mode)
    searched = QSignalSpy(window.search_action.triggered)
    quit_spy = QSignalSpy(window.quit_action.triggered)
    for keys in ("Ctrl+K", "Ctrl+Q", "Ctrl+1", "Ctrl+F"):
        sequence = QKeySequence(keys)[0]
        qtbot.keyClick(mode.form.name_edit, sequence.key(), sequence.keyboardModifiers())
    qtbot.keyClick(mode.form.name_edit, Qt.Key.Key_Escape)
    assert mode.close() is False
    assert searched.count() == 0 and quit_spy.count() == 0
    assert mode.isVisible() and window.isVisible()

    tutor_leaves(qtbot, mode, services, prompter, allow=False)
    assert mode.isVisible()
    qtbot.keyClicks(mode.form.name_edit, "Jens")
    tutor_leaves(qtbot, mode, services, prompter)
    assert not mode.isVisible()
    # What the employer filled in is kept as the draft, and the shortcuts work again.
    assert services.feedback.get(case.draft.id).data.signer_name == "Jens"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
