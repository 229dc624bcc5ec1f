"""The Feedback screen: the employers' feedback forms (placement, period, status, whether the
seal holds), the chosen one read-only beside the list with its seal checked each time it is
shown; a new form, employer mode for a draft, a form signed on paper, a new version of a
signed form, its PDF, a blank form for paper and the criteria."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import FeedbackStatus, SignatureMethod
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.feedback_types import FeedbackDetail
from mentor_desktop.ui.employer_mode import EmployerMode
from mentor_desktop.ui.events import AppEvents
from mentor_desktop.ui.feedback_criteria_dialog import FeedbackCriteriaDialog
from mentor_desktop.ui.feedback_detail_pane import FeedbackDetailPane, app_language
from mentor_desktop.ui.feedback_dialogs import CorrectionDialog, NewFeedbackDialog
from mentor_desktop.ui.feedback_messages import feedback_error_text
from mentor_desktop.ui.feedback_paper_dialog import FeedbackPaperDialog
from mentor_desktop.ui.feedback_table_model import Column, FeedbackTableModel
from mentor_desktop.ui.list_screen import ListScreen
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.settings import Settings
from mentor_desktop.ui.tutor_pin_dialog import TutorPinDialog

log = logging.getLogger(__name__)

SCAN_SUFFIXES = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


def file_stem(detail: FeedbackDetail) -> str:
    """A file name without spaces or odd characters: "feedback-amal-haddad-2026-11-20"."""
    name = re.sub(r"[^\w]+", "-", detail.learner_name.casefold()).strip("-")
    return f"feedback-{name}-{detail.period_end.isoformat()}"


class FeedbackScreen(ListScreen):
    """Lists the feedback forms and shows the one chosen."""

    model: FeedbackTableModel
    form_pane: FeedbackDetailPane

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        settings: Settings,
        prompter: Prompter,
        parent: QWidget | None = None,
    ):
        self.employer_mode: EmployerMode | None = None
        super().__init__("feedback_screen", services, events, settings, prompter, parent)

    def _create_model(self) -> FeedbackTableModel:
        return FeedbackTableModel(self._services.feedback, self)

    def _build_ui(self) -> None:
        def button(name: str) -> QPushButton:
            result = QPushButton()
            result.setObjectName(f"feedback_{name}_button")
            return result

        self.new_button = button("new")
        self.criteria_button = button("criteria")
        list_row = QHBoxLayout()
        list_row.addWidget(self.new_button)
        list_row.addStretch(1)
        list_row.addWidget(self.criteria_button)

        self.employer_button = button("employer_mode")
        self.paper_button = button("paper")
        self.correct_button = button("correct")
        self.delete_button = button("delete")
        self.files_button = button("files")
        self.files_menu = QMenu(self.files_button)
        self.pdf_action = self.files_menu.addAction("")
        self.blank_action = self.files_menu.addAction("")
        self.scan_action = self.files_menu.addAction("")
        self.files_button.setMenu(self.files_menu)
        self.form_pane = FeedbackDetailPane()
        self.detail_pane = QWidget()
        side = QVBoxLayout(self.detail_pane)
        side.setContentsMargins(0, 0, 0, 0)
        for widgets in (
            (self.employer_button, self.paper_button),
            (self.correct_button, self.files_button, self.delete_button),
        ):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            side.addLayout(row)
        side.addWidget(self.form_pane, 1)
        self.feedback_table = self._build_list_ui(
            "feedback",
            rows=[list_row],
            sort_column=Column.PERIOD,
            sort_order=Qt.SortOrder.DescendingOrder,
            stretch_column=Column.EMPLOYER,
            column_widths={
                Column.LEARNER: 130,
                Column.PERIOD: 160,
                Column.STATUS: 125,
                Column.SIGNED: 145,
                Column.SEAL: 80,
            },
            splitter_sizes=[780, 420],
        )
        self._sort_as_header_shows()
        self._update_actions()

    def _connect_signals(self) -> None:
        self._connect_list_signals()
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.employer_button.clicked.connect(self._on_employer_button_clicked)
        self.paper_button.clicked.connect(self._on_paper_button_clicked)
        self.correct_button.clicked.connect(self._on_correct_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.pdf_action.triggered.connect(self._on_pdf_action_triggered)
        self.blank_action.triggered.connect(self._on_blank_action_triggered)
        self.scan_action.triggered.connect(self._on_scan_action_triggered)
        self.criteria_button.clicked.connect(self._on_criteria_button_clicked)
        self._events.placement_changed.connect(self._on_events_changed)
        self._events.learner_changed.connect(self._on_events_changed)
        self._events.employer_changed.connect(self._on_events_changed)
        self._events.data_reset.connect(self.reload)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Feedback"))
        self.search_edit.setPlaceholderText(self.tr("Search by learner or employer"))
        self.search_edit.setAccessibleName(self.tr("Search feedback forms"))
        self.search_edit.setToolTip(self.tr("Search by learner or employer (Ctrl+F)"))
        self.archived_check.setText(self.tr("Show replaced"))
        self.feedback_table.setAccessibleName(self.tr("Feedback forms"))
        self.new_button.setText(self.tr("&New form…"))
        self.new_button.setToolTip(self.tr("A new feedback form for a placement and period"))
        self.employer_button.setText(self.tr("&Employer mode"))
        self.employer_button.setToolTip(
            self.tr("Hand the device to the employer to fill in and sign the chosen draft")
        )
        self.paper_button.setText(self.tr("&Paper form…"))
        self.paper_button.setToolTip(self.tr("The chosen draft was filled in and signed on paper"))
        self.correct_button.setText(self.tr("New &version…"))
        self.correct_button.setToolTip(
            self.tr("Correct the chosen signed form; the signed one is kept")
        )
        self.delete_button.setText(self.tr("&Delete draft"))
        self.files_button.setText(self.tr("&Files"))
        self.files_button.setToolTip(self.tr("PDFs of the chosen form and its scan"))
        self.pdf_action.setText(self.tr("Save the signed form as P&DF…"))
        self.blank_action.setText(self.tr("Save a &blank form to sign on paper…"))
        self.scan_action.setText(self.tr("Save the &scan of the paper form…"))
        self.criteria_button.setText(self.tr("C&riteria…"))
        self.criteria_button.setToolTip(self.tr("Change the criteria that new forms ask about"))
        self._update_count()

    # What ListScreen asks for

    def _current_detail(self) -> FeedbackDetail | None:
        return self.form_pane.detail

    def _get_detail(self, row_id: int) -> FeedbackDetail:
        return self._services.feedback.get(row_id)

    def _show_detail(self, detail: FeedbackDetail | None) -> None:
        self.form_pane.show_form(detail)
        self._update_actions()

    def _update_count(self) -> None:
        total = self.model.total
        if self.model.query.strip():
            self._show_count(
                self.tr("%n form(s) found", "", total),
                self.tr("No feedback form matches the search."),
            )
        else:
            self._show_count(
                self.tr("%n form(s)", "", total),
                self.tr("No feedback forms yet. Make one with New form."),
            )

    def _update_actions(self) -> None:
        detail = self._current_detail()
        draft = detail is not None and detail.editable
        signed = detail is not None and detail.status is FeedbackStatus.SIGNED
        self.employer_button.setEnabled(draft)
        self.paper_button.setEnabled(draft)
        self.blank_action.setEnabled(draft)
        self.delete_button.setEnabled(draft)
        self.correct_button.setEnabled(
            signed and detail is not None and detail.correction_draft_id is None
        )
        self.pdf_action.setEnabled(detail is not None and not draft)
        self.scan_action.setEnabled(
            detail is not None and detail.method is SignatureMethod.PAPER and not draft
        )
        self.files_button.setEnabled(detail is not None)

    # Opening

    def open_form(self, form_id: int) -> None:
        """Show ``form_id`` in the list (clearing a search that hides it) and its details."""
        if self._select_row_of(form_id):
            return
        self.search_timer.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.archived_check.setChecked(True)
        self.model.set_query("")
        self._show_record(form_id)

    def _after_change(self, form_id: int) -> None:
        self.model.reload()
        self.open_form(form_id)

    # Employer mode

    def start_employer_mode(self) -> EmployerMode | None:
        """Hand the chosen draft to the employer, full screen. Where several people share
        the database the tutor needs a PIN to leave it again, chosen now if there is none."""
        detail = self._current_detail()
        if detail is None or not detail.editable:
            return None
        pins = self._services.tutor_pin
        tutor_id = self._services.context.user_id or detail.tutor_id
        try:
            if pins.is_shared_database():
                if tutor_id is None:
                    self._prompter.error(
                        self,
                        self.tr("Employer mode"),
                        self.tr(
                            "Several people use this database, so employer mode needs to know "
                            "whose PIN unlocks it. Choose who is working first (File menu)."
                        ),
                    )
                    return None
                if not pins.has_pin(tutor_id):
                    dialog = TutorPinDialog(pins, tutor_id, choose=True, parent=self)
                    if dialog.exec() != QDialog.DialogCode.Accepted:
                        return None
        except MentorError as error:
            self.error_occurred.emit(error)
            return None
        mode = EmployerMode(
            self._services, self._prompter, detail, tutor_id=tutor_id, parent=self.window()
        )
        mode.finished.connect(self._on_employer_mode_finished)
        self.employer_mode = mode
        mode.start()
        return mode

    def _on_employer_mode_finished(self, _result: int) -> None:
        mode = self.employer_mode
        self.employer_mode = None
        if mode is None:
            return
        self._after_change(mode.detail().id)
        mode.deleteLater()

    # Actions

    def _on_new_button_clicked(self) -> None:
        dialog = NewFeedbackDialog(self._services, parent=self)
        if dialog.exec() and dialog.created is not None:
            self._after_change(dialog.created.id)

    def _on_employer_button_clicked(self) -> None:
        self.start_employer_mode()

    def _on_paper_button_clicked(self) -> None:
        detail = self._current_detail()
        if detail is None or not detail.editable:
            return
        dialog = FeedbackPaperDialog(self._services, self._prompter, detail, self)
        if dialog.exec() and dialog.recorded is not None:
            self._after_change(dialog.recorded.id)

    def _on_correct_button_clicked(self) -> None:
        detail = self._current_detail()
        if detail is None:
            return
        dialog = CorrectionDialog(self._services, detail, self)
        if dialog.exec() and dialog.created is not None:
            self._after_change(dialog.created.id)

    def _on_delete_button_clicked(self) -> None:
        detail = self._current_detail()
        if detail is None or not detail.editable:
            return
        question = self.tr("Delete the unsigned form of {learner} for {employer}?").format(
            learner=detail.learner_name, employer=detail.employer_name
        )
        if not self._prompter.confirm(self, self.tr("Delete draft"), question):
            return
        try:
            self._services.feedback.delete_draft(detail.id, expected_version=detail.version)
        except MentorError as error:
            self._show_error(error)
            return
        self.model.reload()

    def _on_pdf_action_triggered(self) -> None:
        detail = self._current_detail()
        if detail is None:
            return
        path = self._prompter.save_file_name(
            self, self.tr("Save the signed form as PDF"), f"{file_stem(detail)}.pdf", "PDF (*.pdf)"
        )
        if path:
            self._save(
                lambda: self._services.feedback_documents.save_signed_pdf(
                    detail.id, path, language=app_language()
                )
            )

    def _on_blank_action_triggered(self) -> None:
        detail = self._current_detail()
        if detail is None:
            return
        path = self._prompter.save_file_name(
            self,
            self.tr("Save a blank form to print"),
            f"{file_stem(detail)}-blank.pdf",
            "PDF (*.pdf)",
        )
        if path:
            self._save(
                lambda: self._services.feedback_documents.save_blank_pdf(
                    detail.id, path, language=app_language()
                )
            )

    def _on_scan_action_triggered(self) -> None:
        detail = self._current_detail()
        if detail is None or detail.scan_mime is None:
            return
        suffix = SCAN_SUFFIXES.get(detail.scan_mime, "")
        path = self._prompter.save_file_name(
            self, self.tr("Save the scan"), f"{file_stem(detail)}-scan{suffix}", f"*{suffix}"
        )
        if path:
            self._save(lambda: self._services.feedback_documents.save_scan(detail.id, path))

    def _on_criteria_button_clicked(self) -> None:
        FeedbackCriteriaDialog(self._services, self).exec()

    def _save(self, write) -> None:  # type: ignore[no-untyped-def]
        try:
            write()
        except MentorError as error:
            self._show_error(error)

    def _show_error(self, error: MentorError) -> None:
        self._prompter.error(self, self.tr("Feedback"), feedback_error_text(error))

    def _on_events_changed(self, _record_id: int) -> None:
        self.model.reload()
