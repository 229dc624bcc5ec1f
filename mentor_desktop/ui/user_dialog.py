"""The dialog that adds or edits a user of the program: name, login, role, e-mail and
phone, checked as they are typed. Users are deactivated on the Settings screen, never
deleted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import Role
from mentor_desktop.services import users
from mentor_desktop.services.users import UserInput, UserRow
from mentor_desktop.ui.forms import FormDialog
from mentor_desktop.ui.prompter import Prompter

_ROLE_NAMES = {
    Role.TUTOR: QT_TRANSLATE_NOOP("Roles", "Tutor"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Roles", "Coordinator"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


def role_label(role: Role | str) -> str:
    return QCoreApplication.translate("Roles", str(_ROLE_NAMES[Role(role)]))


def user_input(values: dict[str, Any]) -> UserInput:
    return UserInput(
        name=values["name"],
        login=values["login"],
        role=Role(values["role"]),
        email=values["email"] or None,
        phone=values["phone"] or None,
    )


def user_values(user: UserRow) -> dict[str, Any]:
    return {
        "name": user.name,
        "login": user.login,
        "role": user.role.value,
        "email": user.email or "",
        "phone": user.phone or "",
    }


class UserDialog(FormDialog):
    """A new user when ``user`` is ``None``, else an edit of ``user``."""

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        user: UserRow | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(prompter, parent=parent)
        self.setObjectName("user_dialog")
        self._services = services
        self._user = user
        self._build_ui()
        self.retranslate_ui()
        if user is not None:
            self.expected_version = user.version
            self.form.set_values(user_values(user))
        else:
            self.form.set_values({"role": Role.TUTOR.value})
        self.name_edit.setFocus()

    def _build_ui(self) -> None:
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form_layout = QFormLayout()
        form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form_layout)
        self.captions: dict[str, QLabel] = {}
        self.name_edit = QLineEdit()
        self.login_edit = QLineEdit()
        self.login_edit.setMaxLength(100)
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem("", role.value)
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        widgets = {
            "name": self.name_edit,
            "login": self.login_edit,
            "role": self.role_combo,
            "email": self.email_edit,
            "phone": self.phone_edit,
        }
        for name, widget in widgets.items():
            widget.setObjectName(f"user_{name}_field")
            caption = QLabel()
            self.captions[name] = caption
            form_layout.addRow(caption, self.form.add_field(name, widget, caption=caption))
        layout.addWidget(self.form.banner_label)
        layout.addWidget(self.button_box)

    def retranslate_ui(self) -> None:
        if self._user is None:
            self.setWindowTitle(self.tr("New user"))
        else:
            self.setWindowTitle(self.tr("Edit {name}").format(name=self._user.name))
        texts = {
            "name": self.tr("&Name:"),
            "login": self.tr("&Login:"),
            "role": self.tr("&Role:"),
            "email": self.tr("&Email:"),
            "phone": self.tr("P&hone:"),
        }
        self.set_captions(texts)
        self.login_edit.setToolTip(
            self.tr("Letters a–z, digits, dot, hyphen and underscore; at least 2 characters.")
        )
        for index in range(self.role_combo.count()):
            self.role_combo.setItemText(index, role_label(self.role_combo.itemData(index)))

    def check(self, values: dict[str, Any]) -> None:
        users.validate(user_input(values))

    def save(self, values: dict[str, Any]) -> UserRow:
        data = user_input(values)
        if self._user is None:
            return self._services.users.create(data)
        assert self.expected_version is not None
        return self._services.users.update(
            self._user.id, data, expected_version=self.expected_version
        )

    def load_current(self) -> tuple[dict[str, Any], int] | None:
        if self._user is None:
            return None
        current = self._services.users.get(self._user.id)
        return user_values(current), current.version
