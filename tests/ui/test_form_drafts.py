"""Employer, site, contact, agreement and placement forms left open by a crash are offered
again at the next start, with what was typed."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt

from mentor_desktop.app import Program, parse_args
from mentor_desktop.domain.enums import PlacementStatus
from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.services.placements import PlacementInput
from mentor_desktop.services.sites import SiteInput
from mentor_desktop.ui.employer_dialog import EmployerDialog
from mentor_desktop.ui.employer_parts_dialog import ContactDialog, SiteDialog
from mentor_desktop.ui.main_window import Section
from mentor_desktop.ui.placement_dialog import PlacementDialog


@pytest.fixture
def restart(qapp, paths, prompter, database_url, services, qtbot):
    """``crash(open_form, kind, key)``: start the program, let ``open_form(window)`` open a
    form and type into it, wait for its draft, stop without closing anything, and start
    again (answering the offer with ``prompter.answer``); the second program is returned.
    The database holds a learner, so that no demo centre is offered."""
    services.learners.create(LearnerInput(first_name="Olena", last_name="Kovalenko"))
    programs: list[Program] = []
    options = parse_args(["--database", database_url, "--lang", "en"])

    def crash(open_form, kind: str, key: str) -> Program:
        crashed = Program(qapp, options, paths, prompter)
        programs.append(crashed)
        assert crashed.start()
        open_form(crashed.window)
        drafts = crashed.services.drafts
        qtbot.waitUntil(lambda: drafts.load(kind, key) is not None, timeout=5000)
        shiboken6.delete(crashed.window)
        crashed.window = None
        crashed.close()
        again = Program(qapp, options, paths, prompter)
        programs.append(again)
        assert again.start()
        return again

    yield crash
    for program in programs:
        program.close()


def show(qtbot, dialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    qtbot.waitExposed(dialog)


def test_a_new_employer_form_is_offered_again_and_saves(restart, services, prompter, qtbot):
    def open_form(window) -> None:
        dialog = EmployerDialog(window.services, window.prompter, None, window)
        show(qtbot, dialog)
        qtbot.keyClicks(dialog.name_edit, "Hadsund Bageri")
        qtbot.keyClicks(dialog.cvr_edit, "1358 5628")

    prompter.answer = True
    again = restart(open_form, "employer", "new")
    [offer] = prompter.shown
    assert offer.text.startswith("An unsaved form for the employer Hadsund Bageri from ")
    assert again.window.current_section() is Section.EMPLOYERS
    dialog = again.window.employers_screen.findChild(EmployerDialog)
    assert dialog is not None and dialog.isVisible() and dialog.form.is_dirty()
    assert (dialog.name_edit.text(), dialog.cvr_edit.text()) == ("Hadsund Bageri", "1358 5628")

    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert [r.name for r in again.services.employers.list().rows] == ["Hadsund Bageri"]
    screen = again.window.employers_screen
    assert screen.detail_pane.name_label.text() == "Hadsund Bageri"
    assert again.services.drafts.list_for_user() == []


def test_a_site_and_a_contact_form_are_offered_over_their_employer(
    restart, services, prompter, qtbot
):
    employer = services.employers.create(EmployerInput(name="Vestlager")).id
    services.employers.create(EmployerInput(name="Bageriet Nord"))

    def open_form(window) -> None:
        dialog = SiteDialog(window.services, window.prompter, employer, None, window)
        show(qtbot, dialog)
        qtbot.keyClicks(dialog.name_edit, "Lager 3")
        qtbot.keyClicks(dialog.postcode_edit, "75")

    prompter.answer = True
    again = restart(open_form, "site", f"{employer}-new")
    assert prompter.shown[0].text.startswith("An unsaved form for the site Lager 3 from ")
    screen = again.window.employers_screen
    assert screen.detail_pane.name_label.text() == "Vestlager"
    dialog = screen.findChild(SiteDialog)
    assert dialog.name_edit.text() == "Lager 3" and dialog.postcode_edit.text() == "75"
    # The half-typed postcode is named next to its field, as before the crash.
    qtbot.waitUntil(lambda: dialog.form.error_of("postcode") != "", timeout=2000)
    dialog.postcode_edit.setText("7500")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert [s.name for s in again.services.sites.list(employer)] == ["Lager 3"]
    assert [s.name for s in screen.detail_pane.detail.sites] == ["Lager 3"]


def test_a_contact_form_not_wanted_is_thrown_away(restart, services, prompter, qtbot):
    employer = services.employers.create(EmployerInput(name="Vestlager")).id

    def open_form(window) -> None:
        dialog = ContactDialog(window.services, window.prompter, employer, None, window)
        show(qtbot, dialog)
        qtbot.keyClicks(dialog.name_edit, "Lene Holm")

    prompter.answer = False
    again = restart(open_form, "contact", f"{employer}-new")
    assert prompter.shown[0].text.startswith(
        "An unsaved form for the contact person Lene Holm from "
    )
    assert again.window.employers_screen.findChild(ContactDialog) is None
    assert again.services.drafts.list_for_user() == []
    assert again.services.contacts.list(employer) == []


def test_an_edited_placement_form_is_offered_again(restart, services, prompter, qtbot):
    employer = services.employers.create(EmployerInput(name="Vestlager")).id
    site = services.sites.create(employer, SiteInput(name="Lager 2")).id
    learner = services.learners.create(LearnerInput(first_name="Amal", last_name="Haddad")).id
    placement = services.placements.create(
        PlacementInput(
            learner_id=learner,
            site_id=site,
            start_date=date(2026, 9, 1),
            status=PlacementStatus.ACTIVE,
        )
    )

    def open_form(window) -> None:
        detail = window.services.placements.get(placement.id)
        dialog = PlacementDialog(window.services, window.prompter, detail, window)
        show(qtbot, dialog)
        dialog.form.fields["job_title"].widget.setFocus()
        qtbot.keyClicks(dialog.form.fields["job_title"].widget, "Lagermedarbejder")

    prompter.answer = True
    again = restart(open_form, "placement", str(placement.id))
    assert prompter.shown[0].text.startswith("An unsaved placement form from ")
    assert again.window.current_section() is Section.PLACEMENTS
    screen = again.window.placements_screen
    dialog = screen.findChild(PlacementDialog)
    assert dialog.form.values()["job_title"] == "Lagermedarbejder"
    assert dialog.form.values()["learner_id"] == learner
    assert dialog.form.values()["site_id"] == site
    dialog.accept()
    assert again.services.placements.get(placement.id).data.job_title == "Lagermedarbejder"
    assert screen.detail_pane.detail.data.job_title == "Lagermedarbejder"
    assert again.services.drafts.list_for_user() == []
