"""A combo box that searches as you type: each pause in typing asks a service for a short list
of matches (in the database), which the combo shows as its choices in a popup. Used where
the table behind a choice can be long: learners and employers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QWidget

LOOKUP_DELAY_MS = 150
LOOKUP_LIMIT = 20

Fetch = Callable[[str], list[tuple[int, str]]]


class LookupCombo(QComboBox):
    """Choose one record by typing part of its name; ``current_id()`` is the choice."""

    chosen = Signal(object)

    def __init__(self, fetch: Fetch, parent: QWidget | None = None):
        super().__init__(parent)
        self._fetch = fetch
        self._chosen_id: int | None = None
        self.setEditable(True)
        self.line_edit = QLineEdit(self)
        self.setLineEdit(self.line_edit)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(LOOKUP_LIMIT)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.lookup_completer = QCompleter(self.model(), self)
        self.lookup_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.lookup_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self.lookup_completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.line_edit.textEdited.connect(self._on_line_edit_text_edited)
        self.currentIndexChanged.connect(self._on_current_index_changed)

    def current_id(self) -> int | None:
        return self._chosen_id

    def set_current(self, record_id: int | None, text: str = "") -> None:
        """Show ``record_id`` (named ``text``) as the choice, or nothing for ``None``."""
        self.blockSignals(True)
        self.clear()
        if record_id is not None:
            self.addItem(text, record_id)
            self.setCurrentIndex(0)
        else:
            self.setEditText("")
        self.blockSignals(False)
        self._set_chosen(record_id)

    def refresh(self) -> None:
        """Look the typed text up now instead of after the pause."""
        self._timer.stop()
        self._on_timer_timeout()

    def _set_chosen(self, record_id: int | None) -> None:
        if record_id != self._chosen_id:
            self._chosen_id = record_id
            self.chosen.emit(record_id)

    def _on_line_edit_text_edited(self, _text: str) -> None:
        self._set_chosen(None)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        text = self.currentText()
        position = self.line_edit.cursorPosition()
        matches = self._fetch(text.strip())
        self.blockSignals(True)
        self.clear()
        for record_id, name in matches:
            self.addItem(name, record_id)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.line_edit.setCursorPosition(position)
        self.blockSignals(False)
        exact = [r for r, name in matches if name.casefold() == text.strip().casefold()]
        if len(exact) == 1:
            self._set_chosen(exact[0])
        if matches and self.hasFocus():
            self.lookup_completer.complete()

    def _on_current_index_changed(self, index: int) -> None:
        self._set_chosen(self.itemData(index) if index >= 0 else None)


class LookupField(QWidget):
    """A ``LookupCombo`` as a form field: ``value()`` is the chosen id, ``set_value(id)``
    looks its name up through ``name_of``."""

    value_changed = Signal()

    def __init__(self, fetch: Fetch, name_of: Callable[[int], str], parent: QWidget | None = None):
        super().__init__(parent)
        self._name_of = name_of
        self.combo = LookupCombo(fetch)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.combo.chosen.connect(self._on_combo_chosen)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleName(name)
        self.combo.setAccessibleName(name)

    def setAccessibleDescription(self, description: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleDescription(description)
        self.combo.setAccessibleDescription(description)

    def value(self) -> int | None:
        return self.combo.current_id()

    def set_value(self, value: int | None) -> None:
        self.combo.set_current(value, self.display_text(value) if value is not None else "")

    def display_text(self, value: int | None) -> str:
        return self._name_of(value) if value is not None else ""

    def _on_combo_chosen(self, _record_id: object) -> None:
        self.value_changed.emit()
