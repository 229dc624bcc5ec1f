"""Certificates for a whole cohort: choose the learners (placements ending in a period, an
employer, a tutor), read their checks, override failed checks for all with one reason each,
and issue every ready learner's certificate into one PDF for printing or one file each. The
checks and the issuing run off the GUI thread, with progress and Cancel; a cancelled batch
issues nothing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.certificates import CheckKind
from mentor_desktop.domain.enums import CertificateLanguage, Role
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.certificates import (
    BatchOutput,
    BatchResult,
    BatchSelection,
    Checklist,
    IssueRequest,
)
from mentor_desktop.ui import certificate_labels
from mentor_desktop.ui.certificate_batch_model import CertificateBatchModel, Column
from mentor_desktop.ui.forms import DateField, error_color
from mentor_desktop.ui.placement_lookup_combo import LOOKUP_LIMIT, LookupCombo
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.tasks import Progress, Task, TaskRunner


class CertificateBatchDialog(QDialog):
    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("certificate_batch_dialog")
        self._services = services
        self._prompter = prompter
        self._runner = runner
        self.task: Task | None = None
        self.result: BatchResult | None = None
        self._target = Path()
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()
        today = services.context.today()
        self.ended_from_field.set_value((today - timedelta(days=92)).isoformat())
        self.ended_to_field.set_value(today.isoformat())
        self._update()
        self.resize(820, 720)

    def _build_ui(self) -> None:
        self.selection_box = QGroupBox()
        self.ended_from_label = QLabel()
        self.ended_from_field = DateField()
        self.ended_from_field.setObjectName("batch_ended_from_field")
        self.ended_to_label = QLabel()
        self.ended_to_field = DateField()
        self.ended_to_field.setObjectName("batch_ended_to_field")
        self.employer_label = QLabel()
        self.employer_combo = LookupCombo(self._find_employers)
        self.employer_combo.setObjectName("batch_employer_combo")
        self.tutor_label = QLabel()
        self.tutor_combo = QComboBox()
        self.tutor_combo.setObjectName("batch_tutor_combo")
        self.tutor_combo.addItem("", None)
        for user in self._services.users.list(role=Role.TUTOR, limit=500).rows:
            self.tutor_combo.addItem(user.name, user.id)
        self.certified_check = QCheckBox()
        self.certified_check.setObjectName("batch_certified_check")
        self.find_button = QPushButton()
        self.find_button.setObjectName("batch_find_button")
        for label, field in (
            (self.ended_from_label, self.ended_from_field),
            (self.ended_to_label, self.ended_to_field),
            (self.employer_label, self.employer_combo),
            (self.tutor_label, self.tutor_combo),
        ):
            label.setBuddy(field)
        selection = QFormLayout(self.selection_box)
        period = QHBoxLayout()
        period.addWidget(self.ended_from_field)
        period.addWidget(self.ended_to_label)
        period.addWidget(self.ended_to_field)
        selection.addRow(self.ended_from_label, period)
        selection.addRow(self.employer_label, self.employer_combo)
        selection.addRow(self.tutor_label, self.tutor_combo)
        find_row = QHBoxLayout()
        find_row.addWidget(self.certified_check, 1)
        find_row.addWidget(self.find_button)
        selection.addRow(find_row)

        self.model = CertificateBatchModel(self)
        self.learner_table = QTableView()
        self.learner_table.setObjectName("batch_learner_table")
        self.learner_table.setModel(self.model)
        self.learner_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.learner_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.learner_table.verticalHeader().setVisible(False)
        self.learner_table.setAlternatingRowColors(True)
        header = self.learner_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.RESULT, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.count_label.setObjectName("batch_count_label")

        self.override_box = QGroupBox()
        overrides = QGridLayout(self.override_box)
        overrides.setColumnStretch(1, 1)
        self.override_checks: dict[CheckKind, QCheckBox] = {}
        self.reason_edits: dict[CheckKind, QLineEdit] = {}
        for row, kind in enumerate(CheckKind):
            check = QCheckBox()
            check.setObjectName(f"batch_{kind}_override")
            reason = QLineEdit()
            reason.setObjectName(f"batch_{kind}_reason")
            reason.setEnabled(False)
            check.toggled.connect(reason.setEnabled)
            overrides.addWidget(check, row, 0)
            overrides.addWidget(reason, row, 1)
            self.override_checks[kind] = check
            self.reason_edits[kind] = reason

        self.language_label = QLabel()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("batch_language_combo")
        for language in CertificateLanguage:
            self.language_combo.addItem("", language)
        self.language_label.setBuddy(self.language_combo)
        self.one_file_radio = QRadioButton()
        self.one_file_radio.setObjectName("batch_one_file_radio")
        self.one_file_radio.setChecked(True)
        self.file_each_radio = QRadioButton()
        self.file_each_radio.setObjectName("batch_file_each_radio")
        self.target_label = QLabel()
        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("batch_target_edit")
        self.target_label.setBuddy(self.target_edit)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("batch_browse_button")
        output = QFormLayout()
        output.addRow(self.language_label, self.language_combo)
        radios = QHBoxLayout()
        radios.addWidget(self.one_file_radio)
        radios.addWidget(self.file_each_radio)
        radios.addStretch(1)
        output.addRow(radios)
        target = QHBoxLayout()
        target.addWidget(self.target_edit, 1)
        target.addWidget(self.browse_button)
        output.addRow(self.target_label, target)

        self.message_label = QLabel()
        self.message_label.setObjectName("batch_message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {error_color(self)};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.issue_button = QPushButton()
        self.issue_button.setObjectName("batch_issue_button")
        self.buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.AcceptRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.selection_box)
        layout.addWidget(self.learner_table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.override_box)
        layout.addLayout(output)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.find_button.clicked.connect(self._on_find_button_clicked)
        for kind in CheckKind:
            self.override_checks[kind].toggled.connect(self._update)
            self.reason_edits[kind].textChanged.connect(self._update)
        self.target_edit.textChanged.connect(self._update)
        self.one_file_radio.toggled.connect(self._update)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.issue_button.clicked.connect(self._on_issue_button_clicked)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Certificates for a cohort"))
        self.selection_box.setTitle(self.tr("Learners"))
        self.ended_from_label.setText(self.tr("Placements &ending from:"))
        self.ended_to_label.setText(self.tr("&to:"))
        self.employer_label.setText(self.tr("&Employer:"))
        self.employer_combo.line_edit.setPlaceholderText(self.tr("All employers"))
        self.employer_combo.setAccessibleName(self.tr("Employer"))
        self.tutor_label.setText(self.tr("T&utor:"))
        self.tutor_combo.setItemText(0, self.tr("All tutors"))
        self.tutor_combo.setAccessibleName(self.tr("Tutor"))
        self.certified_check.setText(self.tr("Include learners who already hold a certificate"))
        self.find_button.setText(self.tr("&Find and check"))
        self.learner_table.setAccessibleName(self.tr("Learners found and their checks"))
        self.override_box.setTitle(self.tr("Override failed checks for every learner found"))
        for kind in CheckKind:
            title = certificate_labels.check_title(kind)
            self.override_checks[kind].setText(title)
            self.reason_edits[kind].setPlaceholderText(self.tr("Reason"))
            self.reason_edits[kind].setAccessibleName(
                self.tr("Reason for overriding: {check}").format(check=title)
            )
        self.language_label.setText(self.tr("Certificate &language:"))
        for index in range(self.language_combo.count()):
            self.language_combo.setItemText(
                index, certificate_labels.language_name(self.language_combo.itemData(index))
            )
        self.one_file_radio.setText(self.tr("One PDF for printing"))
        self.file_each_radio.setText(self.tr("One file per certificate"))
        self.target_label.setText(self.tr("&Save to:"))
        self.target_edit.setAccessibleName(self.tr("Save to"))
        self.browse_button.setText(self.tr("&Browse…"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def selection(self) -> BatchSelection:
        return BatchSelection(
            ended_from=self.ended_from_field.date(),
            ended_to=self.ended_to_field.date(),
            employer_id=self.employer_combo.current_id(),
            tutor_id=self.tutor_combo.currentData(),
            include_certified=self.certified_check.isChecked(),
        )

    def overrides(self) -> dict[CheckKind, str]:
        return {
            kind: self.reason_edits[kind].text().strip()
            for kind in CheckKind
            if self.override_checks[kind].isChecked() and self.reason_edits[kind].text().strip()
        }

    def requests(self) -> list[IssueRequest]:
        """One request for each learner whose failed checks are all overridden."""
        overrides = self.overrides()
        return [
            IssueRequest(
                row.learner_id,
                language=self.language_combo.currentData(),
                placement_ids=row.placement_ids,
                overrides={kind: overrides[kind] for kind in row.failed},
            )
            for row in self.model.ready()
        ]

    def _find_employers(self, text: str) -> list[tuple[int, str]]:
        try:
            page = self._services.employers.list(query=text, limit=LOOKUP_LIMIT, count=False)
        except MentorError:
            return []
        return [(row.id, row.name) for row in page.rows]

    def _update(self) -> None:
        rows = self.model.rows()
        failing = {kind for row in rows for kind in row.failed}
        for kind in CheckKind:
            count = sum(1 for row in rows if kind in row.failed)
            self.override_checks[kind].setVisible(kind in failing)
            self.reason_edits[kind].setVisible(kind in failing)
            if kind in failing:
                self.override_checks[kind].setText(
                    self.tr("%n learner(s): {check}", "", count).format(
                        check=certificate_labels.check_title(kind)
                    )
                )
        self.override_box.setVisible(bool(failing))
        self.model.set_overridden(set(self.overrides()))
        ready = len(self.model.ready())
        self.count_label.setText(
            self.tr("%n learner(s) found", "", len(rows))
            + " · "
            + self.tr("%n ready to issue", "", ready)
        )
        self.issue_button.setText(self.tr("&Issue %n certificate(s)", "", ready))
        running = self.task is not None
        self.issue_button.setEnabled(
            ready > 0 and bool(self.target_edit.text().strip()) and not running
        )
        self.find_button.setEnabled(not running)

    def _on_browse_button_clicked(self) -> None:
        if self.one_file_radio.isChecked():
            path = self._prompter.save_file_name(
                self,
                self.tr("Save the certificates as"),
                "certificates.pdf",
                self.tr("PDF (*.pdf)"),
            )
        else:
            path = self._prompter.choose_folder(self, self.tr("Folder for the certificates"))
        if path:
            self.target_edit.setText(path)

    def _on_find_button_clicked(self) -> None:
        selection = self.selection()
        certificates = self._services.certificates
        self.message_label.setText("")

        def work(progress: Progress) -> list[Checklist]:
            return certificates.select_batch(selection)

        self.task = self._runner.start_with_progress(
            self,
            self.tr("Checking the learners…"),
            work,
            on_success=self._on_found,
            on_failure=self._on_failed,
            on_cancel=self._on_find_cancelled,
        )
        self._update()

    def _on_found(self, rows: list[Checklist]) -> None:
        self.task = None
        self.model.set_rows(rows)
        if not rows:
            self.message_label.setText(self.tr("No learner matches this choice."))
        self._update()

    def _on_find_cancelled(self) -> None:
        self.task = None
        self._update()

    def _on_failed(self, error: BaseException) -> None:
        self.task = None
        if isinstance(error, MentorError):
            self.message_label.setText(certificate_labels.error_text(error))
        else:
            self._prompter.unexpected_error(self, repr(error))
        self._update()

    def _on_issue_button_clicked(self) -> None:
        requests = self.requests()
        target = Path(self.target_edit.text().strip()).expanduser()
        output = BatchOutput.ONE_FILE if self.one_file_radio.isChecked() else BatchOutput.FILE_EACH
        if output == BatchOutput.ONE_FILE and target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        if output == BatchOutput.FILE_EACH and target.exists() and not target.is_dir():
            self.message_label.setText(
                self.tr("{path} is a file; choose a folder for one file per certificate.").format(
                    path=target
                )
            )
            return
        certificates = self._services.certificates
        self.message_label.setText("")
        self._target = target

        def work(progress: Progress) -> BatchResult:
            return certificates.issue_batch(
                requests, target=target, output=output, progress=progress
            )

        self.task = self._runner.start_with_progress(
            self,
            self.tr("Issuing %n certificate(s)…", "", len(requests)),
            work,
            on_success=self._on_issued,
            on_failure=self._on_failed,
            on_cancel=self._on_issue_cancelled,
        )
        self._update()

    def _on_issued(self, result: BatchResult) -> None:
        self.task = None
        self.result = result
        self._prompter.information(
            self,
            self.tr("Certificates issued"),
            self.tr(
                "Issued %n certificate(s) ({first} to {last}) into {target}.",
                "",
                len(result.certificates),
            ).format(
                first=result.certificates[0].number,
                last=result.certificates[-1].number,
                target=self._target,
            ),
        )
        self.accept()

    def _on_issue_cancelled(self) -> None:
        self.task = None
        self.message_label.setText(
            self.tr("Cancelled: no certificate was issued and no file written.")
        )
        self._update()
