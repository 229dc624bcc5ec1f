"""The building blocks of the read-only detail panes: their base class, the scrolling frame
with its empty state, a large title, bold section headings, and forms of caption/value rows
whose values wrap and can be selected."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class DetailPane(QScrollArea):
    """A read-only pane beside a list that translates itself again when the language
    changes."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def pane_frame(
    pane: QScrollArea, name: str, *, minimum_width: int, content_name: str = ""
) -> tuple[QLabel, QWidget, QVBoxLayout]:
    """Make ``pane`` scroll one column holding a label for when nothing is chosen (named
    ``{name}_detail_empty_label``) and a widget for the details; return the label, the
    widget and the widget's layout."""
    pane.setWidgetResizable(True)
    pane.setFrameShape(QFrame.Shape.NoFrame)
    pane.setMinimumWidth(minimum_width)
    content = QWidget()
    if content_name:
        content.setObjectName(content_name)
    layout = QVBoxLayout(content)
    layout.setContentsMargins(16, 12, 16, 12)

    empty_label = QLabel()
    empty_label.setObjectName(f"{name}_detail_empty_label")
    empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty_label.setWordWrap(True)
    layout.addWidget(empty_label)

    details_widget = QWidget()
    details = QVBoxLayout(details_widget)
    details.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(details_widget)
    pane.setWidget(content)
    return empty_label, details_widget, details


def title_label(name: str) -> QLabel:
    """The pane's large bold title, named ``name``."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def heading_label() -> QLabel:
    """A bold section heading with space above it."""
    label = QLabel()
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 12, 0, 2)
    return label


def value_label(name: str = "") -> QLabel:
    """A plain-text value that wraps, can be selected and takes the width it is given."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def detail_form(layout: QVBoxLayout, *, wrap_long_rows: bool = False) -> QFormLayout:
    """A form of caption/value rows added to ``layout``; with ``wrap_long_rows`` a value too
    wide for its row goes below its caption."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    if wrap_long_rows:
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    layout.addLayout(form)
    return form


def caption_row(form: QFormLayout, name: str = "") -> tuple[QLabel, QLabel]:
    """A caption and its value (the caption's buddy) added to ``form``."""
    caption = QLabel()
    value = value_label(name)
    caption.setBuddy(value)
    form.addRow(caption, value)
    return caption, value


def line_up_captions(pane: QWidget) -> None:
    """Name each value in ``pane`` after its caption (without the colon) and widen every
    caption to the widest, so that the values of all sections start in one column."""
    captions = [c for c in pane.findChildren(QLabel) if c.buddy() is not None]
    for caption in captions:
        caption.buddy().setAccessibleName(caption.text().rstrip(":"))
        caption.setMinimumWidth(0)
    width = max(c.sizeHint().width() for c in captions)
    for caption in captions:
        caption.setMinimumWidth(width)
