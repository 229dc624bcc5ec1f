"""The dialog that creates a word list, edits one, or copies one to adapt it for an
employer: name, sector, the employer it belongs to (optional) and a description."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import Sector
from mentor_desktop.services import vocabulary
from mentor_desktop.services.vocabulary import VocabularyListDetail, VocabularyListInput
from mentor_desktop.ui import labels
from mentor_desktop.ui.forms import FormDialog
from mentor_desktop.ui.placement_dialog import employer_matches
from mentor_desktop.ui.placement_lookup_combo import LookupField
from mentor_desktop.ui.prompter import Prompter


class ListMode(Enum):
    NEW = "new"
    EDIT = "edit"
    COPY = "copy"


def list_input(values: dict[str, Any]) -> VocabularyListInput:
    return VocabularyListInput(
        name=values["name"],
        sector=Sector(values["sector"]),
        employer_id=values["employer_id"],
        description=values["description"] or None,
    )


def list_values(data: VocabularyListInput) -> dict[str, Any]:
    return {
        "name": data.name,
        "sector": data.sector.value,
        "employer_id": data.employer_id,
        "description": data.description or "",
    }


class VocabularyListDialog(FormDialog):
    """NEW: an empty list. EDIT: ``detail``'s name and the rest. COPY: a new list holding
    ``detail``'s words, for an employer."""

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        mode: ListMode,
        detail: VocabularyListDetail | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(prompter, parent=parent)
        self.setObjectName("vocabulary_list_dialog")
        self._services = services
        self._mode = mode
        self._detail = detail
        self._build_ui()
        self.retranslate_ui()
        if detail is not None and mode is ListMode.EDIT:
            self.expected_version = detail.version
            self.form.set_values(list_values(detail.data))
        elif detail is not None:
            self.form.set_values(
                {
                    "sector": detail.data.sector.value,
                    "name": self.tr("{name} – copy").format(name=detail.data.name),
                }
            )
        else:
            self.form.set_values({"sector": Sector.OTHER.value})
        self.name_edit.setFocus()
        if mode is ListMode.COPY:
            self.employer_field.setFocus()

    def _build_ui(self) -> None:
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.intro_label.setVisible(self._mode is ListMode.COPY)
        layout.addWidget(self.intro_label)
        form_layout = QFormLayout()
        form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form_layout)
        self.name_edit = QLineEdit()
        self.sector_combo = QComboBox()
        for sector in Sector:
            self.sector_combo.addItem("", sector.value)
        self.employer_field = LookupField(
            lambda text: employer_matches(self._services, text), self._employer_name
        )
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.captions: dict[str, QLabel] = {}
        widgets: dict[str, QWidget] = {
            "name": self.name_edit,
            "sector": self.sector_combo,
            "employer_id": self.employer_field,
            "description": self.description_edit,
        }
        for name, widget in widgets.items():
            widget.setObjectName(f"vocabulary_list_{name}_field")
            caption = QLabel()
            self.captions[name] = caption
            form_layout.addRow(caption, self.form.add_field(name, widget, caption=caption))
        layout.addWidget(self.form.banner_label)
        layout.addWidget(self.button_box)

    def retranslate_ui(self) -> None:
        name = self._detail.data.name if self._detail else ""
        titles = {
            ListMode.NEW: self.tr("New word list"),
            ListMode.EDIT: self.tr("Edit {name}").format(name=name),
            ListMode.COPY: self.tr("Copy {name} for an employer").format(name=name),
        }
        self.setWindowTitle(titles[self._mode])
        self.intro_label.setText(
            self.tr(
                "The new list gets a copy of every word of {name}, with glosses and pictures. "
                "Change it as the workplace needs; {name} stays as it is."
            ).format(name=name)
        )
        texts = {
            "name": self.tr("&Name:"),
            "sector": self.tr("&Sector:"),
            "employer_id": self.tr("E&mployer:"),
            "description": self.tr("&Description:"),
        }
        for field, text in texts.items():
            self.captions[field].setText(text)
            self.form.fields[field].widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.employer_field.combo.line_edit.setPlaceholderText(
            self.tr("Optional: the workplace the list is adapted for")
        )
        for index in range(self.sector_combo.count()):
            self.sector_combo.setItemText(index, labels.sector(self.sector_combo.itemData(index)))

    def _employer_name(self, employer_id: int) -> str:
        if self._detail is not None and employer_id == self._detail.data.employer_id:
            return self._detail.employer_name or ""
        return self._services.employers.get(employer_id).data.name

    def check(self, values: dict[str, Any]) -> None:
        vocabulary.validate_list(list_input(values))

    def save(self, values: dict[str, Any]) -> VocabularyListDetail:
        data = list_input(values)
        lists = self._services.vocabulary
        if self._mode is ListMode.NEW or self._detail is None:
            return lists.create_list(data)
        if self._mode is ListMode.COPY:
            return lists.copy_list(self._detail.id, data)
        assert self.expected_version is not None
        return lists.update_list(self._detail.id, data, expected_version=self.expected_version)

    def load_current(self) -> tuple[dict[str, Any], int] | None:
        if self._detail is None or self._mode is not ListMode.EDIT:
            return None
        current = self._services.vocabulary.get_list(self._detail.id)
        return list_values(current.data), current.version
