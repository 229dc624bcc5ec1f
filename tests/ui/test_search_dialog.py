from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.placements import PlacementInput
from mentor_desktop.services.sites import SiteInput
from mentor_desktop.ui.main_window import Section
from mentor_desktop.ui.search_dialog import Kind, SearchDialog
from tests.ui.helpers import add_learner

CVR = "13585628"


def texts(dialog) -> list[str]:
    return [dialog.result_list.item(i).text() for i in range(dialog.result_list.count())]


def test_results_are_grouped_by_kind_as_the_user_types(qtbot, services, english):
    amal = add_learner(services, "Amal", "Haddad", case_reference="JC-2026-17")
    add_learner(services, "Olena", "Kovalenko")
    employer = services.employers.create(EmployerInput(name="Hadsund Bageri", cvr=CVR))
    site = services.sites.create(employer.id, SiteInput(name="Bageriet"))
    services.placements.create(PlacementInput(learner_id=amal.id, site_id=site.id))
    dialog = SearchDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.status_label.text().startswith("Type part of a name")

    qtbot.keyClicks(dialog.search_edit, "had")
    qtbot.waitUntil(lambda: len(dialog.hits()) == 3, timeout=2000)
    assert texts(dialog) == [
        "Learners",
        "Amal Haddad · JC-2026-17",
        "Employers",
        f"Hadsund Bageri · CVR {CVR}",
        "Placements",
        "Amal Haddad at Hadsund Bageri, Bageriet · Referred",
    ]
    assert [h.kind for h in dialog.hits()] == [Kind.LEARNER, Kind.EMPLOYER, Kind.PLACEMENT]
    assert dialog.status_label.text() == "3 results"

    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "1358 5628")
    qtbot.waitUntil(
        lambda: [h.kind for h in dialog.hits()] == [Kind.EMPLOYER, Kind.PLACEMENT], timeout=2000
    )

    # A placement is also found by its site.
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "BAGERIET")
    qtbot.waitUntil(lambda: [h.kind for h in dialog.hits()] == [Kind.PLACEMENT], timeout=2000)

    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "2026-17")
    qtbot.waitUntil(
        lambda: [h.kind for h in dialog.hits()] == [Kind.LEARNER, Kind.PLACEMENT], timeout=2000
    )

    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "zzz")
    qtbot.waitUntil(lambda: dialog.status_label.text() == "Nothing matches “zzz”.", timeout=2000)


def test_arrow_keys_choose_and_skip_the_headings(qtbot, services, english):
    add_learner(services, "Amal", "Haddad")
    services.employers.create(EmployerInput(name="Amager Rengøring"))
    dialog = SearchDialog(services)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search_edit, "am")
    qtbot.waitUntil(lambda: len(dialog.hits()) == 2, timeout=2000)
    assert dialog.result_list.currentItem().text() == "Amal Haddad"
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)
    assert dialog.result_list.currentItem().text() == "Amager Rengøring"
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)
    assert dialog.result_list.currentItem().text() == "Amager Rengøring"
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Up)
    assert dialog.result_list.currentItem().text() == "Amal Haddad"


def test_ctrl_k_finds_a_learner_by_part_of_the_name_and_enter_opens_it(window, services, qtbot):
    for n in range(120):
        add_learner(services, f"Person{n:03d}", "Andersen")
    olena = add_learner(services, "Olena", "Kovalenko")
    window.learners_screen.reload()
    window.show_section(Section.EMPLOYERS)
    window.activateWindow()
    opened: list[bool] = []

    def type_and_enter() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SearchDialog):
            QTimer.singleShot(20, type_and_enter)
            return
        opened.append(dialog.focusWidget() is dialog.search_edit)
        try:
            qtbot.keyClicks(dialog.search_edit, "valen")
            qtbot.waitUntil(lambda: len(dialog.hits()) == 1, timeout=2000)
            qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, type_and_enter)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_section() == Section.LEARNERS, timeout=3000)
    assert opened == [True]
    screen = window.learners_screen
    assert screen.detail_pane.detail is not None
    assert screen.detail_pane.detail.id == olena.id
    assert screen.detail_pane.name_label.text() == "Olena Kovalenko"


def test_ctrl_f_focuses_the_search_of_the_screen_shown(window, qtbot):
    window.activateWindow()
    window.show_section(Section.PLACEMENTS)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.placements_screen.search_edit.hasFocus()
    window.show_section(Section.EMPLOYERS)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.employers_screen.search_edit.hasFocus()


def test_enter_on_an_employer_opens_it_in_the_employers_screen(window, services, qtbot):
    employer = services.employers.create(EmployerInput(name="Vestlager"))
    window.employers_screen.reload()
    window.open_record(Kind.EMPLOYER, employer.id)
    assert window.current_section() == Section.EMPLOYERS
    assert window.employers_screen.detail_pane.name_label.text() == "Vestlager"
