"""The conflict dialog: someone else saved the record while the user was editing it. Both
versions side by side, field by field, the differing ones marked, and a choice per field
(or all mine / all theirs). The form then saves the chosen values against the new version."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from mentor_desktop.ui.forms import Form

MINE = 0
THEIRS = 1


class ConflictDialog(QDialog):
    """Lets the user pick, per differing field, their value or the one saved meanwhile."""

    def __init__(
        self,
        form: Form,
        mine: dict[str, Any],
        theirs: dict[str, Any],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self._form = form
        self._mine = mine
        self._theirs = theirs
        clean = form.clean_values()
        self.differing = [n for n in form.fields if mine.get(n) != theirs.get(n)]
        # A field the user left alone takes the other tutor's value unless they say otherwise.
        self._defaults = {
            n: MINE if mine.get(n) != clean.get(n) else THEIRS for n in self.differing
        }
        self.groups: dict[str, QButtonGroup] = {}
        self.mine_buttons: dict[str, QRadioButton] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        self._captions: dict[str, QLabel] = {}
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()

    def _build_ui(self) -> None:
        self.intro_label = QLabel()
        self.intro_label.setObjectName("conflict_intro_label")
        self.intro_label.setWordWrap(True)

        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.field_heading = QLabel()
        self.mine_heading = QLabel()
        self.theirs_heading = QLabel()
        for column, heading in enumerate(
            (self.field_heading, self.mine_heading, self.theirs_heading)
        ):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, 0, column)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        grid.addWidget(line, 1, 0, 1, 3)
        for row, name in enumerate(self._form.fields, start=2):
            caption = QLabel(self._form.fields[name].caption_text())
            caption.setWordWrap(True)
            self._captions[name] = caption
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            mine_text = self._text(name, self._mine.get(name))
            if name not in self.differing:
                same = QLabel(mine_text)
                same.setWordWrap(True)
                grid.addWidget(same, row, 1, 1, 2, Qt.AlignmentFlag.AlignTop)
                continue
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
            mine_button = QRadioButton(mine_text)
            mine_button.setObjectName(f"{name}_mine_button")
            theirs_button = QRadioButton(self._text(name, self._theirs.get(name)))
            theirs_button.setObjectName(f"{name}_theirs_button")
            group = QButtonGroup(self)
            group.addButton(mine_button, MINE)
            group.addButton(theirs_button, THEIRS)
            (mine_button if self._defaults[name] == MINE else theirs_button).setChecked(True)
            self.groups[name] = group
            self.mine_buttons[name] = mine_button
            self.theirs_buttons[name] = theirs_button
            grid.addWidget(mine_button, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(theirs_button, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self._form.fields) + 2, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_widget)

        self.all_mine_button = QPushButton()
        self.all_mine_button.setObjectName("all_mine_button")
        self.all_theirs_button = QPushButton()
        self.all_theirs_button.setObjectName("all_theirs_button")
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.button_box.addButton(self.all_mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.button_box.addButton(self.all_theirs_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.button_box)
        self.resize(760, 520)
        first = next(iter(self.mine_buttons.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _connect_signals(self) -> None:
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.all_mine_button.clicked.connect(self._on_all_mine_button_clicked)
        self.all_theirs_button.clicked.connect(self._on_all_theirs_button_clicked)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Someone else changed this record"))
        self.intro_label.setText(
            self.tr(
                "While you were editing, someone else saved changes to this record. The "
                "fields in bold differ: choose for each whether to keep your value or the "
                "saved one, then save."
            )
        )
        self.field_heading.setText(self.tr("Field"))
        self.mine_heading.setText(self.tr("Your version"))
        self.theirs_heading.setText(self.tr("Saved meanwhile"))
        self.all_mine_button.setText(self.tr("All &mine"))
        self.all_theirs_button.setText(self.tr("All &theirs"))
        save = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save chosen values"))
        for name, button in self.mine_buttons.items():
            caption = self._captions[name].text()
            button.setAccessibleName(self.tr("{field}: your version").format(field=caption))
            self.theirs_buttons[name].setAccessibleName(
                self.tr("{field}: saved meanwhile").format(field=caption)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choice(self, name: str) -> int:
        group = self.groups.get(name)
        return group.checkedId() if group is not None else MINE

    def chosen_values(self) -> dict[str, Any]:
        """Every field's value: the user's, or the saved one where chosen."""
        return {
            name: self._theirs.get(name) if self.choice(name) == THEIRS else self._mine.get(name)
            for name in self._form.fields
        }

    def _text(self, name: str, value: Any) -> str:
        text = self._form.display_text(name, value)
        return text if text.strip() else self.tr("(empty)")

    def _choose_all(self, choice: int) -> None:
        for name in self.groups:
            buttons = self.mine_buttons if choice == MINE else self.theirs_buttons
            buttons[name].setChecked(True)

    def _on_all_mine_button_clicked(self) -> None:
        self._choose_all(MINE)

    def _on_all_theirs_button_clicked(self) -> None:
        self._choose_all(THEIRS)
