"""The Goals dialog, opened from the Learners screen: assign a list and single words, move a
word along the ladder by keyboard, can-do goals with evidence, the progress figures, and the
word cards and Anki deck written off the GUI thread."""

from __future__ import annotations

import zipfile

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from mentor_desktop.domain.enums import CanDoStatus, VocabularyStatus
from mentor_desktop.ui.goal_models import GoalColumn, ProgressColumn
from tests.goal_data import add_vocabulary
from tests.ui.helpers import add_amal_with_sessions


@pytest.fixture
def amal(services):
    learner = add_amal_with_sessions(services)
    add_vocabulary(services)
    return learner


@pytest.fixture
def goals(window, amal, qtbot):
    """The Goals dialog of Amal, opened by Ctrl+G on the Learners screen."""
    screen = window.learners_screen
    screen.reload()
    screen.select_learner(amal.id)
    with qtbot.waitActive(window):
        window.activateWindow()
    screen.learner_table.setFocus()
    qtbot.keyClick(screen.learner_table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.goals_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Goals of Amal Haddad"
    return dialog


def terms(tab) -> list[str]:
    return [tab.model.index(r, GoalColumn.TERM).data() for r in range(tab.model.rowCount())]


def test_a_list_assigned_then_a_word_stepped_up_by_keyboard(goals, services, amal, prompter, qtbot):
    words = goals.words_tab
    assert words.summary_label.text() == "No goal words yet. Add a list or single words."
    assert not words.cards_button.isEnabled()
    prompter.choice = 1  # the lists by name: Køkken, Rengøring
    qtbot.mouseClick(words.add_list_button, Qt.MouseButton.LeftButton)

    assert "Rengøring (Cleaning, 4 words)" in prompter.shown[-1].details
    assert terms(words) == ["en spand", "en moppe", "en handske", "et sikkerhedsdatablad"]
    assert words.model.index(0, GoalColumn.GLOSS).data() == "دلو"
    assert words.summary_label.text() == "4 goal words, 0 mastered"
    placement = amal.placements[0].id
    assert {g.placement_id for g in services.goals.goals(amal.id)} == {placement}

    words.goal_table.selectRow(1)
    words.goal_table.setFocus()
    for _ in range(3):
        qtbot.keyClick(words.goal_table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert services.goals.goals(amal.id)[1].status is VocabularyStatus.MASTERED
    assert words.model.index(1, GoalColumn.STATUS).data() == "Mastered"
    assert not words.up_button.isEnabled()
    qtbot.keyClick(words.goal_table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert services.goals.goals(amal.id)[1].status is VocabularyStatus.PRACTISING
    assert words.history_label.text() == (
        "Steps of “en moppe”: Planned 27/11/2026 → Introduced 27/11/2026 → "
        "Practising 27/11/2026 → Mastered 27/11/2026 → Practising 27/11/2026"
    )

    progress = goals.progress_tab
    model = progress.progress_model
    assert model.index(0, ProgressColumn.LIST).data() == "Rengøring"
    assert [model.index(0, c).data() for c in list(ProgressColumn)[1:]] == [
        "3", "0", "1", "0", "4", "0 %",
    ]  # fmt: skip
    assert progress.summary_label.text() == "0 of 4 goal words mastered (0 %)."
    # Mastered and back on the same day: no change in the words mastered over time.
    assert progress.history_model.rowCount() == 0


def test_single_words_are_picked_by_keyboard(goals, services, amal, qtbot):
    words = goals.words_tab
    qtbot.mouseClick(words.add_words_button, Qt.MouseButton.LeftButton)
    picker = words.picker
    assert picker is not None and picker.list_combo.currentText() == "Køkken (Kitchen, 3 words)"
    picker.word_list.setFocus()
    qtbot.keyClick(picker.word_list, Qt.Key.Key_Space)
    qtbot.keyClick(picker.word_list, Qt.Key.Key_Down)
    qtbot.keyClick(picker.word_list, Qt.Key.Key_Down)
    qtbot.keyClick(picker.word_list, Qt.Key.Key_Space)
    picker.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    assert terms(words) == ["en kniv", "et køleskab"]
    assert [g.term for g in services.goals.goals(amal.id)] == ["kniv", "køleskab"]


def test_a_can_do_goal_needs_evidence_before_it_is_achieved(goals, services, amal, prompter, qtbot):
    tab = goals.can_do_tab
    goals.tab_widget.setCurrentWidget(tab)
    prompter.choice = 0
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    # The learner works in a kitchen: its statements come first.
    assert prompter.shown[-1].details.splitlines()[0] == (
        "A1 · Kitchen: Can understand short spoken instructions about what to prepare."
    )
    assert tab.model.rowCount() == 1

    qtbot.mouseClick(tab.status_button, Qt.MouseButton.LeftButton)
    dialog = tab.status_dialog
    assert dialog.statement_label.text() == (
        "Can understand short spoken instructions about what to prepare."
    )
    assert dialog.status_combo.currentText() == "Started"
    dialog.status_combo.setCurrentIndex(2)  # achieved
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.error_of("evidence_note") == "This field must be filled in."
    assert services.can_do.goals(amal.id)[0].status is CanDoStatus.PLANNED

    dialog.session_combo.setCurrentIndex(1)
    qtbot.keyClicks(dialog.note_edit, "Forklarede selv opgaven til kollegaen.")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    saved = services.can_do.goals(amal.id)[0]
    assert saved.status is CanDoStatus.ACHIEVED and saved.evidence.session_id is not None
    evidence = tab.model.index(0, 4).data()
    assert evidence == "session 16/09/2026 · Forklarede selv opgaven til kollegaen."
    assert tab.model.index(0, 1).data() == "A1"


def test_word_cards_and_the_anki_deck_are_written_off_the_gui_thread(
    goals, services, prompter, qtbot, tmp_path
):
    words = goals.words_tab
    prompter.choice = 1
    qtbot.mouseClick(words.add_list_button, Qt.MouseButton.LeftButton)

    prompter.save_path = str(tmp_path / "ordkort.pdf")
    qtbot.mouseClick(words.cards_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: prompter.kinds()[-2:] == ["save_file", "information"], timeout=10000)
    assert prompter.shown[-1].text.startswith(f"The word cards are saved in {tmp_path}")
    text = PdfReader(tmp_path / "ordkort.pdf").pages[0].extract_text()
    assert "Amal Haddad · Arabic" in text and "en sikkerhedsdatablad" not in text
    assert "et sikkerhedsdatablad" in text and "Word cards" in text

    prompter.save_path = str(tmp_path / "amal.apkg")
    qtbot.mouseClick(words.anki_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: prompter.kinds()[-2:] == ["save_file", "information"], timeout=10000)
    assert zipfile.ZipFile(tmp_path / "amal.apkg").namelist()

    prompter.save_path = str(tmp_path / "missing" / "ordkort.pdf")
    qtbot.mouseClick(words.cards_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: prompter.kinds()[-2:] == ["save_file", "error"], timeout=10000)
    assert prompter.shown[-1].text == ("The file could not be written: No such file or directory")
    assert not (tmp_path / "missing").exists()


def test_the_centre_adds_and_retires_a_catalogue_statement(goals, services, qtbot):
    tab = goals.can_do_tab
    goals.tab_widget.setCurrentWidget(tab)
    qtbot.mouseClick(tab.catalogue_button, Qt.MouseButton.LeftButton)
    catalogue = tab.catalogue_dialog
    shipped = catalogue.model.rowCount()
    assert shipped == len(services.can_do.catalogue()) > 30

    qtbot.mouseClick(catalogue.new_button, Qt.MouseButton.LeftButton)
    editor = catalogue.statement_dialog
    editor.accept()
    assert editor.isVisible()
    assert editor.form.error_of("text_da") == "This field must be filled in."
    qtbot.keyClicks(editor.danish_edit, "Kan melde en fejl på opvaskemaskinen.")
    qtbot.keyClicks(editor.english_edit, "Can report a fault with the dishwasher.")
    editor.accept()
    assert not editor.isVisible()

    assert catalogue.model.rowCount() == shipped + 1
    added = catalogue.current()
    assert (added.text_da, added.sector.value) == ("Kan melde en fejl på opvaskemaskinen.", "other")
    qtbot.mouseClick(catalogue.retire_button, Qt.MouseButton.LeftButton)
    assert added.id not in {s.id for s in services.can_do.catalogue()}
    assert catalogue.retire_button.text() == "&Bring back"
    assert catalogue.current().text_da == added.text_da


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_tab_of_the_goals_dialog_has_its_own_alt_keys(
    qapp, qtbot, services, prompter, amal, language
):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from mentor_desktop.app import install_translators, remove_translators
    from mentor_desktop.ui.goals_dialog import GoalsDialog

    previous = QLocale()
    translators = install_translators(qapp, language)
    try:
        dialog = GoalsDialog(services, prompter, amal.id)
        qtbot.addWidget(dialog)
        tabs = dialog.tab_widget
        tab_texts = [tabs.tabText(i) for i in range(tabs.count())]
        for i in range(tabs.count()):
            page = tabs.widget(i)
            widgets = page.findChildren(QAbstractButton) + page.findChildren(QLabel)
            texts = tab_texts + [w.text() for w in widgets if "&" in w.text()]
            keys = [t[t.index("&") + 1].casefold() for t in texts]
            assert len(keys) == len(set(keys)), texts
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(previous)
