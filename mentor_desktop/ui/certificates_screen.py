"""The Certificates screen: the register of issued certificates (search by name or number,
revoked ones on request) with the chosen one's details; issue one, issue a cohort's batch,
preview and print, reissue, revoke, and verify a code."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.certificates import CertificateRow
from mentor_desktop.ui import certificate_labels
from mentor_desktop.ui.certificate_batch_dialog import CertificateBatchDialog
from mentor_desktop.ui.certificate_detail_pane import CertificateDetailPane
from mentor_desktop.ui.certificate_issue_dialog import CertificateIssueDialog
from mentor_desktop.ui.certificate_preview_dialog import CertificatePreviewDialog
from mentor_desktop.ui.certificate_reason_dialog import CertificateReasonDialog
from mentor_desktop.ui.certificate_table_model import CertificateTableModel, Column
from mentor_desktop.ui.certificate_verify_dialog import CertificateVerifyDialog
from mentor_desktop.ui.events import AppEvents
from mentor_desktop.ui.list_screen import ListScreen
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.settings import Settings
from mentor_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class CertificatesScreen(ListScreen):
    """The register and everything done with certificates."""

    model: CertificateTableModel
    detail_pane: CertificateDetailPane

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        settings: Settings,
        prompter: Prompter,
        parent: QWidget | None = None,
    ):
        super().__init__("certificates_screen", services, events, settings, prompter, parent)

    def _create_model(self) -> CertificateTableModel:
        return CertificateTableModel(self._services.certificates, self)

    def _build_ui(self) -> None:
        self.runner = TaskRunner(self)
        self.issue_dialog: CertificateIssueDialog | None = None
        self.batch_dialog: CertificateBatchDialog | None = None
        self.preview_dialog: CertificatePreviewDialog | None = None
        self.reason_dialog: CertificateReasonDialog | None = None
        self.verify_dialog: CertificateVerifyDialog | None = None
        self.issue_button = QPushButton()
        self.issue_button.setObjectName("certificate_issue_open_button")
        self.batch_button = QPushButton()
        self.batch_button.setObjectName("certificate_batch_button")
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("certificate_open_verify_button")
        actions = QHBoxLayout()
        actions.addWidget(self.issue_button)
        actions.addWidget(self.batch_button)
        actions.addStretch(1)
        actions.addWidget(self.verify_button)

        self.detail_pane = CertificateDetailPane()
        self.preview_button = self.detail_pane.preview_button
        self.print_button = self.detail_pane.print_button
        self.reissue_button = self.detail_pane.reissue_button
        self.revoke_button = self.detail_pane.revoke_button
        self.certificate_table = self._build_list_ui(
            "certificate",
            rows=[actions],
            sort_column=Column.NUMBER,
            sort_order=Qt.SortOrder.DescendingOrder,
            stretch_column=Column.NAME,
            column_widths={
                Column.NUMBER: 115,
                Column.ISSUED: 80,
                Column.PERIOD: 160,
                Column.HOURS: 50,
                Column.STATE: 110,
            },
            splitter_sizes=[760, 400],
        )
        self._sort_as_header_shows()
        self._update_actions()

    def _connect_signals(self) -> None:
        self._connect_list_signals()
        self.issue_button.clicked.connect(self._on_issue_button_clicked)
        self.batch_button.clicked.connect(self._on_batch_button_clicked)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.reissue_button.clicked.connect(self._on_reissue_button_clicked)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.certificate_table.activated.connect(self._on_preview_button_clicked)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Certificates"))
        self.search_edit.setPlaceholderText(self.tr("Search by name or certificate number"))
        self.search_edit.setAccessibleName(self.tr("Search certificates"))
        self.search_edit.setToolTip(self.tr("Search by name or certificate number (Ctrl+F)"))
        self.archived_check.setText(self.tr("Show revoked"))
        self.certificate_table.setAccessibleName(self.tr("Register of issued certificates"))
        self.certificate_table.setToolTip(self.tr("Press Enter to preview the chosen certificate"))
        self.issue_button.setText(self.tr("&Issue…"))
        self.batch_button.setText(self.tr("&Batch…"))
        self.preview_button.setText(self.tr("Previe&w"))
        self.print_button.setText(self.tr("&Print…"))
        self.reissue_button.setText(self.tr("Reiss&ue…"))
        self.revoke_button.setText(self.tr("Re&voke…"))
        self.verify_button.setText(self.tr("Verify a &code…"))
        self._update_count()

    def _current_detail(self) -> CertificateRow | None:
        return self.detail_pane.detail

    def _get_detail(self, row_id: int) -> CertificateRow:
        return self._services.certificates.get(row_id)

    def _show_detail(self, detail: CertificateRow | None) -> None:
        self.detail_pane.show_certificate(detail)
        self._update_actions()

    def _update_actions(self) -> None:
        detail = self._current_detail()
        for button in (self.preview_button, self.print_button):
            button.setEnabled(detail is not None)
        for button in (self.reissue_button, self.revoke_button):
            button.setEnabled(detail is not None and not detail.revoked)

    def _update_count(self) -> None:
        total = self.model.total
        query = self.model.query.strip()
        if query:
            self._show_count(
                self.tr("%n certificate(s) found", "", total),
                self.tr("No certificate matches “{query}”.").format(query=query),
            )
        else:
            self._show_count(
                self.tr("%n certificate(s)", "", total),
                self.tr("No certificate has been issued yet. Issue one with Issue… or Batch…."),
            )

    def _fail(self, error: MentorError) -> None:
        self._prompter.error(self, self.tr("Certificates"), certificate_labels.error_text(error))

    # Issue one, or a batch.

    def _on_issue_button_clicked(self) -> None:
        self.issue_dialog = CertificateIssueDialog(self._services, self._prompter, self)
        self.issue_dialog.accepted.connect(self._on_issue_dialog_accepted)
        self.issue_dialog.open()

    def _on_issue_dialog_accepted(self) -> None:
        assert self.issue_dialog is not None
        request = self.issue_dialog.value()
        if request is None:
            return
        try:
            issued = self._services.certificates.issue(request)
        except MentorError as error:
            self._fail(error)
            return
        self.model.reload()
        self._show_record(issued.certificate.id)
        self._preview(issued.certificate, issued.pdf)

    def _on_batch_button_clicked(self) -> None:
        self.batch_dialog = CertificateBatchDialog(
            self._services, self._prompter, self.runner, self
        )
        self.batch_dialog.accepted.connect(self.model.reload)
        self.batch_dialog.open()

    # Preview and print.

    def _preview(self, row: CertificateRow, pdf: bytes) -> CertificatePreviewDialog:
        certificates = self._services.certificates
        self.preview_dialog = CertificatePreviewDialog(
            pdf,
            f"{row.number} – {row.printed_name}",
            self._prompter,
            save=lambda path: certificates.export(row.id, Path(path)),
            suggested_name=f"{row.number}.pdf",
            parent=self,
        )
        self.preview_dialog.open()
        return self.preview_dialog

    def _open_current(self) -> CertificatePreviewDialog | None:
        row = self._current_detail()
        if row is None:
            return None
        try:
            pdf = self._services.certificates.pdf(row.id)
        except MentorError as error:
            self._fail(error)
            return None
        return self._preview(row, pdf)

    def _on_preview_button_clicked(self) -> None:
        self._open_current()

    def _on_print_button_clicked(self) -> None:
        dialog = self._open_current()
        if dialog is not None:
            dialog.print_button.click()

    # Reissue and revoke.

    def _ask_reason(self, title: str, text: str, action: str) -> CertificateReasonDialog:
        self.reason_dialog = CertificateReasonDialog(title, text, action, self)
        self.reason_dialog.open()
        return self.reason_dialog

    def _on_reissue_button_clicked(self) -> None:
        row = self._current_detail()
        if row is None:
            return
        dialog = self._ask_reason(
            self.tr("Reissue {number}").format(number=row.number),
            self.tr(
                "A new certificate with a new number is made from the records as they are "
                "now; {number} is revoked and points to it."
            ).format(number=row.number),
            self.tr("Reissue"),
        )
        dialog.accepted.connect(lambda: self._reissue(row, dialog.value()))

    def _reissue(self, row: CertificateRow, reason: str) -> None:
        try:
            issued = self._services.certificates.reissue(row.id, reason=reason)
        except MentorError as error:
            self._fail(error)
            return
        self.model.reload()
        self._show_record(issued.certificate.id)
        self._preview(issued.certificate, issued.pdf)

    def _on_revoke_button_clicked(self) -> None:
        row = self._current_detail()
        if row is None:
            return
        dialog = self._ask_reason(
            self.tr("Revoke {number}").format(number=row.number),
            self.tr(
                "Certificate {number} to {name} will be reported as revoked when its code is "
                "checked. This cannot be undone."
            ).format(number=row.number, name=row.printed_name),
            self.tr("Revoke"),
        )
        dialog.accepted.connect(lambda: self._revoke(row, dialog.value()))

    def _revoke(self, row: CertificateRow, reason: str) -> None:
        try:
            revoked = self._services.certificates.revoke(row.id, reason=reason)
        except MentorError as error:
            self._fail(error)
            return
        self.model.reload()
        self._show_record(revoked.id)

    def _on_verify_button_clicked(self) -> None:
        self.verify_dialog = CertificateVerifyDialog(self._services.certificates, self)
        self.verify_dialog.open()
