"""The learner dialog: create a learner or edit every field of one, on the form foundation
(message under the field as the user types, drafts, conflicts with another tutor's save)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import CefrLevel, LearnerStatus, LegalBasis, Skill
from mentor_desktop.domain.languages import LANGUAGES
from mentor_desktop.services import learners
from mentor_desktop.services.learners import LearnerDetail, LearnerInput
from mentor_desktop.ui import labels
from mentor_desktop.ui.forms import DateField, FormDialog, from_date, to_date
from mentor_desktop.ui.prompter import Prompter

DRAFT_KIND = "learner"
NEW_KEY = "new"

LEVEL_FIELDS = {
    Skill.LISTENING: "level_listening",
    Skill.SPEAKING: "level_speaking",
    Skill.READING: "level_reading",
    Skill.WRITING: "level_writing",
}
_DATE_FIELDS = (
    "birth_date",
    "level_assessed_on",
    "consent_given_on",
    "consent_withdrawn_on",
)
_OPTIONAL_TEXT = ("phone", "email", "case_reference")
_OPTIONAL_CHOICES = ("gloss_language", *LEVEL_FIELDS.values())


def values_of(data: LearnerInput) -> dict[str, Any]:
    """A learner's fields as the form holds them (JSON-friendly)."""
    values: dict[str, Any] = {
        "first_name": data.first_name,
        "last_name": data.last_name,
        "languages": list(data.languages),
        "legal_basis": str(data.legal_basis),
        "status": str(data.status),
    }
    for name in _OPTIONAL_TEXT:
        values[name] = getattr(data, name) or ""
    for name in _OPTIONAL_CHOICES:
        value = getattr(data, name)
        values[name] = str(value) if value else None
    for name in _DATE_FIELDS:
        values[name] = from_date(getattr(data, name))
    return values


def input_of(values: dict[str, Any]) -> LearnerInput:
    """The form's values as the service's input."""

    def level(name: str) -> CefrLevel | None:
        return CefrLevel(values[name]) if values.get(name) else None

    return LearnerInput(
        first_name=values.get("first_name", ""),
        last_name=values.get("last_name", ""),
        birth_date=to_date(values.get("birth_date")),
        phone=values.get("phone") or None,
        email=values.get("email") or None,
        case_reference=values.get("case_reference") or None,
        languages=list(values.get("languages") or []),
        gloss_language=values.get("gloss_language") or None,
        level_listening=level("level_listening"),
        level_speaking=level("level_speaking"),
        level_reading=level("level_reading"),
        level_writing=level("level_writing"),
        level_assessed_on=to_date(values.get("level_assessed_on")),
        legal_basis=LegalBasis(values.get("legal_basis") or LegalBasis.PUBLIC_TASK),
        consent_given_on=to_date(values.get("consent_given_on")),
        consent_withdrawn_on=to_date(values.get("consent_withdrawn_on")),
        status=LearnerStatus(values.get("status") or LearnerStatus.ACTIVE),
    )


class LanguagesField(QListWidget):
    """Languages a learner speaks, ticked in a list (Space ticks); the first ticked is the
    first language. Names in the UI's language with the language's own name."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._order: list[str] = []
        self._filling = False
        self.itemChanged.connect(self._on_item_changed)
        self.fill()

    def fill(self) -> None:
        """List the languages: the ticked ones first, in their order, then the others by
        name."""
        self._filling = True
        self.clear()
        others = sorted(
            (c for c in LANGUAGES if c not in self._order),
            key=lambda c: labels.language_name(c).casefold(),
        )
        for code in [*self._order, *others]:
            item = QListWidgetItem(labels.language_with_endonym(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if code in self._order else Qt.CheckState.Unchecked
            )
            self.addItem(item)
        self._filling = False

    def value(self) -> list[str]:
        return list(self._order)

    def set_value(self, codes: list[str] | None) -> None:
        self._order = [c for c in (codes or []) if c in LANGUAGES]
        self.fill()
        self.value_changed.emit()

    def display_text(self, codes: list[str] | None) -> str:
        return ", ".join(labels.language_with_endonym(c) for c in codes or [])

    def item_of(self, code: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == code:
                return self.item(row)
        return None

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and code not in self._order:
            self._order.append(code)
        elif not checked and code in self._order:
            self._order.remove(code)
        else:
            return
        self.value_changed.emit()


class LearnerDialog(FormDialog):
    """New learner (``learner_id`` is ``None``) or edit one; ``saved_value`` is the saved
    ``LearnerDetail``."""

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        learner_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(
            prompter,
            drafts=services.drafts,
            draft_kind=DRAFT_KIND,
            draft_key=str(learner_id) if learner_id is not None else NEW_KEY,
            parent=parent,
        )
        self.setObjectName("learner_dialog")
        self._services = services
        self.learner_id = learner_id
        self._name = ""
        self._build_ui()
        self.retranslate_ui()
        if learner_id is not None:
            self.load(services.learners.get(learner_id))
        self.first_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _line_edit(self, name: str, max_length: int = 200) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"{name}_edit")
        edit.setMaxLength(max_length)
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"{name}_combo")
        return combo

    def _add(self, form: QFormLayout, name: str, widget: QWidget) -> QLabel:
        caption = QLabel()
        caption.setObjectName(f"{name}_caption")
        form.addRow(caption, self.form.add_field(name, widget, caption=caption))
        self._captions[name] = caption
        return caption

    def _group(self) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox()
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return group, form

    def _build_ui(self) -> None:
        self._captions: dict[str, QLabel] = {}
        self.first_name_edit = self._line_edit("first_name")
        self.last_name_edit = self._line_edit("last_name")
        self.birth_date_field = DateField()
        self.phone_edit = self._line_edit("phone", 30)
        self.email_edit = self._line_edit("email", 254)
        self.case_reference_edit = self._line_edit("case_reference", 60)
        self.status_combo = self._combo("status")
        self.languages_list = LanguagesField()
        self.languages_list.setObjectName("languages_list")
        self.languages_list.setMinimumHeight(150)
        self.languages_chosen_label = QLabel()
        self.languages_chosen_label.setObjectName("languages_chosen_label")
        self.languages_chosen_label.setWordWrap(True)
        self.gloss_language_combo = self._combo("gloss_language")
        self.level_combos = {skill: self._combo(name) for skill, name in LEVEL_FIELDS.items()}
        self.level_assessed_on_field = DateField()
        self.legal_basis_combo = self._combo("legal_basis")
        self.consent_given_on_field = DateField()
        self.consent_withdrawn_on_field = DateField()

        self.personal_group, personal = self._group()
        self._add(personal, "first_name", self.first_name_edit)
        self._add(personal, "last_name", self.last_name_edit)
        self._add(personal, "birth_date", self.birth_date_field)
        self._add(personal, "phone", self.phone_edit)
        self._add(personal, "email", self.email_edit)
        self._add(personal, "case_reference", self.case_reference_edit)
        self._add(personal, "status", self.status_combo)

        self.privacy_group, privacy = self._group()
        self._add(privacy, "legal_basis", self.legal_basis_combo)
        self._add(privacy, "consent_given_on", self.consent_given_on_field)
        self._add(privacy, "consent_withdrawn_on", self.consent_withdrawn_on_field)

        self.languages_group, languages = self._group()
        self._add(languages, "languages", self.languages_list)
        languages.addRow("", self.languages_chosen_label)
        self._add(languages, "gloss_language", self.gloss_language_combo)

        self.level_group, levels = self._group()
        self.level_note_label = QLabel()
        self.level_note_label.setWordWrap(True)
        levels.addRow(self.level_note_label)
        for skill, combo in self.level_combos.items():
            self._add(levels, LEVEL_FIELDS[skill], combo)
        self._add(levels, "level_assessed_on", self.level_assessed_on_field)

        left = QVBoxLayout()
        left.addWidget(self.personal_group)
        left.addWidget(self.privacy_group)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.languages_group)
        right.addWidget(self.level_group)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form.banner_label)
        layout.addLayout(columns, 1)
        layout.addWidget(self.button_box)
        self.resize(940, 620)
        self.languages_list.value_changed.connect(self._on_languages_list_value_changed)

    def retranslate_ui(self) -> None:
        self._update_title()
        self.personal_group.setTitle(self.tr("Personal details"))
        self.privacy_group.setTitle(self.tr("Data protection"))
        self.languages_group.setTitle(self.tr("Languages"))
        self.level_group.setTitle(self.tr("Danish at start (indicative)"))
        self.level_note_label.setText(
            self.tr(
                "An indicative assessment of Danish for communication at work, "
                "not the result of a test."
            )
        )
        captions = {
            "first_name": self.tr("&First name:"),
            "last_name": self.tr("&Last name:"),
            "birth_date": self.tr("Date of &birth:"),
            "phone": self.tr("&Phone:"),
            "email": self.tr("&Email:"),
            "case_reference": self.tr("&Case reference:"),
            "status": self.tr("S&tatus:"),
            "legal_basis": self.tr("Legal bas&is:"),
            "consent_given_on": self.tr("Consent &given on:"),
            "consent_withdrawn_on": self.tr("Consent &withdrawn on:"),
            "languages": self.tr("Languages spo&ken:"),
            "gloss_language": self.tr("Gl&oss language:"),
            "level_assessed_on": self.tr("&Assessed on:"),
        }
        for skill, name in LEVEL_FIELDS.items():
            captions[name] = self.tr("{skill}:").format(skill=labels.skill(skill))
        for name, text in captions.items():
            self._captions[name].setText(text)
            self.form.fields[name].widget.setAccessibleName(text.replace("&", "").rstrip(": "))
        self.languages_list.setToolTip(
            self.tr("Tick with Space; the first language ticked is the first language")
        )
        self.gloss_language_combo.setToolTip(
            self.tr("The language in which vocabulary lists get glosses")
        )
        self.case_reference_edit.setToolTip(
            self.tr("The municipality's case reference; never a CPR number")
        )
        self._fill_choices()
        self._on_languages_list_value_changed()

    def _fill_choices(self) -> None:
        values, dirty = self.form.values(), self.form.is_dirty()
        clean = self.form.clean_values()
        for combo, items in (
            (self.status_combo, [(labels.learner_status(s), str(s)) for s in LearnerStatus]),
            (self.legal_basis_combo, [(labels.legal_basis(b), str(b)) for b in LegalBasis]),
            (
                self.gloss_language_combo,
                [(self.tr("None"), None)]
                + [
                    (labels.language_with_endonym(c), c)
                    for c in sorted(LANGUAGES, key=lambda c: labels.language_name(c).casefold())
                ],
            ),
            *(
                (
                    combo,
                    [(self.tr("not assessed"), None)]
                    + [(labels.cefr_level(level), str(level)) for level in CefrLevel],
                )
                for combo in self.level_combos.values()
            ),
        ):
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.blockSignals(False)
        self.languages_list.fill()
        self.form.set_values(clean)
        if dirty:
            self.form.set_values(values, clean=False)

    def _on_languages_list_value_changed(self) -> None:
        codes = self.languages_list.value()
        if not codes:
            self.languages_chosen_label.setText(self.tr("No language ticked yet."))
            return
        first = labels.language_with_endonym(codes[0])
        if len(codes) == 1:
            text = self.tr("First language: {first}.").format(first=first)
        else:
            text = self.tr("First language: {first}. Also: {others}.").format(
                first=first, others=self.languages_list.display_text(codes[1:])
            )
        self.languages_chosen_label.setText(text)

    def _update_title(self) -> None:
        if self.learner_id is None:
            self.setWindowTitle(self.tr("New learner"))
        else:
            self.setWindowTitle(self.tr("Edit learner: {name}").format(name=self._name))

    def load(self, detail: LearnerDetail) -> None:
        """Show the saved learner; the form is clean."""
        self.learner_id = detail.id
        self.expected_version = detail.version
        self._name = detail.full_name
        self.form.set_values(values_of(detail.data))
        self._update_title()

    def check(self, values: dict[str, Any]) -> None:
        learners.validate(input_of(values), self._services.context.today())

    def save(self, values: dict[str, Any]) -> LearnerDetail:
        data = input_of(values)
        if self.learner_id is None:
            return self._services.learners.create(data)
        assert self.expected_version is not None
        return self._services.learners.update(
            self.learner_id, data, expected_version=self.expected_version
        )

    def load_current(self) -> tuple[dict[str, Any], int] | None:
        if self.learner_id is None:
            return None
        detail = self._services.learners.get(self.learner_id)
        return values_of(detail.data), detail.version

    def unsaved_text(self) -> str:
        return self.tr("Save the changes to this learner before closing?")
