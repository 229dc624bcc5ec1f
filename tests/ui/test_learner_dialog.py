"""Creating, editing, archiving and restoring learners from the Learners screen, by
keyboard, with messages under the fields and another tutor's change resolved."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mentor_desktop.bootstrap import open_database
from mentor_desktop.domain.enums import CefrLevel, LegalBasis
from mentor_desktop.ui.conflict_dialog import ConflictDialog
from mentor_desktop.ui.learner_table_model import Column
from tests.ui.helpers import add_learner


def names(screen) -> list[str]:
    model = screen.model
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def tick(qtbot, dialog, code: str) -> None:
    """Tick a language by keyboard: move to it, press Space."""
    languages = dialog.languages_list
    languages.setFocus()
    languages.setCurrentItem(languages.item_of(code))
    qtbot.keyClick(languages, Qt.Key.Key_Space)


def choose(qtbot, combo, text: str) -> None:
    """Pick an item of a combo box by keyboard."""
    combo.setFocus()
    while combo.currentText() != text:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text!r} not in the list"


def test_a_new_learner_by_keyboard_appears_in_the_list_and_details(window, services, qtbot):
    screen = window.learners_screen
    screen.learner_table.setFocus()
    qtbot.keyClick(screen.learner_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.learner_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "New learner"
    qtbot.waitUntil(dialog.first_name_edit.hasFocus, timeout=2000)

    qtbot.keyClicks(dialog.first_name_edit, "Amal")
    qtbot.keyClick(dialog.first_name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Haddad")
    qtbot.keyClicks(dialog.case_reference_edit, "JC-2026-17")
    tick(qtbot, dialog, "ar")
    tick(qtbot, dialog, "en")
    choose(qtbot, dialog.level_combos[next(iter(dialog.level_combos))], "A2")
    choose(qtbot, dialog.legal_basis_combo, "Consent (GDPR art. 6(1)(a))")
    qtbot.keyClick(dialog.case_reference_edit, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert names(screen) == ["Haddad, Amal"]
    pane = screen.detail_pane
    assert pane.name_label.text() == "Amal Haddad"
    assert pane.languages_value.text() == "Arabic (العربية), English"
    saved = services.learners.get(pane.detail.id).data
    assert saved.languages == ["ar", "en"]
    assert saved.level_listening == CefrLevel.A2
    assert saved.legal_basis == LegalBasis.CONSENT
    assert saved.case_reference == "JC-2026-17"
    assert services.drafts.list_for_user() == []


def test_enter_on_a_row_edits_it_and_a_bad_email_is_named_under_the_field(window, services, qtbot):
    add_learner(services, "Olena", "Kovalenko", email="olena@example.dk", languages=["uk"])
    screen = window.learners_screen
    screen.reload()
    screen.learner_table.setFocus()
    screen.learner_table.selectRow(0)
    qtbot.keyClick(screen.learner_table, Qt.Key.Key_Return)
    dialog = screen.learner_dialog
    assert dialog.windowTitle() == "Edit learner: Olena Kovalenko"
    assert dialog.email_edit.text() == "olena@example.dk"
    assert dialog.languages_list.value() == ["uk"]

    dialog.email_edit.selectAll()
    qtbot.keyClicks(dialog.email_edit, "olena(at)example.dk")
    qtbot.waitUntil(lambda: dialog.form.error_of("email") != "", timeout=2000)
    assert dialog.form.error_of("email") == "olena(at)example.dk is not a valid email address."
    assert dialog.form.fields["email"].error_label.isVisible()

    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.email_edit.text() == "olena(at)example.dk"

    dialog.email_edit.selectAll()
    qtbot.keyClicks(dialog.email_edit, "olena.k@example.dk")
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert screen.detail_pane.email_value.text() == "olena.k@example.dk"


def test_double_click_opens_the_learner(window, services, qtbot):
    add_learner(services, "Tesfay", "Berhe")
    screen = window.learners_screen
    screen.reload()
    table = screen.learner_table
    rect = table.visualRect(screen.model.index(0, Column.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.learner_dialog.first_name_edit.text() == "Tesfay"


def test_archive_asks_first_and_restore_brings_the_learner_back(window, services, qtbot, prompter):
    add_learner(services, "Amal", "Haddad")
    add_learner(services, "Olena", "Kovalenko")
    screen = window.learners_screen
    screen.reload()
    screen.select_learner(screen.model.row_at(0).id)

    prompter.answer = False
    qtbot.mouseClick(screen.archive_button, Qt.MouseButton.LeftButton)
    assert prompter.shown[-1].title == "Archive learner"
    assert "Archive Amal Haddad?" in prompter.shown[-1].text
    assert names(screen) == ["Haddad, Amal", "Kovalenko, Olena"]

    prompter.answer = True
    qtbot.mouseClick(screen.archive_button, Qt.MouseButton.LeftButton)
    assert names(screen) == ["Kovalenko, Olena"]

    screen.archived_check.setChecked(True)
    screen.select_learner(screen.model.row_at(0).id)
    assert screen.detail_pane.status_label.text() == "Active · archived"
    assert screen.archive_button.text() == "&Restore"
    qtbot.mouseClick(screen.archive_button, Qt.MouseButton.LeftButton)
    assert prompter.shown[-1].text == "Restore Amal Haddad to the list of learners?"
    screen.archived_check.setChecked(False)
    assert names(screen) == ["Haddad, Amal", "Kovalenko, Olena"]


def test_another_tutors_change_is_shown_beside_mine_and_the_choice_saved(
    window, services, database_url, paths, qtbot
):
    amal = add_learner(services, "Amal", "Haddad", phone="20304050")
    screen = window.learners_screen
    screen.reload()
    dialog = screen.open_edit(amal.id)
    dialog.email_edit.setFocus()
    qtbot.keyClicks(dialog.email_edit, "amal@example.dk")
    dialog.phone_edit.selectAll()
    qtbot.keyClicks(dialog.phone_edit, "20304051")

    # Another tutor, in another copy of the program, changes the phone and the last name.
    other = open_database(database_url, paths)
    try:
        data = other.learners.get(amal.id).data
        data.phone = "88888888"
        data.last_name = "Al-Haddad"
        other.learners.update(amal.id, data, expected_version=amal.version)
    finally:
        other.close()

    seen: dict[str, object] = {}

    def resolve() -> None:
        conflict = QApplication.activeModalWidget()
        assert isinstance(conflict, ConflictDialog)
        seen["differing"] = list(conflict.differing)
        seen["last_name"] = conflict.theirs_buttons["last_name"].isChecked()
        seen["phone"] = (
            conflict.mine_buttons["phone"].text(),
            conflict.theirs_buttons["phone"].text(),
            conflict.mine_buttons["phone"].isChecked(),
        )
        conflict.theirs_buttons["phone"].click()
        conflict.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, resolve)
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)

    assert seen == {
        "differing": ["last_name", "phone", "email"],
        "last_name": True,
        "phone": ("20304051", "88888888", True),
    }
    assert not dialog.isVisible()
    saved = services.learners.get(amal.id)
    assert (saved.data.last_name, saved.data.phone, saved.data.email) == (
        "Al-Haddad",
        "88888888",
        "amal@example.dk",
    )
    assert screen.detail_pane.name_label.text() == "Amal Al-Haddad"


def test_a_form_left_open_by_a_crash_is_offered_again_with_its_values(
    qapp, paths, prompter, database_url, services, qtbot
):
    import shiboken6

    from mentor_desktop.app import Program, parse_args

    add_learner(services, "Amal", "Haddad")

    options = parse_args(["--database", database_url, "--lang", "en"])
    crashed = Program(qapp, options, paths, prompter)
    assert crashed.start()
    dialog = crashed.window.learners_screen.open_new()
    qtbot.keyClicks(dialog.first_name_edit, "Tesfay")
    qtbot.keyClicks(dialog.last_name_edit, "Berhe")
    qtbot.keyClicks(dialog.email_edit, "tesfay@")
    tick(qtbot, dialog, "ti")
    drafts = crashed.services.drafts
    qtbot.waitUntil(
        lambda: (
            (d := drafts.load("learner", "new")) is not None
            and d.payload["values"]["languages"] == ["ti"]
        ),
        timeout=5000,
    )
    # The program stops without closing the form or the window.
    shiboken6.delete(crashed.window)
    crashed.window = None
    crashed.close()

    prompter.answer = True
    again = Program(qapp, options, paths, prompter)
    try:
        assert again.start()
        [offer] = prompter.shown
        assert offer.title == "Unsaved form found"
        assert offer.text.startswith("An unsaved form for the learner Tesfay Berhe from ")
        assert offer.text.endswith(" was found. Open it to go on?")
        reopened = again.window.learners_screen.learner_dialog
        assert reopened is not None and reopened.isVisible()
        assert (reopened.first_name_edit.text(), reopened.last_name_edit.text()) == (
            "Tesfay",
            "Berhe",
        )
        assert reopened.languages_list.value() == ["ti"]
        assert reopened.form.is_dirty()
        qtbot.waitUntil(lambda: reopened.form.error_of("email") != "", timeout=2000)

        reopened.email_edit.clear()
        qtbot.keyClick(reopened.email_edit, Qt.Key.Key_Return)
        assert [r.full_name for r in again.services.learners.list().rows] == [
            "Tesfay Berhe",
            "Amal Haddad",
        ]
        assert again.services.drafts.list_for_user() == []
    finally:
        again.close()


def test_a_draft_not_wanted_is_thrown_away(qapp, paths, prompter, database_url, services):
    from mentor_desktop.app import Program, parse_args

    add_learner(services, "Olena", "Kovalenko")
    services.drafts.save("learner", "new", {"values": {"first_name": "Amal"}})
    prompter.answer = False
    program = Program(qapp, parse_args(["--database", database_url]), paths, prompter)
    try:
        assert program.start()
        assert prompter.kinds() == ["confirm"]
        assert program.window.learners_screen.learner_dialog is None
        assert services.drafts.list_for_user() == []
    finally:
        program.close()


def test_the_languages_ticked_are_named_with_the_first_language(window, qtbot):
    dialog = window.learners_screen.open_new()
    assert dialog.languages_chosen_label.text() == "No language ticked yet."
    tick(qtbot, dialog, "ti")
    tick(qtbot, dialog, "ar")
    assert dialog.languages_chosen_label.text() == (
        "First language: Tigrinya (ትግርኛ). Also: Arabic (العربية)."
    )
