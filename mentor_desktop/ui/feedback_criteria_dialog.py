"""The centre adjusts the feedback criteria: each criterion has a short key and a Danish and an
English wording. Saving makes a new version that new forms use; forms already made, and above
all the signed ones, keep the version they were made with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError, ValidationError
from mentor_desktop.services.feedback_criteria import MAX_CRITERIA, CriterionInput
from mentor_desktop.services.reference import CriteriaSet, Criterion
from mentor_desktop.ui.feedback_dialogs import banner_label
from mentor_desktop.ui.feedback_messages import FieldErrors, feedback_error_text

COLUMNS = ("key", "da", "en")


class FeedbackCriteriaDialog(QDialog):
    """Edit the criteria; ``saved`` is the new version (``None`` when nothing changed)."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("feedback_criteria_dialog")
        self._services = services
        self.saved: CriteriaSet | None = None
        self.errors = FieldErrors(self)
        self.rows: list[dict[str, QLineEdit]] = []
        self._remove_buttons: list[QPushButton] = []
        self._current: list[Criterion] = []
        self._number = 0
        self._build_ui()
        self._load()
        self.retranslate_ui()

    def _build_ui(self) -> None:
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.header_labels = [QLabel() for _ in COLUMNS]
        for column, label in enumerate(self.header_labels):
            self.grid.addWidget(label, 0, column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_widget)
        self.add_button = QPushButton()
        self.add_button.setObjectName("criteria_add_button")
        self.banner_label = banner_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.banner_label)
        layout.addWidget(self.buttons)
        self.resize(820, 520)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _load(self) -> None:
        try:
            current = self._services.feedback_criteria.current()
        except MentorError as error:
            self.banner_label.setText(feedback_error_text(error))
            self.banner_label.show()
            return
        if current is not None:
            self._current = list(current.criteria)
            self._number = current.number
        for criterion in self._current:
            self.add_row(criterion.key, criterion.da, criterion.en)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Feedback criteria"))
        self.explanation_label.setText(
            self.tr(
                "New feedback forms ask about these criteria (now version {number}). Saving "
                "makes version {next}; forms already made, and every signed form, keep the "
                "version they were made with."
            ).format(number=self._number, next=self._number + 1)
        )
        for label, text in zip(
            self.header_labels,
            (self.tr("Key (a–z, 0–9, _)"), self.tr("Danish"), self.tr("English")),
            strict=True,
        ):
            label.setText(text)
        self.add_button.setText(self.tr("&Add criterion"))
        for number, row in enumerate(self.rows, start=1):
            for column, edit in row.items():
                edit.setAccessibleName(
                    self.tr("Criterion {number}: {column}").format(
                        number=number, column=self.header_labels[COLUMNS.index(column)].text()
                    )
                )
        for button in self._remove_buttons:
            button.setText(self.tr("Remove"))

    def add_row(self, key: str = "", da: str = "", en: str = "") -> None:
        grid_row = 2 * len(self.rows) + 1
        index = len(self.rows)
        row: dict[str, QLineEdit] = {}
        for column, (name, value) in enumerate(zip(COLUMNS, (key, da, en), strict=True)):
            edit = QLineEdit(value)
            edit.setObjectName(f"criterion_{index}_{name}_edit")
            self.grid.addWidget(edit, grid_row, column)
            self.grid.addWidget(
                self.errors.label_for(f"criteria.{index}.{name}", edit), grid_row + 1, column
            )
            row[name] = edit
        remove = QPushButton()
        remove.setObjectName(f"criterion_{index}_remove_button")
        remove.clicked.connect(lambda _checked=False, row=row: self._remove(row))
        self.grid.addWidget(remove, grid_row, len(COLUMNS))
        self.rows.append(row)
        self._remove_buttons.append(remove)
        self.add_button.setEnabled(len(self._live_rows()) < MAX_CRITERIA)
        self.retranslate_ui()

    def _remove(self, row: dict[str, QLineEdit]) -> None:
        for edit in row.values():
            edit.clear()
            edit.setEnabled(False)
        index = self.rows.index(row)
        self._remove_buttons[index].setEnabled(False)
        self.add_button.setEnabled(len(self._live_rows()) < MAX_CRITERIA)

    def _live_rows(self) -> list[dict[str, QLineEdit]]:
        return [row for row in self.rows if row["key"].isEnabled()]

    def value(self) -> list[CriterionInput]:
        return [
            CriterionInput(row["key"].text(), row["da"].text(), row["en"].text())
            for row in self._live_rows()
        ]

    def _on_add_button_clicked(self) -> None:
        self.add_row()
        self.rows[-1]["key"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_buttons_accepted(self) -> None:
        self.banner_label.hide()
        criteria = self.value()
        if [(c.key, c.da, c.en) for c in criteria] == [(c.key, c.da, c.en) for c in self._current]:
            self.accept()
            return
        try:
            self.saved = self._services.feedback_criteria.save_new_version(criteria)
        except ValidationError as error:
            live = self._live_rows()
            remapped = []
            for field_error in error.errors:
                parts = field_error.field.split(".")
                if len(parts) == 3 and parts[0] == "criteria":
                    position = self.rows.index(live[int(parts[1])])
                    field_error = type(field_error)(
                        f"criteria.{position}.{parts[2]}", field_error.code, field_error.params
                    )
                remapped.append(field_error)
            stray = self.errors.show(remapped)
            if stray:
                self.banner_label.setText(
                    self.tr("Keep at least one criterion, and at most {max}.").format(
                        max=MAX_CRITERIA
                    )
                )
                self.banner_label.show()
            return
        except MentorError as error:
            self.banner_label.setText(feedback_error_text(error))
            self.banner_label.show()
            return
        self.accept()
