"""The dialog that adds or edits one word of a list: the Danish term, article, word class,
example sentence, safety-critical flag, a picture, and a gloss per language, each typed in
its own script (right to left for Arabic, Persian, Urdu, ...; Qt orders the text itself)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import WordClass
from mentor_desktop.domain.languages import LANGUAGES, is_right_to_left
from mentor_desktop.domain.vocabulary import ARTICLES, MAX_PICTURE_BYTES
from mentor_desktop.services import vocabulary
from mentor_desktop.services.vocabulary import (
    VocabularyItemDetail,
    VocabularyItemInput,
    gloss_field,
)
from mentor_desktop.ui import labels
from mentor_desktop.ui.forms import FormDialog
from mentor_desktop.ui.prompter import Prompter

# Glosses offered on every word: the languages most of the centre's learners speak.
COMMON_GLOSS_LANGUAGES = ("ar", "fa", "ti", "so", "uk", "pl", "en")
PICTURE_SIZE = 96


class PictureField(QWidget):
    """A picture that may be left out: a preview, Choose… and Remove. ``value()`` is the
    file's bytes or ``None``."""

    value_changed = Signal()

    def __init__(self, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self._prompter = prompter
        self._data: bytes | None = None
        self.preview_label = QLabel()
        self.preview_label.setObjectName("picture_preview_label")
        self.preview_label.setFixedSize(PICTURE_SIZE, PICTURE_SIZE)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("picture_choose_button")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("picture_remove_button")
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setFocusProxy(self.choose_button)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.retranslate_ui()
        self._show()

    def retranslate_ui(self) -> None:
        self.choose_button.setText(self.tr("C&hoose picture…"))
        self.choose_button.setToolTip(
            self.tr("A PNG or JPEG picture of at most {size} kB").format(
                size=MAX_PICTURE_BYTES // 1000
            )
        )
        self.remove_button.setText(self.tr("Remo&ve picture"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleName(name)
        self.preview_label.setAccessibleName(name)

    def value(self) -> bytes | None:
        return self._data

    def set_value(self, value: bytes | None) -> None:
        self._data = value or None
        self._show()
        self.value_changed.emit()

    def display_text(self, value: bytes | None) -> str:
        if not value:
            return self.tr("No picture")
        return self.tr("A picture of {size} kB").format(size=max(1, len(value) // 1000))

    def _show(self) -> None:
        pixmap = QPixmap()
        if self._data and pixmap.loadFromData(QByteArray(self._data)):
            self.preview_label.setPixmap(
                pixmap.scaled(
                    PICTURE_SIZE,
                    PICTURE_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview_label.setPixmap(QPixmap())
            self.preview_label.setText(self.display_text(self._data))
        self.preview_label.setAccessibleDescription(self.display_text(self._data))
        self.remove_button.setEnabled(self._data is not None)

    def _on_choose_button_clicked(self) -> None:
        path = self._prompter.open_file_name(
            self, self.tr("Choose a picture"), self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        try:
            with Path(path).open("rb") as source:
                # One byte more than allowed is enough to say that it is too large.
                data = source.read(MAX_PICTURE_BYTES + 1)
        except OSError as error:
            self._prompter.error(
                self,
                self.tr("Choose a picture"),
                self.tr("The picture could not be read: {reason}").format(
                    reason=error.strerror or str(error)
                ),
            )
            return
        self.set_value(data)

    def _on_remove_button_clicked(self) -> None:
        self.set_value(None)
        self.choose_button.setFocus()


def item_input(values: dict[str, Any]) -> VocabularyItemInput:
    return VocabularyItemInput(
        term=values["term"],
        word_class=WordClass(values["word_class"]),
        article=values["article"],
        example=values["example"] or None,
        glosses={
            name.removeprefix("gloss_"): text
            for name, text in values.items()
            if name.startswith("gloss_") and text.strip()
        },
        safety_critical=values["safety_critical"],
        picture=values["picture"],
    )


def item_values(data: VocabularyItemInput) -> dict[str, Any]:
    values: dict[str, Any] = {
        "term": data.term,
        "article": data.article,
        "word_class": data.word_class.value,
        "example": data.example or "",
        "safety_critical": data.safety_critical,
        "picture": data.picture,
    }
    values.update({gloss_field(code): text for code, text in data.glosses.items()})
    return values


class VocabularyItemDialog(FormDialog):
    """A new word of ``list_id`` when ``detail`` is ``None``, else an edit of ``detail``.
    ``languages`` are the list's gloss languages, shown besides the common ones."""

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        list_id: int,
        detail: VocabularyItemDetail | None = None,
        languages: list[str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(prompter, parent=parent)
        self.setObjectName("vocabulary_item_dialog")
        self._services = services
        self._list_id = list_id
        self._detail = detail
        shown = set(COMMON_GLOSS_LANGUAGES) | set(languages or [])
        if detail is not None:
            shown |= set(detail.data.glosses)
        # The learners' languages first, English (the tutor's help) last.
        self._languages = sorted(
            (code for code in LANGUAGES if code in shown and code != "da"),
            key=lambda code: code == "en",
        )
        self.gloss_edits: dict[str, QLineEdit] = {}
        self.gloss_captions: dict[str, QLabel] = {}
        self._build_ui()
        self.retranslate_ui()
        if detail is not None:
            self.expected_version = detail.version
            self.form.set_values(item_values(detail.data))
        else:
            self.form.set_values({"word_class": WordClass.NOUN.value, "article": None})
        self.term_edit.setFocus()

    def _build_ui(self) -> None:
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        word_layout = QFormLayout()
        word_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(word_layout)
        self.captions: dict[str, QLabel] = {}
        self.term_edit = QLineEdit()
        self.article_combo = QComboBox()
        self.article_combo.addItem("", None)
        for article in ARTICLES:
            self.article_combo.addItem(article, article)
        self.word_class_combo = QComboBox()
        for word_class in WordClass:
            self.word_class_combo.addItem("", word_class.value)
        self.example_edit = QPlainTextEdit()
        self.example_edit.setTabChangesFocus(True)
        self.example_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.safety_check = QCheckBox()
        self.picture_field = PictureField(self.prompter)
        widgets: dict[str, QWidget] = {
            "term": self.term_edit,
            "article": self.article_combo,
            "word_class": self.word_class_combo,
            "example": self.example_edit,
            "safety_critical": self.safety_check,
            "picture": self.picture_field,
        }
        for name, widget in widgets.items():
            widget.setObjectName(f"vocabulary_{name}_field")
            caption = QLabel()
            self.captions[name] = caption
            word_layout.addRow(caption, self.form.add_field(name, widget, caption=caption))

        self.gloss_group = QGroupBox()
        self.gloss_group.setObjectName("gloss_group")
        self.gloss_layout = QFormLayout(self.gloss_group)
        self.gloss_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for code in self._languages:
            self._add_gloss_row(code)
        self.add_language_combo = QComboBox()
        self.add_language_combo.setObjectName("add_language_combo")
        self.add_language_label = QLabel()
        self.add_language_label.setBuddy(self.add_language_combo)
        self.gloss_layout.addRow(self.add_language_label, self.add_language_combo)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.gloss_group)
        scroll.setMinimumHeight(
            min(8, len(self._languages) + 1) * (self.term_edit.sizeHint().height() + 8) + 30
        )
        layout.addWidget(scroll, 1)
        layout.addWidget(self.form.banner_label)
        layout.addWidget(self.button_box)
        self.add_language_combo.activated.connect(self._on_add_language_combo_activated)

    def _add_gloss_row(self, code: str, *, above_last: bool = False) -> QLineEdit:
        """A gloss field for ``code``; ``above_last`` puts it above the "Add language" row."""
        edit = QLineEdit()
        edit.setObjectName(f"gloss_{code}_edit")
        if is_right_to_left(code):
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        caption = QLabel()
        self.gloss_edits[code] = edit
        self.gloss_captions[code] = caption
        row = self.gloss_layout.rowCount() - (1 if above_last else 0)
        self.gloss_layout.insertRow(
            row, caption, self.form.add_field(gloss_field(code), edit, caption=caption)
        )
        self._name_gloss(code)
        return edit

    def _name_gloss(self, code: str) -> None:
        self.gloss_captions[code].setText(
            self.tr("{language}:").format(language=labels.language_with_endonym(code))
        )
        self.gloss_edits[code].setAccessibleName(
            self.tr("Gloss in {language}").format(language=labels.language_name(code))
        )

    def retranslate_ui(self) -> None:
        if self._detail is None:
            self.setWindowTitle(self.tr("New word"))
        else:
            self.setWindowTitle(self.tr("Edit {term}").format(term=self._detail.data.term))
        texts = {
            "term": self.tr("Danish &term:"),
            "article": self.tr("&Article:"),
            "word_class": self.tr("&Word class:"),
            "example": self.tr("E&xample sentence:"),
            "safety_critical": self.tr("&Safety:"),
            "picture": self.tr("&Picture:"),
        }
        self.set_captions(texts)
        self.term_edit.setPlaceholderText(self.tr("as it is said at work, e.g. moppe"))
        self.article_combo.setItemText(0, self.tr("(none)"))
        for index in range(self.word_class_combo.count()):
            self.word_class_combo.setItemText(
                index, labels.word_class(self.word_class_combo.itemData(index))
            )
        self.safety_check.setText(self.tr("Safety-critical: the worker must know this word"))
        self.gloss_group.setTitle(self.tr("Glosses in the learners' languages"))
        for code in self.gloss_edits:
            self._name_gloss(code)
        self.add_language_label.setText(self.tr("Add &language:"))
        self.add_language_combo.setAccessibleName(self.tr("Add a gloss language"))
        self._fill_add_language_combo()

    def _fill_add_language_combo(self) -> None:
        self.add_language_combo.clear()
        self.add_language_combo.addItem(self.tr("Choose a language…"), None)
        for code in LANGUAGES:
            if code not in self.gloss_edits and code != "da":
                self.add_language_combo.addItem(labels.language_with_endonym(code), code)

    def _on_add_language_combo_activated(self, index: int) -> None:
        code = self.add_language_combo.itemData(index)
        if code is None:
            return
        edit = self._add_gloss_row(code, above_last=True)
        self._fill_add_language_combo()
        edit.setFocus()

    def check(self, values: dict[str, Any]) -> None:
        vocabulary.validate_item(item_input(values))

    def save(self, values: dict[str, Any]) -> VocabularyItemDetail:
        data = item_input(values)
        if self._detail is None:
            return self._services.vocabulary.create_item(self._list_id, data)
        assert self.expected_version is not None
        return self._services.vocabulary.update_item(
            self._detail.id, data, expected_version=self.expected_version
        )

    def load_current(self) -> tuple[dict[str, Any], int] | None:
        if self._detail is None:
            return None
        current = self._services.vocabulary.get_item(self._detail.id)
        values = {name: "" for name in self.form.fields if name.startswith("gloss_")}
        values.update(item_values(current.data))
        return values, current.version
