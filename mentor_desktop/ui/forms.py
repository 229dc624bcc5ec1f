"""The foundation of every editing dialog: fields registered by name, validation as the
user types with the message under the field, dirty state, drafts and a careful close.

``Form`` (a helper object any widget can own)::

    form = Form(check, parent)         # check(values) raises ValidationError, e.g. by
                                       # building the input and calling services.learners.validate
    box = form.add_field("first_name", first_name_edit, caption=first_name_label)
    layout.addRow(first_name_label, box)   # box = the widget with its error label under it
    layout.addWidget(form.banner_label)    # messages that belong to no field

    form.values() -> dict              # JSON-friendly value of every field, by name
    form.set_values(values, clean=True)
    form.is_dirty(); form.dirty_changed(bool)
    form.show_errors(errors)           # FieldErrors -> sentences under their fields
    form.show_message(text) / form.clear_message()

Widgets it reads and writes: QLineEdit, QPlainTextEdit (text), QComboBox (``currentData``),
QCheckBox (bool), QSpinBox (int), ``DateField`` (ISO date or ``None``), and any widget with
``value()``, ``set_value(v)`` and a ``value_changed`` signal. Only fields the user has changed
("touched") show errors while typing, ``VALIDATE_DELAY_MS`` after the last change; a save
attempt touches them all. Error text comes from ``messages.field_error_text``: red, under the
field, and set as the field's accessible description.

``FormDialog`` (the base class of the editing dialogs) owns a ``Form`` and Save/Cancel buttons.
A subclass builds its fields in ``_build_ui`` and implements:

- ``check(values)``: raise ``ValidationError`` (call the service's pure ``validate``);
- ``save(values)``: call the service with ``self.expected_version``, return what it returns;
- optionally ``load_current()``: ``(values, version)`` of the record as saved now, which lets a
  ``ConflictError`` open the conflict dialog (mine / theirs per field) and save again.

Save: a ``ValidationError`` puts each message under its field; a ``DatabaseError`` or
``NotFoundError`` shows in the banner; every typed value stays. Closing with unsaved changes
asks Save / Discard / Cancel through the ``Prompter``. With a ``DraftService`` and a
``draft_kind``/``draft_key``, the values are stored as a draft ``DRAFT_DELAY_MS`` after a
change while dirty, and the draft is discarded on save and on discard; ``draft_payload`` /
``restore_draft`` turn a form into a draft and back (the program offers drafts left by a
crash at the next start). ``saved_value`` is what ``save`` returned.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.domain.errors import (
    ConflictError,
    FieldError,
    MentorError,
    ValidationError,
)
from mentor_desktop.services.drafts import DraftService
from mentor_desktop.ui.messages import error_text, field_error_text, field_name
from mentor_desktop.ui.prompter import Prompter, UnsavedAnswer

log = logging.getLogger(__name__)

VALIDATE_DELAY_MS = 300
DRAFT_DELAY_MS = 1500
DRAFT_VERSION = 1


def error_color(widget: QWidget) -> str:
    """A red that reads well on the widget's palette, light or dark."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b3261e"


def combo_index(combo: QComboBox, value: Any) -> int:
    """The index of the item whose data is ``value`` (``None`` too); -1 when none is."""
    if value is None:
        return next((i for i in range(combo.count()) if combo.itemData(i) is None), -1)
    return combo.findData(value)


def to_date(value: str | None) -> date | None:
    """A ``DateField`` value (ISO text or ``None``) as a date."""
    return date.fromisoformat(value) if value else None


def from_date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


class DateField(QWidget):
    """A date that may be left empty: a check box "known" and a date edit with a calendar.
    ``value()`` is the ISO date or ``None``."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.known_check = QCheckBox()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known_check)
        layout.addWidget(self.date_edit, 1)
        self.setFocusProxy(self.known_check)
        self.known_check.toggled.connect(self._on_known_check_toggled)
        self.date_edit.dateChanged.connect(self.value_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.known_check.setText(self.tr("Known"))
        self.known_check.setToolTip(self.tr("Tick to enter a date"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleName(name)
        self.known_check.setAccessibleName(self.tr("{field} known").format(field=name))
        self.date_edit.setAccessibleName(name)

    def setAccessibleDescription(self, description: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleDescription(description)
        self.date_edit.setAccessibleDescription(description)
        self.known_check.setAccessibleDescription(description)

    def value(self) -> str | None:
        if not self.known_check.isChecked():
            return None
        return self.date_edit.date().toString(Qt.DateFormat.ISODate)

    def set_value(self, value: str | None) -> None:
        if value:
            self.date_edit.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))
        self.known_check.setChecked(bool(value))

    def date(self) -> date | None:
        return to_date(self.value())

    def display_text(self, value: str | None) -> str:
        if not value:
            return self.tr("not recorded")
        return self.locale().toString(
            QDate.fromString(value, Qt.DateFormat.ISODate), self.locale().FormatType.ShortFormat
        )

    def _on_known_check_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        if checked:
            self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.value_changed.emit()


@dataclass
class FormField:
    """One registered input: its name, widget, error label and caption."""

    name: str
    widget: QWidget
    error_label: QLabel
    caption: QLabel | None
    description: str

    def caption_text(self) -> str:
        if self.caption is None:
            return field_name(self.name)
        return self.caption.text().replace("&", "").rstrip(": ")


class Form(QObject):
    """Fields by name, their values, their errors and whether they changed."""

    dirty_changed = Signal(bool)
    values_changed = Signal()

    def __init__(self, check: Callable[[dict[str, Any]], None], parent: QWidget):
        super().__init__(parent)
        self._check = check
        self._parent = parent
        self.fields: dict[str, FormField] = {}
        self._touched: set[str] = set()
        self._clean: dict[str, Any] = {}
        self._loading = False
        self._dirty = False
        self.banner_label = QLabel()
        self.banner_label.setObjectName("form_banner_label")
        self.banner_label.setWordWrap(True)
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_label.setStyleSheet(
            f"color: {error_color(parent)}; border: 1px solid {error_color(parent)}; padding: 6px;"
        )
        self.banner_label.hide()
        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(VALIDATE_DELAY_MS)
        self.validate_timer.timeout.connect(self.validate)

    def add_field(self, name: str, widget: QWidget, *, caption: QLabel | None = None) -> QWidget:
        """Register ``widget`` as the field ``name``; returns the widget with its error label
        under it, to be put into the layout in the widget's place."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error_label = QLabel()
        error_label.setObjectName(f"{name}_error_label")
        error_label.setWordWrap(True)
        error_label.setTextFormat(Qt.TextFormat.PlainText)
        error_label.setStyleSheet(f"color: {error_color(self._parent)};")
        error_label.hide()
        layout.addWidget(error_label)
        if caption is not None:
            caption.setBuddy(widget)
        self.fields[name] = FormField(name, widget, error_label, caption, "")
        self._connect(name, widget)
        self._clean[name] = self.value(name)
        return box

    def _connect(self, name: str, widget: QWidget) -> None:
        def changed(*_args: object) -> None:
            self._on_field_changed(name)

        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(changed)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(changed)
        else:
            widget.value_changed.connect(changed)  # type: ignore[attr-defined]

    def value(self, name: str) -> Any:
        widget = self.fields[name].widget
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        return widget.value()  # type: ignore[attr-defined]

    def set_value(self, name: str, value: Any) -> None:
        widget = self.fields[name].widget
        if isinstance(widget, QLineEdit):
            widget.setText(value or "")
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, combo_index(widget, value)))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value or 0))
        else:
            widget.set_value(value)  # type: ignore[attr-defined]

    def display_text(self, name: str, value: Any) -> str:
        """``value`` of field ``name`` as the user would read it in that field."""
        widget = self.fields[name].widget
        if isinstance(widget, QComboBox):
            index = combo_index(widget, value)
            return widget.itemText(index) if index >= 0 else ""
        if isinstance(widget, QCheckBox):
            return self.tr("Yes") if value else self.tr("No")
        show = getattr(widget, "display_text", None)
        if show is not None:
            return str(show(value))
        return "" if value is None else str(value)

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.fields}

    def set_values(self, values: dict[str, Any], *, clean: bool = True) -> None:
        """Put ``values`` into their fields (unknown names are ignored). With ``clean`` they
        become the saved state (not dirty, nothing touched, no errors)."""
        self._loading = True
        try:
            for name, value in values.items():
                if name in self.fields:
                    self.set_value(name, value)
        finally:
            self._loading = False
        if clean:
            self.set_clean()
        else:
            self._touched.update(n for n in values if n in self.fields)
            self._update_dirty()
            self.validate_timer.start()

    def set_clean(self) -> None:
        """The values now in the fields are the saved ones."""
        self._clean = self.values()
        self._touched.clear()
        self.validate_timer.stop()
        self.show_errors([])
        self._update_dirty()

    def clean_values(self) -> dict[str, Any]:
        return dict(self._clean)

    def is_dirty(self) -> bool:
        return self._dirty

    def is_touched(self, name: str) -> bool:
        return name in self._touched

    def touch_all(self) -> None:
        self._touched.update(self.fields)

    def validate(self) -> bool:
        """Check the values now; show the errors of touched fields. ``True`` when valid."""
        self.validate_timer.stop()
        try:
            self._check(self.values())
        except ValidationError as error:
            self.show_errors(error.errors, only_touched=True)
            return False
        self.show_errors([])
        return True

    def show_errors(self, errors: list[FieldError], *, only_touched: bool = False) -> None:
        """Show each error under its field and clear the others. Errors of fields the form
        does not have go to the banner."""
        by_field: dict[str, FieldError] = {}
        for error in errors:
            by_field.setdefault(error.field, error)
        for name, field in self.fields.items():
            error = by_field.get(name)
            if error is not None and (not only_touched or name in self._touched):
                self._set_field_error(field, field_error_text(error))
            else:
                self._set_field_error(field, "")
        stray = [e for e in errors if e.field not in self.fields]
        if stray and not only_touched:
            self.show_message(error_text(ValidationError(stray)))

    def error_of(self, name: str) -> str:
        """The message shown under field ``name`` (empty when none)."""
        return self.fields[name].error_label.text()

    def first_error_field(self) -> str | None:
        return next((n for n, f in self.fields.items() if f.error_label.text()), None)

    def focus_first_error(self) -> None:
        name = self.first_error_field()
        if name is not None:
            self.fields[name].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_message(self, text: str) -> None:
        self.banner_label.setText(text)
        self.banner_label.setAccessibleName(text)
        self.banner_label.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")

    def _set_field_error(self, field: FormField, text: str) -> None:
        field.error_label.setText(text)
        field.error_label.setVisible(bool(text))
        field.error_label.setAccessibleName(
            self.tr("{field}: {problem}").format(field=field.caption_text(), problem=text)
            if text
            else ""
        )
        field.widget.setAccessibleDescription(text)

    def _on_field_changed(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self._update_dirty()
        self.validate_timer.start()
        self.values_changed.emit()

    def _update_dirty(self) -> None:
        dirty = self.values() != self._clean
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)


class FormDialog(QDialog):
    """A dialog that edits one record through a ``Form``; see the module docstring."""

    def __init__(
        self,
        prompter: Prompter,
        *,
        drafts: DraftService | None = None,
        draft_kind: str = "",
        draft_key: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.prompter = prompter
        self.drafts = drafts
        self.draft_kind = draft_kind
        self.draft_key = draft_key
        self.expected_version: int | None = None
        self.saved_value: Any = None
        self.form = Form(self.check, self)
        # Field name -> its caption, for ``set_captions``; filled by the subclass.
        self.captions: dict[str, QLabel] = {}
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.button_box.setObjectName("form_button_box")
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self.form.values_changed.connect(self._on_form_values_changed)

    # What a subclass implements.

    def check(self, values: dict[str, Any]) -> None:
        """Raise ``ValidationError`` when ``values`` cannot be saved."""
        raise NotImplementedError

    def save(self, values: dict[str, Any]) -> Any:
        """Save ``values`` through the service (with ``self.expected_version``); return the
        result. May raise any ``MentorError``."""
        raise NotImplementedError

    def load_current(self) -> tuple[dict[str, Any], int] | None:
        """The record's values as now saved and their version, for resolving a conflict;
        ``None`` when this form cannot have one."""
        return None

    def unsaved_text(self) -> str:
        return self.tr("Save your changes before closing?")

    def retranslate_ui(self) -> None:
        """Set the dialog's own texts again in the current language (on every language
        change); the Save and Cancel buttons translate themselves."""

    # What a subclass may use.

    def set_captions(self, texts: dict[str, str]) -> None:
        """Caption each field of ``self.captions`` (field name -> label) with its text from
        ``texts``; the widget takes the caption, without its & and colon, as its name."""
        for name, text in texts.items():
            self.captions[name].setText(text)
            self.form.fields[name].widget.setAccessibleName(text.replace("&", "").rstrip(":"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # Saving.

    def try_save(self) -> bool:
        """Save the values; on failure show why and keep every value. ``True`` if saved."""
        self.form.touch_all()
        self.form.clear_message()
        values = self.form.values()
        try:
            self.saved_value = self.save(values)
        except ValidationError as error:
            self.form.show_errors(error.errors)
            self.form.focus_first_error()
            return False
        except ConflictError as error:
            return self._resolve_conflict(error)
        except MentorError as error:
            log.info("Saving %s failed: %s", self.draft_kind or type(self).__name__, error)
            self.form.show_message(error_text(error))
            return False
        self.form.show_errors([])
        self.form.set_clean()
        self.discard_draft()
        return True

    def _resolve_conflict(self, error: ConflictError) -> bool:
        from mentor_desktop.ui.conflict_dialog import ConflictDialog

        try:
            current = self.load_current()
        except MentorError as load_error:
            self.form.show_message(error_text(load_error))
            return False
        if current is None:
            self.form.show_message(error_text(error))
            return False
        theirs, version = current
        dialog = ConflictDialog(self.form, self.form.values(), theirs, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.form.show_message(error_text(error))
            return False
        self.expected_version = version
        self.form.set_values(dialog.chosen_values(), clean=False)
        return self.try_save()

    def accept(self) -> None:
        if self.try_save():
            super().accept()

    def reject(self) -> None:
        """Close (Cancel, Escape, the window's close button); with unsaved changes, ask
        first whether to save, discard or go on editing."""
        if not self.form.is_dirty():
            self.discard_draft()
            super().reject()
            return
        answer = self.prompter.ask_unsaved(self, self.windowTitle(), self.unsaved_text())
        if answer == UnsavedAnswer.SAVE:
            self.accept()
        elif answer == UnsavedAnswer.DISCARD:
            self.discard_draft()
            super().reject()

    # Drafts.

    def draft_payload(self) -> dict[str, Any]:
        return {
            "format": DRAFT_VERSION,
            "values": self.form.values(),
            "expected_version": self.expected_version,
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Put a draft's values into the form, as unsaved changes."""
        if "expected_version" in payload and payload["expected_version"] is not None:
            self.expected_version = int(payload["expected_version"])
        self.form.set_values(dict(payload.get("values", {})), clean=False)

    def save_draft(self) -> None:
        self.draft_timer.stop()
        if self.drafts is None or not self.draft_kind or not self.form.is_dirty():
            return
        try:
            self.drafts.save(self.draft_kind, self.draft_key, self.draft_payload())
        except MentorError as error:
            log.warning("Draft %s/%s not saved: %s", self.draft_kind, self.draft_key, error)

    def discard_draft(self) -> None:
        self.draft_timer.stop()
        if self.drafts is None or not self.draft_kind:
            return
        try:
            self.drafts.discard(self.draft_kind, self.draft_key)
        except MentorError as error:
            log.warning("Draft %s/%s not removed: %s", self.draft_kind, self.draft_key, error)

    def _on_form_values_changed(self) -> None:
        if self.form.is_dirty():
            self.draft_timer.start()
