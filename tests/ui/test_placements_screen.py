from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from mentor_desktop.domain.enums import Attendance, PlacementStatus
from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.services.placements import PlacementInput
from mentor_desktop.services.sessions import SessionInput
from mentor_desktop.services.sites import SiteInput
from mentor_desktop.services.users import UserInput
from mentor_desktop.ui.main_window import Section
from mentor_desktop.ui.placement_dialog import PlacementDialog
from mentor_desktop.ui.placement_table_model import Column
from tests.ui.test_employers_screen import when_dialog


@pytest.fixture
def centre(services):
    """Two tutors, two employers with a site each, three learners."""
    mette = services.users.create(UserInput(name="Mette Sørensen", login="mette")).id
    jonas = services.users.create(UserInput(name="Jonas Berg", login="jonas")).id
    bakery = services.employers.create(EmployerInput(name="Bageriet Nord")).id
    store = services.employers.create(EmployerInput(name="Vestlager")).id
    bakery_site = services.sites.create(bakery, SiteInput(name="Produktion Aalborg")).id
    store_site = services.sites.create(store, SiteInput(name="Lager 2")).id
    learners = {
        first: services.learners.create(
            LearnerInput(first_name=first, last_name=last, case_reference=ref)
        ).id
        for first, last, ref in (
            ("Amal", "Haddad", "JC-17"),
            ("Olena", "Kovalenko", "JC-18"),
            ("Tesfay", "Berhe", None),
        )
    }
    return {
        "mette": mette,
        "jonas": jonas,
        "bakery": bakery,
        "store": store,
        "bakery_site": bakery_site,
        "store_site": store_site,
        "learners": learners,
    }


def place(services, centre, learner: str, site: str, tutor: str, **fields) -> int:
    return services.placements.create(
        PlacementInput(
            learner_id=centre["learners"][learner],
            site_id=centre[site],
            tutor_id=centre[tutor],
            **fields,
        )
    ).id


def screen_of(window):
    window.show_section(Section.PLACEMENTS)
    screen = window.placements_screen
    screen.reload()
    return screen


def learners_listed(screen) -> list[str]:
    model = screen.model
    return [model.index(r, Column.LEARNER).data() for r in range(model.rowCount())]


def choose(qtbot, combo, text: str) -> None:
    """Type ``text`` into a lookup combo and pick the first match with the keyboard."""
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), text)
    qtbot.waitUntil(lambda: combo.count() > 0, timeout=2000)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.current_id() is not None, timeout=2000)


def test_a_placement_made_in_the_dialog_is_listed_with_its_employer_and_tutor(
    window, services, centre, qtbot
):
    screen = screen_of(window)
    assert window.is_available(Section.PLACEMENTS)
    assert screen.count_label.text() == "0 placements"

    def fill(dialog: PlacementDialog) -> None:
        choose(qtbot, dialog.learner_field.combo, "kova")
        choose(qtbot, dialog.employer_field.combo, "vest")
        assert dialog.site_combo.currentText() == "Lager 2"
        dialog.tutor_combo.setCurrentIndex(dialog.tutor_combo.findText("Jonas Berg"))
        qtbot.keyClicks(dialog.job_title_edit, "Lagermedarbejder")
        dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog(PlacementDialog, fill)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)

    assert learners_listed(screen) == ["Olena Kovalenko"]
    model = screen.model
    assert model.index(0, Column.EMPLOYER).data() == "Vestlager — Lager 2"
    assert model.index(0, Column.TUTOR).data() == "Jonas Berg"
    assert model.index(0, Column.STATUS).data() == "Referred"
    pane = screen.detail_pane
    assert pane.title_label.text() == "Olena Kovalenko"
    assert pane.job_value.text() == "Lagermedarbejder"


def test_only_the_allowed_next_statuses_are_offered(qtbot, services, centre, prompter, english):
    referred = services.placements.get(place(services, centre, "Amal", "bakery_site", "mette"))
    dialog = PlacementDialog(services, prompter, referred)
    qtbot.addWidget(dialog)
    offered = [dialog.status_combo.itemText(i) for i in range(dialog.status_combo.count())]
    assert offered == ["Referred", "Running", "Cancelled"]
    assert not dialog.outcome_box.isEnabled()

    new = PlacementDialog(services, prompter)
    qtbot.addWidget(new)
    offered = [new.status_combo.itemText(i) for i in range(new.status_combo.count())]
    assert offered == ["Referred", "Running"]


def test_an_ended_placement_takes_an_outcome(qtbot, services, centre, prompter, english):
    placement_id = place(
        services, centre, "Amal", "bakery_site", "mette", status=PlacementStatus.ACTIVE
    )
    dialog = PlacementDialog(services, prompter, services.placements.get(placement_id))
    qtbot.addWidget(dialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findText("Completed"))
    assert dialog.outcome_box.isEnabled()
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findText("In work"))
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    saved = services.placements.get(placement_id)
    assert saved.data.status is PlacementStatus.COMPLETED
    assert saved.data.outcome == "in_work"


def test_dates_in_the_wrong_order_are_named_next_to_the_later_date(
    qtbot, services, centre, prompter, english
):
    dialog = PlacementDialog(services, prompter)
    qtbot.addWidget(dialog)
    dialog.referral_field.set_value("2026-09-10")
    dialog.start_field.known_check.setChecked(True)
    dialog.start_field.date_edit.setDate(QDate(2026, 9, 1))
    form = dialog.form
    qtbot.waitUntil(lambda: form.error_of("start_date") != "", timeout=2000)
    assert form.error_of("start_date") == "Must not be earlier than Referral date."
    assert form.error_of("referral_date") == ""

    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert services.placements.list().total == 0
    assert form.error_of("learner_id") == "This field must be filled in."
    assert dialog.start_field.value() == "2026-09-01"


def test_the_timeline_lists_sessions_and_status_changes_in_order(window, services, centre, qtbot):
    def at(day: date) -> None:
        services.context.clock = lambda: datetime(day.year, day.month, day.day, 10, tzinfo=UTC)

    at(date(2026, 9, 1))
    placement_id = place(
        services, centre, "Amal", "bakery_site", "mette", referral_date=date(2026, 9, 1)
    )
    at(date(2026, 9, 4))
    version = services.placements.get(placement_id).version
    services.placements.change_status(
        placement_id, PlacementStatus.ACTIVE, expected_version=version
    )
    for day in (5, 12):
        at(date(2026, 9, day))
        services.sessions.create(
            SessionInput(
                placement_id=placement_id,
                session_date=date(2026, 9, day),
                minutes=60,
                attendance=Attendance.ATTENDED,
            )
        )
    at(date(2026, 10, 1))
    version = services.placements.get(placement_id).version
    services.placements.change_status(
        placement_id, PlacementStatus.COMPLETED, expected_version=version
    )

    screen = screen_of(window)
    screen.placement_table.selectRow(0)
    timeline = screen.detail_pane.timeline_list
    lines = [timeline.item(i).text() for i in range(timeline.count())]
    assert len(lines) == 5
    assert "created as Referred" in lines[0]
    assert "status Referred → Running" in lines[1]
    assert "session, 60 min, held" in lines[2] and "session, 60 min, held" in lines[3]
    assert "status Running → Completed" in lines[4]
    pane = screen.detail_pane
    assert pane.first_session_value.text().endswith("(4 days after the referral)")
    assert pane.held_value.text() == "2.0 hours (2.7 lessons of 45 min) in 2 sessions"


def test_the_tutors_own_caseload_comes_first_and_filters_narrow(window, services, centre, qtbot):
    place(services, centre, "Amal", "bakery_site", "mette", start_date=date(2026, 9, 1))
    place(services, centre, "Olena", "store_site", "jonas", start_date=date(2026, 10, 1))
    place(
        services,
        centre,
        "Tesfay",
        "store_site",
        "mette",
        start_date=date(2026, 8, 1),
        status=PlacementStatus.ACTIVE,
    )
    services.context.user_id = centre["mette"]
    screen = screen_of(window)
    assert learners_listed(screen)[:2] == ["Amal Haddad", "Tesfay Berhe"]
    assert learners_listed(screen)[2] == "Olena Kovalenko"

    screen.status_combo.setCurrentIndex(screen.status_combo.findText("Running"))
    assert learners_listed(screen) == ["Tesfay Berhe"]
    screen.status_combo.setCurrentIndex(0)
    screen.tutor_combo.setCurrentIndex(screen.tutor_combo.findText("Jonas Berg"))
    assert learners_listed(screen) == ["Olena Kovalenko"]
    screen.tutor_combo.setCurrentIndex(0)
    choose(qtbot, screen.employer_combo, "bager")
    assert learners_listed(screen) == ["Amal Haddad"]
    assert screen.count_label.text() == "1 placement found"

    qtbot.keyClicks(screen.search_edit, "JC-18")
    qtbot.waitUntil(lambda: learners_listed(screen) == [], timeout=2000)


def test_archive_asks_first(window, services, centre, prompter):
    place(services, centre, "Amal", "bakery_site", "mette")
    screen = screen_of(window)
    screen.placement_table.selectRow(0)
    prompter.answer = True
    screen.archive_button.click()
    assert prompter.kinds() == ["confirm"]
    assert learners_listed(screen) == []
    screen.archived_check.setChecked(True)
    screen.placement_table.selectRow(0)
    assert screen.detail_pane.status_label.text() == "Referred · archived"


def test_the_dialog_has_names_and_captions_for_every_field(qtbot, services, prompter, english):
    dialog = PlacementDialog(services, prompter)
    qtbot.addWidget(dialog)
    for field in dialog.form.fields.values():
        assert field.widget.accessibleName(), field.name
        assert field.caption is not None and field.caption.buddy() is field.widget
    assert dialog.learner_field.combo.accessibleName() == "Learner"


def test_a_conflict_with_another_tutors_change_keeps_both_changes(
    qtbot, services, centre, prompter, english, monkeypatch
):
    from mentor_desktop.ui.conflict_dialog import ConflictDialog

    placement_id = place(services, centre, "Amal", "bakery_site", "mette", job_title="Bager")
    dialog = PlacementDialog(services, prompter, services.placements.get(placement_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.buddy_name_edit, "Jens Holm")
    # Meanwhile another tutor corrects the job title.
    theirs = services.placements.get(placement_id)
    theirs.data.job_title = "Bagerimedhjælper"
    services.placements.update(placement_id, theirs.data, expected_version=theirs.version)

    seen = {}

    def choose(self):
        seen["differing"] = self.differing
        seen["learner"] = self.mine_buttons.get("learner_id")
        return ConflictDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", choose)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    assert seen == {"differing": ["job_title", "buddy_name"], "learner": None}
    saved = services.placements.get(placement_id).data
    assert (saved.job_title, saved.buddy_name) == ("Bagerimedhjælper", "Jens Holm")
    assert not dialog.isVisible()


def test_the_screen_works_by_keyboard(window, services, centre, qtbot):
    place(services, centre, "Amal", "bakery_site", "mette")
    screen = screen_of(window)
    window.activateWindow()
    screen.search_edit.setFocus()
    reached = []
    widget = screen.search_edit
    for _ in range(12):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        reached.append(widget)
    for expected in (
        screen.archived_check,
        screen.status_combo,
        screen.tutor_combo,
        screen.new_button,
        screen.placement_table,
    ):
        assert expected in reached, expected.objectName()
    for widget in (
        screen.search_edit,
        screen.status_combo,
        screen.tutor_combo,
        screen.employer_combo,
        screen.placement_table,
        screen.detail_pane.timeline_list,
    ):
        assert widget.accessibleName(), widget.objectName()

    opened = []

    def close(dialog: PlacementDialog) -> None:
        opened.append(dialog.windowTitle())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_dialog(PlacementDialog, close)
    screen.placement_table.setFocus()
    qtbot.keyClick(screen.placement_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["New placement"]


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_field_of_the_dialogs_has_its_own_alt_key(qapp, qtbot, services, prompter, language):
    from mentor_desktop.app import install_translators, remove_translators
    from mentor_desktop.ui.employer_dialog import EmployerDialog
    from mentor_desktop.ui.employer_parts_dialog import AgreementDialog, ContactDialog, SiteDialog

    previous = QLocale()
    translators = install_translators(qapp, language)
    try:
        employer = services.employers.create(EmployerInput(name="Vestlager")).id
        dialogs = [
            PlacementDialog(services, prompter),
            EmployerDialog(services, prompter),
            SiteDialog(services, prompter, employer),
            ContactDialog(services, prompter, employer),
            AgreementDialog(services, prompter, employer),
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            keys = [
                caption.text()[caption.text().index("&") + 1].casefold()
                for caption in dialog.captions.values()
            ]
            assert len(keys) == len(set(keys)), (type(dialog).__name__, keys)
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(previous)


def test_the_learners_screen_also_lists_the_tutors_own_caseload_first(window, services, centre):
    from mentor_desktop.ui.learner_table_model import Column as LearnerColumn

    place(services, centre, "Amal", "bakery_site", "jonas")
    place(services, centre, "Olena", "store_site", "jonas")
    place(services, centre, "Tesfay", "store_site", "mette")

    def listed() -> list[str]:
        model = window.learners_screen.model
        return [model.index(r, LearnerColumn.NAME).data() for r in range(model.rowCount())]

    window.show_section(Section.LEARNERS)
    window.learners_screen.reload()
    assert listed() == ["Berhe, Tesfay", "Haddad, Amal", "Kovalenko, Olena"]
    services.context.user_id = centre["jonas"]
    window.show_section(Section.PLACEMENTS)
    window.show_section(Section.LEARNERS)
    assert listed() == ["Haddad, Amal", "Kovalenko, Olena", "Berhe, Tesfay"]


def test_the_search_finds_placements_by_employer_cvr_or_site(window, services, centre, qtbot):
    place(services, centre, "Amal", "bakery_site", "mette")
    place(services, centre, "Olena", "store_site", "jonas")
    screen = screen_of(window)
    for text, expected in (
        ("vestlag", ["Olena Kovalenko"]),
        ("produktion aal", ["Amal Haddad"]),
        ("haddad", ["Amal Haddad"]),
    ):
        screen.search_edit.clear()
        qtbot.keyClicks(screen.search_edit, text)
        qtbot.waitUntil(lambda text=text: screen.model.query == text, timeout=2000)
        assert learners_listed(screen) == expected
    assert screen.search_edit.placeholderText() == (
        "Search by learner, employer, site, CVR or case reference"
    )
