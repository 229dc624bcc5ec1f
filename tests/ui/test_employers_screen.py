from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.sites import AgreementInput, ContactInput, SiteInput
from mentor_desktop.ui.employer_detail_pane import Part
from mentor_desktop.ui.employer_dialog import EmployerDialog
from mentor_desktop.ui.employer_parts_dialog import ContactDialog, SiteDialog
from mentor_desktop.ui.employer_table_model import Column
from mentor_desktop.ui.main_window import Section

CVR = "13585628"  # a valid CVR number (modulus 11)
MISTYPED_CVR = "13585629"


def names(screen) -> list[str]:
    model = screen.model
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


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


def screen_of(window):
    window.show_section(Section.EMPLOYERS)
    screen = window.employers_screen
    screen.reload()
    return screen


def test_typing_a_name_or_cvr_narrows_the_list(window, services, qtbot):
    services.employers.create(EmployerInput(name="Bageriet Nord", cvr=CVR))
    services.employers.create(EmployerInput(name="Vestlager"))
    services.employers.create(EmployerInput(name="Nordkøkken"))
    screen = screen_of(window)
    assert window.is_available(Section.EMPLOYERS)
    assert names(screen) == ["Bageriet Nord", "Nordkøkken", "Vestlager"]
    assert screen.count_label.text() == "3 employers"

    qtbot.keyClicks(screen.search_edit, "nord")
    qtbot.waitUntil(lambda: names(screen) == ["Bageriet Nord", "Nordkøkken"], timeout=2000)
    assert screen.count_label.text() == "2 employers found"

    screen.search_edit.clear()
    qtbot.keyClicks(screen.search_edit, "1358 5628")
    qtbot.waitUntil(lambda: names(screen) == ["Bageriet Nord"], timeout=2000)
    assert screen.detail_pane.name_label.text() == "Bageriet Nord"
    assert screen.detail_pane.cvr_value.text() == CVR

    screen.search_edit.clear()
    qtbot.keyClicks(screen.search_edit, "zzz")
    qtbot.waitUntil(lambda: names(screen) == [], timeout=2000)
    assert screen.empty_list_label.text() == "No employer matches “zzz”."


def test_a_mistyped_cvr_is_named_next_to_the_field_and_nothing_is_saved(
    qtbot, services, prompter, english
):
    dialog = EmployerDialog(services, prompter)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Bageriet Nord")
    qtbot.keyClicks(dialog.cvr_edit, MISTYPED_CVR)
    error_label = dialog.form.fields["cvr"].error_label
    qtbot.waitUntil(lambda: error_label.text() != "", timeout=2000)
    assert error_label.text() == f"{MISTYPED_CVR} is not a valid CVR number."
    assert dialog.form.error_of("name") == ""

    save(dialog)
    assert dialog.isVisible() or dialog.result() == 0
    assert services.employers.list().total == 0
    assert dialog.name_edit.text() == "Bageriet Nord"
    assert dialog.cvr_edit.text() == MISTYPED_CVR

    dialog.cvr_edit.clear()
    qtbot.keyClicks(dialog.cvr_edit, CVR)
    qtbot.waitUntil(lambda: error_label.text() == "", timeout=2000)
    save(dialog)
    assert [r.cvr for r in services.employers.list().rows] == [CVR]


def test_a_new_employer_with_a_site_and_a_contact_shows_them_in_the_details(
    window, services, qtbot
):
    screen = screen_of(window)

    def fill_employer(dialog: EmployerDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Vestlager")
        qtbot.keyClicks(dialog.cvr_edit, CVR)
        qtbot.keyClicks(dialog.city_edit, "Aalborg")
        save(dialog)

    when_dialog(EmployerDialog, fill_employer)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert names(screen) == ["Vestlager"]
    pane = screen.detail_pane
    assert pane.name_label.text() == "Vestlager"
    assert pane.cvr_value.text() == CVR

    def fill_site(dialog: SiteDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Lager 2")
        qtbot.keyClicks(dialog.street_edit, "Havnevej 4")
        save(dialog)

    when_dialog(SiteDialog, fill_site)
    qtbot.mouseClick(pane.parts[Part.SITE].add_button, Qt.MouseButton.LeftButton)

    def fill_contact(dialog: ContactDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Lene Holm")
        qtbot.keyClicks(dialog.role_edit, "skifteleder")
        qtbot.keyClicks(dialog.phone_edit, "20 30 40 50")
        save(dialog)

    when_dialog(ContactDialog, fill_contact)
    qtbot.mouseClick(pane.parts[Part.CONTACT].add_button, Qt.MouseButton.LeftButton)

    sites = pane.parts[Part.SITE].list_widget
    contacts = pane.parts[Part.CONTACT].list_widget
    assert [sites.item(i).text() for i in range(sites.count())] == ["Lager 2 — Havnevej 4"]
    assert contacts.item(0).text().startswith("Lene Holm, skifteleder")
    assert "20 30 40 50" in contacts.item(0).text() or "20304050" in contacts.item(0).text()
    detail = services.employers.list().rows[0]
    assert [s.name for s in services.employers.get(detail.id).sites] == ["Lager 2"]


def test_agreements_show_their_actions_and_dates(window, services):
    from datetime import date

    employer = services.employers.create(EmployerInput(name="Vestlager"))
    services.agreements.create(
        employer.id,
        AgreementInput(
            first_action="Danskundervisning på arbejdspladsen",
            second_action="Sprogmakker-ordning",
            approved_on=date(2026, 2, 1),
            starts_on=date(2026, 3, 1),
            ends_on=date(2027, 2, 28),
        ),
    )
    screen = screen_of(window)
    screen.employer_table.selectRow(0)
    agreements = screen.detail_pane.parts[Part.AGREEMENT].list_widget
    text = agreements.item(0).text()
    assert "1. Danskundervisning på arbejdspladsen" in text
    assert "2. Sprogmakker-ordning" in text
    assert "Approved by the steering group on" in text


def test_archive_asks_first_and_restore_brings_it_back(window, services, prompter):
    services.employers.create(EmployerInput(name="Vestlager"))
    screen = screen_of(window)
    screen.employer_table.selectRow(0)

    prompter.answer = False
    screen.archive_button.click()
    assert prompter.kinds() == ["confirm"]
    assert names(screen) == ["Vestlager"]

    prompter.answer = True
    screen.archive_button.click()
    assert names(screen) == []
    assert services.employers.list(include_archived=True).rows[0].archived

    screen.archived_check.setChecked(True)
    screen.employer_table.selectRow(0)
    assert screen.archive_button.text() == "&Restore"
    assert not screen.edit_button.isEnabled()
    screen.archive_button.click()
    assert not services.employers.list().rows[0].archived


def test_archiving_a_site_asks_and_removes_it_from_the_details(window, services, prompter):
    employer = services.employers.create(EmployerInput(name="Vestlager"))
    services.sites.create(employer.id, SiteInput(name="Lager 2"))
    services.contacts.create(employer.id, ContactInput(name="Lene Holm"))
    screen = screen_of(window)
    screen.employer_table.selectRow(0)
    sites = screen.detail_pane.parts[Part.SITE]
    sites.list_widget.setCurrentRow(0)
    prompter.answer = True
    sites.archive_button.click()
    assert prompter.kinds() == ["confirm"]
    assert sites.list_widget.count() == 0
    assert sites.empty_label.text() == "No sites yet."
    assert screen.detail_pane.parts[Part.CONTACT].list_widget.count() == 1


def test_the_screen_and_dialogs_work_by_keyboard_with_names(window, services, qtbot):
    services.employers.create(EmployerInput(name="Vestlager"))
    screen = screen_of(window)
    window.activateWindow()
    window.find_action.trigger()
    assert screen.search_edit.hasFocus()
    order = [screen.search_edit]
    widget = screen.search_edit
    for _ in range(5):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert screen.employer_table in order
    assert screen.new_button in order
    for widget in (screen.search_edit, screen.employer_table, screen.detail_pane):
        assert widget.accessibleName()

    dialog = EmployerDialog(services, window.prompter)
    qtbot.addWidget(dialog)
    for field in dialog.form.fields.values():
        assert field.widget.accessibleName(), field.name
        assert field.caption is not None and field.caption.buddy() is field.widget


def test_enter_on_an_open_placement_opens_it_in_the_placements_screen(window, services, qtbot):
    from mentor_desktop.services.learners import LearnerInput
    from mentor_desktop.services.placements import PlacementInput

    employer = services.employers.create(EmployerInput(name="Vestlager"))
    site = services.sites.create(employer.id, SiteInput(name="Lager 2"))
    learner = services.learners.create(LearnerInput(first_name="Olena", last_name="Kovalenko"))
    placement = services.placements.create(PlacementInput(learner_id=learner.id, site_id=site.id))
    screen = screen_of(window)
    screen.employer_table.selectRow(0)
    placements = screen.detail_pane.placement_list
    assert placements.item(0).text() == "Olena Kovalenko — Lager 2 · no tutor · Referred"
    placements.setCurrentRow(0)
    placements.setFocus()
    qtbot.keyClick(placements, Qt.Key.Key_Return)
    assert window.current_section() == Section.PLACEMENTS
    assert window.placements_screen.detail_pane.detail.id == placement.id


def test_archived_sites_contacts_and_agreements_can_be_shown_and_restored(
    window, services, prompter, qtbot
):
    employer = services.employers.create(EmployerInput(name="Vestlager"))
    services.sites.create(employer.id, SiteInput(name="Lager 1"))
    old_site = services.sites.create(employer.id, SiteInput(name="Lager 2"))
    contact = services.contacts.create(
        employer.id, ContactInput(name="Lene Holm", role="Lagerchef")
    )
    agreement = services.agreements.create(
        employer.id, AgreementInput(first_action="Sprogmakker på hvert hold")
    )
    services.sites.archive(old_site.id, expected_version=old_site.version)
    services.contacts.archive(contact.id, expected_version=contact.version)
    services.agreements.archive(agreement.id, expected_version=agreement.version)
    screen = screen_of(window)
    screen.employer_table.selectRow(0)
    pane = screen.detail_pane
    sites, contacts = pane.parts[Part.SITE], pane.parts[Part.CONTACT]

    def listed(part_list) -> list[str]:
        widget = part_list.list_widget
        return [widget.item(i).text() for i in range(widget.count())]

    assert listed(sites) == ["Lager 1"]
    assert listed(contacts) == []
    qtbot.mouseClick(pane.archived_parts_check, Qt.MouseButton.LeftButton)
    assert pane.archived_parts_check.text() == (
        "Show archived sites, contact persons and agreements"
    )
    assert listed(sites) == ["Lager 1", "Lager 2 (archived)"]
    assert listed(contacts) == ["Lene Holm, Lagerchef (archived)"]
    assert listed(pane.parts[Part.AGREEMENT])[0].startswith(
        "1. Sprogmakker på hvert hold (archived)\n"
    )

    # An archived part cannot be edited; its Archive button restores it, after asking.
    sites.list_widget.setCurrentRow(1)
    assert not sites.edit_button.isEnabled()
    assert sites.archive_button.text() == "Restore"
    assert sites.archive_button.accessibleName() == "Restore the chosen site"
    prompter.answer = False
    sites.archive_button.click()
    assert prompter.shown[-1].text == "Restore this site? New placements can be made at it again."
    assert services.sites.get(old_site.id).archived
    prompter.answer = True
    sites.archive_button.click()
    assert not services.sites.get(old_site.id).archived
    assert listed(sites) == ["Lager 1", "Lager 2"]
    sites.list_widget.setCurrentRow(1)
    assert sites.archive_button.text() == "Archive" and sites.edit_button.isEnabled()

    contacts.list_widget.setCurrentRow(0)
    contacts.archive_button.click()
    assert listed(contacts) == ["Lene Holm, Lagerchef"]

    # Hidden again, archived parts leave the lists.
    qtbot.mouseClick(pane.archived_parts_check, Qt.MouseButton.LeftButton)
    assert listed(pane.parts[Part.AGREEMENT]) == []
    assert listed(sites) == ["Lager 1", "Lager 2"]
