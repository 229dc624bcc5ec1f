"""The Settings screen over a real database: the centre's form (saved, refused with the
message under the field, a picture checked), the users (added, seen in "Who is working?",
deactivated after asking) and the window's language switched live."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from mentor_desktop.app import Program, install_translators, parse_args, remove_translators
from mentor_desktop.domain.enums import Role
from mentor_desktop.services.centre import CentreInput
from mentor_desktop.services.certificates import IssueRequest
from mentor_desktop.services.users import UserInput
from mentor_desktop.ui.centre_dialog import CentreDialog
from mentor_desktop.ui.conflict_dialog import ConflictDialog
from mentor_desktop.ui.main_window import Section
from mentor_desktop.ui.prompter import UnsavedAnswer
from mentor_desktop.ui.user_choice import UserChoice
from mentor_desktop.ui.user_dialog import UserDialog
from tests.certificate_data import add_learner, build_centre
from tests.pdf_tools import pdf_text

GOOD_CVR = "13585628"


def when_dialog(kind: type, act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the modal dialog of type ``kind`` as soon as it is open."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, run)

    QTimer.singleShot(0, run)


def save(dialog) -> None:
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()


def settings_of(window):
    window.show_section(Section.SETTINGS)
    return window.settings_screen


@pytest.fixture
def centre(services):
    return services.centre.update(
        CentreInput(name="Sprogcenter Vest", city="Holstebro", cvr=GOOD_CVR),
        expected_version=None,
    )


def test_the_centre_s_new_name_is_saved_and_shown(window, services, centre, qtbot):
    screen = settings_of(window)
    pane = screen.centre_pane
    assert pane.values["name"].text() == "Sprogcenter Vest"

    def rename(dialog: CentreDialog) -> None:
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, "Sprogcenter Nordvest")
        save(dialog)

    when_dialog(CentreDialog, rename)
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    saved = services.centre.get()
    assert saved.data.name == "Sprogcenter Nordvest"
    assert saved.version == centre.version + 1
    assert pane.values["name"].text() == "Sprogcenter Nordvest"
    assert pane.values["place"].text() == "Holstebro"


def test_a_bad_cvr_is_named_under_the_field_and_nothing_is_saved(
    window, services, centre, prompter, qtbot
):
    pane = settings_of(window).centre_pane
    seen: dict[str, str] = {}

    def type_bad_cvr(dialog: CentreDialog) -> None:
        dialog.cvr_edit.clear()
        qtbot.keyClicks(dialog.cvr_edit, "12345678")
        qtbot.waitUntil(lambda: bool(dialog.form.error_of("cvr")))
        seen["while typing"] = dialog.form.error_of("cvr")
        save(dialog)
        seen["after save"] = dialog.form.error_of("cvr")
        seen["typed"] = dialog.cvr_edit.text()
        seen["open"] = str(dialog.isVisible())
        prompter.unsaved_answer = UnsavedAnswer.DISCARD
        dialog.reject()

    when_dialog(CentreDialog, type_bad_cvr)
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    assert seen["while typing"] == "12345678 is not a valid CVR number."
    assert seen["after save"] == "12345678 is not a valid CVR number."
    assert seen["typed"] == "12345678" and seen["open"] == "True"
    assert services.centre.get() == centre


def test_a_logo_that_is_not_a_picture_is_refused(
    window, services, centre, prompter, qtbot, tmp_path
):
    pane = settings_of(window).centre_pane
    fake = tmp_path / "logo.png"
    fake.write_text("This is a letter, not a logo.")
    prompter.open_path = str(fake)
    seen: dict[str, str] = {}

    def choose_fake_logo(dialog: CentreDialog) -> None:
        qtbot.mouseClick(dialog.logo_field.choose_button, Qt.MouseButton.LeftButton)
        save(dialog)
        seen["error"] = dialog.form.error_of("logo_png")
        seen["preview"] = dialog.logo_field.preview_label.text()
        prompter.unsaved_answer = UnsavedAnswer.DISCARD
        dialog.reject()

    when_dialog(CentreDialog, choose_fake_logo)
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    assert seen["error"] == "The file is not a whole PNG or JPEG picture."
    assert seen["preview"] == "Not a picture"
    assert services.centre.get().data.logo_png is None


def test_a_new_tutor_is_listed_and_can_be_chosen_as_working(
    window, services, settings, prompter, qtbot
):
    services.users.create(UserInput(name="Karen Koordinator", login="karen", role=Role.COORDINATOR))
    screen = settings_of(window)
    pane = screen.users_pane

    def add_tutor(dialog: UserDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Søren Kragh")
        qtbot.keyClicks(dialog.login_edit, "soren.kragh")
        qtbot.keyClicks(dialog.phone_edit, "20 30 40 50")
        save(dialog)

    when_dialog(UserDialog, add_tutor)
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    names = [pane.model.row_at(r).name for r in range(pane.model.rowCount())]
    assert names == ["Karen Koordinator", "Søren Kragh"]
    assert pane.current_user().login == "soren.kragh"
    assert pane.count_label.text() == "2 users"
    [added] = services.users.list(role=Role.TUTOR).rows
    assert (added.name, added.role, added.phone) == ("Søren Kragh", Role.TUTOR, "20 30 40 50")

    choice = UserChoice(services, settings, prompter, window, window.file_menu)
    choice.choose()
    assert prompter.shown[-1].title == "Who is working?"
    assert "Søren Kragh (soren.kragh)" in prompter.shown[-1].details.splitlines()


def test_deactivating_asks_first_and_keeps_the_user(window, services, prompter, qtbot):
    tutor = services.users.create(UserInput(name="Mette Lund", login="mette"))
    pane = settings_of(window).users_pane
    assert pane.select_user(tutor.id)
    assert pane.active_button.text() == "&Deactivate…"

    prompter.answer = False
    qtbot.mouseClick(pane.active_button, Qt.MouseButton.LeftButton)
    assert prompter.shown[-1].kind == "confirm"
    assert "Deactivate Mette Lund?" in prompter.shown[-1].text
    assert services.users.get(tutor.id).active

    prompter.answer = True
    qtbot.mouseClick(pane.active_button, Qt.MouseButton.LeftButton)
    assert not services.users.get(tutor.id).active
    assert pane.model.rowCount() == 0

    pane.inactive_check.setChecked(True)
    assert pane.select_user(tutor.id)
    assert pane.model.data(pane.model.index(0, 5)) == "Deactivated"
    assert pane.active_button.text() == "&Reactivate"
    qtbot.mouseClick(pane.active_button, Qt.MouseButton.LeftButton)
    assert services.users.get(tutor.id).active


def test_a_tutor_working_may_change_only_themselves(window, services, centre, qtbot):
    tutor = services.users.create(UserInput(name="Mette Lund", login="mette"))
    other = services.users.create(UserInput(name="Ali Hassan", login="ali"))
    services.context.user_id = tutor.id
    screen = settings_of(window)
    pane = screen.users_pane
    assert not screen.centre_pane.edit_button.isEnabled()
    assert not pane.add_button.isEnabled()
    pane.select_user(other.id)
    assert not pane.edit_button.isEnabled() and not pane.active_button.isEnabled()
    assert not pane.pin_button.isEnabled()
    pane.select_user(tutor.id)
    assert pane.edit_button.isEnabled() and pane.pin_button.isEnabled()
    assert not pane.active_button.isEnabled()


def test_a_certificate_issued_after_the_signatory_changed_prints_the_new_name(
    window, services, qtbot
):
    built = build_centre(services)
    learner = add_learner(services, built, "Amal", "Haddad")
    pane = settings_of(window).centre_pane

    def new_signatory(dialog: CentreDialog) -> None:
        dialog.signatory_name_edit.clear()
        qtbot.keyClicks(dialog.signatory_name_edit, "Birgitte Dalsgaard")
        dialog.signatory_title_edit.clear()
        qtbot.keyClicks(dialog.signatory_title_edit, "Centerleder")
        save(dialog)

    when_dialog(CentreDialog, new_signatory)
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    assert pane.values["signatory"].text() == "Birgitte Dalsgaard, Centerleder"
    [page] = pdf_text(services.certificates.issue(IssueRequest(learner)).pdf)
    assert "Birgitte Dalsgaard" in page and "Centerleder" in page
    assert "Hanne Holm" not in page


@pytest.fixture
def programs(qapp):
    started: list[Program] = []
    previous = QLocale()
    yield started
    for program in started:
        program.close()
    QLocale.setDefault(previous)


def test_the_language_switches_at_once_and_is_kept_for_the_next_start(
    qapp, programs, paths, prompter, database_url, qtbot
):
    program = Program(
        qapp, parse_args(["--database", database_url, "--lang", "da"]), paths, prompter
    )
    programs.append(program)
    program.start()
    window = program.window
    nav = window.nav_list
    assert nav.item(0).text() == "I dag"
    screen = settings_of(window)
    combo = screen.language_combo
    assert combo.currentData() == "da"
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    # Qt posts the LanguageChange events: the window retranslates when they arrive.
    qtbot.waitUntil(lambda: nav.item(0).text() == "Today")
    assert screen.tabs.tabText(1) == "&Users"
    assert window.file_menu.title() == "&File"
    program.close()
    programs.remove(program)

    again = Program(qapp, parse_args(["--database", database_url]), paths, prompter)
    programs.append(again)
    again.start()
    assert again.language == "en"
    assert again.window.nav_list.item(0).text() == "Today"


def _alt_keys(window, widgets) -> list[str]:
    screen = window.settings_screen
    texts = [
        *(w.text() for w in widgets),
        *(screen.tabs.tabText(i) for i in range(screen.tabs.count())),
        *(action.text() for action in window.menuBar().actions()),
    ]
    return [QKeySequence.mnemonic(text).toString() for text in texts]


def test_every_button_of_the_users_tab_has_its_own_alt_key_in_english_and_danish(
    window, services, qapp
):
    services.users.create(UserInput(name="Mette Lund", login="mette"))
    pane = settings_of(window).users_pane
    pane.select_user(services.users.list().rows[0].id)
    buttons = [
        pane.inactive_check,
        pane.add_button,
        pane.edit_button,
        pane.active_button,
        pane.pin_button,
        pane.clear_pin_button,
    ]
    keys = _alt_keys(window, buttons)
    assert all(keys) and len(set(keys)) == len(keys), keys
    previous = QLocale()
    translators = install_translators(qapp, "da")
    try:
        qapp.processEvents()
        assert pane.add_button.text() == "&Tilføj bruger…"
        keys = _alt_keys(window, buttons)
        assert all(keys) and len(set(keys)) == len(keys), keys
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(previous)
        qapp.processEvents()


def test_a_centre_saved_meanwhile_offers_mine_or_theirs(window, services, centre, qtbot):
    pane = settings_of(window).centre_pane

    def keep_mine(dialog: ConflictDialog) -> None:
        # The name typed is kept; the phone left alone takes the other person's value.
        assert dialog.differing == ["name", "phone"]
        dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    def edit_while_someone_else_saves(dialog: CentreDialog) -> None:
        meanwhile = services.centre.get()
        meanwhile.data.phone = "96 11 22 00"
        services.centre.update(meanwhile.data, expected_version=meanwhile.version)
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, "Sprogcenter Nordvest")
        when_dialog(ConflictDialog, keep_mine)
        save(dialog)

    when_dialog(CentreDialog, edit_while_someone_else_saves)
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    saved = services.centre.get()
    assert (saved.data.name, saved.data.phone) == ("Sprogcenter Nordvest", "96 11 22 00")
    assert saved.version == centre.version + 2


def test_choosing_who_is_working_updates_what_they_may_change(
    qapp, programs, paths, prompter, database_url, services
):
    coordinator = services.users.create(
        UserInput(name="Karen Koordinator", login="karen", role=Role.COORDINATOR)
    )
    tutor = services.users.create(UserInput(name="Mette Lund", login="mette"))
    program = Program(
        qapp, parse_args(["--database", database_url, "--lang", "en"]), paths, prompter
    )
    programs.append(program)
    program.start()
    screen = settings_of(program.window)
    program.user_choice.set_user(coordinator)
    assert screen.centre_pane.edit_button.isEnabled()
    assert screen.users_pane.add_button.isEnabled()
    program.user_choice.set_user(tutor)
    assert not screen.centre_pane.edit_button.isEnabled()
    assert not screen.users_pane.add_button.isEnabled()


def test_the_last_administrator_is_not_deactivated(window, services, prompter, qtbot):
    admin = services.users.create(UserInput(name="Lise Admin", login="lise", role=Role.ADMIN))
    pane = settings_of(window).users_pane
    pane.select_user(admin.id)
    prompter.answer = True
    qtbot.mouseClick(pane.active_button, Qt.MouseButton.LeftButton)
    assert prompter.shown[-1].kind == "error"
    assert prompter.shown[-1].text == "Active: At least one active administrator must remain."
    assert services.users.get(admin.id).active
