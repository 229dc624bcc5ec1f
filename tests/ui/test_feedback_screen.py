"""The Feedback screen over a real database: a new form, employer mode with a signature drawn
by mouse, the signed form reopened read-only with its seal checked, the row tampered with in
SQL and the warning seen; a new version with a reason; a paper form with its scan; the PDF
written; the criteria changed."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from mentor_desktop.domain.enums import FeedbackStatus, SignatureMethod
from mentor_desktop.services.feedback_types import SealState
from mentor_desktop.ui.feedback_criteria_dialog import FeedbackCriteriaDialog
from mentor_desktop.ui.feedback_dialogs import CorrectionDialog, NewFeedbackDialog
from mentor_desktop.ui.feedback_paper_dialog import FeedbackPaperDialog
from mentor_desktop.ui.feedback_table_model import Column
from mentor_desktop.ui.main_window import Section
from mentor_desktop.ui.tutor_pin_dialog import TutorPinDialog
from tests.ui.feedback_data import TUTOR_PIN, build_case, draw_signature, tamper, tutor_leaves
from tests.ui.test_employers_screen import when_dialog


@pytest.fixture
def case(services):
    return build_case(services)


@pytest.fixture
def screen(window, case):
    window.show_section(Section.FEEDBACK)
    result = window.feedback_screen
    result.reload()
    return result


def cell(screen, row: int, column: Column) -> str:
    return screen.model.index(row, column).data()


def sign_in_employer_mode(qtbot, screen, services, prompter):
    mode = screen.start_employer_mode()
    assert mode is not None and mode.isFullScreen()
    for row in mode.form.rows.values():
        qtbot.mouseClick(row.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(mode.form.name_edit, "Jens Holm")
    qtbot.keyClicks(mode.form.role_edit, "Produktionsleder")
    draw_signature(qtbot, mode.form.pad)
    qtbot.mouseClick(mode.sign_button, Qt.MouseButton.LeftButton)
    assert mode.is_signed()
    tutor_leaves(qtbot, mode, services, prompter)
    assert not mode.isVisible()
    return mode.detail()


def test_the_feedback_section_is_available_and_lists_the_draft(window, screen, case):
    assert window.is_available(Section.FEEDBACK)
    assert screen.model.rowCount() == 1
    assert cell(screen, 0, Column.LEARNER) == "Amal Haddad"
    assert cell(screen, 0, Column.STATUS) == "Draft"
    assert cell(screen, 0, Column.SEAL) == ""
    assert screen.employer_button.isEnabled()
    assert not screen.correct_button.isEnabled()


def test_sign_reopen_tamper_and_see_the_warning(qtbot, screen, services, case, prompter, caplog):
    signed = sign_in_employer_mode(qtbot, screen, services, prompter)
    assert signed.status is FeedbackStatus.SIGNED
    # Reopened: read-only, the seal checked and said so.
    assert screen.form_pane.detail.id == case.draft.id
    assert "Seal checked" in screen.form_pane.seal_label.text()
    assert screen.form_pane.signer_value.text() == "Jens Holm"
    assert screen.form_pane.signature_image.pixmap() is not None
    assert cell(screen, 0, Column.STATUS) == "Signed"
    assert cell(screen, 0, Column.SEAL) == "OK"
    assert not screen.employer_button.isEnabled()
    assert screen.correct_button.isEnabled()

    tamper(services, case.draft.id, "Alt er fint.")
    screen.reload()
    screen.feedback_table.selectRow(0)
    warning = screen.form_pane.seal_label.text()
    assert "changed after it was signed" in warning
    assert cell(screen, 0, Column.SEAL) == "Broken!"
    assert f"feedback form {case.draft.id}: the seal does not match" in caplog.text


def test_the_pdf_of_the_signed_form_is_written(qtbot, screen, services, prompter, tmp_path):
    sign_in_employer_mode(qtbot, screen, services, prompter)
    prompter.save_path = str(tmp_path / "form.pdf")
    assert screen.pdf_action.isEnabled()
    screen.pdf_action.trigger()
    text = PdfReader(io.BytesIO((tmp_path / "form.pdf").read_bytes())).pages[0].extract_text()
    assert "Feedback from the workplace" in text and "Jens Holm" in text


def test_a_new_form_names_a_period_in_the_wrong_order_next_to_its_end(qtbot, screen, case):
    def act(dialog: NewFeedbackDialog) -> None:
        dialog.placement_combo.set_current(case.placement_id, "Amal Haddad")
        dialog.start_edit.setDate(QDate(2026, 11, 20))
        dialog.end_edit.setDate(QDate(2026, 11, 1))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible()
        assert dialog.errors.text("period_end") == "The period cannot end before it starts."
        dialog.end_edit.setDate(QDate(2026, 12, 18))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(NewFeedbackDialog, act)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert screen.model.rowCount() == 2
    assert screen.form_pane.detail.period_end == date(2026, 12, 18)


def test_a_new_version_needs_a_reason_and_keeps_the_signed_form(
    qtbot, screen, services, case, prompter
):
    sign_in_employer_mode(qtbot, screen, services, prompter)

    def act(dialog: CorrectionDialog) -> None:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.errors.text("correction_reason") == "This field must be filled in."
        qtbot.keyClicks(dialog.reason_edit, "Forkert navn på underskriver")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(CorrectionDialog, act)
    qtbot.mouseClick(screen.correct_button, Qt.MouseButton.LeftButton)
    new = screen.form_pane.detail
    assert new.supersedes_id == case.draft.id and new.status is FeedbackStatus.DRAFT
    assert "Forkert navn på underskriver" in screen.form_pane.history_value.text()
    assert services.feedback.get(case.draft.id).status is FeedbackStatus.SIGNED


def test_a_paper_form_is_recorded_with_its_scan(qtbot, screen, services, case, tmp_path):
    gif = tmp_path / "scan.gif"
    gif.write_bytes(b"GIF89a" + b"\0" * 20)
    png = tmp_path / "scan.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 20)

    def act(dialog: FeedbackPaperDialog) -> None:
        for combo in dialog.rating_combos.values():
            combo.setCurrentIndex(3)
        dialog.name_edit.setText("Jens Holm")
        dialog.signed_edit.setDate(QDate(2026, 11, 25))
        dialog.scan_edit.setText(str(gif))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.errors.text("scan") == "The file is not a PDF, PNG or JPEG file."
        assert dialog.name_edit.text() == "Jens Holm"
        dialog.scan_edit.setText(str(png))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog(FeedbackPaperDialog, act)
    qtbot.mouseClick(screen.paper_button, Qt.MouseButton.LeftButton)
    detail = services.feedback.get(case.draft.id)
    assert detail.method is SignatureMethod.PAPER and detail.seal is SealState.OK
    assert detail.data.ratings["safety"] == 3
    assert cell(screen, 0, Column.STATUS) == "Signed on paper"
    assert screen.scan_action.isEnabled()


def test_the_criteria_get_a_new_version_for_new_forms(qtbot, screen, services, case):
    def act(dialog: FeedbackCriteriaDialog) -> None:
        dialog.add_row("safety", "Dobbelt", "Double")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.errors.text("criteria.6.key") == "safety is already in use."
        dialog.rows[6]["key"].setText("phone")
        dialog.rows[6]["da"].setText("Taler i telefon")
        dialog.rows[6]["en"].setText("Talks on the phone")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog(FeedbackCriteriaDialog, act)
    qtbot.mouseClick(screen.criteria_button, Qt.MouseButton.LeftButton)
    current = services.feedback_criteria.current()
    assert current.number == 2 and current.criteria[-1].key == "phone"
    assert services.feedback.get(case.draft.id).criteria.number == 1


def test_the_tutor_pin_is_chosen_twice_and_checked(qtbot, services, case):
    choose = TutorPinDialog(services.tutor_pin, case.tutor_id, choose=True)
    qtbot.addWidget(choose)
    qtbot.keyClicks(choose.pin_edit, "2580")
    qtbot.keyClicks(choose.repeat_edit, "2581")
    choose.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert choose.error_label.text() == "The two PINs are not the same."
    choose.repeat_edit.setText("2580")
    choose.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert choose.result() == TutorPinDialog.DialogCode.Accepted

    ask = TutorPinDialog(services.tutor_pin, case.tutor_id, choose=False)
    qtbot.addWidget(ask)
    qtbot.keyClicks(ask.pin_edit, "1111")
    ask.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert ask.error_label.text() == "That is not your PIN. Try again."
    ask.pin_edit.setText("2580")
    ask.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert ask.result() == TutorPinDialog.DialogCode.Accepted


def test_on_a_shared_database_leaving_employer_mode_needs_the_pin(
    qtbot, screen, services, case, prompter
):
    if not services.tutor_pin.is_shared_database():
        pytest.skip("a SQLite file is not shared: leaving asks for a confirmation instead")
    mode = screen.start_employer_mode()

    def wrong_then_right(dialog: TutorPinDialog) -> None:
        dialog.pin_edit.setText("0000")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible()
        dialog.pin_edit.setText(TUTOR_PIN)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog(TutorPinDialog, wrong_then_right)
    qtbot.mouseClick(mode.leave_button, Qt.MouseButton.LeftButton)
    assert not mode.isVisible()
    assert "confirm" not in prompter.kinds()
