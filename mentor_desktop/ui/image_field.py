"""A picture field of the centre's settings (the logo, the signatory's signature): a
preview, Choose… and Remove. ``value()`` is the file's bytes or ``None``; whether they are a
usable picture is the form's check (the service decodes them), so a file that is not a
picture stays shown as chosen, with the message under the field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QMargins, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentor_desktop.domain.validation import MAX_IMAGE_BYTES
from mentor_desktop.ui.prompter import Prompter

_MARGINS = QMargins(4, 4, 4, 4)


class ImageField(QWidget):
    """The owner names the buttons with ``set_texts`` (in its ``retranslate_ui``)."""

    value_changed = Signal()

    def __init__(self, prompter: Prompter, preview: QSize, parent: QWidget | None = None):
        super().__init__(parent)
        self._prompter = prompter
        self._data: bytes | None = None
        self._preview_size = preview
        self._dialog_title = ""
        self.preview_label = QLabel()
        self.preview_label.setFixedSize(preview)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setWordWrap(True)
        self.preview_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_button = QPushButton()
        self.remove_button = QPushButton()
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setFocusProxy(self.choose_button)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self._show()

    def set_texts(self, *, choose: str, remove: str, dialog_title: str) -> None:
        self.choose_button.setText(choose)
        self.choose_button.setToolTip(
            self.tr("A PNG or JPEG picture of at most {size} kB").format(
                size=MAX_IMAGE_BYTES // 1000
            )
        )
        self.remove_button.setText(remove)
        self._dialog_title = dialog_title
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleName(name)
        self.preview_label.setAccessibleName(name)
        self.choose_button.setAccessibleDescription(name)
        self.remove_button.setAccessibleDescription(name)

    def setAccessibleDescription(self, description: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleDescription(description)
        self.choose_button.setAccessibleDescription(description or self.accessibleName())

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
                    self._preview_size.shrunkBy(_MARGINS),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            text = self.display_text(self._data)
        else:
            self.preview_label.setPixmap(QPixmap())
            text = self.tr("Not a picture") if self._data else self.display_text(None)
            self.preview_label.setText(text)
        self.preview_label.setAccessibleDescription(text)
        self.remove_button.setEnabled(self._data is not None)

    def _on_choose_button_clicked(self) -> None:
        path = self._prompter.open_file_name(
            self, self._dialog_title, self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        try:
            with Path(path).open("rb") as source:
                # One byte more than allowed is enough to say that it is too large.
                data = source.read(MAX_IMAGE_BYTES + 1)
        except OSError as error:
            self._prompter.error(
                self,
                self._dialog_title,
                self.tr("The picture could not be read: {reason}").format(
                    reason=error.strerror or str(error)
                ),
            )
            return
        self.set_value(data)

    def _on_remove_button_clicked(self) -> None:
        self.set_value(None)
        self.choose_button.setFocus()
