"""Every message box and confirmation the program shows goes through one ``Prompter``, so
tests can replace it with a fake that records what the user would have seen."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class UnsavedAnswer(Enum):
    """What to do with unsaved changes when a form is closed."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompter:
    """Shows messages and asks questions in dialogs."""

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = self._box(parent, QMessageBox.Icon.Critical, title, text, details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        box = self._box(parent, QMessageBox.Icon.Information, title, text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        box = self._box(parent, QMessageBox.Icon.Question, title, text)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_unsaved(self, parent: QWidget | None, title: str, text: str) -> UnsavedAnswer:
        """Save, Discard or Cancel (the default, also on Escape)."""
        box = self._box(parent, QMessageBox.Icon.Warning, title, text)
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return UnsavedAnswer.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return UnsavedAnswer.DISCARD
        return UnsavedAnswer.CANCEL

    def choose(
        self, parent: QWidget | None, title: str, text: str, choices: list[str], current: int = 0
    ) -> int | None:
        """The index of the choice picked from a list, or ``None`` when cancelled."""
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(text)
        dialog.setComboBoxItems(choices)
        dialog.setComboBoxEditable(False)
        if choices:
            dialog.setTextValue(choices[max(0, min(current, len(choices) - 1))])
        dialog.setAccessibleName(title)
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        picked = dialog.textValue()
        return choices.index(picked) if picked in choices else None

    def save_file_name(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str
    ) -> str | None:
        """A path to write to, chosen in the system's file dialog; ``None`` when cancelled."""
        path, _chosen_filter = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return path or None

    def open_file_name(self, parent: QWidget | None, title: str, file_filter: str) -> str | None:
        """A file to read, chosen in the system's file dialog; ``None`` when cancelled."""
        path, _chosen_filter = QFileDialog.getOpenFileName(parent, title, "", file_filter)
        return path or None

    def choose_folder(self, parent: QWidget | None, title: str) -> str | None:
        """A folder chosen in the system's folder dialog; ``None`` when cancelled."""
        return QFileDialog.getExistingDirectory(parent, title) or None

    def unexpected_error(self, parent: QWidget | None, details: str) -> None:
        """An error the program did not expect: a short sentence and copyable details."""
        title = QCoreApplication.translate("Prompter", "Unexpected error")
        text = QCoreApplication.translate(
            "Prompter",
            "Something went wrong that the program did not expect. Your saved data is safe. "
            "The details below are also written to the log file; please pass them on to "
            "whoever supports the program.",
        )
        self.error(parent, title, text, details)

    def _box(
        self,
        parent: QWidget | None,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        details: str = "",
    ) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAccessibleName(title)
        if details:
            box.setDetailedText(details)
        return box
