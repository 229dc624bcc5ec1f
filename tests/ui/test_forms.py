"""The form foundation, through a small learner form: errors under the field as the user
types, a failed save that keeps every value, unsaved changes asked about, drafts."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from mentor_desktop.domain.errors import DatabaseError, DatabaseProblem
from mentor_desktop.services import learners
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.ui.forms import VALIDATE_DELAY_MS, DateField, FormDialog, to_date
from mentor_desktop.ui.prompter import UnsavedAnswer


class NameDialog(FormDialog):
    """A learner form with four fields, as a dialog built on forms.py would be."""

    def __init__(self, services, prompter, learner_id: int | None = None):
        key = str(learner_id) if learner_id else "new"
        super().__init__(prompter, drafts=services.drafts, draft_kind="test", draft_key=key)
        self.services = services
        self.learner_id = learner_id
        layout = QFormLayout(self)
        layout.addRow(self.form.banner_label)
        self.first_name_edit = QLineEdit()
        self.last_name_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.birth_date_field = DateField()
        for name, widget, text in (
            ("first_name", self.first_name_edit, "First name:"),
            ("last_name", self.last_name_edit, "Last name:"),
            ("email", self.email_edit, "Email:"),
            ("birth_date", self.birth_date_field, "Date of birth:"),
        ):
            caption = QLabel(text)
            layout.addRow(caption, self.form.add_field(name, widget, caption=caption))
        layout.addRow(self.button_box)
        self.setWindowTitle("Learner")
        if learner_id is not None:
            detail = services.learners.get(learner_id)
            self.expected_version = detail.version
            self.form.set_values(self._values(detail.data))

    @staticmethod
    def _values(data: LearnerInput) -> dict[str, Any]:
        return {
            "first_name": data.first_name,
            "last_name": data.last_name,
            "email": data.email or "",
            "birth_date": data.birth_date.isoformat() if data.birth_date else None,
        }

    def _input(self, values: dict[str, Any]) -> LearnerInput:
        data = (
            self.services.learners.get(self.learner_id).data if self.learner_id else LearnerInput()
        )
        data.first_name = values["first_name"]
        data.last_name = values["last_name"]
        data.email = values["email"] or None
        data.birth_date = to_date(values["birth_date"])
        return data

    def check(self, values):
        learners.validate(self._input(values), date(2026, 11, 27))

    def save(self, values):
        if self.learner_id is None:
            return self.services.learners.create(self._input(values))
        return self.services.learners.update(
            self.learner_id, self._input(values), expected_version=self.expected_version
        )

    def load_current(self):
        detail = self.services.learners.get(self.learner_id)
        return self._values(detail.data), detail.version


@pytest.fixture
def dialog(qtbot, services, prompter, english):
    result = NameDialog(services, prompter)
    qtbot.addWidget(result)
    result.show()
    return result


def names_saved(services) -> list[str]:
    return [r.full_name for r in services.learners.list().rows]


def test_an_error_appears_under_the_touched_field_only_and_goes_when_fixed(dialog, qtbot):
    qtbot.keyClicks(dialog.email_edit, "amal@")
    qtbot.waitUntil(lambda: dialog.form.error_of("email") != "", timeout=2000)
    label = dialog.findChild(QLabel, "email_error_label")
    assert label.isVisible()
    assert label.text() == "amal@ is not a valid email address."
    assert dialog.email_edit.accessibleDescription() == label.text()
    # The names are empty too, but the user has not been there yet.
    assert dialog.form.error_of("first_name") == ""

    qtbot.keyClicks(dialog.email_edit, "example.dk")
    qtbot.waitUntil(lambda: dialog.form.error_of("email") == "", timeout=2000)
    assert not label.isVisible()
    assert dialog.email_edit.accessibleDescription() == ""


def test_save_shows_every_error_keeps_the_values_and_focuses_the_first(dialog, qtbot, services):
    qtbot.keyClicks(dialog.last_name_edit, "Haddad")
    qtbot.keyClicks(dialog.email_edit, "not an address")
    qtbot.mouseClick(dialog.button_box.buttons()[0], Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.form.error_of("first_name") == "This field must be filled in."
    assert dialog.form.error_of("email") == "not an address is not a valid email address."
    assert dialog.last_name_edit.text() == "Haddad"
    assert dialog.email_edit.text() == "not an address"
    assert dialog.first_name_edit.hasFocus()
    assert names_saved(services) == []

    qtbot.keyClicks(dialog.first_name_edit, "Amal")
    dialog.email_edit.clear()
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert names_saved(services) == ["Amal Haddad"]
    assert dialog.saved_value.full_name == "Amal Haddad"


def test_a_date_in_the_future_is_named_under_the_date(dialog, qtbot):
    dialog.birth_date_field.known_check.click()
    dialog.birth_date_field.date_edit.setDate(dialog.birth_date_field.date_edit.date().addYears(5))
    qtbot.waitUntil(lambda: dialog.form.error_of("birth_date") != "", timeout=2000)
    assert dialog.form.error_of("birth_date") == "The date lies in the future."


def test_a_failed_database_keeps_everything_typed(dialog, qtbot, services, monkeypatch):
    def broken(_data):
        raise DatabaseError(DatabaseProblem.UNREACHABLE, target="centre")

    monkeypatch.setattr(services.learners, "create", broken)
    qtbot.keyClicks(dialog.first_name_edit, "Amal")
    qtbot.keyClicks(dialog.last_name_edit, "Haddad")
    qtbot.keyClick(dialog.last_name_edit, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.form.banner_label.isVisible()
    assert "cannot be reached" in dialog.form.banner_label.text()
    assert (dialog.first_name_edit.text(), dialog.last_name_edit.text()) == ("Amal", "Haddad")
    assert dialog.form.is_dirty()


def test_closing_unchanged_asks_nothing(dialog, prompter):
    dialog.reject()
    assert not dialog.isVisible()
    assert prompter.shown == []


def test_closing_with_changes_asks_and_cancel_keeps_the_form(dialog, qtbot, prompter):
    qtbot.keyClicks(dialog.first_name_edit, "Amal")
    prompter.unsaved_answer = UnsavedAnswer.CANCEL
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert prompter.kinds() == ["unsaved"]
    assert prompter.shown[0].text == "Save your changes before closing?"
    assert dialog.isVisible()
    assert dialog.first_name_edit.text() == "Amal"


def test_closing_with_changes_and_save_saves(dialog, qtbot, prompter, services):
    qtbot.keyClicks(dialog.first_name_edit, "Amal")
    qtbot.keyClicks(dialog.last_name_edit, "Haddad")
    prompter.unsaved_answer = UnsavedAnswer.SAVE
    dialog.close()
    assert not dialog.isVisible()
    assert names_saved(services) == ["Amal Haddad"]


def test_closing_with_changes_and_discard_saves_nothing(dialog, qtbot, prompter, services):
    qtbot.keyClicks(dialog.first_name_edit, "Amal")
    qtbot.keyClicks(dialog.last_name_edit, "Haddad")
    dialog.save_draft()
    prompter.unsaved_answer = UnsavedAnswer.DISCARD
    dialog.close()
    assert not dialog.isVisible()
    assert names_saved(services) == []
    assert services.drafts.list_for_user() == []


def test_typing_back_the_saved_value_is_not_a_change(dialog, qtbot):
    qtbot.keyClicks(dialog.first_name_edit, "A")
    assert dialog.form.is_dirty()
    qtbot.keyClick(dialog.first_name_edit, Qt.Key.Key_Backspace)
    assert not dialog.form.is_dirty()


def test_a_draft_is_kept_while_typing_and_removed_on_save(dialog, qtbot, services):
    qtbot.keyClicks(dialog.first_name_edit, "Amal")
    qtbot.waitUntil(lambda: services.drafts.load("test", "new") is not None, timeout=4000)
    draft = services.drafts.load("test", "new")
    assert draft.payload["values"]["first_name"] == "Amal"

    qtbot.keyClicks(dialog.last_name_edit, "Haddad")
    dialog.accept()
    assert names_saved(services) == ["Amal Haddad"]
    assert services.drafts.load("test", "new") is None


def test_a_draft_restores_every_value_as_unsaved(qtbot, services, prompter, english):
    first = NameDialog(services, prompter)
    qtbot.addWidget(first)
    qtbot.keyClicks(first.first_name_edit, "Olena")
    qtbot.keyClicks(first.email_edit, "olena@")
    first.birth_date_field.set_value("1990-04-02")
    first.save_draft()

    again = NameDialog(services, prompter)
    qtbot.addWidget(again)
    again.restore_draft(services.drafts.load("test", "new").payload)
    assert again.first_name_edit.text() == "Olena"
    assert again.birth_date_field.date() == date(1990, 4, 2)
    assert again.form.is_dirty()
    qtbot.wait(VALIDATE_DELAY_MS + 100)
    assert again.form.error_of("email") == "olena@ is not a valid email address."


def test_a_conflict_offers_both_versions_and_saves_the_choice(
    qtbot, services, prompter, english, monkeypatch
):
    amal = services.learners.create(LearnerInput(first_name="Amal", last_name="Haddad"))
    dialog = NameDialog(services, prompter, amal.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.email_edit, "amal@example.dk")
    # Meanwhile another tutor corrects the last name.
    other = services.learners.get(amal.id).data
    other.last_name = "Al-Haddad"
    services.learners.update(amal.id, other, expected_version=amal.version)

    from mentor_desktop.ui.conflict_dialog import ConflictDialog

    seen = {}

    def choose(self):
        seen["differing"] = self.differing
        seen["mine"] = self.mine_buttons["last_name"].text()
        seen["theirs"] = self.theirs_buttons["last_name"].text()
        return ConflictDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", choose)
    dialog.accept()

    assert seen == {"differing": ["last_name", "email"], "mine": "Haddad", "theirs": "Al-Haddad"}
    saved = services.learners.get(amal.id)
    assert (saved.data.last_name, saved.data.email) == ("Al-Haddad", "amal@example.dk")
    assert not dialog.isVisible()
