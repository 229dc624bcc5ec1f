"""Issue one certificate: choose the learner and the certificate's language, read the
checklist (the name exactly as it will print first), override a failed check with a reason,
look at a preview, then Issue. ``value()`` is the ``IssueRequest`` the screen hands on."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import CertificateLanguage
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.certificates import Checklist, IssueRequest
from mentor_desktop.ui import certificate_labels
from mentor_desktop.ui.certificate_checklist import CertificateChecklist
from mentor_desktop.ui.certificate_preview_dialog import CertificatePreviewDialog
from mentor_desktop.ui.forms import error_color
from mentor_desktop.ui.placement_lookup_combo import LOOKUP_LIMIT, LookupCombo
from mentor_desktop.ui.prompter import Prompter


class CertificateIssueDialog(QDialog):
    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("certificate_issue_dialog")
        self._services = services
        self._prompter = prompter
        self._checklist: Checklist | None = None
        self.preview_dialog: CertificatePreviewDialog | None = None
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()
        self._update()
        self.resize(640, 440)

    def _build_ui(self) -> None:
        self.learner_label = QLabel()
        self.learner_combo = LookupCombo(self._find_learners)
        self.learner_combo.setObjectName("certificate_learner_combo")
        self.learner_label.setBuddy(self.learner_combo)
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("certificate_language_combo")
        for language in CertificateLanguage:
            self.language_combo.addItem("", language)
        self.language_label.setBuddy(self.language_combo)
        form = QFormLayout()
        form.addRow(self.learner_label, self.learner_combo)
        form.addRow(self.language_label, self.language_combo)

        self.checks_box = QGroupBox()
        self.checklist = CertificateChecklist()
        box_layout = QVBoxLayout(self.checks_box)
        box_layout.addWidget(self.checklist)

        self.message_label = QLabel()
        self.message_label.setObjectName("certificate_issue_message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {error_color(self)};")

        self.preview_button = QPushButton()
        self.preview_button.setObjectName("certificate_preview_button")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.issue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.issue_button.setObjectName("certificate_issue_button")
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.checks_box, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.learner_combo.chosen.connect(self._on_learner_combo_chosen)
        self.checklist.changed.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Issue certificate"))
        self.learner_label.setText(self.tr("&Learner:"))
        self.learner_combo.setAccessibleName(self.tr("Learner"))
        self.learner_combo.line_edit.setPlaceholderText(self.tr("Type part of the name"))
        self.language_label.setText(self.tr("Certificate &language:"))
        self.language_combo.setAccessibleName(self.tr("Certificate language"))
        for index in range(self.language_combo.count()):
            self.language_combo.setItemText(
                index, certificate_labels.language_name(self.language_combo.itemData(index))
            )
        self.checks_box.setTitle(self.tr("Checks before issuing"))
        self.preview_button.setText(self.tr("Pre&view"))
        self.issue_button.setText(self.tr("&Issue"))
        self.checklist.retranslate_ui()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def value(self) -> IssueRequest | None:
        learner_id = self.learner_combo.current_id()
        if learner_id is None or self._checklist is None:
            return None
        return IssueRequest(
            learner_id,
            language=self.language_combo.currentData(),
            placement_ids=self._checklist.placement_ids,
            overrides=self.checklist.overrides(),
        )

    def accept(self) -> None:
        if self.issue_button.isEnabled():
            super().accept()

    def _find_learners(self, text: str) -> list[tuple[int, str]]:
        try:
            page = self._services.learners.list(query=text, limit=LOOKUP_LIMIT, count=False)
        except MentorError:
            return []
        return [(row.id, row.full_name) for row in page.rows]

    def _on_learner_combo_chosen(self, learner_id: object) -> None:
        self._checklist = None
        self.message_label.setText("")
        if isinstance(learner_id, int):
            try:
                self._checklist = self._services.certificates.check(learner_id)
            except MentorError as error:
                self.message_label.setText(certificate_labels.error_text(error))
        self.checklist.set_results(self._checklist.results if self._checklist else [])

    def _update(self) -> None:
        ready = self._checklist is not None
        unresolved = self.checklist.unresolved() if ready else []
        self.issue_button.setEnabled(ready and not unresolved)
        self.preview_button.setEnabled(ready)
        if ready and unresolved:
            self.message_label.setText(
                self.tr(
                    "Some checks failed: tick Override and give the reason for each, or "
                    "put the records right first."
                )
            )
        elif ready:
            self.message_label.setText("")

    def _on_preview_button_clicked(self) -> None:
        request = self.value()
        if request is None:
            return
        try:
            pdf = self._services.certificates.preview(request)
        except MentorError as error:
            self.message_label.setText(certificate_labels.error_text(error))
            return
        self.preview_dialog = CertificatePreviewDialog(
            pdf, self.learner_combo.currentText(), self._prompter, parent=self
        )
        self.preview_dialog.open()
